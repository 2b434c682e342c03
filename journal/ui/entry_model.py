"""The entries list: a Qt item model that holds ids and loads rows lazily.

Only ids of the matching entries are held; the row data (title, date,
attributes) is fetched in pages on demand and cached as small immutable
snapshots, never live ORM objects.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journal.actions import Changes, Kind
from journal.core.filters import EntryFilter, SortOrder
from journal.store.read_models.entry_list import EntryRow, entry_rows, matching_entry_ids
from journal.ui.attributes import attribute_colour
from journal.ui.formatting import format_day
from journal.ui.runner import ActionRunner

__all__ = ["EntryDelegate", "EntryListModel", "EntryRow"]

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class EntryListModel(QAbstractListModel):
    """Entry ids matching an :class:`EntryFilter`, newest first by default.

    Keeps itself up to date from the runner's ``journal_changed``: a new,
    trashed or restored entry reloads the ids; a changed title, draft, date or
    comment refreshes just that row.

    Signals:
        reloaded: the set of rows changed (after a new filter or a reload).
    """

    reloaded = Signal()

    IdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    # Kinds of change that alter what a row shows.
    ROW_KINDS = (
        Kind.TEXT,
        Kind.REVISIONS,
        Kind.DETAILS,
        Kind.TAGS,
        Kind.FEEDBACK,
        Kind.ATTACHMENTS,
        Kind.EVIDENCE,
    )

    def __init__(self, runner: ActionRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._journal = runner.journal
        self._all_ids: list[str] = []
        self._loaded = 0
        self._cache: dict[str, EntryRow] = {}
        self._filter = EntryFilter()
        self._order = SortOrder.LEARNED_NEWEST
        runner.journal_changed.connect(self.on_journal_changed)

    # -- the query -------------------------------------------------------
    @property
    def entry_filter(self) -> EntryFilter:
        return self._filter

    def set_filter(self, flt: EntryFilter, order: str | None = None) -> None:
        self._filter = flt
        if order is not None:
            self._order = order
        self.reload()

    def on_journal_changed(self, changes: Changes, _initiator: object = None) -> None:
        # Only new, trashed or restored entries change which ids are listed; a
        # search is not re-run while someone types (the row would vanish mid-word).
        if changes.touches(Kind.ENTRIES):
            self.reload()
            return
        if not changes.touches(*self.ROW_KINDS):
            return
        if changes.everything or not changes.entry_ids:
            self._cache.clear()
            if self._loaded:
                self.dataChanged.emit(self.index(0, 0), self.index(self._loaded - 1, 0))
            return
        for entry_id in changes.entry_ids:
            self.refresh_entry(entry_id)

    def reload(self) -> None:
        ids = matching_entry_ids(self._journal, self._filter, self._order)
        self.beginResetModel()
        self._all_ids = ids
        self._loaded = min(PAGE, len(ids))
        self._cache.clear()
        self.endResetModel()
        self.reloaded.emit()

    def refresh_entry(self, entry_id: str) -> None:
        """Forget the cached row of one entry so the view shows its new title."""
        self._cache.pop(entry_id, None)
        row = self.row_of(entry_id)
        if row is not None:
            self._load_rows([entry_id])
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def row_of(self, entry_id: str) -> int | None:
        try:
            row = self._all_ids.index(entry_id)
        except ValueError:
            return None
        return row if row < self._loaded else None

    def entry_id(self, row: int) -> str:
        return self._all_ids[row]

    @property
    def total(self) -> int:
        return len(self._all_ids)

    # -- lazy loading ----------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loaded < len(self._all_ids)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        extra = min(PAGE, len(self._all_ids) - self._loaded)
        if extra <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + extra - 1)
        self._loaded += extra
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def _row(self, row: int) -> EntryRow:
        entry_id = self._all_ids[row]
        cached = self._cache.get(entry_id)
        if cached is not None:
            return cached
        start = (row // PAGE) * PAGE
        self._load_rows(self._all_ids[start : start + PAGE])
        return self._cache.get(entry_id) or EntryRow(entry_id, "", date.today(), (), True, 0, False)

    def _load_rows(self, page_ids: list[str]) -> None:
        self._cache.update(entry_rows(self._journal, page_ids))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        if role == self.IdRole:
            return self._all_ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
            self.RowRole,
        ):
            return None
        row = self._row(index.row())
        if role == self.RowRole:
            return row
        title = row.title or self.tr("Untitled entry")
        when = format_day(row.learned_on)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{title}\n{when}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            spoken = (
                self.tr("%1, %2, %n revision(s)", "", row.revisions)
                .replace("%1", title)
                .replace("%2", when)
            )
            if row.unread_feedback:
                spoken += ", " + self.tr("%n new comment(s)", "", row.unread_feedback)
            return spoken
        return self.tr("%n revision(s)", "", row.revisions)


FEEDBACK_BADGE_COLOUR = "#c0392b"  # new comments from a teacher: stands out on light and dark


class EntryDelegate(QStyledItemDelegate):
    """Draws an entry as a bold title over its date, with small attribute dots."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = option.fontMetrics
        return QSize(200, metrics.height() * 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(EntryListModel.RowRole)
        if not isinstance(row, EntryRow):
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else QApplication.style()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_colour)
        muted.setAlphaF(0.7)
        rect = option.rect.adjusted(8, 5, -8, -5)
        painter.save()
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        metrics = QFontMetrics(title_font)
        title = row.title or QCoreApplication.translate("EntryListModel", "Untitled entry")
        badge = self._paint_feedback_badge(painter, option, rect, row.unread_feedback)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        painter.drawText(
            rect.x(),
            rect.y() + metrics.ascent(),
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width() - badge),
        )
        painter.setFont(option.font)
        painter.setPen(muted)
        small = option.fontMetrics
        y = rect.y() + metrics.height() + small.ascent() + 2
        when = format_day(row.learned_on)
        details = when
        if row.revisions > 1:
            details += "  ·  " + QCoreApplication.translate(
                "EntryListModel", "%n draft(s)", "", row.revisions
            )
        if row.private:
            details += "  ·  " + QCoreApplication.translate("EntryListModel", "private")
        painter.drawText(rect.x(), y, details)
        x = rect.right() - 8
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for name in reversed(row.attributes):
            painter.setBrush(attribute_colour(name, palette) or QColor(muted))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(x - 8, y - 8, 8, 8)
            x -= 12
        painter.restore()

    def _paint_feedback_badge(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, unread: int
    ) -> int:
        """A small pill with the number of new comments, top right; returns its width."""
        if unread <= 0:
            return 0
        small = QFont(option.font)
        small.setBold(True)
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        metrics = QFontMetrics(small)
        text = str(unread) if unread < 100 else "99+"
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(text) + 10)
        pill = QRect(rect.right() - width, rect.y(), width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(FEEDBACK_BADGE_COLOUR))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(small)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
        return width + 6
