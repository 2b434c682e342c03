"""What one frame of the portfolio timeline shows, worked out without Qt.

Given the timeline's data grouped into lanes and a viewport (which stretch of
time, how many pixels wide), :class:`FrameBuilder` computes where every dot,
count marker, drafting line, revision tick, goal bar, checkpoint and
reflection or feedback mark goes, as plain values. The painter
(``journal.ui.timeline.painter``) draws a :class:`TimelineFrame`; the widget
hit-tests it. Nothing here imports Qt or SQL, so the geometry is tested
without a display and its cost measured on its own.

Only what is on screen is built, so the work per frame and its memory follow
the pixels, not the size of the journal.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from journal.core.timeline import (
    ATTRIBUTE_KEYS,
    OTHER_LANE,
    REVISION_TICK_BUDGET,
    REVISION_TICKS_MIN_PX_PER_DAY,
    HitIndex,
    HitTarget,
    LabelFormatter,
    Lane,
    LaneMode,
    LaneSpec,
    TermCalendar,
    TickSet,
    Viewport,
    assign_lanes,
    bucket_width_days,
    default_context_label,
    default_label,
    lane_capacity,
    make_buckets,
    make_ticks,
    marker_radius,
    pack_intervals,
    top_keys,
)

# Sizes of the timeline's regions, in pixels.
GUTTER = 148.0  # lane names, left of the plot
AXIS_H = 46.0
GOAL_ROW_H = 26.0
MAX_GOAL_ROWS = 4
MARKS_H = 26.0
LEGEND_H = 26.0
MIN_LANE_H = 26.0
ROW_PX = 13.0  # vertical distance between dots stacked in one bucket
# More dots than this in one bucket of a lane become a count marker.
MAX_STACK = 5
MAX_R = 9.0
MAX_TAG_LANES = 10


# -- what the builder reads ---------------------------------------------------------------
# Structural types, so the store's snapshots (journal.store.timeline_data) fit
# without this layer importing the store.


class EntryColumns(Protocol):
    """The timeline's entries sorted by time, one sequence per column."""

    @property
    def ids(self) -> Sequence[str]: ...
    @property
    def times(self) -> Sequence[float]: ...
    @property
    def revisions(self) -> Sequence[int]: ...
    @property
    def span_lo(self) -> Sequence[float]: ...
    @property
    def span_hi(self) -> Sequence[float]: ...
    def __len__(self) -> int: ...


class LaneKeysSource(EntryColumns, Protocol):
    """Entries that can say which lanes they belong in."""

    def attribute_keys_of(self, index: int) -> tuple[str, ...]: ...
    def tags_of(self, index: int) -> Sequence[int]: ...
    def goals_of(self, index: int) -> Sequence[int]: ...


class CheckpointTime(Protocol):
    @property
    def t(self) -> float: ...


