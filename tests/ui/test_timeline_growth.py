"""The growth view: one entry's drafts in time, thumbnails as they were, choose two to compare."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from journal.demo import DemoSize, generate_demo
from journal.store.attachments import blob_path
from journal.store.database import Journal
from journal.store.models import Attachment, Entry, Revision, RevisionAttachment
from journal.ui.timeline.growth import GrowthView
from tests.ui.qt_helpers import present

TODAY = date(2026, 6, 30)


@pytest.fixture
def demo(journal: Journal) -> Journal:
    generate_demo(journal, DemoSize(entries=40, years=1, images=True), today=TODAY)
    return journal


@pytest.fixture
def growth(qtbot: QtBot, demo: Journal) -> GrowthView:
    view = GrowthView(demo)
    qtbot.addWidget(view)
    view.resize(900, 560)
    view.show()
    return view


def _entry_with_pictures(journal: Journal) -> tuple[str, str]:
    """An entry whose later drafts have a picture, and that picture's SHA-256."""
    with journal.read() as session:
        row = session.execute(
            select(Revision.entry_id, Attachment.sha256)
            .join(RevisionAttachment, RevisionAttachment.revision_id == Revision.id)
            .join(Attachment, Attachment.id == RevisionAttachment.attachment_id)
            .join(Entry, Entry.id == Revision.entry_id)
            .where(Entry.revision_count >= 3)
            .limit(1)
        ).one()
    return row[0], row[1]


def _entry_with_most_drafts(journal: Journal) -> str:
    with journal.read() as session:
        return session.scalars(
            select(Entry.id).order_by(Entry.revision_count.desc(), Entry.seq).limit(1)
        ).one()


def test_each_draft_gets_a_card_with_words_and_note(growth: GrowthView, demo: Journal) -> None:
    entry_id = _entry_with_most_drafts(demo)
    growth.set_entry(entry_id)
    with demo.read() as session:
        count = session.scalar(select(func.count()).where(Revision.entry_id == entry_id))
        title = present(session.get(Entry, entry_id)).title
    assert len(growth.revisions()) == count
    assert growth.entry_id == entry_id
    assert growth.title.text() == title
    assert f"Drafts: {count}" in growth.summary.text()
    first = growth._cards[0]
    assert first.revision.note == "First draft."
    times = [r.created_at for r in growth.revisions()]
    assert times == sorted(times)


def test_two_ticked_drafts_ask_for_a_comparison_older_first(
    qtbot: QtBot, growth: GrowthView, demo: Journal
) -> None:
    growth.set_entry(_entry_with_most_drafts(demo))
    revisions = growth.revisions()
    assert not growth.compare_button.isEnabled()
    growth._cards[-1].choose.setChecked(True)
    growth._cards[0].choose.setChecked(True)
    assert growth.compare_button.isEnabled()
    with qtbot.waitSignal(growth.compare_requested) as blocker:
        growth.compare_button.click()
    assert blocker.args == [revisions[0].id, revisions[-1].id]


def test_a_third_tick_lets_go_of_the_oldest_one(growth: GrowthView, demo: Journal) -> None:
    growth.set_entry(_entry_with_most_drafts(demo))
    ids = [r.id for r in growth.revisions()]
    for card in growth._cards[:3]:
        card.choose.setChecked(True)
    assert growth.chosen() == ids[1:3]
    assert not growth._cards[0].choose.isChecked()


def test_clicking_a_dot_on_the_chart_ticks_that_draft(
    qtbot: QtBot, growth: GrowthView, demo: Journal
) -> None:
    growth.set_entry(_entry_with_most_drafts(demo))
    qtbot.waitExposed(growth)
    point = growth.chart._layout_points()[1]
    qtbot.mouseClick(
        growth.chart,
        Qt.MouseButton.LeftButton,
        pos=point.toPoint(),
    )
    assert growth.chosen() == [growth.revisions()[1].id]


def test_pictures_show_as_they_were_and_missing_files_get_a_placeholder(
    qtbot: QtBot, demo: Journal
) -> None:
    entry_id, sha = _entry_with_pictures(demo)
    view = GrowthView(demo)
    qtbot.addWidget(view)
    view.set_entry(entry_id)
    states = view.thumbnail_states()
    assert [] in states or states[0] == []  # the picture came in a later draft
    qtbot.waitUntil(lambda: all(s == "" for row in view.thumbnail_states() for s in row))
    assert any(row == [""] for row in view.thumbnail_states())

    blob_path(demo.paths, sha).unlink()
    view.thumbnails.forget(sha)
    view.set_entry(entry_id)
    assert all(s == "missing" for row in view.thumbnail_states() for s in row)
    assert any(row for row in view.thumbnail_states())


def test_no_entry_shows_a_prompt(growth: GrowthView) -> None:
    growth.set_entry(None)
    assert growth.revisions() == ()
    assert "Choose an entry" in growth.title.text()
    growth.set_entry("no-such-entry")
    assert growth.revisions() == ()
