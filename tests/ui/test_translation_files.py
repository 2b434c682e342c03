"""The shipped .ts files: complete, placeholders kept, no two accelerators alike in a menu."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from journal.store.database import Journal
from journal.ui.main_window import MainWindow
from journal.ui.settings import Settings
from tests.ui.conftest import Speak

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
from translations import source_strings, ts_path, unfinished  # noqa: E402

# %1, %L1, %n, {name}, an HTML tag, a line break.
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_]\w*\}|</?[A-Za-z][^>]*>|\n")
ACCELERATOR = re.compile(r"&([^&\s])")


def placeholders(text: str, *, count: bool = True) -> Counter[str]:
    found = Counter(PLACEHOLDER.findall(text))
    if not count:
        found.pop("%n", None)
    return found


def accelerators(text: str) -> list[str]:
    return ACCELERATOR.findall(text.replace("&&", ""))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    return s


def messages(language: str) -> list[tuple[str, str, bool, list[str]]]:
    """(context, source, counted, [translation or plural forms]) of a shipped .ts."""
    found = []
    for context in ET.parse(ts_path(language)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")]
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    message.get("numerus") == "yes",
                    forms if forms else [translation.text or ""],
                )
            )
    return found


@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_every_string_of_the_code_is_in_the_file_and_translated(language: str) -> None:
    in_code = {(c, s) for c, s, _ in source_strings(use_lupdate=False)}
    in_file = {(c, s) for c, s, _, _ in messages(language)}
    assert in_code - in_file == set(), "run `make translations`"
    assert unfinished(ts_path(language)) == []
    qm = ts_path(language).with_suffix(".qm")
    assert qm.stat().st_mtime >= ts_path(language).stat().st_mtime - 1, "stale .qm"


@pytest.mark.parametrize(("language", "forms"), [("es", 2), ("ar", 6)])
def test_translations_keep_the_sources_placeholders(language: str, forms: int) -> None:
    problems = []
    for context, source, counted, translations in messages(language):
        if counted:
            if len(translations) != forms:
                problems.append(f"{context}: {source!r} has {len(translations)} plural forms")
            wanted = placeholders(source, count=False)
            for form in translations:
                if placeholders(form, count=False) != wanted:
                    problems.append(f"{context}: {source!r} -> {form!r}")
            # Arabic may write "one" and "two" as words; the open-ended forms show the number.
            if "%n" in source and "%n" not in translations[-1]:
                problems.append(f"{context}: {source!r} -> {translations[-1]!r} lost %n")
            if language == "es" and any("%n" not in form for form in translations):
                problems.append(f"{context}: {source!r} -> {translations!r} lost %n")
        else:
            (text,) = translations
            if placeholders(text) != placeholders(source):
                problems.append(f"{context}: {source!r} -> {text!r}")
        if len(accelerators(source)) != max(len(accelerators(t)) for t in translations):
            problems.append(f"{context}: {source!r} -> {translations[0]!r}: accelerator")
    assert problems == []


def _menu_clashes(widget: QWidget, where: str) -> list[str]:
    actions: list[QAction] = [
        a for a in widget.actions() if not a.isSeparator() and a.isVisible() and a.text()
    ]
    letters = Counter(
        letter.casefold() for action in actions for letter in accelerators(action.text())
    )
    clashes = [
        f"{where}: {letter!r} in "
        + ", ".join(
            a.text() for a in actions if letter in map(str.casefold, accelerators(a.text()))
        )
        for letter, n in letters.items()
        if n > 1
    ]
    for action in actions:
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            clashes += _menu_clashes(submenu, f"{where} > {action.text()}")
    return clashes


@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_no_accelerator_letter_clashes_within_a_menu(
    qtbot: QtBot, journal: Journal, settings: Settings, speak: Speak, language: str
) -> None:
    speak(language)
    window = MainWindow(journal, settings)
    qtbot.addWidget(window)
    clashes = _menu_clashes(window.menuBar(), "menu bar")
    for menu in window.findChildren(QMenu):
        if menu.parent() is window or menu.title() == "":  # context menus of the window
            clashes += _menu_clashes(menu, menu.title() or menu.objectName())
    assert sorted(set(clashes)) == []


def test_re_extracting_keeps_translations_and_starts_a_new_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import translations

    for code in ("en", "es", "ar"):
        shutil.copy(ts_path(code), tmp_path)
    # A teacher's edit in the .ts file (the source of truth) survives `make translations`.
    es = tmp_path / "journal_es.ts"
    es.write_text(
        es.read_text(encoding="utf-8").replace(
            "<translation>Preferencias</translation>", "<translation>Ajustes</translation>"
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(translations, "FOLDER", tmp_path)
    assert translations.main(["--new", "fr"]) == 0
    assert "<translation>Ajustes</translation>" in es.read_text(encoding="utf-8")
    assert unfinished(es) == [] and unfinished(tmp_path / "journal_ar.ts") == []
    fr = tmp_path / "journal_fr.ts"
    assert len(unfinished(fr)) == len(messages("es")) > 1000
    assert (tmp_path / "journal_fr.qm").is_file() and (tmp_path / "journal_es.qm").is_file()
