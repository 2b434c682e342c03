"""Pseudo-locale: every string a student sees goes through translation, and none is clipped.

The test makes a pseudo translation of the extracted strings (accented, 40 % longer, in
brackets), loads it, walks the main window's pages and main dialogs, and fails on any
visible string without brackets (it skipped translation) and on any label or button
whose text is wider than the room it has.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from journal.app import install_translations
from journal.resources import resource_path
from journal.store.database import Journal
from journal.store.prompts import builtin_prompts
from journal.ui.goals.wizard import GoalWizard
from journal.ui.main_window import MainWindow
from journal.ui.portfolio.class_overview import ClassOverviewDialog
from journal.ui.portfolio.export_dialog import ExportDialog
from journal.ui.portfolio.import_dialog import ImportDialog
from journal.ui.preferences import PreferencesDialog
from journal.ui.prompts_panel import PromptLibraryDialog
from journal.ui.settings import Settings
from journal.ui.templates_dialog import TemplatePicker
from journal.ui.trash import TrashDialog
from journal.ui.welcome import WelcomeDialog
from tests.ui.fakes import FakeAsker
from tests.ui.pseudo_locale import (
    clipped,
    compile_qm,
    menu_texts,
    pseudo,
    pseudo_ts,
    untranslated,
    visible_texts,
)


def _lrelease() -> str:
    return shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")


@pytest.fixture
def pseudo_locale(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    ts = tmp_path / "journal_pseudo.ts"
    assert pseudo_ts(resource_path("translations", "journal_en.ts"), ts) > 1000
    translator = QTranslator(qapp)
    assert translator.load(str(compile_qm(_lrelease(), ts)))
    ours = [t for t in qapp.findChildren(QTranslator) if t.objectName() == "journal-translator"]
    for old in ours:
        qapp.removeTranslator(old)
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)
        qapp.setProperty("journal_language", None)
        install_translations(qapp, "en")


def test_pseudo_strings_keep_placeholders_and_grow() -> None:
    text = pseudo("&Save %1 of {count} <b>now</b>")
    assert text.startswith("[&Š") and text.endswith("~]")
    for kept in ("%1", "{count}", "<b>", "</b>"):
        assert kept in text
    assert len(pseudo("Preferences")) >= 1.4 * len("Preferences")


def test_the_walk_finds_clipped_and_untranslated_text(qtbot: QtBot) -> None:
    top = QWidget()
    qtbot.addWidget(top)
    label = QLabel("[Á lóng lábél~~~~]", top)
    label.setGeometry(0, 0, 30, 20)
    button = QPushButton("Not translated", top)
    button.setGeometry(0, 30, 400, 30)
    top.resize(420, 80)
    top.show()
    qtbot.waitExposed(top)
    assert [p.split(":")[0] for p in clipped(top)] == ["QLabel '[Á lóng lábél~~~~]'"]
    assert untranslated(visible_texts(top)) == ["QPushButton: 'Not translated'"]
    assert untranslated([("date", QLocale().toString(QDate(2026, 12, 1), "dddd, d MMMM"))]) == []


def _check(top: QWidget, problems: list[str], where: str) -> None:
    QApplication.processEvents()
    if os.environ.get("PSEUDO_DEBUG"):
        print(where, len(visible_texts(top)), visible_texts(top)[:400])
    prompts = {p.text for p in builtin_prompts()}
    problems += [f"{where}: untranslated {p}" for p in untranslated(visible_texts(top), prompts)]
    problems += [f"{where}: clipped {p}" for p in clipped(top)]


def test_every_visible_string_is_translated_and_fits(
    qtbot: QtBot, journal: Journal, tmp_path: Path, pseudo_locale: None
) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(journal, settings)
    window.ask = FakeAsker()
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []
    for action in window.page_actions:
        action.trigger()
        qtbot.wait(50)
        _check(window, problems, f"page {action.text()}")
    menus = [(m.title(), m) for m in window.menuBar().findChildren(QMenu) if m.title()]
    for title, menu in menus:
        problems += [f"menu: untranslated {p}" for p in untranslated(menu_texts(menu, title))]

    dialogs: list[tuple[str, Callable[[], QDialog]]] = [
        ("Preferences", lambda: PreferencesDialog(settings, journal.paths.root, window)),
        ("Welcome", lambda: WelcomeDialog(journal.paths.root, window)),
        ("Trash", lambda: TrashDialog(window.runner, window.ask, window)),
        ("Templates", lambda: TemplatePicker(journal.paths, window.ask, window)),
        ("Prompt library", lambda: PromptLibraryDialog(window.runner, window)),
        ("Goal wizard", lambda: GoalWizard(window.runner, parent=window)),
    ]
    window.export_portfolio_action.trigger()
    export = window.portfolio.export_dialog
    assert isinstance(export, ExportDialog)
    qtbot.waitUntil(lambda: export.collected is not None, timeout=10000)
    _check(export, problems, "Export")
    export.reject()
    (tmp_path / "class").mkdir()
    dialogs += [
        ("Import", lambda: ImportDialog(window.runner, tmp_path / "feedback.json")),
        ("Class overview", lambda: ClassOverviewDialog(tmp_path / "class")),
    ]
    for where, make in dialogs:
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(50)
        _check(dialog, problems, where)
        dialog.reject()
    assert not problems, "\n" + "\n".join(problems)
