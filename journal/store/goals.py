"""Goals co-created by backward design, their checkpoints and their evidence.

The backward-design steps: the challenge, question or idea (``title``); why it
matters to me; learning goals / success criteria (each noting who proposed
it); the task (a product or performance, its key criteria and its audience);
learning actions (the plan, as a checklist); checkpoints with dates; who it
was co-created with. Every step can be left empty and filled in later.

Functions take a :class:`Session`; the caller owns the transaction. Reading
functions return small immutable snapshots, never live ORM objects.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from journal.store.errors import JournalError, NotFoundError
from journal.store.models import (
    Audience,
    Checkpoint,
    CheckpointRating,
    Criterion,
    Entry,
    Goal,
    GoalAction,
    GoalEvidence,
    GoalStatus,
    Proposer,
    Reflection,
    Revision,
    utcnow,
)
from journal.store.reflections import Conditions, ReflectionView, add_reflection

LEVELS: tuple[int, ...] = (1, 2, 3, 4)
MAX_FIELD_CHARS = 5000

# The goal's own text fields, in backward-design order.
GOAL_FIELDS: tuple[str, ...] = (
    "title",
    "why_it_matters",
    "task",
    "task_criteria",
    "audience",
    "co_created_with",
    "start_on",
    "target_on",
)


class CheckpointState(enum.StrEnum):
    DONE = "done"
    DUE = "due"  # due today or within the coming days
    MISSED = "missed"  # the date has passed and it wasn't done
    UPCOMING = "upcoming"


@dataclass(frozen=True)
class CriterionView:
    id: str
    text: str
    proposed_by: str
    position: int


@dataclass(frozen=True)
class ActionView:
    id: str
    text: str
    done: bool
    position: int


@dataclass(frozen=True)
class CheckpointView:
    id: str
    title: str
    due_on: date
    completed_at: datetime | None
    note: str
    state: CheckpointState
    ratings: tuple[tuple[str, int], ...]  # (criterion id, level 1–4)

    def level_for(self, criterion_id: str) -> int | None:
        return dict(self.ratings).get(criterion_id)


@dataclass(frozen=True)
class EvidenceView:
    id: str
    entry_id: str
    entry_title: str
    revision_id: str | None
    revision_seq: int | None
    criterion_id: str | None
    note: str
    on: date  # when the work was done: the revision's day, or the entry's learned-on day
    added_at: datetime
    trashed: bool


@dataclass(frozen=True)
class GoalSummary:
    id: str
    title: str
    status: str
    target_on: date | None
    criteria: int
    actions_done: int
    actions: int
    next_checkpoint: date | None
    evidence: int
    updated_at: datetime


@dataclass(frozen=True)
class GoalDetail:
    id: str
    title: str
    why_it_matters: str
    task: str
    task_criteria: str
    audience: str
    co_created_with: str
    status: str
    start_on: date | None
    target_on: date | None
    created_at: datetime
    updated_at: datetime
    criteria: tuple[CriterionView, ...]
    actions: tuple[ActionView, ...]
    checkpoints: tuple[CheckpointView, ...]
    evidence: tuple[EvidenceView, ...]

    @property
    def missing_steps(self) -> tuple[str, ...]:
        """Backward-design steps still empty, so the window can invite the student back."""
        missing = [
            name
            for name, value in (
                ("title", self.title),
                ("why_it_matters", self.why_it_matters),
                ("task", self.task),
                ("co_created_with", self.co_created_with),
            )
            if not value.strip()
        ]
        if not self.criteria:
            missing.append("criteria")
        if not self.actions:
            missing.append("actions")
        if not self.checkpoints:
            missing.append("checkpoints")
        return tuple(missing)


@dataclass(frozen=True)
class DueCheckpoint:
    checkpoint_id: str
    goal_id: str
    goal_title: str
    title: str
    due_on: date
    state: CheckpointState


# -- helpers -----------------------------------------------------------------


def _goal(session: Session, goal_id: str) -> Goal:
    goal = session.get(Goal, goal_id)
    if goal is None:
        raise NotFoundError("That goal no longer exists.")
    return goal


def _text(value: str, what: str) -> str:
    if not isinstance(value, str):
        raise JournalError(f"{what} should be text.")
    if len(value) > MAX_FIELD_CHARS:
        raise JournalError(f"{what} can be at most {MAX_FIELD_CHARS:,} characters.")
    return value.strip()


def _proposer(value: Proposer | str) -> Proposer:
    try:
        return Proposer(value)
    except ValueError:
        raise JournalError("Say who proposed this criterion: me, my teacher or a peer.") from None


def _touch(goal: Goal, now: datetime | None = None) -> None:
    goal.updated_at = now or utcnow()


def checkpoint_state(
    checkpoint: Checkpoint, today: date, *, due_within: int = 7
) -> CheckpointState:
    if checkpoint.completed_at is not None:
        return CheckpointState.DONE
    if checkpoint.due_on < today:
        return CheckpointState.MISSED
    if (checkpoint.due_on - today).days <= due_within:
        return CheckpointState.DUE
    return CheckpointState.UPCOMING


# -- goals -------------------------------------------------------------------


def create_goal(
    session: Session,
    *,
    title: str = "",
    why_it_matters: str = "",
    task: str = "",
    task_criteria: str = "",
    audience: Audience | str = Audience.PRIVATE,
    co_created_with: str = "",
    start_on: date | None = None,
    target_on: date | None = None,
    criteria: Iterable[tuple[str, Proposer | str]] = (),
    actions: Iterable[str] = (),
    checkpoints: Iterable[tuple[str, date]] = (),
    now: datetime | None = None,
) -> str:
    """Create a goal with whatever steps are known now; returns its id."""
    now = now or utcnow()
    goal = Goal(created_at=now, updated_at=now, status=GoalStatus.ACTIVE)
    session.add(goal)
    _apply_fields(
        goal,
        dict(
            title=title,
            why_it_matters=why_it_matters,
            task=task,
            task_criteria=task_criteria,
            audience=audience,
            co_created_with=co_created_with,
            start_on=start_on if start_on is not None else now.date(),
            target_on=target_on,
        ),
    )
    session.flush()
    for text, who in criteria:
        add_criterion(session, goal.id, text, who)
    for text in actions:
        add_action(session, goal.id, text)
    for cp_title, due in checkpoints:
        add_checkpoint(session, goal.id, due, title=cp_title)
    goal.updated_at = now
    session.flush()
    return goal.id


def _apply_fields(goal: Goal, fields: dict[str, object]) -> None:
    names = {
        "title": "The challenge",
        "why_it_matters": "Why it matters",
        "task": "The task",
        "task_criteria": "The task's key criteria",
        "co_created_with": "Who it was made with",
    }
    for name, value in fields.items():
        if name in names:
            setattr(goal, name, _text(str(value) if value is not None else "", names[name]))
        elif name == "audience":
            try:
                goal.audience = Audience(str(value))
            except ValueError:
                raise JournalError(
                    "Choose who will see the task: just me, my class, or anyone."
                ) from None
        elif name in ("start_on", "target_on"):
            if value is not None and not isinstance(value, date):
                raise JournalError("Dates should be real calendar dates.")
            setattr(goal, name, value)
        else:
            raise TypeError(f"unknown goal field {name!r}")
    if goal.start_on and goal.target_on and goal.target_on < goal.start_on:
        raise JournalError("The target date can't be before the start date.")


def update_goal(session: Session, goal_id: str, **fields: object) -> None:
    """Change any of :data:`GOAL_FIELDS` (the others stay as they are)."""
    goal = _goal(session, goal_id)
    _apply_fields(goal, fields)
    _touch(goal)


def set_goal_status(session: Session, goal_id: str, status: GoalStatus | str) -> None:
    goal = _goal(session, goal_id)
    try:
        goal.status = GoalStatus(status)
    except ValueError:
        raise JournalError("A goal is active, achieved, paused or dropped.") from None
    _touch(goal)


def delete_goal(session: Session, goal_id: str) -> None:
    """Delete a goal with its plan and checkpoints; entries and reflections stay."""
    goal = _goal(session, goal_id)
    # Ratings point at both a checkpoint and a criterion: delete them first, so the
    # database's own cascade from the criteria never races the ORM's.
    for checkpoint in goal.checkpoints:
        checkpoint.ratings.clear()
    session.flush()
    session.delete(goal)
    session.flush()


def list_goals(session: Session, status: GoalStatus | str | None = None) -> list[GoalSummary]:
    """Goals (optionally of one status), most recently changed first."""
    q = select(Goal).order_by(Goal.updated_at.desc(), Goal.id)
    if status is not None:
        q = q.where(Goal.status == GoalStatus(status))
    result = []
    for goal in session.scalars(q):
        open_dates = [c.due_on for c in goal.checkpoints if c.completed_at is None]
        result.append(
            GoalSummary(
                id=goal.id,
                title=goal.title,
                status=goal.status,
                target_on=goal.target_on,
                criteria=len(goal.criteria),
                actions_done=sum(1 for a in goal.actions if a.done),
                actions=len(goal.actions),
                next_checkpoint=min(open_dates) if open_dates else None,
                evidence=len(goal.evidence),
                updated_at=goal.updated_at,
            )
        )
    return result


def goal_detail(session: Session, goal_id: str, *, today: date | None = None) -> GoalDetail:
    goal = _goal(session, goal_id)
    today = today or utcnow().date()
    return GoalDetail(
        id=goal.id,
        title=goal.title,
        why_it_matters=goal.why_it_matters,
        task=goal.task,
        task_criteria=goal.task_criteria,
        audience=goal.audience,
        co_created_with=goal.co_created_with,
        status=goal.status,
        start_on=goal.start_on,
        target_on=goal.target_on,
        created_at=goal.created_at,
        updated_at=goal.updated_at,
        criteria=tuple(
            CriterionView(c.id, c.text, c.proposed_by, c.position) for c in goal.criteria
        ),
        actions=tuple(ActionView(a.id, a.text, a.done, a.position) for a in goal.actions),
        checkpoints=tuple(_checkpoint_view(c, today) for c in _ordered_checkpoints(goal)),
        evidence=tuple(goal_evidence(session, goal_id)),
    )


def _ordered_checkpoints(goal: Goal) -> list[Checkpoint]:
    return sorted(goal.checkpoints, key=lambda c: (c.due_on, c.title, c.id))


def _checkpoint_view(c: Checkpoint, today: date) -> CheckpointView:
    return CheckpointView(
        id=c.id,
        title=c.title,
        due_on=c.due_on,
        completed_at=c.completed_at,
        note=c.note,
        state=checkpoint_state(c, today),
        ratings=tuple(sorted((r.criterion_id, r.level) for r in c.ratings)),
    )


# -- criteria ------------------------------------------------------------------


def add_criterion(
    session: Session, goal_id: str, text: str, proposed_by: Proposer | str = Proposer.ME
) -> str:
    goal = _goal(session, goal_id)
    text = _text(text, "A success criterion")
    if not text:
        raise JournalError("Write what will be measured for this criterion.")
    criterion = Criterion(
        goal_id=goal.id, text=text, proposed_by=_proposer(proposed_by), position=len(goal.criteria)
    )
    goal.criteria.append(criterion)
    _touch(goal)
    session.flush()
    return criterion.id


def update_criterion(
    session: Session,
    criterion_id: str,
    *,
    text: str | None = None,
    proposed_by: Proposer | str | None = None,
) -> None:
    criterion = session.get(Criterion, criterion_id)
    if criterion is None:
        raise NotFoundError("That criterion no longer exists.")
    if text is not None:
        text = _text(text, "A success criterion")
        if not text:
            raise JournalError("Write what will be measured for this criterion.")
        criterion.text = text
    if proposed_by is not None:
        criterion.proposed_by = _proposer(proposed_by)
    _touch(criterion.goal)


def remove_criterion(session: Session, criterion_id: str) -> None:
    criterion = session.get(Criterion, criterion_id)
    if criterion is None:
        raise NotFoundError("That criterion no longer exists.")
    goal = criterion.goal
    goal.criteria.remove(criterion)
    for position, c in enumerate(goal.criteria):
        c.position = position
    _touch(goal)
    session.flush()


# -- the plan (learning actions) -------------------------------------------------


def add_action(session: Session, goal_id: str, text: str) -> str:
    goal = _goal(session, goal_id)
    text = _text(text, "A step of the plan")
    if not text:
        raise JournalError("Write what this step of the plan is.")
    action = GoalAction(goal_id=goal.id, text=text, position=len(goal.actions))
    goal.actions.append(action)
    _touch(goal)
    session.flush()
    return action.id


def _action(session: Session, action_id: str) -> GoalAction:
    action = session.get(GoalAction, action_id)
    if action is None:
        raise NotFoundError("That step of the plan no longer exists.")
    return action


def set_action_done(session: Session, action_id: str, done: bool) -> None:
    action = _action(session, action_id)
    action.done = done
    _touch(_goal(session, action.goal_id))


def update_action(session: Session, action_id: str, text: str) -> None:
    action = _action(session, action_id)
    text = _text(text, "A step of the plan")
    if not text:
        raise JournalError("Write what this step of the plan is.")
    action.text = text
    _touch(_goal(session, action.goal_id))


def remove_action(session: Session, action_id: str) -> None:
    action = _action(session, action_id)
    goal = _goal(session, action.goal_id)
    goal.actions.remove(action)
    for position, a in enumerate(goal.actions):
        a.position = position
    _touch(goal)
    session.flush()


def move_action(session: Session, action_id: str, new_position: int) -> None:
    action = _action(session, action_id)
    goal = _goal(session, action.goal_id)
    ordered = [a for a in goal.actions if a.id != action.id]
    ordered.insert(max(0, min(new_position, len(ordered))), action)
    for position, a in enumerate(ordered):
        a.position = position
    _touch(goal)
    session.flush()


# -- checkpoints -------------------------------------------------------------------


def add_checkpoint(session: Session, goal_id: str, due_on: date, *, title: str = "") -> str:
    goal = _goal(session, goal_id)
    if not isinstance(due_on, date):
        raise JournalError("A checkpoint needs a date.")
    checkpoint = Checkpoint(
        goal_id=goal.id, title=_text(title, "A checkpoint's name"), due_on=due_on
    )
    goal.checkpoints.append(checkpoint)
    _touch(goal)
    session.flush()
    return checkpoint.id


def _checkpoint(session: Session, checkpoint_id: str) -> Checkpoint:
    checkpoint = session.get(Checkpoint, checkpoint_id)
    if checkpoint is None:
        raise NotFoundError("That checkpoint no longer exists.")
    return checkpoint


def update_checkpoint(
    session: Session, checkpoint_id: str, *, title: str | None = None, due_on: date | None = None
) -> None:
    checkpoint = _checkpoint(session, checkpoint_id)
    if title is not None:
        checkpoint.title = _text(title, "A checkpoint's name")
    if due_on is not None:
        checkpoint.due_on = due_on
    _touch(checkpoint.goal)


def remove_checkpoint(session: Session, checkpoint_id: str) -> None:
    checkpoint = _checkpoint(session, checkpoint_id)
    goal = checkpoint.goal
    goal.checkpoints.remove(checkpoint)
    _touch(goal)
    session.flush()


def complete_checkpoint(
    session: Session,
    checkpoint_id: str,
    ratings: dict[str, int],
    *,
    reflection: str = "",
    prompt_id: str | None = None,
    prompt_text: str | None = None,
    conditions: Conditions | None = None,
    now: datetime | None = None,
) -> ReflectionView | None:
    """Rate progress on each criterion (1–4) and answer the checkpoint prompt.

    Completing a checkpoint again replaces its ratings (a fresh look) and adds
    the new reflection. Returns the reflection, or None when nothing was written.
    """
    checkpoint = _checkpoint(session, checkpoint_id)
    goal = checkpoint.goal
    criterion_ids = {c.id for c in goal.criteria}
    for criterion_id, level in ratings.items():
        if criterion_id not in criterion_ids:
            raise JournalError("One of the ratings is for a criterion of a different goal.")
        if isinstance(level, bool) or not isinstance(level, int) or level not in LEVELS:
            raise JournalError("Each rating is one of the four levels, from 1 to 4.")
    now = now or utcnow()
    existing = {r.criterion_id: r for r in checkpoint.ratings}
    for criterion_id, level in ratings.items():
        if criterion_id in existing:
            existing[criterion_id].level = level
        else:
            checkpoint.ratings.append(CheckpointRating(criterion_id=criterion_id, level=level))
    checkpoint.completed_at = now
    text = reflection.strip()
    if text:
        checkpoint.note = text
    _touch(goal, now)
    session.flush()
    if not text and conditions is None:
        return None
    return add_reflection(
        session,
        text,
        prompt_id=prompt_id,
        prompt_text=prompt_text,
        checkpoint_id=checkpoint.id,
        goal_id=goal.id,
        conditions=conditions,
        now=now,
    )


def reopen_checkpoint(session: Session, checkpoint_id: str) -> None:
    checkpoint = _checkpoint(session, checkpoint_id)
    checkpoint.completed_at = None
    _touch(checkpoint.goal)


def due_checkpoints(
    session: Session, today: date, *, within_days: int = 7, include_missed: bool = True
) -> list[DueCheckpoint]:
    """Open checkpoints of active goals due by ``today + within_days`` (missed ones first)."""
    q = (
        select(Checkpoint, Goal.title)
        .join(Goal, Goal.id == Checkpoint.goal_id)
        .where(
            Goal.status == GoalStatus.ACTIVE,
            Checkpoint.completed_at.is_(None),
            Checkpoint.due_on <= date.fromordinal(today.toordinal() + within_days),
        )
        .order_by(Checkpoint.due_on, Checkpoint.id)
    )
    result = []
    for checkpoint, goal_title in session.execute(q):
        state = checkpoint_state(checkpoint, today, due_within=within_days)
        if state == CheckpointState.MISSED and not include_missed:
            continue
        result.append(
            DueCheckpoint(
                checkpoint.id,
                checkpoint.goal_id,
                goal_title,
                checkpoint.title,
                checkpoint.due_on,
                state,
            )
        )
    return result


def rating_history(session: Session, goal_id: str) -> dict[str, list[tuple[date, int]]]:
    """For each criterion, its ratings at completed checkpoints in date order."""
    goal = _goal(session, goal_id)
    history: dict[str, list[tuple[date, int]]] = {c.id: [] for c in goal.criteria}
    for checkpoint in _ordered_checkpoints(goal):
        if checkpoint.completed_at is None:
            continue
        for r in checkpoint.ratings:
            history.setdefault(r.criterion_id, []).append((checkpoint.due_on, r.level))
    return history


# -- evidence ------------------------------------------------------------------------


def link_evidence(
    session: Session,
    goal_id: str,
    *,
    entry_id: str | None = None,
    revision_id: str | None = None,
    criterion_id: str | None = None,
    note: str = "",
    now: datetime | None = None,
) -> str:
    """Offer an entry, or one particular revision of it, as evidence for a goal (and a criterion).

    Linking the same entry/revision/criterion again changes nothing and
    returns the existing link.
    """
    goal = _goal(session, goal_id)
    if revision_id is not None:
        revision = session.get(Revision, revision_id)
        if revision is None:
            raise NotFoundError("That revision no longer exists.")
        if entry_id is not None and entry_id != revision.entry_id:
            raise JournalError("That revision belongs to a different entry.")
        entry_id = revision.entry_id
    if entry_id is None:
        raise JournalError("Choose an entry to link as evidence.")
    if session.get(Entry, entry_id) is None:
        raise NotFoundError("That entry no longer exists.")
    if criterion_id is not None:
        criterion = session.get(Criterion, criterion_id)
        if criterion is None or criterion.goal_id != goal.id:
            raise JournalError("That criterion belongs to a different goal.")
    for existing in goal.evidence:
        if (existing.entry_id, existing.revision_id, existing.criterion_id) == (
            entry_id,
            revision_id,
            criterion_id,
        ):
            return existing.id
    link = GoalEvidence(
        goal_id=goal.id,
        entry_id=entry_id,
        revision_id=revision_id,
        criterion_id=criterion_id,
        note=_text(note, "A note about the evidence"),
        added_at=now or utcnow(),
    )
    goal.evidence.append(link)
    _touch(goal, now)
    session.flush()
    return link.id


def unlink_evidence(session: Session, evidence_id: str) -> None:
    link = session.get(GoalEvidence, evidence_id)
    if link is None:
        raise NotFoundError("That piece of evidence is no longer linked.")
    goal = link.goal
    goal.evidence.remove(link)
    _touch(goal)
    session.flush()


def goal_evidence(session: Session, goal_id: str) -> list[EvidenceView]:
    """The goal's evidence in time order: when the work was done, then when it was linked."""
    q = (
        select(
            GoalEvidence,
            Entry.title,
            Entry.learned_on,
            Entry.deleted_at,
            Revision.seq,
            Revision.created_at,
        )
        .join(Entry, Entry.id == GoalEvidence.entry_id)
        .outerjoin(Revision, Revision.id == GoalEvidence.revision_id)
        .where(GoalEvidence.goal_id == goal_id)
    )
    items = []
    for link, title, learned_on, deleted_at, seq, rev_created in session.execute(q):
        on = rev_created.date() if rev_created is not None else learned_on
        items.append(
            EvidenceView(
                id=link.id,
                entry_id=link.entry_id,
                entry_title=title,
                revision_id=link.revision_id,
                revision_seq=seq,
                criterion_id=link.criterion_id,
                note=link.note,
                on=on,
                added_at=link.added_at,
                trashed=deleted_at is not None,
            )
        )
    items.sort(key=lambda e: (e.on, e.added_at, e.id))
    return items


