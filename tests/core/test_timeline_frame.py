"""The timeline's frame builder: what one frame shows, computed without Qt or a display."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import pytest

from journal.core.timeline import (
    ATTRIBUTE_KEYS,
    OTHER_LANE,
    LaneMode,
    TermCalendar,
    Viewport,
)
from journal.core.timeline_frame import (
    GUTTER,
    MAX_STACK,
    FrameBuilder,
    HitPayload,
    LaneLabels,
    Rect,
    Selection,
    TickLabelling,
    TimelineFrame,
    group_into_lanes,
    plot_width_for,
)

WIDTH, HEIGHT = 1000.0, 520.0
LABELS = LaneLabels(attributes={key: key.title() for key in ATTRIBUTE_KEYS})


# Plain stand-ins for the store's snapshots: the builder only needs their shape.
@dataclass
class Entries:
    ids: list[str]
    times: array[float]
    revisions: array[int]
    span_lo: array[float]
    span_hi: array[float]
    attributes: list[tuple[str, ...]] = field(default_factory=list)
    tags: list[list[int]] = field(default_factory=list)
    goals: list[list[int]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ids)

    def attribute_keys_of(self, index: int) -> tuple[str, ...]:
        return self.attributes[index] if self.attributes else ("voice",)

    def tags_of(self, index: int) -> Sequence[int]:
        return self.tags[index] if self.tags else ()

    def goals_of(self, index: int) -> Sequence[int]:
        return self.goals[index] if self.goals else ()


@dataclass
class Checkpoint:
    t: float


@dataclass
class Goal:
    title: str
    start: float
    end: float
    checkpoints: tuple[Checkpoint, ...] = ()


@dataclass
class Marks:
    times: array[float]


@dataclass
class Tag:
    id: str
    name: str


@dataclass
class Data:
    entries: Entries
    goals: list[Goal]
    reflections: Marks
    feedback: Marks
    today: float


def day(value: date) -> float:
    return float(value.toordinal())


def make_data(
    days: Sequence[float],
    *,
    revisions: int = 3,
    drafting_days: float = 2.0,
    goals: Sequence[Goal] = (),
    reflections: Sequence[float] = (),
    attributes: Sequence[tuple[str, ...]] = (),
    today: float | None = None,
) -> Data:
    times = array("d", sorted(days))
    entries = Entries(
        ids=[f"e{i}" for i in range(len(times))],
        times=times,
        revisions=array("l", [revisions] * len(times)),
        span_lo=array("d", times),
        span_hi=array("d", (t + drafting_days for t in times)),
        attributes=list(attributes),
    )
    return Data(
        entries,
        list(goals),
        Marks(array("d", sorted(reflections))),
        Marks(array("d")),
        today if today is not None else (times[-1] if times else day(date(2026, 6, 30))),
    )


def builder_for(data: Data, mode: LaneMode = LaneMode.ATTRIBUTE) -> FrameBuilder:
    grouping = group_into_lanes(data.entries, mode, LABELS, goals=data.goals)
    return FrameBuilder(data, grouping.lanes, mode=mode, lane_goal=grouping.lane_goal)


def showing(first: float, last: float) -> Viewport:
    return Viewport.fit(first, last, plot_width_for(WIDTH), margin_px=0.0)


def build(builder: FrameBuilder, vp: Viewport, **kwargs: object) -> TimelineFrame:
    return builder.build(vp, WIDTH, HEIGHT, **kwargs)  # type: ignore[arg-type]


# -- lanes and layout ---------------------------------------------------------------------


def test_entries_are_grouped_by_attribute_with_the_rest_in_other() -> None:
    start = day(date(2026, 3, 1))
    data = make_data(
        [start, start + 1, start + 2], attributes=[("voice",), ("voice", "social"), ()]
    )
    grouping = group_into_lanes(data.entries, LaneMode.ATTRIBUTE, LABELS)
    sizes = {lane.key: len(lane) for lane in grouping.lanes}
    assert sizes == {"voice": 2, "cocreation": 0, "social": 1, "selfdiscovery": 0, OTHER_LANE: 1}
    assert grouping.lane_goal == [None] * 5


def test_tag_lanes_are_named_by_tag_and_goal_lanes_know_their_goal() -> None:
    start = day(date(2026, 3, 1))
    data = make_data([start, start + 1], goals=[Goal("Bridge", start, start + 30)])
    data.entries.tags = [[0], [1]]
    data.entries.goals = [[0], []]
    tags = [Tag("t-maths", "maths"), Tag("t-art", "Art")]
    by_tag = group_into_lanes(data.entries, LaneMode.TAG, LABELS, tags=tags)
    assert [lane.label for lane in by_tag.lanes] == ["Art", "maths"]
    by_goal = group_into_lanes(data.entries, LaneMode.GOAL, LABELS, goals=data.goals)
    assert [lane.label for lane in by_goal.lanes] == ["Bridge", "Not linked to a goal"]
    assert by_goal.lane_goal == [0, None]


def test_an_empty_timeline_still_has_one_lane() -> None:
    grouping = group_into_lanes(make_data([]).entries, LaneMode.TAG, LABELS)
    assert [lane.label for lane in grouping.lanes] == ["Entries"]


def test_layout_stacks_axis_goals_lanes_marks_and_legend() -> None:
    start = day(date(2026, 3, 1))
    data = make_data([start], goals=[Goal("Bridge", start, start + 30)])
    lay = builder_for(data).layout(WIDTH, HEIGHT)
    assert lay.plot_left == GUTTER and lay.plot_width == WIDTH - GUTTER
    assert lay.axis.bottom == lay.goals.top
    assert lay.goals.height > 0  # a row for the goal above the lanes
    assert lay.lanes[0].top == lay.goals.bottom
    assert lay.lanes[-1].bottom == pytest.approx(lay.marks.top)
    assert lay.marks.bottom == lay.legend.top and lay.legend.bottom == HEIGHT
    assert len(lay.lanes) == 4
    assert lay.plot == Rect(GUTTER, lay.axis.bottom, WIDTH - GUTTER, lay.marks.bottom - 46.0)


# -- what a frame shows ------------------------------------------------------------------


def test_a_dot_sits_at_its_time_in_its_lane_and_can_be_hit() -> None:
    t = day(date(2026, 3, 10)) + 0.5
    data = make_data([t])
    builder = builder_for(data)
    vp = showing(day(date(2026, 3, 1)), day(date(2026, 3, 31)))
    frame = build(builder, vp)
    [marker] = frame.markers
    assert marker.x == pytest.approx(GUTTER + vp.x_of(t))
    assert marker.y == pytest.approx(frame.layout.lanes[0].centre_y)  # voice, the first lane
    assert frame.hit_at(marker.x + 1, marker.y - 1) == HitPayload("entry", 0, 0, 0)
    assert frame.hit_at(marker.x, marker.y + 60) is None
    assert frame.hit_at(GUTTER - 10, marker.y) is None  # the gutter never hits


def test_only_what_is_on_screen_is_built() -> None:
    start = day(date(2026, 1, 1))
    data = make_data([start + i for i in range(365)], revisions=1)
    frame = build(builder_for(data), showing(start + 100, start + 113))
    shown = {m.entry for m in frame.markers}
    assert shown and all(99 <= entry <= 114 for entry in shown)


def test_crowded_dots_become_one_count_marker_that_zooms_on_click() -> None:
    start = day(date(2026, 3, 2))
    data = make_data([start + i / 100 for i in range(40)], revisions=1)
    frame = build(builder_for(data), showing(start - 180, start + 180))
    assert not frame.markers
    [count] = frame.aggregates
    assert count.n == 40 > MAX_STACK
    payload = frame.hit_at((count.x0 + count.x1) / 2, count.y)
    assert payload == HitPayload("bucket", 0, 0, 40)


def test_zoomed_in_drafts_show_as_lines_with_a_tick_per_revision() -> None:
    t = day(date(2026, 3, 10))
    data = make_data([t], revisions=3, drafting_days=2.0)
    revision_times = {"e0": array("d", [t, t + 1.0, t + 2.0])}
    asked: list[list[str]] = []

    def times_of(ids: list[str]) -> dict[str, array[float]]:
        asked.append(ids)
        return {i: revision_times[i] for i in ids if i in revision_times}

    builder = builder_for(data)
    week = showing(t - 2, t + 5)
    frame = build(builder, week, revision_times=times_of)
    [span] = frame.spans
    assert asked == [["e0"]]
    assert span.x0 == pytest.approx(GUTTER + week.x_of(t))
    assert span.x1 == pytest.approx(GUTTER + week.x_of(t + 2))
    assert span.ticks == pytest.approx([GUTTER + week.x_of(x) for x in revision_times["e0"]])
    # Zoomed out, drafts are not drawn and their times are not asked for.
    asked.clear()
    assert not build(builder, showing(t - 300, t + 60), revision_times=times_of).spans
    assert asked == []


def test_a_draft_reaching_into_view_is_drawn_though_its_dot_is_off_screen() -> None:
    t = day(date(2026, 3, 10))
    data = make_data([t], drafting_days=20.0)
    frame = build(builder_for(data), showing(t + 8, t + 15))
    assert not frame.markers
    [span] = frame.spans
    assert span.x0 == pytest.approx(GUTTER - 4)  # clipped to just left of the plot


def test_goals_get_a_bar_and_their_checkpoints_a_dot() -> None:
    start = day(date(2026, 3, 1))
    goal = Goal("Bridge", start, start + 20, (Checkpoint(start + 10),))
    data = make_data([start + 5], goals=[goal])
    vp = showing(start - 5, start + 25)
    frame = build(builder_for(data), vp)
    [(g, bar)] = frame.goal_bars
    assert g == 0 and bar.left == pytest.approx(GUTTER + vp.x_of(start))
    assert bar.right == pytest.approx(GUTTER + vp.x_of(start + 20))
    [checkpoint] = frame.checkpoints
    assert frame.hit_at(checkpoint.x, checkpoint.y) == HitPayload("checkpoint", 0, 0)
    # By goal, the goal is its own lane's background.
    by_goal = build(builder_for(data, LaneMode.GOAL), vp)
    assert by_goal.goal_bars[0].rect.top == pytest.approx(by_goal.layout.lanes[0].top + 3)


def test_reflections_close_together_share_one_counted_mark() -> None:
    start = day(date(2026, 3, 1))
    data = make_data([start], reflections=[start + 0.1, start + 0.2, start + 40])
    frame = build(builder_for(data), showing(start - 300, start + 300))
    assert sorted(mark.mark_count for mark in frame.marks) == [1, 2]


def test_a_selected_entry_inside_a_count_is_drawn_alone_in_its_lane() -> None:
    start = day(date(2026, 3, 2))
    data = make_data([start + i / 100 for i in range(40)], revisions=1)
    builder = builder_for(data)
    frame = build(builder, showing(start - 180, start + 180), selection=Selection(7, 0, 7))
    assert frame.selected is not None
    assert frame.selected.entry == 7
    assert frame.selected.y == pytest.approx(frame.layout.lanes[0].centre_y)
    far = build(builder, showing(start + 100, start + 120), selection=Selection(7, 0, 7))
    assert far.selected is None


def test_frame_stats_count_what_was_built() -> None:
    start = day(date(2026, 3, 2))
    data = make_data([start, start + 3])
    stats = build(builder_for(data), showing(start - 10, start + 20)).stats()
    assert stats["markers"] == 2 and stats["hit_targets"] == 2


def test_tick_labels_come_from_the_given_formatter() -> None:
    start = day(date(2026, 3, 1))
    labelling = TickLabelling(formatter=lambda tick: f"<{tick.day.isoformat()}>")
    frame = build(builder_for(make_data([start])), showing(start, start + 90), labelling=labelling)
    assert frame.ticks.labels
    assert all(tick.label.startswith("<") for tick in frame.ticks.labels)


# -- extreme dates -----------------------------------------------------------------------

FIRST_DAY = day(date.min)
LAST_DAY = day(date.max)


@pytest.mark.parametrize("week_start", range(7))
def test_entries_at_the_ends_of_the_calendar_build_at_every_zoom(week_start: int) -> None:
    data = make_data(
        [FIRST_DAY + 0.5, day(date(2026, 3, 1)), LAST_DAY + 0.5],
        reflections=[FIRST_DAY, LAST_DAY + 0.9],
        goals=[Goal("Forever", FIRST_DAY, LAST_DAY + 1, (Checkpoint(LAST_DAY),))],
        today=day(date(2026, 6, 30)),
    )
    labelling = TickLabelling(week_start=week_start, terms=TermCalendar(((9, 1), (2, 29))))
    for mode in LaneMode:
        builder = builder_for(data, mode)
        frames = [build(builder, Viewport.fit(FIRST_DAY, LAST_DAY + 1, plot_width_for(WIDTH)))]
        for edge in (FIRST_DAY, LAST_DAY + 1):
            for span in (7.0, 30.0, 120.0, 400.0, 1500.0, 4400.0):
                vp = Viewport.fit(edge - span / 2, edge + span / 2, plot_width_for(WIDTH))
                frames.append(build(builder, vp, labelling=labelling))
                # Panned past the edge, where there are no dates at all.
                frames.append(build(builder, vp.panned(-vp.width), labelling=labelling))
                frames.append(build(builder, vp.panned(vp.width), labelling=labelling))
        assert any(frame.markers for frame in frames)
        for frame in frames:
            assert all(date.min <= tick.day <= date.max for tick in frame.ticks.labels)
