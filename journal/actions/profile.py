"""Actions on the learner's own details and the settings that belong to their journal."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from journal.actions.base import Changes, Inverse, Kind, Outcome, action
from journal.store.database import Journal
from journal.store.errors import JournalError
from journal.store.models import LearnerProfile

MAX_NAME_LENGTH = 80
#: Per-journal preferences a student can set, and the values each may take.
PREFERENCES: dict[str, tuple[Any, ...]] = {
    # How the name appears in what leaves: "Sam Rivera" or "Sam R."
    "export_name": ("full", "first-initial"),
}


def tidy_name(name: str) -> str:
    """The name with extra spaces removed."""
    return " ".join(name.split())


def _profile(session: Session) -> LearnerProfile:
    profile = session.scalar(select(LearnerProfile).limit(1))
    if profile is None:
        profile = LearnerProfile()
        session.add(profile)
    return profile


@action("Change my name")
def set_learner_name(journal: Journal, name: str) -> Outcome[str]:
    name = tidy_name(name)
    if len(name) > MAX_NAME_LENGTH:
        raise JournalError(f"A name can be at most {MAX_NAME_LENGTH} characters long.")
    with journal.write() as session:
        profile = _profile(session)
        before = profile.name or ""
        profile.name = name
    return Outcome(name, Changes.of(Kind.PROFILE), Inverse(set_learner_name, (before,)))


@action("Finish the welcome")
def finish_welcome(journal: Journal, name: str) -> Outcome[str]:
    """The student answered the welcome: keep their name and don't ask again in this journal."""
    name = tidy_name(name)[:MAX_NAME_LENGTH]
    with journal.write() as session:
        profile = _profile(session)
        before = profile.name or ""
        profile.name = name
        profile.welcome_done = True
    # Undo gives the old name back; the welcome stays answered (it isn't asked twice).
    return Outcome(name, Changes.of(Kind.PROFILE), Inverse(set_learner_name, (before,)))


@action("Remember where I was")
def remember_place(journal: Journal, last_entry_id: str, last_page: str = "") -> Outcome[None]:
    """Where the student was when the journal closed (not undoable; nothing on show changes)."""
    with journal.write() as session:
        profile = _profile(session)
        profile.last_entry_id = last_entry_id or ""
        profile.last_page = last_page or ""
    return Outcome(None, Changes())


@action("Change a preference")
def set_journal_preference(journal: Journal, key: str, value: Any) -> Outcome[Any]:
    allowed = PREFERENCES.get(key)
    if allowed is None or value not in allowed:
        raise JournalError(f"{value!r} is not a setting for {key!r} in this journal.")
    with journal.write() as session:
        profile = _profile(session)
        prefs = dict(profile.preferences or {})
        before = prefs.get(key, allowed[0])
        prefs[key] = value
        profile.preferences = prefs  # a new dict, so SQLAlchemy sees the change
    return Outcome(value, Changes.of(Kind.PROFILE), Inverse(set_journal_preference, (key, before)))
