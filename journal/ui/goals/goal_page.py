"""One goal: the backward-design steps, the plan checklist, checkpoints and evidence."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal.actions import Changes, Kind
from journal.actions import goals as goal_actions
from journal.core.enums import utcnow
from journal.store.errors import NotFoundError
from journal.store.read_models import goals as read_goals
from journal.store.read_models.goals import GoalDetail, ReflectionView
from journal.ui.dialogs import Asker
from journal.ui.goals import labels
from journal.ui.goals.checkpoint_dialog import CheckpointDialog
from journal.ui.goals.goals_list import STATUSES
from journal.ui.goals.link_evidence import LinkEvidenceDialog
from journal.ui.goals.wizard import GoalWizard
from journal.ui.prompts_panel import PromptCard
from journal.ui.runner import ActionRunner


class _FittedList(QListWidget):
    """A list that grows with its rows (the page scrolls, not each list)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setWordWrap(True)
        self.setSpacing(3)

    def fit(self) -> None:
        rows = sum(self.sizeHintForRow(i) + 2 * self.spacing() for i in range(self.count()))
        self.setFixedHeight(max(rows, self.fontMetrics().height() + 8) + 2 * self.frameWidth() + 4)


class GoalPage(QWidget):
    """The page of one goal. Holds only a snapshot (:class:`GoalDetail`).

    Every change goes through the runner as an action; the page redraws
    itself when ``journal_changed`` concerns its goal (whoever made the
    change: this page, the wizard, a check-in, the entry's side, undo).

    Signals:
        open_entry_requested(str): the student wants to open an evidence entry.
        back_requested: the student pressed "All goals" (Alt+Left), or the
            goal on show no longer exists (an undone "New goal").
    """

    open_entry_requested = Signal(str)
    back_requested = Signal()

    def __init__(
        self,
        runner: ActionRunner,
        goal_id: str | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.ask = Asker(self)
        self._today = today
        self.goal_id = goal_id
        self.detail: GoalDetail | None = None
        self.wizard: GoalWizard | None = None
        self.checkpoint_dialog: CheckpointDialog | None = None
        self.link_dialog: LinkEvidenceDialog | None = None
        self.look_back: PromptCard | None = None
        self._loading = False
        self._stale = False
        self.setAccessibleName(self.tr("Goal"))
        self._build()
        self._connect_signals()
        self._writable = not runner.read_only
        for control in (
            self.status_combo,
            self.edit_button,
            self.delete_button,
            self.fill_button,
            self.new_step,
            self.add_step_button,
            self.look_back_button,
            self.link_button,
        ):
            control.setEnabled(self._writable)
        if goal_id is not None:
            self.set_goal(goal_id)

    @property
    def today(self) -> date:
        return self._today or utcnow().astimezone().date()

    # -- building ------------------------------------------------------------------------
    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 2)
        return label

    def _text(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("← All goals"), self)
        self.back_button.setAccessibleName(self.tr("Back to all goals"))
        self.back_button.setFlat(True)
        self.title_label = QLabel(self)
        title_font = QFont(self.title_label.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Goal status"))
        for status in STATUSES:
            self.status_combo.addItem(labels.status_label(status), status)
        self.edit_button = QPushButton(self.tr("&Edit steps…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit the goal's steps"))
        self.dates_label = self._text()
        self.missing_frame = QFrame(self)
        self.missing_frame.setObjectName("missingSteps")
        self.missing_frame.setStyleSheet(
            "QFrame#missingSteps { background: #fff6e5; border: 1px solid #e8c777;"
            " border-radius: 6px; }"
        )
        self.missing_label = QLabel(self.missing_frame)
        self.missing_label.setWordWrap(True)
        self.fill_button = QPushButton(self.tr("&Fill in"), self.missing_frame)
        self.fill_button.setAccessibleName(self.tr("Fill in the empty steps"))
        missing_layout = QHBoxLayout(self.missing_frame)
        missing_layout.addWidget(self.missing_label, 1)
        missing_layout.addWidget(self.fill_button)

        self.why_label = self._text()
        self.people_label = self._text()
        self.task_label = self._text()
        self.criteria_list = _FittedList(self.tr("Success criteria"), self)
        self.remove_criterion_button = QPushButton(self.tr("Remove criterion"), self)
        self.remove_criterion_button.setAccessibleName(self.tr("Remove the success criterion"))
        self.delete_button = QPushButton(self.tr("&Delete goal…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete this goal"))

        self.plan_list = _FittedList(self.tr("My plan"), self)
        self.new_step = QLineEdit(self)
        self.new_step.setAccessibleName(self.tr("New step of my plan"))
        self.new_step.setPlaceholderText(self.tr("Add a step to my plan…"))
        self.add_step_button = QPushButton(self.tr("Add step"), self)
        self.add_step_button.setAccessibleName(self.tr("Add step"))
        self.remove_step_button = QPushButton(self.tr("Remove step"), self)
        self.remove_step_button.setAccessibleName(self.tr("Remove step"))

        self.checkpoint_list = _FittedList(self.tr("Checkpoints"), self)
        self.check_in_button = QPushButton(self.tr("&Check in…"), self)
        self.check_in_button.setAccessibleName(self.tr("Check in at this checkpoint"))

        self.evidence_list = _FittedList(self.tr("Evidence"), self)
        self.link_button = QPushButton(self.tr("&Link an entry…"), self)
        self.link_button.setAccessibleName(self.tr("Link an entry as evidence"))
        self.open_button = QPushButton(self.tr("&Open entry"), self)
        self.open_button.setAccessibleName(self.tr("Open the evidence entry"))
        self.unlink_button = QPushButton(self.tr("&Unlink"), self)
        self.unlink_button.setAccessibleName(self.tr("Unlink the evidence"))

        self.reflection_list = _FittedList(self.tr("Reflections about this goal"), self)
        self.reflection_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.look_back_button = QPushButton(self.tr("Look &back on this goal…"), self)
        self.look_back_button.setAccessibleName(self.tr("Look back on this goal"))

        content = QWidget(self)
        body = QVBoxLayout(content)
        body.setContentsMargins(16, 8, 16, 16)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.status_combo)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        body.addLayout(top)
        body.addWidget(self.title_label)
        body.addWidget(self.dates_label)
        body.addWidget(self.missing_frame)
        body.addWidget(self._heading(self.tr("Why it matters to me")))
        body.addWidget(self.why_label)
        body.addWidget(self._heading(self.tr("How I'll know I've got there")))
        body.addWidget(self.criteria_list)
        criteria_row = QHBoxLayout()
        criteria_row.addStretch(1)
        criteria_row.addWidget(self.remove_criterion_button)
        body.addLayout(criteria_row)
        body.addWidget(self._heading(self.tr("What I'll make or do")))
        body.addWidget(self.task_label)
        body.addWidget(self._heading(self.tr("My plan")))
        body.addWidget(self.plan_list)
        step_row = QHBoxLayout()
        step_row.addWidget(self.new_step, 1)
        step_row.addWidget(self.add_step_button)
        step_row.addWidget(self.remove_step_button)
        body.addLayout(step_row)
        body.addWidget(self._heading(self.tr("Checkpoints")))
        body.addWidget(self.checkpoint_list)
        cp_row = QHBoxLayout()
        cp_row.addStretch(1)
        cp_row.addWidget(self.check_in_button)
        body.addLayout(cp_row)
        body.addWidget(self._heading(self.tr("Evidence, in time order")))
        body.addWidget(self.evidence_list)
        ev_row = QHBoxLayout()
        ev_row.addWidget(self.link_button)
        ev_row.addStretch(1)
        ev_row.addWidget(self.open_button)
        ev_row.addWidget(self.unlink_button)
        body.addLayout(ev_row)
        body.addWidget(self._heading(self.tr("Reflections")))
        body.addWidget(self.reflection_list)
        body.addWidget(self._heading(self.tr("Planned with")))
        body.addWidget(self.people_label)
        body.addWidget(self.look_back_button, 0, Qt.AlignmentFlag.AlignLeft)
        body.addStretch(1)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.back_requested)
        back = QShortcut(QKeySequence("Alt+Left"), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested)
        self.status_combo.currentIndexChanged.connect(self._status_chosen)
        self.edit_button.clicked.connect(lambda: self.edit())
        self.fill_button.clicked.connect(self._fill_missing)
        self.delete_button.clicked.connect(self.delete_goal)
        self.criteria_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.remove_criterion_button.clicked.connect(self.remove_criterion)
        self.plan_list.itemChanged.connect(self._step_ticked)
        self.plan_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.new_step.returnPressed.connect(self.add_step)
        self.add_step_button.clicked.connect(self.add_step)
        self.remove_step_button.clicked.connect(self.remove_step)
        self.checkpoint_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.checkpoint_list.itemActivated.connect(lambda _i: self.check_in())
        self.check_in_button.clicked.connect(lambda: self.check_in())
        self.evidence_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.evidence_list.itemActivated.connect(lambda _i: self.open_evidence())
        self.link_button.clicked.connect(self.link_entry)
        self.open_button.clicked.connect(self.open_evidence)
        self.unlink_button.clicked.connect(self.unlink_evidence)
        self.look_back_button.clicked.connect(self.show_look_back)
        self.runner.journal_changed.connect(self._journal_changed)

    # -- loading ---------------------------------------------------------------------------
    def set_goal(self, goal_id: str) -> None:
        self.goal_id = goal_id
        self.reload()

    def _concerns(self, changes: Changes) -> bool:
        if self.goal_id is None:
            return False
        if changes.everything or changes.touches(Kind.REFLECTIONS):
            return True
        if changes.touches(Kind.GOALS, Kind.EVIDENCE) and (
            not changes.goal_ids or self.goal_id in changes.goal_ids
        ):
            return True
        # The evidence list shows each entry's title and whether it is in the trash.
        shown = {e.entry_id for e in self.detail.evidence} if self.detail else set()
        return changes.touches(Kind.TEXT, Kind.ENTRIES, Kind.TRASH, Kind.REVISIONS) and bool(
            shown & changes.entry_ids or (shown and not changes.entry_ids)
        )

    def _journal_changed(self, changes: Changes, _initiator: object) -> None:
        if not self._concerns(changes):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # redrawn when it is shown again

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self._stale = False
        if self.goal_id is None:
            return
        try:
            d = read_goals.goal_detail(self.runner.journal, self.goal_id, today=self.today)
        except NotFoundError:
            # The goal went (an undone "New goal", a deleted goal): back to the list.
            self.goal_id = None
            self.detail = None
            self.back_requested.emit()
            return
        reflections = read_goals.goal_reflections(self.runner.journal, self.goal_id)
        self.detail = d
        self._loading = True
        try:
            self._fill(d, reflections)
        finally:
            self._loading = False
        self._update_buttons()

    def _fill(self, d: GoalDetail, reflections: list[ReflectionView]) -> None:
        self.title_label.setText(d.title or self.tr("A goal without a challenge yet"))
        self.status_combo.setCurrentIndex(STATUSES.index(d.status))
        dates = []
        if d.start_on:
            dates.append(self.tr("Started %1").replace("%1", labels.long_date(d.start_on)))
        if d.target_on:
            dates.append(self.tr("aiming for %1").replace("%1", labels.long_date(d.target_on)))
        self.dates_label.setText(" · ".join(dates))
        missing = d.missing_steps
        self.missing_frame.setVisible(bool(missing))
        if missing:
            names = ", ".join(self._step_name(m) for m in missing)
            self.missing_label.setText(
                self.tr("Still to fill in when you're ready: %1.").replace("%1", names)
            )
        self.why_label.setText(d.why_it_matters or self.tr("Not written yet."))
        self.people_label.setText(d.co_created_with or self.tr("Not written yet."))
        task = d.task or self.tr("Not decided yet.")
        if d.task_criteria:
            task += "\n" + self.tr("What makes it good: %1").replace("%1", d.task_criteria)
        task += "\n" + self.tr("Who will see it: %1").replace(
            "%1", labels.audience_label(d.audience)
        )
        self.task_label.setText(task)

        latest: dict[str, int] = {}
        for cp in d.checkpoints:
            if cp.completed_at is not None:
                latest.update(dict(cp.ratings))
        self.criteria_list.clear()
        for c in d.criteria:
            line = self.tr("%1 (suggested by %2)").replace("%1", c.text)
            line = line.replace("%2", labels.proposer_label(c.proposed_by))
            if c.id in latest:
                line += "\n" + self.tr("Last check-in: %1").replace(
                    "%1", labels.level_label(latest[c.id])
                )
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.criteria_list.addItem(item)
        if not d.criteria:
            self.criteria_list.addItem(self.tr("No success criteria yet."))
        self.criteria_list.fit()

        self.plan_list.clear()
        for a in d.actions:
            item = QListWidgetItem(a.text)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if self._writable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if a.done else Qt.CheckState.Unchecked)
            self.plan_list.addItem(item)
        self.plan_list.fit()

        self.checkpoint_list.clear()
        for cp in d.checkpoints:
            state = labels.checkpoint_state_label(cp.state.value)
            text = f"{labels.long_date(cp.due_on)} · {cp.title or self.tr('Checkpoint')} · {state}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, cp.id)
            item.setForeground(QBrush(labels.checkpoint_state_colour(cp.state.value)))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.checkpoint_list.addItem(item)
        if not d.checkpoints:
            self.checkpoint_list.addItem(self.tr("No checkpoints yet."))
        else:
            due = next(
                (i for i, cp in enumerate(d.checkpoints) if cp.completed_at is None),
                0,
            )
            self.checkpoint_list.setCurrentRow(due)
        self.checkpoint_list.fit()

        criteria = {c.id: c.text for c in d.criteria}
        self.evidence_list.clear()
        for e in d.evidence:
            title = e.entry_title or self.tr("Untitled entry")
            text = f"{labels.long_date(e.on)} · {title}"
            if e.revision_seq is not None:
                text += " · " + self.tr("version %1").replace("%1", str(e.revision_seq))
            if e.criterion_id in criteria:
                text += "\n" + self.tr("Shows: %1").replace("%1", criteria[e.criterion_id])
            if e.note:
                text += "\n" + e.note
            if e.trashed:
                text += "\n" + self.tr("(in the trash)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, e.entry_id)
            self.evidence_list.addItem(item)
        if not d.evidence:
            self.evidence_list.addItem(self.tr("No evidence linked yet."))
        self.evidence_list.fit()

        self.reflection_list.clear()
        for r in reflections:
            when = labels.long_date(r.created_at.astimezone().date())
            text = f"{when} · {r.prompt_text}\n{r.body}" if r.prompt_text else f"{when}\n{r.body}"
            self.reflection_list.addItem(text)
        if not reflections:
            self.reflection_list.addItem(self.tr("No reflections yet."))
        self.reflection_list.fit()
        self.look_back_button.setVisible(d.status != "active")

    def _step_name(self, step: str) -> str:
        return {
            "title": self.tr("the challenge"),
            "why_it_matters": self.tr("why it matters"),
            "task": self.tr("the task"),
            "co_created_with": self.tr("who I planned it with"),
            "criteria": self.tr("success criteria"),
            "actions": self.tr("the plan"),
            "checkpoints": self.tr("checkpoints"),
        }.get(step, step)

    def _update_buttons(self) -> None:
        d = self.detail
        cp = self._current_checkpoint()
        self.check_in_button.setEnabled(cp is not None and self._writable)
        if cp is not None and d is not None:
            done = any(c.id == cp and c.completed_at for c in d.checkpoints)
            self.check_in_button.setText(
                self.tr("&Check in again…") if done else self.tr("&Check in…")
            )
        has_evidence = self._current_evidence() is not None
        self.open_button.setEnabled(has_evidence)
        self.unlink_button.setEnabled(has_evidence and self._writable)
        self.remove_step_button.setEnabled(
            self.plan_list.currentItem() is not None and self._writable
        )
        self.remove_criterion_button.setEnabled(
            self._current_criterion() is not None and self._writable
        )

    def _current_criterion(self) -> str | None:
        item = self.criteria_list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None

    def _current_checkpoint(self) -> str | None:
        item = self.checkpoint_list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None

    def _current_evidence(self) -> tuple[str, str] | None:
        item = self.evidence_list.currentItem()
        if item is None or not item.data(Qt.ItemDataRole.UserRole):
            return None
        return (
            str(item.data(Qt.ItemDataRole.UserRole)),
            str(item.data(Qt.ItemDataRole.UserRole + 1)),
        )

    # -- changes (each one an action; the page redraws from journal_changed) ------------------
    def _status_chosen(self, index: int) -> None:
        if self._loading or self.goal_id is None:
            return
        if self.runner.run(goal_actions.set_goal_status, self.goal_id, STATUSES[index]) is None:
            self.reload()  # refused or failed: show the status it still has

    def _step_ticked(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        step_id = str(item.data(Qt.ItemDataRole.UserRole))
        done = item.checkState() == Qt.CheckState.Checked
        row = self.plan_list.row(item)
        if self.runner.run(goal_actions.set_step_done, step_id, done) is not None:
            self.plan_list.setCurrentRow(row)
        else:
            self.reload()

    def add_step(self) -> None:
        text = " ".join(self.new_step.text().split())
        if not text or self.goal_id is None:
            return
        if self.runner.run(goal_actions.add_step, self.goal_id, text) is not None:
            self.new_step.clear()

    def remove_step(self) -> None:
        """Remove the chosen step of the plan (Edit → Undo puts it back)."""
        item = self.plan_list.currentItem()
        if item is None:
            return
        row = self.plan_list.row(item)
        step_id = str(item.data(Qt.ItemDataRole.UserRole))
        if self.runner.run(goal_actions.remove_step, step_id) is not None:
            self.plan_list.setCurrentRow(min(row, self.plan_list.count() - 1))

    def remove_criterion(self) -> None:
        """Remove the chosen success criterion (Edit → Undo puts it back with its ratings)."""
        criterion_id = self._current_criterion()
        if criterion_id is not None:
            self.runner.run(goal_actions.remove_criterion, criterion_id)

    def delete_goal(self) -> bool:
        """Delete the goal after asking (Edit → Undo brings it back); the list is shown again."""
        if self.goal_id is None:
            return False
        if not self.ask.confirm(
            self.tr("Delete goal"),
            self.tr(
                "Delete this goal with its plan, checkpoints and ratings? The entries linked "
                "as evidence and your reflections stay in your journal."
            ),
            yes=self.tr("Delete"),
        ):
            return False
        return self.runner.run(goal_actions.delete_goal, self.goal_id) is not None

    def edit(self, start_step: str | None = None) -> GoalWizard | None:
        if self.goal_id is None:
            return None
        self.wizard = GoalWizard(
            self.runner, goal_id=self.goal_id, start_step=start_step, today=self.today, parent=self
        )
        self.wizard.show()
        return self.wizard

    def _fill_missing(self) -> None:
        if self.detail is not None and self.detail.missing_steps:
            self.edit(self.detail.missing_steps[0])

    def check_in(self, checkpoint_id: str | None = None) -> CheckpointDialog | None:
        checkpoint_id = checkpoint_id or self._current_checkpoint()
        if checkpoint_id is None:
            return None
        self.checkpoint_dialog = CheckpointDialog(
            self.runner, checkpoint_id, self, today=self.today
        )
        self.checkpoint_dialog.show()
        return self.checkpoint_dialog

    def link_entry(self) -> LinkEvidenceDialog | None:
        if self.goal_id is None:
            return None
        self.link_dialog = LinkEvidenceDialog(self.runner, self.goal_id, self)
        self.link_dialog.show()
        return self.link_dialog

    def open_evidence(self) -> None:
        current = self._current_evidence()
        if current is not None:
            self.open_entry_requested.emit(current[1])

    def unlink_evidence(self) -> None:
        """Take the chosen entry off the goal's evidence (Edit → Undo links it again)."""
        current = self._current_evidence()
        if current is None:
            return
        if not self.ask.confirm(
            self.tr("Unlink evidence"),
            self.tr("Unlink this entry from the goal? The entry itself stays in your journal."),
            yes=self.tr("Unlink"),
        ):
            return
        self.runner.run(goal_actions.unlink_evidence, current[0])

    def show_look_back(self) -> PromptCard | None:
        """A prompt for the end of the goal; the answer is linked to the goal."""
        if self.goal_id is None:
            return None
        card = PromptCard(self.runner, self, today=self.today, daily=False)
        card.setWindowFlag(Qt.WindowType.Window)
        card.setWindowTitle(self.tr("Look back on this goal"))
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        card.offer("goal_end", key=self.goal_id, goal_id=self.goal_id)
        card.skipped.connect(card.close)
        card.resize(560, card.sizeHint().height())
        card.show()
        self.look_back = card
        return card
