"""Entries and their revisions: the heart of the journal.

Every function takes a :class:`~sqlalchemy.orm.Session`; the caller owns the
transaction. History is append-only: a revision is never changed or removed,
restoring an old one appends a copy, and saving text identical to the latest
revision adds nothing.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journal.core.text import word_count, words_changed
from journal.store.errors import NotFoundError
from journal.store.models import (
    Attribute,
    Entry,
    EntryAttachment,
    Privacy,
    Revision,
    RevisionAttachment,
    RevisionReason,
    Tag,
    utcnow,
)


def revision_digest(title: str, body: str) -> str:
    """SHA-256 of a revision's text: title, a unit separator, then body (UTF-8)."""
    return hashlib.sha256(f"{title}\x1f{body}".encode()).hexdigest()


def compress(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 6)


def decompress(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8")


def revision_body(revision: Revision) -> str:
    return decompress(revision.body_z)


def revision_is_intact(revision: Revision) -> bool:
    try:
        body = revision_body(revision)
    except (zlib.error, UnicodeDecodeError):
        return False
    return revision_digest(revision.title, body) == revision.sha256


def get_entry(session: Session, entry_id: str) -> Entry:
    entry = session.get(Entry, entry_id)
    if entry is None:
        raise NotFoundError("That entry no longer exists.")
    return entry


def _next_seq(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.max(Entry.seq), 0))) or 0) + 1


def create_entry(
    session: Session,
    *,
    title: str = "",
    body: str = "",
    learned_on: date | None = None,
    attributes: Iterable[Attribute | str] = (),
    privacy: Privacy | str = Privacy.PRIVATE,
    tags: Iterable[str] = (),
    now: datetime | None = None,
    entry_id: str | None = None,
) -> Entry:
    """Create an entry; if it has text, its first revision too."""
    now = now or utcnow()
    entry = Entry(
        seq=_next_seq(session),
        title=title,
        body=body,
        learned_on=learned_on or now.date(),
        created_at=now,
        updated_at=now,
        privacy=Privacy(privacy).value,
    )
    if entry_id:
        entry.id = entry_id
    entry.set_attributes(set(attributes))
    session.add(entry)
    set_tags(session, entry, tags)
    session.flush()
    if title or body:
        save_revision(session, entry.id, now=now)
    return entry


def autosave_draft(
    session: Session, entry_id: str, title: str, body: str, *, now: datetime | None = None
) -> bool:
    """Keep the working text without cutting a revision. Returns True if anything changed."""
    entry = get_entry(session, entry_id)
    if entry.title == title and entry.body == body:
        return False
    now = now or utcnow()
    entry.title = title
    entry.body = body
    entry.updated_at = now
    entry.draft_saved_at = now
    entry.has_unsaved_draft = True
    return True


def latest_revision(session: Session, entry_id: str) -> Revision | None:
    return session.scalar(
        select(Revision).where(Revision.entry_id == entry_id).order_by(Revision.seq.desc()).limit(1)
    )


def _attachment_key(rows: Iterable[EntryAttachment | RevisionAttachment]) -> list[tuple[str, str]]:
    return [(r.attachment_id, r.filename) for r in rows]


def save_revision(
    session: Session,
    entry_id: str,
    *,
    title: str | None = None,
    body: str | None = None,
    note: str | None = None,
    reason: RevisionReason | str = RevisionReason.SAVE,
    now: datetime | None = None,
    restored_from_id: str | None = None,
) -> Revision | None:
    """Cut a revision of the entry's working text (optionally replacing it first).

    Returns the new revision, or None when the text and attachments are the
    same as the latest revision's (nothing is added then).
    """
    entry = get_entry(session, entry_id)
    now = now or utcnow()
    if title is not None or body is not None:
        entry.title = entry.title if title is None else title
        entry.body = entry.body if body is None else body
        entry.updated_at = now
    digest = revision_digest(entry.title, entry.body)
    previous = latest_revision(session, entry_id)
    working_attachments = _attachment_key(entry.attachments)
    if (
        previous is not None
        and previous.sha256 == digest
        and (_attachment_key(previous.attachments) == working_attachments)
        # The digest joins title and body with \x1f, so text moved across that
        # separator hashes the same: compare the text itself before skipping.
        and previous.title == entry.title
        and revision_body(previous) == entry.body
    ):
        entry.has_unsaved_draft = False
        return None
    old_body = revision_body(previous) if previous is not None else ""
    # Words of the body only, like word_count (the title is not part of the work).
    added, removed = words_changed(old_body, entry.body)
    revision = Revision(
        entry_id=entry.id,
        seq=(previous.seq + 1) if previous is not None else 1,
        created_at=now,
        title=entry.title,
        body_z=compress(entry.body),
        sha256=digest,
        note=(note or None),
        reason=RevisionReason(reason).value,
        restored_from_id=restored_from_id,
        word_count=word_count(entry.body),
        words_added=added,
        words_removed=removed,
    )
    revision.attachments = [
        RevisionAttachment(attachment_id=a.attachment_id, filename=a.filename, position=a.position)
        for a in entry.attachments
    ]
    session.add(revision)
    entry.has_unsaved_draft = False
    entry.revision_count = revision.seq
    if entry.updated_at < now:
        entry.updated_at = now
    session.flush()
    return revision


