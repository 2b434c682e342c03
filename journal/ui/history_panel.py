"""The revision history of one entry: every draft kept, newest first.

The panel lists the drafts (when, how much changed, the student's note),
shows the text of the one picked, and asks for a comparison or a restore by
signal; the main window runs the restore (it must first flush the editor's
draft). The panel reads through :mod:`journal.store.read_models.history`
and refreshes itself when ``journal_changed`` says its entry's revisions
changed. The model holds small immutable snapshots, never live ORM objects;
a draft's text is read only when it is shown or copied.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from journal.actions import Changes, Kind
from journal.core.enums import RevisionReason
from journal.store.read_models.history import RevisionRow, revision_body_text, revision_rows
from journal.ui.formatting import format_day, format_time
from journal.ui.revision_words import note_words, reason_words
from journal.ui.runner import ActionRunner
from journal.ui.widgets import MutedLabel

__all__ = [
    "RevisionHistoryModel",
    "RevisionHistoryPanel",
    "RevisionRow",
    "change_text",
    "draft_name",
    "note_text",
    "reason_text",
    "when_text",
]

Index = QModelIndex | QPersistentModelIndex
MINUS = "\N{MINUS SIGN}"
NARROW_WIDTH = 400  # below this the panel hides the word-count column
HEADING_SCALE = {1: 1.35, 2: 1.2, 3: 1.1}  # headings in the draft's text, gentler than Qt's


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("RevisionHistory", text, disambiguation, n)


def draft_name(seq: int) -> str:
    return _tr("Draft %1").replace("%1", str(seq))


def when_text(when: datetime, today: date | None = None, *, short: bool = False) -> str:
    """Local date and time, in words for today and yesterday ("Today, 14:05").

    ``short`` leaves out the year of dates in the current year.
    """
    local = when.astimezone()
    today = today or datetime.now().astimezone().date()
    clock = format_time(local)
    days = (today - local.date()).days
    if days == 0:
        return _tr("Today, %1").replace("%1", clock)
    if days == 1:
        return _tr("Yesterday, %1").replace("%1", clock)
    day = format_day(local.date(), year=not (short and local.year == today.year))
    return _tr("%1, %2", "date, time").replace("%1", day).replace("%2", clock)


def reason_text(row: RevisionRow) -> str:
    """Why this revision was kept, in a student's words (the growth view says the same)."""
    return reason_words(row.reason, row.restored_from_seq)


def note_text(row: RevisionRow) -> str:
    """The note column: the student's note, with the reason when it says something."""
    return note_words(row.reason, row.note or "", row.seq, row.restored_from_seq)


def change_text(row: RevisionRow) -> str:
    if row.words_added == 0 and row.words_removed == 0:
        return "–"
    if row.words_removed == 0:
        return f"+{row.words_added}"
    if row.words_added == 0:
        return f"{MINUS}{row.words_removed}"
    return f"+{row.words_added} {MINUS}{row.words_removed}"


def change_words(row: RevisionRow) -> str:
    """The change spelled out, for tooltips and screen readers."""
    return (
        _tr("Words added: %1, taken out: %2")
        .replace("%1", str(row.words_added))
        .replace("%2", str(row.words_removed))
    )


