"""``journal check``: is everything the student saved still whole?

It reports and never crashes: a part of the file SQLite can't read is one
more problem in the list (and ``journal repair`` is the way back).
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from journal.store import sqlite as sq
from journal.store.attachments import verify
from journal.store.database import Journal
from journal.store.entries import revision_is_intact
from journal.store.models import Attachment, Revision


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
            for attachment in session.scalars(select(Attachment)):
                problem = verify(journal.paths, attachment)
                if problem:
                    problems.append(f"Attachment {attachment.sha256[:12]}…: {problem}.")
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        problems.append(f"Database: the list of attached files can't be read ({_reason(exc)}).")
    return problems
