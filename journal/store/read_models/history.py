"""An entry's revision history as the history panel and the diff dialog read it."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from journal.store.database import Journal
from journal.store.entries import revision_body
from journal.store.models import Entry, Revision, RevisionAttachment


@dataclass(frozen=True, slots=True)
class RevisionRow:
    """What the history shows about one revision (no text: that is read on demand)."""

    id: str
    seq: int
    created_at: datetime  # aware, UTC
    title: str
    note: str
    reason: str  # a RevisionReason value
    restored_from_seq: int | None
    word_count: int
    words_added: int
    words_removed: int
    attachments: tuple[str, ...] = ()  # file names, in order


@dataclass(frozen=True, slots=True)
class RevisionText:
    """One revision's title and body; ``body`` is None if it could not be read."""

    revision_id: str
    title: str
    body: str | None


def revision_rows(journal: Journal, entry_id: str) -> list[RevisionRow]:
    """Snapshots of an entry's revisions, newest first (empty if the entry is gone)."""
    with journal.read() as session:
        rows = session.execute(
            select(
                Revision.id,
                Revision.seq,
                Revision.created_at,
                Revision.title,
                Revision.note,
                Revision.reason,
                Revision.restored_from_id,
                Revision.word_count,
                Revision.words_added,
                Revision.words_removed,
            )
            .where(Revision.entry_id == entry_id)
            .order_by(Revision.seq.desc())
        ).all()
        files: dict[str, list[str]] = {}
        for revision_id, filename in session.execute(
            select(RevisionAttachment.revision_id, RevisionAttachment.filename)
            .join(Revision, Revision.id == RevisionAttachment.revision_id)
            .where(Revision.entry_id == entry_id)
            .order_by(RevisionAttachment.position)
        ):
            files.setdefault(revision_id, []).append(filename)
    seq_of = {row.id: row.seq for row in rows}
    return [
        RevisionRow(
            id=row.id,
            seq=row.seq,
            created_at=row.created_at,
            title=row.title,
            note=row.note or "",
            reason=row.reason,
            restored_from_seq=seq_of.get(row.restored_from_id) if row.restored_from_id else None,
            word_count=row.word_count,
            words_added=row.words_added,
            words_removed=row.words_removed,
            attachments=tuple(files.get(row.id, ())),
        )
        for row in rows
    ]


def revision_body_text(journal: Journal, revision_id: str) -> str | None:
    """A revision's Markdown body; None if it is gone or can't be read."""
    return read_revision(journal, revision_id).body


def read_revision(journal: Journal, revision_id: str | None) -> RevisionText:
    """A revision's title and body for showing or comparing (body None if unreadable)."""
    if not revision_id:
        return RevisionText("", "", None)
    with journal.read() as session:
        revision = session.get(Revision, revision_id)
        if revision is None:
            return RevisionText(revision_id, "", None)
        try:
            body: str | None = revision_body(revision)
        except (zlib.error, UnicodeDecodeError):  # a damaged row: say so, don't crash
            body = None
        return RevisionText(revision.id, revision.title, body)


def entry_title(journal: Journal, entry_id: str) -> str:
    """The entry's working title ("" if it has none or is gone)."""
    with journal.read() as session:
        entry = session.get(Entry, entry_id)
        return entry.title if entry is not None else ""
