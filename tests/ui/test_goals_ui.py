"""Goals on screen: the list, the guided flow, the goal page, check-ins and evidence."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from journal.actions import goals as act
from journal.store import goals as g
from journal.store.database import Journal
from journal.store.entries import create_entry, save_revision
from journal.store.reflections import list_reflections
from journal.ui.goals import wizard as wizard_module
from journal.ui.goals.due_card import DueCheckpointsCard
from journal.ui.goals.goal_page import GoalPage
from journal.ui.goals.goals_list import GoalListModel, GoalsListWidget
from journal.ui.goals.wizard import GoalWizard
from journal.ui.runner import ActionRunner
from tests.ui.fakes import FakeAsker

TODAY = date(2026, 3, 14)


def _goal(journal: Journal, **extra: object) -> str:
    with journal.write() as s:
        return g.create_goal(
            s,
            title="Can I build a bridge that holds 1 kg?",
            why_it_matters="I love how things stand up.",
            task="A straw bridge",
            co_created_with="Mr Ade",
            criteria=[("It holds 1 kg", "teacher"), ("I explain why it works", "me")],
            actions=["Sketch three designs", "Build the best one"],
            checkpoints=[("First test", TODAY + timedelta(days=2))],
            start_on=date(2026, 3, 1),
            **extra,  # type: ignore[arg-type]
        )


# -- the list ----------------------------------------------------------------------


def test_goal_list_model_passes_the_model_tester(
    qtmodeltester: ModelTester, journal: Journal
) -> None:
    _goal(journal)
    _goal(journal)
    model = GoalListModel()
    with journal.read() as s:
        model.set_goals(g.list_goals(s))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert "1 kg" in model.data(model.index(0, 0))


def test_goals_list_shows_goals_by_status_and_opens_one(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    active = _goal(journal)
    done = _goal(journal)
    with journal.write() as s:
        g.set_goal_status(s, done, "achieved")
    widget = GoalsListWidget(runner)
    qtbot.addWidget(widget)
    assert widget.tabs.tabText(0).endswith("(1)") and widget.tabs.tabText(1).endswith("(1)")
    assert [widget.model.goal_id(r) for r in range(widget.model.rowCount())] == [active]
    widget.tabs.setCurrentIndex(1)
    assert widget.model.goal_id(0) == done
    widget.tabs.setCurrentIndex(2)
    assert widget.model.rowCount() == 0 and not widget.empty.isHidden()
    widget.tabs.setCurrentIndex(0)
    with qtbot.waitSignal(widget.goal_activated) as opened:
        widget.view.activated.emit(widget.model.index(0, 0))
    assert opened.args == [active]


# -- the guided flow -----------------------------------------------------------------


def test_new_goal_through_every_step_of_the_guided_flow(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    widget = GoalsListWidget(runner)
    qtbot.addWidget(widget)
    wizard = widget.new_goal()
    wizard.today = TODAY
    assert wizard.currentId() == wizard_module.PAGE_CHALLENGE
    qtbot.keyClicks(wizard.title_edit, "Can I juggle three balls?")
    wizard.next()
    qtbot.keyClicks(wizard.why_edit, "It looks like magic.")
    wizard.next()
    assert wizard.currentId() == wizard_module.PAGE_CRITERIA
    qtbot.keyClicks(wizard.criterion_edit, "Thirty catches in a row")
    wizard.criterion_who.setCurrentIndex(wizard.criterion_who.findData("peer"))
    qtbot.keyClick(wizard.criterion_edit, Qt.Key.Key_Return)  # adds; doesn't leave the page
    assert wizard.currentId() == wizard_module.PAGE_CRITERIA
    wizard.criterion_who.setCurrentIndex(wizard.criterion_who.findData("teacher"))
    qtbot.keyClicks(wizard.criterion_edit, "I can teach it to my brother")
    qtbot.mouseClick(wizard.add_criterion_button, Qt.MouseButton.LeftButton)
    wizard.next()
    qtbot.keyClicks(wizard.task_edit, "A show at the class fair")
    next(b for b in wizard.audience_buttons.buttons() if b.property("audience") == "class").click()
    wizard.next()
    for step in ("Watch a video", "Practise with two balls"):
        qtbot.keyClicks(wizard.action_edit, step)
        qtbot.keyClick(wizard.action_edit, Qt.Key.Key_Return)
    wizard.plan_steps.list.setCurrentRow(1)
    wizard.plan_steps.move_current(-1)
    wizard.next()
    wizard.checkpoint_date.setDate(QDate(2026, 3, 28))
    qtbot.keyClicks(wizard.checkpoint_name, "Ten catches")
    qtbot.keyClick(wizard.checkpoint_name, Qt.Key.Key_Return)
    wizard.next()
    assert wizard.currentId() == wizard_module.PAGE_PEOPLE
    qtbot.keyClicks(wizard.people_edit, "My PE teacher")
    with qtbot.waitSignal(widget.goal_created) as created:
        wizard.accept()
    goal_id = created.args[0]
    with journal.read() as s:
        d = g.goal_detail(s, goal_id, today=TODAY)
    assert (d.title, d.why_it_matters, d.task, d.audience, d.co_created_with) == (
        "Can I juggle three balls?",
        "It looks like magic.",
        "A show at the class fair",
        "class",
        "My PE teacher",
    )
    assert [(c.text, c.proposed_by) for c in d.criteria] == [
        ("Thirty catches in a row", "peer"),
        ("I can teach it to my brother", "teacher"),
    ]
    assert [a.text for a in d.actions] == ["Practise with two balls", "Watch a video"]
    assert [(c.title, c.due_on) for c in d.checkpoints] == [("Ten catches", date(2026, 3, 28))]
    assert d.missing_steps == ()
    assert widget.model.rowCount() == 1


def test_every_step_can_be_skipped_and_filled_in_later(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    wizard = GoalWizard(runner, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled()  # "Save goal" right from the first step
    with qtbot.waitSignal(wizard.goal_saved) as saved:
        wizard.accept()
    goal_id = saved.args[0]
    page = GoalPage(runner, goal_id, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    assert page.missing_frame.isVisible()
    assert "the challenge" in page.missing_label.text()
    page.fill_button.click()
    later = page.wizard
    assert later is not None and later.currentId() == wizard_module.PAGE_CHALLENGE
    qtbot.keyClicks(later.title_edit, "Learn ten French words a week")
    later.accept()
    assert page.title_label.text() == "Learn ten French words a week"
    assert "the challenge" not in page.missing_label.text()


def test_editing_a_goal_keeps_rated_criteria(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    goal_id = _goal(journal)
    with journal.write() as s:
        d = g.goal_detail(s, goal_id)
        g.complete_checkpoint(s, d.checkpoints[0].id, {d.criteria[0].id: 3})
    wizard = GoalWizard(runner, goal_id=goal_id, start_step="criteria", today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == wizard_module.PAGE_CRITERIA
    assert wizard.title_edit.text() == "Can I build a bridge that holds 1 kg?"
    wizard.criteria.list.setCurrentRow(1)
    wizard.criteria.remove_current()
    qtbot.keyClicks(wizard.criterion_edit, "It looks good")
    wizard.accept()
    with journal.read() as s:
        after = g.goal_detail(s, goal_id)
    assert [c.text for c in after.criteria] == ["It holds 1 kg", "It looks good"]
    assert after.criteria[0].id == d.criteria[0].id
    assert after.checkpoints[0].level_for(d.criteria[0].id) == 3


def test_wizard_reports_a_bad_date_and_stays_open(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    wizard = GoalWizard(runner, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.has_target.setChecked(True)
    wizard.target_edit.setDate(QDate(2026, 1, 1))
    wizard.accept()
    errors = runner.errors  # type: ignore[attr-defined]
    assert errors and "target date" in errors[0][1]
    assert wizard.isVisible()
    with journal.read() as s:
        assert g.list_goals(s) == []


# -- the goal page ---------------------------------------------------------------------


def test_goal_page_shows_every_step_and_ticks_the_plan(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    goal_id = _goal(journal)
    page = GoalPage(runner, goal_id, today=TODAY)
    qtbot.addWidget(page)
    page.resize(700, 900)
    page.show()
    assert page.title_label.text() == "Can I build a bridge that holds 1 kg?"
    assert not page.missing_frame.isVisible()
    criteria = [page.criteria_list.item(i).text() for i in range(page.criteria_list.count())]
    assert criteria == [
        "It holds 1 kg (suggested by my teacher)",
        "I explain why it works (suggested by me)",
    ]
    assert "Due soon" in page.checkpoint_list.item(0).text()
    with qtbot.waitSignal(runner.journal_changed):
        page.plan_list.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(page.new_step, "Test with weights")
    qtbot.keyClick(page.new_step, Qt.Key.Key_Return)
    with journal.read() as s:
        actions = [(a.text, a.done) for a in g.goal_detail(s, goal_id).actions]
    assert actions == [
        ("Sketch three designs", False),
        ("Build the best one", True),
        ("Test with weights", False),
    ]
    assert page.plan_list.item(1).checkState() == Qt.CheckState.Checked
    page.status_combo.setCurrentIndex(page.status_combo.findData("paused"))
    with journal.read() as s:
        assert g.goal_detail(s, goal_id).status == "paused"
    assert page.look_back_button.isVisible()


def test_checking_in_rates_each_criterion_and_saves_a_reflection(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    goal_id = _goal(journal)
    page = GoalPage(runner, goal_id, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.checkpoint_list.setCurrentRow(0)
    dialog = page.check_in()
    assert dialog is not None
    first, second = (c.id for c in dialog.goal.criteria)
    qtbot.mouseClick(dialog.rating_groups[first].button(2), Qt.MouseButton.LeftButton)
    dialog.rating_groups[second].button(4).click()
    first_prompt = dialog.prompt
    dialog.another_button.click()
    assert dialog.prompt is not None and dialog.prompt != first_prompt
    assert dialog.prompt.moment == "checkpoint"
    qtbot.keyClicks(dialog.answer, "The bridge sagged, so I'll add triangles.")
    dialog.conditions_toggle.click()
    dialog.conditions.with_whom.buttons["group"].click()
    dialog.conditions.went_well.buttons["2"].click()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.answer.setFocus()
    with qtbot.waitSignal(dialog.checkpoint_completed):
        qtbot.keyClick(dialog.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with journal.read() as s:
        d = g.goal_detail(s, goal_id, today=TODAY)
        (reflection,) = list_reflections(s, goal_id=goal_id)
    assert d.checkpoints[0].state == g.CheckpointState.DONE
    assert dict(d.checkpoints[0].ratings) == {first: 2, second: 4}
    assert reflection.body == "The bridge sagged, so I'll add triangles."
    assert (
        reflection.prompt_id == dialog.prompt.id and reflection.checkpoint_id == d.checkpoints[0].id
    )
    assert (reflection.conditions.with_whom, reflection.conditions.went_well) == ("group", 2)
    assert "Done" in page.checkpoint_list.item(0).text()
    assert "Last check-in: Getting there" in page.criteria_list.item(0).text()


def test_linking_entries_shows_evidence_in_time_order_and_opens_them(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    goal_id = _goal(journal)
    with journal.write() as s:
        late = create_entry(s, title="Final bridge", body="It held!", learned_on=date(2026, 3, 20))
        early = create_entry(
            s,
            title="Sketches",
            body="v1",
            learned_on=date(2026, 3, 3),
            now=datetime(2026, 3, 3, 9, tzinfo=UTC),
        )
        save_revision(
            s,
            early.id,
            body="v2 with triangles",
            note="Added triangles",
            now=datetime(2026, 3, 5, 9, tzinfo=UTC),
        )
    page = GoalPage(runner, goal_id, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    dialog = page.link_entry()
    assert dialog is not None
    qtbot.keyClicks(dialog.search, "Final")
    entries = dialog.entries
    qtbot.waitUntil(lambda: entries.rowCount() == 1)
    assert dialog.selected_entry() == late.id
    dialog.accept()
    dialog = page.link_entry()
    assert dialog is not None and dialog.select_entry(early.id)
    assert dialog.version.count() == 3  # as it is now, version 2, version 1
    dialog.version.setCurrentIndex(1)
    dialog.criterion.setCurrentIndex(1)
    qtbot.keyClicks(dialog.note, "My best sketch")
    dialog.accept()
    texts = [page.evidence_list.item(i).text() for i in range(page.evidence_list.count())]
    assert texts[0].startswith("5 Mar 2026 · Sketches · version 2")
    assert "Shows: It holds 1 kg" in texts[0] and "My best sketch" in texts[0]
    assert texts[1].startswith("20 Mar 2026 · Final bridge")
    page.evidence_list.setCurrentRow(1)
    with qtbot.waitSignal(page.open_entry_requested) as opened:
        page.open_button.click()
    assert opened.args == [late.id]
    asker = FakeAsker(answer=True)
    page.ask = asker
    page.unlink_button.click()
    assert asker.asked and page.evidence_list.count() == 1


def test_due_card_offers_due_and_missed_check_ins(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    goal_id = _goal(journal)
    with journal.write() as s:
        g.add_checkpoint(s, goal_id, TODAY - timedelta(days=3), title="Late test")
    card = DueCheckpointsCard(runner, today=TODAY)
    qtbot.addWidget(card)
    card.show()
    assert card.has_items and card.isVisible()
    assert [d.title for d in card.items] == ["Late test", "First test"]
    dialog = card.check_in(card.items[0].checkpoint_id)
    with qtbot.waitSignal(dialog.checkpoint_completed):
        dialog.accept()
    assert [d.title for d in card.items] == ["First test"]
    runner.run(act.set_goal_status, goal_id, "paused")  # the card follows on its own
    assert not card.has_items and not card.isVisible()


@pytest.mark.parametrize("width", [420, 900])
def test_goal_page_draws_at_narrow_and_wide_sizes(
    qtbot: QtBot, journal: Journal, runner: ActionRunner, width: int
) -> None:
    page = GoalPage(runner, _goal(journal), today=TODAY)
    qtbot.addWidget(page)
    page.resize(width, 700)
    page.show()
    image = page.grab().toImage()
    assert image.width() == width
    assert page.title_label.width() <= width


# -- one way to change the journal: undo, refresh from journal_changed, read-only ---------------


def _items(widget: object) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]  # type: ignore[attr-defined]


def _shown_page(qtbot: QtBot, runner: ActionRunner, goal_id: str) -> GoalPage:
    page = GoalPage(runner, goal_id, today=TODAY)
    qtbot.addWidget(page)
    page.resize(700, 900)
    page.show()
    return page


def test_unlinking_evidence_on_the_page_is_undone(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    goal_id = _goal(journal)
    with journal.write() as s:
        entry = create_entry(s, title="Straw test", body="It bent", learned_on=date(2026, 3, 9))
    runner.run(act.link_evidence, goal_id, entry_id=entry.id, note="First try")
    page = _shown_page(qtbot, runner, goal_id)
    before = _items(page.evidence_list)
    assert before[0].startswith("9 Mar 2026 · Straw test") and "First try" in before[0]
    page.evidence_list.setCurrentRow(0)
    page.ask = FakeAsker(answer=True)
    page.unlink_button.click()
    assert _items(page.evidence_list) == ["No evidence linked yet."]
    assert runner.undo_stack.undoText() == "Unlink evidence"
    runner.undo_stack.undo()
    assert _items(page.evidence_list) == before
    runner.undo_stack.redo()
    assert _items(page.evidence_list) == ["No evidence linked yet."]


def test_removing_a_criterion_on_the_page_is_undone_with_its_ratings(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    goal_id = _goal(journal)
    with journal.write() as s:
        d = g.goal_detail(s, goal_id)
        g.complete_checkpoint(s, d.checkpoints[0].id, {d.criteria[0].id: 3})
    page = _shown_page(qtbot, runner, goal_id)
    before = _items(page.criteria_list)
    assert "Last check-in" in before[0]
    assert not page.remove_criterion_button.isEnabled()
    page.criteria_list.setCurrentRow(0)
    assert page.remove_criterion_button.isEnabled()
    page.remove_criterion_button.click()
    assert _items(page.criteria_list) == ["I explain why it works (suggested by me)"]
    runner.undo_stack.undo()
    assert _items(page.criteria_list) == before
    with journal.read() as s:
        assert g.goal_detail(s, goal_id).checkpoints[0].level_for(d.criteria[0].id) == 3


def test_removing_a_step_on_the_page_is_undone_in_its_place(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    goal_id = _goal(journal)
    page = _shown_page(qtbot, runner, goal_id)
    page.plan_list.item(0).setCheckState(Qt.CheckState.Checked)
    page.plan_list.setCurrentRow(0)
    page.remove_step_button.click()
    assert _items(page.plan_list) == ["Build the best one"]
    runner.undo_stack.undo()
    assert _items(page.plan_list) == ["Sketch three designs", "Build the best one"]
    assert page.plan_list.item(0).checkState() == Qt.CheckState.Checked
    runner.undo_stack.undo()  # and the tick before it
    assert page.plan_list.item(0).checkState() == Qt.CheckState.Unchecked


def test_a_plan_edited_in_the_wizard_is_undone_in_one_step(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    goal_id = _goal(journal)
    page = _shown_page(qtbot, runner, goal_id)
    before = (page.title_label.text(), _items(page.criteria_list), _items(page.plan_list))
    wizard = page.edit("criteria")
    assert wizard is not None
    wizard.criteria.list.setCurrentRow(0)
    wizard.criteria.remove_current()
    wizard.title_edit.setText("A bridge that holds 2 kg")
    wizard.accept()
    assert page.title_label.text() == "A bridge that holds 2 kg"
    assert _items(page.criteria_list) == ["I explain why it works (suggested by me)"]
    assert runner.undo_stack.undoText() == "Save goal"
    runner.undo_stack.undo()
    assert (page.title_label.text(), _items(page.criteria_list), _items(page.plan_list)) == before


def test_deleting_a_goal_returns_to_the_list_and_undo_brings_it_back(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    from journal.ui.pages import GoalsPage

    goal_id = _goal(journal)
    goals = GoalsPage(runner)
    qtbot.addWidget(goals)
    goals.show()
    goals.show_goal(goal_id)
    assert goals.currentWidget() is goals.goal_page
    goals.goal_page.ask = FakeAsker(answer=False)
    assert not goals.goal_page.delete_goal()
    goals.goal_page.ask = FakeAsker(answer=True)
    goals.goal_page.delete_button.click()
    assert goals.currentWidget() is goals.goals_list
    assert goals.goals_list.model.rowCount() == 0
    runner.undo_stack.undo()
    model = goals.goals_list.model
    assert [model.goal_id(r) for r in range(model.rowCount())] == [goal_id]


def test_undoing_a_new_goal_takes_its_page_back_to_the_list(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    from journal.ui.pages import GoalsPage

    goals = GoalsPage(runner)
    qtbot.addWidget(goals)
    goals.show()
    wizard = goals.goals_list.new_goal()
    wizard.title_edit.setText("Learn to whistle")
    wizard.accept()
    assert goals.currentWidget() is goals.goal_page
    assert goals.goal_page.title_label.text() == "Learn to whistle"
    runner.undo_stack.undo()
    assert goals.currentWidget() is goals.goals_list
    assert goals.goals_list.model.rowCount() == 0


def test_evidence_linked_from_elsewhere_shows_on_an_open_goal_page_and_list(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    goal_id = _goal(journal)
    other = _goal(journal)
    with journal.write() as s:
        entry = create_entry(s, title="Bridge photo", body="", learned_on=date(2026, 3, 10))
    page = _shown_page(qtbot, runner, goal_id)
    listing = GoalsListWidget(runner)
    qtbot.addWidget(listing)
    assert _items(page.evidence_list) == ["No evidence linked yet."]
    # The entry's side links it (another initiator); nobody tells the page to reload.
    with qtbot.waitSignal(runner.journal_changed):
        runner.run(act.link_evidence, goal_id, entry_id=entry.id, initiator=object())
    assert _items(page.evidence_list)[0].startswith("10 Mar 2026 · Bridge photo")
    row = next(r for r in range(listing.model.rowCount()) if listing.model.goal_id(r) == goal_id)
    assert "1 piece of evidence" in listing.model.data(listing.model.index(row, 0))
    # A change to another goal leaves this page alone; renaming the entry shows up.
    runner.run(act.set_goal_status, other, "paused")
    assert listing.tabs.tabText(2).endswith("(1)")
    from journal.actions import entries as entry_actions

    runner.run(entry_actions.save_draft, entry.id, "Bridge photo, labelled", "")
    assert "Bridge photo, labelled" in _items(page.evidence_list)[0]


def test_a_read_only_runner_disables_every_goal_control(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    goal_id = _goal(journal)
    errors: list[tuple[str, str]] = []
    read_only = ActionRunner(journal, lambda t, m: errors.append((t, m)), read_only=True)
    page = _shown_page(qtbot, read_only, goal_id)
    page.criteria_list.setCurrentRow(0)
    page.plan_list.setCurrentRow(0)
    page.evidence_list.setCurrentRow(0)
    for control in (
        page.status_combo,
        page.edit_button,
        page.delete_button,
        page.fill_button,
        page.new_step,
        page.add_step_button,
        page.remove_step_button,
        page.remove_criterion_button,
        page.check_in_button,
        page.link_button,
        page.unlink_button,
        page.look_back_button,
    ):
        assert not control.isEnabled(), control.accessibleName()
    assert not page.plan_list.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    listing = GoalsListWidget(read_only)
    qtbot.addWidget(listing)
    assert not listing.new_button.isEnabled()
    card = DueCheckpointsCard(read_only, today=TODAY)
    qtbot.addWidget(card)
    assert card.has_items
    # Asked anyway (a shortcut, a script), the runner refuses and nothing changes.
    page.remove_step()
    assert errors and "read-only" in errors[0][1]
    assert _items(page.plan_list) == ["Sketch three designs", "Build the best one"]
    read_only.deleteLater()


def test_in_the_window_goals_follow_changes_and_edit_undo_puts_evidence_back(
    qtbot: QtBot, journal: Journal, tmp_path: object
) -> None:
    from pathlib import Path

    from PySide6.QtCore import QSettings

    from journal.ui.main_window import MainWindow
    from journal.ui.settings import Settings

    settings = Settings(QSettings(str(Path(str(tmp_path)) / "s.ini"), QSettings.Format.IniFormat))
    with journal.write() as s:
        entry = create_entry(s, title="Straw test", body="It bent", learned_on=date(2026, 3, 9))
    window = MainWindow(journal, settings)
    window.ask = FakeAsker(answer=True)
    qtbot.addWidget(window)
    window.show()
    window.new_goal()
    wizard = window.goals_page.goals_list.wizard
    assert wizard is not None
    wizard.title_edit.setText("Can I build a bridge?")
    wizard.accept()
    page = window.goals_page.goal_page
    assert window.goals_page.currentWidget() is page
    goal_id = page.goal_id
    # The filter bar lists the new goal by itself (no goals_changed signal any more).
    assert window.filters.goal.findData(goal_id) >= 0
    window.runner.run(act.link_evidence, goal_id, entry_id=entry.id, initiator=object())
    assert _items(page.evidence_list)[0].startswith("9 Mar 2026 · Straw test")
    page.evidence_list.setCurrentRow(0)
    page.ask = FakeAsker(answer=True)
    page.unlink_button.click()
    assert _items(page.evidence_list) == ["No evidence linked yet."]
    window.undo_change_action.trigger()
    assert _items(page.evidence_list)[0].startswith("9 Mar 2026 · Straw test")
    window.runner.wait()
