"""Actions on "My learning profile", the statement the student writes about how they learn."""

from __future__ import annotations

from journal.actions.base import NOTHING, Changes, Kind, Outcome, action
from journal.store import reflections as store
from journal.store.database import Journal


@action("Save my learning profile")
def save_profile_statement(journal: Journal, statement: str) -> Outcome[bool]:
    """Save the statement; the words it replaces go into its history.

    The value says whether anything changed (saving the same words keeps no
    extra version). Not undone through Edit → Undo: its history keeps every
    earlier version instead.
    """
    with journal.write() as session:
        changed = store.save_profile_statement(session, statement.strip())
    return Outcome(changed, Changes.of(Kind.PROFILE) if changed else NOTHING)