def goals_for_entry(session: Session, entry_id: str) -> list[tuple[str, str]]:
    """(goal id, goal title) of every goal the entry is evidence for."""
    q = (
        select(Goal.id, Goal.title)
        .join(GoalEvidence, GoalEvidence.goal_id == Goal.id)
        .where(GoalEvidence.entry_id == entry_id)
        .distinct()
        .order_by(Goal.title)
    )
    return [(gid, title) for gid, title in session.execute(q)]


# -- records, for putting things back (undo) -------------------------------------------
#
# A record is everything needed to put a removed row back with its own id, so
# that the ratings, evidence and reflections that pointed at it point at it again.


@dataclass(frozen=True)
class CriterionRecord:
    id: str
    goal_id: str
    text: str
    proposed_by: str
    position: int
    ratings: tuple[tuple[str, int], ...] = ()  # (checkpoint id, level)
    evidence_ids: tuple[str, ...] = ()  # links that said they show this criterion


@dataclass(frozen=True)
class StepRecord:
    id: str
    goal_id: str
    text: str
    done: bool
    position: int


@dataclass(frozen=True)
class CheckpointRecord:
    id: str
    goal_id: str
    title: str
    due_on: date
    completed_at: datetime | None
    note: str
    ratings: tuple[tuple[str, int], ...] = ()  # (criterion id, level)
    reflection_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class EvidenceRecord:
    id: str
    goal_id: str
    entry_id: str
    revision_id: str | None
    criterion_id: str | None
    note: str
    added_at: datetime


