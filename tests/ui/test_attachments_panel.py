"""The attachments panel: adding by drop or dialog, thumbnails, opening, removing, revisions."""

from __future__ import annotations

import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from pytestqt.wait_signal import SignalBlocker
from sqlalchemy import func, select

from journal.actions import Changes, Kind
from journal.actions import attachments as attachment_actions
from journal.store.attachments import blob_path, store_file
from journal.store.database import Journal
from journal.store.entries import create_entry, save_revision
from journal.store.errors import JournalError
from journal.store.models import Attachment, EntryAttachment, RevisionAttachment
from journal.ui.attachments_panel import AttachmentListModel, AttachmentsPanel, safe_filename
from journal.ui.runner import ActionRunner
from journal.ui.thumbnails import (
    THUMBNAIL_SIZE,
    ThumbnailCache,
    make_thumbnail,
    missing_file_icon,
    thumbnail_path,
)


def make_picture(path: Path, colour: str = "#D02020", size: tuple[int, int] = (400, 300)) -> Path:
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def drag_and_drop(target: QWidget, paths: list[Path]) -> tuple[bool, bool]:
    """Send a drag-enter and a drop of these files; returns whether each was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    # QDragEnterEvent takes an integer QPoint (QDropEvent a QPointF).
    enter = QDragEnterEvent(
        QPoint(20, 60),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(
        QPointF(20, 60),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


def blob_files(journal: Journal) -> list[Path]:
    return [
        p
        for p in journal.paths.attachments.rglob("*")
        if p.is_file() and not p.name.startswith(".")
    ]


def recorder(opened: list[QUrl]) -> Callable[[QUrl], bool]:
    """Stands in for opening a file in its own app: records the URL, says it worked."""

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    return open_url


def link_count(journal: Journal, entry_id: str) -> int:
    with journal.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(EntryAttachment)
                .where(EntryAttachment.entry_id == entry_id)
            )
            or 0
        )


@pytest.fixture
def entry_id(journal: Journal) -> str:
    with journal.write() as s:
        return create_entry(s, title="Volcano model", body="Foam went 40 cm.").id


@pytest.fixture
def panel(qtbot: QtBot, runner: ActionRunner, entry_id: str) -> Iterator[AttachmentsPanel]:
    widget = AttachmentsPanel(runner)
    qtbot.addWidget(widget)
    widget.resize(300, 480)
    widget.show_entry(entry_id)
    yield widget
    widget.wait_for_tasks()


def files_changed(qtbot: QtBot, panel: AttachmentsPanel, timeout: int = 10000) -> SignalBlocker:
    """Wait for the runner to say the panel's entry's files changed."""

    def about_files(changes: Changes, _initiator: object) -> bool:
        return changes.touches_entry(panel.entry_id, Kind.ATTACHMENTS)

    return qtbot.waitSignal(
        panel.runner.journal_changed, timeout=timeout, check_params_cb=about_files
    )


def add_and_wait(qtbot: QtBot, panel: AttachmentsPanel, paths: list[Path]) -> None:
    with files_changed(qtbot, panel):
        accepted = drag_and_drop(panel, paths)
    assert accepted == (True, True)


def attach_directly(journal: Journal, entry_id: str, path: Path) -> str:
    from journal.store.attachments import attach

    with journal.write() as s:
        return attach(s, entry_id, store_file(journal.paths, path)).id


def test_dropped_picture_is_stored_attached_and_shown_with_a_thumbnail(
    qtbot: QtBot, panel: AttachmentsPanel, journal: Journal, entry_id: str, tmp_path: Path
) -> None:
    picture = make_picture(tmp_path / "volcano.png")

    with files_changed(qtbot, panel) as changed:
        assert drag_and_drop(panel, [picture]) == (True, True)

    assert changed.args[0].entry_ids == {entry_id} and changed.args[1] is panel
    # Drops over the grid reach the panel: the grid itself takes none.
    assert panel.acceptDrops() and not panel.view.viewport().acceptDrops()
    stored = blob_files(journal)
    assert len(stored) == 1 and stored[0].read_bytes() == picture.read_bytes()
    with journal.read() as s:
        link = s.scalars(select(EntryAttachment)).one()
        assert (link.entry_id, link.filename) == (entry_id, "volcano.png")
        sha = link.attachment.sha256
    assert stored[0] == blob_path(journal.paths, sha)
    assert panel.model.rowCount() == 1
    assert panel.model.item(0).filename == "volcano.png"

    qtbot.waitUntil(lambda: panel.model.has_thumbnail(0), timeout=10000)
    cached = QImage(str(thumbnail_path(journal.paths, sha)))
    assert (cached.width(), cached.height()) == (THUMBNAIL_SIZE, THUMBNAIL_SIZE * 3 // 4)
    icon = panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    shown = icon.pixmap(96, 96).toImage()
    centre = shown.pixelColor(shown.width() // 2, shown.height() // 2)
    assert (centre.red(), centre.green(), centre.blue()) == (0xD0, 0x20, 0x20)
    # The new file is selected, ready for Enter to open it.
    assert [item.filename for item in panel.selected_items()] == ["volcano.png"]


def test_the_same_file_dropped_twice_is_stored_and_listed_once(
    qtbot: QtBot, panel: AttachmentsPanel, journal: Journal, entry_id: str, tmp_path: Path
) -> None:
    picture = make_picture(tmp_path / "bridge.png")
    add_and_wait(qtbot, panel, [picture])

    drag_and_drop(panel, [picture])
    qtbot.waitUntil(lambda: not panel.busy, timeout=10000)

    assert len(blob_files(journal)) == 1
    with journal.read() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 1
    assert link_count(journal, entry_id) == 1
    assert panel.model.rowCount() == 1
    assert "already" in panel.message.text()


def test_the_same_content_under_another_name_on_another_entry_shares_one_stored_file(
    qtbot: QtBot, panel: AttachmentsPanel, journal: Journal, entry_id: str, tmp_path: Path
) -> None:
    first = make_picture(tmp_path / "a.png")
    second = tmp_path / "copy-of-a.png"
    second.write_bytes(first.read_bytes())
    add_and_wait(qtbot, panel, [first])
    with journal.write() as s:
        other = create_entry(s, title="Another").id
    panel.show_entry(other)

    add_and_wait(qtbot, panel, [second])

    assert len(blob_files(journal)) == 1
    assert link_count(journal, entry_id) == 1 and link_count(journal, other) == 1
    assert panel.model.item(0).filename == "copy-of-a.png"


def test_several_files_in_one_drop_are_all_added_in_order(
    qtbot: QtBot, panel: AttachmentsPanel, journal: Journal, tmp_path: Path
) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4 my report")
    notes = tmp_path / "notes.txt"
    notes.write_text("what I measured")
    add_and_wait(qtbot, panel, [report, notes])

    assert [i.filename for i in panel.model.items()] == ["report.pdf", "notes.txt"]
    assert [i.media_type for i in panel.model.items()] == ["application/pdf", "text/plain"]
    # Not pictures: a drawn file-type icon, no thumbnail.
    panel.wait_for_tasks()
    assert not panel.model.has_thumbnail(0)
    icon = panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull()


def test_a_folder_in_a_drop_is_skipped_with_a_message(
    qtbot: QtBot, panel: AttachmentsPanel, tmp_path: Path
) -> None:
    folder = tmp_path / "holiday"
    folder.mkdir()
    picture = make_picture(tmp_path / "beach.png")

    add_and_wait(qtbot, panel, [folder, picture])

    assert [i.filename for i in panel.model.items()] == ["beach.png"]
    assert "holiday" in panel.message.text()


def test_a_drop_of_web_links_is_refused(panel: AttachmentsPanel) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.org/picture.png")])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, enter)
    assert not enter.isAccepted()


def test_add_files_button_asks_through_the_seam_and_attaches(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    journal: Journal,
    entry_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    picture = make_picture(tmp_path / "poster.jpg")
    monkeypatch.setattr(panel, "_ask_for_files", lambda: [picture])

    with files_changed(qtbot, panel):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    assert link_count(journal, entry_id) == 1
    assert panel.model.item(0).filename == "poster.jpg"


def test_choosing_no_files_in_the_dialog_changes_nothing(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    journal: Journal,
    entry_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(panel, "_ask_for_files", lambda: [])
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert not panel.busy
    assert link_count(journal, entry_id) == 0


def test_a_missing_file_shows_the_placeholder_and_says_file_missing(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    journal: Journal,
    entry_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    attach_directly(journal, entry_id, make_picture(tmp_path / "lost.png"))
    blob_files(journal)[0].unlink()
    opened: list[QUrl] = []
    monkeypatch.setattr(panel, "_open_url", recorder(opened))

    panel.show_entry(entry_id)
    panel.show()
    qtbot.waitExposed(panel)

    index = panel.model.index(0, 0)
    assert panel.model.data(index, Qt.ItemDataRole.DisplayRole) == "lost.png\nFile missing"
    # The tile is tall enough for the picture and both lines of text.
    tile = panel.view.visualRect(index)
    assert tile.height() >= 96 + 2 * panel.view.fontMetrics().height()
    shown = panel.model.data(index, Qt.ItemDataRole.DecorationRole).pixmap(96, 96).toImage()
    assert shown == missing_file_icon().pixmap(96, 96).toImage()
    assert "missing" in panel.model.data(index, Qt.ItemDataRole.AccessibleTextRole)

    panel.open_item(panel.model.item(0))
    panel.wait_for_tasks()
    assert opened == []
    assert "lost.png is missing" in panel.message.text()
    # Drawing the panel with a missing file works too.
    assert not panel.grab().isNull()


def test_adding_a_missing_file_again_brings_it_back(
    qtbot: QtBot, panel: AttachmentsPanel, journal: Journal, entry_id: str, tmp_path: Path
) -> None:
    picture = make_picture(tmp_path / "found.png")
    attach_directly(journal, entry_id, picture)
    blob_files(journal)[0].unlink()
    panel.show_entry(entry_id)
    assert not panel.model.item(0).present

    panel.add_files([picture])
    qtbot.waitUntil(lambda: not panel.busy, timeout=10000)

    assert panel.model.rowCount() == 1 and panel.model.item(0).present
    assert link_count(journal, entry_id) == 1
    assert "is back" in panel.message.text()
    qtbot.waitUntil(lambda: panel.model.has_thumbnail(0), timeout=10000)


def test_remove_detaches_but_the_older_revision_keeps_the_file(
    qtbot: QtBot, panel: AttachmentsPanel, journal: Journal, entry_id: str, tmp_path: Path
) -> None:
    attach_directly(journal, entry_id, make_picture(tmp_path / "draft.png"))
    with journal.write() as s:
        revision = save_revision(s, entry_id)
        assert revision is not None
        revision_id = revision.id
    panel.show_entry(entry_id)
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    assert panel.remove_button.isEnabled()

    with files_changed(qtbot, panel) as changed:
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)

    assert changed.args[0].entry_ids == {entry_id} and changed.args[1] is panel
    assert link_count(journal, entry_id) == 0
    assert panel.model.rowCount() == 0
    with journal.read() as s:
        kept = s.scalars(select(RevisionAttachment)).one()
        assert (kept.revision_id, kept.filename) == (revision_id, "draft.png")
    assert len(blob_files(journal)) == 1
    assert "Older revisions still keep it" in panel.message.text()


def test_delete_key_removes_the_selected_file(
    qtbot: QtBot, panel: AttachmentsPanel, journal: Journal, entry_id: str, tmp_path: Path
) -> None:
    attach_directly(journal, entry_id, make_picture(tmp_path / "one.png", "#2020D0"))
    attach_directly(journal, entry_id, make_picture(tmp_path / "two.png", "#20D020"))
    panel.show_entry(entry_id)
    panel.show()
    qtbot.waitExposed(panel)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(1, 0))

    with files_changed(qtbot, panel):
        qtbot.keyClick(panel.view, Qt.Key.Key_Delete)

    assert [i.filename for i in panel.model.items()] == ["one.png"]
    assert link_count(journal, entry_id) == 1


def test_show_revision_lists_that_revisions_files_read_only(
    qtbot: QtBot, panel: AttachmentsPanel, journal: Journal, entry_id: str, tmp_path: Path
) -> None:
    attach_directly(journal, entry_id, make_picture(tmp_path / "first.png"))
    with journal.write() as s:
        first = save_revision(s, entry_id, body="First draft")
        assert first is not None
        first_id = first.id
    attach_directly(journal, entry_id, make_picture(tmp_path / "second.png", "#20D020"))
    with journal.write() as s:
        assert save_revision(s, entry_id, body="Second draft") is not None
    later = make_picture(tmp_path / "later.png", "#2020D0")

    panel.show_revision(first_id)

    assert [i.filename for i in panel.model.items()] == ["first.png"]
    assert panel.revision_id == first_id and panel.entry_id == entry_id
    assert panel.read_only
    assert panel.add_button.isHidden() and panel.remove_button.isHidden()
    assert "revision 2" in panel.heading.text()  # revision 1 is the text it was created with
    assert drag_and_drop(panel, [later]) == (False, False)
    assert panel.add_files([later]) is False
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    assert panel.remove_selected() == 0
    assert link_count(journal, entry_id) == 2

    panel.show_entry(entry_id)
    assert [i.filename for i in panel.model.items()] == ["first.png", "second.png"]
    assert not panel.add_button.isHidden()


def test_opening_hands_a_read_only_named_copy_to_the_systems_viewer(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    journal: Journal,
    entry_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    report = tmp_path / "Lab report.pdf"
    report.write_bytes(b"%PDF-1.4 results")
    attach_directly(journal, entry_id, report)
    panel.show_entry(entry_id)
    panel.show()
    qtbot.waitExposed(panel)
    opened: list[QUrl] = []
    monkeypatch.setattr(panel, "_open_url", recorder(opened))
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))

    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)

    copy = Path(opened[0].toLocalFile())
    assert copy.name == "Lab report.pdf"
    assert copy.read_bytes() == b"%PDF-1.4 results"
    assert not copy.stat().st_mode & stat.S_IWUSR
    assert copy != blob_path(journal.paths, panel.model.item(0).sha256)


def test_when_no_app_can_open_a_file_the_panel_says_so(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    journal: Journal,
    entry_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    odd = tmp_path / "model.stl"
    odd.write_bytes(b"solid volcano")
    attach_directly(journal, entry_id, odd)
    panel.show_entry(entry_id)
    monkeypatch.setattr(panel, "_open_url", lambda url: False)
    panel.view.setCurrentIndex(panel.model.index(0, 0))

    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no app" in panel.message.text(), timeout=10000)


def test_cancel_in_the_progress_dialog_stops_the_copy_and_attaches_nothing(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    journal: Journal,
    entry_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    big = tmp_path / "video.mp4"
    big.write_bytes(b"\0" * 1024)
    gave_up = threading.Event()

    def slow_store_file(
        paths: object,
        source: Path,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> object:
        # A copy that only ends when cancelled (or, if the test broke, after 10 s).
        for step in range(1000):
            if cancelled is not None and cancelled():
                raise JournalError("Adding the file was cancelled.")
            if progress is not None:
                progress(step, 1000)
            if gave_up.wait(0.01):
                break
        raise AssertionError("the copy was never cancelled")

    monkeypatch.setattr(attachment_actions, "store_file", slow_store_file)
    assert panel.add_files([big])
    assert panel.busy

    qtbot.waitUntil(lambda: panel.runner.progress_dialog.isVisible(), timeout=5000)
    cancel = panel.runner.progress_dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    assert cancel.accessibleName() == "Cancel adding files"
    cancel.click()
    qtbot.waitUntil(lambda: not panel.busy, timeout=5000)
    gave_up.set()

    assert link_count(journal, entry_id) == 0
    assert panel.model.rowCount() == 0
    assert "cancelled" in panel.message.text()


def test_files_dropped_while_a_copy_runs_are_added_after_it(
    qtbot: QtBot, panel: AttachmentsPanel, journal: Journal, entry_id: str, tmp_path: Path
) -> None:
    first = make_picture(tmp_path / "first.png")
    second = make_picture(tmp_path / "second.png", "#20D020")
    assert panel.add_files([first])
    assert panel.add_files([second])

    qtbot.waitUntil(lambda: link_count(journal, entry_id) == 2 and not panel.busy, timeout=10000)
    panel.wait_for_tasks()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)


def test_without_an_entry_the_panel_is_empty_and_refuses_files(
    panel: AttachmentsPanel, tmp_path: Path
) -> None:
    panel.show_entry(None)
    assert panel.model.rowCount() == 0
    assert not panel.add_button.isEnabled()
    assert panel.add_files([make_picture(tmp_path / "x.png")]) is False
    assert "Choose an entry" in panel.view.placeholder()


def test_safe_filename_keeps_names_inside_their_folder() -> None:
    assert safe_filename("../../etc/passwd") == "passwd"
    assert safe_filename("..\\..\\boot.ini") == "boot.ini"
    assert safe_filename('my: "best" work?.pdf') == "my_ _best_ work_.pdf"
    assert safe_filename("") == "attachment"
    assert safe_filename("..") == "attachment"


def test_a_cached_thumbnail_is_used_without_decoding_the_picture_again(
    journal: Journal, tmp_path: Path
) -> None:
    picture = make_picture(tmp_path / "p.png", size=(800, 200))
    target = tmp_path / "thumbs" / "p-192.png"
    first = make_thumbnail(picture, target)
    assert first is not None and (first.width(), first.height()) == (192, 48)
    picture.unlink()

    again = make_thumbnail(picture, target)

    assert again is not None and again.size() == first.size()


def test_a_file_that_is_not_really_a_picture_gets_no_thumbnail_and_no_crash(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    fake = tmp_path / "broken.png"
    fake.write_bytes(b"not a png at all")
    stored = store_file(journal.paths, fake)
    cache = ThumbnailCache(journal.paths)

    with qtbot.waitSignal(cache.thumbnail_ready) as ready:
        cache.request(stored.sha256)

    assert ready.args == [stored.sha256]
    assert cache.is_known(stored.sha256) and cache.pixmap(stored.sha256) is None
    assert not thumbnail_path(journal.paths, stored.sha256).exists()
    cache.wait()


def test_model_passes_the_qt_model_tester(
    qtmodeltester: ModelTester,
    panel: AttachmentsPanel,
    journal: Journal,
    entry_id: str,
    tmp_path: Path,
) -> None:
    attach_directly(journal, entry_id, make_picture(tmp_path / "m.png"))
    notes = tmp_path / "notes.md"
    notes.write_text("# notes")
    attach_directly(journal, entry_id, notes)
    panel.show_entry(entry_id)
    assert isinstance(panel.model, AttachmentListModel)
    qtmodeltester.check(panel.model)


def test_every_interactive_widget_has_an_accessible_name(
    qtbot: QtBot, panel: AttachmentsPanel, journal: Journal, entry_id: str, tmp_path: Path
) -> None:
    attach_directly(journal, entry_id, make_picture(tmp_path / "a.png"))
    panel.show_entry(entry_id)
    panel.show()
    qtbot.waitExposed(panel)
    focusable = [
        w
        for w in panel.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(panel)
    ]
    assert {panel.add_button, panel.view, panel.open_button, panel.remove_button} <= set(focusable)
    assert [w for w in focusable if not w.accessibleName().strip()] == []


def test_tab_walks_from_add_files_through_the_files_to_open_and_remove(
    qtbot: QtBot, panel: AttachmentsPanel, journal: Journal, entry_id: str, tmp_path: Path
) -> None:
    attach_directly(journal, entry_id, make_picture(tmp_path / "a.png"))
    panel.show_entry(entry_id)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    panel.add_button.setFocus()
    qtbot.waitUntil(panel.add_button.hasFocus)
    panel.view.setCurrentIndex(panel.model.index(0, 0))

    visited = [QApplication.focusWidget()]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())

    assert visited == [panel.add_button, panel.view, panel.open_button, panel.remove_button]


def test_panel_fits_a_300_pixel_dock(panel: AttachmentsPanel) -> None:
    assert panel.minimumSizeHint().width() <= 300


# -- undo: adding and removing are taken back by Edit → Undo ----------------------


def test_undoing_an_add_takes_the_files_out_and_redo_brings_them_back(
    qtbot: QtBot, panel: AttachmentsPanel, journal: Journal, entry_id: str, tmp_path: Path
) -> None:
    add_and_wait(qtbot, panel, [make_picture(tmp_path / "a.png")])
    notes = tmp_path / "notes.txt"
    notes.write_text("what I measured")
    add_and_wait(qtbot, panel, [notes])
    assert [i.filename for i in panel.model.items()] == ["a.png", "notes.txt"]
    assert panel.runner.undo_stack.undoText() == "Add files"

    panel.runner.undo_stack.undo()

    assert [i.filename for i in panel.model.items()] == ["a.png"]
    assert link_count(journal, entry_id) == 1
    assert len(blob_files(journal)) == 2  # the stored file stays: redo needs it
    panel.runner.undo_stack.redo()
    assert [i.filename for i in panel.model.items()] == ["a.png", "notes.txt"]
    assert link_count(journal, entry_id) == 2


def test_undoing_a_removal_puts_the_file_back_in_its_place(
    qtbot: QtBot, panel: AttachmentsPanel, journal: Journal, entry_id: str, tmp_path: Path
) -> None:
    for name, colour in (("one.png", "#2020D0"), ("two.png", "#20D020"), ("three.png", "#D02020")):
        attach_directly(journal, entry_id, make_picture(tmp_path / name, colour))
    panel.show_entry(entry_id)
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    assert panel.remove_selected() == 1
    assert [i.filename for i in panel.model.items()] == ["one.png", "three.png"]
    assert panel.runner.undo_stack.undoText() == "Remove files"
    assert "Removed two.png" in panel.message.text()

    panel.runner.undo_stack.undo()

    assert [i.filename for i in panel.model.items()] == ["one.png", "two.png", "three.png"]
    assert panel.message.isHidden()  # "Removed two.png" is no longer true
    assert link_count(journal, entry_id) == 3


def test_files_changed_elsewhere_show_without_reopening_the_entry(
    panel: AttachmentsPanel, journal: Journal, entry_id: str, tmp_path: Path
) -> None:
    stored = store_file(journal.paths, make_picture(tmp_path / "from-menu.png"))
    panel.runner.run(attachment_actions.attach_files, entry_id, [stored])
    assert [i.filename for i in panel.model.items()] == ["from-menu.png"]


def test_a_revision_shown_stays_as_it_was_when_the_working_files_change(
    panel: AttachmentsPanel, journal: Journal, entry_id: str, tmp_path: Path
) -> None:
    attach_directly(journal, entry_id, make_picture(tmp_path / "first.png"))
    with journal.write() as s:
        revision = save_revision(s, entry_id, body="First draft")
        assert revision is not None
        revision_id = revision.id
    panel.show_revision(revision_id)
    stored = store_file(journal.paths, make_picture(tmp_path / "later.png", "#20D020"))

    panel.runner.run(attachment_actions.attach_files, entry_id, [stored])

    assert panel.revision_id == revision_id
    assert [i.filename for i in panel.model.items()] == ["first.png"]


def test_a_read_only_runner_shows_files_but_offers_no_adding_or_removing(
    qtbot: QtBot, journal: Journal, entry_id: str, tmp_path: Path, data_dir: Path
) -> None:
    attach_directly(journal, entry_id, make_picture(tmp_path / "a.png"))
    reader = Journal.open(data_dir, read_only=True)
    try:
        panel = AttachmentsPanel(ActionRunner(reader, lambda _t, _m: None))
        qtbot.addWidget(panel)
        panel.show_entry(entry_id)
        panel.view.setCurrentIndex(panel.model.index(0, 0))
        assert [i.filename for i in panel.model.items()] == ["a.png"]
        assert panel.read_only
        assert not panel.add_button.isEnabled() and not panel.remove_button.isEnabled()
        assert panel.open_button.isEnabled()
        assert panel.add_files([make_picture(tmp_path / "b.png")]) is False
        assert panel.remove_selected() == 0
        panel.wait_for_tasks()
    finally:
        reader.close()
    assert link_count(journal, entry_id) == 1
