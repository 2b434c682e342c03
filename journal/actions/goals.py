"""Actions on goals: the backward-design plan, checkpoints and evidence.

Each one runs in its own write transaction and reports ``Kind.GOALS`` with
the goal's id (and ``Kind.EVIDENCE`` with the entry's id when evidence is
linked or unlinked, so an entry's side can follow). Removing something that
other rows point at (a criterion, a step, a piece of evidence, a whole goal)
returns an inverse that puts it back with its own id, so ratings, evidence
and reflections point at it again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from journal.actions.base import Changes, Inverse, Kind, Outcome, action
from journal.core.enums import Audience, GoalStatus, Proposer
from journal.store import goals as store
from journal.store.database import Journal
from journal.store.goals import GOAL_FIELDS, GoalRecord
from journal.store.reflections import Conditions


def _goal_changed(goal_id: str, *extra: Kind) -> Changes:
    return Changes.of(Kind.GOALS, *extra, goals=[goal_id])


def _evidence_changed(goal_id: str, entry_id: str) -> Changes:
    return Changes.of(Kind.GOALS, Kind.EVIDENCE, goals=[goal_id], entries=[entry_id])


# -- the plan from the guided flow ---------------------------------------------------------


@dataclass(frozen=True)
class PlanCriterion:
    text: str
    proposed_by: Proposer | str = Proposer.ME
    id: str | None = None  # None: a new criterion


@dataclass(frozen=True)
class PlanStep:
    text: str
    id: str | None = None


@dataclass(frozen=True)
class PlanCheckpoint:
    title: str
    due_on: date
    id: str | None = None


@dataclass(frozen=True)
class GoalPlan:
    """Everything the guided flow edits, in backward-design order.

    Criteria, steps and checkpoints that carry an id are kept (and changed
    in place), those without one are added, and those of the goal that are
    not in the plan are removed. Steps are kept in the plan's order.
    """

    title: str = ""
    why_it_matters: str = ""
    task: str = ""
    task_criteria: str = ""
    audience: Audience | str = Audience.PRIVATE
    co_created_with: str = ""
    start_on: date | None = None
    target_on: date | None = None
    criteria: tuple[PlanCriterion, ...] = ()
    steps: tuple[PlanStep, ...] = ()
    checkpoints: tuple[PlanCheckpoint, ...] = ()

    def fields(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in GOAL_FIELDS}


@action("Save goal")
def save_goal(journal: Journal, goal_id: str | None, plan: GoalPlan) -> Outcome[str]:
    """Create a goal from the plan (``goal_id`` None) or make the goal match it, all at once."""
    with journal.write() as session:
        before: GoalRecord | None = None
        if goal_id is None:
            goal_id = store.create_goal(session, **plan.fields())  # type: ignore[arg-type]
        else:
            before = store.goal_record(session, goal_id)
            store.update_goal(session, goal_id, **plan.fields())
        kept = {c.id for c in plan.criteria if c.id}
        for c in before.criteria if before else ():
            if c.id not in kept:
                store.remove_criterion(session, c.id)
        for criterion in plan.criteria:
            if criterion.id:
                store.update_criterion(
                    session, criterion.id, text=criterion.text, proposed_by=criterion.proposed_by
                )
            else:
                store.add_criterion(session, goal_id, criterion.text, criterion.proposed_by)
        kept = {s.id for s in plan.steps if s.id}
        for s in before.steps if before else ():
            if s.id not in kept:
                store.remove_action(session, s.id)
        for position, step in enumerate(plan.steps):
            step_id = step.id or store.add_action(session, goal_id, step.text)
            if step.id:
                store.update_action(session, step_id, step.text)
            store.move_action(session, step_id, position)
        kept = {c.id for c in plan.checkpoints if c.id}
        for cp in before.checkpoints if before else ():
            if cp.id not in kept:
                store.remove_checkpoint(session, cp.id)
        for checkpoint in plan.checkpoints:
            if checkpoint.id:
                store.update_checkpoint(
                    session, checkpoint.id, title=checkpoint.title, due_on=checkpoint.due_on
                )
            else:
                store.add_checkpoint(session, goal_id, checkpoint.due_on, title=checkpoint.title)
    inverse = (
        Inverse(delete_goal, (goal_id,)) if before is None else Inverse(restore_goal, (before,))
    )
    return Outcome(goal_id, _goal_changed(goal_id), inverse)


# -- goals ----------------------------------------------------------------------------------


@action("New goal")
def create_goal(journal: Journal, **fields: Any) -> Outcome[str]:
    """A goal with whatever steps are known now (see :func:`journal.store.goals.create_goal`)."""
    with journal.write() as session:
        goal_id = store.create_goal(session, **fields)
    return Outcome(goal_id, _goal_changed(goal_id), Inverse(delete_goal, (goal_id,)))


@action("Change the goal")
def update_goal(journal: Journal, goal_id: str, **fields: object) -> Outcome[None]:
    """Change any of the goal's own fields (the challenge, why, task, people, dates)."""
    with journal.write() as session:
        goal = store.get_goal(session, goal_id)
        before = {name: getattr(goal, name) for name in fields if name in GOAL_FIELDS}
        store.update_goal(session, goal_id, **fields)
    return Outcome(None, _goal_changed(goal_id), Inverse(update_goal, (goal_id,), before))


