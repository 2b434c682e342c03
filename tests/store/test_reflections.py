"""Reflections with learning conditions, the learning profile, and On This Day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from journal.core.insights import ConditionInsight
from journal.store import goals as g
from journal.store import reflections as r
from journal.store.database import Journal
from journal.store.entries import create_entry, save_revision, trash_entry
from journal.store.errors import JournalError, NotFoundError
from journal.store.models import Prompt, Reflection
from journal.store.reflections import Conditions


def _at(day: int, month: int = 3) -> datetime:
    return datetime(2026, month, day, 16, tzinfo=UTC)


def test_answering_a_builtin_prompt_links_it_and_copies_its_words(journal: Journal) -> None:
    with journal.write() as s:
        entry = create_entry(s, title="Volcano", body="It erupted.")
        rev = save_revision(s, entry.id, body="It erupted twice.")
        assert rev is not None
        view = r.add_reflection(
            s,
            "Reading it aloud helped.",
            prompt_id="learnbest-12",
            revision_id=rev.id,
            conditions=Conditions(
                place="Library",
                with_whom="alone",
                how="reading",
                time_of_day="morning",
                energy=4,
                went_well=5,
            ),
        )
    assert view.entry_id == entry.id and view.revision_id == rev.id
    assert view.attribute == "selfdiscovery" and view.prompt_text.startswith("What helped me")
    with journal.read() as s:
        assert s.get(Prompt, "learnbest-12") is not None  # the built-in row exists for the link
        (listed,) = r.list_reflections(s, entry_id=entry.id)
    assert listed.conditions == Conditions("Library", "alone", "reading", "morning", 4, 5)


def test_bad_conditions_are_refused_and_nothing_is_saved(journal: Journal) -> None:
    bad = [
        Conditions(with_whom="my dog"),
        Conditions(how="sleeping"),
        Conditions(time_of_day="teatime"),
        Conditions(energy=0),
        Conditions(went_well=6),
        Conditions(place="x" * 100),
    ]
    for conditions in bad:
        with pytest.raises(JournalError), journal.write() as s:
            r.add_reflection(s, "hello", conditions=conditions)
    with pytest.raises(NotFoundError), journal.write() as s:
        r.add_reflection(s, "hello", prompt_id="no-such-prompt")
    with journal.read() as s:
        assert s.scalar(select(func.count()).select_from(Reflection)) == 0


def test_a_checkpoint_reflection_is_linked_to_its_goal(journal: Journal) -> None:
    with journal.write() as s:
        goal_id = g.create_goal(s, title="Juggle", checkpoints=[("One", date(2026, 3, 20))])
        cp = g.goal_detail(s, goal_id).checkpoints[0].id
        view = r.add_reflection(s, "Two balls now.", checkpoint_id=cp)
        listed = r.list_reflections(s, goal_id=goal_id)
    assert view.goal_id == goal_id and [x.id for x in listed] == [view.id]


def test_updating_and_deleting_a_reflection(journal: Journal) -> None:
    with journal.write() as s:
        view = r.add_reflection(s, "first", attribute="voice")
        r.update_reflection(s, view.id, body="second", conditions=Conditions(went_well=2))
    with journal.read() as s:
        (again,) = r.list_reflections(s)
    assert again.body == "second" and again.conditions.went_well == 2
    with journal.write() as s:
        r.delete_reflection(s, view.id)
        assert r.list_reflections(s) == []


def test_profile_reflects_exactly_the_answers_given(journal: Journal) -> None:
    """The issue's "done when": prompts from three attributes, conditions recorded."""
    answers = [
        ("voice-02", "I said my idea in the group.", 2),
        ("social-06", "I helped Ana with fractions.", 3),
        ("learnbest-03", "With other people: we caught mistakes.", 4),
    ]
    with journal.write() as s:
        for prompt_id, body, day in answers:
            r.add_reflection(
                s,
                body,
                prompt_id=prompt_id,
                now=_at(day),
                conditions=Conditions(
                    place="classroom",
                    with_whom="peer",
                    how="talking",
                    time_of_day="morning",
                    energy=4,
                    went_well=5,
                ),
            )
    with journal.read() as s:
        profile = r.learning_profile(s)
    assert profile.reflections == 3
    assert profile.conditions.went_badly == ()
    assert set(profile.conditions.went_well) == {
        ConditionInsight("place", "classroom", 3, 3),
        ConditionInsight("with_whom", "peer", 3, 3),
        ConditionInsight("how", "talking", 3, 3),
        ConditionInsight("time_of_day", "morning", 3, 3),
        ConditionInsight("energy", "high", 3, 3),
    }
    assert [(m.month, m.counts) for m in profile.balance] == [(date(2026, 3, 1), (1, 0, 2, 0))]
    assert [(a.prompt_id, a.body) for a in profile.answers] == [
        ("learnbest-03", "With other people: we caught mistakes.")
    ]


