"""Actions on the learner's own details."""

from __future__ import annotations

from sqlalchemy import select

from journal.actions.base import Changes, Inverse, Kind, Outcome, action
from journal.store.database import Journal
from journal.store.models import LearnerProfile


@action("Change my name")
def set_learner_name(journal: Journal, name: str) -> Outcome[str]:
    name = " ".join(name.split())
    with journal.write() as session:
        profile = session.scalar(select(LearnerProfile).limit(1))
        if profile is None:
            profile = LearnerProfile()
            session.add(profile)
        before = profile.name or ""
        profile.name = name
    return Outcome(name, Changes.of(Kind.PROFILE), Inverse(set_learner_name, (before,)))
