"""The action runner: one broadcast, undo by keyboard, refusals in read-only mode."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from journal.actions import Changes, Kind, Outcome, action
from journal.actions import entries as act
from journal.core.enums import Attribute, Privacy
from journal.store.database import Journal
from journal.store.read_models.entries import read_entry
from journal.ui.main_window import MainWindow
from journal.ui.runner import ActionRunner
from journal.ui.settings import Settings
from tests.ui.fakes import FakeAsker


def test_run_announces_changes_with_the_initiator(qtbot: QtBot, runner: ActionRunner) -> None:
    asker = object()
    with qtbot.waitSignal(runner.journal_changed) as blocker:
        entry_id = runner.value(act.create_entry, title="T", initiator=asker)
    changes, initiator = blocker.args
    assert isinstance(changes, Changes) and changes.touches_entry(entry_id, Kind.ENTRIES)
    assert initiator is asker


def test_a_failure_is_told_in_one_sentence_and_announces_nothing(
    qtbot: QtBot, runner: ActionRunner
) -> None:
    with qtbot.assertNotEmitted(runner.journal_changed):
        assert runner.run(act.trash_entry, "no-such-entry") is None
    assert len(runner.errors) == 1  # type: ignore[attr-defined]
    assert "no longer exists" in runner.errors[0][1]  # type: ignore[attr-defined]


def test_undo_and_redo_run_the_inverse_and_the_action_again(
    journal: Journal, runner: ActionRunner
) -> None:
    entry_id = runner.value(act.create_entry, title="T")
    assert entry_id is not None
    runner.run(act.set_privacy, entry_id, Privacy.SHAREABLE)
    assert runner.undo_stack.undoText() == "Change privacy"
    runner.undo_stack.undo()
    assert read_entry(journal, entry_id).privacy is Privacy.PRIVATE
    runner.undo_stack.redo()
    assert read_entry(journal, entry_id).privacy is Privacy.SHAREABLE


def test_read_only_runner_refuses_every_journal_write(qtbot: QtBot, journal: Journal) -> None:
    errors: list[tuple[str, str]] = []
    entry_id = act.create_entry(journal, title="Mine").value
    read_only = ActionRunner(journal, lambda t, m: errors.append((t, m)), read_only=True)
    assert not read_only.allows(act.trash_entry)
    with qtbot.assertNotEmitted(read_only.journal_changed):
        assert read_only.run(act.trash_entry, entry_id) is None
    assert not read_entry(journal, entry_id).in_trash
    assert errors and "read-only" in errors[0][1]
    read_only.deleteLater()


def test_read_only_runner_allows_review_scoped_actions(journal: Journal) -> None:
    from journal.actions import Scope

    @action("Add a comment", scope=Scope.REVIEW)
    def comment(_journal: Journal, text: str) -> Outcome[str]:
        return Outcome(text, Changes.of(Kind.FEEDBACK))

    read_only = ActionRunner(journal, lambda t, m: None, read_only=True)
    assert read_only.value(comment, "Well argued") == "Well argued"
    read_only.deleteLater()


def test_long_work_runs_off_the_gui_thread_then_announces(
    qtbot: QtBot, runner: ActionRunner
) -> None:
    import threading

    seen: dict[str, object] = {}

    @action("Count slowly")
    def count(_journal: Journal, *, progress=None, cancel=None) -> Outcome[int]:  # type: ignore[no-untyped-def]
        seen["thread"] = threading.current_thread()
        for i in range(3):
            if progress is not None:
                progress(i + 1, 3)
        return Outcome(3, Changes.of(Kind.ENTRIES))

    results: list[int] = []
    with qtbot.waitSignal(runner.journal_changed, timeout=5000):
        runner.submit(count, label="Counting…", on_done=results.append)
    assert results == [3]
    assert seen["thread"] is not threading.main_thread()


# -- in the window -------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, journal: Journal, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    w = MainWindow(journal, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _press_undo(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Z with the focus on the entries list (outside any text field)."""
    window.entry_list.setFocus()
    qtbot.keyClick(window.entry_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_z_brings_a_trashed_entry_back_into_the_list(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    keep = act.create_entry(journal, title="Keep me").value
    window.entries.reload()
    assert window.select_entry(keep)
    window.trash_current()
    assert window.entries.row_of(keep) is None
    _press_undo(qtbot, window)
    assert window.entries.row_of(keep) is not None
    assert not read_entry(journal, keep).in_trash
    assert window.runner.undo_stack.canRedo()  # and Ctrl+Shift+Z would trash it again


def test_ctrl_z_in_the_editor_undoes_typing_not_the_journal(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    entry_id = act.create_entry(journal, title="T", body="").value
    window.entries.reload()
    window.select_entry(entry_id)
    window.runner.run(act.set_attributes, entry_id, {Attribute.VOICE})
    window.editor.focus_body()
    qtbot.keyClicks(window.editor.body_edit, "abc")
    qtbot.keyClick(window.editor.body_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "abc" not in window.editor.body()
    assert read_entry(journal, entry_id).attributes == {Attribute.VOICE}


def test_entry_list_shows_a_typed_title_once_the_draft_is_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    entry_id = window.new_entry()
    assert entry_id is not None
    row = window.entries.row_of(entry_id)
    assert row is not None
    qtbot.keyClicks(window.editor.title_edit, "Fractions")
    window.autosave.save_draft()
    index = window.entries.index(window.entries.row_of(entry_id) or 0, 0)
    assert index.data().split("\n")[0] == "Fractions"


def test_status_bar_word_count_follows_the_entry_shown(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    short = act.create_entry(journal, title="Short", body="one two three").value
    long = act.create_entry(journal, title="Long", body=" ".join(["word"] * 83)).value
    window.entries.reload()
    window.select_entry(long)
    assert "83" in window.words_label.text()
    window.select_entry(short)
    assert "3" in window.words_label.text() and "83" not in window.words_label.text()


def test_status_bar_word_count_follows_a_restored_draft(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    from journal.store.read_models.entries import revisions_of

    entry_id = act.create_entry(journal, title="T", body="one two").value
    act.save_draft(journal, entry_id, "T", "one two three four five")
    act.save_revision(journal, entry_id)
    window.entries.reload()
    window.select_entry(entry_id)
    assert window.words_label.text().startswith("5")
    window.restore_revision(revisions_of(journal, entry_id)[0].id)
    assert window.editor.body() == "one two"
    assert window.words_label.text().startswith("2")


def test_compare_from_the_timeline_keeps_the_timeline_on_show(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    from journal.store.read_models.entries import revisions_of

    entry_id = act.create_entry(journal, title="T", body="one").value
    act.save_draft(journal, entry_id, "T", "one two")
    act.save_revision(journal, entry_id)
    first, second = revisions_of(journal, entry_id)
    window.show_page(window.timeline_page)
    window._compare_from_timeline(entry_id, first.id, second.id)
    assert window.current_page() is window.timeline_page
    assert window.diff_dialog.isVisible()
    window.diff_dialog.close()


def test_welcome_name_retitles_the_window_through_an_action(
    qtbot: QtBot, window: MainWindow
) -> None:
    window._welcome_done("  Amira  ", wants_sample=False)
    assert window.windowTitle().startswith("Amira")
    window.runner.undo_stack.undo()
    assert not window.windowTitle().startswith("Amira")




def test_review_window_is_not_a_student_window_and_refuses_writes(
    qtbot: QtBot, tmp_path: Path, journal: Journal
) -> None:
    """A teacher's review: every writing action is off, and the runner refuses a write."""
    from journal.portfolio.export import export_portfolio
    from journal.portfolio.review import load_for_review
    from journal.ui.portfolio.review import ReviewWindow

    entry_id = act.create_entry(journal, title="Shared work", body="Words").value
    act.set_privacy(journal, entry_id, Privacy.SHAREABLE)
    archive = tmp_path / "amira.portfolio.zip"
    export_portfolio(journal, archive)
    session = load_for_review(archive)
    review = ReviewWindow(session, None)
    qtbot.addWidget(review)
    try:
        assert not isinstance(review, MainWindow)
        assert review.runner.read_only
        for action in (review.new_action, review.trash_action, review.import_action):
            assert not action.isEnabled() and not action.isVisible()
        review.ask = FakeAsker()
        shown = review.entries.entry_id(0)
        assert review.runner.run(act.trash_entry, shown) is None
        from journal.store.read_models.entries import read_entry as read

        assert not read(review.journal, shown).in_trash
    finally:
        review.end_review()


def test_menus_come_in_the_usual_order_with_help_last(window: MainWindow) -> None:
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Go", "Reflect", "Help"]
    edit = window.menuBar().actions()[1].menu()
    assert isinstance(edit, QMenu)
    assert window.undo_change_action in edit.actions()


def _change_in_details(window: MainWindow, what: str) -> None:
    """Change one detail the way a student does, in the details panel."""
    from PySide6.QtCore import QDate

    details = window.details
    if what == "attributes":
        details.attribute_boxes[Attribute.SOCIAL].click()
    elif what == "privacy":
        details.shareable_button.click()
    elif what == "tags":
        details.tags_edit.setText("science, volcanoes")
        details._save_tags_now()
    else:
        details.date_edit.setDate(QDate(2024, 2, 29))
        details._save_date_now()


@pytest.mark.parametrize("what", ["attributes", "privacy", "tags", "date"])
def test_ctrl_z_outside_text_undoes_a_change_of_details(
    qtbot: QtBot, window: MainWindow, journal: Journal, what: str
) -> None:
    entry_id = act.create_entry(journal, title="Details", body="Words").value
    window.entries.reload()
    window.select_entry(entry_id)
    before = read_entry(journal, entry_id)
    _change_in_details(window, what)
    after = read_entry(journal, entry_id)
    assert after != before
    _press_undo(qtbot, window)
    undone = read_entry(journal, entry_id)
    assert (undone.attributes, undone.privacy, undone.tags, undone.learned_on) == (
        before.attributes,
        before.privacy,
        before.tags,
        before.learned_on,
    )
    # The panel shows the old value again by itself.
    details = window.details
    assert details.attribute_boxes[Attribute.SOCIAL].isChecked() == (
        Attribute.SOCIAL in before.attributes
    )
    assert details.private_button.isChecked() == (before.privacy is Privacy.PRIVATE)

