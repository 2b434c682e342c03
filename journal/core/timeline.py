"""Timeline layout maths: time ↔ position, ticks, lanes, level of detail, hit testing.

Pure functions and small immutable values, no Qt and no SQL, so the portfolio
timeline's geometry is tested fast and reused by exports.

Time is a float *day number*: the proleptic Gregorian ordinal of a date
(``date.toordinal()``) plus the fraction of the day, in the student's local
time. Positions are pixels from the left edge of the plotting area.
"""

from __future__ import annotations

import enum
import math
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import NamedTuple

from journal.core.attributes import KEYS

# Zoom limits: the plot shows at least one week and at most a whole school career.
MIN_SPAN_DAYS = 7.0
MAX_SPAN_DAYS = 366.0 * 12
# Level of detail: items closer than this share a bucket (and, when there are
# more of them than fit a lane, become one count marker).
AGGREGATE_MIN_PX = 12.0
# Drafting periods appear once a day is at least this wide, and each revision
# as a tick while no more than this many would be drawn.
REVISION_TICKS_MIN_PX_PER_DAY = 12.0
REVISION_TICK_BUDGET = 2500

_FIRST_ORDINAL = 1
_LAST_ORDINAL = date.max.toordinal()


# -- time ------------------------------------------------------------------------------


def day_number(value: date | datetime) -> float:
    """A date or (local, naive or aware) datetime as a float day number."""
    if isinstance(value, datetime):
        seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
        return value.toordinal() + seconds / 86400.0
    return float(value.toordinal())


def date_of(t: float) -> date:
    """The calendar day a day number falls on (clamped to the dates Python knows)."""
    ordinal = min(max(math.floor(t), _FIRST_ORDINAL), _LAST_ORDINAL)
    return date.fromordinal(ordinal)


def clamp_px_per_day(px_per_day: float, width: float) -> float:
    """Keep the zoom between one week and ``MAX_SPAN_DAYS`` across ``width`` pixels."""
    lowest = width / MAX_SPAN_DAYS
    highest = width / MIN_SPAN_DAYS
    return min(max(px_per_day, lowest), highest)


@dataclass(frozen=True, slots=True)
class Viewport:
    """Which stretch of time the plot shows: ``start`` at x=0, ``px_per_day`` wide days."""

    start: float
    px_per_day: float
    width: float

    def __post_init__(self) -> None:
        if not (self.width > 0 and self.px_per_day > 0):
            raise ValueError("a viewport needs a positive width and zoom")
        if not math.isfinite(self.start):
            raise ValueError("a viewport needs a finite start")

    @property
    def span(self) -> float:
        return self.width / self.px_per_day

    @property
    def end(self) -> float:
        return self.start + self.span

    @property
    def centre(self) -> float:
        return self.start + self.span / 2

    def x_of(self, t: float) -> float:
        return (t - self.start) * self.px_per_day

    def t_of(self, x: float) -> float:
        return self.start + x / self.px_per_day

    def zoomed(self, factor: float, anchor_x: float | None = None) -> Viewport:
        """Zoom by ``factor`` (>1 zooms in), keeping the time under ``anchor_x`` still."""
        if not factor > 0:
            raise ValueError("zoom factor must be positive")
        anchor = self.width / 2 if anchor_x is None else anchor_x
        t_anchor = self.t_of(anchor)
        ppd = clamp_px_per_day(self.px_per_day * factor, self.width)
        return Viewport(t_anchor - anchor / ppd, ppd, self.width)

    def panned(self, dx_px: float) -> Viewport:
        """Move the content by ``dx_px`` pixels (positive: content moves right, earlier time)."""
        return replace(self, start=self.start - dx_px / self.px_per_day)

    def resized(self, width: float) -> Viewport:
        """The same start and zoom on a new width (zoom re-clamped for it)."""
        width = max(width, 1.0)
        return Viewport(self.start, clamp_px_per_day(self.px_per_day, width), width)

    def centred_on(self, t: float) -> Viewport:
        return replace(self, start=t - self.span / 2)

    def including(self, t: float, margin_px: float = 24.0) -> Viewport:
        """The smallest pan that brings ``t`` at least ``margin_px`` inside the plot."""
        margin = min(margin_px, self.width / 2) / self.px_per_day
        if t < self.start + margin:
            return replace(self, start=t - margin)
        if t > self.end - margin:
            return replace(self, start=t + margin - self.span)
        return self

    def within(self, lo: float, hi: float, keep: float = 0.1) -> Viewport:
        """Pan so that at least ``keep`` of the view still overlaps ``[lo, hi]``."""
        if hi < lo:
            lo, hi = hi, lo
        span = self.span
        first = lo - span * (1 - keep)
        last = hi - span * keep
        if last < first:  # data narrower than the view: centre it
            return replace(self, start=(lo + hi) / 2 - span / 2)
        return replace(self, start=min(max(self.start, first), last))

    @classmethod
    def fit(cls, lo: float, hi: float, width: float, margin_px: float = 16.0) -> Viewport:
        """A view showing all of ``[lo, hi]`` (at least a week), centred, with a margin."""
        if hi < lo:
            lo, hi = hi, lo
        width = max(width, 1.0)
        usable = width - 2 * margin_px if width > 4 * margin_px else width
        span = max(hi - lo, MIN_SPAN_DAYS)
        ppd = clamp_px_per_day(usable / span, width)
        return cls((lo + hi) / 2 - width / ppd / 2, ppd, width)


