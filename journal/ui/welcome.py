"""The first-run welcome: what the journal is for, the student's name, where data lives.

The dialog only asks; the window saves the name to the journal's
LearnerProfile and, if the student wants one, opens a sample journal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journal.ui.widgets import MutedLabel

MAX_NAME_LENGTH = 80


class WelcomeDialog(QDialog):
    """Shown once, the first time Learning Journal opens.

    Read the answers with :meth:`name` and :meth:`wants_sample` after
    ``accepted`` (or ``finished``); closing the dialog is the same as starting
    without a name or a sample.
    """

    def __init__(self, data_folder: Path, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome"))
        self.setObjectName("WelcomeDialog")

        heading = QLabel(self.tr("Welcome to your Learning Journal"))
        heading_font = QFont(heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.6)
        heading_font.setBold(True)
        heading.setFont(heading_font)
        heading.setWordWrap(True)

        intro = QLabel(
            self.tr(
                "This is your place to keep your work and the story of how it grew. "
                "Every draft is saved, so you can always look back and see how far "
                "you've come."
            )
        )
        intro.setWordWrap(True)

        name_label = QLabel(self.tr("&What's your name?"))
        self.name_edit = QLineEdit(name)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("Your name"))
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        name_label.setBuddy(self.name_edit)
        name_note = MutedLabel(
            self.tr(
                "We use it when you share a portfolio, so your teacher knows whose "
                "work it is. You can change it later."
            )
        )

        where_label = QLabel(self.tr("Your journal is kept in this &folder:"))
        self.folder_edit = QLineEdit(str(data_folder))
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setAccessibleName(self.tr("Data folder"))
        self.folder_edit.setCursorPosition(0)
        where_label.setBuddy(self.folder_edit)
        where_note = MutedLabel(
            self.tr("Everything stays on this computer unless you choose to share it.")
        )

        self.sample_check = QCheckBox(self.tr("Open a &sample journal to explore"))
        self.sample_check.setAccessibleName(self.tr("Open a sample journal to explore"))
        sample_note = MutedLabel(
            self.tr(
                "A made-up student's year of entries, to look around and try things "
                "out. Your own journal stays empty and ready for you."
            )
        )
        # Line the note up with the checkbox's text, not its box.
        sample_note.setIndent(self.sample_check.sizeHint().height())

        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            self.tr("Let's &start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setAccessibleName(self.tr("Let's start"))
        self.start_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(14)
        layout.addWidget(name_label)
        layout.addWidget(self.name_edit)
        layout.addWidget(name_note)
        layout.addSpacing(14)
        layout.addWidget(where_label)
        layout.addWidget(self.folder_edit)
        layout.addWidget(where_note)
        layout.addSpacing(14)
        layout.addWidget(self.sample_check)
        layout.addWidget(sample_note)
        layout.addSpacing(10)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.name_edit, self.folder_edit)
        QWidget.setTabOrder(self.folder_edit, self.sample_check)
        QWidget.setTabOrder(self.sample_check, self.start_button)
        self.name_edit.setFocus()
        self.setMinimumWidth(520)
        # Wrapped labels make Qt guess a tall dialog; size it for its real width.
        layout.activate()
        self.resize(540, max(layout.totalHeightForWidth(540), self.minimumSizeHint().height()))

    def name(self) -> str:
        """The name typed, tidied (extra spaces removed); "" if none."""
        return " ".join(self.name_edit.text().split())

    def wants_sample(self) -> bool:
        return self.sample_check.isChecked()