@dataclass(frozen=True)
class GoalRecord:
    """A whole goal with its plan, checkpoints, ratings, evidence and reflection links."""

    id: str
    fields: tuple[tuple[str, object], ...]  # GOAL_FIELDS and their values
    status: str
    created_at: datetime
    updated_at: datetime
    criteria: tuple[CriterionRecord, ...]
    steps: tuple[StepRecord, ...]
    checkpoints: tuple[CheckpointRecord, ...]
    evidence: tuple[EvidenceRecord, ...]
    reflection_ids: tuple[str, ...]  # reflections about the goal itself


def _criterion(session: Session, criterion_id: str) -> Criterion:
    criterion = session.get(Criterion, criterion_id)
    if criterion is None:
        raise NotFoundError("That criterion no longer exists.")
    return criterion


def criterion_record(session: Session, criterion_id: str) -> CriterionRecord:
    c = _criterion(session, criterion_id)
    ratings = session.execute(
        select(CheckpointRating.checkpoint_id, CheckpointRating.level).where(
            CheckpointRating.criterion_id == c.id
        )
    ).all()
    evidence = session.scalars(
        select(GoalEvidence.id).where(GoalEvidence.criterion_id == c.id)
    ).all()
    return CriterionRecord(
        c.id,
        c.goal_id,
        c.text,
        c.proposed_by,
        c.position,
        tuple(sorted((cp, level) for cp, level in ratings)),
        tuple(sorted(evidence)),
    )


