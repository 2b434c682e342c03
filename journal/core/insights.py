""" "How I learn best": what a student's reflections add up to (pure functions).

Everything here works on plain records (:class:`ReflectionRecord`), so it is
tested with hand-made data and reused by the window, exports and the command
line. Nothing is claimed from too little evidence: a condition only shows up
when at least ``min_count`` reflections back it, and every claim carries the
number of reflections it rests on.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from journal.core.attributes import KEYS

ATTRIBUTES: tuple[str, ...] = KEYS

# The learning-conditions vocabulary a reflection can record in a few clicks.
PLACES: tuple[str, ...] = ("classroom", "library", "home", "outdoors", "lab", "online")
WITH_WHOM: tuple[str, ...] = ("alone", "peer", "group", "expert")
HOWS: tuple[str, ...] = ("reading", "making", "talking", "watching", "practising", "teaching")
TIMES_OF_DAY: tuple[str, ...] = ("morning", "afternoon", "evening", "night")
SCALE: tuple[int, ...] = (1, 2, 3, 4, 5)

FACETS: tuple[str, ...] = ("place", "with_whom", "how", "time_of_day", "energy")
WENT_WELL_AT_LEAST = 4
WENT_BADLY_AT_MOST = 2
MIN_REFLECTIONS = 3


def energy_band(energy: int | None) -> str | None:
    """Energy 1–5 grouped into low (1–2), some (3) and high (4–5)."""
    if energy is None:
        return None
    if energy <= 2:
        return "low"
    if energy == 3:
        return "some"
    return "high"


@dataclass(frozen=True)
class ReflectionRecord:
    """What the profile needs from one reflection, as plain values."""

    created_at: datetime
    attribute: str | None = None
    prompt_id: str | None = None
    prompt_text: str = ""
    body: str = ""
    learn_best: bool = False
    place: str | None = None
    with_whom: str | None = None
    how: str | None = None
    time_of_day: str | None = None
    energy: int | None = None
    went_well: int | None = None

    def condition(self, facet: str) -> str | None:
        if facet == "energy":
            return energy_band(self.energy)
        value = getattr(self, facet)
        if value is None:
            return None
        value = " ".join(str(value).split()).casefold()
        return value or None


@dataclass(frozen=True)
class ConditionInsight:
    """A learning condition and how often it came with one outcome.

    ``count`` reflections had this condition and that outcome, out of
    ``rated`` reflections that had this condition and any "how well it went".
    """

    facet: str
    value: str
    count: int
    rated: int

    @property
    def share(self) -> float:
        return self.count / self.rated if self.rated else 0.0


@dataclass(frozen=True)
class ConditionsSummary:
    went_well: tuple[ConditionInsight, ...]
    went_badly: tuple[ConditionInsight, ...]
    rated: int  # reflections with a "how well it went"
    min_count: int

    @property
    def enough(self) -> bool:
        return bool(self.went_well or self.went_badly)


def conditions_summary(
    records: Iterable[ReflectionRecord],
    *,
    min_count: int = MIN_REFLECTIONS,
    limit: int | None = 6,
) -> ConditionsSummary:
    """The conditions that most often came with "went well" (4–5) and with "went badly" (1–2).

    A condition is listed only if at least ``min_count`` reflections with it
    had that outcome, and more of them had that outcome than the opposite one
    (so no condition is on both lists). Ordered by that count, then by its share of the
    condition's rated reflections, then by facet and value (so ties are stable).
    """
    good: Counter[tuple[str, str]] = Counter()
    bad: Counter[tuple[str, str]] = Counter()
    rated_with: Counter[tuple[str, str]] = Counter()
    rated = 0
    for record in records:
        if record.went_well is None:
            continue
        rated += 1
        for facet in FACETS:
            value = record.condition(facet)
            if value is None:
                continue
            key = (facet, value)
            rated_with[key] += 1
            if record.went_well >= WENT_WELL_AT_LEAST:
                good[key] += 1
            elif record.went_well <= WENT_BADLY_AT_MOST:
                bad[key] += 1

    def ranked(
        counter: Counter[tuple[str, str]], opposite: Counter[tuple[str, str]]
    ) -> tuple[ConditionInsight, ...]:
        # Listed only when it came with this outcome more often than with the
        # opposite one, so one condition never appears on both sides.
        items = [
            ConditionInsight(facet, value, n, rated_with[(facet, value)])
            for (facet, value), n in counter.items()
            if n >= min_count and n > opposite[(facet, value)]
        ]
        items.sort(key=lambda c: (-c.count, -c.share, FACETS.index(c.facet), c.value))
        return tuple(items[:limit] if limit is not None else items)

    return ConditionsSummary(ranked(good, bad), ranked(bad, good), rated, min_count)


@dataclass(frozen=True)
class MonthBalance:
    """How many pieces of writing showed each attribute in one month."""

    month: date  # the first day of the month
    counts: tuple[int, int, int, int]  # in the order of ATTRIBUTES

    @property
    def total(self) -> int:
        return sum(self.counts)

    def count(self, attribute: str) -> int:
        return self.counts[ATTRIBUTES.index(attribute)]


def _month(day: date) -> date:
    return date(day.year, day.month, 1)


def _next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def attribute_balance(
    items: Iterable[tuple[date, Iterable[str]]],
    *,
    start: date | None = None,
    end: date | None = None,
) -> list[MonthBalance]:
    """Per month, how often each of the four attributes came up.

    ``items`` are (day, attributes) pairs: an entry with the attributes it
    shows, a reflection with its prompt's attribute. Months with nothing in
    them between the first and the last are included (as zeros), so a chart
    shows gaps honestly. Unknown attribute names are ignored.
    """
    per_month: dict[date, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for day, attributes in items:
        if start is not None and day < start:
            continue
        if end is not None and day > end:
            continue
        row = per_month[_month(day)]
        for attribute in set(attributes):
            if attribute in ATTRIBUTES:
                row[ATTRIBUTES.index(attribute)] += 1
    if not per_month:
        return []
    first = _month(start) if start is not None else min(per_month)
    last = _month(end) if end is not None else max(per_month)
    months: list[MonthBalance] = []
    month = first
    while month <= last:
        c = per_month.get(month, [0, 0, 0, 0])
        months.append(MonthBalance(month, (c[0], c[1], c[2], c[3])))
        month = _next_month(month)
    return months


def recent_attribute_counts(
    items: Iterable[tuple[date, Iterable[str]]], *, before: date, days: int = 28
) -> dict[str, int]:
    """How often each attribute came up in the ``days`` days before ``before`` (not on it)."""
    counts = dict.fromkeys(ATTRIBUTES, 0)
    first = before.toordinal() - days
    for day, attributes in items:
        if first <= day.toordinal() < before.toordinal():
            for attribute in set(attributes):
                if attribute in counts:
                    counts[attribute] += 1
    return counts


@dataclass(frozen=True)
class LearnBestAnswer:
    created_at: datetime
    prompt_id: str | None
    prompt_text: str
    body: str


def learn_best_answers(records: Iterable[ReflectionRecord]) -> list[LearnBestAnswer]:
    """The student's answers to how-I-learn-best prompts, oldest first (blank ones left out)."""
    answers = [
        LearnBestAnswer(r.created_at, r.prompt_id, r.prompt_text, r.body.strip())
        for r in records
        if r.learn_best and r.body.strip()
    ]
    answers.sort(key=lambda a: a.created_at)
    return answers


