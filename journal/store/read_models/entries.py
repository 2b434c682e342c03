"""Entries and their revisions, as the window reads them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from journal.core.enums import Attribute, Privacy, RevisionReason
from journal.store import entries as store_entries
from journal.store.database import Journal
from journal.store.models import Entry, Revision


@dataclass(frozen=True)
class EntrySnapshot:
    id: str
    title: str
    body: str
    learned_on: date
    created_at: datetime
    updated_at: datetime
    privacy: Privacy
    attributes: frozenset[Attribute]
    tags: tuple[str, ...]
    has_unsaved_draft: bool
    revision_count: int
    in_trash: bool


@dataclass(frozen=True)
class RevisionInfo:
    """One revision's facts, without its text."""

    id: str
    entry_id: str
    seq: int
    created_at: datetime
    title: str
    note: str | None
    reason: RevisionReason
    restored_from_id: str | None
    word_count: int
    words_added: int
    words_removed: int


def snapshot(entry: Entry) -> EntrySnapshot:
    return EntrySnapshot(
        id=entry.id,
        title=entry.title,
        body=entry.body,
        learned_on=entry.learned_on,
        created_at=entry.created_at,
        updated_at=entry.updated_at,
        privacy=Privacy(entry.privacy),
        attributes=frozenset(entry.attributes),
        tags=tuple(t.name for t in entry.tags),
        has_unsaved_draft=entry.has_unsaved_draft,
        revision_count=entry.revision_count,
        in_trash=entry.deleted_at is not None,
    )


def revision_info(revision: Revision) -> RevisionInfo:
    return RevisionInfo(
        id=revision.id,
        entry_id=revision.entry_id,
        seq=revision.seq,
        created_at=revision.created_at,
        title=revision.title,
        note=revision.note,
        reason=RevisionReason(revision.reason),
        restored_from_id=revision.restored_from_id,
        word_count=revision.word_count,
        words_added=revision.words_added,
        words_removed=revision.words_removed,
    )


def read_entry(journal: Journal, entry_id: str) -> EntrySnapshot:
    """The entry as it is now; raises NotFoundError if it is gone."""
    with journal.read() as session:
        return snapshot(store_entries.get_entry(session, entry_id))


def entry_exists(journal: Journal, entry_id: str) -> bool:
    with journal.read() as session:
        return session.get(Entry, entry_id) is not None


def revisions_of(journal: Journal, entry_id: str) -> list[RevisionInfo]:
    with journal.read() as session:
        return [revision_info(r) for r in store_entries.list_revisions(session, entry_id)]


def revision_text(journal: Journal, revision_id: str) -> tuple[str, str]:
    """A revision's title and body; raises NotFoundError if it is gone."""
    from journal.store.errors import NotFoundError

    with journal.read() as session:
        revision = session.get(Revision, revision_id)
        if revision is None:
            raise NotFoundError("That revision no longer exists.")
        return revision.title, store_entries.revision_body(revision)


def tag_names(journal: Journal) -> list[str]:
    with journal.read() as session:
        return store_entries.all_tag_names(session)


def entries_with_unsaved_drafts(journal: Journal) -> list[str]:
    with journal.read() as session:
        return store_entries.entries_with_unsaved_drafts(session)