def restore_revision(
    session: Session, revision_id: str, *, now: datetime | None = None, note: str | None = None
) -> Revision:
    """Make an old revision current again by appending a copy of it to the history."""
    old = session.get(Revision, revision_id)
    if old is None:
        raise NotFoundError("That revision no longer exists.")
    entry = get_entry(session, old.entry_id)
    # Whatever the working draft holds becomes a revision first, so restoring
    # never throws away typed words (nothing is added if it is already saved).
    save_revision(session, entry.id, now=now)
    entry.attachments = [
        EntryAttachment(attachment_id=a.attachment_id, filename=a.filename, position=a.position)
        for a in old.attachments
    ]
    session.flush()
    revision = save_revision(
        session,
        entry.id,
        title=old.title,
        body=revision_body(old),
        note=note,
        reason=RevisionReason.RESTORE,
        now=now,
        restored_from_id=old.id,
    )
    if revision is None:
        # Restoring the revision that is already the latest: nothing to append.
        latest = latest_revision(session, entry.id)
        assert latest is not None
        return latest
    return revision


def list_revisions(session: Session, entry_id: str) -> list[Revision]:
    return list(
        session.scalars(
            select(Revision).where(Revision.entry_id == entry_id).order_by(Revision.seq)
        )
    )


def trash_entry(session: Session, entry_id: str, *, now: datetime | None = None) -> None:
    entry = get_entry(session, entry_id)
    if entry.deleted_at is None:
        entry.deleted_at = now or utcnow()


def restore_entry(session: Session, entry_id: str) -> None:
    get_entry(session, entry_id).deleted_at = None


def empty_trash(session: Session) -> int:
    """Delete trashed entries for good (with their history). Returns how many."""
    doomed = list(session.scalars(select(Entry).where(Entry.deleted_at.is_not(None))))
    for entry in doomed:
        session.delete(entry)
    session.flush()
    return len(doomed)


def set_tags(session: Session, entry: Entry, names: Iterable[str]) -> None:
    tags: list[Tag] = []
    seen: set[str] = set()
    for raw in names:
        name = " ".join(raw.split()).lstrip("#")
        key = name.casefold()
        if not name or key in seen:
            continue
        seen.add(key)
        tag = session.scalar(select(Tag).where(Tag.key == key))
        if tag is None:
            tag = Tag(name=name, key=key)
            session.add(tag)
        tags.append(tag)
    entry.tags = tags


def all_tag_names(session: Session) -> list[str]:
    return list(session.scalars(select(Tag.name).order_by(Tag.key)))


def update_details(
    session: Session,
    entry_id: str,
    *,
    learned_on: date | None = None,
    attributes: Iterable[Attribute | str] | None = None,
    privacy: Privacy | str | None = None,
    tags: Iterable[str] | None = None,
) -> Entry:
    entry = get_entry(session, entry_id)
    if learned_on is not None:
        entry.learned_on = learned_on
    if attributes is not None:
        entry.set_attributes(set(attributes))
    if privacy is not None:
        entry.privacy = Privacy(privacy)
    if tags is not None:
        set_tags(session, entry, tags)
    entry.updated_at = utcnow()
    return entry


def entries_with_unsaved_drafts(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(Entry.id).where(Entry.has_unsaved_draft.is_(True), Entry.deleted_at.is_(None))
        )
    )