def test_profile_claims_nothing_from_two_reflections(journal: Journal) -> None:
    with journal.write() as s:
        for day in (1, 2):
            r.add_reflection(
                s,
                "ok",
                attribute="voice",
                now=_at(day),
                conditions=Conditions(with_whom="group", went_well=1),
            )
    with journal.read() as s:
        profile = r.learning_profile(s)
    assert not profile.conditions.enough and profile.conditions.rated == 2


def test_then_and_now_uses_learn_best_answers_over_time(journal: Journal) -> None:
    with journal.write() as s:
        r.add_reflection(s, "I stop.", prompt_id="learnbest-04", now=_at(1, 1))
        r.add_reflection(s, "Not learn-best.", prompt_id="voice-01", now=_at(2, 2))
        r.add_reflection(s, "I draw it out, then ask.", prompt_id="learnbest-04", now=_at(3, 3))
    with journal.read() as s:
        profile = r.learning_profile(s)
    (pair,) = profile.then_now
    assert (pair.then.body, pair.now.body, pair.answers) == (
        "I stop.",
        "I draw it out, then ask.",
        2,
    )


def test_profile_statement_keeps_its_earlier_versions(journal: Journal) -> None:
    with journal.write() as s:
        assert r.save_profile_statement(s, "I like quiet.", now=_at(1))
        assert not r.save_profile_statement(s, "I like quiet.", now=_at(2))
        assert r.save_profile_statement(s, "I like quiet, then talking.", now=_at(3))
        assert r.save_profile_statement(s, "Talking first.", now=_at(5))
    with journal.read() as s:
        statement, updated = r.profile_statement(s)
        history = r.statement_history(s)
        profile = r.learning_profile(s)
    assert (statement, updated) == ("Talking first.", _at(5))
    assert [(v.statement, v.written_at) for v in history] == [
        ("I like quiet, then talking.", _at(3)),
        ("I like quiet.", _at(1)),
    ]
    assert profile.statement == "Talking first."


def test_on_this_day_finds_earlier_months_and_years_but_not_the_trash(journal: Journal) -> None:
    today = date(2026, 3, 14)
    with journal.write() as s:
        made = {}
        for title, day in (
            ("A year ago", date(2025, 3, 14)),
            ("Two years ago", date(2024, 3, 14)),
            ("Last month", date(2026, 2, 14)),
            ("Five months ago", date(2025, 10, 14)),
            ("Today", today),
            ("Other day", date(2026, 2, 13)),
            ("Trashed", date(2025, 12, 14)),
            ("Future", date(2026, 4, 14)),
        ):
            made[title] = create_entry(
                s, title=title, body=f"# {title}\n\nSome words.", learned_on=day
            ).id
        trash_entry(s, made["Trashed"])
    with journal.read() as s:
        items = r.on_this_day(s, today)
    assert [(i.title, i.months_ago) for i in items] == [
        ("A year ago", 12),
        ("Two years ago", 24),
        ("Last month", 1),
        ("Five months ago", 5),
    ]
    assert items[0].years_ago == 1 and items[2].years_ago == 0
    assert items[0].excerpt == "Some words."
    with journal.read() as s:
        assert len(r.on_this_day(s, today, limit=2)) == 2
        assert r.on_this_day(s, today + timedelta(days=1)) == []
