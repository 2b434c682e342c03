"""The timeline, one entry's growth and writing activity, as the window reads them."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from datetime import date

from journal.core.filters import EntryFilter
from journal.store import timeline_data as data
from journal.store.database import Journal


def timeline(
    journal: Journal,
    flt: EntryFilter | None = None,
    *,
    today: date | None = None,
    utc_offset_hours: float = 0.0,
) -> data.TimelineData:
    with journal.read() as session:
        return data.load_timeline(session, flt, today=today, utc_offset_hours=utc_offset_hours)


def growth(journal: Journal, entry_id: str) -> data.EntryGrowth | None:
    with journal.read() as session:
        return data.load_growth(session, entry_id)


def activity(
    journal: Journal,
    first: date,
    last: date,
    *,
    utc_offset_hours: float = 0.0,
    flt: EntryFilter | None = None,
) -> data.ActivityCounts:
    with journal.read() as session:
        return data.load_activity(
            session, first, last, utc_offset_hours=utc_offset_hours, flt=flt
        )


def entry_card(journal: Journal, entry_id: str) -> data.EntryCard | None:
    with journal.read() as session:
        return data.load_entry_card(session, entry_id)


def mark_card(journal: Journal, kind: str, mark_id: str) -> data.MarkCard | None:
    with journal.read() as session:
        return data.load_mark_card(session, kind, mark_id)


def revision_times(
    journal: Journal, entry_ids: Sequence[str], *, utc_offset_hours: float = 0.0
) -> dict[str, array[float]]:
    with journal.read() as session:
        return data.load_revision_times(session, entry_ids, utc_offset_hours=utc_offset_hours)
