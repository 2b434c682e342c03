"""``journal check``: is everything the student saved still whole?"""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from journal.store import sqlite as sq
from journal.store.attachments import verify
from journal.store.database import Journal
from journal.store.entries import revision_is_intact
from journal.store.models import Attachment, Revision


def check_journal(journal: Journal) -> list[str]:
    """Every problem found, in words; an empty list means all is well."""
    problems: list[str] = []
    with journal.engine.connect() as conn:
        rows = [str(r[0]) for r in conn.execute(text("PRAGMA integrity_check"))]
        if rows != ["ok"]:
            problems.extend(f"Database: {r}" for r in rows[:20])
        fk = list(conn.execute(text("PRAGMA foreign_key_check")))
        if fk:
            problems.append(f"Database: {len(fk)} rows point at things that no longer exist.")
        try:
            conn.execute(text(sq.fts_integrity_sql()))
        except DatabaseError as exc:
            problems.append(f"Search index is out of step with the entries ({exc.orig}).")
    with journal.read() as session:
        for revision in session.scalars(select(Revision).execution_options(yield_per=2000)):
            if not revision_is_intact(revision):
                problems.append(
                    f"Revision {revision.seq} of entry {revision.entry_id} does not match "
                    "its SHA-256."
                )
        for attachment in session.scalars(select(Attachment)):
            problem = verify(journal.paths, attachment)
            if problem:
                problems.append(f"Attachment {attachment.sha256[:12]}…: {problem}.")
    return problems
