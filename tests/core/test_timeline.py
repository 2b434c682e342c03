"""Timeline layout maths: mapping, zoom limits, ticks, lanes, buckets, hit testing."""

from __future__ import annotations

import itertools
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal.core.timeline import (
    MAX_SPAN_DAYS,
    MIN_SPAN_DAYS,
    OTHER_LANE,
    HitIndex,
    HitTarget,
    LaneSpec,
    TermCalendar,
    TickUnit,
    Viewport,
    assign_lanes,
    attribute_keys,
    attribute_mask,
    bucket_width_days,
    calendar_cells,
    choose_scale,
    date_of,
    day_number,
    heat_level,
    lane_capacity,
    make_buckets,
    make_ticks,
    marker_radius,
    nearest_index,
    pack_intervals,
    step_index,
    top_keys,
    unit_starts,
    visible_slice,
    week_start_of,
    weekly_totals,
)

T0 = float(date(2026, 3, 1).toordinal())
times_strategy = st.lists(
    st.floats(min_value=T0 - 2000, max_value=T0 + 2000, allow_nan=False), max_size=300
).map(sorted)
viewports = st.builds(
    Viewport,
    start=st.floats(min_value=T0 - 3000, max_value=T0 + 3000, allow_nan=False),
    px_per_day=st.floats(min_value=0.05, max_value=300),
    width=st.floats(min_value=50, max_value=4000),
)


# -- time and the viewport ---------------------------------------------------------------


def test_day_number_of_a_datetime_adds_the_fraction_of_the_day() -> None:
    assert day_number(date(2026, 3, 1)) == T0
    assert day_number(datetime(2026, 3, 1, 18, 0)) == T0 + 0.75
    assert date_of(T0 + 0.99) == date(2026, 3, 1)


@given(viewports, st.floats(min_value=-1e4, max_value=1e4), st.floats(min_value=0.1, max_value=1e4))
def test_mapping_is_monotonic(vp: Viewport, t: float, gap: float) -> None:
    assert vp.x_of(t) < vp.x_of(t + gap)


@given(viewports, st.floats(min_value=-5000, max_value=5000))
def test_inverse_mapping_round_trips(vp: Viewport, x: float) -> None:
    assert vp.x_of(vp.t_of(x)) == pytest.approx(x, abs=1e-6)
    t = vp.t_of(x)
    assert vp.t_of(vp.x_of(t)) == pytest.approx(t, abs=1e-9)


@given(viewports, st.floats(min_value=0.01, max_value=100), st.floats(min_value=0, max_value=1))
def test_zoom_keeps_the_anchor_still_and_stays_within_limits(
    vp: Viewport, factor: float, where: float
) -> None:
    anchor = vp.width * where
    zoomed = vp.zoomed(factor, anchor)
    assert zoomed.t_of(anchor) == pytest.approx(vp.t_of(anchor), abs=1e-6)
    assert MIN_SPAN_DAYS - 1e-6 <= zoomed.span <= MAX_SPAN_DAYS + 1e-6


def test_zoom_cannot_show_less_than_a_week_or_more_than_the_limit() -> None:
    vp = Viewport(T0, 10.0, 700.0)
    assert vp.zoomed(1e6).span == pytest.approx(MIN_SPAN_DAYS)
    assert vp.zoomed(1e-6).span == pytest.approx(MAX_SPAN_DAYS)


def test_panning_moves_content_with_the_pointer() -> None:
    vp = Viewport(T0, 10.0, 700.0)
    moved = vp.panned(100)
    assert moved.x_of(T0) == pytest.approx(100)
    assert moved.px_per_day == vp.px_per_day


def test_fit_shows_the_whole_range_with_its_margin() -> None:
    vp = Viewport.fit(T0, T0 + 400, 1000, margin_px=20)
    assert vp.x_of(T0) == pytest.approx(20)
    assert vp.x_of(T0 + 400) == pytest.approx(980)


def test_fit_of_a_single_day_shows_at_least_a_week() -> None:
    vp = Viewport.fit(T0, T0, 700)
    assert vp.span >= MIN_SPAN_DAYS
    assert vp.start < T0 < vp.end


def test_including_pans_just_enough_to_show_a_time() -> None:
    vp = Viewport(T0, 10.0, 700.0)
    later = vp.including(T0 + 100, margin_px=20)
    assert later.x_of(T0 + 100) == pytest.approx(680)
    assert vp.including(T0 + 30) == vp


def test_within_keeps_part_of_the_data_on_screen() -> None:
    vp = Viewport(T0 + 10_000, 10.0, 700.0)
    held = vp.within(T0, T0 + 200)
    assert held.start < T0 + 200 and held.end > T0


def test_viewport_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        Viewport(T0, 0.0, 100.0)
    with pytest.raises(ValueError):
        Viewport(T0, 1.0, -5.0)


