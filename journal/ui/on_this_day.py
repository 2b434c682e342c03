"""On This Day: entries from this date in earlier months and years, offered gently."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.actions import Changes, Kind
from journal.core.enums import utcnow
from journal.store.read_models.reflections import OnThisDayItem, on_this_day
from journal.ui.goals import labels
from journal.ui.runner import ActionRunner
from journal.ui.widgets import clear_layout

MAX_SHOWN = 3


class OnThisDayCard(QFrame):
    """A small card: "A year ago today: Volcano model  [Open]". Hidden when there is nothing.

    It follows the journal itself (``runner.journal_changed``): an entry made,
    trashed, retitled or moved to another day shows here, or stops showing.

    Signals:
        open_entry_requested(str): the student wants to look at that entry.
        dismissed: the student closed the card for today.
    """

    open_entry_requested = Signal(str)
    dismissed = Signal()

    def __init__(
        self, runner: ActionRunner, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._today = today
        self._dismissed = False
        self.items: list[OnThisDayItem] = []
        self.setObjectName("onThisDay")
        self.setStyleSheet(labels.CARD_STYLE.format(name="onThisDay"))
        self.setAccessibleName(self.tr("On this day"))
        self.heading = QLabel(self.tr("On this day"), self)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.close_button = QPushButton(self.tr("Not now"), self)
        self.close_button.setFlat(True)
        self.close_button.setAccessibleName(self.tr("Hide On this day"))
        self.close_button.clicked.connect(self.dismiss)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.close_button)
        self.rows = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(top)
        layout.addLayout(self.rows)
        runner.journal_changed.connect(self._journal_changed)
        self.reload()

    @property
    def today(self) -> date:
        return self._today or utcnow().astimezone().date()

    @property
    def has_items(self) -> bool:
        return bool(self.items)

    def when_text(self, item: OnThisDayItem) -> str:
        if item.years_ago:
            return labels.plural(self.tr("%n year(s) ago", "", item.years_ago), item.years_ago)
        return labels.plural(self.tr("%n month(s) ago", "", item.months_ago), item.months_ago)

    def reload(self) -> None:
        clear_layout(self.rows)
        self.items = on_this_day(self.runner.journal, self.today, limit=MAX_SHOWN)
        for item in self.items:
            self.rows.addWidget(self._row(item))
        self.setVisible(self.has_items and not self._dismissed)

    def _journal_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Kind.ENTRIES, Kind.TRASH, Kind.DETAILS) or any(
            changes.touches_entry(item.entry_id, Kind.TEXT) for item in self.items
        ):
            self.reload()

    def _row(self, item: OnThisDayItem) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        title = item.title or self.tr("Untitled entry")
        text = QLabel(row)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        heading = self.tr("%1: %2", "how long ago, entry title")
        heading = heading.replace("%1", self.when_text(item)).replace("%2", title)
        text.setText(f"{heading}\n{item.excerpt}")
        button = QPushButton(self.tr("Open"), row)
        button.setAccessibleName(self.tr("Open %1").replace("%1", title))
        button.clicked.connect(
            lambda _c=False, eid=item.entry_id: self.open_entry_requested.emit(eid)
        )
        layout.addWidget(text, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def dismiss(self) -> None:
        self._dismissed = True
        self.setVisible(False)
        self.dismissed.emit()