@action("Change the goal's status")
def set_goal_status(journal: Journal, goal_id: str, status: GoalStatus | str) -> Outcome[None]:
    with journal.write() as session:
        before = GoalStatus(store.get_goal(session, goal_id).status)
        store.set_goal_status(session, goal_id, status)
    return Outcome(None, _goal_changed(goal_id), Inverse(set_goal_status, (goal_id, before)))


@action("Delete goal")
def delete_goal(journal: Journal, goal_id: str) -> Outcome[None]:
    """Delete a goal with its plan and checkpoints; entries and reflections stay."""
    with journal.write() as session:
        record = store.goal_record(session, goal_id)
        store.delete_goal(session, goal_id)
    changes = _goal_changed(goal_id, Kind.EVIDENCE, Kind.REFLECTIONS)
    return Outcome(None, changes, Inverse(restore_goal, (record,)))


@action("Restore goal")
def restore_goal(journal: Journal, record: GoalRecord) -> Outcome[str]:
    """Make a goal exactly as recorded again (after a delete or an edit)."""
    with journal.write() as session:
        existed = store.goal_exists(session, record.id)
        before = store.goal_record(session, record.id) if existed else None
        store.restore_goal(session, record)
    inverse = (
        Inverse(restore_goal, (before,))
        if before is not None
        else Inverse(delete_goal, (record.id,))
    )
    changes = _goal_changed(record.id, Kind.EVIDENCE, Kind.REFLECTIONS)
    return Outcome(record.id, changes, inverse)


# -- success criteria -------------------------------------------------------------------------


@action("Add success criterion")
def add_criterion(
    journal: Journal, goal_id: str, text: str, proposed_by: Proposer | str = Proposer.ME
) -> Outcome[str]:
    with journal.write() as session:
        criterion_id = store.add_criterion(session, goal_id, text, proposed_by)
    return Outcome(criterion_id, _goal_changed(goal_id), Inverse(remove_criterion, (criterion_id,)))


@action("Change success criterion")
def update_criterion(
    journal: Journal,
    criterion_id: str,
    *,
    text: str | None = None,
    proposed_by: Proposer | str | None = None,
) -> Outcome[None]:
    with journal.write() as session:
        criterion = store.get_criterion(session, criterion_id)
        goal_id = criterion.goal_id
        before = {"text": criterion.text, "proposed_by": Proposer(criterion.proposed_by)}
        store.update_criterion(session, criterion_id, text=text, proposed_by=proposed_by)
    return Outcome(None, _goal_changed(goal_id), Inverse(update_criterion, (criterion_id,), before))


