"""The timeline painter draws what a frame holds, where the frame says."""

from __future__ import annotations

from array import array
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from journal.core.timeline import LaneMode, Viewport
from journal.core.timeline_frame import (
    FrameBuilder,
    LaneLabels,
    Selection,
    TimelineFrame,
    group_into_lanes,
    plot_width_for,
)
from journal.store.timeline_data import Marks, TimelineData, TimelineEntries
from journal.ui.timeline import style
from journal.ui.timeline.painter import (
    PaintScene,
    PaintState,
    TimelinePainter,
    lane_colours,
)

WIDTH, HEIGHT = 800, 400
DAY = float(date(2026, 3, 10).toordinal())


def _data(attribute_bits: list[int]) -> TimelineData:
    times = array("d", (DAY + 0.5 + 3 * i for i in range(len(attribute_bits))))
    count = len(times)
    entries = TimelineEntries(
        ids=[f"e{i}" for i in range(count)],
        times=times,
        attributes=array("B", attribute_bits),
        revisions=array("l", [9] * count),
        span_lo=array("d", times),
        span_hi=array("d", times),
        tag_offsets=array("l", [0] * (count + 1)),
        tag_values=array("l"),
        goal_offsets=array("l", [0] * (count + 1)),
        goal_values=array("l"),
    )
    none = Marks([], array("d"))
    return TimelineData(entries, [], [], none, none, DAY + 30)


def _paint(
    data: TimelineData, *, for_export: bool, selection: Selection | None = None
) -> tuple[QImage, TimelineFrame]:
    grouping = group_into_lanes(
        data.entries, LaneMode.ATTRIBUTE, LaneLabels({"voice": "Voice", "social": "Social"})
    )
    builder = FrameBuilder(data, grouping.lanes, lane_goal=grouping.lane_goal)
    vp = Viewport.fit(DAY - 10, DAY + 20, plot_width_for(WIDTH))
    frame = builder.build(vp, WIDTH, HEIGHT, selection=selection)
    scene = PaintScene(
        data,
        grouping.lanes,
        lane_colours(grouping.lanes, LaneMode.ATTRIBUTE),
        grouping.lane_goal,
        LaneMode.ATTRIBUTE,
    )
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    try:
        state = PaintState(font=QFont(), locale=QLocale(), for_export=for_export)
        TimelinePainter().paint(painter, frame, scene, state)
    finally:
        painter.end()
    return image, frame


@pytest.mark.parametrize("for_export", [False, True])
def test_each_dot_is_drawn_in_its_lanes_colour_where_the_frame_puts_it(
    qapp: object, for_export: bool
) -> None:
    image, frame = _paint(_data([0b0001, 0b0100]), for_export=for_export)
    assert len(frame.markers) == 2
    for marker in frame.markers:
        expected = style.ATTRIBUTE_COLOURS["voice" if marker.lane == 0 else "social"]
        seen = image.pixelColor(round(marker.x), round(marker.y))
        # Nine drafts make the dot fully solid.
        assert abs(seen.red() - expected.red()) <= 8
        assert abs(seen.green() - expected.green()) <= 8
        assert abs(seen.blue() - expected.blue()) <= 8


def test_the_selected_dot_gets_a_dark_ring(qapp: object) -> None:
    data = _data([0b0001])
    plain, frame = _paint(data, for_export=False)
    [marker] = frame.markers
    selected, _ = _paint(data, for_export=False, selection=Selection(0, 0, 0))
    ring_x, ring_y = round(marker.x + marker.r + 3.5), round(marker.y)
    assert plain.pixelColor(ring_x, ring_y).lightness() > QColor("#c0c0c0").lightness()
    assert selected.pixelColor(ring_x, ring_y).lightness() < QColor("#808080").lightness()
