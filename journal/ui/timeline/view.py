"""The portfolio timeline widget: a student's work over time.

Time runs left to right across lanes (by attribute, goal or tag). Each entry
is a dot whose size shows how often it was revised; when dots would crowd,
they become a count marker for that stretch of time (level of detail). Zoomed
in, each revision is a tick along the entry's drafting period. Goals are
spans with their checkpoints (done, due, missed: different shapes), and
reflections and feedback are small marks along the bottom.

The work is split three ways: :mod:`journal.core.timeline_frame` works out
what one frame shows (no Qt), :mod:`journal.ui.timeline.painter` draws it,
and :class:`TimelineView` here handles input, selection, hover cards and
signals. Revision times are loaded for the entries on screen and kept in a
bounded cache.
"""

from __future__ import annotations

import gc
from array import array
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFileDialog, QGestureEvent, QMenu, QPinchGesture, QWidget

from journal.core.timeline import (
    ATTRIBUTE_KEYS,
    LaneMode,
    TermCalendar,
    Viewport,
    date_of,
    nearest_index,
    step_index,
    visible_slice,
)
from journal.core.timeline_frame import (
    GUTTER,
    FrameBuilder,
    HitPayload,
    LaneGrouping,
    LaneLabels,
    Selection,
    TickLabelling,
    TimelineFrame,
    group_into_lanes,
    plot_width_for,
)
from journal.store.database import Journal
from journal.store.read_models import timeline as read_timeline
from journal.store.search import EntryFilter
from journal.store.timeline_data import (
    Marks,
    TimelineData,
    TimelineEntries,
)
from journal.ui import file_places
from journal.ui.accessible_items import (
    AccessibleItem,
    expose_items,
    notify_current_item,
    notify_items_changed,
)
from journal.ui.formatting import format_month
from journal.ui.timeline import style
from journal.ui.timeline.card import CardText, HoverCard
from journal.ui.timeline.card_text import TimelineCards
from journal.ui.timeline.painter import (
    PaintScene,
    PaintState,
    TimelinePainter,
    lane_colours,
)

__all__ = ["GUTTER", "HitPayload", "TimelineView"]

REVISION_CACHE_ENTRIES = 4000
ZOOM_STEP = 1.5
WHEEL_ZOOM_PER_NOTCH = 1.2
DRAG_THRESHOLD = 4


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic collector while building many small objects at once."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _local_utc_offset_hours() -> float:
    offset = datetime.now(UTC).astimezone().utcoffset()
    return offset.total_seconds() / 3600 if offset else 0.0


def _empty_data(today: date) -> TimelineData:
    entries = TimelineEntries(
        ids=[],
        times=array("d"),
        attributes=array("B"),
        revisions=array("l"),
        span_lo=array("d"),
        span_hi=array("d"),
        tag_offsets=array("l", [0]),
        tag_values=array("l"),
        goal_offsets=array("l", [0]),
        goal_values=array("l"),
    )
    none = Marks([], array("d"))
    return TimelineData(entries, [], [], none, none, float(today.toordinal()))


