"""Search: anything a student types is safe, filters narrow correctly, the index stays in step."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from journal.store import sqlite as sq
from journal.store.database import Journal
from journal.store.entries import (
    autosave_draft,
    create_entry,
    empty_trash,
    restore_entry,
    save_revision,
    trash_entry,
    update_details,
)
from journal.store.models import Attribute, Goal, GoalEvidence
from journal.store.search import EntryFilter, SortOrder, search_entries, search_entry_ids

HOSTILE = [
    '"',
    "'",
    '""',
    '"unbalanced',
    "it's",
    "*",
    "volc*",
    "*cano",
    "NEAR(",
    "NEAR(magma ash",
    "NEAR(magma, ash)",
    "-",
    "-magma",
    "magma -ash",
    "magma NOT ash",
    "AND OR NOT",
    "AND",
    "OR",
    "NOT",
    "(",
    ")",
    "((magma",
    "magma)",
    "[",
    "]]",
    "{magma}",
    "title:magma",
    "^magma",
    "magma:",
    "+",
    "a+b",
    "🌋",
    "🌋 magma",
    "👩‍👩‍👧",
    "שלום",
    "مرحبا",
    "\u202emagma\u202c",
    "...",
    "!@#$%^&*()_+-=~`|\\/<>,.?;:",
    "x" * 20_000,
    " ".join(["magma"] * 3000),
    "\x00",
    "mag\x00ma",
    "magma\x00",
    "\x00\x00\x00",
    "\u0301",
    "e\u0301",
    "\ufeff",
    "\t\n\r",
    "'; DROP TABLE entries; --",
    "%_",
]


@pytest.fixture
def sample(journal: Journal) -> dict[str, str]:
    """A handful of entries with known words, tags, attributes, dates and a goal."""
    with journal.write() as s:
        ids = {
            "volcano": create_entry(
                s,
                title="Volcano model",
                body="Magma and ash; the 🌋 erupted. Café visit after.",
                learned_on=date(2025, 3, 10),
                attributes=[Attribute.VOICE, Attribute.SELF_DISCOVERY],
                tags=["science", "Group work"],
            ).id,
            "poem": create_entry(
                s,
                title="Poem about the river",
                body="שלום river, مرحبا water; the ash of autumn leaves.",
                learned_on=date(2025, 4, 2),
                attributes=[Attribute.VOICE],
                tags=["english"],
            ).id,
            "bridge": create_entry(
                s,
                title="Bridge of straws",
                body="Our group built a bridge; it held 2 kg.",
                learned_on=date(2025, 5, 20),
                attributes=[Attribute.SOCIAL, Attribute.COCREATION],
                tags=["design", "group work"],
            ).id,
            "trashed": create_entry(
                s,
                title="Old volcano notes",
                body="magma notes I threw away",
                learned_on=date(2025, 3, 11),
                tags=["science"],
            ).id,
        }
        goal = Goal(title="Explain my science results")
        s.add(goal)
        s.flush()
        s.add(GoalEvidence(goal_id=goal.id, entry_id=ids["volcano"]))
        s.add(GoalEvidence(goal_id=goal.id, entry_id=ids["trashed"]))
        ids["goal"] = goal.id
        trash_entry(s, ids["trashed"])
    return ids


def _find(journal: Journal, **kwargs: object) -> set[str]:
    with journal.read() as s:
        return set(search_entry_ids(s, EntryFilter(**kwargs)))  # type: ignore[arg-type]


def _fts_in_step(journal: Journal) -> None:
    with journal.engine.connect() as conn:
        conn.execute(text(sq.fts_integrity_sql()))  # raises if out of step


@pytest.mark.parametrize("query", HOSTILE, ids=lambda q: repr(q[:20]))
def test_hostile_search_text_never_raises(
    journal: Journal, sample: dict[str, str], query: str
) -> None:
    with journal.read() as s:
        for order in (SortOrder.RELEVANCE, SortOrder.LEARNED_NEWEST, SortOrder.TITLE):
            found = search_entries(s, EntryFilter(text=query), order)
            assert sample["trashed"] not in {e.id for e in found}


def test_operators_and_punctuation_are_plain_text(journal: Journal, sample: dict[str, str]) -> None:
    # Not FTS5 syntax: "-ash" is the word ash, NOT and OR are words, NEAR( is a word.
    assert _find(journal, text="-ash") == {sample["volcano"], sample["poem"]}
    assert _find(journal, text="magma NOT ash") == set()
    assert _find(journal, text="NEAR(magma ash") == set()
    assert _find(journal, text='"magma"') == {sample["volcano"]}
    assert _find(journal, text="magma\x00") == {sample["volcano"]}
    assert _find(journal, text="🌋 magma") == {sample["volcano"]}


def test_words_match_whatever_the_case_accents_or_script(
    journal: Journal, sample: dict[str, str]
) -> None:
    assert _find(journal, text="MAGMA") == {sample["volcano"]}
    assert _find(journal, text="cafe") == {sample["volcano"]}
    assert _find(journal, text="café") == {sample["volcano"]}
    assert _find(journal, text="שלום") == {sample["poem"]}
    assert _find(journal, text="مرحبا") == {sample["poem"]}
    assert _find(journal, text="volc") == {sample["volcano"]}  # the last word is a prefix
    assert _find(journal, text="ash river") == {sample["poem"]}  # words are ANDed


def test_a_query_with_no_words_is_no_text_filter(journal: Journal, sample: dict[str, str]) -> None:
    everything = {sample["volcano"], sample["poem"], sample["bridge"]}
    for query in ["", "   ", "...", "-", "*", '"', "\x00", "🌋", "(( ))"]:
        assert _find(journal, text=query) == everything


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=200))
def test_any_text_at_all_searches_without_error(
    journal: Journal, sample: dict[str, str], query: str
) -> None:
    with journal.read() as s:
        found = search_entry_ids(s, EntryFilter(text=query, tags=("science",)))
    assert sample["trashed"] not in found


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(word=st.from_regex(r"[A-Za-z0-9]{1,12}", fullmatch=True))
def test_any_saved_word_is_found_again(journal: Journal, word: str) -> None:
    with journal.write() as s:
        entry_id = create_entry(s, title="Words", body=f"before {word} after").id
    try:
        assert entry_id in _find(journal, text=word)
        assert entry_id in _find(journal, text=f'"{word}')
    finally:
        with journal.write() as s:
            trash_entry(s, entry_id)


def test_filters_narrow_by_tag_attribute_dates_and_goal(
    journal: Journal, sample: dict[str, str]
) -> None:
    v, p, b = sample["volcano"], sample["poem"], sample["bridge"]
    assert _find(journal, tags=("science",)) == {v}
    assert _find(journal, tags=("#Group  Work",)) == {v, b}  # tags match however typed
    assert _find(journal, tags=("group work", "design")) == {b}  # tags are ANDed
    assert _find(journal, tags=("no such tag",)) == set()
    assert _find(journal, attributes=("voice",)) == {v, p}
    assert _find(journal, attributes=("voice", "selfdiscovery")) == {v}
    assert _find(journal, attributes=("social",)) == {b}
    assert _find(journal, since=date(2025, 4, 2)) == {p, b}  # bounds are inclusive
    assert _find(journal, until=date(2025, 4, 2)) == {v, p}
    assert _find(journal, since=date(2025, 4, 1), until=date(2025, 4, 30)) == {p}
    assert _find(journal, since=date(2025, 6, 1), until=date(2025, 1, 1)) == set()
    assert _find(journal, goal_id=sample["goal"]) == {v}  # the trashed evidence stays hidden
    assert _find(journal, text="ash", attributes=("voice",), since=date(2025, 4, 1)) == {p}


def test_trashed_entries_are_found_only_in_the_trash(
    journal: Journal, sample: dict[str, str]
) -> None:
    assert sample["trashed"] not in _find(journal, text="magma")
    assert _find(journal, text="magma", trashed=True) == {sample["trashed"]}
    with journal.write() as s:
        restore_entry(s, sample["trashed"])
    assert sample["trashed"] in _find(journal, text="magma")


def test_the_index_follows_autosave_save_details_and_delete(
    journal: Journal, sample: dict[str, str]
) -> None:
    v = sample["volcano"]
    with journal.write() as s:
        autosave_draft(s, v, "Volcano model", "Pumice floats on water.")
    assert _find(journal, text="pumice") == {v}
    assert v not in _find(journal, text="magma")
    _fts_in_step(journal)

    with journal.write() as s:
        save_revision(s, v, title="Lava lamp", body="Obsidian is glass.")
    assert _find(journal, text="obsidian") == {v}
    assert _find(journal, text="lava") == {v}
    assert _find(journal, text="pumice") == set()
    assert v not in _find(journal, text="volcano")
    _fts_in_step(journal)

    with journal.write() as s:
        update_details(s, v, tags=["geology"], attributes=[Attribute.SOCIAL])
    assert _find(journal, text="obsidian", tags=("geology",)) == {v}
    _fts_in_step(journal)

    with journal.write() as s:
        trash_entry(s, v)
        assert empty_trash(s) == 2
    assert _find(journal, text="obsidian", trashed=True) == set()
    assert _find(journal, text="obsidian") == set()
    _fts_in_step(journal)
    with journal.engine.connect() as conn:
        hits = conn.exec_driver_sql(
            f"SELECT count(*) FROM {sq.FTS_TABLE} WHERE {sq.FTS_TABLE} MATCH 'obsidian'"
        ).scalar()
    assert hits == 0


def test_results_come_back_in_the_requested_order(journal: Journal, sample: dict[str, str]) -> None:
    v, p, b = sample["volcano"], sample["poem"], sample["bridge"]
    with journal.read() as s:
        newest = search_entry_ids(s, EntryFilter(), SortOrder.LEARNED_NEWEST)
        oldest = search_entry_ids(s, EntryFilter(), SortOrder.LEARNED_OLDEST)
        by_title = search_entry_ids(s, EntryFilter(), SortOrder.TITLE)
        limited = search_entry_ids(s, EntryFilter(), SortOrder.LEARNED_NEWEST, limit=2)
    assert newest == [b, p, v]
    assert oldest == [v, p, b]
    assert by_title == [b, p, v]
    assert limited == [b, p]
