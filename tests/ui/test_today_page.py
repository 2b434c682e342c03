"""The Today page and its prompt card on the runner: answers survive a restart, undo works."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from journal.actions import entries as entry_actions
from journal.actions import profile as profile_actions
from journal.actions import reflections as reflection_actions
from journal.store.database import Journal
from journal.store.read_models import reflections as reflection_reads
from journal.store.read_models.reflections import Conditions
from journal.ui.pages import TodayPage
from journal.ui.runner import ActionRunner
from tests.ui.fakes import FakeAsker


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _page(qtbot: QtBot, runner: ActionRunner, qsettings: QSettings, **kw: object) -> TodayPage:
    page = TodayPage(runner, qsettings, **kw)  # type: ignore[arg-type]
    page.prompt.ask = FakeAsker()
    qtbot.addWidget(page)
    page.resize(800, 900)
    page.show()
    return page


def _answer(page: TodayPage, text: str, *, went_well: int | None = None) -> str:
    card = page.prompt
    card.answer_button.click()
    card.editor.answer.setPlainText(text)
    if went_well is not None:
        card.editor.conditions.went_well.set_number(went_well)
    reflection_id = card.editor.save()
    assert reflection_id is not None
    return reflection_id


@pytest.fixture
def opened(data_dir: Path, qapp: object) -> Iterator[list[tuple[Journal, ActionRunner]]]:
    """Journals opened (one at a time) on the same data folder, as across restarts."""
    journals: list[tuple[Journal, ActionRunner]] = []
    yield journals
    for journal, runner in journals:
        runner.wait()
        journal.close()


def _open(data_dir: Path, opened: list[tuple[Journal, ActionRunner]]) -> ActionRunner:
    journal = Journal.open(data_dir, auto_backup=False)
    runner = ActionRunner(journal, lambda title, text: None)
    opened.append((journal, runner))
    return runner


def test_after_a_restart_the_prompt_of_the_day_shows_it_was_answered(
    qtbot: QtBot, data_dir: Path, qsettings: QSettings, opened: list[tuple[Journal, ActionRunner]]
) -> None:
    first = _page(qtbot, _open(data_dir, opened), qsettings)
    prompt = first.prompt.current_prompt
    assert prompt is not None
    assert not first.prompt.answer_box.isVisible()
    _answer(first, "Explaining it to my brother showed me what I didn't get.")
    assert first.prompt.answer_box.isVisible()
    first.close()
    journal, _runner = opened[0]
    journal.close()
    opened.clear()

    # The app starts again: a new journal object, runner and page on the same folder.
    again = _page(qtbot, _open(data_dir, opened), qsettings)
    card = again.prompt
    assert card.current_prompt is not None and card.current_prompt.id == prompt.id
    assert card.answered is not None
    assert card.answer_box.isVisible()
    assert card.answered_heading.text() == "You answered this today:"
    assert card.answer_text.text() == "Explaining it to my brother showed me what I didn't get."
    assert card.answer_button.text().replace("&", "") == "Answer again"


def test_deleting_todays_answer_is_undone_in_the_card(
    qtbot: QtBot, journal: Journal, runner: ActionRunner, qsettings: QSettings
) -> None:
    page = _page(qtbot, runner, qsettings)
    card = page.prompt
    reflection_id = _answer(page, "Drawing it first helped.", went_well=4)
    before = reflection_reads.read_reflection(journal, reflection_id)
    qtbot.mouseClick(card.delete_answer_button, Qt.MouseButton.LeftButton)
    assert card.answered is None and not card.answer_box.isVisible()
    assert card.answer_button.text().replace("&", "") == "Answer"
    assert reflection_reads.reflections_about(journal) == []
    assert runner.undo_stack.canUndo()
    assert runner.undo_stack.undoText() == "Delete an answer"

    runner.undo_stack.undo()
    assert card.answer_box.isVisible()
    assert card.answer_text.text() == "Drawing it first helped."
    assert reflection_reads.read_reflection(journal, reflection_id) == before

    runner.undo_stack.redo()
    assert not card.answer_box.isVisible()
    assert reflection_reads.reflections_about(journal) == []


def test_editing_an_answer_changes_its_words_and_conditions_and_undo_puts_them_back(
    qtbot: QtBot, journal: Journal, runner: ActionRunner, qsettings: QSettings
) -> None:
    page = _page(qtbot, runner, qsettings)
    card = page.prompt
    reflection_id = _answer(page, "First thoughts.", went_well=2)
    card.edit_answer_button.click()
    assert card.editor.isVisible() and card.editor.editing is not None
    assert card.editor.answer.toPlainText() == "First thoughts."
    assert card.editor.conditions.went_well.number() == 2
    card.editor.answer.setPlainText("Second thoughts.")
    card.editor.conditions.with_whom.set_value("peer")
    card.editor.save_button.click()
    assert not card.editor.isVisible()
    assert card.answer_text.text() == "Second thoughts."
    changed = reflection_reads.read_reflection(journal, reflection_id)
    assert changed.conditions == Conditions(with_whom="peer", went_well=2)
    assert len(reflection_reads.reflections_about(journal)) == 1

    runner.undo_stack.undo()
    assert card.answer_text.text() == "First thoughts."
    restored = reflection_reads.read_reflection(journal, reflection_id)
    assert restored.conditions == Conditions(went_well=2)


def test_the_card_follows_answers_made_elsewhere(
    qtbot: QtBot, runner: ActionRunner, qsettings: QSettings
) -> None:
    page = _page(qtbot, runner, qsettings)
    prompt = page.prompt.current_prompt
    assert prompt is not None and page.prompt.answered is None
    outcome = runner.run(reflection_actions.add_reflection, "From elsewhere.", prompt_id=prompt.id)
    assert outcome is not None
    assert page.prompt.answer_text.text() == "From elsewhere."


def test_greeting_and_on_this_day_follow_the_journal(
    qtbot: QtBot, runner: ActionRunner, qsettings: QSettings
) -> None:
    # A day that exists a year earlier too (29 February would not).
    today = date(2026, 5, 14)
    earlier = date(2025, 5, 14)
    page = _page(qtbot, runner, qsettings, today=today)
    assert page.greeting.text() == "Hello"
    runner.run(profile_actions.set_learner_name, "Ana")
    assert page.greeting.text() == "Hello, Ana"

    assert not page.on_this_day.has_items and page.on_this_day.isHidden()
    entry_id = runner.value(entry_actions.create_entry, title="Volcano", body="It fizzed.")
    assert entry_id is not None
    runner.run(entry_actions.set_learned_on, entry_id, earlier)
    assert [i.entry_id for i in page.on_this_day.items] == [entry_id]
    assert page.on_this_day.isVisible()
    runner.run(entry_actions.trash_entry, entry_id)
    assert not page.on_this_day.has_items and page.on_this_day.isHidden()
    runner.undo_stack.undo()
    assert [i.entry_id for i in page.on_this_day.items] == [entry_id]


def test_a_read_only_journal_offers_no_way_to_answer(
    qtbot: QtBot, journal: Journal, qsettings: QSettings
) -> None:
    reviewing = ActionRunner(journal, lambda title, text: None, read_only=True)
    page = _page(qtbot, reviewing, qsettings, today=date.today() - timedelta(days=1))
    card = page.prompt
    assert card.current_prompt is not None
    assert not card.answer_button.isEnabled()
    assert card.another_button.isEnabled()  # looking at prompts changes nothing
    assert not card.edit_answer_button.isEnabled()
    assert not card.delete_answer_button.isEnabled()
    assert not page.new_button.isEnabled()
    card.answer()
    assert not card.editor.isVisible()
    reviewing.deleteLater()