class TimelineView(QWidget):
    """The portfolio timeline of one journal.

    Signals:
        selection_changed(str): the selected entry's id ("" when nothing is selected).
        open_entry_requested(str): open this entry in the editor (double-click or Enter).
        growth_requested(str): show how this entry grew, draft by draft (G).
        viewport_changed(): the visible stretch of time changed (zoom or pan).
    """

    selection_changed = Signal(str)
    open_entry_requested = Signal(str)
    growth_requested = Signal(str)
    viewport_changed = Signal()

    def __init__(
        self,
        journal: Journal | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        utc_offset_hours: float | None = None,
        terms: TermCalendar | None = None,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._offset = _local_utc_offset_hours() if utc_offset_hours is None else utc_offset_hours
        self._today = today
        self._locale = locale or QLocale()
        self._labelling = TickLabelling(
            formatter=lambda tick: style.tick_label(tick, self._locale),
            context_formatter=lambda tick: style.context_label(tick, self._locale),
            week_start=(self._locale.firstDayOfWeek().value - 1) % 7,
            terms=terms or TermCalendar(),
        )
        self._filter = EntryFilter()
        self._mode = LaneMode.ATTRIBUTE
        self._data = _empty_data(today or date.today())
        self._lanes = LaneGrouping([], [])
        self._builder = FrameBuilder(self._data, [])
        self._scene = PaintScene(self._data, [], [], [], self._mode)
        self._painter = TimelinePainter()
        self._viewport: Viewport | None = None
        # Until the student zooms or pans, the view keeps showing the latest year.
        self._moved = False
        self._frame: TimelineFrame | None = None
        self._revisions: OrderedDict[str, array[float]] = OrderedDict()
        self._sel_lane = 0
        self._sel_pos: int | None = None
        self._hover: HitPayload | None = None
        self._press: QPointF | None = None
        self._press_viewport: Viewport | None = None
        self._dragging = False
        self._card = HoverCard(self)
        self._card.hide()

        # Time runs left to right in every language, Arabic too: the timeline is a
        # chart (like a number line), not text; see docs/translating.md.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self.setMinimumSize(QSize(420, 260))
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(
            self.tr(
                "Your work over time. Plus and minus zoom, arrows move along, Home shows "
                "everything. N goes to the next entry, P to the previous one, L changes "
                "lane, Enter opens the entry, G shows how it grew. Its entries and months "
                "are listed inside it."
            )
        )
        self._actions = self._make_actions()
        # What a screen reader lists inside the timeline (built when first asked).
        self._a11y_rows: list[tuple[date, int]] | None = None
        self._a11y_names: dict[int, str] = {}
        self._rebuild_lanes(None)
        if journal is not None:
            self.reload()

    # -- data ----------------------------------------------------------------------------
    @property
    def data(self) -> TimelineData:
        return self._data

    def set_journal(self, journal: Journal | None) -> None:
        self._journal = journal
        self.reload()

    def set_filter(self, flt: EntryFilter) -> None:
        """Show only the entries ``flt`` matches (the same filter as the entries list)."""
        if flt == self._filter:
            return
        self._filter = flt
        self.reload()

    def entry_filter(self) -> EntryFilter:
        return self._filter

    def reload(self) -> None:
        """Read the journal again (after edits or a new filter), keeping zoom and selection."""
        if self._journal is None:
            self.set_data(_empty_data(self._today or date.today()))
            return
        with _gc_paused():
            data = read_timeline.timeline(
                self._journal, self._filter, today=self._today, utc_offset_hours=self._offset
            )
        self.set_data(data)

    def set_data(self, data: TimelineData) -> None:
        """Show already loaded data (e.g. loaded off the GUI thread)."""
        selected = self.selected_entry_id()
        self._data = data
        self._revisions.clear()
        self._rebuild_lanes(selected)
        if not self._moved:
            self._viewport = None
        self._invalidate()
        if selected and self.selected_entry_id() != selected:
            self._selection_moved(from_keyboard=False)

    # -- lanes ---------------------------------------------------------------------------
    def lane_mode(self) -> LaneMode:
        return self._mode

    def set_lane_mode(self, mode: LaneMode | str) -> None:
        """Group entries into lanes by attribute, goal or tag."""
        mode = LaneMode(mode)
        if mode == self._mode:
            return
        selected = self.selected_entry_id()
        self._mode = mode
        self._rebuild_lanes(selected)
        self._invalidate()
        self._update_accessible_name()

    def lanes(self) -> list[tuple[str, str, int]]:
        """(key, label, number of entries) of each lane, top to bottom."""
        return [(lane.key, lane.label, len(lane)) for lane in self._lanes.lanes]

    def _lane_labels(self) -> LaneLabels:
        return LaneLabels(
            attributes={key: style.attribute_label(key) for key in ATTRIBUTE_KEYS},
            other=self.tr("Other"),
            other_tags=self.tr("Other tags"),
            no_goal=self.tr("Not linked to a goal"),
            entries=self.tr("Entries"),
        )

    def _rebuild_lanes(self, keep_entry: str | None) -> None:
        data = self._data
        grouping = group_into_lanes(
            data.entries, self._mode, self._lane_labels(), tags=data.tags, goals=data.goals
        )
        lanes = grouping.lanes
        self._lanes = grouping
        self._builder = FrameBuilder(data, lanes, mode=self._mode, lane_goal=grouping.lane_goal)
        self._scene = PaintScene(
            data, lanes, lane_colours(lanes, self._mode), grouping.lane_goal, self._mode
        )
        # Card texts name lanes and positions in them: a new grouping needs new ones.
        self._cards = TimelineCards(self._journal, data, lanes, self._locale)
        self._a11y_rows = None
        self._a11y_names.clear()
        notify_items_changed(self)
        self._sel_pos = None
        self._sel_lane = min(self._sel_lane, len(lanes) - 1)
        if keep_entry:
            self._select_entry_in_lanes(keep_entry)

    # -- the visible range -----------------------------------------------------------------
    def viewport(self) -> Viewport | None:
        return self._viewport

    def visible_range(self) -> tuple[float, float]:
        """First and last day number on screen."""
        vp = self._ensure_viewport()
        return vp.start, vp.end

    def visible_dates(self) -> tuple[date, date]:
        start, end = self.visible_range()
        return date_of(start), date_of(end)

    def _plot_width(self) -> float:
        return plot_width_for(float(self.width()))

    def _ensure_viewport(self) -> Viewport:
        if self._viewport is None:
            self._viewport = self._initial_viewport()
        return self._viewport

    def _initial_viewport(self) -> Viewport:
        """The most recent year of work (or all of it, if it is shorter)."""
        lo, hi = self._data.extent()
        return Viewport.fit(max(lo, hi - 365.0), hi, self._plot_width())

    def _set_viewport(self, vp: Viewport) -> None:
        self._moved = True
        lo, hi = self._data.extent()
        vp = vp.within(min(lo, self._data.today), max(hi, self._data.today))
        if vp == self._viewport:
            return
        self._viewport = vp
        self._invalidate()
        self.viewport_changed.emit()

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom by ``factor`` (>1 zooms in) around widget x ``anchor_x`` (the centre if None)."""
        vp = self._ensure_viewport()
        anchor = None if anchor_x is None else anchor_x - GUTTER
        self._set_viewport(vp.zoomed(factor, anchor))

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP, self._keyboard_anchor())

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP, self._keyboard_anchor())

    def _keyboard_anchor(self) -> float | None:
        """Zoom around the selected entry when it is on screen."""
        entry = self._selected_index()
        vp = self._ensure_viewport()
        if entry is None:
            return None
        t = self._data.entries.times[entry]
        if vp.start <= t <= vp.end:
            return GUTTER + vp.x_of(t)
        return None

    def pan_by(self, dx_px: float) -> None:
        """Move the content ``dx_px`` pixels to the right (earlier times come into view)."""
        self._set_viewport(self._ensure_viewport().panned(dx_px))

    def fit_all(self) -> None:
        lo, hi = self._data.extent()
        self._set_viewport(Viewport.fit(lo, hi, self._plot_width()))

    def show_range(self, first: date, last: date) -> None:
        """Show the days from ``first`` to ``last`` (at least a week)."""
        lo = float(first.toordinal())
        hi = float(last.toordinal()) + 1.0
        self._set_viewport(Viewport.fit(lo, hi, self._plot_width(), margin_px=0.0))

    # -- selection -----------------------------------------------------------------------
    def selected_entry_id(self) -> str | None:
        entry = self._selected_index()
        return None if entry is None else self._data.entries.ids[entry]

    def _selected_index(self) -> int | None:
        lanes = self._lanes.lanes
        if self._sel_pos is None or not lanes:
            return None
        lane = lanes[self._sel_lane]
        if self._sel_pos >= len(lane):
            return None
        return lane.items[self._sel_pos]

    def _selection(self) -> Selection | None:
        entry = self._selected_index()
        if entry is None or self._sel_pos is None:
            return None
        return Selection(entry, self._sel_lane, self._sel_pos)

    def current_lane(self) -> int:
        return self._sel_lane

    def select_entry(self, entry_id: str | None) -> bool:
        """Select an entry by id (None clears); True if it is on the timeline."""
        if entry_id is None:
            changed = self._sel_pos is not None
            self._sel_pos = None
            if changed:
                self._selection_moved(from_keyboard=False)
            return True
        if not self._select_entry_in_lanes(entry_id):
            return False
        self._reveal_selection()
        self._selection_moved(from_keyboard=False)
        return True

    def _select_entry_in_lanes(self, entry_id: str) -> bool:
        index = self._data.entries.index_of(entry_id)
        if index is None:
            self._sel_pos = None
            return False
        t = self._data.entries.times[index]
        lanes = self._lanes.lanes
        order = [self._sel_lane, *[i for i in range(len(lanes)) if i != self._sel_lane]]
        for lane_index in order:
            lane = lanes[lane_index]
            lo, hi = visible_slice(lane.times, t, t)
            for pos in range(lo, hi):
                if lane.items[pos] == index:
                    self._sel_lane, self._sel_pos = lane_index, pos
                    return True
        self._sel_pos = None
        return False

    def select_next(self, delta: int = 1) -> None:
        """Move the selection ``delta`` items along the current lane (in time order)."""
        lanes = self._lanes.lanes
        lane = lanes[self._sel_lane] if lanes else None
        if lane is None or not len(lane):
            return
        if self._sel_pos is None:
            vp = self._ensure_viewport()
            lo, hi = visible_slice(lane.times, vp.start, vp.end)
            if lo < hi:
                self._sel_pos = lo if delta >= 0 else hi - 1
            else:
                self._sel_pos = nearest_index(lane.times, vp.centre)
        else:
            self._sel_pos = step_index(len(lane), self._sel_pos, delta)
        self._reveal_selection()
        self._selection_moved(from_keyboard=True)

    def select_previous(self) -> None:
        self.select_next(-1)

    def next_lane(self, delta: int = 1) -> None:
        """Move to the next lane, to the entry nearest in time to the current one."""
        lanes = self._lanes.lanes
        if not lanes:
            return
        entry = self._selected_index()
        vp = self._ensure_viewport()
        t = self._data.entries.times[entry] if entry is not None else vp.centre
        for _ in range(len(lanes)):
            self._sel_lane = (self._sel_lane + delta) % len(lanes)
            if len(lanes[self._sel_lane]):
                break
        self._sel_pos = nearest_index(lanes[self._sel_lane].times, t)
        self._reveal_selection()
        self._selection_moved(from_keyboard=True)

    def open_selected(self) -> None:
        entry_id = self.selected_entry_id()
        if entry_id:
            self.open_entry_requested.emit(entry_id)

    def _reveal_selection(self) -> None:
        entry = self._selected_index()
        if entry is None:
            return
        vp = self._ensure_viewport()
        self._set_viewport(vp.including(self._data.entries.times[entry], margin_px=40.0))

    def _selection_moved(self, *, from_keyboard: bool) -> None:
        self._invalidate(rebuild=False)
        entry_id = self.selected_entry_id() or ""
        self._update_accessible_name()
        notify_current_item(self, self.accessible_current_item())
        self.selection_changed.emit(entry_id)
        if from_keyboard and entry_id:
            self._show_card_for_selection()
        elif not entry_id:
            self._card.hide()

    def selected_description(self) -> str:
        """What a screen reader says about the selected entry ("" when none)."""
        entry = self._selected_index()
        if entry is None:
            return ""
        card = self._cards.entry_card(self._data.entries.ids[entry])
        lane = self._lanes.lanes[self._sel_lane].label
        if card is None:
            return lane
        revisions = self._data.entries.revisions[entry]
        return self.tr("{title}, {day}, drafts: {count}, lane: {lane}").format(
            title=card.title or self.tr("Untitled"),
            day=style.long_date(card.learned_on, self._locale),
            count=revisions,
            lane=lane,
        )

    def _update_accessible_name(self) -> None:
        description = self.selected_description()
        name = (
            self.tr("Timeline: {item}").format(item=description)
            if description
            else self.tr("Timeline")
        )
        if name == self.accessibleName():
            return
        self.setAccessibleName(name)
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
        if self.hasFocus():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Focus))

    # -- screen readers: the months and entries inside the timeline --------------------
    def _accessible_rows(self) -> list[tuple[date, int]]:
        """Month headings (entry -1) and entries, in time order: what a screen reader lists."""
        if self._a11y_rows is None:
            rows: list[tuple[date, int]] = []
            month: date | None = None
            for index, t in enumerate(self._data.entries.times):
                day = date_of(t)
                if month is None or (day.year, day.month) != (month.year, month.month):
                    month = day.replace(day=1)
                    rows.append((month, -1))
                rows.append((month, index))
            self._a11y_rows = rows
        return self._a11y_rows

    def accessible_item_count(self) -> int:
        return len(self._accessible_rows())

    def accessible_current_item(self) -> int:
        entry = self._selected_index()
        if entry is None:
            return -1
        for row, (_month, index) in enumerate(self._accessible_rows()):
            if index == entry:
                return row
        return -1

    def accessible_item(self, row: int) -> AccessibleItem | None:
        rows = self._accessible_rows()
        if not 0 <= row < len(rows):
            return None
        month, entry = rows[row]
        frame = self._ensure_frame() if self.isVisible() else None
        if entry < 0:
            count = sum(1 for m, i in rows if m == month and i >= 0)
            name = self.tr("%1: %n entry(s)", "", count).replace(
                "%1", format_month(month, self._locale)
            )
            rect = QRect()
            if frame is not None:
                start = month.toordinal()
                end = (month.replace(year=month.year + 1, month=1) if month.month == 12
                       else month.replace(month=month.month + 1)).toordinal()
                left = max(frame.x_of(start), frame.layout.plot_left)
                right = min(frame.x_of(end), float(self.width()))
                if right > left:
                    rect = QRect(int(left), 0, max(1, int(right - left)), self.height())
            return AccessibleItem(name, QAccessible.Role.Heading, rect)
        marker = frame.marker_of(entry) if frame is not None else None
        rect = QRect()
        if marker is not None:
            r = max(2, int(marker.r))
            rect = QRect(int(marker.x) - r, int(marker.y) - r, 2 * r, 2 * r)
        return AccessibleItem(
            self._entry_name(entry),
            QAccessible.Role.ListItem,
            rect,
            selected=entry == self._selected_index(),
        )

    def _entry_name(self, entry: int) -> str:
        name = self._a11y_names.get(entry)
        if name is None:
            card = self._cards.entry_card(self._data.entries.ids[entry])
            count = self._data.entries.revisions[entry]
            if card is None:
                name = self.tr("Entry with %n draft(s)", "", count)
            else:
                name = self.tr("%1, %2, %n draft(s)", "title, day", count)
                name = name.replace("%1", card.title or self.tr("Untitled")).replace(
                    "%2", style.long_date(card.learned_on, self._locale)
                )
            self._a11y_names[entry] = name
        return name

    # -- cards ---------------------------------------------------------------------------
    def card_text(self, payload: HitPayload) -> CardText | None:
        """What the hover card says about a thing on the timeline."""
        return self._cards.text_for(payload)

    def _show_card_for_selection(self) -> None:
        frame = self._ensure_frame()
        entry = self._selected_index()
        if entry is None or frame.selected is None or not self.isVisible():
            return
        text = self.card_text(HitPayload("entry", entry, self._sel_lane))
        if text is not None:
            anchor = QPoint(int(frame.selected.x), int(frame.selected.y))
            self._card.show_text(text, anchor)

    def hover_card(self) -> HoverCard:
        return self._card

    # -- frames --------------------------------------------------------------------------
    def _invalidate(self, *, rebuild: bool = True) -> None:
        """Forget the built frame (or, for a new selection, only its highlighted dot)."""
        if rebuild:
            self._frame = None
        elif self._frame is not None:
            self._frame.selected = self._builder.selected_marker(self._frame, self._selection())
        self.update()

    def _ensure_frame(self) -> TimelineFrame:
        if self._frame is None:
            with _gc_paused():
                self._frame = self._build_frame(float(self.width()), float(self.height()))
        return self._frame

    def _build_frame(self, width: float, height: float) -> TimelineFrame:
        vp = self._ensure_viewport()
        plot_width = plot_width_for(width)
        if vp.width != plot_width:
            # A hidden widget gets its resize event late: catch up here.
            vp = self._viewport = (
                vp.resized(plot_width) if self._moved else self._initial_viewport()
            )
        return self._builder.build(
            vp,
            width,
            height,
            labelling=self._labelling,
            revision_times=self._revision_times,
            selection=self._selection(),
        )

    def _revision_times(self, entry_ids: list[str]) -> Mapping[str, Sequence[float]]:
        """Revision times of these entries: from the bounded cache, loading what is missing."""
        cache = self._revisions
        missing = [entry_id for entry_id in entry_ids if entry_id not in cache]
        if missing and self._journal is not None:
            loaded = read_timeline.revision_times(
                self._journal, missing, utc_offset_hours=self._offset
            )
            cache.update(loaded)
        found = {}
        for entry_id in entry_ids:
            times = cache.get(entry_id)
            if times is not None:
                cache.move_to_end(entry_id)
                found[entry_id] = times
        while len(cache) > max(REVISION_CACHE_ENTRIES, len(entry_ids)):
            cache.popitem(last=False)
        return found

    def revision_cache_size(self) -> int:
        return len(self._revisions)

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.render_view(painter, for_export=False)
        finally:
            painter.end()

    def render_view(self, painter: QPainter, *, for_export: bool = False) -> None:
        """Paint the whole timeline at the widget's size (also used for PNG and SVG export)."""
        # A frame makes thousands of short-lived objects with no cycles among
        # them; pausing the cyclic collector keeps its full sweeps (tens of ms
        # in a big process) out of pans and zooms. Refcounting frees them all.
        with _gc_paused():
            frame = self._ensure_frame()
            state = PaintState(
                font=self.font(),
                locale=self._locale,
                hover=self._hover,
                has_focus=self.hasFocus(),
                current_lane=self._sel_lane,
                filtered=not self._filter.is_empty,
                for_export=for_export,
            )
            self._painter.paint(painter, frame, self._scene, state)

    # -- export --------------------------------------------------------------------------
    def export_png(self, path: str | Path, scale: float = 2.0) -> None:
        """Save what the timeline shows as a PNG picture (``scale`` × the widget's size)."""
        from journal.ui.timeline.export import render_png

        render_png(self, Path(path), scale)

    def export_svg(self, path: str | Path) -> None:
        """Save what the timeline shows as an SVG drawing (sharp at any size)."""
        from journal.ui.timeline.export import render_svg

        render_svg(self, Path(path), self.tr("Learning Journal timeline"))

    def ask_save_path(self, title: str, name_filter: str, suggested: str) -> str:
        """Ask where to save (the one seam tests patch)."""
        path, _ = QFileDialog.getSaveFileName(
            self, title, file_places.start_path(suggested), name_filter
        )
        file_places.remember(path)
        return path

    def _export_with_dialog(self, kind: str) -> None:
        if kind == "png":
            path = self.ask_save_path(
                self.tr("Save the timeline as a picture"),
                self.tr("PNG picture (*.png)"),
                "timeline.png",
            )
            if path:
                self.export_png(path)
        else:
            path = self.ask_save_path(
                self.tr("Save the timeline as a drawing"),
                self.tr("SVG drawing (*.svg)"),
                "timeline.svg",
            )
            if path:
                self.export_svg(path)

    # -- actions and events ----------------------------------------------------------------
    def _make_actions(self) -> dict[str, QAction]:
        def action(
            key: str, text: str, slot: object, shortcut: QKeySequence | None = None
        ) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(shortcut)
                act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.addAction(act)
            act.triggered.connect(slot)
            return act

        return {
            "fit": action("fit", self.tr("Show everything"), self.fit_all),
            "zoom_in": action("zoom_in", self.tr("Zoom in"), self.zoom_in),
            "zoom_out": action("zoom_out", self.tr("Zoom out"), self.zoom_out),
            "lanes_attribute": action(
                "lanes_attribute",
                self.tr("Lanes by attribute"),
                lambda: self.set_lane_mode(LaneMode.ATTRIBUTE),
            ),
            "lanes_goal": action(
                "lanes_goal", self.tr("Lanes by goal"), lambda: self.set_lane_mode(LaneMode.GOAL)
            ),
            "lanes_tag": action(
                "lanes_tag", self.tr("Lanes by tag"), lambda: self.set_lane_mode(LaneMode.TAG)
            ),
            "export_png": action(
                "export_png",
                self.tr("Save as picture (PNG)…"),
                lambda: self._export_with_dialog("png"),
            ),
            "export_svg": action(
                "export_svg",
                self.tr("Save as drawing (SVG)…"),
                lambda: self._export_with_dialog("svg"),
            ),
        }

    def timeline_actions(self) -> dict[str, QAction]:
        """The timeline's actions, for a window's menus and toolbars."""
        return dict(self._actions)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        for key in ("zoom_in", "zoom_out", "fit"):
            menu.addAction(self._actions[key])
        menu.addSeparator()
        for key in ("lanes_attribute", "lanes_goal", "lanes_tag"):
            menu.addAction(self._actions[key])
        menu.addSeparator()
        for key in ("export_png", "export_svg"):
            menu.addAction(self._actions[key])
        menu.popup(event.globalPos())

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                # Tab and Shift+Tab (with or without Ctrl) leave the timeline, so the
                # keyboard is never trapped here; N/P and the arrows move inside it.
                self.focusNextPrevChild(
                    key == Qt.Key.Key_Tab
                    and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                event.accept()
                return True
        if kind == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                factor = pinch.scaleFactor()
                if factor > 0 and factor != 1.0:
                    centre = self.mapFromGlobal(pinch.centerPoint().toPoint())
                    self.zoom_by(factor, float(centre.x()))
                event.accept(pinch)
                return True
        if kind == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom_by(1.0 + event.value(), event.position().x())
                event.accept()
                return True
            if event.gestureType() == Qt.NativeGestureType.SmartZoomNativeGesture:
                self.fit_all()
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        pan = self._plot_width() / 8
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal) or event.matches(
            QKeySequence.StandardKey.ZoomIn
        ):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore) or event.matches(
            QKeySequence.StandardKey.ZoomOut
        ):
            self.zoom_out()
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_0):
            self.fit_all()
        elif key == Qt.Key.Key_End:
            self._set_viewport(self._ensure_viewport().centred_on(self._data.today))
        elif key == Qt.Key.Key_Left:
            self.pan_by(pan * (4 if shift else 1))
        elif key == Qt.Key.Key_Right:
            self.pan_by(-pan * (4 if shift else 1))
        elif key == Qt.Key.Key_PageUp:
            self.pan_by(self._plot_width() * 0.8)
        elif key == Qt.Key.Key_PageDown:
            self.pan_by(-self._plot_width() * 0.8)
        elif key == Qt.Key.Key_N:
            self.select_next()
        elif key == Qt.Key.Key_P:
            self.select_previous()
        elif key == Qt.Key.Key_L:
            self.next_lane(-1 if shift else 1)
        elif key == Qt.Key.Key_Down:
            self.next_lane(1)
        elif key == Qt.Key.Key_Up:
            self.next_lane(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_selected()
        elif key == Qt.Key.Key_G:
            entry_id = self.selected_entry_id()
            if entry_id:
                self.growth_requested.emit(entry_id)
        elif key == Qt.Key.Key_Escape:
            self._card.hide()
            self.select_entry(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def hit_at(self, pos: QPointF) -> HitPayload | None:
        """What is drawn under a widget position (None for empty space)."""
        return self._ensure_frame().hit_at(pos.x(), pos.y())

    def marker_position(self, entry_id: str) -> QPointF | None:
        """Where an entry's dot is drawn (None when it is off screen or inside a count)."""
        index = self._data.entries.index_of(entry_id)
        marker = None if index is None else self._ensure_frame().marker_of(index)
        return None if marker is None else QPointF(marker.x, marker.y)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_viewport = self._ensure_viewport()
            self._dragging = False
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            dx = event.position().x() - self._press.x()
            if self._dragging or abs(dx) >= DRAG_THRESHOLD:
                if not self._dragging:
                    self._dragging = True
                    self._card.hide()
                    self.setCursor(Qt.CursorShape.ClosedHandCursor)
                assert self._press_viewport is not None
                self._set_viewport(self._press_viewport.panned(dx))
            return
        payload = self.hit_at(event.position())
        if payload != self._hover:
            self._hover = payload
            self.update()
            if payload is None:
                self._card.hide()
            else:
                text = self.card_text(payload)
                if text is None:
                    self._card.hide()
                else:
                    self._card.show_text(text, event.position().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if self._dragging:
                self.unsetCursor()
            else:
                self._click(event.position())
            self._press = None
            self._dragging = False
        super().mouseReleaseEvent(event)

    def _click(self, pos: QPointF) -> None:
        payload = self.hit_at(pos)
        if payload is None:
            return
        if payload.kind == "entry":
            self._sel_lane, self._sel_pos = payload.b, payload.c
            self._selection_moved(from_keyboard=False)
        elif payload.kind == "bucket":
            lane = self._lanes.lanes[payload.a]
            lo, hi = lane.times[payload.b], lane.times[payload.c - 1]
            self._card.hide()
            self._set_viewport(Viewport.fit(lo - 0.5, hi + 0.5, self._plot_width()))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        payload = self.hit_at(event.position())
        if payload is not None and payload.kind == "entry":
            self._sel_lane, self._sel_pos = payload.b, payload.c
            self._selection_moved(from_keyboard=False)
            self.open_selected()
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Vertical wheel zooms around the pointer; sideways (or Shift+wheel) pans."""
        angle = event.angleDelta()
        pixels = event.pixelDelta()
        across, along = float(angle.x()), float(angle.y())
        pan_px = float(pixels.x()) if not pixels.isNull() else across / 2
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and not across:
            pan_px, along = along / 2, 0.0
        if pan_px:
            self.pan_by(pan_px)
        if along:
            self.zoom_by(WHEEL_ZOOM_PER_NOTCH ** (along / 120.0), event.position().x())
        event.accept()

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = None
        self._card.hide()
        self.update()
        super().leaveEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._card.hide()
        self.update()
        super().focusOutEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self._viewport is None or not self._moved:
            self._viewport = self._initial_viewport()
        else:
            self._viewport = self._viewport.resized(self._plot_width())
        self._invalidate()
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1100, 520)

    # -- for tests and benchmarks ----------------------------------------------------------
    def frame_stats(self) -> dict[str, int]:
        """How much the current frame holds (it follows the screen, not the journal)."""
        return self._ensure_frame().stats()


expose_items(TimelineView, QAccessible.Role.List)
