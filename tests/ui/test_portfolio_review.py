"""Teacher review mode in the window, and feedback back to the student (the issue's done-when)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from journal.portfolio.export import export_portfolio
from journal.store.database import Journal
from journal.ui.main_window import MainWindow
from journal.ui.portfolio.feedback_panel import ReviewFeedbackPanel
from journal.ui.portfolio.review import ReviewWindow
from tests.portfolio.conftest import Filled, db_fingerprint, fill
from tests.ui.fakes import FakeAsker, asker_of
from tests.ui.portfolio_helpers import close_review_windows, open_window, unnamed_controls


@pytest.fixture(autouse=True)
def _no_review_window_left(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Review stores go to a temp folder of this test's own, which must end up empty."""
    import tempfile

    scratch = tmp_path / "system-temp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    yield
    close_review_windows()
    qtbot.wait(50)  # settings are written from the event loop: let that happen first
    assert [p.name for p in scratch.iterdir() if p.name.startswith("journal-review-")] == []


@pytest.fixture
def filled(journal: Journal) -> Filled:
    return fill(journal)


@pytest.fixture
def teacher(tmp_path: Path) -> Iterator[Journal]:
    """The teacher's own journal: reviewing must never touch it."""
    journal = Journal.open(tmp_path / "teacher-journal", auto_backup=False)
    try:
        yield journal
    finally:
        journal.close()


def _open_review(qtbot: QtBot, window: MainWindow, path: Path) -> ReviewWindow:
    asker_of(window).open_path = path
    with qtbot.waitSignal(window.portfolio.review_opened, timeout=20000) as opened:
        window.review_action.trigger()
    review = opened.args[0]
    assert isinstance(review, ReviewWindow)
    review.ask = FakeAsker()
    qtbot.waitExposed(review)
    return review


def _comment(
    qtbot: QtBot, panel: ReviewFeedbackPanel, kind: str, target_id: str, text: str
) -> None:
    qtbot.waitUntil(
        lambda: any(t.kind == kind and t.id == target_id for t in panel.targets()), timeout=5000
    )
    assert panel.choose_target(kind, target_id)
    panel.comment_edit.setFocus()
    qtbot.keyClicks(panel.comment_edit, text)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)


def test_review_window_is_read_only_under_a_banner_with_the_students_name(
    qtbot: QtBot, filled: Filled, teacher: Journal, tmp_path: Path
) -> None:
    archive = export_portfolio(filled.journal, tmp_path / "ada.portfolio.zip").path
    window = open_window(qtbot, teacher, tmp_path / "teacher")
    review = _open_review(qtbot, window, archive)

    assert review.banner_label.text() == (
        "Reviewing Ada Example’s portfolio — read only. Your comments go into a feedback file."
    )
    assert review.banner.isVisible()
    assert review.journal.read_only
    assert review.editor.is_read_only()
    assert not review.save_button.isVisible() and not review.note_edit.isVisible()
    for action in (review.new_action, review.save_action, review.trash_action,
                   review.export_portfolio_action, review.import_action):  # fmt: skip
        assert not action.isVisible() and not action.isEnabled()
    assert review.entries.total == 2  # the private diary never left the student's computer
    assert review.count_label.text() == "2 entries"  # the window's own strings still translate

    review.select_entry(filled.shared_id)
    panel = review.feedback_panel
    qtbot.waitUntil(lambda: panel.earlier_label.isVisible(), timeout=5000)
    assert panel.earlier_label.text() == "Feedback already given here: Mr Lee: Great testing!"
    assert unnamed_controls(panel) == []

    before = review.editor.body()
    review.editor.body_edit.setFocus()
    qtbot.keyClicks(review.editor.body_edit, "teacher typing")
    assert review.editor.body() == before

    review.show_goal(filled.goal_id)
    page = review.goals_page.goal_page
    # The goal page turns its writing controls off by itself (the runner is read-only).
    for button in (page.edit_button, page.check_in_button, page.look_back_button):
        assert not button.isEnabled()

    folder = review.review.folder
    assert folder.is_dir()
    review.close()
    qtbot.waitUntil(lambda: not folder.exists(), timeout=5000)