# -- ticks -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("px_per_day", "unit"),
    [
        (150.0, TickUnit.DAY),
        (20.0, TickUnit.WEEK),
        (3.0, TickUnit.MONTH),
        (0.8, TickUnit.TERM),
        (0.25, TickUnit.YEAR),
    ],
)
def test_scale_follows_the_zoom(px_per_day: float, unit: TickUnit) -> None:
    assert choose_scale(px_per_day).unit is unit


def test_far_out_years_step_by_more_than_one() -> None:
    scale = choose_scale(0.02)
    assert scale.unit is TickUnit.YEAR and scale.step > 1


def test_weeks_start_on_the_locales_first_day() -> None:
    mondays = unit_starts(TickUnit.WEEK, date(2026, 3, 4), date(2026, 3, 20))
    assert [d for d, _ in mondays] == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]
    sundays = unit_starts(TickUnit.WEEK, date(2026, 3, 4), date(2026, 3, 20), week_start=6)
    assert sundays[0][0] == date(2026, 3, 1)


def test_terms_are_numbered_within_the_school_year() -> None:
    terms = TermCalendar(((9, 1), (1, 6), (4, 20)))
    found = unit_starts(TickUnit.TERM, date(2025, 10, 1), date(2026, 9, 30), terms=terms)
    assert found == [
        (date(2025, 9, 1), 1),
        (date(2026, 1, 6), 2),
        (date(2026, 4, 20), 3),
        (date(2026, 9, 1), 1),
    ]


def test_ticks_cover_the_view_and_use_the_callers_labels() -> None:
    vp = Viewport(T0, 3.0, 900.0)  # ten months
    ticks = make_ticks(vp, formatter=lambda tick: f"<{tick.day:%m}>")
    assert ticks.scale.unit is TickUnit.MONTH
    assert ticks.labels[0].t <= vp.start
    assert all(tick.label.startswith("<") for tick in ticks.labels)
    assert [tick.day.month for tick in ticks.labels][:4] == [3, 4, 5, 6]
    assert ticks.context and ticks.context[0].unit is TickUnit.YEAR
    labels_px = [vp.x_of(tick.t) for tick in ticks.labels]
    assert all(b - a >= 72 for a, b in itertools.pairwise(labels_px))


@given(viewports)
def test_tick_labels_never_crowd(vp: Viewport) -> None:
    ticks = make_ticks(vp, min_label_px=60)
    xs = [vp.x_of(tick.t) for tick in ticks.labels]
    gaps = [b - a for a, b in itertools.pairwise(xs)]
    # Months and terms vary in length; allow their shortest against the average.
    assert all(gap >= 60 * 0.8 for gap in gaps)
    assert len(ticks.labels) <= vp.width / 48 + 2


# -- lanes -------------------------------------------------------------------------------


def test_attribute_mask_round_trips() -> None:
    assert attribute_keys(attribute_mask(["social", "voice"])) == ("voice", "social")
    assert attribute_keys(0) == ()


def test_an_entry_with_several_attributes_appears_in_each_lane() -> None:
    times = [1.0, 2.0, 3.0]
    keys = [("voice", "social"), (), ("social",)]
    specs = [LaneSpec("voice", "Voice"), LaneSpec("social", "Social")]
    lanes = assign_lanes(times, keys, specs)
    by_key = {lane.key: list(lane.items) for lane in lanes}
    assert by_key == {"voice": [0], "social": [0, 2], OTHER_LANE: [1]}


def test_other_lane_only_when_something_is_in_it() -> None:
    lanes = assign_lanes([1.0], [("voice",)], [LaneSpec("voice", "Voice")])
    assert [lane.key for lane in lanes] == ["voice"]
    dropped = assign_lanes([1.0], [("x",)], [LaneSpec("voice", "Voice")], other=None)
    assert [len(lane) for lane in dropped] == [0]


def test_lanes_keep_items_in_time_order_even_from_unsorted_input() -> None:
    lanes = assign_lanes([5.0, 1.0, 3.0], [("a",), ("a",), ("a",)], [LaneSpec("a", "A")])
    assert list(lanes[0].times) == [1.0, 3.0, 5.0]
    assert list(lanes[0].items) == [1, 2, 0]


def test_top_keys_ranks_by_use_then_name() -> None:
    keys = [("maths",), ("art", "maths"), ("art",), ("science",), ("maths",)]
    assert top_keys(keys, 2) == ["maths", "art"]


# -- level of detail ----------------------------------------------------------------------


@given(times_strategy, viewports, st.floats(min_value=4, max_value=40))
def test_buckets_conserve_counts(times: list[float], vp: Viewport, min_px: float) -> None:
    width = bucket_width_days(vp.px_per_day, min_px)
    buckets = make_buckets(times, vp.start, vp.end, width)
    lo, hi = visible_slice(times, vp.start, vp.end)
    assert sum(b.count for b in buckets) == hi - lo
    for bucket in buckets:
        assert all(bucket.t0 <= times[i] < bucket.t1 + 1e-9 for i in range(bucket.lo, bucket.hi))
    assert all(a.hi == b.lo for a, b in itertools.pairwise(buckets))


