"""Attachments as the window shows them: an entry's working files, or a revision's."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from journal.store.attachments import blob_path
from journal.store.database import Journal
from journal.store.entries import get_entry
from journal.store.errors import NotFoundError
from journal.store.models import EntryAttachment, Revision, RevisionAttachment
from journal.store.paths import JournalPaths


@dataclass(frozen=True)
class AttachmentItem:
    """One attachment as shown: a small immutable snapshot, never a live ORM row.

    ``id`` is the entry's link id (entry mode) or the revision's link id
    (revision mode); ``present`` says whether its file is in the journal
    folder, and ``path`` is where that file is (named by its SHA-256).
    """

    id: str
    attachment_id: str
    sha256: str
    filename: str
    size: int
    media_type: str
    present: bool
    path: Path | None = None


@dataclass(frozen=True)
class RevisionFiles:
    """The files of one revision, with what the panel says about that revision."""

    revision_id: str
    entry_id: str
    seq: int
    created_at: datetime
    items: tuple[AttachmentItem, ...]


def _items(
    paths: JournalPaths, rows: Iterable[EntryAttachment | RevisionAttachment]
) -> list[AttachmentItem]:
    items = []
    for row in rows:
        path = blob_path(paths, row.attachment.sha256)
        items.append(
            AttachmentItem(
                id=row.id,
                attachment_id=row.attachment_id,
                sha256=row.attachment.sha256,
                filename=row.filename,
                size=row.attachment.size,
                media_type=row.attachment.media_type,
                present=path.is_file(),
                path=path,
            )
        )
    return items


def entry_attachments(journal: Journal, entry_id: str) -> list[AttachmentItem]:
    """The entry's working attachments, in order; raises NotFoundError if it is gone."""
    with journal.read() as session:
        return _items(journal.paths, get_entry(session, entry_id).attachments)


def revision_attachments(journal: Journal, revision_id: str) -> RevisionFiles:
    """The attachments as they were when this revision was cut; NotFoundError if it is gone."""
    with journal.read() as session:
        revision = session.get(Revision, revision_id)
        if revision is None:
            raise NotFoundError("That revision no longer exists.")
        return RevisionFiles(
            revision_id=revision.id,
            entry_id=revision.entry_id,
            seq=revision.seq,
            created_at=revision.created_at,
            items=tuple(_items(journal.paths, revision.attachments)),
        )
