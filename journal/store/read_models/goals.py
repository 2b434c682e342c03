"""Goals, their checkpoints and evidence, as the window reads them.

The snapshots themselves (:class:`GoalSummary`, :class:`GoalDetail`, …) are
the frozen views of :mod:`journal.store.goals`; these functions open a read
connection for them, so widgets never see a session.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from journal.core.enums import GoalStatus
from journal.store import goals as store_goals
from journal.store import prompts as store_prompts
from journal.store.database import Journal
from journal.store.errors import NotFoundError
from journal.store.goals import (
    ActionView,
    CheckpointState,
    CheckpointView,
    CriterionView,
    DueCheckpoint,
    EvidenceView,
    GoalDetail,
    GoalSummary,
)
from journal.store.models import Checkpoint
from journal.store.prompts import PromptInfo
from journal.store.reflections import ReflectionView, list_reflections

__all__ = [
    "ActionView",
    "CheckpointContext",
    "CheckpointState",
    "CheckpointView",
    "CriterionView",
    "DueCheckpoint",
    "EvidenceView",
    "GoalDetail",
    "GoalSummary",
    "PromptInfo",
    "ReflectionView",
    "another_checkpoint_prompt",
    "checkpoint_context",
    "due_checkpoints",
    "goal_detail",
    "goal_exists",
    "goal_reflections",
    "goal_summaries",
    "goals_for_entry",
]


@dataclass(frozen=True)
class CheckpointContext:
    """What the check-in dialog shows: the goal, the checkpoint and its prompt."""

    goal: GoalDetail
    checkpoint: CheckpointView
    prompt: PromptInfo | None


def goal_summaries(journal: Journal, status: GoalStatus | str | None = None) -> list[GoalSummary]:
    """Goals (optionally of one status), most recently changed first."""
    with journal.read() as session:
        return store_goals.list_goals(session, status)


def goal_exists(journal: Journal, goal_id: str) -> bool:
    with journal.read() as session:
        return store_goals.goal_exists(session, goal_id)


def goal_detail(journal: Journal, goal_id: str, *, today: date | None = None) -> GoalDetail:
    """The goal as it is now; raises NotFoundError if it is gone."""
    with journal.read() as session:
        return store_goals.goal_detail(session, goal_id, today=today)


def goal_reflections(journal: Journal, goal_id: str) -> list[ReflectionView]:
    """Reflections about the goal and its checkpoints, newest first."""
    with journal.read() as session:
        return list_reflections(session, goal_id=goal_id)


def due_checkpoints(journal: Journal, today: date, *, within_days: int = 7) -> list[DueCheckpoint]:
    """Open checkpoints of active goals due within the coming days, missed ones first."""
    with journal.read() as session:
        return store_goals.due_checkpoints(session, today, within_days=within_days)


def goals_for_entry(journal: Journal, entry_id: str) -> list[tuple[str, str]]:
    """(goal id, goal title) of every goal the entry is evidence for."""
    with journal.read() as session:
        return store_goals.goals_for_entry(session, entry_id)


def checkpoint_context(
    journal: Journal, checkpoint_id: str, *, today: date | None = None
) -> CheckpointContext:
    """The checkpoint, its goal and the prompt to answer; raises NotFoundError if it is gone."""
    with journal.read() as session:
        checkpoint = session.get(Checkpoint, checkpoint_id)
        if checkpoint is None:
            raise NotFoundError("That checkpoint no longer exists.")
        goal = store_goals.goal_detail(session, checkpoint.goal_id, today=today)
        view = next(c for c in goal.checkpoints if c.id == checkpoint_id)
        prompt = store_prompts.moment_prompt(session, "checkpoint", key=checkpoint_id, day=today)
    return CheckpointContext(goal, view, prompt)


def another_checkpoint_prompt(
    journal: Journal,
    checkpoint_id: str,
    current_id: str | None,
    *,
    seen: Sequence[str] = (),
    today: date | None = None,
) -> PromptInfo | None:
    """A different checkpoint prompt ("Another question"), or None if there is none."""
    with journal.read() as session:
        return store_prompts.another_prompt(
            session, current_id, moment="checkpoint", seen=seen, key=checkpoint_id, day=today
        )