def restore_criterion(session: Session, record: CriterionRecord) -> None:
    """Put a removed criterion back where it was, with its ratings and evidence."""
    goal = _goal(session, record.goal_id)
    if session.get(Criterion, record.id) is not None:
        raise JournalError("That criterion is already there.")
    criterion = Criterion(
        id=record.id, goal_id=goal.id, text=record.text, proposed_by=record.proposed_by
    )
    ordered = list(goal.criteria)
    ordered.insert(max(0, min(record.position, len(ordered))), criterion)
    goal.criteria.append(criterion)
    for position, c in enumerate(ordered):
        c.position = position
    session.flush()
    for checkpoint_id, level in record.ratings:
        if session.get(Checkpoint, checkpoint_id) is not None:
            session.add(
                CheckpointRating(checkpoint_id=checkpoint_id, criterion_id=record.id, level=level)
            )
    for evidence_id in record.evidence_ids:
        link = session.get(GoalEvidence, evidence_id)
        if link is not None and link.goal_id == goal.id:
            link.criterion_id = record.id
    _touch(goal)
    session.flush()
    session.expire(goal)


def step_record(session: Session, action_id: str) -> StepRecord:
    a = _action(session, action_id)
    return StepRecord(a.id, a.goal_id, a.text, a.done, a.position)


