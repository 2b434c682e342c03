"""The files of the student's work attached to an entry, or to one revision of it.

An entry's attachments are its working state (they join the next revision);
a revision's attachments are the work as it was then, shown read-only.
Copying a file into the journal is the ``store_files`` action, run on the
writer thread through ``ActionRunner.submit`` with progress and Cancel;
attaching the stored files (``attach_files``) and taking files out
(``detach_files``) are quick, undoable actions. The panel reads through
:mod:`journal.store.read_models.attachments` and refreshes itself when
``journal_changed`` says its entry's attachments changed. A file missing
from the journal folder is shown with a placeholder and "File missing",
never a crash.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from journal.actions import Changes, Kind
from journal.actions.attachments import (
    AttachResult,
    StoreResult,
    attach_files,
    detach_files,
    store_files,
)
from journal.store.errors import JournalError, NotFoundError
from journal.store.read_models.attachments import (
    AttachmentItem,
    entry_attachments,
    revision_attachments,
)
from journal.store.scratch import open_copies_dir
from journal.ui import file_places
from journal.ui.formatting import format_day, format_size
from journal.ui.runner import ActionRunner
from journal.ui.tasks import CancelToken, TaskRunner
from journal.ui.thumbnails import (
    ThumbnailCache,
    file_icon_key,
    file_type_icon,
    framed_thumbnail,
    is_image,
    missing_file_icon,
)
from journal.ui.widgets import MutedLabel

__all__ = [
    "AttachmentItem",
    "AttachmentListModel",
    "AttachmentView",
    "AttachmentsPanel",
    "local_files",
    "prepare_open_copy",
    "safe_filename",
]

Index = QModelIndex | QPersistentModelIndex

ICON_PX = 96

if TYPE_CHECKING:
    from journal.store.crypto import DataKey


# -- helpers (no widgets) ----------------------------------------------------------


def local_files(mime: QMimeData) -> list[Path]:
    """The local files (not web links) in dragged or pasted data, in order."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


_UNSAFE_NAME = re.compile(r'[\x00-\x1f<>:"/\\|?*]')


def safe_filename(name: str) -> str:
    """A file name that is safe to create anywhere (names may come from imports)."""
    base = PurePath(name.replace("\\", "/")).name
    base = _UNSAFE_NAME.sub("_", base).strip(" .")
    return base[:120] or "attachment"


