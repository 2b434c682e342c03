"""The one seam through which the window asks the student things.

Tests replace a window's ``ask`` with ``tests.ui.fakes.FakeAsker``; nothing else in the UI opens a
message box or a file picker directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journal.ui import file_places


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class Asker:
    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def confirm(self, title: str, text: str, *, yes: str | None = None) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self._parent)
        ok = box.addButton(yes or _tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def keep_or_discard(
        self, title: str, text: str, *, discard: str, keep: str | None = None
    ) -> bool:
        """Ask before typed work is thrown away; True only when the person chose to discard it.

        Keeping the work is the default button (Enter) and what Escape or closing the
        question does, so a stray key press never loses a word.
        """
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self._parent)
        kept = box.addButton(keep or _tr("Keep writing"), QMessageBox.ButtonRole.RejectRole)
        dropped = box.addButton(discard, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(kept)
        box.setEscapeButton(kept)
        box.exec()
        return box.clickedButton() is dropped

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self._parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self._parent, title, text)

    # File dialogs start in Documents, then wherever the student last chose something.
    def open_files(self, title: str, filter_text: str = "") -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self._parent, title, file_places.start_folder(), filter_text
        )
        if names:
            file_places.remember(names[0])
        return [Path(n) for n in names]

    def open_file(self, title: str, filter_text: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent, title, file_places.start_folder(), filter_text
        )
        file_places.remember(name)
        return Path(name) if name else None

    def save_file(self, title: str, suggested: str, filter_text: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent, title, file_places.start_path(suggested), filter_text
        )
        file_places.remember(name)
        return Path(name) if name else None

    def folder(self, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(self._parent, title, file_places.start_folder())
        file_places.remember(name)
        return Path(name) if name else None