def restore_action(session: Session, record: StepRecord) -> None:
    """Put a removed step of the plan back where it was."""
    goal = _goal(session, record.goal_id)
    if session.get(GoalAction, record.id) is not None:
        raise JournalError("That step of the plan is already there.")
    step = GoalAction(id=record.id, goal_id=goal.id, text=record.text, done=record.done)
    ordered = list(goal.actions)
    ordered.insert(max(0, min(record.position, len(ordered))), step)
    goal.actions.append(step)
    for position, a in enumerate(ordered):
        a.position = position
    _touch(goal)
    session.flush()
    session.expire(goal)


def evidence_record(session: Session, evidence_id: str) -> EvidenceRecord:
    link = session.get(GoalEvidence, evidence_id)
    if link is None:
        raise NotFoundError("That piece of evidence is no longer linked.")
    return EvidenceRecord(
        link.id,
        link.goal_id,
        link.entry_id,
        link.revision_id,
        link.criterion_id,
        link.note,
        link.added_at,
    )


def restore_evidence(session: Session, record: EvidenceRecord) -> None:
    """Link evidence again exactly as it was (same id, note and time)."""
    goal = _goal(session, record.goal_id)
    if session.get(GoalEvidence, record.id) is not None:
        raise JournalError("That evidence is already linked.")
    if session.get(Entry, record.entry_id) is None:
        raise NotFoundError("That entry no longer exists.")
    revision_id = record.revision_id
    if revision_id is not None and session.get(Revision, revision_id) is None:
        revision_id = None
    criterion_id = record.criterion_id
    if criterion_id is not None and session.get(Criterion, criterion_id) is None:
        criterion_id = None
    goal.evidence.append(
        GoalEvidence(
            id=record.id,
            goal_id=goal.id,
            entry_id=record.entry_id,
            revision_id=revision_id,
            criterion_id=criterion_id,
            note=record.note,
            added_at=record.added_at,
        )
    )
    _touch(goal)
    session.flush()


