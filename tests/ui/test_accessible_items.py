"""The timeline's entries and months and the chart's bars are accessible children.

In-process checks of journal.ui.accessible_items (tests/a11y/test_atspi.py
reads the same children over AT-SPI from another process).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QAccessible, QAccessibleInterface
from pytestqt.qtbot import QtBot

from journal.core.insights import MonthBalance
from journal.demo import DemoSize, generate_demo
from journal.store.database import Journal
from journal.store.read_models import timeline as read_timeline
from journal.ui.profile_view import AttributeBalanceChart
from journal.ui.timeline.view import TimelineView

TODAY = date(2026, 6, 30)
NAME = QAccessible.Text.Name


def _children(iface: QAccessibleInterface) -> list[QAccessibleInterface]:
    children = [iface.child(i) for i in range(iface.childCount())]
    assert all(c is not None for c in children)
    return [c for c in children if c is not None]


def test_timeline_lists_months_and_entries_in_time_order(qtbot: QtBot, journal: Journal) -> None:
    generate_demo(journal, DemoSize(entries=30, years=1, images=False), today=TODAY)
    view = TimelineView(journal, today=TODAY, utc_offset_hours=0.0)
    qtbot.addWidget(view)
    view.resize(1000, 520)
    view.show()
    qtbot.waitExposed(view)
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface is not None
    assert iface.role() == QAccessible.Role.List
    children = _children(iface)
    entries = [c for c in children if c.role() == QAccessible.Role.ListItem]
    months = [c for c in children if c.role() == QAccessible.Role.Heading]
    assert len(entries) == len(view.data.entries) == 30
    assert children[0].role() == QAccessible.Role.Heading
    ids = view.data.entries.ids
    titles = [read_timeline.entry_card(journal, i) for i in ids]
    for child, card in zip(entries, titles, strict=True):
        assert card is not None
        assert child.text(NAME).startswith(f"{card.title}, ")
        assert child.parent() is iface
        assert iface.indexOfChild(child) == children.index(child)
    # Each month says how many entries it has, with the right plural.
    counted = sum(int(m.text(NAME).split(": ")[1].split()[0]) for m in months)
    assert counted == 30
    assert all(m.text(NAME).endswith(("entry", "entries")) for m in months)
    # Entries drawn on screen have a place inside the widget; others say they are off screen.
    area = view.rect().translated(view.mapToGlobal(view.rect().topLeft()))
    for child in entries:
        if child.state().invisible:
            assert child.rect().isEmpty()
        else:
            assert area.contains(child.rect())
    assert any(not c.state().invisible for c in entries)
    # The keyboard's entry is the focused, selected child.
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.select_entry(ids[-1])
    focus = iface.focusChild()
    assert focus is not None
    assert focus.state().selected and focus.state().focused
    assert focus.text(NAME).startswith(f"{titles[-1].title}, ")  # type: ignore[union-attr]


def test_chart_lists_its_bars(qtbot: QtBot) -> None:
    chart = AttributeBalanceChart()
    qtbot.addWidget(chart)
    chart.set_months(
        [
            MonthBalance(date(2026, 1, 1), (4, 0, 1, 0)),
            MonthBalance(date(2026, 2, 1), (0, 0, 0, 0)),
            MonthBalance(date(2026, 3, 1), (1, 0, 0, 0)),
        ]
    )
    chart.resize(560, 240)
    chart.show()
    qtbot.waitExposed(chart)
    iface = QAccessible.queryAccessibleInterface(chart)
    assert iface is not None
    assert iface.role() == QAccessible.Role.Chart
    bars = _children(iface)
    assert [b.text(NAME) for b in bars] == [
        "Jan 2026: Voice 4, Social construction 1",
        "Feb 2026: nothing",
        "Mar 2026: Voice 1",
    ]
    assert all(b.role() == QAccessible.Role.ListItem for b in bars)
    rects = [b.rect() for b in bars]
    assert all(not r.isEmpty() for r in rects)
    assert rects[0].x() < rects[1].x() < rects[2].x()
    chart.set_months([])
    assert iface.childCount() == 0
