"""Actions on entries: writing, revisions, details, the trash."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from journal.actions.base import Changes, Inverse, Kind, Outcome, action
from journal.core.enums import Attribute, Privacy, RevisionReason
from journal.store import entries as store
from journal.store.database import Journal
from journal.store.read_models.entries import RevisionInfo, revision_info


@action("New entry")
def create_entry(journal: Journal, *, title: str = "", body: str = "") -> Outcome[str]:
    with journal.write() as session:
        entry_id = store.create_entry(session, title=title, body=body).id
    return Outcome(entry_id, Changes.of(Kind.ENTRIES, Kind.REVISIONS, entries=[entry_id]))


@action("Typing")
def save_draft(journal: Journal, entry_id: str, title: str, body: str) -> Outcome[bool]:
    """Keep the working text (no revision). The value says whether anything changed."""
    with journal.write() as session:
        changed = store.autosave_draft(session, entry_id, title, body)
    return Outcome(changed, Changes.of(Kind.TEXT, entries=[entry_id]) if changed else Changes())


@action("Save revision")
def save_revision(
    journal: Journal,
    entry_id: str,
    *,
    note: str | None = None,
    reason: RevisionReason = RevisionReason.SAVE,
) -> Outcome[RevisionInfo | None]:
    """Cut a revision of the working text; None when nothing changed since the last one."""
    with journal.write() as session:
        store.get_entry(session, entry_id)
        revision = store.save_revision(session, entry_id, note=note, reason=reason)
        info = revision_info(revision) if revision is not None else None
    if info is None:
        return Outcome(None, Changes.of(Kind.TEXT, entries=[entry_id]))
    return Outcome(info, Changes.of(Kind.TEXT, Kind.REVISIONS, entries=[entry_id]))


@action("Restore draft")
def restore_revision(journal: Journal, revision_id: str) -> Outcome[RevisionInfo]:
    """Make an old revision current again; it is appended, so nothing is lost."""
    with journal.write() as session:
        info = revision_info(store.restore_revision(session, revision_id))
    return Outcome(
        info,
        Changes.of(Kind.TEXT, Kind.REVISIONS, Kind.ATTACHMENTS, entries=[info.entry_id]),
    )


def _details_outcome(entry_id: str, kind: Kind, inverse: Inverse) -> Outcome[None]:
    return Outcome(None, Changes.of(kind, entries=[entry_id]), inverse)


@action("Change the date")
def set_learned_on(journal: Journal, entry_id: str, day: date) -> Outcome[None]:
    with journal.write() as session:
        entry = store.get_entry(session, entry_id)
        before = entry.learned_on
        store.update_details(session, entry_id, learned_on=day)
    return _details_outcome(entry_id, Kind.DETAILS, Inverse(set_learned_on, (entry_id, before)))


@action("Change attributes")
def set_attributes(
    journal: Journal, entry_id: str, attributes: Iterable[Attribute]
) -> Outcome[None]:
    with journal.write() as session:
        entry = store.get_entry(session, entry_id)
        before = frozenset(entry.attributes)
        store.update_details(session, entry_id, attributes=set(attributes))
    return _details_outcome(entry_id, Kind.DETAILS, Inverse(set_attributes, (entry_id, before)))


@action("Change privacy")
def set_privacy(journal: Journal, entry_id: str, privacy: Privacy) -> Outcome[None]:
    with journal.write() as session:
        entry = store.get_entry(session, entry_id)
        before = Privacy(entry.privacy)
        store.update_details(session, entry_id, privacy=privacy)
    return _details_outcome(entry_id, Kind.DETAILS, Inverse(set_privacy, (entry_id, before)))


@action("Change tags")
def set_tags(journal: Journal, entry_id: str, tags: Iterable[str]) -> Outcome[None]:
    with journal.write() as session:
        entry = store.get_entry(session, entry_id)
        before = tuple(t.name for t in entry.tags)
        store.update_details(session, entry_id, tags=list(tags))
    return _details_outcome(entry_id, Kind.TAGS, Inverse(set_tags, (entry_id, before)))


@action("Move to trash")
def trash_entry(journal: Journal, entry_id: str) -> Outcome[None]:
    with journal.write() as session:
        store.trash_entry(session, entry_id)
    return Outcome(
        None,
        Changes.of(Kind.ENTRIES, Kind.TRASH, entries=[entry_id]),
        Inverse(restore_from_trash, (entry_id,)),
    )


@action("Restore from trash")
def restore_from_trash(journal: Journal, entry_id: str) -> Outcome[None]:
    with journal.write() as session:
        store.restore_entry(session, entry_id)
    return Outcome(
        None,
        Changes.of(Kind.ENTRIES, Kind.TRASH, entries=[entry_id]),
        Inverse(trash_entry, (entry_id,)),
    )


@action("Empty trash")
def empty_trash(journal: Journal) -> Outcome[int]:
    """Delete trashed entries for good (asked for first; not undoable)."""
    with journal.write() as session:
        count = store.empty_trash(session)
    return Outcome(count, Changes.of(Kind.ENTRIES, Kind.TRASH))
