"""Search in the languages students write: accents fold where the language expects it."""

from __future__ import annotations

from datetime import date

import pytest

from journal.store.database import Journal
from journal.store.entries import create_entry
from journal.store.search import EntryFilter, search_entry_ids


@pytest.fixture
def entries(journal: Journal) -> dict[str, str]:
    with journal.write() as s:
        return {
            "es": create_entry(
                s,
                title="La canción del ñandú",
                body="Escribí una canción en el café. Aprendí más sobre la educación.",
                learned_on=date(2025, 3, 10),
            ).id,
            "es_decomposed": create_entry(
                s,
                title="Notas",
                body="Visita al cafe\u0301 del museo",  # é typed as e + combining accent
                learned_on=date(2025, 3, 11),
            ).id,
            "ar": create_entry(
                s,
                title="مرحبا بالعالم",
                body="ذهبت إلى المدرسة اليوم وتعلمت الكتابة",
                learned_on=date(2025, 3, 12),
            ).id,
        }


def _find(journal: Journal, words: str) -> set[str]:
    with journal.read() as s:
        return set(search_entry_ids(s, EntryFilter(text=words)))


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("cancion", "es"),
        ("canción", "es"),
        ("CANCIÓN", "es"),
        ("nandu", "es"),
        ("ñandú", "es"),
        ("educacion", "es"),
        ("aprendi mas", "es"),
    ],
)
def test_spanish_words_match_with_or_without_accents(
    journal: Journal, entries: dict[str, str], query: str, key: str
) -> None:
    assert _find(journal, query) == {entries[key]}


def test_cafe_finds_cafe_however_the_accent_was_typed(
    journal: Journal, entries: dict[str, str]
) -> None:
    both = {entries["es"], entries["es_decomposed"]}
    assert _find(journal, "cafe") == both
    assert _find(journal, "café") == both
    assert _find(journal, "cafe\u0301") == both


@pytest.mark.parametrize("query", ["المدرسة", "الكتابة", "مرحبا", "اليوم الكتابة", "المدر"])
def test_arabic_words_are_found(journal: Journal, entries: dict[str, str], query: str) -> None:
    assert _find(journal, query) == {entries["ar"]}


def test_an_accent_does_not_match_a_different_word(
    journal: Journal, entries: dict[str, str]
) -> None:
    assert _find(journal, "cancioness") == set()
    assert _find(journal, "المدارس") == set()


def test_arabic_typed_with_vowel_marks_finds_the_word_written_without_them(
    journal: Journal, entries: dict[str, str]
) -> None:
    with journal.write() as s:
        marked = create_entry(
            s, title="درس", body="كَتَبْتُ فِي المَدْرَسَة", learned_on=date(2025, 3, 13)
        ).id
    # "المَدْرَسَة" (with harakat) finds "المدرسة" (without) and itself.
    assert _find(journal, "المَدْرَسَة") == {entries["ar"], marked}
    assert _find(journal, "الْكِتَابَة") == {entries["ar"]}
    assert _find(journal, "اليَوْم الكتابة") == {entries["ar"]}
