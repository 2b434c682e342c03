"""The "How I learn best" aggregation, checked on hand-made records."""

from __future__ import annotations

from datetime import UTC, date, datetime

from journal.core.insights import (
    ConditionInsight,
    LearnBestAnswer,
    MonthBalance,
    ReflectionRecord,
    attribute_balance,
    build_profile,
    conditions_summary,
    energy_band,
    learn_best_answers,
    recent_attribute_counts,
    then_and_now,
)


def _at(month: int, day: int, hour: int = 12, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


def _r(went_well: int | None, **conditions: object) -> ReflectionRecord:
    return ReflectionRecord(created_at=_at(3, 1), went_well=went_well, **conditions)  # type: ignore[arg-type]


def test_conditions_that_came_with_going_well_are_counted_exactly() -> None:
    records = [
        _r(5, with_whom="peer", how="making", time_of_day="morning", energy=4),
        _r(4, with_whom="peer", how="making", time_of_day="morning", energy=5),
        _r(4, with_whom="peer", how="reading", time_of_day="morning", energy=3),
        _r(5, with_whom="alone", how="making", time_of_day="evening", energy=4),
        _r(3, with_whom="peer", how="making", time_of_day="morning"),
        _r(1, with_whom="alone", how="reading", time_of_day="evening", energy=1),
        _r(2, with_whom="alone", how="reading", time_of_day="evening", energy=2),
        _r(1, with_whom="alone", how="reading", time_of_day="evening", energy=2, place="Home"),
        _r(None, with_whom="peer", how="making"),  # no rating: counts for nothing
    ]
    summary = conditions_summary(records, min_count=3)
    assert summary.rated == 8
    assert summary.went_well == (
        ConditionInsight("energy", "high", 3, 3),
        ConditionInsight("with_whom", "peer", 3, 4),
        ConditionInsight("how", "making", 3, 4),
        ConditionInsight("time_of_day", "morning", 3, 4),
    )
    assert summary.went_badly == (
        ConditionInsight("energy", "low", 3, 3),
        ConditionInsight("with_whom", "alone", 3, 4),
        ConditionInsight("how", "reading", 3, 4),
        ConditionInsight("time_of_day", "evening", 3, 4),
    )
    assert summary.went_well[0].share == 1.0
    assert summary.went_well[1].share == 0.75


def test_nothing_is_claimed_from_too_few_reflections() -> None:
    records = [
        _r(5, with_whom="peer", place="library"),
        _r(5, with_whom="peer", place="library"),
        _r(1, with_whom="group"),
        _r(2, with_whom="group"),
    ]
    summary = conditions_summary(records, min_count=3)
    assert summary.went_well == () and summary.went_badly == ()
    assert not summary.enough
    lower = conditions_summary(records, min_count=2)
    assert [(c.facet, c.value, c.count) for c in lower.went_well] == [
        ("place", "library", 2),
        ("with_whom", "peer", 2),
    ]
    assert [(c.value, c.count) for c in lower.went_badly] == [("group", 2)]


def test_place_is_compared_without_case_or_extra_spaces() -> None:
    records = [_r(5, place="Library"), _r(4, place=" library "), _r(5, place="LIBRARY")]
    summary = conditions_summary(records)
    assert summary.went_well == (ConditionInsight("place", "library", 3, 3),)


def test_middling_ratings_count_towards_the_total_but_neither_list() -> None:
    records = [_r(3, how="talking")] * 5 + [_r(4, how="talking")] * 3
    summary = conditions_summary(records)
    assert summary.went_well == (ConditionInsight("how", "talking", 3, 8),)
    assert summary.went_badly == ()


def test_energy_is_grouped_into_bands() -> None:
    assert [energy_band(e) for e in (None, 1, 2, 3, 4, 5)] == [
        None,
        "low",
        "low",
        "some",
        "high",
        "high",
    ]


def test_attribute_balance_counts_per_month_with_empty_months_kept() -> None:
    items = [
        (date(2026, 1, 5), ("voice", "social")),
        (date(2026, 1, 20), ("voice",)),
        (date(2026, 3, 2), ("selfdiscovery", "selfdiscovery")),
        (date(2026, 3, 9), ("cocreation", "nonsense")),
    ]
    months = attribute_balance(items)
    assert months == [
        MonthBalance(date(2026, 1, 1), (2, 0, 1, 0)),
        MonthBalance(date(2026, 2, 1), (0, 0, 0, 0)),
        MonthBalance(date(2026, 3, 1), (0, 1, 0, 1)),
    ]
    assert months[0].total == 3 and months[2].count("selfdiscovery") == 1


def test_attribute_balance_crosses_the_year_and_respects_limits() -> None:
    items = [(date(2025, 11, 30), ("voice",)), (date(2026, 2, 1), ("social",))]
    months = attribute_balance(items)
    assert [m.month for m in months] == [
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]
    limited = attribute_balance(items, start=date(2026, 1, 1), end=date(2026, 2, 28))
    assert [(m.month, m.total) for m in limited] == [(date(2026, 1, 1), 0), (date(2026, 2, 1), 1)]
    assert attribute_balance([]) == []


def test_recent_counts_only_look_at_the_weeks_before_the_day() -> None:
    items = [
        (date(2026, 3, 14), ("voice",)),  # the day itself: not counted
        (date(2026, 3, 13), ("voice", "social")),
        (date(2026, 2, 14), ("social",)),  # 28 days before: counted
        (date(2026, 2, 13), ("cocreation",)),  # 29 days before: too old
    ]
    assert recent_attribute_counts(items, before=date(2026, 3, 14)) == {
        "voice": 1,
        "cocreation": 0,
        "social": 2,
        "selfdiscovery": 0,
    }


def _answer(prompt: str | None, month: int, body: str, text: str = "") -> ReflectionRecord:
    return ReflectionRecord(
        created_at=_at(month, 1),
        prompt_id=prompt,
        prompt_text=text or f"text of {prompt}",
        body=body,
        learn_best=True,
    )


def test_learn_best_answers_are_in_time_order_without_blanks_or_other_prompts() -> None:
    records = [
        _answer("lb-2", 5, "Mornings."),
        _answer("lb-1", 2, "With a friend."),
        _answer("lb-1", 3, "   "),
        ReflectionRecord(created_at=_at(1, 1), prompt_id="voice-1", body="Not learn-best."),
    ]
    answers = learn_best_answers(records)
    assert [(a.prompt_id, a.body) for a in answers] == [
        ("lb-1", "With a friend."),
        ("lb-2", "Mornings."),
    ]


def test_then_and_now_pairs_first_and_latest_answer_per_prompt() -> None:
    answers = learn_best_answers(
        [
            _answer("lb-1", 1, "I give up."),
            _answer("lb-1", 4, "I take a break."),
            _answer("lb-1", 6, "I try another way, then ask."),
            _answer("lb-2", 2, "Only once."),
            _answer(None, 3, "Alone.", text="My own prompt"),
            _answer(None, 5, "With my group.", text="My own prompt"),
        ]
    )
    pairs = then_and_now(answers)
    assert [(p.then.body, p.now.body, p.answers) for p in pairs] == [
        ("I give up.", "I try another way, then ask.", 3),
        ("Alone.", "With my group.", 2),
    ]
    assert pairs[1].prompt_text == "My own prompt"
    assert then_and_now([LearnBestAnswer(_at(1, 1), "x", "x", "one")]) == []


def test_profile_bundles_exactly_the_records_given() -> None:
    records = [
        ReflectionRecord(
            created_at=_at(3, d),
            attribute=a,
            went_well=5,
            with_whom="peer",
            learn_best=(a == "selfdiscovery"),
            prompt_id=f"p-{a}",
            body="yes",
        )
        for d, a in ((1, "voice"), (2, "social"), (3, "selfdiscovery"))
    ]
    profile = build_profile(
        records,
        [(r.created_at.date(), (r.attribute or "",)) for r in records],
        statement="I learn best with others.",
    )
    assert profile.reflections == 3
    assert profile.conditions.went_well == (ConditionInsight("with_whom", "peer", 3, 3),)
    assert [m.counts for m in profile.balance] == [(1, 0, 1, 1)]
    assert [a.prompt_id for a in profile.answers] == ["p-selfdiscovery"]
    assert profile.statement == "I learn best with others."
