"""Due checkpoints, offered where the student starts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.actions import Changes, Kind
from journal.core.enums import utcnow
from journal.store.database import Journal
from journal.store.read_models import goals as read_goals
from journal.store.read_models.goals import DueCheckpoint
from journal.ui.dialogs import Asker
from journal.ui.goals import labels
from journal.ui.goals.checkpoint_dialog import CheckpointDialog
from journal.ui.runner import ActionRunner
from journal.ui.widgets import clear_layout

MAX_SHOWN = 4


class DueCheckpointsCard(QFrame):
    """Checkpoints due in the coming week, or missed, of goals I'm working on.

    Hidden when there is nothing due (``has_items`` says so). "Check in"
    opens the checkpoint dialog; the goal's name opens the goal. Redraws
    itself when ``journal_changed`` says goals changed.

    Signals:
        goal_requested(str): open this goal's page.
    """

    goal_requested = Signal(str)

    def __init__(
        self,
        runner: ActionRunner | Journal,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        if isinstance(runner, Journal):
            # Until the Today page hands over the window's runner: a runner of its own.
            runner = ActionRunner(runner, lambda t, m: Asker(self).error(t, m), parent=self)
        self.runner = runner
        self._today = today
        self.items: list[DueCheckpoint] = []
        self.dialog: CheckpointDialog | None = None
        self.setObjectName("dueCard")
        self.setStyleSheet(labels.CARD_STYLE.format(name="dueCard"))
        self.setAccessibleName(self.tr("Checkpoints due"))
        self.heading = QLabel(self.tr("Time to check in"), self)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.rows = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.heading)
        layout.addLayout(self.rows)
        self.runner.journal_changed.connect(self._journal_changed)
        self.reload()

    def _journal_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Kind.GOALS):
            self.reload()

    @property
    def today(self) -> date:
        return self._today or utcnow().astimezone().date()

    @property
    def has_items(self) -> bool:
        return bool(self.items)

    def reload(self) -> None:
        clear_layout(self.rows)
        self.items = read_goals.due_checkpoints(self.runner.journal, self.today)
        for due in self.items[:MAX_SHOWN]:
            self.rows.addWidget(self._row(due))
        if len(self.items) > MAX_SHOWN:
            more = QLabel(
                labels.plural(
                    self.tr("and %n more on your goals page", "", len(self.items) - MAX_SHOWN),
                    len(self.items) - MAX_SHOWN,
                ),
                self,
            )
            self.rows.addWidget(more)
        self.setVisible(self.has_items)

    def _row(self, due: DueCheckpoint) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        when = labels.long_date(due.due_on)
        if due.state.value == "missed":
            text = self.tr("%1 was due on %2").replace("%1", due.title or self.tr("A checkpoint"))
        else:
            text = self.tr("%1, due %2").replace("%1", due.title or self.tr("A checkpoint"))
        label = QLabel(text.replace("%2", when), row)
        label.setStyleSheet(f"color: {labels.checkpoint_state_colour(due.state.value).name()};")
        goal = QPushButton(due.goal_title or self.tr("My goal"), row)
        goal.setFlat(True)
        goal.setAccessibleName(self.tr("Open goal %1").replace("%1", due.goal_title))
        goal.setCursor(Qt.CursorShape.PointingHandCursor)
        goal.clicked.connect(lambda _c=False, gid=due.goal_id: self.goal_requested.emit(gid))
        check = QPushButton(self.tr("Check in"), row)
        check.setAccessibleName(self.tr("Check in: %1").replace("%1", due.title or due.goal_title))
        check.clicked.connect(lambda _c=False, cid=due.checkpoint_id: self.check_in(cid))
        check.setEnabled(not self.runner.read_only)
        layout.addWidget(label)
        layout.addWidget(goal)
        layout.addStretch(1)
        layout.addWidget(check)
        return row

    def check_in(self, checkpoint_id: str) -> CheckpointDialog:
        self.dialog = CheckpointDialog(self.runner, checkpoint_id, self, today=self.today)
        self.dialog.show()
        return self.dialog
