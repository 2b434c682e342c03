"""The timeline view: zoom, pan, lanes, keyboard selection, opening, filters, export."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from array import array
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QImage,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPointingDevice,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from journal.core.timeline import LaneMode
from journal.demo import DemoSize, generate_demo
from journal.store.database import Journal
from journal.store.search import EntryFilter
from journal.store.timeline_data import Marks, TimelineData, TimelineEntries
from journal.ui.timeline.view import GUTTER, TimelineView
from tests.ui.qt_helpers import present

TODAY = date(2026, 6, 30)


@pytest.fixture
def demo(journal: Journal) -> Journal:
    generate_demo(journal, DemoSize(entries=80, years=1, images=False), today=TODAY)
    return journal


@pytest.fixture
def view(qtbot: QtBot, demo: Journal) -> TimelineView:
    widget = TimelineView(demo, today=TODAY, utc_offset_hours=0.0)
    qtbot.addWidget(widget)
    widget.resize(1000, 520)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget


def _mouse(widget: TimelineView, kind: QEvent.Type, pos: QPointF, held: bool) -> None:
    button = Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind,
        pos,
        widget.mapToGlobal(pos),
        Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else button,
        button if held else Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def _span(view: TimelineView) -> float:
    start, end = view.visible_range()
    return end - start


# -- zoom and pan ----------------------------------------------------------------------------


def test_first_view_shows_the_latest_year(view: TimelineView) -> None:
    first, last = view.visible_dates()
    assert 300 <= (last - first).days <= 420
    assert first <= date(2025, 8, 1) and last >= date(2026, 6, 1)


def test_plus_and_minus_keys_zoom_in_and_out(qtbot: QtBot, view: TimelineView) -> None:
    before = _span(view)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert _span(view) == pytest.approx(before / 1.5)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert _span(view) == pytest.approx(before * 1.5)


def test_zoom_stops_at_one_week(qtbot: QtBot, view: TimelineView) -> None:
    for _ in range(20):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert _span(view) == pytest.approx(7.0)
    first, last = view.visible_dates()
    assert (last - first).days in (6, 7)


def test_home_and_zero_fit_everything(qtbot: QtBot, view: TimelineView) -> None:
    for _ in range(6):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_0)
    lo, hi = view.data.extent()
    start, end = view.visible_range()
    assert start <= lo and end >= hi
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.visible_range() == (start, end)


def test_arrow_keys_pan(qtbot: QtBot, view: TimelineView) -> None:
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    start, _ = view.visible_range()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    earlier, _ = view.visible_range()
    assert earlier < start
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    later, _ = view.visible_range()
    assert later > start


def test_dragging_pans_with_the_pointer(view: TimelineView) -> None:
    view.zoom_by(3.0)
    vp = view.viewport()
    assert vp is not None
    start = vp.start
    from_pos = QPointF(600, 300)
    _mouse(view, QEvent.Type.MouseButtonPress, from_pos, True)
    _mouse(view, QEvent.Type.MouseMove, QPointF(500, 300), True)
    _mouse(view, QEvent.Type.MouseMove, QPointF(400, 302), True)
    _mouse(view, QEvent.Type.MouseButtonRelease, QPointF(400, 302), False)
    moved = view.viewport()
    assert moved is not None
    assert moved.start == pytest.approx(start + 200 / vp.px_per_day)


def test_wheel_zooms_around_the_pointer(view: TimelineView) -> None:
    vp = view.viewport()
    assert vp is not None
    x = 500.0
    t_under = vp.t_of(x - GUTTER)
    event = QWheelEvent(
        QPointF(x, 200),
        view.mapToGlobal(QPointF(x, 200)),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)
    zoomed = view.viewport()
    assert zoomed is not None
    assert zoomed.px_per_day == pytest.approx(vp.px_per_day * 1.44)
    assert zoomed.t_of(x - GUTTER) == pytest.approx(t_under)


def test_pinch_gesture_zooms(view: TimelineView) -> None:
    before = _span(view)
    pos = QPointF(500, 200)
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        pos,
        pos,
        view.mapToGlobal(pos),
        0.5,
        QPointF(0, 0),
        0,
    )
    QApplication.sendEvent(view, event)
    assert _span(view) == pytest.approx(before / 1.5)


# -- selection and opening -----------------------------------------------------------------------


def test_n_selects_the_first_visible_item_and_names_it(qtbot: QtBot, view: TimelineView) -> None:
    with qtbot.waitSignal(view.selection_changed) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_N)
    entry_id = blocker.args[0]
    assert entry_id and entry_id == view.selected_entry_id()
    with present(view._journal).read() as session:
        from journal.store.models import Entry

        title = present(session.get(Entry, entry_id)).title
    assert title in view.accessibleName()
    assert view.accessibleName().startswith("Timeline")
    assert "Voice" in view.accessibleName()  # the lane it is in


def test_n_and_p_move_through_items_in_time_order(qtbot: QtBot, view: TimelineView) -> None:
    qtbot.keyClick(view, Qt.Key.Key_N)
    first = view.selected_entry_id()
    qtbot.keyClick(view, Qt.Key.Key_N)
    second = view.selected_entry_id()
    assert second and second != first
    entries = view.data.entries
    assert first is not None
    later, earlier = present(entries.index_of(second)), present(entries.index_of(first))
    assert entries.times[later] >= entries.times[earlier]
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert view.selected_entry_id() == first
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert view.selected_entry_id() == first  # already the first in the lane


def test_tab_leaves_the_timeline(qtbot: QtBot, demo: Journal) -> None:
    """Tab is no trap: it goes to the next control (screen readers list the entries)."""
    box = QWidget()
    qtbot.addWidget(box)
    layout = QHBoxLayout(box)
    view = TimelineView(demo, today=TODAY, utc_offset_hours=0.0)
    layout.addWidget(view)
    neighbour = QPushButton("Next control")
    layout.addWidget(neighbour)
    box.resize(1100, 520)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_N)
    chosen = view.selected_entry_id()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert neighbour.hasFocus()
    assert view.selected_entry_id() == chosen
    qtbot.keyClick(neighbour, Qt.Key.Key_Backtab)
    assert view.hasFocus()


def test_enter_opens_the_selected_entry(qtbot: QtBot, view: TimelineView) -> None:
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view, Qt.Key.Key_N)
    chosen = view.selected_entry_id()
    with qtbot.waitSignal(view.open_entry_requested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [chosen]


def test_double_click_on_a_dot_opens_it(qtbot: QtBot, view: TimelineView) -> None:
    view.show_range(date(2026, 3, 1), date(2026, 3, 31))
    entries = view.data.entries
    target = next(
        entry_id for entry_id in entries.ids if view.marker_position(entry_id) is not None
    )
    pos = view.marker_position(target)
    assert pos is not None
    with qtbot.waitSignal(view.open_entry_requested) as blocker:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert blocker.args == [target]


def test_click_selects_and_hover_shows_a_card(qtbot: QtBot, view: TimelineView) -> None:
    view.show_range(date(2026, 3, 1), date(2026, 3, 31))
    target = next(i for i in view.data.entries.ids if view.marker_position(i) is not None)
    pos = view.marker_position(target)
    assert pos is not None
    qtbot.mouseMove(view, pos.toPoint())
    qtbot.waitUntil(lambda: view.hover_card().isVisible())
    card = view.hover_card().text()
    assert card.footer.startswith("Drafts:")
    assert card.title
    with qtbot.waitSignal(view.selection_changed) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert blocker.args == [target]


def test_l_moves_to_the_next_lane_keeping_the_time(qtbot: QtBot, view: TimelineView) -> None:
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert view.current_lane() == 0
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert view.current_lane() == 1
    entry = view.selected_entry_id()
    assert entry is not None
    assert "Co-creation" in view.accessibleName()
    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ShiftModifier)
    assert view.current_lane() == 0


def test_g_asks_for_the_growth_view(qtbot: QtBot, view: TimelineView) -> None:
    qtbot.keyClick(view, Qt.Key.Key_N)
    with qtbot.waitSignal(view.growth_requested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_G)
    assert blocker.args == [view.selected_entry_id()]


# -- lanes and filters ------------------------------------------------------------------------


def test_lane_modes_group_by_attribute_tag_and_goal(view: TimelineView) -> None:
    assert [key for key, _, _ in view.lanes()] == ["voice", "cocreation", "social", "selfdiscovery"]
    view.set_lane_mode(LaneMode.TAG)
    tag_lanes = view.lanes()
    assert {"science", "maths"} & {label for _, label, _ in tag_lanes}
    assert sum(count for _, _, count in tag_lanes) == len(view.data.entries)  # one tag each
    view.set_lane_mode("goal")
    goal_lanes = view.lanes()
    assert goal_lanes[-1][1] == "Not linked to a goal"
    assert [label for _, label, _ in goal_lanes[:-1]] == [g.title for g in view.data.goals]


def test_selection_survives_a_lane_switch(qtbot: QtBot, view: TimelineView) -> None:
    qtbot.keyClick(view, Qt.Key.Key_N)
    chosen = view.selected_entry_id()
    view.set_lane_mode(LaneMode.TAG)
    assert view.selected_entry_id() == chosen


def test_filters_narrow_the_items(view: TimelineView) -> None:
    everything = len(view.data.entries)
    view.set_filter(EntryFilter(attributes=("voice",)))
    voice_only = view.data.entries
    assert 0 < len(voice_only) < everything
    assert all(voice_only.attributes[i] & 1 for i in range(len(voice_only)))
    view.set_filter(EntryFilter(tags=("science",)))
    science = view.data.entries
    assert 0 < len(science) < everything
    view.set_filter(EntryFilter(text="zzzznotthere"))
    assert len(view.data.entries) == 0
    assert view.frame_stats()["markers"] == 0
    view.set_filter(EntryFilter())
    assert len(view.data.entries) == everything


# -- level of detail and memory -------------------------------------------------------------------


def _synthetic(count: int, days: float, revisions: int = 3) -> TimelineData:
    start = float(date(2026, 1, 1).toordinal())
    times = array("d", (start + days * i / count for i in range(count)))
    entries = TimelineEntries(
        ids=[f"e{i}" for i in range(count)],
        times=times,
        attributes=array("B", (1 << (i % 4) for i in range(count))),
        revisions=array("l", [revisions] * count),
        span_lo=array("d", times),
        span_hi=array("d", (t + 2 for t in times)),
        tag_offsets=array("l", [0] * (count + 1)),
        tag_values=array("l"),
        goal_offsets=array("l", [0] * (count + 1)),
        goal_values=array("l"),
    )
    none = Marks([], array("d"))
    return TimelineData(entries, [], [], none, none, start + days)


def test_crowded_dots_become_count_markers_and_the_frame_follows_the_screen(
    qtbot: QtBot,
) -> None:
    view = TimelineView(today=TODAY)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.set_data(_synthetic(2_000, 365))
    view.fit_all()
    small = view.frame_stats()
    assert small["aggregates"] > 0
    view.set_data(_synthetic(40_000, 365))
    view.fit_all()
    big = view.frame_stats()
    # Twenty times the entries, about the same number of things built for the frame.
    assert big["aggregates"] + big["markers"] <= 1.2 * (small["aggregates"] + small["markers"])
    view.show_range(date(2026, 3, 2), date(2026, 3, 8))
    week = view.frame_stats()
    assert week["aggregates"] + week["markers"] < big["aggregates"] + big["markers"] + 800


def test_zoomed_in_entries_show_their_revisions_as_ticks(view: TimelineView) -> None:
    view.show_range(date(2026, 3, 1), date(2026, 3, 14))
    stats = view.frame_stats()
    assert stats["spans"] > 0 and stats["ticks"] >= stats["spans"]
    assert 0 < view.revision_cache_size() <= len(view.data.entries)
    view.fit_all()
    assert view.frame_stats()["spans"] == 0


# -- export -------------------------------------------------------------------------------------


def test_export_writes_a_png_and_an_svg(view: TimelineView, tmp_path: Path) -> None:
    png = tmp_path / "timeline.png"
    svg = tmp_path / "timeline.svg"
    view.export_png(png)
    image = QImage(str(png))
    assert not image.isNull()
    assert (image.width(), image.height()) == (2000, 1040)
    assert image.pixelColor(5, 300).name() in ("#ffffff", "#f5f7fa")
    view.export_svg(svg)
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    text = "".join(root.itertext())
    assert "Voice" in text and "Self-discovery" in text


def test_export_to_a_missing_folder_says_so(view: TimelineView, tmp_path: Path) -> None:
    with pytest.raises(OSError, match="does not exist"):
        view.export_png(tmp_path / "nowhere" / "timeline.png")


def test_export_action_asks_where_and_saves(
    view: TimelineView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "picked.svg"
    monkeypatch.setattr(view, "ask_save_path", lambda *args: str(target))
    view.timeline_actions()["export_svg"].trigger()
    assert target.stat().st_size > 0


# -- entries at the ends of the calendar ---------------------------------------------------------


def test_entries_dated_at_the_ends_of_the_calendar_paint_at_every_zoom(
    qtbot: QtBot, journal: Journal
) -> None:
    from journal.store.entries import create_entry

    with journal.write() as session:
        create_entry(session, title="Far future", body="x", learned_on=date.max)
        create_entry(session, title="Long ago", body="y", learned_on=date.min)
        create_entry(session, title="Today", body="z", learned_on=TODAY)
    view = TimelineView(journal, today=TODAY, utc_offset_hours=0.0)
    qtbot.addWidget(view)
    view.resize(1000, 520)
    image = QImage(1000, 520, QImage.Format.Format_ARGB32_Premultiplied)

    def paint() -> None:
        painter = QPainter(image)
        try:
            view.render_view(painter)
        finally:
            painter.end()

    paint()
    view.fit_all()
    paint()
    for edge in (date.min, date.max):
        view.show_range(edge, edge)
        paint()
        assert view.frame_stats()["markers"] == 1
        for _ in range(12):
            view.zoom_out()
            view.pan_by(-400.0)
            paint()
            view.pan_by(800.0)
            paint()
    view.set_lane_mode(LaneMode.GOAL)
    view.fit_all()
    paint()
    assert len(view.data.entries) == 3
