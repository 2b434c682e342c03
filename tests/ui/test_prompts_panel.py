"""The prompt card, the reflection editor with its condition chips, and the prompt library."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from journal.store import prompts as sp
from journal.store.database import Journal
from journal.store.entries import create_entry, save_revision
from journal.store.models import PromptPack, Reflection
from journal.store.reflections import Conditions, list_reflections
from journal.ui.prompts_panel import (
    ConditionsPicker,
    PromptCard,
    PromptLibraryDialog,
    SettingsDailyMemory,
)
from journal.ui.runner import ActionRunner
from journal.ui.widgets import ChipGroup
from tests.ui.fakes import FakeAsker
from tests.ui.qt_helpers import present, top_level_items
from tests.ui.reflection_helpers import MemoryDaily

TODAY = date(2026, 3, 14)
PACK = {
    "format": "learning-journal-prompt-pack",
    "version": 1,
    "name": "Science term",
    "author": "Ms Okafor",
    "prompts": [
        {"id": "s1", "text": "What did my experiment show me?", "attribute": "voice"},
        {"id": "s2", "text": "Who checked my method?", "attribute": "social"},
    ],
}


def _card(qtbot: QtBot, runner: ActionRunner, **kwargs: object) -> PromptCard:
    card = PromptCard(runner, today=TODAY, memory=MemoryDaily(), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(card)
    card.resize(620, 300)
    card.show()
    return card


def _activate(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


# -- chips -------------------------------------------------------------------------


def test_chip_group_chooses_one_and_a_second_press_clears_it(qtbot: QtBot) -> None:
    group = ChipGroup("With whom", [("alone", "On my own"), ("peer", "With a friend")])
    qtbot.addWidget(group)
    group.show()
    changes: list[str | None] = []
    group.changed.connect(lambda: changes.append(group.value()))
    qtbot.mouseClick(group.buttons["peer"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(group.buttons["alone"], Qt.MouseButton.LeftButton)
    assert group.value() == "alone"
    assert not group.buttons["peer"].isChecked()
    qtbot.mouseClick(group.buttons["alone"], Qt.MouseButton.LeftButton)
    assert group.value() is None and changes == ["peer", "alone", None]
    assert group.buttons["peer"].accessibleName() == "With whom: With a friend"


def test_chip_group_is_one_tab_stop_with_arrow_keys_inside(qtbot: QtBot) -> None:
    group = ChipGroup("How", [("reading", "Reading"), ("making", "Making"), ("talking", "Talking")])
    qtbot.addWidget(group)
    group.show()
    _activate(qtbot, group)
    policies = [b.focusPolicy() for b in group.buttons.values()]
    assert policies.count(Qt.FocusPolicy.StrongFocus) == 1
    group.buttons["reading"].setFocus()
    qtbot.keyClick(group.buttons["reading"], Qt.Key.Key_Right)
    assert group.buttons["making"].hasFocus()
    qtbot.keyClick(group.buttons["making"], Qt.Key.Key_Space)
    assert group.value() == "making"
    assert group.buttons["making"].focusPolicy() == Qt.FocusPolicy.StrongFocus
    qtbot.keyClick(group.buttons["making"], Qt.Key.Key_Left)
    assert group.buttons["reading"].hasFocus()


def test_conditions_picker_reads_and_writes_every_condition(qtbot: QtBot) -> None:
    picker = ConditionsPicker()
    qtbot.addWidget(picker)
    assert picker.is_empty()
    wanted = Conditions("library", "group", "teaching", "evening", 2, 5)
    picker.set_conditions(wanted)
    assert picker.conditions() == wanted
    qtbot.keyClicks(picker.place_other, "Grandma's kitchen")
    assert picker.place.value() is None
    assert picker.conditions().place == "Grandma's kitchen"
    picker.place.buttons["home"].click()
    assert picker.conditions().place == "home" and picker.place_other.text() == ""
    picker.clear()
    assert picker.is_empty()


# -- the prompt card -----------------------------------------------------------------


def test_card_shows_the_prompt_of_the_day_and_remembers_it(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    memory = MemoryDaily()
    card = PromptCard(runner, today=TODAY, memory=memory)
    qtbot.addWidget(card)
    with journal.read() as s:
        expected = sp.daily_prompt(s, TODAY)
    assert card.current_prompt == expected and expected is not None
    assert card.prompt_label.text() == expected.text
    assert card.heading.text() == "Prompt of the day"
    assert memory.shown == {TODAY: expected.id}
    tomorrow = PromptCard(runner, today=TODAY + timedelta(days=1), memory=memory)
    qtbot.addWidget(tomorrow)
    assert tomorrow.current_prompt is not None and tomorrow.current_prompt.id != expected.id


def test_answering_saves_a_reflection_with_conditions(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    card = _card(qtbot, runner)
    prompt = card.current_prompt
    assert prompt is not None
    qtbot.mouseClick(card.answer_button, Qt.MouseButton.LeftButton)
    assert card.editor.isVisible() and not card.editor.save_button.isEnabled()
    qtbot.keyClicks(card.editor.answer, "Talking it through with Ana helped.")
    card.editor.conditions_toggle.click()
    assert card.editor.conditions.isVisible()
    card.editor.conditions.with_whom.buttons["peer"].click()
    card.editor.conditions.how.buttons["talking"].click()
    card.editor.conditions.went_well.buttons["5"].click()
    _activate(qtbot, card)
    card.editor.answer.setFocus()
    with qtbot.waitSignal(card.reflection_saved) as saved:
        qtbot.keyClick(card.editor.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with journal.read() as s:
        (reflection,) = list_reflections(s)
    assert reflection.id == saved.args[0]
    assert (reflection.prompt_id, reflection.attribute) == (prompt.id, prompt.attribute)
    assert reflection.body == "Talking it through with Ana helped."
    assert reflection.conditions == Conditions(None, "peer", "talking", None, None, 5)
    assert not card.editor.isVisible() and card.status.isVisible()


def test_cancel_with_escape_saves_nothing(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    card = _card(qtbot, runner)
    card.editor.ask = ask = FakeAsker(answer=True)  # "Discard my answer"
    card.answer_button.click()
    qtbot.keyClicks(card.editor.answer, "Never mind")
    _activate(qtbot, card)
    card.editor.answer.setFocus()
    qtbot.keyClick(card.editor.answer, Qt.Key.Key_Escape)
    assert [q.kind for q in ask.questions] == ["keep_or_discard"]
    assert not card.editor.isVisible()
    with journal.read() as s:
        assert s.scalar(select(func.count()).select_from(Reflection)) == 0


def test_another_and_skip_are_always_there(qtbot: QtBot, runner: ActionRunner) -> None:
    card = _card(qtbot, runner)
    seen = [card.current_prompt.id] if card.current_prompt else []
    for _ in range(5):
        card.another_button.click()
        assert card.current_prompt is not None and card.current_prompt.id not in seen
        assert card.current_prompt.moment == "daily"
        seen.append(card.current_prompt.id)
    with qtbot.waitSignal(card.skipped):
        card.skip_button.click()
    assert card.status.text().startswith("Skipped")
    assert card.answer_button.isEnabled() and card.another_button.isEnabled()


def test_prompt_after_a_revision_links_the_answer_to_it(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    with journal.write() as s:
        entry = create_entry(s, title="Poem", body="first")
        revision = save_revision(s, entry.id, body="second")
    assert revision is not None
    card = _card(qtbot, runner, daily=False)
    card.offer("after_revision", key=revision.id, revision_id=revision.id)
    assert card.current_prompt is not None and card.current_prompt.moment == "after_revision"
    assert card.heading.text() == "A question about this revision"
    card.answer()
    card.editor.answer.setPlainText("I cut the boring middle.")
    card.editor.save()
    with journal.read() as s:
        (reflection,) = list_reflections(s, entry_id=entry.id)
    assert reflection.revision_id == revision.id


def test_card_says_so_when_every_prompt_is_switched_off(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    with journal.write() as s:
        for p in sp.list_prompts(s):
            sp.set_prompt_enabled(s, p.id, False)
    card = _card(qtbot, runner)
    assert card.current_prompt is None
    assert not card.answer_button.isEnabled()
    assert "no prompts" in card.prompt_label.text()


def test_settings_memory_keeps_the_day_and_the_one_before(tmp_path: Path, journal: Journal) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    memory = SettingsDailyMemory(journal, settings)
    assert memory.previous_for(TODAY) is None
    memory.remember(TODAY, "voice-01")
    memory.remember(TODAY, "voice-02")  # the same day again: the first one stands
    assert memory.previous_for(TODAY) is None
    assert memory.previous_for(TODAY + timedelta(days=3)) == "voice-01"
    memory.remember(TODAY + timedelta(days=3), "social-01")
    assert memory.previous_for(TODAY + timedelta(days=3)) == "voice-01"


# -- the prompt library ---------------------------------------------------------------


def _library(qtbot: QtBot, runner: ActionRunner, asker: FakeAsker) -> PromptLibraryDialog:
    dialog = PromptLibraryDialog(runner)
    dialog.ask = asker
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_library_lists_switches_off_and_adds_my_own_prompts(
    qtbot: QtBot, journal: Journal, runner: ActionRunner, fake_asker: FakeAsker
) -> None:
    dialog = _library(qtbot, runner, fake_asker)
    assert dialog.prompt_tree.topLevelItemCount() == len(sp.builtin_prompts())
    first = present(dialog.prompt_tree.topLevelItem(0))
    prompt_id = first.data(0, Qt.ItemDataRole.UserRole)
    with qtbot.waitSignal(runner.journal_changed):
        first.setCheckState(0, Qt.CheckState.Unchecked)
    with journal.read() as s:
        assert prompt_id not in {p.id for p in sp.list_prompts(s)}
    dialog.attribute_filter.setCurrentIndex(dialog.attribute_filter.findData("social"))
    texts = [item.text(1) for item in top_level_items(dialog.prompt_tree)]
    assert set(texts) == {"Social construction"}
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.my_text, "What made me laugh while learning?")
    dialog.my_attribute.setCurrentIndex(dialog.my_attribute.findData("voice"))
    dialog.my_learn_best.setChecked(True)
    qtbot.keyClick(dialog.my_text, Qt.Key.Key_Return)
    assert dialog.my_list.count() == 1
    with journal.read() as s:
        mine = [p for p in sp.list_prompts(s) if p.source == "mine"]
    assert [(p.text, p.attribute, p.learn_best) for p in mine] == [
        ("What made me laugh while learning?", "voice", True)
    ]
    dialog.my_list.setCurrentRow(0)
    dialog.delete_my_prompt()
    with journal.read() as s:
        assert all(p.source != "mine" for p in sp.list_prompts(s))


def test_importing_a_pack_from_the_window(
    qtbot: QtBot, journal: Journal, runner: ActionRunner, tmp_path: Path
) -> None:
    path = tmp_path / "science.json"
    path.write_text(json.dumps(PACK), encoding="utf-8")
    asker = FakeAsker(open_path=path)
    dialog = _library(qtbot, runner, asker)
    dialog.tabs.setCurrentIndex(2)
    with qtbot.waitSignal(runner.journal_changed, timeout=10_000):
        dialog.import_button.click()
    assert dialog.pack_list.count() == 1
    assert dialog.pack_list.item(0).text() == "Science term by Ms Okafor (2 prompts)"
    assert "Added the pack" in dialog.pack_status.text()
    with journal.read() as s:
        assert sum(p.source == "pack" for p in sp.list_prompts(s)) == 2
    dialog.pack_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    with journal.read() as s:
        assert all(p.source != "pack" for p in sp.list_prompts(s))
    dialog.remove_pack()
    assert asker.asked and dialog.pack_list.count() == 0


def test_a_hostile_pack_is_refused_with_one_sentence_and_nothing_changes(
    qtbot: QtBot, journal: Journal, runner: ActionRunner, tmp_path: Path
) -> None:
    bad = tmp_path / "evil.json"
    bad.write_text(
        json.dumps({**PACK, "prompts": [{"id": "x", "text": "y" * 10_000, "attribute": "voice"}]}),
        encoding="utf-8",
    )
    asker = FakeAsker(open_path=bad)
    dialog = _library(qtbot, runner, asker)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(asker.errors), timeout=10_000)
    (message,) = asker.errors
    assert "at most 400" in message and message.endswith(".") and "\n" not in message
    assert dialog.import_button.isEnabled()
    assert "nothing has changed" in dialog.pack_status.text()
    with journal.read() as s:
        assert s.scalar(select(func.count()).select_from(PromptPack)) == 0


def test_library_shows_an_undone_switch_and_my_prompt_coming_back(
    qtbot: QtBot, runner: ActionRunner
) -> None:
    dialog = _library(qtbot, runner, FakeAsker())
    first = present(dialog.prompt_tree.topLevelItem(0))
    first.setCheckState(0, Qt.CheckState.Unchecked)
    runner.undo_stack.undo()
    assert present(dialog.prompt_tree.topLevelItem(0)).checkState(0) == Qt.CheckState.Checked
    dialog.my_text.setText("Where was I when it clicked?")
    dialog.add_my_prompt()
    assert dialog.my_list.count() == 1 and dialog.my_text.text() == ""
    runner.undo_stack.undo()
    assert dialog.my_list.count() == 0 and not dialog.delete_mine_button.isEnabled()


def test_a_read_only_library_can_be_read_but_not_changed(
    qtbot: QtBot, journal: Journal, qapp: object
) -> None:
    reviewing = ActionRunner(journal, lambda title, text: None, read_only=True)
    dialog = _library(qtbot, reviewing, FakeAsker())
    assert dialog.prompt_tree.topLevelItemCount() == len(sp.builtin_prompts())
    flags = present(dialog.prompt_tree.topLevelItem(0)).flags()
    assert not flags & Qt.ItemFlag.ItemIsUserCheckable
    for control in (
        dialog.my_text,
        dialog.add_mine_button,
        dialog.delete_mine_button,
        dialog.import_button,
        dialog.remove_pack_button,
    ):
        assert not control.isEnabled()
    reviewing.deleteLater()


def test_prompt_after_a_revision_shows_its_answer_when_offered_again(
    qtbot: QtBot, journal: Journal, runner: ActionRunner
) -> None:
    with journal.write() as s:
        entry = create_entry(s, title="Poem", body="first")
        revision = save_revision(s, entry.id, body="second")
    assert revision is not None
    card = _card(qtbot, runner, daily=False)
    card.offer("after_revision", key=revision.id, revision_id=revision.id)
    assert card.answered is None
    card.answer()
    card.editor.answer.setPlainText("I cut the boring middle.")
    card.editor.save()
    later = _card(qtbot, runner, daily=False)
    later.offer("after_revision", key=revision.id, revision_id=revision.id)
    assert later.answered is not None and later.answer_text.text() == "I cut the boring middle."
    assert later.answered_heading.text() == "You answered this:"
