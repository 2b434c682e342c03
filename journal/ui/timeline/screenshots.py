"""Pictures of the timeline views for ``make screenshots``.

:func:`timeline_shots` has the signature of ``journal.ui.screenshots.EXTRA_SHOTS``
entries: register it with ``EXTRA_SHOTS.append(timeline_shots)``. It draws, from
the temporary demo journal: a year by attribute lanes, the busiest week of it,
the growth of one entry (the one with most drafts and a picture) and the
activity overview.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from journal.core.timeline import date_of
from journal.store.database import Journal
from journal.store.models import Entry, Revision, RevisionAttachment
from journal.ui.timeline.activity import ActivityOverview
from journal.ui.timeline.growth import GrowthView
from journal.ui.timeline.view import TimelineView


def _save(widget: QWidget, path: Path, app: QApplication) -> None:
    widget.show()
    for _ in range(5):
        app.processEvents()
    widget.clearFocus()
    app.processEvents()
    widget.grab().save(str(path))
    print(f"wrote {path}")


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
    _save(view, out / "timeline-year.png", app)
    monday = _busiest_week(view)
    view.show_range(monday, monday + timedelta(days=6))
    _save(view, out / "timeline-week.png", app)
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
    _save(growth, out / "timeline-growth.png", app)
    growth.close()

    activity = ActivityOverview(journal)
    activity.resize(1000, 620)
    _save(activity, out / "timeline-activity.png", app)
    activity.close()
