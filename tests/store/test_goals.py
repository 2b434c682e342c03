"""Goals by backward design: criteria, plan, checkpoints, evidence."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from journal.store import goals as g
from journal.store.database import Journal
from journal.store.entries import create_entry, save_revision
from journal.store.errors import JournalError, NotFoundError
from journal.store.models import CheckpointRating, Reflection
from journal.store.reflections import Conditions

TODAY = date(2026, 3, 14)


def _goal(journal: Journal, **extra: object) -> str:
    with journal.write() as s:
        return g.create_goal(
            s,
            title="Can I explain my results so anyone can follow them?",
            why_it_matters="I want people to trust what I found.",
            task="A two-minute video",
            audience="class",
            co_created_with="Ms Okafor",
            criteria=[("I show my results in a graph", "teacher"), ("I say what I'd change", "me")],
            actions=["Make a plan", "Film a draft"],
            checkpoints=[("Halfway", TODAY + timedelta(days=3)), ("Final", TODAY + timedelta(30))],
            start_on=date(2026, 3, 1),
            **extra,  # type: ignore[arg-type]
        )


def test_goal_is_created_through_every_backward_design_step(journal: Journal) -> None:
    goal_id = _goal(journal)
    with journal.read() as s:
        d = g.goal_detail(s, goal_id, today=TODAY)
    assert d.title.startswith("Can I explain") and d.audience == "class"
    assert [(c.text, c.proposed_by) for c in d.criteria] == [
        ("I show my results in a graph", "teacher"),
        ("I say what I'd change", "me"),
    ]
    assert [(a.text, a.done) for a in d.actions] == [
        ("Make a plan", False),
        ("Film a draft", False),
    ]
    assert [(c.title, c.state) for c in d.checkpoints] == [
        ("Halfway", g.CheckpointState.DUE),
        ("Final", g.CheckpointState.UPCOMING),
    ]
    assert d.missing_steps == ()


def test_an_empty_goal_can_be_filled_in_later(journal: Journal) -> None:
    with journal.write() as s:
        goal_id = g.create_goal(s)
    with journal.read() as s:
        assert set(g.goal_detail(s, goal_id).missing_steps) == {
            "title",
            "why_it_matters",
            "task",
            "co_created_with",
            "criteria",
            "actions",
            "checkpoints",
        }
    with journal.write() as s:
        g.update_goal(s, goal_id, title="Learn to juggle", why_it_matters="It looks fun")
        g.add_criterion(s, goal_id, "Three balls for a minute", "peer")
    with journal.read() as s:
        d = g.goal_detail(s, goal_id)
    assert d.title == "Learn to juggle" and d.criteria[0].proposed_by == "peer"
    assert "title" not in d.missing_steps and "criteria" not in d.missing_steps


def test_bad_goal_values_are_refused_with_a_sentence(journal: Journal) -> None:
    goal_id = _goal(journal)
    with pytest.raises(JournalError, match="who proposed"), journal.write() as s:
        g.add_criterion(s, goal_id, "Something", "my cat")
    with pytest.raises(JournalError, match="target date"), journal.write() as s:
        g.update_goal(s, goal_id, target_on=date(2026, 1, 1))
    with pytest.raises(JournalError, match="just me"), journal.write() as s:
        g.update_goal(s, goal_id, audience="the world")
    with pytest.raises(NotFoundError), journal.write() as s:
        g.update_goal(s, "nope", title="x")


def test_goals_are_listed_by_status(journal: Journal) -> None:
    first = _goal(journal)
    second = _goal(journal)
    with journal.write() as s:
        g.set_goal_status(s, second, "achieved")
    with journal.read() as s:
        assert [x.id for x in g.list_goals(s, "active")] == [first]
        assert [x.id for x in g.list_goals(s, "achieved")] == [second]
        summary = g.list_goals(s)[0]
    assert summary.criteria == 2 and summary.actions == 2 and summary.actions_done == 0
    assert summary.next_checkpoint == TODAY + timedelta(days=3)


def test_plan_checklist_ticks_edits_moves_and_removes(journal: Journal) -> None:
    goal_id = _goal(journal)
    with journal.write() as s:
        third = g.add_action(s, goal_id, "Ask for feedback")
        d = g.goal_detail(s, goal_id)
        g.set_action_done(s, d.actions[0].id, True)
        g.move_action(s, third, 0)
        g.update_action(s, d.actions[1].id, "Film a short draft")
    with journal.read() as s:
        d = g.goal_detail(s, goal_id)
    assert [(a.text, a.done) for a in d.actions] == [
        ("Ask for feedback", False),
        ("Make a plan", True),
        ("Film a short draft", False),
    ]
    with journal.write() as s:
        g.remove_action(s, d.actions[1].id)
    with journal.read() as s:
        d = g.goal_detail(s, goal_id)
    assert [(a.text, a.position) for a in d.actions] == [
        ("Ask for feedback", 0),
        ("Film a short draft", 1),
    ]


def test_completing_a_checkpoint_stores_ratings_and_a_linked_reflection(journal: Journal) -> None:
    goal_id = _goal(journal)
    with journal.read() as s:
        d = g.goal_detail(s, goal_id, today=TODAY)
    cp = d.checkpoints[0]
    ratings = {d.criteria[0].id: 2, d.criteria[1].id: 3}
    when = datetime(2026, 3, 17, 15, tzinfo=UTC)
    with journal.write() as s:
        view = g.complete_checkpoint(
            s,
            cp.id,
            ratings,
            reflection="The graph is nearly there.",
            prompt_id="cocreation-08",
            conditions=Conditions(with_whom="peer", went_well=4),
            now=when,
        )
    assert view is not None
    assert (view.goal_id, view.checkpoint_id) == (goal_id, cp.id)
    assert view.prompt_text.startswith("Looking at my success criteria")
    assert view.attribute == "cocreation" and view.conditions.went_well == 4
    with journal.read() as s:
        d = g.goal_detail(s, goal_id, today=TODAY + timedelta(days=5))
        history = g.rating_history(s, goal_id)
    done = d.checkpoints[0]
    assert done.state == g.CheckpointState.DONE and done.completed_at == when
    assert done.level_for(d.criteria[0].id) == 2 and done.level_for(d.criteria[1].id) == 3
    assert done.note == "The graph is nearly there."
    assert history[d.criteria[0].id] == [(cp.due_on, 2)]


def test_completing_again_replaces_ratings_instead_of_duplicating(journal: Journal) -> None:
    goal_id = _goal(journal)
    with journal.read() as s:
        d = g.goal_detail(s, goal_id)
    crit = d.criteria[0].id
    with journal.write() as s:
        g.complete_checkpoint(s, d.checkpoints[0].id, {crit: 1})
        g.complete_checkpoint(s, d.checkpoints[0].id, {crit: 4})
    with journal.read() as s:
        rows = [(r.criterion_id, r.level) for r in s.scalars(select(CheckpointRating))]
    assert rows == [(crit, 4)]


def test_bad_ratings_change_nothing(journal: Journal) -> None:
    goal_id = _goal(journal)
    other = _goal(journal)
    with journal.read() as s:
        d = g.goal_detail(s, goal_id)
        foreign = g.goal_detail(s, other).criteria[0].id
    for ratings in ({d.criteria[0].id: 5}, {d.criteria[0].id: 0}, {foreign: 2}):
        with pytest.raises(JournalError), journal.write() as s:
            g.complete_checkpoint(s, d.checkpoints[0].id, ratings, reflection="x")
    with journal.read() as s:
        assert s.scalar(select(func.count()).select_from(CheckpointRating)) == 0
        assert s.scalar(select(func.count()).select_from(Reflection)) == 0
        assert g.goal_detail(s, goal_id).checkpoints[0].completed_at is None


def test_due_checkpoints_show_missed_and_due_of_active_goals_only(journal: Journal) -> None:
    goal_id = _goal(journal)
    paused = _goal(journal)
    with journal.write() as s:
        missed = g.add_checkpoint(s, goal_id, TODAY - timedelta(days=2), title="Late one")
        g.set_goal_status(s, paused, "paused")
    with journal.read() as s:
        due = g.due_checkpoints(s, TODAY)
    assert [(d.title, d.state) for d in due] == [
        ("Late one", g.CheckpointState.MISSED),
        ("Halfway", g.CheckpointState.DUE),
    ]
    assert all(d.goal_id == goal_id for d in due)
    with journal.write() as s:
        g.complete_checkpoint(s, missed, {})
    with journal.read() as s:
        assert [d.title for d in g.due_checkpoints(s, TODAY)] == ["Halfway"]
        assert g.due_checkpoints(s, TODAY, within_days=0, include_missed=False) == []


def test_evidence_links_entries_and_revisions_and_lists_them_in_time_order(
    journal: Journal,
) -> None:
    goal_id = _goal(journal)
    with journal.write() as s:
        late = create_entry(s, title="Final video", body="done", learned_on=date(2026, 3, 20))
        early = create_entry(
            s,
            title="Plan",
            body="v1",
            learned_on=date(2026, 3, 2),
            now=datetime(2026, 3, 2, 9, tzinfo=UTC),
        )
        rev = save_revision(s, early.id, body="v2", now=datetime(2026, 3, 5, 9, tzinfo=UTC))
        assert rev is not None
        crit = g.goal_detail(s, goal_id).criteria[0].id
        first = g.link_evidence(s, goal_id, entry_id=late.id)
        g.link_evidence(s, goal_id, revision_id=rev.id, criterion_id=crit, note="My plan")
        again = g.link_evidence(s, goal_id, entry_id=late.id)
    assert again == first
    with journal.read() as s:
        evidence = g.goal_evidence(s, goal_id)
        linked = g.goals_for_entry(s, early.id)
    assert [(e.entry_title, e.on, e.revision_seq) for e in evidence] == [
        ("Plan", date(2026, 3, 5), 2),
        ("Final video", date(2026, 3, 20), None),
    ]
    assert evidence[0].criterion_id == crit and evidence[0].note == "My plan"
    assert [gid for gid, _ in linked] == [goal_id]


def test_evidence_for_another_goals_criterion_is_refused(journal: Journal) -> None:
    goal_id = _goal(journal)
    other = _goal(journal)
    with journal.write() as s:
        entry = create_entry(s, title="x", body="y")
        foreign = g.goal_detail(s, other).criteria[0].id
    with pytest.raises(JournalError, match="different goal"), journal.write() as s:
        g.link_evidence(s, goal_id, entry_id=entry.id, criterion_id=foreign)
    with pytest.raises(JournalError, match="Choose an entry"), journal.write() as s:
        g.link_evidence(s, goal_id)
    with journal.read() as s:
        assert g.goal_evidence(s, goal_id) == []


def test_unlinking_evidence_and_deleting_a_goal_keep_the_entries(journal: Journal) -> None:
    goal_id = _goal(journal)
    with journal.write() as s:
        entry = create_entry(s, title="x", body="y")
        link = g.link_evidence(s, goal_id, entry_id=entry.id)
        g.unlink_evidence(s, link)
        assert g.goal_evidence(s, goal_id) == []
        g.link_evidence(s, goal_id, entry_id=entry.id)
        g.delete_goal(s, goal_id)
    with journal.read() as s:
        assert g.list_goals(s) == []
        assert g.goals_for_entry(s, entry.id) == []


def test_a_deleted_goal_is_restored_with_ids_but_without_entries_gone_for_good(
    journal: Journal,
) -> None:
    from journal.store.entries import empty_trash, trash_entry

    goal_id = _goal(journal)
    with journal.write() as s:
        kept = create_entry(s, title="kept", body="y")
        gone = create_entry(s, title="gone", body="z")
        d = g.goal_detail(s, goal_id, today=TODAY)
        g.link_evidence(s, goal_id, entry_id=kept.id, criterion_id=d.criteria[0].id)
        gone_link = g.link_evidence(s, goal_id, entry_id=gone.id)
        g.complete_checkpoint(
            s, d.checkpoints[0].id, {d.criteria[0].id: 2}, reflection="Halfway there"
        )
        record = g.goal_record(s, goal_id)
        before = g.goal_detail(s, goal_id, today=TODAY)
        gone_record = g.evidence_record(s, gone_link)
        g.delete_goal(s, goal_id)
    with journal.write() as s:
        trash_entry(s, gone.id)
        empty_trash(s)
    with journal.read() as s:
        (orphan,) = s.scalars(select(Reflection)).all()
        assert (orphan.goal_id, orphan.checkpoint_id) == (None, None)
    with journal.write() as s:
        g.restore_goal(s, record)
    with journal.read() as s:
        after = g.goal_detail(s, goal_id, today=TODAY)
        (reflection,) = s.scalars(select(Reflection)).all()
    assert after.criteria == before.criteria and after.actions == before.actions
    assert after.checkpoints == before.checkpoints
    assert [e.entry_id for e in after.evidence] == [kept.id]
    assert after.evidence[0].criterion_id == d.criteria[0].id
    assert (reflection.goal_id, reflection.checkpoint_id) == (goal_id, d.checkpoints[0].id)
    with journal.write() as s, pytest.raises(NotFoundError):
        g.restore_evidence(s, gone_record)


def test_restoring_a_goal_over_an_edited_one_puts_every_row_back(journal: Journal) -> None:
    goal_id = _goal(journal)
    with journal.write() as s:
        record = g.goal_record(s, goal_id)
        before = g.goal_detail(s, goal_id, today=TODAY)
        d = before
        g.remove_criterion(s, d.criteria[1].id)
        g.remove_action(s, d.actions[0].id)
        g.remove_checkpoint(s, d.checkpoints[1].id)
        g.add_criterion(s, goal_id, "Something new")
        g.update_goal(s, goal_id, title="Changed")
    with journal.write() as s:
        g.restore_goal(s, record)
    with journal.read() as s:
        after = g.goal_detail(s, goal_id, today=TODAY)
        assert s.scalar(select(func.count()).select_from(CheckpointRating)) == 0
    assert after == before