# -- ticks -----------------------------------------------------------------------------


class TickUnit(enum.IntEnum):
    DAY = 1
    WEEK = 2
    MONTH = 3
    TERM = 4
    YEAR = 5


@dataclass(frozen=True, slots=True)
class TermCalendar:
    """When school terms start, as (month, day) pairs in school-year order."""

    starts: tuple[tuple[int, int], ...] = ((9, 1), (1, 6), (4, 20))

    def __post_init__(self) -> None:
        if not self.starts:
            raise ValueError("a term calendar needs at least one term")
        for month, day in self.starts:
            date(2000, month, day)  # raises on an impossible date (29 Feb is allowed in 2000)

    @property
    def approx_days(self) -> float:
        return 365.25 / len(self.starts)

    def starts_between(self, first: date, last: date) -> list[tuple[date, int]]:
        """Term starts from the last one on or before ``first`` up to ``last``, numbered 1…n."""
        found: list[tuple[date, int]] = []
        # Stay within the years Python's dates know (an entry may sit at 0001 or 9999).
        for year in range(max(first.year - 1, date.min.year), min(last.year, date.max.year) + 1):
            for number, (month, day) in enumerate(self.starts, start=1):
                found.append((_safe_date(year, month, day), number))
        found.sort()
        begin = max(bisect_right(found, (first, len(self.starts) + 1)) - 1, 0)
        return [item for item in found[begin:] if item[0] <= last]


def _safe_date(year: int, month: int, day: int) -> date:
    if month == 2 and day == 29 and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        day = 28
    return date(year, month, day)


@dataclass(frozen=True, slots=True)
class Tick:
    """A boundary on the time axis: the start of a day, week, month, term or year."""

    t: float
    day: date
    unit: TickUnit
    index: int = 0  # term number within the school year (terms only)
    label: str = ""


@dataclass(frozen=True, slots=True)
class TickScale:
    unit: TickUnit  # labelled ticks
    step: int  # label every ``step`` units (years may step by 2, 5, 10)
    context: TickUnit | None  # the coarser row of labels (month for days, year for months)
    grid: TickUnit | None  # faint lines finer than the labels, when they are wide enough


@dataclass(frozen=True, slots=True)
class TickSet:
    scale: TickScale
    labels: list[Tick]
    context: list[Tick]
    grid: list[float]  # day numbers of faint grid lines


