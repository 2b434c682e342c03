"""Menus in the usual order, a Help menu that helps, file dialogs that start somewhere sensible."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from journal.store.database import Journal
from journal.ui.dialogs import Asker
from journal.ui.main_window import MainWindow
from journal.ui.settings import Settings
from journal.ui.shortcuts_dialog import ShortcutsDialog
from tests.ui.fakes import FakeAsker


@pytest.fixture
def window(qtbot: QtBot, journal: Journal, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    w = MainWindow(journal, settings)
    w.ask = FakeAsker()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _plain(text: str) -> str:
    return text.replace("&", "")


def test_menus_are_in_the_usual_order(window: MainWindow) -> None:
    titles = [_plain(a.text()) for a in window.menuBar().actions() if a.isVisible()]
    assert titles == ["File", "Edit", "View", "Go", "Reflect", "Help"]


def test_help_holds_the_guide_the_shortcuts_and_about(window: MainWindow) -> None:
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    items = [_plain(a.text()) for a in help_menu.actions() if not a.isSeparator()]
    assert items == ["User guide", "Keyboard shortcuts", "About Learning Journal"]


def test_the_user_guide_opens_a_file_that_exists(window: MainWindow) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    window.help.open_url = open_url
    window.help.guide_action.trigger()
    assert len(opened) == 1 and opened[0].isLocalFile()
    guide = Path(opened[0].toLocalFile())
    assert guide.is_file() and "Keyboard shortcuts" in guide.read_text(encoding="utf-8")


def test_shortcuts_list_is_made_from_the_actions(qtbot: QtBot, window: MainWindow) -> None:
    window.help.shortcuts_action.trigger()
    dialog = window.help.shortcuts_dialog
    assert isinstance(dialog, ShortcutsDialog)
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows())
    native = QKeySequence.SequenceFormat.NativeText
    assert rows["New entry"] == QKeySequence(QKeySequence.StandardKey.New).toString(native)
    assert rows["Save revision"] == QKeySequence(QKeySequence.StandardKey.Save).toString(native)
    assert rows["Journal"] == "Ctrl+2" and rows["Keyboard shortcuts"] == "Ctrl+/"
    # Every visible action with a shortcut is listed, and only those.
    expected = {
        _plain(a.text()).rstrip(".…").strip()
        for a in window.findChildren(QAction)
        if a.isVisible() and not a.shortcut().isEmpty()
    }
    assert set(rows) == expected
    dialog.close()

    # A new action with a shortcut shows up the next time: nothing is written by hand.
    extra = QAction("Water the beans", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+B"))
    window.addAction(extra)
    window.help.shortcuts_action.trigger()
    again = window.help.shortcuts_dialog
    assert isinstance(again, ShortcutsDialog)
    qtbot.addWidget(again)
    assert dict(again.rows())["Water the beans"] == "Ctrl+Alt+B"


def test_file_dialogs_start_in_documents_then_the_last_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[str] = []
    chosen = tmp_path / "projects" / "beans.png"
    chosen.parent.mkdir()
    chosen.write_bytes(b"png")

    def fake_open(
        _parent: QWidget, _title: str, folder: str, _filter: str
    ) -> tuple[list[str], str]:
        started.append(folder)
        return [str(chosen)], ""

    def fake_save(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        started.append(suggested)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake_open)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    parent = QWidget()
    qtbot.addWidget(parent)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    assert Asker(parent).open_files("Add files") == [chosen]
    assert started[0] == documents
    # The next dialog (even from another window, or after a restart) opens where the last one was.
    Asker(parent).open_files("Add files")
    assert started[1] == str(chosen.parent)
    Asker(parent).save_file("Save", "portfolio.zip")
    assert started[2] == str(chosen.parent / "portfolio.zip")
    Asker(parent).save_file("Save", "/elsewhere/feedback.json")
    assert started[3] == "/elsewhere/feedback.json"


def test_no_two_window_actions_share_a_shortcut(window: MainWindow) -> None:
    """Qt fires neither of two window actions with the same keys ("ambiguous shortcut").

    Hidden actions count too: File → Lock now and Switch journal appear only for
    some journals, and must not then silence another action.
    """
    from collections import defaultdict

    from PySide6.QtCore import Qt

    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        if action.shortcutContext() in (
            Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut
        ):  # fmt: skip
            for keys in action.shortcuts():
                owners[keys.toString()].append(_plain(action.text()))
    assert len(owners) >= 25
    assert {keys: names for keys, names in owners.items() if len(names) > 1} == {}


def _guide_shortcuts(text: str) -> set[str]:
    import re

    return {k for k in re.findall(r"<kbd[^>]*>([^<]+)</kbd>", text) if k.startswith("Ctrl+")}


@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_the_guide_speaks_the_app_language_and_its_shortcuts_are_true(
    window: MainWindow, language: str
) -> None:
    """Each guide is in its language (right to left for Arabic), and every Ctrl shortcut it
    names is one the window has, doing what the English guide says."""
    from journal.core.languages import direction
    from journal.ui.help_menu import user_guide_path

    guide = user_guide_path(language)
    text = guide.read_text(encoding="utf-8")
    assert f'<html lang="{language}"' in text
    assert ('dir="rtl"' in text.split(">", 2)[1]) == (direction(language) == "rtl")
    english = user_guide_path("en").read_text(encoding="utf-8")
    assert _guide_shortcuts(text) == _guide_shortcuts(english)
    assert text.count("<h2>") == english.count("<h2>")
    window_keys = {
        keys.toString()
        for action in window.findChildren(QAction)
        for keys in action.shortcuts()
    }
    window_keys |= {f"Ctrl+{n}" for n in range(1, 7)}  # the pages (Go menu)
    assert _guide_shortcuts(text) - window_keys == set()
    assert {"Ctrl+6", "Ctrl+Shift+L", "Ctrl+Shift+W"} <= _guide_shortcuts(text)


def test_the_guide_follows_the_app_language(window: MainWindow) -> None:
    from journal.core.languages import content_language, set_content_language
    from journal.ui.help_menu import user_guide_url

    before = content_language()
    try:
        set_content_language("ar")
        assert user_guide_url().toLocalFile().endswith("user-guide.ar.html")
        set_content_language("es_MX")
        assert user_guide_url().toLocalFile().endswith("user-guide.es.html")
        set_content_language("fr")  # no guide in that language: the English one
        assert user_guide_url().toLocalFile().endswith("user-guide.html")
    finally:
        set_content_language(before)
