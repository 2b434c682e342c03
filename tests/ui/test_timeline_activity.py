"""The activity overview: a calendar of writing days and plain counts per week."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute

from journal.demo import DemoSize, generate_demo
from journal.store.database import Journal
from journal.store.models import Reflection, Revision
from journal.ui.timeline.activity import ActivityOverview

TODAY = date(2026, 6, 30)


@pytest.fixture
def overview(qtbot: QtBot, journal: Journal) -> ActivityOverview:
    generate_demo(journal, DemoSize(entries=60, years=1, images=False), today=TODAY)
    widget = ActivityOverview(journal, today=TODAY, utc_offset_hours=0.0)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget


def _count(
    journal: Journal, column: InstrumentedAttribute[datetime], first: date, last: date
) -> int:
    lo = datetime.combine(first, datetime.min.time(), tzinfo=UTC)
    hi = datetime.combine(last + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
    with journal.read() as session:
        return int(session.scalar(select(func.count()).where(column >= lo, column < hi)) or 0)


def test_the_calendar_counts_every_draft_saved_in_the_year(
    overview: ActivityOverview, journal: Journal
) -> None:
    first, last = overview.period()
    assert last == TODAY and (last - first).days == 7 * 53 - 1
    cells = overview.heatmap.cells()
    assert len(cells) == 7 * 53
    drafts = _count(journal, Revision.created_at, first, last)
    assert drafts > 0
    assert sum(cell.count for cell in cells) == drafts
    assert {cell.level for cell in cells} >= {0, 4}


def test_weekly_counts_add_up_and_newest_week_comes_first(
    overview: ActivityOverview, journal: Journal, qtmodeltester: ModelTester
) -> None:
    rows = overview.weeks.rows()
    assert rows[0].week_start > rows[-1].week_start
    first, last = overview.period()
    assert sum(row.drafts for row in rows) == _count(journal, Revision.created_at, first, last)
    assert sum(row.reflections for row in rows) == _count(
        journal, Reflection.created_at, first, last
    )
    assert sum(row.entries for row in rows) == 60
    qtmodeltester.check(overview.weeks)
    assert overview.weeks.headerData(2, Qt.Orientation.Horizontal) == "Drafts saved"
    assert "streak" not in overview.totals_label.text().lower()


def test_earlier_shows_the_year_before_and_later_stops_at_today(
    overview: ActivityOverview,
) -> None:
    assert not overview.later_button.isEnabled()
    overview.earlier_button.click()
    _, last = overview.period()
    assert last == TODAY - timedelta(days=365)
    assert overview.later_button.isEnabled()
    overview.later_button.click()
    assert overview.period()[1] == TODAY


def test_arrow_keys_walk_the_calendar_and_name_the_day(
    qtbot: QtBot, overview: ActivityOverview
) -> None:
    overview.heatmap.setFocus()
    qtbot.waitUntil(overview.heatmap.hasFocus)
    assert overview.heatmap.focused_day() == TODAY
    qtbot.keyClick(overview.heatmap, Qt.Key.Key_Left)
    assert overview.heatmap.focused_day() == TODAY - timedelta(days=7)
    qtbot.keyClick(overview.heatmap, Qt.Key.Key_Up)
    assert overview.heatmap.focused_day() == TODAY - timedelta(days=8)
    assert "drafts saved" in overview.heatmap.accessibleName()


def test_loading_in_the_background_shows_the_same_counts(qtbot: QtBot, journal: Journal) -> None:
    from journal.ui.tasks import TaskRunner

    generate_demo(journal, DemoSize(entries=20, years=1, images=False), today=TODAY)
    runner = TaskRunner()
    widget = ActivityOverview(journal, today=TODAY, runner=runner, utc_offset_hours=0.0)
    qtbot.addWidget(widget)
    assert widget.counts() is None  # nothing is read before the overview is shown
    widget.show()
    qtbot.waitUntil(lambda: widget.counts() is not None)
    first, last = widget.period()
    assert sum(c.count for c in widget.heatmap.cells()) == _count(
        journal, Revision.created_at, first, last
    )
    runner.wait()
