"""Reflections, the learning profile and On This Day, as the window reads them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from journal.core.insights import LearningProfile
from journal.store import prompts as store_prompts
from journal.store import reflections as store
from journal.store.database import Journal
from journal.store.models import Reflection
from journal.store.reflections import (
    Conditions,
    OnThisDayItem,
    ReflectionView,
    StatementVersion,
)

__all__ = [
    "Conditions",
    "OnThisDayItem",
    "ProfileSnapshot",
    "ReflectionView",
    "StatementVersion",
    "answer_to",
    "attribute_history",
    "learning_profile",
    "on_this_day",
    "read_reflection",
    "reflections_about",
    "statement",
]


@dataclass(frozen=True)
class ProfileSnapshot:
    """Everything the "How I learn best" page shows: the profile and the statement's history."""

    profile: LearningProfile
    history: tuple[StatementVersion, ...]


def learning_profile(journal: Journal) -> ProfileSnapshot:
    """The learning profile (thousands of reflections take a while: call it off the GUI thread)."""
    with journal.read() as session:
        return ProfileSnapshot(
            store.learning_profile(session), tuple(store.statement_history(session))
        )


def statement(journal: Journal) -> str:
    """The statement "My learning profile" as last saved."""
    with journal.read() as session:
        return store.profile_statement(session)[0]


def read_reflection(journal: Journal, reflection_id: str) -> ReflectionView:
    """One reflection; raises NotFoundError if it is gone."""
    with journal.read() as session:
        return store.get_reflection(session, reflection_id)


def reflections_about(
    journal: Journal,
    *,
    entry_id: str | None = None,
    goal_id: str | None = None,
    checkpoint_id: str | None = None,
    limit: int | None = None,
) -> list[ReflectionView]:
    """Reflections, newest first, optionally only those about one thing."""
    with journal.read() as session:
        return store.list_reflections(
            session, entry_id=entry_id, goal_id=goal_id, checkpoint_id=checkpoint_id, limit=limit
        )


def answer_to(
    journal: Journal,
    prompt_id: str,
    *,
    day: date | None = None,
    entry_id: str | None = None,
    revision_id: str | None = None,
    goal_id: str | None = None,
    checkpoint_id: str | None = None,
) -> ReflectionView | None:
    """The latest answer to this prompt: written on ``day`` (the student's local
    day) and/or about the given thing; None if it hasn't been answered so."""
    q = (
        select(Reflection)
        .where(Reflection.prompt_id == prompt_id)
        .order_by(Reflection.created_at.desc(), Reflection.id)
    )
    for column, value in (
        (Reflection.entry_id, entry_id),
        (Reflection.revision_id, revision_id),
        (Reflection.goal_id, goal_id),
        (Reflection.checkpoint_id, checkpoint_id),
    ):
        if value is not None:
            q = q.where(column == value)
    if day is not None:
        # created_at is UTC; a local day lies within a day either side of its UTC date.
        start = datetime.combine(day - timedelta(days=1), time(), UTC)
        q = q.where(Reflection.created_at >= start, Reflection.created_at < start + timedelta(3))
    with journal.read() as session:
        for row in session.scalars(q):
            if day is None or row.created_at.astimezone().date() == day:
                return store.get_reflection(session, row.id)
    return None


def on_this_day(journal: Journal, today: date, *, limit: int = 5) -> list[OnThisDayItem]:
    """Entries learned on this day-of-month in earlier months and years."""
    with journal.read() as session:
        return store.on_this_day(session, today, limit=limit)


def attribute_history(
    journal: Journal, *, since: date | None = None
) -> list[tuple[date, tuple[str, ...]]]:
    """(day, attributes) for every entry and every reflection with an attribute."""
    with journal.read() as session:
        return store_prompts.attribute_history(session, since=since)
