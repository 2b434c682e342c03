"""The portfolio in the window: the export preview and background export, and File → Import…"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QMenu,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from journal.portfolio.feedback import FeedbackComment, new_feedback_file, write_feedback_file
from journal.portfolio.review import verify_portfolio
from journal.store.database import Journal
from journal.store.models import Entry, Feedback
from journal.ui.entry_model import FEEDBACK_BADGE_COLOUR
from journal.ui.main_window import MainWindow
from journal.ui.portfolio.export_dialog import ExportDialog
from tests.portfolio.conftest import SECRET, SECRET_GOAL, Filled, fill
from tests.ui.fakes import asker_of
from tests.ui.portfolio_helpers import blocked, open_window, unnamed_controls
from tests.ui.qt_helpers import child_items, top_level_items

FIXTURES = Path(__file__).resolve().parents[1] / "portfolio" / "fixtures"


@pytest.fixture
def filled(journal: Journal) -> Filled:
    return fill(journal)


@pytest.fixture
def window(qtbot: QtBot, filled: Filled, tmp_path: Path) -> MainWindow:
    return open_window(qtbot, filled.journal, tmp_path)


def _export_dialog(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    window.export_portfolio_action.trigger()
    dialog = window.portfolio.export_dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(lambda: dialog.collected is not None, timeout=10000)
    return dialog


def test_export_action_is_in_the_file_menu_with_its_shortcut(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert window.export_portfolio_action in file_menu.actions()
    assert window.export_portfolio_action.shortcut().toString() == "Ctrl+Shift+E"
    for action in (window.import_action, window.review_action, window.class_overview_action):
        assert action in file_menu.actions()
        assert not action.shortcut().isEmpty()


def test_preview_lists_private_entries_unticked_until_the_student_ticks_them(
    qtbot: QtBot, window: MainWindow, filled: Filled
) -> None:
    dialog = _export_dialog(qtbot, window)
    rows = dict(dialog.entry_rows())
    assert rows == {
        "Bridge of straws": True,
        "My diary": False,
        "<script>alert('title')</script> & friends": True,
    }
    collected = dialog.collected
    assert collected is not None
    assert filled.private_id not in {e.id for e in collected.data.entries}
    assert filled.private_goal_id not in {g.id for g in collected.data.goals}
    assert "1 private entry" in dialog.totals_label.text()

    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.include_private.setChecked(True)
    assert dict(dialog.entry_rows())["My diary"] is True
    assert dialog.collected is not None
    assert filled.private_id in {e.id for e in dialog.collected.data.entries}
    # Nothing private stays now; only the trashed entry does.
    assert "private entr" not in dialog.totals_label.text()
    assert "Staying on this computer: 1 entry in the trash." in dialog.totals_label.text()


def test_preview_shows_versions_goals_reflections_and_files_with_sizes(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _export_dialog(qtbot, window)
    sections = {item.text(0): item for item in top_level_items(dialog.tree)}
    assert sections["Versions"].text(1) == "4 of 4 (every version)"
    assert sections["Goals"].text(1) == "1 of 2 will leave"
    files = sections["Attached files"]
    assert files.childCount() == 2
    assert {child.text(0) for child in child_items(files)} == {"bridge.png", "diagram.svg"}
    assert all(child.text(2) for child in child_items(files))  # each with its size
    assert "Leaving: 2 entries with 4 versions, 1 goal, 2 reflections" in (
        dialog.totals_label.text()
    )

    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.revisions_combo.setCurrentIndex(1)
    sections = {item.text(0): item for item in top_level_items(dialog.tree)}
    assert "2 of 3 versions" in child_items(sections["Entries"])[0].text(1)
    assert "1 older version not chosen" in dialog.totals_label.text()


def test_paper_size_is_only_offered_for_pdf(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _export_dialog(qtbot, window)
    assert not dialog.page_combo.isEnabled()
    dialog.set_format("pdf")
    assert dialog.page_combo.isEnabled()


def test_export_in_the_background_writes_a_valid_archive_without_private_words(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _export_dialog(qtbot, window)
    asker_of(window).save_path = tmp_path / "for-mr-lee"
    with qtbot.waitSignal(dialog.exported, timeout=20000) as finished:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    result = finished.args[0]
    assert result.path == tmp_path / "for-mr-lee.portfolio.zip"
    assert asker_of(window).suggested[0].endswith(".portfolio.zip")
    info = verify_portfolio(result.path)
    assert (info.student_name, info.entries, info.goals) == ("Ada Example", 2, 1)
    with zipfile.ZipFile(result.path) as archive:
        names = set(archive.namelist())
        assert {"index.html", "manifest.json", "portfolio.json", "timeline.png"} <= names
        assert archive.read("timeline.png").startswith(b"\x89PNG")
        everything = b"".join(archive.read(n) for n in names)
    assert SECRET.encode() not in everything
    assert SECRET_GOAL.encode() not in everything
    assert "Saved your portfolio" in dialog.status_label.text()
    assert not dialog.busy


def test_cancelling_the_export_leaves_no_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _export_dialog(qtbot, window)
    out = tmp_path / "out"
    out.mkdir()
    with blocked(window):
        assert dialog.export(out / "cancelled.portfolio.zip")
        assert dialog.progress is not None
        cancel = dialog.progress.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        cancel.click()  # before the export has written a byte
    with qtbot.waitSignal(dialog.export_cancelled, timeout=20000):
        pass
    assert list(out.iterdir()) == []
    assert "no file was written" in dialog.status_label.text()
    assert dialog.export_button.isEnabled()


def test_timeline_picture_leaves_out_private_goals(
    qtbot: QtBot, window: MainWindow, filled: Filled
) -> None:
    from journal.portfolio.export import collect_for_export
    from journal.store.timeline_data import load_timeline
    from journal.ui.portfolio.export_dialog import filter_timeline, render_timeline_png

    data = collect_for_export(filled.journal)
    with filled.journal.read() as session:
        full = load_timeline(session)
    kept = filter_timeline(
        full,
        entries={e.id for e in data.entries},
        goals={g.id for g in data.goals},
        reflections={r.id for r in data.reflections},
        feedback={f.id for f in data.feedback},
    )
    assert filled.private_id in full.entries.ids
    assert set(kept.entries.ids) == {filled.shared_id, filled.xss_id}
    assert [g.id for g in kept.goals] == [filled.goal_id]
    assert len(kept.entries.tag_offsets) == len(kept.entries.ids) + 1
    png = render_timeline_png(filled.journal, data)
    assert png is not None and png.startswith(b"\x89PNG")


# -- File → Import… ---------------------------------------------------------------------------


def test_importing_a_jrnl_journal_through_the_window_adds_its_entries(
    qtbot: QtBot, window: MainWindow, filled: Filled
) -> None:
    before = window.entries.total
    asker_of(window).open_path = FIXTURES / "jrnl_journal.txt"
    window.import_action.trigger()
    dialog = window.portfolio.import_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.imported, timeout=20000) as done:
        pass
    result = done.args[0]
    assert result.kind == "jrnl"
    assert dialog.chosen_kind() == "jrnl"  # the dialog says what kind it turned out to be
    assert window.entries.total > before
    with filled.journal.read() as session:
        titles = set(session.scalars(select(Entry.title)))
    assert "Fractions homework" in titles
    assert dialog.result_label.text() == dialog.message
    assert dialog.message.startswith("Imported 4 entries from jrnl, private until you share them.")
    assert dialog.message in window.statusBar().currentMessage()


def test_feedback_for_another_journal_is_refused_with_one_sentence(
    qtbot: QtBot, window: MainWindow, filled: Filled, tmp_path: Path
) -> None:
    feedback = new_feedback_file(
        portfolio_id="7d6f9c1e-0000-4000-8000-000000000001",
        journal_id="7d6f9c1e-0000-4000-8000-000000000002",
        student_name="Sam Rivera",
        author_name="Ms Park",
    )
    feedback.comments.append(
        FeedbackComment(
            id="7d6f9c1e-0000-4000-8000-000000000003",
            target_kind="entry",
            target_id=filled.shared_id,
            body="Lovely work.",
            author_name="Ms Park",
        )
    )
    path = write_feedback_file(feedback, tmp_path / "sam.feedback.json")
    dialog = window.portfolio.import_file(path)
    assert dialog is not None
    with qtbot.waitSignal(dialog.refused, timeout=20000) as refused:
        pass
    message = refused.args[0]
    assert message == (
        "sam.feedback.json is feedback on Sam Rivera’s portfolio, not on this journal, so it "
        "was not added; ask your teacher for the feedback on your own portfolio."
    )
    assert message.count(". ") == 0 and message.endswith(".")
    assert dialog.result_label.text() == message
    with filled.journal.read() as session:
        assert session.scalar(select(func.count()).select_from(Feedback)) == 1  # only the old one


def test_a_file_of_unknown_kind_asks_the_student_to_choose_its_kind(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "notes.json"
    path.write_text(json.dumps({"hello": "there"}))
    dialog = window.portfolio.import_file(path)
    assert dialog is not None
    with qtbot.waitSignal(dialog.refused, timeout=20000) as refused:
        pass
    assert "choose its kind above" in refused.args[0]
    assert dialog.import_button.isEnabled()


# -- accessibility --------------------------------------------------------------------------------


def test_every_control_of_the_export_and_import_dialogs_has_a_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _export_dialog(qtbot, window)
    assert unnamed_controls(dialog) == []
    importer = window.portfolio.import_file(FIXTURES / "jrnl_journal.txt")
    assert importer is not None
    with qtbot.waitSignal(importer.imported, timeout=20000):
        pass
    assert unnamed_controls(importer) == []
    assert window.portfolio.feedback_panel is not None
    assert unnamed_controls(window.portfolio.feedback_panel) == []


def test_entries_with_unread_feedback_carry_a_badge_in_the_list(
    qtbot: QtBot, window: MainWindow, filled: Filled
) -> None:
    def colours(entry_id: str) -> set[str]:
        row = window.entries.row_of(entry_id)
        assert row is not None
        rect = window.entry_list.visualRect(window.entries.index(row))
        image = window.entry_list.viewport().grab(rect).toImage()
        return {
            image.pixelColor(x, y).name()
            for x in range(image.width() // 2, image.width())
            for y in range(image.height() // 2)
        }

    assert FEEDBACK_BADGE_COLOUR in colours(filled.shared_id)  # "Great testing!" is unread
    assert FEEDBACK_BADGE_COLOUR not in colours(filled.xss_id)
    row = window.entries.row_of(filled.shared_id)
    assert row is not None
    spoken = window.entries.data(window.entries.index(row), Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.endswith("1 new comment")


@pytest.mark.parametrize(("fmt", "name"), [("pdf", "ada.pdf"), ("html", "ada-site")])
def test_pdf_and_web_page_exports_run_in_the_background_too(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, fmt: str, name: str
) -> None:
    dialog = _export_dialog(qtbot, window)
    dialog.set_format(fmt)
    if fmt == "pdf":
        dialog.page_combo.setCurrentIndex(dialog.page_combo.findData("Letter"))
    asker_of(window).save_path = tmp_path / name.removesuffix(".pdf")
    with qtbot.waitSignal(dialog.exported, timeout=30000) as finished:
        dialog.export_button.click()
    out = finished.args[0].path
    assert out == tmp_path / name
    if fmt == "pdf":
        assert out.read_bytes().startswith(b"%PDF")
    else:
        assert (out / "index.html").is_file() and (out / "timeline.png").is_file()


def test_feedback_import_counts_its_comments_in_words_that_agree(
    qtbot: QtBot, window: MainWindow, filled: Filled, tmp_path: Path
) -> None:
    from journal.store.models import LearnerProfile

    with filled.journal.read() as session:
        profile = session.scalar(select(LearnerProfile))
        assert profile is not None
        journal_id = profile.journal_id
    feedback = new_feedback_file(
        portfolio_id="7d6f9c1e-0000-4000-8000-000000000011",
        journal_id=journal_id,
        student_name="Ada Example",
        author_name="Mr Lee",
    )
    feedback.comments.append(
        FeedbackComment(
            id="7d6f9c1e-0000-4000-8000-000000000012",
            target_kind="entry",
            target_id=filled.xss_id,
            body="One thing to fix.",
            author_name="Mr Lee",
        )
    )
    path = write_feedback_file(feedback, tmp_path / "one.feedback.json")
    dialog = window.portfolio.import_file(path)
    assert dialog is not None
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        pass
    added = "Added 1 new comment from Mr Lee; look for the New mark."
    assert dialog.result_label.text() == added
    assert window.statusBar().currentMessage() == added

    again = window.portfolio.import_file(path)
    assert again is not None
    with qtbot.waitSignal(again.imported, timeout=20000):
        pass
    assert again.message == "The 1 comment from Mr Lee was already in your journal."