@dataclass(frozen=True)
class ThenAndNow:
    """The first and the latest answer to one learn-best prompt."""

    prompt_text: str
    then: LearnBestAnswer
    now: LearnBestAnswer
    answers: int


def then_and_now(answers: Sequence[LearnBestAnswer]) -> list[ThenAndNow]:
    """For each learn-best prompt answered at least twice: the first answer against the latest.

    Prompts are matched by id, or by their text when the prompt is gone. The
    prompts whose latest answer is newest come first.
    """
    groups: dict[str, list[LearnBestAnswer]] = defaultdict(list)
    for answer in sorted(answers, key=lambda a: a.created_at):
        groups[answer.prompt_id or f"text:{answer.prompt_text}"].append(answer)
    pairs = [
        ThenAndNow(group[-1].prompt_text or group[0].prompt_text, group[0], group[-1], len(group))
        for group in groups.values()
        if len(group) >= 2
    ]
    pairs.sort(key=lambda p: p.now.created_at, reverse=True)
    return pairs


@dataclass(frozen=True)
class LearningProfile:
    """Everything the "How I learn best" view shows, in one snapshot."""

    conditions: ConditionsSummary
    balance: tuple[MonthBalance, ...]
    answers: tuple[LearnBestAnswer, ...]
    then_now: tuple[ThenAndNow, ...]
    reflections: int
    statement: str = ""
    statement_updated_at: datetime | None = None


def build_profile(
    records: Sequence[ReflectionRecord],
    balance_items: Iterable[tuple[date, Iterable[str]]],
    *,
    min_count: int = MIN_REFLECTIONS,
    statement: str = "",
    statement_updated_at: datetime | None = None,
) -> LearningProfile:
    answers = learn_best_answers(records)
    return LearningProfile(
        conditions=conditions_summary(records, min_count=min_count),
        balance=tuple(attribute_balance(balance_items)),
        answers=tuple(answers),
        then_now=tuple(then_and_now(answers)),
        reflections=len(records),
        statement=statement,
        statement_updated_at=statement_updated_at,
    )