@given(st.floats(min_value=0.01, max_value=500), st.floats(min_value=2, max_value=40))
def test_buckets_are_at_least_min_px_wide_and_a_power_of_two(ppd: float, min_px: float) -> None:
    width = bucket_width_days(ppd, min_px)
    assert width * ppd >= min_px - 1e-9
    assert width * ppd < 2 * min_px + 1e-9


def test_buckets_stay_put_when_panning() -> None:
    times = [float(T0 + i * 0.7) for i in range(500)]
    width = bucket_width_days(2.0)
    first = {(b.t0, b.count) for b in make_buckets(times, T0 + 50, T0 + 250, width)}
    moved = {(b.t0, b.count) for b in make_buckets(times, T0 + 60, T0 + 260, width)}
    inner = {item for item in first if T0 + 70 <= item[0] <= T0 + 230}
    assert inner <= moved


def test_visible_slice_uses_binary_search_bounds() -> None:
    times = [1.0, 2.0, 2.0, 3.0, 5.0]
    assert visible_slice(times, 2.0, 3.0) == (1, 4)
    assert visible_slice(times, 6.0, 7.0) == (5, 5)


def test_lane_capacity_and_marker_radius() -> None:
    assert lane_capacity(40, 13) == 3
    assert lane_capacity(5, 13) == 1
    assert marker_radius(1) < marker_radius(5) < marker_radius(50) == marker_radius(500)


def test_pack_intervals_never_overlaps_within_a_row() -> None:
    spans = [(0.0, 10.0), (5.0, 15.0), (11.0, 20.0), (16.0, 18.0)]
    rows = pack_intervals(spans)
    assert rows == [0, 1, 0, 1]


# -- hit testing and navigation ---------------------------------------------------------------


def test_hit_index_finds_the_nearest_target_under_the_pointer() -> None:
    targets = [
        HitTarget(10, 10, 5, 5, "a"),
        HitTarget(18, 10, 5, 5, "b"),
        HitTarget(200, 10, 50, 8, "c"),
    ]
    index = HitIndex(targets)
    hits = [index.at(11, 10), index.at(17, 11), index.at(160, 12)]
    assert [hit.payload if hit else None for hit in hits] == ["a", "b", "c"]
    assert index.at(100, 100) is None


def test_step_and_nearest_index() -> None:
    assert step_index(0, None, 1) is None
    assert step_index(5, None, 1) == 0
    assert step_index(5, None, -1) == 4
    assert step_index(5, 4, 1) == 4
    assert nearest_index([1.0, 5.0, 9.0], 6.0) == 1
    assert nearest_index([1.0, 5.0, 9.0], 100.0) == 2
    assert nearest_index([], 1.0) is None


# -- the activity overview -------------------------------------------------------------------


def test_calendar_cells_place_days_in_week_columns() -> None:
    counts = {date(2026, 3, 4): 3, date(2026, 3, 10): 1}
    cells = calendar_cells(date(2026, 3, 4), date(2026, 3, 10), counts)
    assert (cells[0].column, cells[0].row) == (0, 2)  # a Wednesday in the first week
    assert (cells[-1].column, cells[-1].row) == (1, 1)
    assert cells[0].level == 4 and cells[-1].level >= 1
    assert sum(cell.count for cell in cells) == 4


def test_heat_levels_grow_with_the_count() -> None:
    assert heat_level(0, 10) == 0
    assert 1 <= heat_level(1, 10) < heat_level(10, 10) == 4


def test_weekly_totals_include_empty_weeks() -> None:
    counts = {date(2026, 3, 2): 2, date(2026, 3, 4): 1, date(2026, 3, 18): 5}
    weeks = weekly_totals(counts, date(2026, 3, 1), date(2026, 3, 20))
    assert weeks == [
        (date(2026, 2, 23), 0),
        (date(2026, 3, 2), 3),
        (date(2026, 3, 9), 0),
        (date(2026, 3, 16), 5),
    ]
    assert week_start_of(date(2026, 3, 8)) == date(2026, 3, 2)


@pytest.mark.parametrize("unit", list(TickUnit))
@pytest.mark.parametrize("step", [1, 2, 5, 10])
def test_boundaries_near_the_ends_of_the_calendar_stay_in_it(unit: TickUnit, step: int) -> None:
    for first, last in ((date.min, date(1, 3, 1)), (date(9999, 10, 1), date.max)):
        for week_start in (0, 6):
            starts = unit_starts(unit, first, last, step=step, week_start=week_start)
            days = [d for d, _ in starts]
            assert days == sorted(days) and all(d <= last for d in days)
            if unit is TickUnit.DAY and step == 1:
                assert len(days) == (last - first).days + 1
