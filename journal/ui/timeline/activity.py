"""The activity overview: a calendar of writing days and plain counts per week.

The calendar colours each day by how many drafts were saved on it; the table
lists, week by week, how many entries, drafts and reflections there were.
Plain counts only: no streaks, no targets, nothing to keep up with.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from journal.core.timeline import CalendarCell, calendar_cells, weekly_totals
from journal.store.database import Journal
from journal.store.read_models import timeline as read_timeline
from journal.store.timeline_data import ActivityCounts
from journal.ui.tasks import TaskRunner
from journal.ui.timeline import style

CELL = 13.0
GAP = 3.0
LEFT = 40.0
TOP = 26.0
# From "nothing" to "a lot": one calm hue, growing darker.
HEAT = [QColor(c) for c in ("#eef1f4", "#cfe6df", "#96cdbd", "#55a891", "#2a7d66")]
Index = QModelIndex | QPersistentModelIndex


def _local_offset_hours() -> float:
    offset = datetime.now(UTC).astimezone().utcoffset()
    return offset.total_seconds() / 3600 if offset else 0.0


@dataclass(frozen=True)
class WeekRow:
    week_start: date
    entries: int
    drafts: int
    reflections: int


class WeeklyCountsModel(QAbstractTableModel):
    """Week by week (newest first): entries, drafts saved and reflections written."""

    def __init__(self, parent: Any = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._rows: list[WeekRow] = []
        self._locale = locale or QLocale()

    def set_rows(self, rows: list[WeekRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[WeekRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 4:
            return None
        return (
            self.tr("Week of"),
            self.tr("Entries"),
            self.tr("Drafts saved"),
            self.tr("Reflections"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return style.short_date(row.week_start, self._locale)
            value = (row.entries, row.drafts, row.reflections)[column - 1]
            return self._locale.toString(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class _Heatmap(QWidget):
    """Days as small squares in week columns, darker for more drafts saved."""

    def __init__(self, owner: ActivityOverview) -> None:
        super().__init__(owner)
        self._owner = owner
        self._cells: list[CalendarCell] = []
        self._focus = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Calendar of writing days"))
        self.setAccessibleDescription(
            self.tr("Arrow keys move from day to day; each day says how many drafts were saved.")
        )

    def set_cells(self, cells: list[CalendarCell]) -> None:
        self._cells = cells
        self._focus = len(cells) - 1 if cells else -1
        self.updateGeometry()
        self.update()

    def cells(self) -> list[CalendarCell]:
        return list(self._cells)

    def sizeHint(self) -> QSize:
        columns = (self._cells[-1].column + 1) if self._cells else 53
        return QSize(int(LEFT + columns * (CELL + GAP) + 12), int(TOP + 7 * (CELL + GAP) + 32))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _rect(self, cell: CalendarCell) -> QRectF:
        return QRectF(LEFT + cell.column * (CELL + GAP), TOP + cell.row * (CELL + GAP), CELL, CELL)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.GRID, 1))
        painter.setBrush(style.PAPER)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        locale = self._owner.locale_()
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() - 1.5, 6.5))
        fm = QFontMetricsF(small)
        painter.setFont(small)
        painter.setPen(style.INK_SOFT)
        week_start = self._owner.week_start()
        for row in (0, 2, 4):
            weekday = (week_start + row) % 7 + 1
            name = locale.dayName(weekday, QLocale.FormatType.ShortFormat)
            painter.drawText(
                QRectF(0, TOP + row * (CELL + GAP), LEFT - 6, CELL),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
        last_label_right = -1e9
        for cell in self._cells:
            if cell.day.day == 1 or cell is self._cells[0]:
                x = LEFT + cell.column * (CELL + GAP)
                name = locale.standaloneMonthName(cell.day.month, QLocale.FormatType.ShortFormat)
                if x >= last_label_right + 6:
                    painter.drawText(QPointF(x, TOP - 7), name)
                    last_label_right = x + fm.horizontalAdvance(name)
        painter.setPen(Qt.PenStyle.NoPen)
        for cell in self._cells:
            painter.setBrush(HEAT[cell.level])
            painter.drawRoundedRect(self._rect(cell), 2.5, 2.5)
        if self.hasFocus() and 0 <= self._focus < len(self._cells):
            painter.setPen(QPen(style.FOCUS, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(
                self._rect(self._cells[self._focus]).adjusted(-2, -2, 2, 2), 3, 3
            )
        # Legend: fewer … more.
        y = TOP + 7 * (CELL + GAP) + 8
        columns = (self._cells[-1].column + 1) if self._cells else 53
        x = LEFT + columns * (CELL + GAP) - len(HEAT) * (CELL + GAP) - 40
        painter.setPen(style.INK_SOFT)
        fewer = self.tr("Fewer")
        painter.drawText(QPointF(x - fm.horizontalAdvance(fewer) - 6, y + CELL - 3), fewer)
        painter.setPen(Qt.PenStyle.NoPen)
        for level, colour in enumerate(HEAT):
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(x + level * (CELL + GAP), y, CELL, CELL), 2.5, 2.5)
        painter.setPen(style.INK_SOFT)
        painter.drawText(QPointF(x + len(HEAT) * (CELL + GAP) + 4, y + CELL - 3), self.tr("More"))

    def cell_at(self, pos: QPointF) -> int:
        for i, cell in enumerate(self._cells):
            if self._rect(cell).adjusted(-1, -1, 1, 1).contains(pos):
                return i
        return -1

    def describe(self, index: int) -> str:
        if not 0 <= index < len(self._cells):
            return ""
        cell = self._cells[index]
        return self.tr("{day}: drafts saved: {count}").format(
            day=style.long_date(cell.day, self._owner.locale_()), count=cell.count
        )

    def focused_day(self) -> date | None:
        return self._cells[self._focus].day if 0 <= self._focus < len(self._cells) else None

    def _move_focus(self, delta: int) -> None:
        if not self._cells:
            return
        self._focus = min(max(self._focus + delta, 0), len(self._cells) - 1)
        self.setAccessibleName(
            self.tr("Calendar of writing days: {day}").format(day=self.describe(self._focus))
        )
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: -7,
            Qt.Key.Key_Right: 7,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Home: -len(self._cells),
            Qt.Key.Key_End: len(self._cells),
        }
        delta = steps.get(Qt.Key(event.key()))
        if delta is None:
            super().keyPressEvent(event)
            return
        self._move_focus(delta)
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._move_focus(0)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.cell_at(event.position())
        if index >= 0:
            QToolTip.showText(event.globalPosition().toPoint(), self.describe(index), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)


class ActivityOverview(QWidget):
    """Writing days over a year as a calendar, and plain counts per week.

    Nothing is read until the overview is first shown (or :meth:`reload` is called).

    Signals:
        loaded(): new counts are showing (after a period change or a reload).
    """

    loaded = Signal()

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        runner: TaskRunner | None = None,
        locale: QLocale | None = None,
        utc_offset_hours: float | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._runner = runner
        self._locale = locale or QLocale()
        self._offset = _local_offset_hours() if utc_offset_hours is None else utc_offset_hours
        self._today = today or (datetime.now(UTC) + timedelta(hours=self._offset)).date()
        self._last = self._today
        self._counts: ActivityCounts | None = None
        self.setAccessibleName(self.tr("Activity overview"))

        heading = QLabel(self.tr("Writing days"))
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 2)
        heading.setFont(font)
        self.period_label = QLabel()
        self.period_label.setStyleSheet("color: #5d6877;")
        self.earlier_button = QPushButton(self.tr("← &Earlier"))
        self.earlier_button.setAccessibleName(self.tr("Show the year before"))
        self.later_button = QPushButton(self.tr("&Later →"))
        self.later_button.setAccessibleName(self.tr("Show the year after"))
        self.earlier_button.clicked.connect(lambda: self.move_year(-1))
        self.later_button.clicked.connect(lambda: self.move_year(1))
        self.heatmap = _Heatmap(self)
        self.totals_label = QLabel()
        self.totals_label.setTextFormat(Qt.TextFormat.PlainText)
        self.weeks = WeeklyCountsModel(self, self._locale)
        self.table = QTableView()
        self.table.setModel(self.weeks)
        self.table.setAccessibleName(self.tr("Counts per week"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.period_label, 1)
        top.addWidget(self.earlier_button)
        top.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(top)
        layout.addWidget(self.heatmap)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.earlier_button, self.later_button)
        self.setTabOrder(self.later_button, self.heatmap)
        self.setTabOrder(self.heatmap, self.table)
        self._requested = False  # counts are read the first time the overview is shown

    def locale_(self) -> QLocale:
        return self._locale

    def week_start(self) -> int:
        return (self._locale.firstDayOfWeek().value - 1) % 7

    def period(self) -> tuple[date, date]:
        """The first and last day shown (a year: 53 weeks ending on the last day)."""
        first = self._last - timedelta(days=7 * 53 - 1)
        return first, self._last

    def show_year_ending(self, last: date) -> None:
        self._last = min(last, self._today)
        self.reload()

    def move_year(self, delta: int) -> None:
        self.show_year_ending(self._last + timedelta(days=365 * delta))

    def showEvent(self, event: QShowEvent) -> None:
        if not self._requested:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read the counts for the period shown (in the background when there is a runner)."""
        self._requested = True
        first, last = self.period()
        self.later_button.setEnabled(last < self._today)
        if self._runner is None:
            self._show(self._load(first, last))
        else:
            self._runner.run(self._load, first=first, last=last, on_done=self._show, owner=self)

    def _load(self, first: date, last: date) -> ActivityCounts:
        return read_timeline.activity(self._journal, first, last, utc_offset_hours=self._offset)

    def _show(self, counts: ActivityCounts) -> None:
        if (counts.first, counts.last) != self.period():
            return  # an older request that finished late
        self._counts = counts
        week_start = self.week_start()
        self.heatmap.set_cells(
            calendar_cells(counts.first, counts.last, counts.revisions, week_start=week_start)
        )
        entries = dict(weekly_totals(counts.entries, counts.first, counts.last, week_start))
        drafts = dict(weekly_totals(counts.revisions, counts.first, counts.last, week_start))
        reflections = dict(weekly_totals(counts.reflections, counts.first, counts.last, week_start))
        rows = [
            WeekRow(week, entries.get(week, 0), drafts.get(week, 0), reflections.get(week, 0))
            for week in sorted(drafts, reverse=True)
        ]
        self.weeks.set_rows(rows)
        self.period_label.setText(
            f"{style.short_date(counts.first, self._locale)} – "
            f"{style.short_date(counts.last, self._locale)}"
        )
        days = sum(1 for count in counts.revisions.values() if count)
        self.totals_label.setText(
            self.tr(
                "Days with writing: {days} · entries: {entries} · drafts saved: {drafts} · "
                "reflections: {reflections}"
            ).format(
                days=days,
                entries=sum(counts.entries.values()),
                drafts=sum(counts.revisions.values()),
                reflections=sum(counts.reflections.values()),
            )
        )
        self.loaded.emit()

    def counts(self) -> ActivityCounts | None:
        return self._counts
