"""An entry's details as the details panel shows them, read in one go."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from journal.core.enums import Attribute, Privacy
from journal.store import entries as store_entries
from journal.store import goals as store_goals
from journal.store.database import Journal


@dataclass(frozen=True)
class GoalLink:
    """A goal the entry is evidence for."""

    id: str
    title: str


@dataclass(frozen=True)
class EntryDetails:
    entry_id: str
    learned_on: date
    tags: tuple[str, ...]
    attributes: frozenset[Attribute]
    privacy: Privacy
    goals: tuple[GoalLink, ...]  # by title
    known_tags: tuple[str, ...]  # every tag in the journal, for completing


def entry_details(journal: Journal, entry_id: str) -> EntryDetails:
    """The entry's details and linked goals; raises NotFoundError if it is gone."""
    with journal.read() as session:
        entry = store_entries.get_entry(session, entry_id)
        return EntryDetails(
            entry_id=entry.id,
            learned_on=entry.learned_on,
            tags=tuple(t.name for t in entry.tags),
            attributes=frozenset(entry.attributes),
            privacy=Privacy(entry.privacy),
            goals=tuple(
                GoalLink(goal_id, title)
                for goal_id, title in store_goals.goals_for_entry(session, entry_id)
            ),
            known_tags=tuple(store_entries.all_tag_names(session)),
        )


def linked_goals(journal: Journal, entry_id: str) -> list[GoalLink]:
    """The goals the entry is evidence for, by title."""
    with journal.read() as session:
        return [
            GoalLink(goal_id, title)
            for goal_id, title in store_goals.goals_for_entry(session, entry_id)
        ]


def known_tags(journal: Journal) -> list[str]:
    """Every tag in the journal (for the tag completer)."""
    with journal.read() as session:
        return store_entries.all_tag_names(session)
