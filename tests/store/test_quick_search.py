"""``journal search`` reads with sqlite3 alone; it must agree with the ORM search exactly."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from journal.core.filters import ATTRIBUTE_NAMES, EntryFilter, SortOrder
from journal.demo import DemoSize, generate_demo
from journal.store.database import Journal
from journal.store.entries import trash_entry
from journal.store.models import GoalEvidence
from journal.store.search import search_entry_ids
from journal.store.sqlite import search_rows


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Journal, str]]:
    journal = Journal.open(tmp_path_factory.mktemp("quick") / "j", auto_backup=False)
    generate_demo(journal, DemoSize(entries=90, images=False))
    with journal.write() as s:
        goal_id = s.scalars(select(GoalEvidence.goal_id).limit(1)).one()
        ids = search_entry_ids(s, EntryFilter(), SortOrder.LEARNED_NEWEST)
        trash_entry(s, ids[3])
        trash_entry(s, ids[10])
    yield journal, goal_id
    journal.close()


WORDS = [
    "volcano",
    "river",
    "grandmother",
    "the",
    "learned",
    "straws",
    "poem",
    "zzz",
    'quote"s',
    "NEAR(",
    "-",
    "*",
    "שלום",
    "🙂",
    "bri",
]
filters = st.builds(
    EntryFilter,
    text=st.lists(st.sampled_from(WORDS), max_size=3).map(" ".join),
    tags=st.lists(st.sampled_from(["science", "English", "#maths", "art", "nope"]), max_size=2).map(
        tuple
    ),
    attributes=st.lists(st.sampled_from(ATTRIBUTE_NAMES), max_size=2, unique=True).map(tuple),
    since=st.none() | st.dates(date(2025, 6, 1), date(2026, 7, 1)),
    until=st.none() | st.dates(date(2025, 6, 1), date(2026, 7, 1)),
    trashed=st.booleans(),
)
orders = st.sampled_from(
    [
        SortOrder.LEARNED_NEWEST,
        SortOrder.LEARNED_OLDEST,
        SortOrder.UPDATED,
        SortOrder.TITLE,
        SortOrder.RELEVANCE,
    ]
)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(flt=filters, order=orders, with_goal=st.booleans())
def test_quick_search_returns_what_the_orm_search_returns(
    sample: tuple[Journal, str], flt: EntryFilter, order: str, with_goal: bool
) -> None:
    journal, goal_id = sample
    if with_goal:
        flt = EntryFilter(**{**flt.__dict__, "goal_id": goal_id})
    with journal.read() as s:
        expected = search_entry_ids(s, flt, order)
    got = [r["id"] for r in search_rows(journal.paths.database, flt, order)]
    assert got == expected


def test_quick_search_finds_real_entries(sample: tuple[Journal, str]) -> None:
    journal, _ = sample
    rows = search_rows(journal.paths.database, EntryFilter(text="volcano"), SortOrder.RELEVANCE)
    assert rows and all("volcano" in (r["title"] + r["body"]).lower() for r in rows)
    since = date(2026, 1, 1)
    dated = search_rows(
        journal.paths.database, EntryFilter(since=since, until=since + timedelta(30))
    )
    assert dated and all("2026-01-01" <= r["learned_on"] <= "2026-01-31" for r in dated)
