"""Finding entries: full-text search plus filters, safe for anything a user types.

``EntryFilter`` and ``SortOrder`` live in :mod:`journal.core.filters` and are
re-exported here.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from journal.core.filters import EntryFilter, SortOrder, tag_key
from journal.store import sqlite as sq
from journal.store.models import Attribute, Entry, GoalEvidence, Tag, entry_tags


def entry_query(flt: EntryFilter, order: str = SortOrder.LEARNED_NEWEST) -> Select[Any]:
    """A SELECT of entry ids matching the filter, in the requested order."""
    stmt = select(Entry.id)
    if flt.trashed:
        stmt = stmt.where(Entry.deleted_at.is_not(None))
    else:
        stmt = stmt.where(Entry.deleted_at.is_(None))
    match = sq.fts_match_expression(flt.text)
    fts = None
    if match is not None:
        fts = sq.fts_matches(match)
        stmt = stmt.join(fts, fts.c.rowid == Entry.seq)
    for name in flt.tags:
        key = tag_key(name)
        stmt = stmt.where(
            Entry.id.in_(
                select(entry_tags.c.entry_id)
                .join(Tag, Tag.id == entry_tags.c.tag_id)
                .where(Tag.key == key)
            )
        )
    for attribute in flt.attributes:
        stmt = stmt.where(getattr(Entry, Attribute(attribute).value).is_(True))
    if flt.since is not None:
        stmt = stmt.where(Entry.learned_on >= flt.since)
    if flt.until is not None:
        stmt = stmt.where(Entry.learned_on <= flt.until)
    if flt.goal_id:
        stmt = stmt.where(
            Entry.id.in_(select(GoalEvidence.entry_id).where(GoalEvidence.goal_id == flt.goal_id))
        )
    if order == SortOrder.RELEVANCE and fts is not None:
        stmt = stmt.order_by(fts.c.rank, Entry.learned_on.desc())
    elif order == SortOrder.LEARNED_OLDEST:
        stmt = stmt.order_by(Entry.learned_on, Entry.created_at)
    elif order == SortOrder.UPDATED:
        stmt = stmt.order_by(Entry.updated_at.desc())
    elif order == SortOrder.TITLE:
        stmt = stmt.order_by(Entry.title.collate("NOCASE"), Entry.learned_on.desc())
    else:
        stmt = stmt.order_by(Entry.learned_on.desc(), Entry.created_at.desc())
    return stmt


def search_entry_ids(
    session: Session,
    flt: EntryFilter,
    order: str = SortOrder.LEARNED_NEWEST,
    limit: int | None = None,
) -> list[str]:
    stmt = entry_query(flt, order)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def search_entries(
    session: Session, flt: EntryFilter, order: str = SortOrder.RELEVANCE, limit: int | None = 50
) -> list[Entry]:
    ids = search_entry_ids(session, flt, order, limit)
    if not ids:
        return []
    found = {e.id: e for e in session.scalars(select(Entry).where(Entry.id.in_(ids)))}
    return [found[i] for i in ids if i in found]
