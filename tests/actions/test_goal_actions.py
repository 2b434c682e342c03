"""Goal actions: each says what changed, and removals are put back exactly by their inverse."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from journal.actions import Kind, Outcome, info
from journal.actions import entries as entry_actions
from journal.actions import goals as act
from journal.store.database import Journal
from journal.store.errors import JournalError, NotFoundError
from journal.store.read_models import goals as rm
from journal.store.reflections import Conditions

TODAY = date(2026, 3, 14)

PLAN = act.GoalPlan(
    title="Can I explain my results so anyone can follow them?",
    why_it_matters="I want people to trust what I found.",
    task="A two-minute video",
    audience="class",
    co_created_with="Ms Okafor",
    start_on=date(2026, 3, 1),
    criteria=(
        act.PlanCriterion("I show my results in a graph", "teacher"),
        act.PlanCriterion("I say what I'd change"),
    ),
    steps=(act.PlanStep("Make a plan"), act.PlanStep("Film a draft")),
    checkpoints=(
        act.PlanCheckpoint("Halfway", TODAY + timedelta(days=3)),
        act.PlanCheckpoint("Final", TODAY + timedelta(days=30)),
    ),
)


def _undo(journal: Journal, outcome: Outcome[Any]) -> Outcome[Any]:
    assert outcome.inverse is not None
    step = outcome.inverse
    return step.action(journal, *step.args, **step.kwargs)


def _goal(journal: Journal) -> str:
    return act.save_goal(journal, None, PLAN).value


def _entry(journal: Journal, title: str = "My graph") -> str:
    entry_id = entry_actions.create_entry(journal, title=title, body="A graph of my results").value
    entry_actions.save_revision(journal, entry_id)
    return entry_id


def _detail(journal: Journal, goal_id: str) -> rm.GoalDetail:
    return rm.goal_detail(journal, goal_id, today=TODAY)


def _everything(journal: Journal, goal_id: str) -> tuple[object, ...]:
    """All a student sees of the goal, apart from when it was last changed."""
    d = _detail(journal, goal_id)
    reflections = tuple((r.id, r.body) for r in rm.goal_reflections(journal, goal_id))
    return (
        d.title,
        d.why_it_matters,
        d.task,
        d.audience,
        d.status,
        d.criteria,
        d.actions,
        d.checkpoints,
        d.evidence,
        reflections,
    )


def test_every_goal_action_is_described() -> None:
    for name in act.__all__:
        fn = getattr(act, name)
        if callable(fn) and name[0].islower():
            described = info(fn)
            assert described is not None and described.label, name


def test_saving_a_new_plan_creates_the_goal_and_undo_deletes_it(journal: Journal) -> None:
    outcome = act.save_goal(journal, None, PLAN)
    goal_id = outcome.value
    assert outcome.changes.touches(Kind.GOALS) and goal_id in outcome.changes.goal_ids
    d = _detail(journal, goal_id)
    assert [c.text for c in d.criteria] == [c.text for c in PLAN.criteria]
    assert [a.text for a in d.actions] == ["Make a plan", "Film a draft"]
    assert d.missing_steps == ()
    assert [g.id for g in rm.goal_summaries(journal)] == [goal_id]
    _undo(journal, outcome)
    assert not rm.goal_exists(journal, goal_id)


def test_saving_an_edited_plan_keeps_ids_and_undo_puts_the_old_plan_back(
    journal: Journal,
) -> None:
    goal_id = _goal(journal)
    d = _detail(journal, goal_id)
    entry_id = _entry(journal)
    act.link_evidence(journal, goal_id, entry_id=entry_id, criterion_id=d.criteria[0].id)
    act.complete_checkpoint(journal, d.checkpoints[0].id, {d.criteria[0].id: 3}, reflection="ok")
    before = _everything(journal, goal_id)
    kept = d.criteria[1]
    plan = act.GoalPlan(
        title="A sharper question",
        criteria=(act.PlanCriterion("Better words", kept.proposed_by, kept.id),),
        steps=(act.PlanStep(d.actions[1].text, d.actions[1].id), act.PlanStep("New step")),
        checkpoints=(),
    )
    outcome = act.save_goal(journal, goal_id, plan)
    after = _detail(journal, goal_id)
    assert after.title == "A sharper question"
    assert [(c.id, c.text) for c in after.criteria] == [(kept.id, "Better words")]
    assert [a.text for a in after.actions] == ["Film a draft", "New step"]
    assert after.actions[0].id == d.actions[1].id
    assert after.checkpoints == ()
    assert after.evidence[0].criterion_id is None  # its criterion went
    _undo(journal, outcome)
    assert _everything(journal, goal_id) == before


def test_a_bad_plan_changes_nothing(journal: Journal) -> None:
    goal_id = _goal(journal)
    before = _everything(journal, goal_id)
    bad = act.GoalPlan(
        title="New title",
        start_on=date(2026, 3, 1),
        target_on=date(2026, 2, 1),
    )
    with pytest.raises(JournalError):
        act.save_goal(journal, goal_id, bad)
    assert _everything(journal, goal_id) == before


def test_status_and_fields_are_undone_by_their_inverse(journal: Journal) -> None:
    goal_id = _goal(journal)
    outcome = act.set_goal_status(journal, goal_id, "achieved")
    assert _detail(journal, goal_id).status == "achieved"
    assert outcome.changes.touches(Kind.GOALS)
    _undo(journal, outcome)
    assert _detail(journal, goal_id).status == "active"
    outcome = act.update_goal(journal, goal_id, title="Changed", task="A poster")
    _undo(journal, outcome)
    d = _detail(journal, goal_id)
    assert (d.title, d.task) == (PLAN.title, "A two-minute video")


def test_removing_a_criterion_is_undone_with_its_ratings_and_evidence(journal: Journal) -> None:
    goal_id = _goal(journal)
    d = _detail(journal, goal_id)
    criterion = d.criteria[0]
    entry_id = _entry(journal)
    act.link_evidence(journal, goal_id, entry_id=entry_id, criterion_id=criterion.id)
    act.complete_checkpoint(journal, d.checkpoints[0].id, {criterion.id: 2, d.criteria[1].id: 4})
    before = _everything(journal, goal_id)
    outcome = act.remove_criterion(journal, criterion.id)
    assert outcome.changes.touches(Kind.GOALS) and goal_id in outcome.changes.goal_ids
    after = _detail(journal, goal_id)
    assert [c.text for c in after.criteria] == ["I say what I'd change"]
    assert after.criteria[0].position == 0
    assert after.checkpoints[0].ratings == ((d.criteria[1].id, 4),)
    _undo(journal, outcome)
    assert _everything(journal, goal_id) == before


def test_steps_add_tick_change_move_and_remove_each_undo(journal: Journal) -> None:
    goal_id = _goal(journal)
    added = act.add_step(journal, goal_id, "Ask a friend to watch it")
    step_id = added.value
    assert [a.text for a in _detail(journal, goal_id).actions][-1] == "Ask a friend to watch it"
    before = _everything(journal, goal_id)
    for change in (
        lambda: act.set_step_done(journal, step_id, True),
        lambda: act.update_step(journal, step_id, "Ask two friends"),
        lambda: act.move_step(journal, step_id, 0),
    ):
        outcome = change()
        assert outcome.changes.touches(Kind.GOALS)
        assert _everything(journal, goal_id) != before
        _undo(journal, outcome)
        assert _everything(journal, goal_id) == before
    act.set_step_done(journal, step_id, True)
    act.move_step(journal, step_id, 1)
    before = _everything(journal, goal_id)
    removed = act.remove_step(journal, step_id)
    assert step_id not in [a.id for a in _detail(journal, goal_id).actions]
    _undo(journal, removed)
    assert _everything(journal, goal_id) == before
    _undo(journal, added)
    assert len(_detail(journal, goal_id).actions) == 2


def test_checkpoints_add_change_complete_reopen_and_remove(journal: Journal) -> None:
    goal_id = _goal(journal)
    cp = act.add_checkpoint(journal, goal_id, TODAY + timedelta(days=1), title="Tomorrow").value
    act.update_checkpoint(journal, cp, title="Soon")
    d = _detail(journal, goal_id)
    assert d.checkpoints[0].title == "Soon"
    done = act.complete_checkpoint(
        journal,
        cp,
        {d.criteria[0].id: 4},
        reflection="Going well",
        conditions=Conditions(with_whom="peer", went_well=4),
    )
    assert done.changes.touches(Kind.GOALS) and done.changes.touches(Kind.REFLECTIONS)
    assert done.value is not None
    assert [r.id for r in rm.goal_reflections(journal, goal_id)] == [done.value]
    assert _detail(journal, goal_id).checkpoints[0].completed_at is not None
    act.reopen_checkpoint(journal, cp)
    assert _detail(journal, goal_id).checkpoints[0].completed_at is None
    act.remove_checkpoint(journal, cp)
    assert cp not in [c.id for c in _detail(journal, goal_id).checkpoints]


def test_a_bad_check_in_writes_no_reflection(journal: Journal) -> None:
    goal_id = _goal(journal)
    d = _detail(journal, goal_id)
    with pytest.raises(JournalError):
        act.complete_checkpoint(journal, d.checkpoints[0].id, {d.criteria[0].id: 9}, reflection="x")
    assert rm.goal_reflections(journal, goal_id) == []
    assert _detail(journal, goal_id).checkpoints[0].completed_at is None


def test_linking_and_unlinking_evidence_report_the_entry_and_undo(journal: Journal) -> None:
    goal_id = _goal(journal)
    entry_id = _entry(journal)
    linked = act.link_evidence(journal, goal_id, entry_id=entry_id, note="my graph")
    assert linked.changes.touches_entry(entry_id, Kind.EVIDENCE)
    assert rm.goals_for_entry(journal, entry_id) == [(goal_id, PLAN.title)]
    again = act.link_evidence(journal, goal_id, entry_id=entry_id, note="my graph")
    assert again.value == linked.value and not again.changes and again.inverse is None
    before = _everything(journal, goal_id)
    unlinked = act.unlink_evidence(journal, linked.value)
    assert unlinked.changes.touches_entry(entry_id, Kind.EVIDENCE)
    assert _detail(journal, goal_id).evidence == ()
    _undo(journal, unlinked)
    assert _everything(journal, goal_id) == before
    _undo(journal, linked)
    assert _detail(journal, goal_id).evidence == ()


def test_deleting_a_goal_is_undone_with_everything_pointing_at_it(journal: Journal) -> None:
    goal_id = _goal(journal)
    d = _detail(journal, goal_id)
    entry_id = _entry(journal)
    act.link_evidence(journal, goal_id, entry_id=entry_id, criterion_id=d.criteria[1].id)
    act.complete_checkpoint(journal, d.checkpoints[0].id, {d.criteria[1].id: 2}, reflection="hm")
    before = _everything(journal, goal_id)
    outcome = act.delete_goal(journal, goal_id)
    assert not rm.goal_exists(journal, goal_id)
    assert rm.goals_for_entry(journal, entry_id) == []
    redo = _undo(journal, outcome)
    assert _everything(journal, goal_id) == before
    _undo(journal, redo)
    assert not rm.goal_exists(journal, goal_id)


def test_a_missing_goal_is_refused_with_a_sentence(journal: Journal) -> None:
    with pytest.raises(NotFoundError):
        act.set_goal_status(journal, "nope", "achieved")
    with pytest.raises(NotFoundError):
        rm.goal_detail(journal, "nope")
    with pytest.raises(NotFoundError):
        rm.checkpoint_context(journal, "nope")


def test_checkpoint_context_has_the_goal_checkpoint_and_a_prompt(journal: Journal) -> None:
    goal_id = _goal(journal)
    cp = _detail(journal, goal_id).checkpoints[0]
    context = rm.checkpoint_context(journal, cp.id, today=TODAY)
    assert context.goal.id == goal_id and context.checkpoint == cp
    assert context.prompt is not None
    other = rm.another_checkpoint_prompt(
        journal, cp.id, context.prompt.id, seen=[context.prompt.id], today=TODAY
    )
    assert other is None or other.id != context.prompt.id
    due = rm.due_checkpoints(journal, TODAY)
    assert [(c.goal_id, c.checkpoint_id) for c in due] == [(goal_id, cp.id)]
