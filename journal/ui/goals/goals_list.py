"""The goals list: goals by status (working on it, achieved, paused, dropped)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from journal.actions import Changes, Kind
from journal.store.read_models import goals as read_goals
from journal.store.read_models.goals import GoalSummary
from journal.ui.goals import labels
from journal.ui.goals.wizard import GoalWizard
from journal.ui.runner import ActionRunner

Index = QModelIndex | QPersistentModelIndex
STATUSES: tuple[str, ...] = ("active", "achieved", "paused", "dropped")


class GoalListModel(QAbstractListModel):
    """Goal summaries (small immutable snapshots) for one status."""

    IdRole = Qt.ItemDataRole.UserRole + 1
    SummaryRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[GoalSummary] = []

    def set_goals(self, goals: list[GoalSummary]) -> None:
        self.beginResetModel()
        self._rows = list(goals)
        self.endResetModel()

    def goal_id(self, row: int) -> str:
        return self._rows[row].id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        goal = self._rows[index.row()]
        if role == self.IdRole:
            return goal.id
        if role == self.SummaryRole:
            return goal
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._title(goal)}\n{self._details(goal)}"
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return f"{self._title(goal)}. {self._details(goal)}"
        return None

    def _title(self, goal: GoalSummary) -> str:
        return goal.title or self.tr("A goal without a challenge yet")

    def _details(self, goal: GoalSummary) -> str:
        parts = []
        if goal.actions:
            parts.append(
                self.tr("%1 of %n step(s) done", "", goal.actions).replace(
                    "%1", str(goal.actions_done)
                )
            )
        if goal.next_checkpoint is not None:
            parts.append(
                self.tr("next checkpoint %1").replace("%1", labels.short_date(goal.next_checkpoint))
            )
        parts.append(
            labels.plural(self.tr("%n piece(s) of evidence", "", goal.evidence), goal.evidence)
        )
        return " · ".join(parts)


class GoalsListWidget(QWidget):
    """Goals by status, with "New goal…" (the guided backward-design flow).

    Redraws itself when ``journal_changed`` says goals changed.

    Signals:
        goal_activated(str): the student opened a goal (Enter or double-click).
        goal_created(str): a new goal was saved through the guided flow.
    """

    goal_activated = Signal(str)
    goal_created = Signal(str)

    def __init__(self, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.wizard: GoalWizard | None = None
        self.setAccessibleName(self.tr("My goals"))

        heading = QLabel(self.tr("My goals"), self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        self.new_button = QPushButton(self.tr("&New goal…"), self)
        self.new_button.setAccessibleName(self.tr("New goal"))
        self.new_button.setEnabled(not runner.read_only)
        self.tabs = QTabBar(self)
        self.tabs.setAccessibleName(self.tr("Goal status"))
        for status in STATUSES:
            self.tabs.addTab(labels.status_label(status))
        self.model = GoalListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Goals"))
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(2)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.tabs.currentChanged.connect(lambda _i: self.reload())
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        self.new_button.clicked.connect(self.new_goal)
        self.runner.journal_changed.connect(self._journal_changed)

    def _journal_changed(self, changes: Changes, _initiator: object) -> None:
        # Titles, counts of steps, checkpoints and evidence, and the order all come from goals.
        if changes.touches(Kind.GOALS, Kind.EVIDENCE):
            self.reload()  # one small query, so also while hidden: the tab counts stay true

    @property
    def status(self) -> str:
        return STATUSES[max(0, self.tabs.currentIndex())]

    def set_status(self, status: str) -> None:
        self.tabs.setCurrentIndex(STATUSES.index(status))

    def reload(self) -> None:
        everything = read_goals.goal_summaries(self.runner.journal)
        for i, status in enumerate(STATUSES):
            n = sum(1 for g in everything if g.status == status)
            text = labels.status_label(status)
            counted = self.tr("%1 (%2)", "status, number of goals")
            self.tabs.setTabText(
                i, counted.replace("%1", text).replace("%2", str(n)) if n else text
            )
        shown = [g for g in everything if g.status == self.status]
        self.model.set_goals(shown)
        self.empty.setVisible(not shown)
        self.view.setVisible(bool(shown))
        if not shown:
            self.empty.setText(
                self.tr(
                    "No goals here yet. A goal starts with a challenge, a question or an "
                    "idea; press New goal to plan one, step by step."
                )
                if self.status == "active"
                else self.tr("No goals here.")
            )
        elif not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.goal_activated.emit(self.model.goal_id(index.row()))

    def new_goal(self) -> GoalWizard:
        """Open the guided flow (non-modal); a saved goal is listed and announced."""
        self.wizard = GoalWizard(self.runner, parent=self)
        self.wizard.goal_saved.connect(self._created)
        self.wizard.show()
        return self.wizard

    def _created(self, goal_id: str) -> None:
        self.set_status("active")
        self.goal_created.emit(goal_id)