def goal_record(session: Session, goal_id: str) -> GoalRecord:
    goal = _goal(session, goal_id)
    reflections = session.execute(
        select(Reflection.id, Reflection.checkpoint_id).where(Reflection.goal_id == goal.id)
    ).all()
    by_checkpoint: dict[str, list[str]] = {}
    for rid, cid in reflections:
        if cid is not None:
            by_checkpoint.setdefault(cid, []).append(rid)
    return GoalRecord(
        id=goal.id,
        fields=tuple((name, getattr(goal, name)) for name in GOAL_FIELDS),
        status=goal.status,
        created_at=goal.created_at,
        updated_at=goal.updated_at,
        criteria=tuple(criterion_record(session, c.id) for c in goal.criteria),
        steps=tuple(StepRecord(a.id, goal.id, a.text, a.done, a.position) for a in goal.actions),
        checkpoints=tuple(
            CheckpointRecord(
                c.id,
                goal.id,
                c.title,
                c.due_on,
                c.completed_at,
                c.note,
                tuple(sorted((r.criterion_id, r.level) for r in c.ratings)),
                tuple(sorted(by_checkpoint.get(c.id, ()))),
            )
            for c in goal.checkpoints
        ),
        evidence=tuple(evidence_record(session, e.id) for e in goal.evidence),
        reflection_ids=tuple(sorted(rid for rid, _cid in reflections)),
    )


