"""The learner: whose journal this is, and the settings that belong to this journal."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from journal.store.database import Journal
from journal.store.models import LearnerProfile


@dataclass(frozen=True)
class JournalProfile:
    """What the journal itself remembers about its owner and how they left it."""

    name: str = ""
    statement: str = ""
    welcome_done: bool = False
    last_entry_id: str = ""
    last_page: str = ""
    preferences: dict[str, Any] = field(default_factory=dict)

    def preference(self, key: str, default: Any = None) -> Any:
        return self.preferences.get(key, default)


def learner_name(journal: Journal) -> str:
    with journal.read() as session:
        name = session.scalar(select(LearnerProfile.name).limit(1))
        return name or ""


def journal_profile(journal: Journal) -> JournalProfile:
    with journal.read() as session:
        row = session.scalar(select(LearnerProfile).limit(1))
        if row is None:
            return JournalProfile()
        prefs = row.preferences if isinstance(row.preferences, dict) else {}
        return JournalProfile(
            name=row.name or "",
            statement=row.statement or "",
            welcome_done=bool(row.welcome_done),
            last_entry_id=row.last_entry_id or "",
            last_page=row.last_page or "",
            preferences=dict(prefs),
        )