LabelFormatter = Callable[[Tick], str]
_CONTEXT = {
    TickUnit.DAY: TickUnit.MONTH,
    TickUnit.WEEK: TickUnit.MONTH,
    TickUnit.MONTH: TickUnit.YEAR,
    TickUnit.TERM: TickUnit.YEAR,
    TickUnit.YEAR: None,
}
# Faint grid lines finer than the labels, the first that is wide enough.
_GRID_OPTIONS = {
    TickUnit.DAY: (),
    TickUnit.WEEK: (TickUnit.DAY,),
    TickUnit.MONTH: (TickUnit.WEEK,),
    TickUnit.TERM: (TickUnit.MONTH,),
    TickUnit.YEAR: (TickUnit.MONTH, TickUnit.TERM),
}
MIN_GRID_PX = 8.0


def approx_days(unit: TickUnit, terms: TermCalendar = TermCalendar()) -> float:
    return {
        TickUnit.DAY: 1.0,
        TickUnit.WEEK: 7.0,
        TickUnit.MONTH: 30.44,
        TickUnit.TERM: terms.approx_days,
        TickUnit.YEAR: 365.25,
    }[unit]


def choose_scale(
    px_per_day: float, min_label_px: float = 72.0, terms: TermCalendar = TermCalendar()
) -> TickScale:
    """The finest labelled unit whose labels are at least ``min_label_px`` apart."""
    candidates = [
        (TickUnit.DAY, 1),
        (TickUnit.WEEK, 1),
        (TickUnit.MONTH, 1),
        (TickUnit.TERM, 1),
        (TickUnit.YEAR, 1),
        (TickUnit.YEAR, 2),
        (TickUnit.YEAR, 5),
        (TickUnit.YEAR, 10),
    ]
    chosen = candidates[-1]
    for unit, step in candidates:
        if approx_days(unit, terms) * step * px_per_day >= min_label_px:
            chosen = (unit, step)
            break
    unit, step = chosen
    options = (TickUnit.YEAR,) if unit is TickUnit.YEAR and step > 1 else _GRID_OPTIONS[unit]
    grid = next((g for g in options if approx_days(g, terms) * px_per_day >= MIN_GRID_PX), None)
    return TickScale(unit, step, _CONTEXT[unit], grid)


