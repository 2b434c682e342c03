"""The exported site in Spanish and Arabic: every word translated, lang and dir set, still safe."""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal.core import languages
from journal.portfolio.exhibition import export_exhibition
from journal.portfolio.export import collect_for_export, export_portfolio
from journal.portfolio.model import ExportOptions
from journal.portfolio.pdf import _PdfBuilder, write_pdf
from journal.portfolio.words import Words
from journal.resources import resource_path
from journal.store.database import Journal
from tests.exhibitions.helpers import build_exhibition
from tests.portfolio.conftest import Filled

PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
EXPORT = resource_path("export")
# What the templates and the renderer put through words(...) (English keys).
CALL = re.compile(r"""(?:\b_|words\.text)\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""")
PLACEHOLDER = re.compile(r"\{\w+\}|<[^>]+>|%n")
# Words that reach a page as data values: attribute names, goal states, who proposed, facets.
DATA_WORDS = {
    "Voice", "Co-creation", "Social construction", "Self-discovery",
    "active", "achieved", "paused", "dropped", "me", "my teacher", "a peer",
    "Where", "With whom", "How", "Time of day", "Energy (1–5)", "How well it went (1–5)",
    "Overview", "Entries", "Goals", "Reflections",
}  # fmt: skip
COUNTED = {"entry", "version", "goal", "reflection", "word", "station", "byte"}


def english_keys() -> set[str]:
    keys = set(DATA_WORDS)
    sources = [*EXPORT.glob("*.html"), Path(__file__).parents[2] / "journal/portfolio/render.py"]
    for path in sources:
        for match in CALL.finditer(path.read_text(encoding="utf-8")):
            keys.add(match.group(1) if match.group(1) is not None else match.group(2))
    return keys


def catalog(language: str) -> dict[str, object]:
    data = json.loads((EXPORT / f"words.{language}.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture
def content_language() -> Iterator[None]:
    yield
    languages.set_content_language("en")


@pytest.mark.parametrize(("language", "forms"), [("es", 2), ("ar", 6)])
def test_every_word_of_the_site_is_translated(language: str, forms: int) -> None:
    words = catalog(language)
    keys = english_keys()
    assert len(keys) > 60
    assert keys - set(words) == set()
    assert set(words) == set(catalog("es")) == set(catalog("ar"))  # same keys in every language
    for key in keys:
        value = words[key]
        assert isinstance(value, str) and value, key
        assert sorted(PLACEHOLDER.findall(value)) == sorted(PLACEHOLDER.findall(key)), key
    for word in COUNTED:
        counted = words[f"count:{word}"]
        assert isinstance(counted, list) and len(counted) == forms
        assert "%n" in counted[-1]
    months = words["months"]
    assert isinstance(months, list) and len(months) == 12


def test_counts_and_days_follow_the_language() -> None:
    arabic, spanish = Words("ar"), Words("es")
    counted = [arabic.count(n, "entry") for n in (0, 1, 2, 3, 11, 100, 103)]
    assert counted == [
        "لا تدوينات",
        "تدوينة واحدة",
        "تدوينتان",
        "3 تدوينات",
        "11 تدوينة",
        "100 تدوينة",
        "103 تدوينات",
    ]
    assert (spanish.count(1, "version"), spanish.count(4, "version")) == (
        "1 versión",
        "4 versiones",
    )
    from datetime import date

    assert spanish.day(date(2026, 12, 1)) == "1 dic 2026"
    assert arabic.day(date(2026, 3, 2)) == "2 مارس 2026"
    assert Words("en").count(3, "entry") == "3 entries"


def _pages(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n).decode() for n in archive.namelist() if n.endswith(".html")}


def test_an_arabic_export_reads_right_to_left(
    filled: Filled, tmp_path: Path, content_language: None
) -> None:
    languages.set_content_language("ar")
    out = tmp_path / "ar.portfolio.zip"
    export_portfolio(filled.journal, out, timeline_png=PNG_1X1)
    pages = _pages(out)
    assert len(pages) >= 5
    for name, html in pages.items():
        assert '<html lang="ar" dir="rtl">' in html, name
        assert "<script>" not in html, name  # the student's hostile text is still escaped
    index = pages["index.html"]
    assert "ملف إنجاز Ada Example في التعلّم" in index
    assert "نظرة عامة" in index and "كيف أتعلّم أفضل" in index
    for english in ("Overview", "Most recent entries", "learning portfolio", "How I learn best"):
        assert english not in index
    assert "الأهداف" in pages["goals.html"] and "Success criteria" not in pages["goals.html"]


def test_a_spanish_export_is_in_spanish(
    filled: Filled, tmp_path: Path, content_language: None
) -> None:
    languages.set_content_language("es")
    out = tmp_path / "es.portfolio.zip"
    export_portfolio(filled.journal, out, timeline_png=PNG_1X1)
    pages = _pages(out)
    assert all('<html lang="es" dir="ltr">' in html for html in pages.values())
    assert "Portafolio de aprendizaje de Ada Example" in pages["index.html"]
    assert "Reflexiones" in pages["reflections.html"]
    assert "Skip to the main content" not in pages["entries.html"]


def test_an_arabic_exhibition_page_reads_right_to_left(
    journal: Journal, tmp_path: Path, content_language: None
) -> None:
    built = build_exhibition(journal, tmp_path)
    languages.set_content_language("ar")
    out = tmp_path / "show.exhibition.html"
    export_exhibition(journal, built.exhibition_id, out, audience="panel")
    html = out.read_text("utf-8")
    assert '<html lang="ar" dir="rtl">' in html
    assert "المحطات" in html and "Skip to the stations" not in html
    assert "What it taught me about" not in html


def test_an_arabic_pdf_runs_right_to_left(
    filled: Filled, tmp_path: Path, content_language: None
) -> None:
    languages.set_content_language("ar")
    data = collect_for_export(filled.journal, ExportOptions())
    html = _PdfBuilder(data, None, 500, 700).html(None, lambda _n: None)
    assert '<html lang="ar" dir="rtl">' in html
    assert "كيف أتعلّم أفضل" in html and "How I learn best" not in html
    assert "ملف إنجاز Ada Example في التعلّم" in html
    target = tmp_path / "portfolio.pdf"
    assert write_pdf(data, target) >= 1
    assert target.read_bytes().startswith(b"%PDF")
