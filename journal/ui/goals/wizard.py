"""The guided backward-design flow for a goal, as a QWizard.

Every step can be skipped and filled in later (the goal page says which are
still empty and reopens the flow at that step). The same wizard edits an
existing goal: its criteria, plan and checkpoints are changed in place, so
ratings and evidence that point at them are kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from journal.actions.goals import GoalPlan, PlanCheckpoint, PlanCriterion, PlanStep, save_goal
from journal.core.enums import utcnow
from journal.store.read_models import goals as read_goals
from journal.store.read_models.goals import GoalDetail
from journal.ui.dialogs import Asker
from journal.ui.formatting import day_pattern
from journal.ui.goals import labels
from journal.ui.runner import ActionRunner
from journal.ui.widgets import MutedLabel

PAGE_CHALLENGE, PAGE_WHY, PAGE_CRITERIA, PAGE_TASK, PAGE_PLAN, PAGE_CHECKPOINTS, PAGE_PEOPLE = (
    range(7)
)
# Which page fills in each step the goal page may report as missing.
PAGE_FOR_STEP = {
    "title": PAGE_CHALLENGE,
    "why_it_matters": PAGE_WHY,
    "criteria": PAGE_CRITERIA,
    "task": PAGE_TASK,
    "actions": PAGE_PLAN,
    "checkpoints": PAGE_CHECKPOINTS,
    "co_created_with": PAGE_PEOPLE,
}


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


@dataclass(frozen=True)
class Item:
    """One row of a list step: a criterion, a plan step or a checkpoint."""

    text: str
    id: str | None = None
    who: str = "me"  # criteria: who proposed it
    due_on: date | None = None  # checkpoints
    done: bool = False  # plan steps


class LineInput(QLineEdit):
    """A line edit whose Enter adds its text (instead of pressing the wizard's Next)."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ItemList(QWidget):
    """A list the student builds: add with Enter, remove with Delete, reorder with Alt+Up/Down."""

    def __init__(self, name: str, parent: QWidget | None = None, *, movable: bool = False) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(name)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove from %1").replace("%1", name))
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.setAccessibleName(self.tr("Move down"))
        for button in (self.up_button, self.down_button):
            button.setVisible(movable)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_current)
        if movable:
            for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
                shortcut = QShortcut(QKeySequence(keys), self.list)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(lambda s=step: self.move_current(s))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.list.currentRowChanged.connect(lambda _r: self._update())
        self._describe = lambda item: item.text
        self._update()

    def set_describer(self, describe: object) -> None:
        self._describe = describe  # type: ignore[assignment]

    def items(self) -> list[Item]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_items(self, items: list[Item]) -> None:
        self.list.clear()
        for item in items:
            self.add(item)

    def add(self, item: Item) -> None:
        row = QListWidgetItem(self._describe(item))
        row.setData(Qt.ItemDataRole.UserRole, item)
        self.list.addItem(row)
        self.list.setCurrentRow(self.list.count() - 1)
        self._update()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
        self._update()

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def _update(self) -> None:
        has = self.list.currentRow() >= 0
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and self.list.currentRow() > 0)
        self.down_button.setEnabled(has and self.list.currentRow() < self.list.count() - 1)


def _page(title: str, subtitle: str) -> QWizardPage:
    page = QWizardPage()
    page.setTitle(title)
    page.setSubTitle(subtitle)
    # Every step is optional, so "Save goal" works from any page.
    page.setFinalPage(True)
    return page


def _tip(text: str, parent: QWidget) -> QLabel:
    return MutedLabel(text, parent)


