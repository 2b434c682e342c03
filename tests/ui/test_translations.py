"""Every counted string reads right in English, and new ones can't be forgotten."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from journal.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
from translations import collect, english_forms  # noqa: E402


def _numerus_sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    found = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                found.add((name, message.findtext("source") or ""))
    return found


def test_shipped_translation_covers_every_counted_string(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    collect(fresh)
    missing = _numerus_sources(fresh) - _numerus_sources(
        resource_path("translations", "journal_en.ts")
    )
    assert missing == set(), "run `make translations` to add these plural forms"


def test_plural_forms_are_used_at_run_time(qapp: object) -> None:
    def tr(n: int) -> str:
        return QCoreApplication.translate("JournalWindow", "%n entry(s)", "", n)

    assert (tr(1), tr(3)) == ("1 entry", "3 entries")


def test_english_forms_agree_with_the_count() -> None:
    assert english_forms("%n entry(s) have a draft") == (
        "%n entry has a draft",
        "%n entries have a draft",
    )
    assert english_forms("%n draft(s)") == ("%n draft", "%n drafts")
