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
