"""The learner: whose journal this is."""

from __future__ import annotations

from sqlalchemy import select

from journal.store.database import Journal
from journal.store.models import LearnerProfile


def learner_name(journal: Journal) -> str:
    with journal.read() as session:
        name = session.scalar(select(LearnerProfile.name).limit(1))
        return name or ""