def prepare_open_copy(
    blob: Path,
    sha256: str,
    filename: str,
    folder: Path | None = None,
    key: DataKey | None = None,
) -> Path:
    """A read-only copy of an attachment under its own name, for the system's viewer.

    The stored file is named by its hash (no extension), so the system would
    not know which app opens it; and a viewer that saves in place must never
    change the student's stored work. Runs off the GUI thread. In a locked
    journal (``key``) the copy is the decrypted file: the viewer needs it plain.
    """
    folder = (folder or open_copies_dir()) / sha256[:16]
    target = folder / safe_filename(filename)
    size = blob.stat().st_size
    if key is None and target.is_file() and target.stat().st_size == size:
        return target
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".opening-", dir=folder)
    os.close(fd)
    try:
        if key is None:
            shutil.copyfile(blob, tmp_name)
        else:
            from journal.store.crypto import read_chunks

            with open(tmp_name, "wb") as out:
                for chunk in read_chunks(blob, key):
                    out.write(chunk)
        os.chmod(tmp_name, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        if target.exists():
            os.chmod(target, stat.S_IRUSR | stat.S_IWUSR)
        os.replace(tmp_name, target)
    finally:
        if Path(tmp_name).exists():
            os.chmod(tmp_name, stat.S_IRUSR | stat.S_IWUSR)
            Path(tmp_name).unlink()
    return target


# -- the model ---------------------------------------------------------------------


class AttachmentListModel(QAbstractListModel):
    """Attachments as snapshots, with thumbnails for pictures and drawn icons otherwise."""

    ItemRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, thumbnails: ThumbnailCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._items: list[AttachmentItem] = []
        self._icons: dict[Any, QIcon] = {}
        thumbnails.thumbnail_ready.connect(self._on_thumbnail_ready)

    def set_items(self, items: list[AttachmentItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()
        for item in self._items:
            if item.present and is_image(item.media_type, item.filename):
                self._thumbnails.request(item.sha256)

    def items(self) -> list[AttachmentItem]:
        return list(self._items)

    def item(self, row: int) -> AttachmentItem:
        return self._items[row]

    def row_of(self, item_id: str) -> int | None:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if not item.present:
                return f"{item.filename}\n{self.tr('File missing')}"
            return item.filename
        if role == Qt.ItemDataRole.DecorationRole:
            return self.icon_for(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not item.present:
                return self.tr("%1\nFile missing: it is no longer in the journal folder.").replace(
                    "%1", item.filename
                )
            return f"{item.filename}\n{format_size(item.size)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if not item.present:
                return self.tr("%1, file missing").replace("%1", item.filename)
            return f"{item.filename}, {format_size(item.size)}"
        if role == self.ItemRole:
            return item
        if role == self.IdRole:
            return item.id
        return None

    def icon_for(self, item: AttachmentItem) -> QIcon:
        """The picture shown for an attachment: thumbnail, file-type icon or placeholder."""
        if not item.present:
            key: Any = "missing"
            if key not in self._icons:
                self._icons[key] = missing_file_icon()
            return self._icons[key]
        thumbnail = self._thumbnails.pixmap(item.sha256)
        if thumbnail is not None:
            key = ("thumbnail", item.sha256)
            if key not in self._icons:
                self._icons[key] = framed_thumbnail(thumbnail)
            return self._icons[key]
        key = file_icon_key(item.filename, item.media_type)
        if key not in self._icons:
            self._icons[key] = file_type_icon(item.filename, item.media_type)
        return self._icons[key]

    def has_thumbnail(self, row: int) -> bool:
        return self._thumbnails.pixmap(self._items[row].sha256) is not None

    def _on_thumbnail_ready(self, sha256: str) -> None:
        for row, item in enumerate(self._items):
            if item.sha256 == sha256:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


# -- the view ----------------------------------------------------------------------


class _TileDelegate(QStyledItemDelegate):
    """Draws each tile a little below the top of its grid cell, so pictures get some air."""

    TOP = 6

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        moved = QStyleOptionViewItem(option)
        moved.rect = option.rect.adjusted(0, self.TOP, 0, 0)
        super().paint(painter, moved, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + self.TOP)


class AttachmentView(QListView):
    """An icon grid that draws a hint when empty and a frame while files are dragged over.

    Signals:
        remove_requested(): Delete or Backspace was pressed on the selection.
    """

    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = ""
        self._drop_highlight = False
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setIconSize(QSize(ICON_PX, ICON_PX))
        self.setGridSize(QSize(ICON_PX + 32, ICON_PX + 48))
        self.setItemDelegate(_TileDelegate(self))
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Drops are handled by the panel, which also takes them on its buttons.
        self.setDragEnabled(False)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.viewport().update()

    def placeholder(self) -> str:
        return self._placeholder

    def set_drop_highlight(self, on: bool) -> None:
        if on != self._drop_highlight:
            self._drop_highlight = on
            self.viewport().update()

    def event(self, event: QEvent) -> bool:
        # Delete here means "remove this attachment", even if the window has a
        # Delete shortcut (e.g. "move entry to trash"): claim the key first.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.selectionModel() is not None
            and self.selectionModel().hasSelection()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.remove_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        empty = self.model() is None or self.model().rowCount() == 0
        if not (self._drop_highlight or (empty and self._placeholder)):
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.viewport().rect().adjusted(6, 6, -6, -6)
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        if self._drop_highlight:
            fill = QColor(highlight)
            fill.setAlpha(28)
            painter.setBrush(fill)
            pen = QPen(highlight, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRoundedRect(area, 8, 8)
        if empty and self._placeholder:
            text = self.palette().color(QPalette.ColorRole.Text)
            back = self.palette().color(QPalette.ColorRole.Base)
            painter.setPen(
                QColor(
                    (text.red() * 2 + back.red()) // 3,
                    (text.green() * 2 + back.green()) // 3,
                    (text.blue() * 2 + back.blue()) // 3,
                )
            )
            painter.setFont(self.font())
            painter.drawText(
                QRect(area.adjusted(12, 12, -12, -12)),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._placeholder,
            )
        painter.end()


# -- the panel ---------------------------------------------------------------------


class AttachmentsPanel(QWidget):
    """The attachments of the current entry (editable) or of one revision (read-only).

    Adding and removing files are actions run through ``runner`` (Edit → Undo
    takes them back); the panel follows ``runner.journal_changed`` for its
    entry's attachments, whoever changed them.
    """

    def __init__(
        self,
        runner: ActionRunner,
        parent: QWidget | None = None,
        *,
        thumbnails: ThumbnailCache | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        # Read-only (a teacher's review) is decided once: no adding or removing.
        self._writable = not runner.read_only
        # Making copies to open is file work, not journal work: its own worker.
        self._tasks = TaskRunner(self)
        self.thumbnails = thumbnails or ThumbnailCache(lambda: runner.journal.paths, parent=self)
        self._entry_id: str | None = None
        self._revision_id: str | None = None
        self._adding: CancelToken | None = None
        # (entry id, files, notes to show when done) waiting for the running copy.
        self._queued: list[tuple[str, list[Path], list[str]]] = []
        self._last_folder = ""
        self.setAccessibleName(self.tr("Attachments"))
        self.setAcceptDrops(True)
        self._build()
        self._connect_signals()
        self.runner.journal_changed.connect(self._on_journal_changed)
        self.show_entry(None)

    # -- building --------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self.tr("Attachments"))
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.note = MutedLabel()
        self.note.hide()

        self.model = AttachmentListModel(self.thumbnails, self)
        self.view = AttachmentView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Attached files"))
        self.view.setAccessibleDescription(
            self.tr("Press Enter to open a file, Delete to remove it from this entry.")
        )
        self.heading.setBuddy(self.view)

        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.setAccessibleName(self.tr("Add files"))
        self.add_button.setToolTip(self.tr("Add pictures, documents or any other files"))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected file"))
        self.open_button.setToolTip(self.tr("Open with the app your computer uses for it"))
        self.remove_button = QPushButton(self.tr("Remove from entry"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected file from this entry"))
        self.remove_button.setToolTip(
            self.tr("Take it out of this entry. Older revisions still keep it.")
        )
        for button in (self.add_button, self.open_button, self.remove_button):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setAutoDefault(False)

        # The same commands as actions, for context menus and the window's menus.
        self.add_action = QAction(self.tr("Add files…"), self)
        self.open_action = QAction(self.tr("Open"), self)
        self.remove_action = QAction(self.tr("Remove from entry"), self)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(6)
        # Two short rows, so the panel fits a narrow dock (about 300 px).
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        # Tab order follows reading order: add, the files, then what to do with them.
        QWidget.setTabOrder(self.add_button, self.view)
        QWidget.setTabOrder(self.view, self.open_button)
        QWidget.setTabOrder(self.open_button, self.remove_button)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add_clicked)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_action.triggered.connect(self._on_add_clicked)
        self.open_action.triggered.connect(self.open_selected)
        self.remove_action.triggered.connect(self.remove_selected)
        self.view.activated.connect(self._on_activated)
        self.view.remove_requested.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

    # -- public API ------------------------------------------------------
    @property
    def entry_id(self) -> str | None:
        """The entry shown (also set in revision mode: the revision's entry)."""
        return self._entry_id

    @property
    def revision_id(self) -> str | None:
        """The revision shown read-only, or None when showing the entry's working files."""
        return self._revision_id

    @property
    def read_only(self) -> bool:
        """True for a revision, no entry, or a journal opened read-only."""
        return self._revision_id is not None or self._entry_id is None or not self._writable

    @property
    def busy(self) -> bool:
        """True while files are being copied into the journal."""
        return self._adding is not None

    @property
    def working_files_of(self) -> str | None:
        """The entry whose working attachments are on show (None when a revision's are)."""
        return self._entry_id if self._revision_id is None else None

    def show_entry(self, entry_id: str | None) -> None:
        """Show the entry's working attachments (editable); None shows nothing."""
        self.hide_message()
        self._show_working_files(entry_id)

    def _show_working_files(self, entry_id: str | None) -> None:
        self._entry_id = entry_id
        self._revision_id = None
        self.heading.setText(self.tr("Attachments"))
        self.note.hide()
        items: list[AttachmentItem] = []
        if entry_id is not None:
            try:
                items = entry_attachments(self.runner.journal, entry_id)
            except NotFoundError:
                self._entry_id = None
        self.model.set_items(items)
        if self._entry_id is None:
            self.view.set_placeholder(self.tr("Choose an entry to see its files."))
        elif not self._writable:
            self.view.set_placeholder(self.tr("No files in this entry."))
        else:
            self.view.set_placeholder(
                self.tr("No files yet. Drop pictures or documents here, or choose Add files…")
            )
        self._update_buttons()

    def show_revision(self, revision_id: str) -> None:
        """Show the attachments as they were in this revision, read-only."""
        self.hide_message()
        try:
            files = revision_attachments(self.runner.journal, revision_id)
        except NotFoundError:
            self.show_entry(None)
            self.show_message(self.tr("That revision no longer exists."), problem=True)
            return
        self._entry_id = files.entry_id
        self._revision_id = revision_id
        self.heading.setText(self.tr("Attachments in revision %1").replace("%1", str(files.seq)))
        local = format_day(files.created_at)
        self.note.setText(
            self.tr("The files as they were on %1. You can open them, not change them.").replace(
                "%1", local
            )
        )
        self.note.show()
        self.model.set_items(list(files.items))
        self.view.set_placeholder(self.tr("This revision had no files attached."))
        self._update_buttons()

    def reload(self) -> None:
        """Read the shown attachments again, keeping the selection where possible."""
        selected = {item.id for item in self.selected_items()}
        if self._revision_id is not None:
            self.show_revision(self._revision_id)
        else:
            self.show_entry(self._entry_id)
        self._select_ids(selected)

    def _on_journal_changed(self, changes: Changes, initiator: object) -> None:
        """The entry's working files changed (an add, a removal, an undo, a restore).

        The list is read again, keeping the selection; a message about this
        panel's own last change goes once someone else (an undo) changed the files.
        """
        if self._revision_id is None and changes.touches_entry(
            self._entry_id, Kind.ATTACHMENTS, Kind.ENTRIES
        ):
            if initiator is not self:
                self.hide_message()
            selected = {item.id for item in self.selected_items()}
            self._show_working_files(self._entry_id)
            self._select_ids(selected)

    def add_files(self, paths: list[Path]) -> bool:
        """Copy files into the journal (in the background) and attach them to the entry.

        Returns False (with a message in the panel) if nothing could be started:
        no entry, a read-only view, or no files among the paths. Folders are
        skipped. Files arriving while a copy runs are queued.
        """
        if self.read_only or self._entry_id is None:
            if self._revision_id is not None:
                self.show_message(
                    self.tr("This is an older revision; add files to the entry itself."),
                    problem=True,
                )
            elif self._entry_id is None:
                self.show_message(self.tr("Choose an entry first, then add files to it."), True)
            else:
                self.show_message(self.tr("This journal is open read-only."), problem=True)
            return False
        files = [Path(p) for p in paths if Path(p).is_file()]
        skipped = [Path(p) for p in paths if not Path(p).is_file()]
        notes: list[str] = []
        if skipped:
            names = ", ".join(p.name or str(p) for p in skipped)
            notes.append(self.tr("Only files can be added, not folders: %1").replace("%1", names))
        if not files:
            self.show_message("\n".join(notes) or self.tr("There were no files to add."), True)
            return False
        if notes:
            self.show_message("\n".join(notes), problem=True)
        else:
            self.hide_message()
        if self._adding is not None:
            self._queued.append((self._entry_id, files, notes))
            return True
        self._start_adding(self._entry_id, files, notes)
        return True

    def cancel_adding(self) -> None:
        """Stop the copy that is running (nothing from it is attached)."""
        if self._adding is not None:
            self._adding.cancel()
        self._queued.clear()

    def selected_items(self) -> list[AttachmentItem]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedIndexes())
        return [self.model.item(row) for row in rows]

    def open_selected(self) -> None:
        """Open the current attachment with the system's viewer (Enter or double-click)."""
        items = self.selected_items()
        current = self.view.currentIndex()
        if current.isValid() and self.model.item(current.row()) in items:
            self.open_item(self.model.item(current.row()))
        elif items:
            self.open_item(items[0])

    def open_item(self, item: AttachmentItem) -> None:
        if not item.present:
            self.show_message(
                self.tr(
                    "%1 is missing from the journal folder, so it can't be opened. "
                    "A backup may still have it."
                ).replace("%1", item.filename),
                problem=True,
            )
            return
        self.hide_message()
        assert item.path is not None
        self._tasks.run(
            prepare_open_copy,
            blob=item.path,
            sha256=item.sha256,
            filename=item.filename,
            key=self.runner.journal.paths.data_key,
            on_done=self._open_copy_ready,
            on_error=lambda exc: self._open_failed(item, exc),
            owner=self,
        )

    def remove_selected(self) -> int:
        """Take the selected attachments out of the entry; older revisions keep them."""
        items = self.selected_items()
        if self.read_only or not items or self._entry_id is None:
            return 0
        try:
            outcome = self.runner.run(
                detach_files,
                self._entry_id,
                tuple(item.id for item in items),
                initiator=self,
                quiet=True,
            )
        except JournalError as exc:
            self.show_message(str(exc), problem=True)
            return 0
        removed = outcome.value if outcome is not None else 0
        if removed == 1:
            text = self.tr("Removed %1 from this entry. Older revisions still keep it.")
            self.show_message(text.replace("%1", items[0].filename))
        elif removed:
            self.show_message(
                self.tr(
                    "Removed %n file(s) from this entry. Older revisions still keep them.",
                    "",
                    removed,
                )
            )
        return removed

    def wait_for_tasks(self, msecs: int = 30000) -> bool:
        """Block until background copies and thumbnails are done (tests, shutdown)."""
        return self.runner.wait(msecs) and self._tasks.wait(msecs) and self.thumbnails.wait(msecs)

    # -- messages --------------------------------------------------------
    def show_message(self, text: str, problem: bool = False) -> None:
        """A short note under the buttons (a problem is shown in red)."""
        self.message.setText(text)
        if problem:
            dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
            self.message.setStyleSheet(f"color: {'#F28B82' if dark else '#B3261E'};")
        else:
            self.message.setStyleSheet("")
        self.message.setProperty("problem", problem)
        self.message.show()

    def hide_message(self) -> None:
        self.message.hide()
        self.message.clear()

    # -- seams the tests patch -------------------------------------------------
    def _ask_for_files(self) -> list[Path]:
        """Ask the student which files to add (the one file-dialog seam)."""
        start = self._last_folder or file_places.start_folder()
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add files to this entry"), start, self.tr("All files (*)")
        )
        if names:
            self._last_folder = str(Path(names[0]).parent)
            file_places.remember(names[0])
        return [Path(name) for name in names]

    def _open_url(self, url: QUrl) -> bool:
        """Hand a file to the system's viewer (the one seam for opening)."""
        return QDesktopServices.openUrl(url)

    # -- adding ------------------------------------------------------------
    def _on_add_clicked(self) -> None:
        if self.read_only:
            return
        paths = self._ask_for_files()
        if paths:
            self.add_files(paths)

    def _start_adding(self, entry_id: str, files: list[Path], notes: list[str]) -> None:
        label = (
            self.tr("Adding %n file(s) to your journal…", "", len(files))
            if len(files) > 1
            else self.tr("Adding %1 to your journal…").replace("%1", files[0].name)
        )
        placeholder = CancelToken()
        self._adding = placeholder  # busy from now on, even before the copy starts
        token = self.runner.submit(
            store_files,
            list(files),
            label=label,
            parent=self,
            on_done=lambda result: self._on_stored(entry_id, result, notes),
            on_error=lambda exc: self._on_store_failed(exc),
            initiator=self,
        )
        if token is None:  # refused (read-only): the runner has said why
            self._adding = None
            self._queued.clear()
            return
        if self._adding is placeholder:
            self._adding = token
        dialog = getattr(self.runner, "progress_dialog", None)
        if dialog is not None:
            dialog.setWindowTitle(self.tr("Adding files"))
            cancel_button = dialog.findChild(QPushButton)
            if cancel_button is not None:
                cancel_button.setAccessibleName(self.tr("Cancel adding files"))

    def _on_stored(self, entry_id: str, stored: StoreResult, notes: list[str]) -> None:
        self._adding = None
        problems = [*notes, *stored.problems]
        good_news: list[str] = []
        added: tuple[str, ...] = ()
        showing = entry_id == self._entry_id and self._revision_id is None
        was_missing = {i.sha256 for i in self.model.items() if not i.present} if showing else set()
        if stored.cancelled:
            problems.append(self.tr("Adding files was cancelled; nothing was added."))
        elif stored.stored:
            try:
                outcome = self.runner.run(
                    attach_files, entry_id, stored.stored, initiator=self, quiet=True
                )
            except JournalError as exc:
                problems.append(str(exc))
            else:
                result = outcome.value if outcome is not None else AttachResult()
                added = result.added
                for file in result.already:
                    if file.sha256 in was_missing:
                        # Storing it again put the missing file back in place.
                        self.thumbnails.forget(file.sha256)
                        text = self.tr("%1 was missing and is back now.")
                        good_news.append(text.replace("%1", file.filename))
                    else:
                        text = self.tr("%1 is already in this entry.")
                        problems.append(text.replace("%1", file.filename))
        if showing:
            self.show_entry(entry_id)
            self._select_ids(set(added))
        if problems or good_news:
            self.show_message("\n".join([*problems, *good_news]), problem=bool(problems))
        self._next_queued()

    def _on_store_failed(self, exc: BaseException) -> None:
        self._adding = None
        self.show_message(str(exc) or self.tr("The files could not be added."), problem=True)
        self._next_queued()

    def _next_queued(self) -> None:
        if self._queued and self._adding is None:
            self._start_adding(*self._queued.pop(0))

    # -- opening -----------------------------------------------------------
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_item(self.model.item(index.row()))

    def _open_copy_ready(self, path: Path) -> None:
        if not self._open_url(QUrl.fromLocalFile(str(path))):
            self.show_message(
                self.tr("Your computer has no app to open %1.").replace("%1", path.name),
                problem=True,
            )

    def _open_failed(self, item: AttachmentItem, exc: BaseException) -> None:
        self.show_message(
            self.tr("%1 could not be opened (%2).")
            .replace("%1", item.filename)
            .replace("%2", str(exc)),
            problem=True,
        )

    # -- selection and buttons ---------------------------------------------
    def _select_ids(self, ids: set[str]) -> None:
        if not ids:
            return
        selection = self.view.selectionModel()
        first = True
        for row in range(self.model.rowCount()):
            if self.model.item(row).id in ids:
                index = self.model.index(row, 0)
                flags = QItemSelectionModel.SelectionFlag.Select
                if first:
                    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                    first = False
                selection.select(index, flags)

    def _update_buttons(self) -> None:
        editable = not self.read_only
        has_selection = bool(self.view.selectionModel().selectedIndexes())
        self.add_button.setVisible(self._revision_id is None)
        self.remove_button.setVisible(self._revision_id is None)
        self.add_button.setEnabled(editable)
        self.add_action.setEnabled(editable)
        self.open_button.setEnabled(has_selection)
        self.open_action.setEnabled(has_selection)
        self.remove_button.setEnabled(editable and has_selection)
        self.remove_action.setEnabled(editable and has_selection)
        self.view.setEnabled(self._entry_id is not None)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction(self.open_action)
        if self._revision_id is None:
            menu.addAction(self.add_action)
            menu.addAction(self.remove_action)
        menu.popup(event.globalPos())
        menu.aboutToHide.connect(menu.deleteLater)

    # -- drag and drop -------------------------------------------------------
    def _can_take(self, mime: QMimeData) -> bool:
        return not self.read_only and bool(local_files(mime))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._can_take(event.mimeData()):
            event.acceptProposedAction()
            self.view.set_drop_highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._can_take(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.view.set_drop_highlight(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.view.set_drop_highlight(False)
        files = local_files(event.mimeData())
        if not files or self.read_only:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.add_files(files)