class GoalPeriod(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def start(self) -> float: ...
    @property
    def end(self) -> float: ...
    @property
    def checkpoints(self) -> Sequence[CheckpointTime]: ...


class MarkTimes(Protocol):
    @property
    def times(self) -> Sequence[float]: ...


class TimelineSource(Protocol):
    """Everything on the timeline (``journal.store.timeline_data.TimelineData`` fits)."""

    @property
    def entries(self) -> EntryColumns: ...
    @property
    def goals(self) -> Sequence[GoalPeriod]: ...
    @property
    def reflections(self) -> MarkTimes: ...
    @property
    def feedback(self) -> MarkTimes: ...
    @property
    def today(self) -> float: ...


class NamedTag(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...


# Revision times of the given entries (those it knows), each sorted.
RevisionTimes = Callable[[list[str]], Mapping[str, Sequence[float]]]


# -- lanes --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LaneLabels:
    """The words lanes are named with (translated by the caller)."""

    attributes: Mapping[str, str]
    other: str = "Other"
    other_tags: str = "Other tags"
    no_goal: str = "Not linked to a goal"
    entries: str = "Entries"


@dataclass(frozen=True, slots=True)
class LaneGrouping:
    lanes: list[Lane]
    # The goal each lane stands for (index into the data's goals), None for other lanes.
    lane_goal: list[int | None]


def group_into_lanes(
    entries: LaneKeysSource,
    mode: LaneMode,
    labels: LaneLabels,
    *,
    tags: Sequence[NamedTag] = (),
    goals: Sequence[GoalPeriod] = (),
) -> LaneGrouping:
    """Group the entries into lanes by attribute, by their most used tags, or by goal.

    There is always at least one lane, so the view never has nothing to select in.
    """
    times = entries.times
    count = len(entries)
    lane_goal: list[int | None] = []
    if mode is LaneMode.ATTRIBUTE:
        specs = [LaneSpec(key, labels.attributes.get(key, key)) for key in ATTRIBUTE_KEYS]
        keys = (entries.attribute_keys_of(i) for i in range(count))
        lanes = assign_lanes(times, keys, specs, other=LaneSpec(OTHER_LANE, labels.other))
    elif mode is LaneMode.TAG:
        per_entry = [[tags[t].id for t in entries.tags_of(i)] for i in range(count)]
        chosen = top_keys(per_entry, MAX_TAG_LANES)
        names = {tag.id: tag.name for tag in tags}
        chosen.sort(key=lambda key: names[key].casefold())
        specs = [LaneSpec(key, names[key]) for key in chosen]
        lanes = assign_lanes(times, per_entry, specs, other=LaneSpec(OTHER_LANE, labels.other_tags))
    else:
        specs = [LaneSpec(str(g), goal.title) for g, goal in enumerate(goals)]
        per_entry_goals = ([str(g) for g in entries.goals_of(i)] for i in range(count))
        lanes = assign_lanes(
            times, per_entry_goals, specs, other=LaneSpec(OTHER_LANE, labels.no_goal)
        )
        lane_goal = [int(lane.key) if lane.key != OTHER_LANE else None for lane in lanes]
    if not lanes:
        lanes = [Lane(OTHER_LANE, labels.entries, array("d"), array("l"))]
        lane_goal = []
    if not lane_goal:
        lane_goal = [None] * len(lanes)
    return LaneGrouping(lanes, lane_goal)


# -- geometry -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle in widget pixels (``x``, ``y`` is its top-left corner)."""

    x: float
    y: float
    width: float
    height: float

    @property
    def left(self) -> float:
        return self.x

    @property
    def top(self) -> float:
        return self.y

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def centre_x(self) -> float:
        return self.x + self.width / 2

    @property
    def centre_y(self) -> float:
        return self.y + self.height / 2

    def adjusted(self, dx0: float, dy0: float, dx1: float, dy1: float) -> Rect:
        """Move the left and top edges by (dx0, dy0), the right and bottom ones by (dx1, dy1)."""
        return Rect(self.x + dx0, self.y + dy0, self.width - dx0 + dx1, self.height - dy0 + dy1)


@dataclass(frozen=True, slots=True)
class FrameLayout:
    """The regions of the timeline at one widget size, top to bottom."""

    width: float
    height: float
    plot_left: float
    plot_width: float
    axis: Rect
    goals: Rect
    lanes: tuple[Rect, ...]
    marks: Rect
    legend: Rect

    @property
    def plot(self) -> Rect:
        """Where time is drawn: right of the gutter, from the axis to the marks row."""
        top = self.axis.bottom
        return Rect(self.plot_left, top, self.plot_width, self.marks.bottom - top)


def plot_width_for(width: float) -> float:
    """The plot's width in a timeline ``width`` pixels wide."""
    return max(width - GUTTER, 1.0)


# -- what a frame holds -------------------------------------------------------------------
# Frame items are small named tuples without reference cycles: refcounting
# frees a frame at once. The collector still tracks each one (only exact
# tuples are untracked), so the most numerous kind, drafting periods, lives in
# array columns instead (see DraftSpans).


class HitPayload(NamedTuple):
    """What a hit target stands for: ``kind`` plus up to three indices.

    entry: (entry, lane, position in lane); bucket: (lane, lo, hi) of the lane's
    items; goal: (goal,); checkpoint: (goal, checkpoint); reflection and
    feedback: (0, lo, hi) of their marks.
    """

    kind: str
    a: int = 0
    b: int = 0
    c: int = 0


class Marker(NamedTuple):
    """One entry's dot."""

    x: float
    y: float
    r: float
    entry: int
    lane: int
    pos: int  # index in the lane's arrays


class Aggregate(NamedTuple):
    """A count marker standing for the ``n`` entries ``[lo, hi)`` of a lane in one bucket."""

    x0: float
    x1: float
    y: float
    h: float
    n: int
    lane: int
    lo: int
    hi: int


class DraftSpan(NamedTuple):
    """An entry's drafting period as a line, with a tick at each revision on screen."""

    lane: int
    y: float
    x0: float
    x1: float
    ticks: list[float]


class DraftSpans:
    """The drafting periods of a frame, kept column by column.

    Zoomed in, a frame holds hundreds of them, each with its ticks: in
    ``array`` columns they are a handful of objects the cyclic garbage
    collector never tracks, instead of two tracked objects per span that
    would push it into full sweeps mid-pan.
    """

    __slots__ = ("_lanes", "_tick_ends", "_tick_xs", "_x0s", "_x1s", "_ys")

    def __init__(self) -> None:
        self._lanes: array[int] = array("l")
        self._ys: array[float] = array("d")
        self._x0s: array[float] = array("d")
        self._x1s: array[float] = array("d")
        self._tick_xs: array[float] = array("d")
        self._tick_ends: array[int] = array("l")

    def add(self, lane: int, y: float, x0: float, x1: float, ticks: Iterable[float]) -> None:
        self._lanes.append(lane)
        self._ys.append(y)
        self._x0s.append(x0)
        self._x1s.append(x1)
        self._tick_xs.extend(ticks)
        self._tick_ends.append(len(self._tick_xs))

    def __len__(self) -> int:
        return len(self._lanes)

    def __bool__(self) -> bool:
        return bool(self._lanes)

    def __getitem__(self, index: int) -> DraftSpan:
        if not -len(self) <= index < len(self):
            raise IndexError("draft span index out of range")
        index %= len(self)
        first = self._tick_ends[index - 1] if index else 0
        return DraftSpan(
            self._lanes[index],
            self._ys[index],
            self._x0s[index],
            self._x1s[index],
            self._tick_xs[first : self._tick_ends[index]].tolist(),
        )

    def __iter__(self) -> Iterator[DraftSpan]:
        for index in range(len(self)):
            yield self[index]

    def rows(self) -> Iterator[tuple[int, float, float, float, array[float]]]:
        """(lane, y, x0, x1, tick xs) of each span, for drawing (cheaper than ``DraftSpan``)."""
        ticks, ends = self._tick_xs, self._tick_ends
        first = 0
        for index, lane in enumerate(self._lanes):
            end = ends[index]
            yield lane, self._ys[index], self._x0s[index], self._x1s[index], ticks[first:end]
            first = end

    @property
    def tick_count(self) -> int:
        return len(self._tick_xs)


class GoalBar(NamedTuple):
    goal: int
    rect: Rect


class CheckpointDot(NamedTuple):
    goal: int
    checkpoint: int
    x: float
    y: float


class MarkDot(NamedTuple):
    """Reflections or feedback ``[lo, hi)`` shown as one mark (with a count when several)."""

    kind: str  # reflection or feedback
    x: float
    mark_count: int
    lo: int
    hi: int


class Selection(NamedTuple):
    """The selected entry: its index, the lane it is selected in, its position in that lane."""

    entry: int
    lane: int
    pos: int


@dataclass(slots=True)
class TimelineFrame:
    """Everything one frame draws, in widget pixels."""

    viewport: Viewport
    layout: FrameLayout
    ticks: TickSet
    markers: list[Marker] = field(default_factory=list)
    aggregates: list[Aggregate] = field(default_factory=list)
    spans: DraftSpans = field(default_factory=DraftSpans)
    goal_bars: list[GoalBar] = field(default_factory=list)
    checkpoints: list[CheckpointDot] = field(default_factory=list)
    marks: list[MarkDot] = field(default_factory=list)
    # Goals, checkpoints and marks; dots and counts become targets only when
    # something is pointed at (most frames are never hit-tested).
    extra_targets: list[HitTarget] = field(default_factory=list)
    hits: HitIndex | None = None
    selected: Marker | None = None

    def x_of(self, t: float) -> float:
        """The widget x of day number ``t``."""
        return self.layout.plot_left + self.viewport.x_of(t)

    def hit_index(self) -> HitIndex:
        if self.hits is None:
            targets = list(self.extra_targets)
            targets.extend(
                HitTarget(m.x, m.y, m.r + 1, m.r + 1, HitPayload("entry", m.entry, m.lane, m.pos))
                for m in self.markers
            )
            targets.extend(
                HitTarget(
                    (a.x0 + a.x1) / 2,
                    a.y,
                    (a.x1 - a.x0) / 2,
                    a.h / 2,
                    HitPayload("bucket", a.lane, a.lo, a.hi),
                )
                for a in self.aggregates
            )
            self.hits = HitIndex(targets)
        return self.hits

    def hit_at(self, x: float, y: float) -> HitPayload | None:
        """What is drawn at widget position (x, y) (None for empty space and the gutter)."""
        if x < self.layout.plot_left:
            return None
        target = self.hit_index().at(x, y)
        if target is None or not isinstance(target.payload, HitPayload):
            return None
        return target.payload

    def marker_of(self, entry: int, lane: int | None = None) -> Marker | None:
        """The dot drawn for an entry (in ``lane``, or in any), None when it is not drawn alone."""
        for marker in self.markers:
            if marker.entry == entry and (lane is None or marker.lane == lane):
                return marker
        return None

    def stats(self) -> dict[str, int]:
        """How much the frame holds (it follows the screen, not the journal)."""
        return {
            "markers": len(self.markers),
            "aggregates": len(self.aggregates),
            "spans": len(self.spans),
            "ticks": self.spans.tick_count,
            "goal_bars": len(self.goal_bars),
            "checkpoints": len(self.checkpoints),
            "marks": len(self.marks),
            "hit_targets": len(self.hit_index()),
        }


@dataclass(frozen=True, slots=True)
class TickLabelling:
    """How axis labels read (the caller's locale) and when weeks and terms start."""

    formatter: LabelFormatter = default_label
    context_formatter: LabelFormatter = default_context_label
    week_start: int = 0  # 0 = Monday, as date.weekday
    terms: TermCalendar = field(default_factory=TermCalendar)


def _no_revision_times(entry_ids: list[str]) -> Mapping[str, Sequence[float]]:
    return {}


# -- the builder --------------------------------------------------------------------------


class FrameBuilder:
    """Builds frames of one timeline: its data grouped into lanes, in one lane mode.

    Make a new builder when the data, the lanes or the lane mode change; it
    keeps what does not depend on the viewport (dot sizes, goal rows, the
    layout for the last size).
    """

    def __init__(
        self,
        data: TimelineSource,
        lanes: Sequence[Lane],
        *,
        mode: LaneMode = LaneMode.ATTRIBUTE,
        lane_goal: Sequence[int | None] | None = None,
    ) -> None:
        self.data = data
        self.lanes = list(lanes)
        self.mode = mode
        self.lane_goal = list(lane_goal) if lane_goal is not None else [None] * len(self.lanes)
        entries = data.entries
        self.radius = array("d", (marker_radius(r) for r in entries.revisions))
        self.goal_rows = pack_intervals([(g.start, g.end) for g in data.goals], gap=2.0)
        # How far drafting periods reach before and after their entry's time:
        # how far outside the view to look for drafts that reach into it.
        times, span_lo, span_hi = entries.times, entries.span_lo, entries.span_hi
        self.max_lead = max((t - lo for t, lo in zip(times, span_lo, strict=True)), default=0.0)
        self.max_trail = max((hi - t for t, hi in zip(times, span_hi, strict=True)), default=0.0)
        self._layout: FrameLayout | None = None

    # -- layout ----------------------------------------------------------------------------
    def layout(self, width: float, height: float) -> FrameLayout:
        """The regions at this size (kept until the size changes)."""
        lay = self._layout
        if lay is not None and lay.width == width and lay.height == height:
            return lay
        goal_rows = 0
        if self.mode is not LaneMode.GOAL and self.data.goals:
            goal_rows = min(max(self.goal_rows, default=0) + 1, MAX_GOAL_ROWS)
        axis = Rect(0, 0, width, AXIS_H)
        goals_h = goal_rows * GOAL_ROW_H + (8.0 if goal_rows else 0.0)
        goals = Rect(0, AXIS_H, width, goals_h)
        legend = Rect(0, height - LEGEND_H, width, LEGEND_H)
        marks = Rect(0, legend.top - MARKS_H, width, MARKS_H)
        top = goals.bottom
        lane_count = len(self.lanes)
        available = max(marks.top - top, MIN_LANE_H * lane_count)
        lane_h = available / max(lane_count, 1)
        lanes = tuple(Rect(0, top + i * lane_h, width, lane_h) for i in range(lane_count))
        lay = FrameLayout(
            width, height, GUTTER, plot_width_for(width), axis, goals, lanes, marks, legend
        )
        self._layout = lay
        return lay

    # -- frames ----------------------------------------------------------------------------
    def build(
        self,
        viewport: Viewport,
        width: float,
        height: float,
        *,
        labelling: TickLabelling | None = None,
        revision_times: RevisionTimes = _no_revision_times,
        selection: Selection | None = None,
    ) -> TimelineFrame:
        """The frame showing ``viewport`` in a timeline ``width`` × ``height`` pixels.

        ``revision_times`` is asked for the revision times of the entries whose
        drafting periods are on screen, when the view is zoomed in far enough
        to draw them and there are not too many.
        """
        lay = self.layout(width, height)
        labelling = labelling or TickLabelling()
        ticks = make_ticks(
            viewport,
            formatter=labelling.formatter,
            context_formatter=labelling.context_formatter,
            week_start=labelling.week_start,
            terms=labelling.terms,
        )
        frame = TimelineFrame(viewport, lay, ticks)
        vp = viewport
        left = lay.plot_left
        ppd = vp.px_per_day
        width_days = bucket_width_days(ppd)
        pad = MAX_R / ppd
        t0 = math.floor((vp.start - pad) / width_days) * width_days
        t1 = math.ceil((vp.end + pad) / width_days) * width_days
        show_drafts = ppd >= REVISION_TICKS_MIN_PX_PER_DAY
        radius = self.radius
        markers, aggregates = frame.markers, frame.aggregates
        span_markers: list[Marker] = []
        for li, lane in enumerate(self.lanes):
            rect = lay.lanes[li]
            mid = rect.centre_y
            capacity = min(lane_capacity(rect.height - 6.0, ROW_PX), MAX_STACK)
            times, items = lane.times, lane.items
            for bucket in make_buckets(times, t0, t1, width_days):
                n = bucket.count
                if n <= capacity:
                    offset = (n - 1) / 2
                    for k in range(n):
                        i = bucket.lo + k
                        entry = items[i]
                        x = left + (times[i] - vp.start) * ppd
                        y = mid + (k - offset) * ROW_PX
                        markers.append(Marker(x, y, radius[entry], entry, li, i))
                else:
                    x0 = left + (bucket.t0 - vp.start) * ppd
                    x1 = left + (bucket.t1 - vp.start) * ppd
                    h = min(rect.height - 6.0, 12.0 + 6.0 * math.log2(n))
                    aggregates.append(Aggregate(x0, x1, mid, h, n, li, bucket.lo, bucket.hi))
            if show_drafts:
                span_markers.extend(
                    self._offscreen_span_markers(
                        lane, li, vp, left, t0, t1, width_days, capacity, mid
                    )
                )
        if show_drafts:
            self._build_spans(frame, [*markers, *span_markers], revision_times)
        self._build_goals(frame)
        self._build_marks(frame, width_days)
        frame.selected = self.selected_marker(frame, selection)
        return frame

    def selected_marker(self, frame: TimelineFrame, selection: Selection | None) -> Marker | None:
        """The dot to highlight for ``selection`` in ``frame`` (None when it is off screen).

        A selected entry inside a count marker (zoomed out) is drawn alone on
        top, in the middle of its lane.
        """
        if selection is None:
            return None
        found = frame.marker_of(selection.entry, selection.lane)
        if found is not None:
            return found
        t = self.data.entries.times[selection.entry]
        vp = frame.viewport
        if not vp.start - 1 <= t <= vp.end + 1:
            return None
        rect = frame.layout.lanes[selection.lane]
        return Marker(
            frame.x_of(t),
            rect.centre_y,
            self.radius[selection.entry],
            selection.entry,
            selection.lane,
            selection.pos,
        )

    def _offscreen_span_markers(
        self,
        lane: Lane,
        li: int,
        vp: Viewport,
        left: float,
        t0: float,
        t1: float,
        width_days: float,
        capacity: int,
        mid: float,
    ) -> Iterator[Marker]:
        """Entries whose dot is off screen but whose drafting period reaches into view."""
        entries = self.data.entries
        span_lo, span_hi = entries.span_lo, entries.span_hi
        times, items = lane.times, lane.items
        # The frame's buckets hold the items in [t0, t1]; look just outside them.
        before = (bisect_left(times, t0 - self.max_trail), bisect_left(times, t0))
        after = (bisect_right(times, t1), bisect_right(times, t1 + self.max_lead))
        for lo, hi in (before, after):
            for i in range(lo, hi):
                entry = items[i]
                if span_hi[entry] < vp.start or span_lo[entry] > vp.end:
                    continue
                k = math.floor(times[i] / width_days)
                b_lo = bisect_left(times, k * width_days)
                b_hi = bisect_left(times, (k + 1) * width_days)
                n = b_hi - b_lo
                if n > capacity or not b_lo <= i < b_hi:
                    continue
                y = mid + ((i - b_lo) - (n - 1) / 2) * ROW_PX
                x = left + vp.x_of(times[i])
                yield Marker(x, y, self.radius[entry], entry, li, i)

    def _build_spans(
        self, frame: TimelineFrame, markers: Iterable[Marker], revision_times: RevisionTimes
    ) -> None:
        entries = self.data.entries
        revisions, span_lo, span_hi, ids = (
            entries.revisions,
            entries.span_lo,
            entries.span_hi,
            entries.ids,
        )
        vp = frame.viewport
        left = frame.layout.plot_left
        wanted = [
            m
            for m in markers
            if revisions[m.entry] > 0
            and span_hi[m.entry] >= vp.start
            and span_lo[m.entry] <= vp.end
        ]
        # Level of detail for drafts: the drafting period as a line from the
        # entries' own columns; each revision as a tick only while there are not
        # too many to draw (their times are loaded for what is on screen).
        expected = 0.0
        for m in wanted:
            lo, hi = span_lo[m.entry], span_hi[m.entry]
            shown = min(hi, vp.end) - max(lo, vp.start)
            expected += revisions[m.entry] * min(max(shown / max(hi - lo, 1e-3), 0.0), 1.0)
        times_of: Mapping[str, Sequence[float]] = {}
        if expected <= REVISION_TICK_BUDGET:
            times_of = revision_times(list(dict.fromkeys(ids[m.entry] for m in wanted)))
        ppd = vp.px_per_day
        start = vp.start
        # Only the ticks on screen are built; the line is clipped to the plot.
        t_lo, t_hi = vp.start - 2 / ppd, vp.end + 2 / ppd
        x_lo, x_hi = left - 4, left + vp.width + 4
        for m in wanted:
            times = times_of.get(ids[m.entry])
            first = times[0] if times else span_lo[m.entry]
            last = times[-1] if times else span_hi[m.entry]
            x0 = max(min(m.x, left + (first - start) * ppd), x_lo)
            x1 = min(max(m.x, left + (last - start) * ppd), x_hi)
            if x1 < x_lo or x0 > x_hi:
                continue
            xs: list[float] = []
            if times:
                lo_i, hi_i = bisect_left(times, t_lo), bisect_right(times, t_hi)
                xs = [left + (times[i] - start) * ppd for i in range(lo_i, hi_i)]
            frame.spans.add(m.lane, m.y, x0, x1, xs)

    def _goal_rows_in(self, lay: FrameLayout) -> list[tuple[int, Rect]]:
        """(goal, row) for each goal drawn: its own lane by goal, else a packed row above."""
        if self.mode is LaneMode.GOAL:
            return [
                (goal_index, lay.lanes[li].adjusted(0, 3, 0, -3))
                for li, goal_index in enumerate(self.lane_goal)
                if goal_index is not None
            ]
        return [
            (g, Rect(0, lay.goals.top + 4 + self.goal_rows[g] * GOAL_ROW_H, 0, GOAL_ROW_H))
            for g in range(len(self.data.goals))
            if self.goal_rows[g] < MAX_GOAL_ROWS
        ]

    def _build_goals(self, frame: TimelineFrame) -> None:
        goals = self.data.goals
        vp = frame.viewport
        left = frame.layout.plot_left
        ppd = vp.px_per_day
        in_lanes = self.mode is LaneMode.GOAL
        targets = frame.extra_targets
        for g, row in self._goal_rows_in(frame.layout):
            goal = goals[g]
            if goal.end < vp.start or goal.start > vp.end:
                continue
            x0 = left + (goal.start - vp.start) * ppd
            x1 = left + (goal.end - vp.start) * ppd
            if in_lanes:
                bar = Rect(x0, row.top, max(x1 - x0, 2.0), row.height)
                cy = row.top + 7.0
            else:  # a thin bar under the goal's title, checkpoints on the bar
                cy = row.top + 18.0
                bar = Rect(x0, cy - 3.5, max(x1 - x0, 2.0), 7.0)
            frame.goal_bars.append(GoalBar(g, bar))
            if not in_lanes:
                targets.append(
                    HitTarget(
                        bar.centre_x,
                        bar.centre_y - 5,
                        bar.width / 2,
                        bar.height / 2 + 7,
                        HitPayload("goal", g),
                    )
                )
            for c, cp in enumerate(goal.checkpoints):
                x = left + (cp.t - vp.start) * ppd
                frame.checkpoints.append(CheckpointDot(g, c, x, cy))
                targets.append(HitTarget(x, cy, 7.0, 7.0, HitPayload("checkpoint", g, c)))

    def _build_marks(self, frame: TimelineFrame, width_days: float) -> None:
        y = frame.layout.marks.centre_y
        vp = frame.viewport
        left = frame.layout.plot_left
        ppd = vp.px_per_day
        t0 = math.floor(vp.start / width_days) * width_days
        t1 = math.ceil(vp.end / width_days) * width_days
        for kind, marks, dy in (
            ("reflection", self.data.reflections, -5.0),
            ("feedback", self.data.feedback, 5.0),
        ):
            times = marks.times
            for bucket in make_buckets(times, t0, t1, width_days):
                t = times[bucket.lo] if bucket.count == 1 else (bucket.t0 + bucket.t1) / 2
                x = left + (t - vp.start) * ppd
                frame.marks.append(MarkDot(kind, x, bucket.count, bucket.lo, bucket.hi))
                frame.extra_targets.append(
                    HitTarget(x, y + dy, 6.0, 5.0, HitPayload(kind, 0, bucket.lo, bucket.hi))
                )
