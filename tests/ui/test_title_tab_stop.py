"""Tab from the entries list reaches the entry's title, then the formatting buttons
and its text, in the order they are on screen (found over AT-SPI)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal.ui.main_window import MainWindow
from tests.ui.test_main_window import settings, window  # noqa: F401


def test_tab_goes_from_the_list_to_the_title_then_the_buttons_and_the_text(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
) -> None:
    window.activateWindow()
    window.new_entry()
    window.entry_list.setFocus()
    qtbot.waitUntil(window.entry_list.hasFocus)
    qtbot.keyClick(window.entry_list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.editor.title_edit
    # Then the formatting buttons (between the title and the text on screen), then the text.
    for _ in range(12):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is window.editor.body_edit:
            break
        assert now is not None and window.editor.toolbar.isAncestorOf(now)
    assert QApplication.focusWidget() is window.editor.body_edit
    # Focusing the editor as a whole still puts the keyboard in the text.
    window.entry_list.setFocus()
    window.editor.setFocus()
    assert QApplication.focusWidget() is window.editor.body_edit