@action("Remove success criterion")
def remove_criterion(journal: Journal, criterion_id: str) -> Outcome[None]:
    """Remove a criterion (its ratings go; its evidence stays, for the goal as a whole)."""
    with journal.write() as session:
        record = store.criterion_record(session, criterion_id)
        store.remove_criterion(session, criterion_id)
    return Outcome(
        None,
        _goal_changed(record.goal_id, Kind.EVIDENCE),
        Inverse(restore_criterion, (record,)),
    )


@action("Put back success criterion")
def restore_criterion(journal: Journal, record: store.CriterionRecord) -> Outcome[str]:
    with journal.write() as session:
        store.restore_criterion(session, record)
    return Outcome(
        record.id,
        _goal_changed(record.goal_id, Kind.EVIDENCE),
        Inverse(remove_criterion, (record.id,)),
    )


# -- the plan (learning actions, "steps" to the student) ---------------------------------------


@action("Add step")
def add_step(journal: Journal, goal_id: str, text: str) -> Outcome[str]:
    with journal.write() as session:
        step_id = store.add_action(session, goal_id, text)
    return Outcome(step_id, _goal_changed(goal_id), Inverse(remove_step, (step_id,)))


@action("Tick step")
def set_step_done(journal: Journal, step_id: str, done: bool) -> Outcome[None]:
    with journal.write() as session:
        record = store.step_record(session, step_id)
        store.set_action_done(session, step_id, done)
    return Outcome(
        None, _goal_changed(record.goal_id), Inverse(set_step_done, (step_id, record.done))
    )


@action("Change step")
def update_step(journal: Journal, step_id: str, text: str) -> Outcome[None]:
    with journal.write() as session:
        record = store.step_record(session, step_id)
        store.update_action(session, step_id, text)
    return Outcome(
        None, _goal_changed(record.goal_id), Inverse(update_step, (step_id, record.text))
    )


@action("Remove step")
def remove_step(journal: Journal, step_id: str) -> Outcome[None]:
    with journal.write() as session:
        record = store.step_record(session, step_id)
        store.remove_action(session, step_id)
    return Outcome(None, _goal_changed(record.goal_id), Inverse(restore_step, (record,)))


@action("Put back step")
def restore_step(journal: Journal, record: store.StepRecord) -> Outcome[str]:
    with journal.write() as session:
        store.restore_action(session, record)
    return Outcome(record.id, _goal_changed(record.goal_id), Inverse(remove_step, (record.id,)))


@action("Move step")
def move_step(journal: Journal, step_id: str, new_position: int) -> Outcome[None]:
    with journal.write() as session:
        record = store.step_record(session, step_id)
        store.move_action(session, step_id, new_position)
    return Outcome(
        None, _goal_changed(record.goal_id), Inverse(move_step, (step_id, record.position))
    )


# -- checkpoints -------------------------------------------------------------------------------


@action("Add checkpoint")
def add_checkpoint(
    journal: Journal, goal_id: str, due_on: date, *, title: str = ""
) -> Outcome[str]:
    with journal.write() as session:
        checkpoint_id = store.add_checkpoint(session, goal_id, due_on, title=title)
    return Outcome(checkpoint_id, _goal_changed(goal_id))


@action("Change checkpoint")
def update_checkpoint(
    journal: Journal, checkpoint_id: str, *, title: str | None = None, due_on: date | None = None
) -> Outcome[None]:
    with journal.write() as session:
        goal_id = store.get_checkpoint(session, checkpoint_id).goal_id
        store.update_checkpoint(session, checkpoint_id, title=title, due_on=due_on)
    return Outcome(None, _goal_changed(goal_id))


