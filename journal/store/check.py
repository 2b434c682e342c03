"""``journal check``: is everything the student saved still whole?

It reports and never crashes: a part of the file SQLite can't read is one
more problem in the list (and ``journal repair`` is the way back).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from journal.store import sqlite as sq
from journal.store.attachments import verify
from journal.store.database import Journal
from journal.store.entries import revision_is_intact
from journal.store.models import Attachment, Entry, Revision


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc)


def check_journal(journal: Journal) -> list[str]:
    """Every problem found, in words; an empty list means all is well."""
    problems: list[str] = []
    damaged = False
    with journal.engine.connect() as conn:
        try:
            rows = [str(r[0]) for r in conn.execute(text("PRAGMA integrity_check"))]
        except (DatabaseError, sqlite3.DatabaseError) as exc:
            rows = [f"the file can't be read through ({_reason(exc)})"]
        if rows != ["ok"]:
            damaged = True
            problems.extend(f"Database: {r}" for r in rows[:20])
        try:
            fk = list(conn.execute(text("PRAGMA foreign_key_check")))
            if fk:
                problems.append(f"Database: {len(fk)} rows point at things that no longer exist.")
        except (DatabaseError, sqlite3.DatabaseError) as exc:
            if not damaged:
                problems.append(f"Database: rows can't be read ({_reason(exc)}).")
        try:
            conn.execute(text(sq.fts_integrity_sql()))
        except (DatabaseError, sqlite3.DatabaseError) as exc:
            problems.append(f"Search index is out of step with the entries ({_reason(exc)}).")
    try:
        with journal.read() as session:
            for revision in session.scalars(select(Revision).execution_options(yield_per=2000)):
                if not revision_is_intact(revision):
                    problems.append(
                        f"Revision {revision.seq} of entry {revision.entry_id} does not match "
                        "its SHA-256."
                    )
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        problems.append(f"Database: some revisions can't be read ({_reason(exc)}).")
    try:
        with journal.read() as session:
            problems.extend(revision_order_problems(session))
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        problems.append(f"Database: the order of revisions can't be read ({_reason(exc)}).")
    try:
        with journal.read() as session:
            for attachment in session.scalars(select(Attachment)):
                problem = verify(journal.paths, attachment)
                if problem:
                    problems.append(f"Attachment {attachment.sha256[:12]}…: {problem}.")
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        problems.append(f"Database: the list of attached files can't be read ({_reason(exc)}).")
    return problems


def revision_order_problems(session: Session, limit: int = 50) -> list[str]:
    """Entries whose history is out of order: a number used twice or below 1, a revision
    dated before the one it follows, or a revision count that disagrees with the history.

    Numbers may skip (an export of only the first and last drafts imports as revisions
    1 and 5 of 5), but never repeat, and times never go backwards as they rise.
    """
    counts: dict[str, int] = {
        entry_id: count
        for entry_id, count in session.execute(select(Entry.id, Entry.revision_count))
    }
    problems: list[str] = []
    current: str | None = None
    last_seq = 0
    last_time: datetime | None = None
    seen: dict[str, int] = {}

    def report(entry_id: str, problem: str) -> None:
        if len(problems) < limit:
            problems.append(f"Entry {entry_id}: {problem}.")

    rows = session.execute(
        select(Revision.entry_id, Revision.seq, Revision.created_at)
        .order_by(Revision.entry_id, Revision.seq, Revision.created_at)
        .execution_options(yield_per=5000)
    )
    for entry_id, seq, created_at in rows:
        if entry_id != current:
            current, last_seq, last_time = entry_id, 0, None
        if seq < 1:
            report(entry_id, f"a revision is numbered {seq}")
        elif seq == last_seq:
            report(entry_id, f"two revisions are both number {seq}")
        when = created_at.replace(tzinfo=None) if created_at is not None else None
        if last_time is not None and when is not None and when < last_time:
            report(entry_id, f"revision {seq} is dated before the revision it follows")
        last_seq = seq
        last_time = when if when is not None else last_time
        seen[entry_id] = max(seen.get(entry_id, 0), seq)
    for entry_id, highest in seen.items():
        count = counts.get(entry_id)
        if count is not None and count != highest:
            report(
                entry_id,
                f"its revision count ({count}) disagrees with its history "
                f"(last revision {highest})",
            )
    for entry_id, count in counts.items():
        if entry_id not in seen and count:
            report(entry_id, f"its revision count is {count} but it has no revisions")
    return problems