class GoalWizard(QWizard):
    """Plan a goal backwards from where I want to get to; every step can wait.

    ``GoalWizard(runner)`` creates a goal; ``GoalWizard(runner, goal_id=...)``
    edits one, optionally opening at ``start_step`` (a key of
    :data:`PAGE_FOR_STEP`). Show it with ``show()``; Finish saves the whole
    plan as one action (one step of Edit → Undo).

    Signals:
        goal_saved(str): the goal's id, after it was saved.
    """

    goal_saved = Signal(str)

    def __init__(
        self,
        runner: ActionRunner,
        *,
        goal_id: str | None = None,
        start_step: str | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.goal_id = goal_id
        self.today = today or utcnow().astimezone().date()
        self._original: GoalDetail | None = None
        self.ask = Asker(self)
        self.setWindowTitle(self.tr("Plan a goal") if goal_id is None else self.tr("Edit goal"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save goal"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("&Back"))
        self.resize(640, 520)
        self._build_pages()
        if goal_id is not None:
            self._load(goal_id)
        # What the wizard showed when it opened: anything else was typed here.
        self._opened_with = self._shown()
        if start_step in PAGE_FOR_STEP:
            self.setStartId(PAGE_FOR_STEP[start_step])
        if runner.read_only:
            self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))

    # -- the pages -------------------------------------------------------------------
    def _build_pages(self) -> None:
        later = self.tr("You can skip this step and come back to it later.")

        page = _page(self.tr("My challenge, question or idea"), later)
        self.title_edit = QLineEdit(page)
        self.title_edit.setAccessibleName(self.tr("My challenge, question or idea"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Can I build a bridge that holds 1 kg?"))
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("What do I want to find out, make or get better at?")))
        layout.addWidget(self.title_edit)
        layout.addWidget(
            _tip(self.tr("A question works well: it gives me something to find out."), page)
        )
        layout.addStretch(1)
        self.setPage(PAGE_CHALLENGE, page)

        page = _page(self.tr("Why it matters to me"), later)
        self.why_edit = QPlainTextEdit(page)
        self.why_edit.setAccessibleName(self.tr("Why it matters to me"))
        self.why_edit.setTabChangesFocus(True)
        self.why_edit.setPlaceholderText(self.tr("Because…"))
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Why do I care about this? What will it change for me?")))
        layout.addWidget(self.why_edit)
        self.setPage(PAGE_WHY, page)

        page = _page(self.tr("How I'll know I've got there"), later)
        self.criterion_edit = LineInput(page)
        self.criterion_edit.setAccessibleName(self.tr("New success criterion"))
        self.criterion_edit.setPlaceholderText(self.tr("e.g. I can explain my results clearly"))
        self.criterion_who = QComboBox(page)
        self.criterion_who.setAccessibleName(self.tr("Who suggested it"))
        for who in ("me", "teacher", "peer"):
            self.criterion_who.addItem(labels.proposer_label(who), who)
        self.add_criterion_button = QPushButton(self.tr("&Add"), page)
        self.add_criterion_button.setAccessibleName(self.tr("Add success criterion"))
        self.criteria = ItemList(self.tr("Success criteria"), page)
        self.criteria.set_describer(
            lambda item: (
                self.tr("%1 (suggested by %2)")
                .replace("%1", item.text)
                .replace("%2", labels.proposer_label(item.who))
            )
        )
        row = QHBoxLayout()
        row.addWidget(self.criterion_edit, 1)
        who_label = QLabel(self.tr("suggested by"), page)
        who_label.setBuddy(self.criterion_who)
        row.addWidget(who_label)
        row.addWidget(self.criterion_who)
        row.addWidget(self.add_criterion_button)
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(
                self.tr(
                    "What will be measured? Each one can come from me, my teacher or a classmate."
                )
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.criteria)
        self.criterion_edit.submitted.connect(self._add_criterion)
        self.add_criterion_button.clicked.connect(self._add_criterion)
        self.setPage(PAGE_CRITERIA, page)

        page = _page(self.tr("What I'll make or do to show it"), later)
        self.task_edit = QLineEdit(page)
        self.task_edit.setAccessibleName(self.tr("The task"))
        self.task_edit.setPlaceholderText(self.tr("e.g. a two-minute video, a model, a talk"))
        self.task_criteria_edit = QPlainTextEdit(page)
        self.task_criteria_edit.setAccessibleName(self.tr("What makes it good"))
        self.task_criteria_edit.setTabChangesFocus(True)
        self.task_criteria_edit.setPlaceholderText(self.tr("What will make it really good?"))
        self.audience_buttons = QButtonGroup(page)
        audience_row = QHBoxLayout()
        for audience in ("private", "class", "public"):
            button = QRadioButton(labels.audience_label(audience), page)
            button.setAccessibleName(
                self.tr("Audience: %1").replace("%1", labels.audience_label(audience))
            )
            button.setProperty("audience", audience)
            self.audience_buttons.addButton(button)
            audience_row.addWidget(button)
            if audience == "private":
                button.setChecked(True)
        audience_row.addStretch(1)
        form = QFormLayout(page)
        form.addRow(self.tr("The &task:"), self.task_edit)
        form.addRow(self.tr("What makes it &good:"), self.task_criteria_edit)
        form.addRow(self.tr("Who will see it:"), audience_row)
        self.setPage(PAGE_TASK, page)

        page = _page(self.tr("My plan"), later)
        self.action_edit = LineInput(page)
        self.action_edit.setAccessibleName(self.tr("New step of my plan"))
        self.action_edit.setPlaceholderText(self.tr("e.g. Read two articles about bridges"))
        self.add_action_button = QPushButton(self.tr("&Add"), page)
        self.add_action_button.setAccessibleName(self.tr("Add step"))
        self.plan_steps = ItemList(self.tr("Steps of my plan"), page, movable=True)
        row = QHBoxLayout()
        row.addWidget(self.action_edit, 1)
        row.addWidget(self.add_action_button)
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(self.tr("What will I do, step by step? I'll tick them off as I go."))
        )
        layout.addLayout(row)
        layout.addWidget(self.plan_steps)
        self.action_edit.submitted.connect(self._add_action)
        self.add_action_button.clicked.connect(self._add_action)
        self.setPage(PAGE_PLAN, page)

        page = _page(self.tr("Checkpoints"), later)
        self.start_edit = QDateEdit(qdate(self.today), page)
        self.start_edit.setAccessibleName(self.tr("Start date"))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(day_pattern())
        self.has_target = QCheckBox(self.tr("I'm aiming to finish by"), page)
        self.has_target.setAccessibleName(self.tr("Set a target date"))
        self.target_edit = QDateEdit(qdate(self.today + timedelta(days=42)), page)
        self.target_edit.setAccessibleName(self.tr("Target date"))
        self.target_edit.setCalendarPopup(True)
        self.target_edit.setDisplayFormat(day_pattern())
        self.target_edit.setEnabled(False)
        self.has_target.toggled.connect(self.target_edit.setEnabled)
        self.checkpoint_name = LineInput(page)
        self.checkpoint_name.setAccessibleName(self.tr("Checkpoint name"))
        self.checkpoint_name.setPlaceholderText(self.tr("e.g. First draft done"))
        self.checkpoint_date = QDateEdit(qdate(self.today + timedelta(days=14)), page)
        self.checkpoint_date.setAccessibleName(self.tr("Checkpoint date"))
        self.checkpoint_date.setCalendarPopup(True)
        self.checkpoint_date.setDisplayFormat(day_pattern())
        self.add_checkpoint_button = QPushButton(self.tr("&Add"), page)
        self.add_checkpoint_button.setAccessibleName(self.tr("Add checkpoint"))
        self.checkpoints = ItemList(self.tr("Checkpoints"), page)
        self.checkpoints.set_describer(
            lambda item: f"{labels.short_date(item.due_on)} · {item.text or self.tr('Checkpoint')}"
        )
        dates = QHBoxLayout()
        start_label = QLabel(self.tr("&Starting"), page)
        start_label.setBuddy(self.start_edit)
        dates.addWidget(start_label)
        dates.addWidget(self.start_edit)
        dates.addSpacing(16)
        dates.addWidget(self.has_target)
        dates.addWidget(self.target_edit)
        dates.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.checkpoint_name, 1)
        row.addWidget(self.checkpoint_date)
        row.addWidget(self.add_checkpoint_button)
        layout = QVBoxLayout(page)
        layout.addLayout(dates)
        layout.addWidget(
            QLabel(
                self.tr("When will I stop and check how it's going? I'll rate my progress then.")
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.checkpoints)
        self.checkpoint_name.submitted.connect(self._add_checkpoint)
        self.add_checkpoint_button.clicked.connect(self._add_checkpoint)
        self.setPage(PAGE_CHECKPOINTS, page)

        page = _page(self.tr("Who I planned it with"), later)
        self.people_edit = QLineEdit(page)
        self.people_edit.setAccessibleName(self.tr("Who I planned it with"))
        self.people_edit.setPlaceholderText(self.tr("e.g. Ms Okafor and my group"))
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Who helped me shape this goal?")))
        layout.addWidget(self.people_edit)
        layout.addWidget(
            _tip(
                self.tr("Press Save goal when you're ready. Empty steps can be filled in later."),
                page,
            )
        )
        layout.addStretch(1)
        self.setPage(PAGE_PEOPLE, page)

    # -- list steps ------------------------------------------------------------------
    def _add_criterion(self) -> None:
        text = " ".join(self.criterion_edit.text().split())
        if text:
            self.criteria.add(Item(text, who=str(self.criterion_who.currentData())))
            self.criterion_edit.clear()
        self.criterion_edit.setFocus()

    def _add_action(self) -> None:
        text = " ".join(self.action_edit.text().split())
        if text:
            self.plan_steps.add(Item(text))
            self.action_edit.clear()
        self.action_edit.setFocus()

    def _add_checkpoint(self) -> None:
        text = " ".join(self.checkpoint_name.text().split())
        due = pydate(self.checkpoint_date.date())
        self.checkpoints.add(Item(text, due_on=due))
        items = sorted(self.checkpoints.items(), key=lambda i: (i.due_on or date.max, i.text))
        self.checkpoints.set_items(items)
        self.checkpoint_name.clear()
        self.checkpoint_date.setDate(qdate(due + timedelta(days=14)))
        self.checkpoint_name.setFocus()

    # -- loading and saving --------------------------------------------------------------
    def _load(self, goal_id: str) -> None:
        d = read_goals.goal_detail(self.runner.journal, goal_id, today=self.today)
        self._original = d
        self.title_edit.setText(d.title)
        self.why_edit.setPlainText(d.why_it_matters)
        self.task_edit.setText(d.task)
        self.task_criteria_edit.setPlainText(d.task_criteria)
        for button in self.audience_buttons.buttons():
            button.setChecked(button.property("audience") == d.audience)
        self.people_edit.setText(d.co_created_with)
        if d.start_on:
            self.start_edit.setDate(qdate(d.start_on))
        if d.target_on:
            self.has_target.setChecked(True)
            self.target_edit.setDate(qdate(d.target_on))
        self.criteria.set_items([Item(c.text, c.id, who=c.proposed_by) for c in d.criteria])
        self.plan_steps.set_items([Item(a.text, a.id, done=a.done) for a in d.actions])
        self.checkpoints.set_items([Item(c.title, c.id, due_on=c.due_on) for c in d.checkpoints])

    def audience(self) -> str:
        checked = self.audience_buttons.checkedButton()
        return str(checked.property("audience")) if checked else "private"

    def plan(self) -> GoalPlan:
        """What the wizard shows, as the plan the goal should become."""
        return GoalPlan(
            title=" ".join(self.title_edit.text().split()),
            why_it_matters=self.why_edit.toPlainText().strip(),
            task=self.task_edit.text().strip(),
            task_criteria=self.task_criteria_edit.toPlainText().strip(),
            audience=self.audience(),
            co_created_with=self.people_edit.text().strip(),
            start_on=pydate(self.start_edit.date()),
            target_on=pydate(self.target_edit.date()) if self.has_target.isChecked() else None,
            criteria=tuple(PlanCriterion(i.text, i.who, i.id) for i in self.criteria.items()),
            steps=tuple(PlanStep(i.text, i.id) for i in self.plan_steps.items()),
            checkpoints=tuple(
                PlanCheckpoint(i.text, i.due_on, i.id)
                for i in self.checkpoints.items()
                if i.due_on is not None
            ),
        )

    def save(self) -> str | None:
        """Save everything; on a problem it was said and the wizard stays open (returns None)."""
        # Text typed but not added yet is what the student meant: add it.
        if self.criterion_edit.text().strip():
            self._add_criterion()
        if self.action_edit.text().strip():
            self._add_action()
        goal_id = self.runner.value(save_goal, self.goal_id, self.plan(), initiator=self)
        if goal_id is None:
            return None
        self.goal_id = goal_id
        return goal_id

    def _shown(self) -> tuple[object, ...]:
        pending = (self.criterion_edit, self.action_edit, self.checkpoint_name)
        return (self.plan(), *(edit.text().strip() for edit in pending))

    def has_unsaved_work(self) -> bool:
        """True when something was typed or changed here and not saved yet."""
        return not self.runner.read_only and self._shown() != self._opened_with

    def reject(self) -> None:
        """Escape, Cancel or closing the window: ask before what was typed is lost."""
        if self.has_unsaved_work() and not self.ask.keep_or_discard(
            self.tr("Your goal isn't saved"),
            self.tr(
                "You've written part of this goal but haven't saved it. If you close now, "
                "what you wrote here is lost. Keep working on it?"
            ),
            discard=self.tr("Close without saving"),
            keep=self.tr("Keep working"),
        ):
            return
        super().reject()

    def accept(self) -> None:
        if self.runner.read_only:
            super().reject()
            return
        goal_id = self.save()
        if goal_id is None:
            return
        super().accept()
        self.goal_saved.emit(goal_id)
