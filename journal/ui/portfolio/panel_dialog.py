"""Panel feedback on an exhibition, from the review window.

After a presentation of learning, a panel member (a teacher, a visitor) writes
per station what impressed them ("wow") and what they wondered about
("wonder"), rates each goal criterion the station links to on four levels,
and lists the questions the panel asked. It all goes into the feedback file
with the comments; the student imports it and sees it beside each station.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.core.exhibitions import RATING_LEVELS, PanelNoteKind
from journal.portfolio.review import ReviewExhibition, ReviewSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("PanelFeedbackDialog", text)


def level_words() -> list[str]:
    """The four levels, lowest first, in the reader's language."""
    return [
        _tr("Starting out"),
        _tr("On the way"),
        _tr("Got it"),
        _tr("Going beyond"),
    ]


assert len(RATING_LEVELS) == 4  # the words above follow journal.core's four levels


class PanelFeedbackDialog(QDialog):
    """Wows, wonders and ratings per station, and the questions asked."""

    def __init__(
        self, review: ReviewSession, exhibition: ReviewExhibition, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.review = review
        self.exhibition = exhibition
        self.setWindowTitle(
            _tr("Panel feedback on “{title}”").format(title=exhibition.title)
        )
        self.setAccessibleName(self.windowTitle())
        self.wows: dict[str, QLineEdit] = {}
        self.wonders: dict[str, QLineEdit] = {}
        self.ratings: dict[tuple[str, str], QComboBox] = {}

        intro = QLabel(
            _tr(
                "For each station: what impressed you, and what you wondered about. "
                "Rate the goals it shows if you can. Leave blank what you didn't see."
            )
        )
        intro.setWordWrap(True)
        body = QWidget()
        column = QVBoxLayout(body)
        for station in exhibition.stations:
            label = station.label or _tr("Untitled entry")
            box = QGroupBox(_tr("Station {n}: {label}").format(n=station.number, label=label))
            form = QFormLayout(box)
            wow = QLineEdit()
            wow.setAccessibleName(_tr("Wow for station {n}").format(n=station.number))
            wow.setPlaceholderText(_tr("Something that impressed you"))
            wonder = QLineEdit()
            wonder.setAccessibleName(_tr("Wonder for station {n}").format(n=station.number))
            wonder.setPlaceholderText(_tr("Something you wondered about"))
            form.addRow(_tr("&Wow:"), wow)
            form.addRow(_tr("W&onder:"), wonder)
            for criterion_id, words in station.criteria:
                combo = QComboBox()
                combo.addItem(_tr("Not rated"), None)
                for level, text in enumerate(level_words(), start=1):
                    combo.addItem(f"{level} – {text}", level)
                combo.setAccessibleName(
                    _tr("Rating for “{criterion}” at station {n}").format(
                        criterion=words, n=station.number
                    )
                )
                name = QLabel(words)
                name.setWordWrap(True)
                name.setBuddy(combo)
                form.addRow(name, combo)
                self.ratings[(station.id, criterion_id)] = combo
            self.wows[station.id] = wow
            self.wonders[station.id] = wonder
            column.addWidget(box)
        if not exhibition.stations:
            column.addWidget(QLabel(_tr("This exhibition has no stations to give feedback on.")))
        questions_label = QLabel(_tr("&Questions the panel asked (one a line):"))
        self.questions = QPlainTextEdit()
        self.questions.setAccessibleName(_tr("Questions the panel asked"))
        self.questions.setTabChangesFocus(True)
        questions_label.setBuddy(self.questions)
        column.addWidget(questions_label)
        column.addWidget(self.questions)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_tr("Add to my feedback"))
        ok.setAccessibleName(ok.text())
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(_tr("Cancel"))
        cancel.setAccessibleName(cancel.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def add_notes(self) -> int:
        """Put what was written into the review's feedback; returns how many notes."""
        added = 0
        exhibition_id = self.exhibition.id
        for station in self.exhibition.stations:
            for kind, field in (
                (PanelNoteKind.WOW, self.wows[station.id]),
                (PanelNoteKind.WONDER, self.wonders[station.id]),
            ):
                text = field.text().strip()
                if text:
                    self.review.add_panel_note(exhibition_id, kind, text, station_id=station.id)
                    added += 1
            for criterion_id, _words in station.criteria:
                level = self.ratings[(station.id, criterion_id)].currentData()
                if level is not None:
                    self.review.add_panel_note(
                        exhibition_id,
                        PanelNoteKind.RATING,
                        station_id=station.id,
                        criterion_id=criterion_id,
                        level=int(level),
                    )
                    added += 1
        for line in self.questions.toPlainText().splitlines():
            if line.strip():
                self.review.add_panel_note(exhibition_id, PanelNoteKind.QUESTION, line)
                added += 1
        return added
