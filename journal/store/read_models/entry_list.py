"""The entries list and its filter choices, read as small immutable rows."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from journal.core.enums import Attribute, FeedbackTarget, Privacy
from journal.core.filters import EntryFilter, SortOrder
from journal.store.database import Journal
from journal.store.entries import all_tag_names
from journal.store.models import Entry, Feedback, Goal, Revision
from journal.store.search import search_entry_ids


@dataclass(frozen=True)
class EntryRow:
    id: str
    title: str
    learned_on: date
    attributes: tuple[str, ...]
    private: bool
    revisions: int
    unsaved: bool
    unread_feedback: int = 0  # new comments on the entry or its revisions


def _unread_feedback(session: Session, entry_ids: list[str]) -> Counter[str]:
    """How many unread comments each entry has, on itself or on any of its revisions."""
    on_entries = select(Feedback.target_id).where(
        Feedback.read_at.is_(None),
        Feedback.target_kind == FeedbackTarget.ENTRY,
        Feedback.target_id.in_(entry_ids),
    )
    on_revisions = (
        select(Revision.entry_id)
        .join(Feedback, Feedback.target_id == Revision.id)
        .where(
            Feedback.read_at.is_(None),
            Feedback.target_kind == FeedbackTarget.REVISION,
            Revision.entry_id.in_(entry_ids),
        )
    )
    return Counter(session.scalars(on_entries)) + Counter(session.scalars(on_revisions))


def matching_entry_ids(
    journal: Journal, flt: EntryFilter, order: str = SortOrder.LEARNED_NEWEST
) -> list[str]:
    with journal.read() as session:
        return search_entry_ids(session, flt, order)


def entry_rows(journal: Journal, entry_ids: list[str]) -> dict[str, EntryRow]:
    """The list rows of these entries (missing ids are left out)."""
    rows: dict[str, EntryRow] = {}
    with journal.read() as session:
        unread = _unread_feedback(session, entry_ids)
        for e in session.execute(
            select(
                Entry.id,
                Entry.title,
                Entry.learned_on,
                Entry.voice,
                Entry.cocreation,
                Entry.social,
                Entry.selfdiscovery,
                Entry.privacy,
                Entry.revision_count,
                Entry.has_unsaved_draft,
            ).where(Entry.id.in_(entry_ids))
        ):
            flags = {
                Attribute.VOICE: e.voice,
                Attribute.COCREATION: e.cocreation,
                Attribute.SOCIAL: e.social,
                Attribute.SELF_DISCOVERY: e.selfdiscovery,
            }
            rows[e.id] = EntryRow(
                e.id,
                e.title,
                e.learned_on,
                tuple(a.value for a, on in flags.items() if on),
                e.privacy == Privacy.PRIVATE,
                e.revision_count,
                e.has_unsaved_draft,
                unread.get(e.id, 0),
            )
    return rows


def filter_choices(journal: Journal) -> tuple[list[str], list[tuple[str, str]]]:
    """The tags and the goals (id, title) a student can filter the list by."""
    with journal.read() as session:
        tags = all_tag_names(session)
        goals = [
            (row.id, row.title)
            for row in session.execute(select(Goal.id, Goal.title).order_by(Goal.created_at))
        ]
    return tags, goals
