"""The entries list: a Qt item model that holds ids and loads rows lazily.

Only ids of the matching entries are held; the row data (title, date,
attributes) is fetched in pages on demand and cached as small immutable
snapshots, never live ORM objects.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem
from sqlalchemy import select

from journal.store.database import Journal
from journal.store.models import Entry, Privacy
from journal.store.search import EntryFilter, SortOrder, search_entry_ids

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class EntryRow:
    id: str
    title: str
    learned_on: date
    attributes: tuple[str, ...]
    private: bool
    revisions: int
    unsaved: bool
    unread_feedback: int = 0  # new comments on the entry or its revisions


def _unread_feedback(session: Any, entry_ids: list[str]) -> Counter[str]:
    """How many unread comments each entry has, on itself or on any of its revisions."""
    from journal.store.models import Feedback, FeedbackTarget, Revision

    on_entries = select(Feedback.target_id).where(
        Feedback.read_at.is_(None),
        Feedback.target_kind == FeedbackTarget.ENTRY,
        Feedback.target_id.in_(entry_ids),
    )
    on_revisions = (
        select(Revision.entry_id)
        .join(Feedback, Feedback.target_id == Revision.id)
        .where(
            Feedback.read_at.is_(None),
            Feedback.target_kind == FeedbackTarget.REVISION,
            Revision.entry_id.in_(entry_ids),
        )
    )
    return Counter(session.scalars(on_entries)) + Counter(session.scalars(on_revisions))


class EntryListModel(QAbstractListModel):
    """Entry ids matching an :class:`EntryFilter`, newest first by default.

    Signals:
        reloaded: the set of rows changed (after a new filter or a reload).
    """

    reloaded = Signal()

    IdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, journal: Journal, parent: Any = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._all_ids: list[str] = []
        self._loaded = 0
        self._cache: dict[str, EntryRow] = {}
        self._filter = EntryFilter()
        self._order = SortOrder.LEARNED_NEWEST

    # -- the query -------------------------------------------------------
    @property
    def entry_filter(self) -> EntryFilter:
        return self._filter

    def set_filter(self, flt: EntryFilter, order: str | None = None) -> None:
        self._filter = flt
        if order is not None:
            self._order = order
        self.reload()

    def reload(self) -> None:
        with self._journal.read() as session:
            ids = search_entry_ids(session, self._filter, self._order)
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
        with self._journal.read() as session:
            unread = _unread_feedback(session, page_ids)
            for e in session.execute(
                select(
                    Entry.id,
                    Entry.title,
                    Entry.learned_on,
                    Entry.voice,
                    Entry.cocreation,
                    Entry.social,
                    Entry.selfdiscovery,
                    Entry.privacy,
                    Entry.revision_count,
                    Entry.has_unsaved_draft,
                ).where(Entry.id.in_(page_ids))
            ):
                attrs = tuple(
                    name
                    for name, on in (
                        ("voice", e.voice),
                        ("cocreation", e.cocreation),
                        ("social", e.social),
                        ("selfdiscovery", e.selfdiscovery),
                    )
                    if on
                )
                self._cache[e.id] = EntryRow(
                    e.id,
                    e.title,
                    e.learned_on,
                    attrs,
                    e.privacy == Privacy.PRIVATE,
                    e.revision_count,
                    e.has_unsaved_draft,
                    unread.get(e.id, 0),
                )

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
        when = row.learned_on.strftime("%d %b %Y")
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
ATTRIBUTE_COLOURS = {
    "voice": "#d9822b",
    "cocreation": "#2b8ad9",
    "social": "#3aa35b",
    "selfdiscovery": "#9b59b6",
}


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
        when = QLocale().toString(
            QDate(row.learned_on.year, row.learned_on.month, row.learned_on.day), "d MMM yyyy"
        )
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
            painter.setBrush(QColor(ATTRIBUTE_COLOURS[name]))
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
