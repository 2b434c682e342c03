"""Reflections, the learning profile and On This Day.

A reflection answers a prompt (or is free writing) about an entry, one of its
revisions, a goal or a checkpoint, and may record the learning conditions
(where, with whom, how, time of day, energy, how well it went) that feed the
"How I learn best" profile. Every function takes a :class:`Session`; the
caller owns the transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from journal.core import insights
from journal.core.insights import LearningProfile, ReflectionRecord
from journal.core.text import excerpt
from journal.store.errors import JournalError, NotFoundError
from journal.store.models import (
    Checkpoint,
    Entry,
    Goal,
    LearnerProfile,
    ProfileStatementVersion,
    Prompt,
    Reflection,
    Revision,
    utcnow,
)
from journal.store.prompts import (
    attribute_history,
    get_prompt,
    learn_best_prompt_ids,
    sync_builtin_prompts,
)

MAX_PLACE_CHARS = 64
MAX_BODY_CHARS = 50_000


@dataclass(frozen=True)
class Conditions:
    """Learning conditions, each optional; values come from :mod:`journal.core.insights`."""

    place: str | None = None
    with_whom: str | None = None
    how: str | None = None
    time_of_day: str | None = None
    energy: int | None = None
    went_well: int | None = None

    def checked(self) -> Conditions:
        place = " ".join(self.place.split()) if self.place else None
        if place and len(place) > MAX_PLACE_CHARS:
            raise JournalError(f"Where you were can be at most {MAX_PLACE_CHARS} characters.")
        for value, allowed, what in (
            (self.with_whom, insights.WITH_WHOM, "who you were with"),
            (self.how, insights.HOWS, "how you learned"),
            (self.time_of_day, insights.TIMES_OF_DAY, "the time of day"),
        ):
            if value is not None and value not in allowed:
                raise JournalError(f"Choose {what} from the list ({', '.join(allowed)}).")
        for number, what in ((self.energy, "Energy"), (self.went_well, "How well it went")):
            if number is not None and (
                isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= 5
            ):
                raise JournalError(f"{what} is a number from 1 to 5.")
        return Conditions(
            place or None, self.with_whom, self.how, self.time_of_day, self.energy, self.went_well
        )


@dataclass(frozen=True)
class ReflectionView:
    """A reflection as a small immutable snapshot for the window."""

    id: str
    created_at: datetime
    prompt_id: str | None
    prompt_text: str
    attribute: str | None
    body: str
    entry_id: str | None
    revision_id: str | None
    goal_id: str | None
    checkpoint_id: str | None
    conditions: Conditions


def _view(r: Reflection) -> ReflectionView:
    return ReflectionView(
        r.id,
        r.created_at,
        r.prompt_id,
        r.prompt_text,
        r.attribute,
        r.body,
        r.entry_id,
        r.revision_id,
        r.goal_id,
        r.checkpoint_id,
        Conditions(r.place, r.with_whom, r.how, r.time_of_day, r.energy, r.went_well),
    )


def add_reflection(
    session: Session,
    body: str,
    *,
    prompt_id: str | None = None,
    prompt_text: str | None = None,
    attribute: str | None = None,
    entry_id: str | None = None,
    revision_id: str | None = None,
    goal_id: str | None = None,
    checkpoint_id: str | None = None,
    conditions: Conditions | None = None,
    now: datetime | None = None,
) -> ReflectionView:
    """Record an answer. The prompt's words and attribute are copied in, so the
    reflection still makes sense if the prompt is later removed. A revision
    implies its entry and a checkpoint its goal."""
    if len(body) > MAX_BODY_CHARS:
        raise JournalError(f"A reflection can be at most {MAX_BODY_CHARS:,} characters.")
    cond = (conditions or Conditions()).checked()
    if prompt_id is not None:
        sync_builtin_prompts(session)
        prompt = get_prompt(session, prompt_id)
        if prompt is None:
            raise NotFoundError("That prompt no longer exists.")
        prompt_text = prompt_text or prompt.text
        attribute = attribute or prompt.attribute
    if attribute is not None and attribute not in insights.ATTRIBUTES:
        raise JournalError("Choose one of the four attributes for this reflection.")
    if revision_id is not None:
        revision = session.get(Revision, revision_id)
        if revision is None:
            raise NotFoundError("That revision no longer exists.")
        if entry_id is not None and entry_id != revision.entry_id:
            raise JournalError("That revision belongs to a different entry.")
        entry_id = revision.entry_id
    if entry_id is not None and session.get(Entry, entry_id) is None:
        raise NotFoundError("That entry no longer exists.")
    if checkpoint_id is not None:
        checkpoint = session.get(Checkpoint, checkpoint_id)
        if checkpoint is None:
            raise NotFoundError("That checkpoint no longer exists.")
        if goal_id is not None and goal_id != checkpoint.goal_id:
            raise JournalError("That checkpoint belongs to a different goal.")
        goal_id = checkpoint.goal_id
    if goal_id is not None and session.get(Goal, goal_id) is None:
        raise NotFoundError("That goal no longer exists.")
    row = Reflection(
        prompt_id=prompt_id,
        prompt_text=prompt_text or "",
        attribute=attribute,
        body=body,
        created_at=now or utcnow(),
        entry_id=entry_id,
        revision_id=revision_id,
        goal_id=goal_id,
        checkpoint_id=checkpoint_id,
        place=cond.place,
        with_whom=cond.with_whom,
        how=cond.how,
        time_of_day=cond.time_of_day,
        energy=cond.energy,
        went_well=cond.went_well,
    )
    session.add(row)
    session.flush()
    return _view(row)


def update_reflection(
    session: Session,
    reflection_id: str,
    *,
    body: str | None = None,
    conditions: Conditions | None = None,
) -> ReflectionView:
    row = session.get(Reflection, reflection_id)
    if row is None:
        raise NotFoundError("That reflection no longer exists.")
    if body is not None:
        if len(body) > MAX_BODY_CHARS:
            raise JournalError(f"A reflection can be at most {MAX_BODY_CHARS:,} characters.")
        row.body = body
    if conditions is not None:
        c = conditions.checked()
        row.place, row.with_whom, row.how = c.place, c.with_whom, c.how
        row.time_of_day, row.energy, row.went_well = c.time_of_day, c.energy, c.went_well
    session.flush()
    return _view(row)


def delete_reflection(session: Session, reflection_id: str) -> None:
    row = session.get(Reflection, reflection_id)
    if row is None:
        raise NotFoundError("That reflection no longer exists.")
    session.delete(row)
    session.flush()


def restore_reflection(session: Session, view: ReflectionView) -> ReflectionView:
    """Put a deleted reflection back as it was (same id and time), for undo.

    Links to things that have gone since (a deleted prompt, entry or goal) are
    left empty, as they would have been had it never been deleted.
    """
    if session.get(Reflection, view.id) is not None:
        raise JournalError("That reflection is already in the journal.")
    cond = view.conditions.checked()
    prompt_id = view.prompt_id
    if prompt_id is not None:
        sync_builtin_prompts(session)
        if session.get(Prompt, prompt_id) is None:
            prompt_id = None
    links = {
        "entry_id": (Entry, view.entry_id),
        "revision_id": (Revision, view.revision_id),
        "goal_id": (Goal, view.goal_id),
        "checkpoint_id": (Checkpoint, view.checkpoint_id),
    }
    kept = {
        name: (key if key is not None and session.get(model, key) is not None else None)
        for name, (model, key) in links.items()
    }
    row = Reflection(
        id=view.id,
        prompt_id=prompt_id,
        prompt_text=view.prompt_text,
        attribute=view.attribute,
        body=view.body,
        created_at=view.created_at,
        place=cond.place,
        with_whom=cond.with_whom,
        how=cond.how,
        time_of_day=cond.time_of_day,
        energy=cond.energy,
        went_well=cond.went_well,
        **kept,
    )
    session.add(row)
    session.flush()
    return _view(row)


def get_reflection(session: Session, reflection_id: str) -> ReflectionView:
    row = session.get(Reflection, reflection_id)
    if row is None:
        raise NotFoundError("That reflection no longer exists.")
    return _view(row)


def list_reflections(
    session: Session,
    *,
    entry_id: str | None = None,
    goal_id: str | None = None,
    checkpoint_id: str | None = None,
    limit: int | None = None,
) -> list[ReflectionView]:
    """Reflections, newest first, optionally only those about one thing."""
    q = select(Reflection).order_by(Reflection.created_at.desc(), Reflection.id)
    if entry_id is not None:
        q = q.where(Reflection.entry_id == entry_id)
    if goal_id is not None:
        q = q.where(Reflection.goal_id == goal_id)
    if checkpoint_id is not None:
        q = q.where(Reflection.checkpoint_id == checkpoint_id)
    if limit is not None:
        q = q.limit(limit)
    return [_view(r) for r in session.scalars(q)]


def reflection_records(session: Session) -> list[ReflectionRecord]:
    """Every reflection as a plain record for :mod:`journal.core.insights`, oldest first.

    Reads columns, not ORM objects, so a profile over thousands of
    reflections stays quick.
    """
    learn_best = learn_best_prompt_ids(session)
    rows = session.execute(
        select(
            Reflection.created_at,
            Reflection.attribute,
            Reflection.prompt_id,
            Reflection.prompt_text,
            Reflection.body,
            Reflection.place,
            Reflection.with_whom,
            Reflection.how,
            Reflection.time_of_day,
            Reflection.energy,
            Reflection.went_well,
        ).order_by(Reflection.created_at, Reflection.id)
    )
    return [
        ReflectionRecord(
            created_at=created_at,
            attribute=attribute,
            prompt_id=prompt_id,
            prompt_text=prompt_text,
            body=body,
            learn_best=prompt_id in learn_best,
            place=place,
            with_whom=with_whom,
            how=how,
            time_of_day=time_of_day,
            energy=energy,
            went_well=went_well,
        )
        for (
            created_at,
            attribute,
            prompt_id,
            prompt_text,
            body,
            place,
            with_whom,
            how,
            time_of_day,
            energy,
            went_well,
        ) in rows
    ]


# -- the learning profile ----------------------------------------------------


def _profile_row(session: Session) -> LearnerProfile:
    row = session.scalar(select(LearnerProfile).limit(1))
    if row is None:
        row = LearnerProfile()
        session.add(row)
        session.flush()
    return row


def profile_statement(session: Session) -> tuple[str, datetime | None]:
    row = session.scalar(select(LearnerProfile).limit(1))
    return (row.statement, row.statement_updated_at) if row is not None else ("", None)


def save_profile_statement(
    session: Session, statement: str, *, now: datetime | None = None
) -> bool:
    """Save "My learning profile"; the words it replaces go into its history.

    Returns False (and keeps no extra version) when nothing changed.
    """
    if len(statement) > MAX_BODY_CHARS:
        raise JournalError(f"Your learning profile can be at most {MAX_BODY_CHARS:,} characters.")
    row = _profile_row(session)
    if row.statement == statement:
        return False
    now = now or utcnow()
    if row.statement.strip():
        session.add(
            ProfileStatementVersion(
                statement=row.statement, written_at=row.statement_updated_at or row.created_at
            )
        )
    row.statement = statement
    row.statement_updated_at = now
    session.flush()
    return True


@dataclass(frozen=True)
class StatementVersion:
    statement: str
    written_at: datetime


def statement_history(session: Session) -> list[StatementVersion]:
    """Earlier versions of the statement, newest first (the current one is not included)."""
    rows = session.scalars(
        select(ProfileStatementVersion).order_by(ProfileStatementVersion.written_at.desc())
    )
    return [StatementVersion(r.statement, r.written_at) for r in rows]


def learning_profile(
    session: Session, *, min_count: int = insights.MIN_REFLECTIONS
) -> LearningProfile:
    """The "How I learn best" snapshot: conditions, attribute balance, answers, statement."""
    statement, updated = profile_statement(session)
    return insights.build_profile(
        reflection_records(session),
        attribute_history(session),
        min_count=min_count,
        statement=statement,
        statement_updated_at=updated,
    )


# -- On This Day -------------------------------------------------------------


@dataclass(frozen=True)
class OnThisDayItem:
    entry_id: str
    title: str
    learned_on: date
    months_ago: int
    excerpt: str

    @property
    def years_ago(self) -> int:
        return self.months_ago // 12 if self.months_ago % 12 == 0 else 0


def _opening(title: str, body: str, limit: int = 100) -> str:
    """The start of the entry's text, without a first heading that repeats its title."""
    lines = body.splitlines()
    if lines and lines[0].lstrip("#").strip().casefold() == title.strip().casefold():
        body = "\n".join(lines[1:])
    return excerpt(body, limit)


def on_this_day(session: Session, today: date, *, limit: int = 5) -> list[OnThisDayItem]:
    """Entries learned on this day-of-month in earlier months and years (not in the trash).

    Same-date entries from earlier years come first, then earlier months,
    most recent first within each.
    """
    rows = session.execute(
        select(Entry.id, Entry.title, Entry.learned_on, Entry.body)
        .where(
            Entry.deleted_at.is_(None),
            Entry.learned_on < today,
            extract("day", Entry.learned_on) == today.day,
        )
        .order_by(Entry.learned_on.desc())
    )
    items: list[OnThisDayItem] = []
    for entry_id, title, learned_on, body in rows:
        months = (today.year - learned_on.year) * 12 + (today.month - learned_on.month)
        if months <= 0:
            continue
        items.append(OnThisDayItem(entry_id, title, learned_on, months, _opening(title, body)))
    items.sort(key=lambda i: (i.months_ago % 12 != 0, i.months_ago))
    return items[:limit]
