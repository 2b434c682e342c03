"""The student's feedback dock: where it shows, the tab beside it, and keeping itself up to date."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDockWidget, QTabBar
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from journal.actions.portfolio import import_any_file
from journal.portfolio.feedback import FeedbackComment, new_feedback_file, write_feedback_file
from journal.store.database import Journal
from journal.store.models import LearnerProfile
from journal.store.read_models import feedback as read_feedback
from journal.ui.main_window import MainWindow
from journal.ui.portfolio.feedback_panel import StudentFeedbackPanel
from tests.portfolio.conftest import Filled, fill
from tests.ui.portfolio_helpers import open_window


@pytest.fixture
def filled(journal: Journal) -> Filled:
    return fill(journal)


@pytest.fixture
def window(qtbot: QtBot, filled: Filled, tmp_path: Path) -> MainWindow:
    return open_window(qtbot, filled.journal, tmp_path)


def _dock(window: MainWindow) -> QDockWidget:
    dock = window.portfolio.feedback_dock
    assert dock is not None
    return dock


def _panel(window: MainWindow) -> StudentFeedbackPanel:
    panel = window.portfolio.feedback_panel
    assert panel is not None
    return panel


def _on_top(dock: QDockWidget) -> bool:
    """The dock is the tab on show in its group (the others' areas are covered)."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def _choose_tab(window: MainWindow, title: str) -> None:
    """Click the tab with this title, as the student would."""
    for bar in window.findChildren(QTabBar):
        for i in range(bar.count()):
            if bar.tabText(i) == title and bar.isVisible():
                bar.setCurrentIndex(i)
                return
    raise AssertionError(f"no tab {title!r}")


def test_feedback_shows_only_with_the_journal_or_a_goal(
    qtbot: QtBot, window: MainWindow, filled: Filled
) -> None:
    dock, panel = _dock(window), _panel(window)
    assert dock.isVisible()
    for page in (window.today_page, window.timeline_page):
        window.show_page(page)
        QApplication.processEvents()
        assert not dock.isVisible() and not panel.isVisible()
    window.show_page(window.goals_page)
    window.goals_page.show_list()
    QApplication.processEvents()
    assert not dock.isVisible()  # the list of goals: no one goal to have feedback on

    window.show_goal(filled.goal_id)
    qtbot.waitUntil(lambda: dock.isVisible() and panel.heading.text() == "Feedback on this goal")
    window.show_page(window.splitter)
    qtbot.waitUntil(lambda: dock.isVisible() and _on_top(window.attachments_dock))
    _choose_tab(window, "Feedback")
    qtbot.waitUntil(lambda: panel.on_screen() and panel.heading.text() == "Feedback on this entry")


def test_a_closed_feedback_dock_stays_closed_until_asked_for(
    qtbot: QtBot, window: MainWindow
) -> None:
    dock = _dock(window)
    dock.close()
    window.show_page(window.today_page)
    window.show_page(window.splitter)
    QApplication.processEvents()
    assert not dock.isVisible()

    window.show_page(window.today_page)
    window.show_feedback_action.trigger()  # feedback is about entries: the journal comes back
    assert window.pages.currentWidget() is window.splitter
    qtbot.waitUntil(lambda: _on_top(dock))


@pytest.mark.parametrize("title", ["History", "Attachments", "Feedback"])
def test_the_tab_the_student_chose_stays_chosen_after_another_page(
    qtbot: QtBot, window: MainWindow, title: str
) -> None:
    docks = {
        "History": window.history_dock,
        "Attachments": window.attachments_dock,
        "Feedback": _dock(window),
    }
    _choose_tab(window, "Feedback" if title != "Feedback" else "History")
    _choose_tab(window, title)
    assert _on_top(docks[title])
    for page in (window.today_page, window.goals_page, window.timeline_page):
        window.show_page(page)
        window.show_page(window.splitter)
        qtbot.waitUntil(lambda: _on_top(docks[title]))
        QApplication.processEvents()
        assert [name for name, dock in docks.items() if _on_top(dock)] == [title]


def _feedback_file(filled: Filled, folder: Path, entry_id: str, body: str) -> Path:
    with filled.journal.read() as session:
        profile = session.scalar(select(LearnerProfile))
        assert profile is not None
        journal_id = profile.journal_id
    feedback = new_feedback_file(
        portfolio_id=str(uuid.uuid4()),
        journal_id=journal_id,
        student_name="Ada Example",
        author_name="Mr Lee",
    )
    feedback.comments.append(FeedbackComment(str(uuid.uuid4()), "entry", entry_id, body, "Mr Lee"))
    return write_feedback_file(feedback, folder / f"{uuid.uuid4()}.feedback.json")


def test_the_panel_follows_the_runner_when_feedback_comes_in_another_way(
    qtbot: QtBot, window: MainWindow, filled: Filled, tmp_path: Path
) -> None:
    panel = _panel(window)
    _choose_tab(window, "Feedback")
    window.show_entry_in_journal(filled.xss_id)
    qtbot.waitUntil(lambda: panel.heading.text() == "Feedback on this entry")
    assert panel.shown == []
    path = _feedback_file(filled, tmp_path, filled.xss_id, "Tell me more about the tags.")
    # Not through the Import dialog: the panel hears of it from the runner alone.
    window.runner.submit(import_any_file, path, label="Importing")
    qtbot.waitUntil(lambda: [c.body for c in panel.shown] == ["Tell me more about the tags."])
    assert panel.shown[0].unread  # new, and marked New while it is on screen

    def unread_badge() -> int:
        row = window.entries.row_of(filled.xss_id)
        assert row is not None
        return int(
            window.entries.data(window.entries.index(row), window.entries.RowRole).unread_feedback
        )

    qtbot.waitUntil(lambda: unread_badge() == 0)  # seen: marked read, and the list was told


def test_comments_behind_another_tab_stay_new_until_their_tab_is_chosen(
    qtbot: QtBot, window: MainWindow, filled: Filled
) -> None:
    panel = _panel(window)
    _choose_tab(window, "Attachments")
    window.show_entry_in_journal(filled.shared_id)
    window.show_entry_in_journal(filled.xss_id)
    window.show_entry_in_journal(filled.shared_id)
    QApplication.processEvents()
    QApplication.processEvents()
    assert not panel.on_screen()
    assert [
        c.unread for c in read_feedback.comments_on_entry(filled.journal, filled.shared_id)
    ] == [True]  # "Great testing!" was never in view

    _choose_tab(window, "Feedback")
    qtbot.waitUntil(lambda: [c.body for c in panel.shown] == ["Great testing!"])
    assert panel.shown[0].unread  # marked New on screen ...
    qtbot.waitUntil(
        lambda: not read_feedback.comments_on_entry(filled.journal, filled.shared_id)[0].unread
    )  # ... and now seen


def test_a_read_only_journal_has_no_feedback_dock_to_mark_read(
    qtbot: QtBot, filled: Filled, tmp_path: Path
) -> None:
    from tests.ui.portfolio_helpers import make_settings

    journal = Journal.open(filled.journal.paths.root, auto_backup=False, read_only=True)
    try:
        window = MainWindow(journal, make_settings(tmp_path))
        qtbot.addWidget(window)
        assert window.runner.read_only
        assert window.portfolio.feedback_dock is None
        assert not window.show_feedback_action.isEnabled()
    finally:
        journal.close()


def test_the_import_dialog_on_a_read_only_journal_imports_nothing(
    qtbot: QtBot, filled: Filled, tmp_path: Path
) -> None:
    from journal.ui.portfolio.import_dialog import ImportDialog
    from journal.ui.runner import ActionRunner

    runner = ActionRunner(filled.journal, lambda _t, _m: None, read_only=True)
    dialog = ImportDialog(runner, tmp_path / "anything.json")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.import_button.isEnabled() and not dialog.kind_combo.isEnabled()
    assert not dialog.start()
    assert "read-only" in dialog.result_label.text()
    runner.deleteLater()