def test_comments_on_two_entries_and_a_goal_reach_the_student_on_those_items(
    qtbot: QtBot, filled: Filled, teacher: Journal, tmp_path: Path
) -> None:
    # The student exports through the window.
    student = open_window(qtbot, filled.journal, tmp_path / "student")
    assert student.portfolio.feedback_dock is not None
    student.portfolio.feedback_dock.hide()
    asker_of(student).save_path = tmp_path / "ada.portfolio.zip"
    student.export_portfolio_action.trigger()
    exporter = student.portfolio.export_dialog
    assert exporter is not None
    qtbot.waitUntil(lambda: exporter.collected is not None, timeout=10000)
    with qtbot.waitSignal(exporter.exported, timeout=20000) as exported:
        exporter.export_button.click()
    archive = exported.args[0].path

    # The teacher reviews it from their own window; their journal stays as it was.
    teacher_before = db_fingerprint(teacher)
    window = open_window(qtbot, teacher, tmp_path / "teacher")
    review = _open_review(qtbot, window, archive)
    panel = review.feedback_panel
    qtbot.keyClicks(panel.name_edit, "Mr Lee")

    review.select_entry(filled.shared_id)
    _comment(qtbot, panel, "entry", filled.shared_id, "Your triangles idea was the key.")
    review.history.select_revisions([filled.revision_ids[0]])
    qtbot.waitUntil(
        lambda: (target := panel.current_target()) is not None
        and target.id == filled.revision_ids[0],
        timeout=5000,
    )
    qtbot.keyClicks(panel.comment_edit, "A brave first try.")
    qtbot.keyClick(panel.comment_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    review.select_entry(filled.xss_id)
    _comment(qtbot, panel, "entry", filled.xss_id, "Careful with <script> tags!")
    review.show_goal(filled.goal_id)
    _comment(qtbot, panel, "goal", filled.goal_id, "Goal reached: well planned.")
    _comment(qtbot, panel, "criterion", filled.criterion_id, "Explained clearly.")
    assert panel.comment_list.count() == 5
    assert panel.unsaved

    asker_of(review).save_path = tmp_path / "ada-feedback"
    with qtbot.waitSignal(review.feedback_saved, timeout=5000) as saved:
        review.save_feedback_action.trigger()
    feedback_path = saved.args[0]
    assert feedback_path == tmp_path / "ada-feedback.feedback.json"
    document = json.loads(feedback_path.read_text(encoding="utf-8"))
    assert document["author"]["name"] == "Mr Lee"
    assert {(c["target"]["kind"], c["body"]) for c in document["comments"]} >= {
        ("entry", "Your triangles idea was the key."),
        ("revision", "A brave first try."),
        ("goal", "Goal reached: well planned."),
    }
    assert not panel.unsaved
    folder = review.review.folder
    review.close()
    qtbot.waitUntil(lambda: not folder.exists(), timeout=5000)
    assert db_fingerprint(teacher) == teacher_before

    # The student imports it and sees each comment on its own item, new until seen.
    dialog = student.portfolio.import_file(feedback_path)
    assert dialog is not None
    with qtbot.waitSignal(dialog.imported, timeout=20000) as imported:
        pass
    assert imported.args[0].counts["comments"] == 5
    assert student.portfolio.feedback_dock.isVisible()  # raised after a feedback import
    feedback = student.portfolio.feedback_panel
    assert feedback is not None

    student.show_entry_in_journal(filled.xss_id)
    qtbot.waitUntil(lambda: [c.body for c in feedback.shown] == ["Careful with <script> tags!"])
    assert feedback.shown[0].unread and feedback.shown[0].author == "Mr Lee"
    assert feedback.heading.text() == "Feedback on this entry"
    shared_row = student.entries.row_of(filled.shared_id)
    assert shared_row is not None
    row = student.entries.data(student.entries.index(shared_row), student.entries.RowRole)
    # Not seen yet: the two new comments (on the entry and its first draft), and an older one.
    assert row.unread_feedback == 3

    student.show_entry_in_journal(filled.shared_id)
    qtbot.waitUntil(
        lambda: (
            {c.body for c in feedback.shown}
            >= {"Your triangles idea was the key.", "A brave first try.", "Great testing!"}
        )
    )
    qtbot.waitUntil(lambda: _unread(filled.journal, filled.shared_id) == 0, timeout=5000)
    row = student.entries.data(student.entries.index(shared_row), student.entries.RowRole)
    assert row.unread_feedback == 0  # seen, so the badge is gone

    student.show_goal(filled.goal_id)
    qtbot.waitUntil(lambda: feedback.heading.text() == "Feedback on this goal")
    assert {c.body for c in feedback.shown} == {
        "Goal reached: well planned.",
        "Explained clearly.",
    }


def _unread(journal: Journal, entry_id: str) -> int:
    from journal.portfolio.feedback import feedback_marks

    with journal.read() as session:
        mark = feedback_marks(session).get(entry_id)
    return mark.unread if mark else 0


def test_a_portfolio_that_fails_its_check_is_not_opened_and_says_why(
    qtbot: QtBot, teacher: Journal, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.portfolio.zip"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    window = open_window(qtbot, teacher, tmp_path / "teacher")
    asker_of(window).open_path = broken
    window.review_action.trigger()
    qtbot.waitUntil(lambda: bool(asker_of(window).errors), timeout=20000)
    assert "broken.portfolio.zip" in asker_of(window).errors[0]
    assert window.portfolio.review_windows == []


def test_closing_with_unsaved_comments_asks_first(
    qtbot: QtBot, filled: Filled, teacher: Journal, tmp_path: Path
) -> None:
    archive = export_portfolio(filled.journal, tmp_path / "ada.portfolio.zip").path
    window = open_window(qtbot, teacher, tmp_path / "teacher")
    review = _open_review(qtbot, window, archive)
    review.select_entry(filled.shared_id)
    _comment(qtbot, review.feedback_panel, "entry", filled.shared_id, "Nice.")
    asker_of(review).answer = False
    review.close()
    assert review.isVisible()
    assert asker_of(review).asked
    assert review.review.folder.is_dir()


def test_journal_review_command_opens_the_review_window(
    qtbot: QtBot, filled: Filled, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.cli import main

    archive = export_portfolio(filled.journal, tmp_path / "ada.portfolio.zip").path
    seen: dict[str, object] = {}
    app = QApplication.instance()
    assert app is not None

    def fake_exec() -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReviewWindow)]
        assert len(windows) == 1
        review = windows[0]
        seen["banner"] = review.banner_label.text()
        seen["folder"] = review.review.folder
        seen["read_only"] = review.journal.read_only
        review.close()
        return 0

    monkeypatch.setattr(app, "exec", fake_exec)
    assert main(["review", str(archive)]) == 0
    assert "Ada Example" in str(seen["banner"])
    assert seen["read_only"] is True
    assert not Path(str(seen["folder"])).exists()


def test_continuing_earlier_feedback_brings_its_comments_back(
    qtbot: QtBot, filled: Filled, teacher: Journal, tmp_path: Path
) -> None:
    archive = export_portfolio(filled.journal, tmp_path / "ada.portfolio.zip").path
    window = open_window(qtbot, teacher, tmp_path / "teacher")
    first = _open_review(qtbot, window, archive)
    first.select_entry(filled.xss_id)
    _comment(qtbot, first.feedback_panel, "entry", filled.xss_id, "To be continued.")
    asker_of(first).save_path = tmp_path / "later.feedback.json"
    saved = first.save_feedback()
    assert saved == tmp_path / "later.feedback.json"
    first.close()

    again = _open_review(qtbot, window, archive)
    asker_of(again).open_path = saved
    again.continue_feedback_action.trigger()
    panel = again.feedback_panel
    assert [c.body for c in again.review.comments] == ["To be continued."]
    assert "To be continued." in panel.comment_list.item(0).text()
    assert not panel.unsaved
    assert again.feedback_panel.status_text == "1 comment saved in a feedback file"


def _status_texts(window: QMainWindow) -> list[str]:
    """What the status bar's labels say now (those on show)."""
    return [
        label.text()
        for label in window.statusBar().findChildren(QLabel)
        if label.isVisible() and label.text()
    ]


def test_the_status_bar_in_review_tells_whether_the_feedback_is_saved(
    qtbot: QtBot, filled: Filled, teacher: Journal, tmp_path: Path
) -> None:
    archive = export_portfolio(filled.journal, tmp_path / "ada.portfolio.zip").path
    window = open_window(qtbot, teacher, tmp_path / "teacher")
    review = _open_review(qtbot, window, archive)
    review.select_entry(filled.shared_id)
    qtbot.waitUntil(lambda: "No comments yet" in _status_texts(review))
    assert "All saved" not in _status_texts(review)  # nothing of the teacher's is saved

    panel = review.feedback_panel
    _comment(qtbot, panel, "entry", filled.shared_id, "Good testing.")
    assert panel.state_label.text() == "1 comment, not saved yet."
    review.select_entry(filled.xss_id)  # the window says its own state again on a new entry
    texts = _status_texts(review)
    assert "1 comment not saved yet" in texts and "All saved" not in texts

    review.ask.save_path = tmp_path / "ada"  # type: ignore[attr-defined]
    review.save_feedback_action.trigger()
    assert "1 comment saved in a feedback file" in _status_texts(review)
    _comment(qtbot, panel, "entry", filled.xss_id, "And here.")
    assert "2 comments not saved yet" in _status_texts(review)
    assert unnamed_controls(review.statusBar()) == []
    review.ask.answer = True  # type: ignore[attr-defined]