class RevisionHistoryModel(QAbstractTableModel):
    """A table over revision snapshots, newest first.

    Columns: draft number, when it was saved (local time), the change in words
    (+added −removed), the word count, and the note (or why it was kept).
    """

    DRAFT, SAVED, CHANGE, WORDS, NOTE = range(5)
    IdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    def __init__(
        self,
        rows: Iterable[RevisionRow] = (),
        parent: Any = None,
        *,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self._rows: list[RevisionRow] = sorted(rows, key=lambda r: -r.seq)
        self._today = today or (lambda: datetime.now().astimezone().date())

    def set_rows(self, rows: Iterable[RevisionRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: -r.seq)
        self.endResetModel()

    @property
    def rows(self) -> Sequence[RevisionRow]:
        return tuple(self._rows)

    def revision(self, row: int) -> RevisionRow:
        return self._rows[row]

    def row_of(self, revision_id: str) -> int | None:
        for row, snapshot in enumerate(self._rows):
            if snapshot.id == revision_id:
                return row
        return None

    @property
    def latest(self) -> RevisionRow | None:
        return self._rows[0] if self._rows else None

    # -- Qt model ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Draft"),
                self.tr("Saved"),
                self.tr("Change"),
                self.tr("Words"),
                self.tr("Note"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Each saved version of this entry, numbered from the first"),
                self.tr("When this version was saved"),
                self.tr("Words added (+) and taken out (−) since the version before"),
                self.tr("How many words this version has"),
                self.tr("What you changed and why"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.IdRole:
            return row.id
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DRAFT:
                return str(row.seq)
            if column == self.SAVED:
                return when_text(row.created_at, self._today(), short=True)
            if column == self.CHANGE:
                return change_text(row)
            if column == self.WORDS:
                return QLocale().toString(row.word_count)
            return note_text(row)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.CHANGE, self.WORDS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row is self._rows[0] and column == self.DRAFT:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _describe(self, row: RevisionRow) -> str:
        parts = [
            draft_name(row.seq) + (self.tr(" (latest)") if row is self._rows[0] else ""),
            when_text(row.created_at, self._today()),
            change_words(row),
            self.tr("Words in all: %1").replace("%1", str(row.word_count)),
            reason_text(row),
        ]
        if row.note:
            parts.append(self.tr("Note: %1").replace("%1", row.note))
        return ". ".join(parts)


class RevisionHistoryPanel(QWidget):
    """The history of the entry being written: pick a draft to read it, two to compare.

    Signals:
        compare_requested(str, str): compare these two revisions (older id, newer id).
        restore_requested(str): make this revision current again (revision id); the
            main window flushes the editor's draft and runs the restore action (the
            panel then shows the new draft from ``journal_changed``).
        revision_selected(str): the revision shown in the panel changed (revision id).

    Keys (while the focus is in the panel): Ctrl+D compare, Ctrl+Shift+R restore,
    Ctrl+Shift+C copy the draft's text (Ctrl+C too when the list has the focus),
    Enter on a draft compares it.
    """

    compare_requested = Signal(str, str)
    restore_requested = Signal(str)
    revision_selected = Signal(str)

    def __init__(
        self,
        runner: ActionRunner,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        # A teacher's review can read and compare drafts, never restore one (decided once).
        self._writable = not runner.read_only
        self._entry_id: str | None = None
        self._shown_id: str | None = None
        self._picked: list[str] = []  # selected revision ids, in the order they were picked
        self._trimming = False
        self.setObjectName("RevisionHistoryPanel")
        self.setAccessibleName(self.tr("Revision history"))

        self.model = RevisionHistoryModel(parent=self, today=today)
        self._build_widgets()
        self._build_actions()
        self._connect_signals()
        self.runner.journal_changed.connect(self._on_journal_changed)
        self._update_state()

    # -- building ----------------------------------------------------------
    def _build_widgets(self) -> None:
        self.placeholder = MutedLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMargin(12)

        self.list_view = QTreeView()
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(self.tr("Saved drafts"))
        self.list_view.setAccessibleDescription(
            self.tr("Pick one draft to read it, or two drafts to compare them.")
        )
        self.list_view.setRootIsDecorated(False)
        self.list_view.setUniformRowHeights(True)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setAllColumnsShowFocus(True)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.list_view.header()
        header.setStretchLastSection(True)
        header.setSectionsMovable(False)
        # Sized to their contents once per new set of rows (_fit_columns), not on every
        # selection change: ResizeToContents would measure every row each time.
        for column in range(RevisionHistoryModel.NOTE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)

        self.hint = MutedLabel()
        self.hint.setAccessibleName(self.tr("What Compare will show"))

        self.compare_button = QToolButton()
        self.restore_button = QToolButton()
        self.copy_button = QToolButton()
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.compare_button, self.restore_button, self.copy_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setAccessibleName(self.tr("Title of the draft"))
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.meta_label = MutedLabel()
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meta_label.setAccessibleName(self.tr("About the draft"))
        self.text_view = QTextBrowser()
        self.text_view.setOpenLinks(False)
        self.text_view.setAccessibleName(self.tr("Text of the draft"))
        self.text_view.setAccessibleDescription(self.tr("Read-only: restore it to write on it"))
        self.text_view.setPlaceholderText(self.tr("Pick a draft above to read it here."))

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list_view, 1)
        top_layout.addWidget(self.hint)
        top_layout.addLayout(buttons)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 4, 0, 0)
        bottom_layout.setSpacing(2)
        bottom_layout.addWidget(self.title_label)
        bottom_layout.addWidget(self.meta_label)
        bottom_layout.addWidget(self.text_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        # The list gets a little more room than the draft's text at first.
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)

        QWidget.setTabOrder(self.list_view, self.compare_button)
        QWidget.setTabOrder(self.compare_button, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.text_view)

    def _panel_action(
        self, text: str, shortcut: str, tip: str, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shortcut_text})")
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.compare_action = self._panel_action(
            self.tr("&Compare"), "Ctrl+D", self.tr("See what changed, side by side"), self.compare
        )
        self.restore_action = self._panel_action(
            self.tr("&Restore this version"),
            "Ctrl+Shift+R",
            self.tr("Make this draft the current text again (nothing is lost)"),
            self.restore,
        )
        self.copy_action = self._panel_action(
            self.tr("C&opy text"),
            "Ctrl+Shift+C",
            self.tr("Copy this draft's text to paste it somewhere else"),
            self.copy_text,
        )
        # Ctrl+C on the list copies the whole draft; in the text view it copies the selection.
        self.list_copy_action = QAction(self.tr("Copy text"), self.list_view)
        self.list_copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.list_copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.list_copy_action.triggered.connect(self.copy_text)
        self.list_view.addAction(self.list_copy_action)

        for button, action, name in (
            (self.compare_button, self.compare_action, self.tr("Compare")),
            (self.restore_button, self.restore_action, self.tr("Restore this version")),
            (self.copy_button, self.copy_action, self.tr("Copy text")),
        ):
            button.setDefaultAction(action)
            button.setAccessibleName(name)

    def _connect_signals(self) -> None:
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.list_view.selectionModel().currentChanged.connect(
            lambda _current, _previous: None if self._trimming else self._update_state()
        )
        self.list_view.activated.connect(lambda _index: self.compare())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # In a narrow dock the note matters more than the word count (which the
        # tooltip and the line above the text still give).
        self.list_view.setColumnHidden(
            RevisionHistoryModel.WORDS, event.size().width() < NARROW_WIDTH
        )

    # -- public API ----------------------------------------------------------
    @property
    def entry_id(self) -> str | None:
        return self._entry_id

    @property
    def shown_revision_id(self) -> str | None:
        """The revision whose text the panel shows (and Copy text copies)."""
        return self._shown_id

    def show_entry(self, entry_id: str | None) -> None:
        """Show the history of this entry (None: no entry); the latest draft is picked."""
        if entry_id == self._entry_id:
            self.refresh()
            return
        self._entry_id = entry_id
        self._picked = []
        self._shown_id = None
        self.model.set_rows(self._load_rows())
        self._fit_columns()
        if self.model.rowCount():
            self.select_revisions([self.model.revision(0).id])
        else:
            self._update_state()

    def refresh(self) -> None:
        """Reload the history (after a save or a restore), keeping the picked drafts."""
        keep = list(self._picked)
        had_latest = self.model.latest.id if self.model.latest else None
        self.model.set_rows(self._load_rows())
        self._fit_columns()
        keep = [rid for rid in keep if self.model.row_of(rid) is not None]
        latest = self.model.latest
        if latest is not None and (not keep or (len(keep) == 1 and latest.id != had_latest)):
            # A new draft (a save or a restore) is shown at once; a pair picked
            # for comparing stays as it was.
            keep = [latest.id]
        self._picked = []
        self.select_revisions(keep)

    def _on_journal_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_entry(self._entry_id, Kind.REVISIONS, Kind.ENTRIES):
            self.refresh()

    def selected_ids(self) -> list[str]:
        """The picked revisions (at most two), older first."""
        rows = sorted(
            (self.model.revision(row) for row in self._selected_rows()), key=lambda r: r.seq
        )
        return [row.id for row in rows]

    def select_revisions(self, revision_ids: Sequence[str]) -> None:
        """Pick these revisions (the last one becomes the current row)."""
        selection = self.list_view.selectionModel()
        rows = [row for rid in revision_ids[-2:] if (row := self.model.row_of(rid)) is not None]
        self._trimming = True
        try:
            selection.clearSelection()
            for row in rows:
                selection.select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            if rows:
                selection.setCurrentIndex(
                    self.model.index(rows[-1], 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
                self.list_view.scrollTo(self.model.index(rows[-1], 0))
        finally:
            self._trimming = False
        self._update_state()
        self._picked = [self.model.revision(row).id for row in rows]
        self._update_state()

    def focus_list(self) -> None:
        self.list_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def compare_pair(self) -> tuple[str, str] | None:
        """What Compare would compare now: (older id, newer id), or None."""
        picked = [self.model.revision(row) for row in self._selected_rows()]
        latest = self.model.latest
        if len(picked) == 2:
            older, newer = sorted(picked, key=lambda r: r.seq)
            return older.id, newer.id
        if len(picked) != 1 or latest is None:
            return None
        only = picked[0]
        if only.id != latest.id:
            return only.id, latest.id
        if self.model.rowCount() >= 2:
            return self.model.revision(1).id, latest.id
        return None

    # -- actions ----------------------------------------------------------
    def compare(self) -> None:
        pair = self.compare_pair()
        if pair is not None:
            self.compare_requested.emit(*pair)

    def restore(self) -> None:
        revision_id = self._restorable_id()
        if revision_id is not None:
            self.restore_requested.emit(revision_id)

    def copy_text(self) -> None:
        if self._shown_id is None:
            return
        body = self._read_body(self._shown_id)
        if body is None:
            return
        QGuiApplication.clipboard().setText(body)
        row = self.model.row_of(self._shown_id)
        if row is not None:
            self.hint.setText(
                self.tr("Copied the text of %1. Paste it anywhere with Ctrl+V.").replace(
                    "%1", draft_name(self.model.revision(row).seq).lower()
                )
            )

    # -- internals ----------------------------------------------------------
    def _fit_columns(self) -> None:
        # Measuring every row costs several milliseconds an entry switch: only when the
        # list is on screen; a hidden list (its dock behind another tab) is fitted when shown.
        if not self.list_view.isVisible():
            self._columns_stale = True
            return
        self._columns_stale = False
        for column in range(RevisionHistoryModel.NOTE):
            self.list_view.resizeColumnToContents(column)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if getattr(self, "_columns_stale", False):
            self._fit_columns()

    def _load_rows(self) -> list[RevisionRow]:
        if self._entry_id is None:
            return []
        return revision_rows(self.runner.journal, self._entry_id)

    def _read_body(self, revision_id: str) -> str | None:
        return revision_body_text(self.runner.journal, revision_id)

    def _selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.list_view.selectionModel().selectedRows()})

    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._trimming:
            return
        gone = {self.model.revision(i.row()).id for i in deselected.indexes() if i.isValid()}
        self._picked = [rid for rid in self._picked if rid not in gone]
        current = self.list_view.currentIndex()
        current_id = self.model.revision(current.row()).id if current.isValid() else None
        fresh = sorted(
            {self.model.revision(i.row()).id for i in selected.indexes() if i.isValid()},
            key=lambda rid: rid == current_id,  # the current row counts as picked last
        )
        self._picked = [rid for rid in self._picked if rid not in fresh] + fresh
        selected_ids = {self.model.revision(row).id for row in self._selected_rows()}
        self._picked = [rid for rid in self._picked if rid in selected_ids]
        if len(selected_ids) > 2:
            # Compare needs two: keep the current row and the one picked just before it.
            keep = [rid for rid in self._picked if rid != current_id][-1:]
            if current_id in selected_ids:
                keep.append(current_id)
            self._trimming = True
            try:
                selection = self.list_view.selectionModel()
                for rid in selected_ids - set(keep):
                    row = self.model.row_of(rid)
                    if row is not None:
                        selection.select(
                            self.model.index(row, 0),
                            QItemSelectionModel.SelectionFlag.Deselect
                            | QItemSelectionModel.SelectionFlag.Rows,
                        )
            finally:
                self._trimming = False
            self._picked = keep
        self._update_state()

    def _restorable_id(self) -> str | None:
        rows = self._selected_rows()
        if len(rows) != 1 or not self._writable or rows[0] == 0:
            return None  # restoring the latest draft would add nothing
        return self.model.revision(rows[0]).id

    def _update_state(self) -> None:
        has_entry = self._entry_id is not None
        count = self.model.rowCount()
        if not has_entry:
            self.placeholder.setText(self.tr("Pick an entry to see all its drafts."))
        elif count == 0:
            self.placeholder.setText(
                self.tr("No saved drafts yet. Save this entry and each version will be kept here.")
            )
        self.stack.setCurrentIndex(1 if count else 0)

        pair = self.compare_pair()
        self.compare_action.setEnabled(pair is not None)
        self.restore_action.setEnabled(self._restorable_id() is not None)
        self._update_hint(pair)
        self._show_revision(self._current_shown_id())
        self.copy_action.setEnabled(self._shown_id is not None)
        self.list_copy_action.setEnabled(self._shown_id is not None)

    def _update_hint(self, pair: tuple[str, str] | None) -> None:
        count = self.model.rowCount()
        if count == 1:
            self.hint.setText(
                self.tr("This is the first draft. Save again later to see how your work grows.")
            )
            return
        if pair is None:
            self.hint.setText(self.tr("Pick a draft to read it, or two to compare them."))
            return
        older, newer = (self.model.revision(self.model.row_of(rid) or 0) for rid in pair)
        if newer.id == self.model.revision(0).id and len(self._selected_rows()) == 1:
            if older.seq == newer.seq - 1 and self._selected_rows() == [0]:
                text = self.tr("Compare shows what changed in the latest draft.")
            else:
                text = self.tr("Compare shows what changed from %1 to the latest draft.").replace(
                    "%1", draft_name(older.seq).lower()
                )
        else:
            text = (
                self.tr("Compare shows what changed from %1 to %2.")
                .replace("%1", draft_name(older.seq).lower())
                .replace("%2", draft_name(newer.seq).lower())
            )
        self.hint.setText(text)

    def _current_shown_id(self) -> str | None:
        rows = self._selected_rows()
        if not rows:
            return None
        current = self.list_view.currentIndex()
        row = current.row() if current.isValid() and current.row() in rows else rows[-1]
        return self.model.revision(row).id

    def _show_revision(self, revision_id: str | None) -> None:
        if revision_id == self._shown_id and revision_id is not None:
            return
        self._shown_id = revision_id
        row = self.model.row_of(revision_id) if revision_id else None
        if revision_id is None or row is None:
            self._shown_id = None
            self.title_label.clear()
            self.meta_label.clear()
            self.text_view.clear()
            return
        snapshot = self.model.revision(row)
        body = self._read_body(revision_id)
        self.title_label.setText(snapshot.title or self.tr("Untitled"))
        meta = [
            draft_name(snapshot.seq),
            when_text(snapshot.created_at),
            self.tr("Words: %1").replace("%1", str(snapshot.word_count)),
        ]
        if snapshot.note:
            meta.append(snapshot.note)
        if snapshot.reason != RevisionReason.SAVE:
            meta.append(reason_text(snapshot))
        if snapshot.attachments:
            meta.append(self.tr("Files: %1").replace("%1", ", ".join(snapshot.attachments)))
        self.meta_label.setText(" · ".join(meta))
        document = self.text_view.document()
        if body is None:
            document.setPlainText(self.tr("This draft could not be read."))
        else:
            # The student's Markdown, shown formatted; raw HTML in it stays text.
            document.setMarkdown(
                body,
                QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                | QTextDocument.MarkdownFeature.MarkdownNoHTML,
            )
            self._soften_headings(document)
        self.text_view.moveCursor(QTextCursor.MoveOperation.Start)
        self.text_view.verticalScrollBar().setValue(0)
        self.revision_selected.emit(revision_id)

    def _soften_headings(self, document: QTextDocument) -> None:
        """Headings a little bigger than the text, not poster-sized, in a side panel."""
        base = self.text_view.font().pointSizeF()
        block = document.begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            fragments = block.begin()
            while level and not fragments.atEnd():
                fragment = fragments.fragment()
                fmt = fragment.charFormat()
                fmt.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                fmt.setFontPointSize(base * HEADING_SCALE.get(level, 1.0))
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(fmt)
                fragments += 1
            block = block.next()
