"""The "Who's writing?" screen, first when several journals live on one OS account.

Each known journal is a button with its student's name (read from inside the
journal); a school may hide the names (``hide_names_at_start`` in the school
defaults), and then the student types their name instead. "Add my journal"
starts a new, empty journal for a student who has none here yet. Nothing is
opened here: the screen only says which folder was chosen.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.ui.known_journals import KnownJournal
from journal.ui.widgets import MutedLabel


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


class WhoIsWriting(QWidget):
    """Pick your journal.

    Signals:
        chosen(object): the Path of the journal folder picked.
        add_requested(): the student wants a journal of their own on this computer.
    """

    chosen = Signal(object)
    add_requested = Signal()

    def __init__(
        self,
        journals: list[KnownJournal],
        *,
        hide_names: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("WhoIsWriting")
        self.setAccessibleName(self.tr("Who's writing?"))
        self.journals = list(journals)
        self.hide_names = hide_names
        self.buttons: list[QPushButton] = []

        heading = QLabel(self.tr("Who's writing?"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading)
        self.name_edit: QLineEdit | None = None
        self.open_button: QPushButton | None = None
        self.problem = MutedLabel("")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.hide()
        if hide_names:
            note = MutedLabel(self.tr("Type your name to open your journal."))
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(note)
            self.name_edit = QLineEdit()
            self.name_edit.setPlaceholderText(self.tr("Your name"))
            self.name_edit.setAccessibleName(self.tr("Your name"))
            self.open_button = QPushButton(self.tr("&Open my journal"))
            self.open_button.setAccessibleName(self.tr("Open my journal"))
            self.open_button.setDefault(True)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.name_edit)
            row.addWidget(self.open_button)
            row.addStretch(1)
            layout.addLayout(row)
            self.name_edit.returnPressed.connect(self.open_typed)
            self.open_button.clicked.connect(self.open_typed)
        else:
            note = MutedLabel(self.tr("Choose your journal. Each student's journal is their own."))
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(note)
            for journal in self.journals:
                text = journal.name or self.tr("A journal with no name yet (%1)").replace(
                    "%1", journal.folder.name
                )
                button = QPushButton(text)
                button.setAccessibleName(self.tr("Open the journal of %1").replace("%1", text))
                button.setToolTip(str(journal.folder))
                button.setMinimumWidth(260)
                button.clicked.connect(
                    lambda _checked=False, folder=journal.folder: self.chosen.emit(folder)
                )
                layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
                self.buttons.append(button)
        layout.addWidget(self.problem)
        self.add_button = QPushButton(self.tr("&Add my journal"))
        self.add_button.setAccessibleName(self.tr("Add my journal"))
        self.add_button.setToolTip(self.tr("Start a new journal of your own on this computer"))
        self.add_button.clicked.connect(self.add_requested)
        layout.addSpacing(12)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        focusable: list[QWidget] = [*self.buttons]
        if self.name_edit is not None and self.open_button is not None:
            focusable += [self.name_edit, self.open_button]
        focusable.append(self.add_button)
        for first, second in itertools.pairwise(focusable):
            QWidget.setTabOrder(first, second)
        self._first = focusable[0]

    def show_problem(self, text: str) -> None:
        """Say what went wrong (a journal that couldn't be opened) above "Add my journal"."""
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self.problem.show()

    def focus_first(self) -> None:
        self._first.setFocus()

    def open_typed(self) -> None:
        """Open the journal whose name was typed (names hidden); say so if there is none."""
        if self.name_edit is None:
            return
        typed = _key(self.name_edit.text())
        if not typed:
            return
        match = next((j for j in self.journals if j.name and _key(j.name) == typed), None)
        if match is None:
            self.show_problem(
                self.tr(
                    "No journal on this computer has that name. Check how it is spelled, "
                    "or add your journal."
                )
            )
            self.name_edit.selectAll()
            self.name_edit.setFocus()
            return
        self.problem.hide()
        self.chosen.emit(match.folder)

    def folder_of(self, name: str) -> Path | None:
        return next((j.folder for j in self.journals if _key(j.name) == _key(name)), None)
