"""The window's pages besides writing: Today, Goals and How I learn best."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.actions import Changes, Kind
from journal.actions.entries import create_entry
from journal.actions.profile import MAX_NAME_LENGTH, set_learner_name, tidy_name
from journal.store.read_models.profile import learner_name
from journal.ui.formatting import format_long_day
from journal.ui.goals.due_card import DueCheckpointsCard
from journal.ui.goals.goal_page import GoalPage
from journal.ui.goals.goals_list import GoalsListWidget
from journal.ui.on_this_day import OnThisDayCard
from journal.ui.prompts_panel import PromptCard, SettingsDailyMemory
from journal.ui.runner import ActionRunner


class TodayPage(QScrollArea):
    """Where the student starts: a prompt of the day, checkpoints due, and On This Day.

    The prompt card and On This Day keep themselves up to date from
    ``runner.journal_changed``; the page itself follows the learner's name.

    Signals:
        open_entry_requested(str): show this entry in the editor.
        goal_requested(str): show this goal's page.
        new_entry_requested(): start a new entry.
    """

    open_entry_requested = Signal(str)
    goal_requested = Signal(str)
    new_entry_requested = Signal()

    def __init__(
        self,
        runner: ActionRunner,
        qsettings: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        load: bool = True,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._today = today
        self.setWidgetResizable(True)
        # The page scrolls to whichever card has focus; it is no Tab stop of its own.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Today"))
        # The page is no Tab stop of its own (a screen reader would call it a
        # "filler"); Tab goes to its controls and the area scrolls to them.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget()
        inner.setMaximumWidth(760)
        self.greeting = QLabel()
        font = QFont(self.greeting.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.greeting.setFont(font)
        # The name is the student's to change, right where they are greeted.
        self.name_button = QPushButton(self.tr("Change my &name"))
        self.name_button.setAccessibleName(self.tr("Change my name"))
        self.name_button.setToolTip(
            self.tr("The name on this journal and on the portfolios you export")
        )
        self.name_button.setFlat(True)
        self.name_button.setEnabled(runner.allows(set_learner_name))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("Your name, then Enter"))
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setMinimumWidth(240)
        self.name_edit.hide()
        self.name_edit.installEventFilter(self)
        self.date_label = QLabel()
        self.new_button = QPushButton(self.tr("Write a new entry"))
        self.new_button.setAccessibleName(self.tr("Write a new entry"))
        self.new_button.setToolTip(self.tr("Start a new entry (Ctrl+N)"))
        self.new_button.setEnabled(runner.allows(create_entry))
        self.prompt = PromptCard(
            runner,
            today=today,
            memory=SettingsDailyMemory(runner.journal, qsettings),
            daily=load,
        )
        self.due = DueCheckpointsCard(runner, today=today)
        self.on_this_day = OnThisDayCard(runner, today=today)

        top = QHBoxLayout()
        heading = QVBoxLayout()
        greeting_row = QHBoxLayout()
        greeting_row.addWidget(self.greeting)
        greeting_row.addWidget(self.name_edit, 1)
        greeting_row.addWidget(self.name_button, 0, Qt.AlignmentFlag.AlignVCenter)
        greeting_row.addStretch(1)
        heading.addLayout(greeting_row)
        heading.addWidget(self.date_label)
        top.addLayout(heading, 1)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(self.due)
        layout.addWidget(self.prompt)
        layout.addWidget(self.on_this_day)
        layout.addStretch(1)
        outer = QWidget()
        outer_layout = QHBoxLayout(outer)
        outer_layout.addWidget(inner, 1, Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(outer)

        self.new_button.clicked.connect(self.new_entry_requested)
        self.name_button.clicked.connect(self.edit_name)
        self.name_edit.returnPressed.connect(self.save_name)
        self.on_this_day.open_entry_requested.connect(self.open_entry_requested)
        self.due.goal_requested.connect(self.goal_requested)
        runner.journal_changed.connect(self._journal_changed)
        if load:
            self.reload()

    def _journal_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Kind.PROFILE):
            self._show_greeting()

    def edit_name(self) -> None:
        """Type a new name where the greeting is (Enter keeps it, Escape leaves it)."""
        self.name_edit.setText(learner_name(self.runner.journal))
        self.name_button.hide()
        self.name_edit.show()
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    def save_name(self) -> None:
        name = tidy_name(self.name_edit.text())
        if name and name != learner_name(self.runner.journal):
            self.runner.run(set_learner_name, name, initiator=self)
        self._stop_editing_name()

    def _stop_editing_name(self) -> None:
        self.name_edit.hide()
        self.name_button.show()
        self.name_button.setFocus()
        self._show_greeting()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.name_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self._stop_editing_name()
            return True
        return super().eventFilter(watched, event)

    def _show_greeting(self) -> None:
        name = learner_name(self.runner.journal)
        self.greeting.setText(
            self.tr("Hello, %1").replace("%1", name) if name else self.tr("Hello")
        )

    def reload(self) -> None:
        self._show_greeting()
        day = self._today or date.today()
        self.date_label.setText(format_long_day(day))
        self.due.reload()
        self.on_this_day.reload()
        self.prompt.show_daily()


class GoalsPage(QStackedWidget):
    """All my goals, and one goal's page.

    Both redraw themselves from the runner's ``journal_changed``.

    Signals:
        open_entry_requested(str): show this entry in the editor.
    """

    open_entry_requested = Signal(str)

    def __init__(self, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setAccessibleName(self.tr("Goals"))
        self.goals_list = GoalsListWidget(runner)
        self.goal_page = GoalPage(runner)
        self.addWidget(self.goals_list)
        self.addWidget(self.goal_page)
        self.goals_list.goal_activated.connect(self.show_goal)
        self.goals_list.goal_created.connect(self.show_goal)
        self.goal_page.back_requested.connect(self.show_list)
        self.goal_page.open_entry_requested.connect(self.open_entry_requested)

    def show_goal(self, goal_id: str) -> None:
        self.goal_page.set_goal(goal_id)
        if self.goal_page.goal_id is None:
            return  # it no longer exists: the list is on show
        self.setCurrentWidget(self.goal_page)
        self.goal_page.setFocus()

    def show_list(self) -> None:
        self.setCurrentWidget(self.goals_list)
        self.goals_list.setFocus()
