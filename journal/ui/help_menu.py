"""The Help menu: the user guide, the keyboard shortcuts (made from the actions) and About."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from journal.core.languages import content_language, supported
from journal.resources import resource_path

USER_GUIDE = ("help", "user-guide.html")


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpMenu", text)


def user_guide_path(language: str | None = None) -> Path:
    """The user guide in the app's language (``user-guide.<code>.html``), else in English."""
    code = supported(language if language is not None else content_language())
    folder, name = USER_GUIDE
    translated = resource_path(folder, name.replace(".html", f".{code}.html"))
    return translated if translated.is_file() else resource_path(*USER_GUIDE)


def user_guide_url() -> QUrl:
    return QUrl.fromLocalFile(str(user_guide_path()))


class HelpMenu(QObject):
    """Fills a window's Help menu; ``open_url`` is the seam tests replace."""

    def __init__(
        self,
        window: QMainWindow,
        menu: QMenu,
        about: QAction,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(window)
        self._window = window
        self.open_url = open_url
        self.guide_action = QAction(_tr("&User guide"), window)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.setStatusTip(_tr("Open the Learning Journal user guide"))
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action = QAction(_tr("&Keyboard shortcuts"), window)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.setStatusTip(_tr("See every keyboard shortcut of this window"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        for action in (self.guide_action, self.shortcuts_action):
            window.addAction(action)
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(about)
        self.shortcuts_dialog: QObject | None = None

    def show_guide(self) -> bool:
        return self.open_url(user_guide_url())

    def show_shortcuts(self) -> None:
        from PySide6.QtCore import Qt

        from journal.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.shortcuts_dialog = dialog