@action("Remove checkpoint")
def remove_checkpoint(journal: Journal, checkpoint_id: str) -> Outcome[None]:
    with journal.write() as session:
        goal_id = store.get_checkpoint(session, checkpoint_id).goal_id
        store.remove_checkpoint(session, checkpoint_id)
    return Outcome(None, _goal_changed(goal_id, Kind.REFLECTIONS))


@action("Check in")
def complete_checkpoint(
    journal: Journal,
    checkpoint_id: str,
    ratings: dict[str, int],
    *,
    reflection: str = "",
    prompt_id: str | None = None,
    prompt_text: str | None = None,
    conditions: Conditions | None = None,
) -> Outcome[str | None]:
    """Rate each criterion and answer the checkpoint prompt, in one transaction.

    The value is the new reflection's id, or None when nothing was written.
    """
    with journal.write() as session:
        goal_id = store.get_checkpoint(session, checkpoint_id).goal_id
        written = store.complete_checkpoint(
            session,
            checkpoint_id,
            dict(ratings),
            reflection=reflection,
            prompt_id=prompt_id,
            prompt_text=prompt_text,
            conditions=conditions,
        )
    return Outcome(
        written.id if written is not None else None,
        _goal_changed(goal_id, Kind.REFLECTIONS),
    )


@action("Reopen checkpoint")
def reopen_checkpoint(journal: Journal, checkpoint_id: str) -> Outcome[None]:
    with journal.write() as session:
        goal_id = store.get_checkpoint(session, checkpoint_id).goal_id
        store.reopen_checkpoint(session, checkpoint_id)
    return Outcome(None, _goal_changed(goal_id))


# -- evidence ----------------------------------------------------------------------------------


@action("Link evidence")
def link_evidence(
    journal: Journal,
    goal_id: str,
    *,
    entry_id: str | None = None,
    revision_id: str | None = None,
    criterion_id: str | None = None,
    note: str = "",
) -> Outcome[str]:
    """Offer an entry (or one version of it) as evidence; linking it again changes nothing."""
    with journal.write() as session:
        known = {e.id for e in store.get_goal(session, goal_id).evidence}
        link_id = store.link_evidence(
            session,
            goal_id,
            entry_id=entry_id,
            revision_id=revision_id,
            criterion_id=criterion_id,
            note=note,
        )
        linked_entry = store.evidence_record(session, link_id).entry_id
    if link_id in known:
        return Outcome(link_id)
    return Outcome(
        link_id, _evidence_changed(goal_id, linked_entry), Inverse(unlink_evidence, (link_id,))
    )


@action("Unlink evidence")
def unlink_evidence(journal: Journal, evidence_id: str) -> Outcome[None]:
    """Take an entry off the goal's evidence; the entry itself stays."""
    with journal.write() as session:
        record = store.evidence_record(session, evidence_id)
        store.unlink_evidence(session, evidence_id)
    return Outcome(
        None,
        _evidence_changed(record.goal_id, record.entry_id),
        Inverse(restore_evidence, (record,)),
    )


@action("Link evidence again")
def restore_evidence(journal: Journal, record: store.EvidenceRecord) -> Outcome[str]:
    with journal.write() as session:
        store.restore_evidence(session, record)
    return Outcome(
        record.id,
        _evidence_changed(record.goal_id, record.entry_id),
        Inverse(unlink_evidence, (record.id,)),
    )


__all__ = [
    "GoalPlan",
    "PlanCheckpoint",
    "PlanCriterion",
    "PlanStep",
    "add_checkpoint",
    "add_criterion",
    "add_step",
    "complete_checkpoint",
    "create_goal",
    "delete_goal",
    "link_evidence",
    "move_step",
    "remove_checkpoint",
    "remove_criterion",
    "remove_step",
    "reopen_checkpoint",
    "restore_criterion",
    "restore_evidence",
    "restore_goal",
    "restore_step",
    "save_goal",
    "set_goal_status",
    "set_step_done",
    "unlink_evidence",
    "update_checkpoint",
    "update_criterion",
    "update_goal",
    "update_step",
]
