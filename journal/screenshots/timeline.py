"""Pictures of the timeline views for ``make screenshots``.

:func:`timeline_shots` is one of the extra shots ``make screenshots`` draws
(``journal.screenshots.__main__``). It draws, from
the temporary demo journal: a year by attribute lanes, the busiest week of it,
the growth of one entry (the one with most drafts and a picture) and the
activity overview.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from journal.core.timeline import date_of
from journal.screenshots.common import save
from journal.store.database import Journal
from journal.store.models import Entry, Revision, RevisionAttachment
from journal.ui.timeline.activity import ActivityOverview
from journal.ui.timeline.growth import GrowthView
from journal.ui.timeline.view import TimelineView


def _busiest_week(view: TimelineView) -> date:
    entries = view.data.entries
    weeks = Counter(date_of(t) - timedelta(days=date_of(t).weekday()) for t in entries.times)
    return max(weeks.items(), key=lambda item: (item[1], item[0]))[0] if weeks else date.today()


def _entry_to_grow(journal: Journal) -> str | None:
    with journal.read() as session:
        with_picture = session.scalars(
            select(Entry.id)
            .join(Revision, Revision.entry_id == Entry.id)
            .join(RevisionAttachment, RevisionAttachment.revision_id == Revision.id)
            .where(Entry.deleted_at.is_(None))
            .order_by(Entry.revision_count.desc(), Entry.seq)
            .limit(1)
        ).first()
        if with_picture is not None:
            return with_picture
        return session.scalars(
            select(Entry.id).order_by(Entry.revision_count.desc(), Entry.seq).limit(1)
        ).first()


def timeline_shots(journal: Journal, settings: Any, out: Path, app: QApplication) -> None:
    view = TimelineView(journal)
    view.resize(1280, 620)
    save(view, out / "timeline-year.png", app, clear_focus=True)
    monday = _busiest_week(view)
    view.show_range(monday, monday + timedelta(days=6))
    save(view, out / "timeline-week.png", app, clear_focus=True)
    view.close()

    growth = GrowthView(journal)
    growth.resize(1100, 620)
    growth.set_entry(_entry_to_grow(journal))
    growth.show()
    growth.thumbnails.wait()
    for _ in range(5):
        app.processEvents()
    revisions = growth.revisions()
    if len(revisions) >= 2:
        growth.set_chosen([revisions[0].id, revisions[-1].id])
    save(growth, out / "timeline-growth.png", app, clear_focus=True)
    growth.close()

    activity = ActivityOverview(journal)
    activity.resize(1000, 620)
    save(activity, out / "timeline-activity.png", app, clear_focus=True)
    activity.close()