def restore_goal(session: Session, record: GoalRecord) -> None:
    """Make the goal exactly as recorded (recreating it if it was deleted).

    Rows keep their ids, so ratings, evidence and reflections point at them
    again; evidence whose entry has since been deleted for good is left out.
    """
    if session.get(Goal, record.id) is not None:
        delete_goal(session, record.id)
        session.expunge_all()
    goal = Goal(
        id=record.id,
        status=record.status,
        created_at=record.created_at,
        updated_at=record.updated_at,
    )
    for name, value in record.fields:
        setattr(goal, name, value)
    session.add(goal)
    session.flush()
    for c in record.criteria:
        session.add(
            Criterion(
                id=c.id,
                goal_id=goal.id,
                text=c.text,
                proposed_by=c.proposed_by,
                position=c.position,
            )
        )
    for a in record.steps:
        session.add(
            GoalAction(id=a.id, goal_id=goal.id, text=a.text, done=a.done, position=a.position)
        )
    for cp in record.checkpoints:
        session.add(
            Checkpoint(
                id=cp.id,
                goal_id=goal.id,
                title=cp.title,
                due_on=cp.due_on,
                completed_at=cp.completed_at,
                note=cp.note,
            )
        )
    session.flush()
    for cp in record.checkpoints:
        for criterion_id, level in cp.ratings:
            session.add(
                CheckpointRating(checkpoint_id=cp.id, criterion_id=criterion_id, level=level)
            )
    for e in record.evidence:
        if session.get(Entry, e.entry_id) is None:
            continue
        revision_id = e.revision_id
        if revision_id is not None and session.get(Revision, revision_id) is None:
            revision_id = None
        session.add(
            GoalEvidence(
                id=e.id,
                goal_id=goal.id,
                entry_id=e.entry_id,
                revision_id=revision_id,
                criterion_id=e.criterion_id,
                note=e.note,
                added_at=e.added_at,
            )
        )
    session.flush()
    checkpoint_of = {rid: cp.id for cp in record.checkpoints for rid in cp.reflection_ids}
    for rid in record.reflection_ids:
        reflection = session.get(Reflection, rid)
        if reflection is not None:
            reflection.goal_id = goal.id
            reflection.checkpoint_id = checkpoint_of.get(rid, reflection.checkpoint_id)
    goal.updated_at = record.updated_at
    session.flush()
    session.expire_all()


def get_goal(session: Session, goal_id: str) -> Goal:
    """The goal's row (for actions that read it before changing it)."""
    return _goal(session, goal_id)


def get_criterion(session: Session, criterion_id: str) -> Criterion:
    return _criterion(session, criterion_id)


def get_checkpoint(session: Session, checkpoint_id: str) -> Checkpoint:
    return _checkpoint(session, checkpoint_id)


def goal_exists(session: Session, goal_id: str) -> bool:
    return session.get(Goal, goal_id) is not None