def unit_starts(
    unit: TickUnit,
    first: date,
    last: date,
    *,
    step: int = 1,
    week_start: int = 0,
    terms: TermCalendar = TermCalendar(),
) -> list[tuple[date, int]]:
    """Boundaries of ``unit`` from the last one on or before ``first`` up to ``last``.

    ``week_start`` is the weekday weeks begin on (0 = Monday, as ``date.weekday``).
    Each boundary comes with its index (the term number for terms, else 0).
    """
    if last < first:
        return []
    step = max(1, step)
    out: list[tuple[date, int]] = []
    # Boundaries are counted in ordinals, months or years and only turned into
    # dates within date.min…date.max: near either end the boundary before
    # ``first`` (or after ``last``) does not exist, and is left out.
    if unit is TickUnit.DAY:
        ordinal = first.toordinal() - (first.toordinal() % step)
        if ordinal < _FIRST_ORDINAL:
            ordinal += step
        while ordinal <= last.toordinal():
            out.append((date.fromordinal(ordinal), 0))
            ordinal += step
    elif unit is TickUnit.WEEK:
        ordinal = first.toordinal() - (first.weekday() - week_start) % 7
        if ordinal < _FIRST_ORDINAL:
            ordinal += 7
        while ordinal <= last.toordinal():
            out.append((date.fromordinal(ordinal), 0))
            ordinal += 7 * step
    elif unit is TickUnit.MONTH:
        index = first.year * 12 + first.month - 1
        index -= index % step
        while index < date.min.year * 12:
            index += step
        while index // 12 <= date.max.year:
            day = date(index // 12, index % 12 + 1, 1)
            if day > last:
                break
            out.append((day, 0))
            index += step
    elif unit is TickUnit.TERM:
        out = terms.starts_between(first, last)
    else:
        year = first.year - (first.year % step)
        if year < date.min.year:
            year += step
        while year <= last.year and year <= date.max.year:
            out.append((date(year, 1, 1), 0))
            year += step
    return out


def default_label(tick: Tick) -> str:
    """A plain English label, for tests and for callers without a locale."""
    if tick.unit is TickUnit.DAY:
        return f"{tick.day:%a} {tick.day.day}"
    if tick.unit is TickUnit.WEEK:
        return f"{tick.day.day} {tick.day:%b}"
    if tick.unit is TickUnit.MONTH:
        return f"{tick.day:%b}"
    if tick.unit is TickUnit.TERM:
        return f"Term {tick.index}"
    return str(tick.day.year)


def default_context_label(tick: Tick) -> str:
    if tick.unit is TickUnit.MONTH:
        return f"{tick.day:%B %Y}"
    return str(tick.day.year)


def make_ticks(
    viewport: Viewport,
    *,
    min_label_px: float = 72.0,
    formatter: LabelFormatter = default_label,
    context_formatter: LabelFormatter = default_context_label,
    week_start: int = 0,
    terms: TermCalendar = TermCalendar(),
) -> TickSet:
    """Labelled ticks, context ticks and grid lines for what the viewport shows.

    The first label and context tick may lie left of the view (the period
    already under way), so a caller can pin its label to the left edge.
    """
    scale = choose_scale(viewport.px_per_day, min_label_px, terms)
    first, last = date_of(viewport.start), date_of(viewport.end)

    def build(unit: TickUnit, step: int, fmt: LabelFormatter | None) -> list[Tick]:
        ticks = []
        for day, index in unit_starts(
            unit, first, last, step=step, week_start=week_start, terms=terms
        ):
            tick = Tick(day_number(day), day, unit, index)
            ticks.append(replace(tick, label=fmt(tick)) if fmt is not None else tick)
        return ticks

    labels = build(scale.unit, scale.step, formatter)
    context = build(scale.context, 1, context_formatter) if scale.context else []
    grid: list[float] = []
    if scale.grid is not None:
        grid = [
            tick.t
            for tick in build(scale.grid, 1, None)
            if viewport.start <= tick.t <= viewport.end
        ]
    return TickSet(scale, labels, context, grid)


# -- lanes -----------------------------------------------------------------------------


class LaneMode(enum.StrEnum):
    ATTRIBUTE = "attribute"
    GOAL = "goal"
    TAG = "tag"


# The bit of each attribute in an entry's attribute mask (the store uses the same order).
ATTRIBUTE_KEYS: tuple[str, ...] = KEYS
OTHER_LANE = "__other__"


def attribute_mask(keys: Iterable[str]) -> int:
    chosen = set(keys)
    return sum(1 << bit for bit, key in enumerate(ATTRIBUTE_KEYS) if key in chosen)


def attribute_keys(mask: int) -> tuple[str, ...]:
    return tuple(key for bit, key in enumerate(ATTRIBUTE_KEYS) if mask & (1 << bit))


@dataclass(frozen=True, slots=True)
class LaneSpec:
    key: str
    label: str


@dataclass(slots=True)
class Lane:
    """One horizontal band: its items (entry indices) sorted by time."""

    key: str
    label: str
    times: array[float]
    items: array[int]

    def __len__(self) -> int:
        return len(self.items)


def assign_lanes(
    times: Sequence[float],
    keys_per_item: Iterable[Iterable[str]],
    specs: Sequence[LaneSpec],
    *,
    other: LaneSpec | None = LaneSpec(OTHER_LANE, "Other"),
    keep_empty: bool = True,
) -> list[Lane]:
    """Put each item in every lane whose key it carries, or in ``other`` if none match.

    ``times`` gives each item's time; lanes keep their items in time order. An
    item with several keys appears in each of those lanes. ``other`` is added
    only when something lands in it (pass None to drop such items).
    """
    lanes = [Lane(s.key, s.label, array("d"), array("l")) for s in specs]
    by_key = {lane.key: lane for lane in lanes}
    rest = Lane(other.key, other.label, array("d"), array("l")) if other else None
    for index, keys in enumerate(keys_per_item):
        t = times[index]
        placed = False
        for key in keys:
            lane = by_key.get(key)
            if lane is not None and (not lane.items or lane.items[-1] != index):
                lane.times.append(t)
                lane.items.append(index)
                placed = True
        if not placed and rest is not None:
            rest.times.append(t)
            rest.items.append(index)
    result = [lane for lane in lanes if keep_empty or lane.items]
    if rest is not None and rest.items:
        result.append(rest)
    for lane in result:
        _sort_lane(lane)
    return result


def _sort_lane(lane: Lane) -> None:
    times = lane.times
    if all(times[i] <= times[i + 1] for i in range(len(times) - 1)):
        return
    order = sorted(range(len(times)), key=lambda i: (times[i], lane.items[i]))
    lane.times = array("d", (times[i] for i in order))
    lane.items = array("l", (lane.items[i] for i in order))


def top_keys(keys_per_item: Iterable[Iterable[str]], limit: int) -> list[str]:
    """The ``limit`` most used keys, most used first (ties by key), for tag lanes."""
    counts: Counter[str] = Counter()
    for keys in keys_per_item:
        counts.update(set(keys))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [key for key, _ in ranked[: max(0, limit)]]


# -- level of detail -------------------------------------------------------------------


def visible_slice(times: Sequence[float], t0: float, t1: float) -> tuple[int, int]:
    """Indices ``[lo, hi)`` of the sorted ``times`` that fall within ``[t0, t1]``."""
    return bisect_left(times, t0), bisect_right(times, t1)


def bucket_width_days(px_per_day: float, min_px: float = AGGREGATE_MIN_PX) -> float:
    """Bucket width: a power of two days at least ``min_px`` wide on screen.

    Powers of two keep buckets aligned to fixed times, so panning never
    reshuffles them and zooming changes them only at each doubling.
    """
    return 2.0 ** math.ceil(math.log2(min_px / px_per_day))


@dataclass(frozen=True, slots=True)
class Bucket:
    """Items ``[lo, hi)`` of a lane that fall in ``[t0, t1)``."""

    t0: float
    t1: float
    lo: int
    hi: int

    @property
    def count(self) -> int:
        return self.hi - self.lo


def make_buckets(times: Sequence[float], t0: float, t1: float, width_days: float) -> list[Bucket]:
    """Group the sorted ``times`` within ``[t0, t1]`` into fixed, aligned buckets.

    Only non-empty buckets are returned; the work is proportional to the
    number of buckets (with a binary search each), not to the items.
    """
    if width_days <= 0:
        raise ValueError("bucket width must be positive")
    lo, hi = visible_slice(times, t0, t1)
    found: list[Bucket] = []
    i = lo
    while i < hi:
        k = math.floor(times[i] / width_days)
        start, stop = k * width_days, (k + 1) * width_days
        j = bisect_left(times, stop, i, hi)
        if j == i:  # float edge: the item sits exactly on ``stop``
            j = i + 1
        found.append(Bucket(start, stop, i, j))
        i = j
    return found


def lane_capacity(lane_height: float, row_px: float) -> int:
    """How many markers fit stacked in one bucket of a lane before they aggregate."""
    return max(1, int(lane_height // row_px))


def marker_radius(revisions: int, smallest: float = 3.5, largest: float = 9.0) -> float:
    """A marker's radius grows with the square root of how often the entry was revised."""
    grown = smallest + 1.4 * math.sqrt(max(revisions - 1, 0))
    return min(grown, largest)


def pack_intervals(spans: Sequence[tuple[float, float]], gap: float = 0.0) -> list[int]:
    """Rows for intervals so that none in a row overlap (greedy, in start order)."""
    order = sorted(range(len(spans)), key=lambda i: (min(spans[i]), max(spans[i])))
    row_ends: list[float] = []
    rows = [0] * len(spans)
    for i in order:
        lo, hi = min(spans[i]), max(spans[i])
        for row, end in enumerate(row_ends):
            if lo > end + gap:
                rows[i] = row
                row_ends[row] = hi
                break
        else:
            rows[i] = len(row_ends)
            row_ends.append(hi)
    return rows


# -- hit testing and keyboard navigation -------------------------------------------------


class HitTarget(NamedTuple):
    """Something drawn that can be pointed at: a box centred on (x, y).

    A named tuple: a frame makes thousands, and tuples of plain values are
    left alone by the cyclic garbage collector.
    """

    x: float
    y: float
    half_width: float
    half_height: float
    payload: object


class HitIndex:
    """Finds what is under the pointer among the items of one frame, by x then distance."""

    def __init__(self, targets: Iterable[HitTarget]) -> None:
        self._targets = sorted(targets, key=lambda target: target.x)
        self._xs = array("d", (target.x for target in self._targets))
        self._reach = max((target.half_width for target in self._targets), default=0.0)

    def __len__(self) -> int:
        return len(self._targets)

    def at(self, x: float, y: float, slop: float = 3.0) -> HitTarget | None:
        """The target under (x, y) (within ``slop`` pixels), nearest centre first."""
        lo = bisect_left(self._xs, x - self._reach - slop)
        hi = bisect_right(self._xs, x + self._reach + slop)
        best: HitTarget | None = None
        best_distance = math.inf
        for target in self._targets[lo:hi]:
            dx, dy = abs(target.x - x), abs(target.y - y)
            if dx <= target.half_width + slop and dy <= target.half_height + slop:
                distance = math.hypot(dx, dy)
                if distance < best_distance:
                    best, best_distance = target, distance
        return best


def step_index(count: int, current: int | None, delta: int) -> int | None:
    """The index ``delta`` steps from ``current``, clamped to ``[0, count)``."""
    if count <= 0:
        return None
    if current is None:
        return 0 if delta >= 0 else count - 1
    return min(max(current + delta, 0), count - 1)


def nearest_index(times: Sequence[float], t: float) -> int | None:
    """The index of the sorted ``times`` closest to ``t`` (earlier wins a tie)."""
    if not times:
        return None
    i = bisect_left(times, t)
    if i == 0:
        return 0
    if i == len(times):
        return len(times) - 1
    return i - 1 if t - times[i - 1] <= times[i] - t else i


# -- activity overview -----------------------------------------------------------------


def week_start_of(day: date, week_start: int = 0) -> date:
    return day - timedelta(days=(day.weekday() - week_start) % 7)


@dataclass(frozen=True, slots=True)
class CalendarCell:
    day: date
    column: int  # week, from the first shown
    row: int  # weekday, 0 = ``week_start``
    count: int
    level: int  # 0 (nothing) … levels


def heat_level(count: int, max_count: int, levels: int = 4) -> int:
    """0 for no activity, else 1…levels growing with the square root of the count."""
    if count <= 0 or max_count <= 0:
        return 0
    share = math.sqrt(min(count, max_count) / max_count)
    return max(1, min(levels, math.ceil(share * levels)))


def calendar_cells(
    first: date,
    last: date,
    counts: Mapping[date, int],
    *,
    week_start: int = 0,
    levels: int = 4,
) -> list[CalendarCell]:
    """One cell per day from ``first`` to ``last``, in week columns (a heatmap calendar)."""
    if last < first:
        return []
    origin = week_start_of(first, week_start)
    max_count = max(
        (counts.get(first + timedelta(days=i), 0) for i in range((last - first).days + 1)),
        default=0,
    )
    cells = []
    day = first
    while day <= last:
        offset = (day - origin).days
        count = counts.get(day, 0)
        cells.append(
            CalendarCell(day, offset // 7, offset % 7, count, heat_level(count, max_count, levels))
        )
        day += timedelta(days=1)
    return cells


def weekly_totals(
    counts: Mapping[date, int], first: date, last: date, week_start: int = 0
) -> list[tuple[date, int]]:
    """(week start, total) for every week touching ``[first, last]``, oldest first."""
    if last < first:
        return []
    weeks: dict[date, int] = {}
    week = week_start_of(first, week_start)
    while week <= last:
        weeks[week] = 0
        week += timedelta(days=7)
    for day, count in counts.items():
        if first <= day <= last:
            weeks[week_start_of(day, week_start)] += count
    return sorted(weeks.items())
