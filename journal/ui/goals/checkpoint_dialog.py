"""Checking in at a checkpoint: rate each criterion on four levels, answer a prompt."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.actions.goals import complete_checkpoint
from journal.core.enums import utcnow
from journal.store.read_models import goals as read_goals
from journal.store.read_models.goals import PromptInfo
from journal.ui.dialogs import Asker
from journal.ui.goals import labels
from journal.ui.prompts_panel import ConditionsPicker
from journal.ui.runner import ActionRunner


class CheckpointDialog(QDialog):
    """Rate progress on each success criterion and answer the checkpoint prompt.

    Show it with ``show()``; Save (Ctrl+Enter) completes the checkpoint and
    keeps the answer as a reflection, in one action. Levels already given
    (checking in again) are shown. Raises NotFoundError if the checkpoint is gone.

    Signals:
        checkpoint_completed(str): the checkpoint's id, after saving.
    """

    checkpoint_completed = Signal(str)

    def __init__(
        self,
        runner: ActionRunner,
        checkpoint_id: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.checkpoint_id = checkpoint_id
        self.today = today or utcnow().astimezone().date()
        self.prompt: PromptInfo | None = None
        self._seen: list[str] = []
        self.rating_groups: dict[str, QButtonGroup] = {}
        self.ask = Asker(self)

        context = read_goals.checkpoint_context(runner.journal, checkpoint_id, today=self.today)
        goal, view = context.goal, context.checkpoint
        self.prompt = context.prompt
        self.goal = goal
        self.checkpoint = view
        if self.prompt is not None:
            self._seen.append(self.prompt.id)

        self.setWindowTitle(self.tr("Checkpoint"))
        self.resize(680, 640)
        heading = QLabel(view.title or self.tr("Checkpoint"), self)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        heading.setWordWrap(True)
        sub = QLabel(
            self.tr("%1 · due %2")
            .replace("%1", goal.title or self.tr("My goal"))
            .replace("%2", labels.long_date(view.due_on)),
            self,
        )
        sub.setWordWrap(True)

        ratings = QFrame(self)
        grid = QGridLayout(ratings)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        if goal.criteria:
            intro = QLabel(self.tr("How far have I got with each of these?"), ratings)
            grid.addWidget(intro, 0, 0, 1, 5)
            for level in (1, 2, 3, 4):
                head = QLabel(labels.level_label(level), ratings)
                head.setToolTip(labels.level_hint(level))
                head.setAlignment(Qt.AlignmentFlag.AlignCenter)
                head.setWordWrap(True)
                grid.addWidget(head, 1, level)
            for row, criterion in enumerate(goal.criteria, start=2):
                text = QLabel(criterion.text, ratings)
                text.setWordWrap(True)
                text.setTextFormat(Qt.TextFormat.PlainText)
                grid.addWidget(text, row, 0)
                group = QButtonGroup(ratings)
                group.setExclusive(True)
                for level in (1, 2, 3, 4):
                    button = QRadioButton(ratings)
                    button.setAccessibleName(
                        self.tr("%1: %2")
                        .replace("%1", criterion.text)
                        .replace("%2", labels.level_label(level))
                    )
                    button.setToolTip(labels.level_hint(level))
                    group.addButton(button, level)
                    grid.addWidget(button, row, level, Qt.AlignmentFlag.AlignCenter)
                    if view.level_for(criterion.id) == level:
                        button.setChecked(True)
                self.rating_groups[criterion.id] = group
            grid.setColumnStretch(0, 3)
        else:
            grid.addWidget(
                QLabel(
                    self.tr(
                        "This goal has no success criteria yet, so there's nothing to rate. "
                        "You can still write how it's going."
                    ),
                    ratings,
                ),
                0,
                0,
            )

        self.prompt_label = QLabel(self)
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        prompt_font = QFont(self.prompt_label.font())
        prompt_font.setPointSizeF(prompt_font.pointSizeF() * 1.15)
        self.prompt_label.setFont(prompt_font)
        self.another_button = QPushButton(self.tr("A&nother question"), self)
        self.another_button.setAccessibleName(self.tr("Show another question"))
        self.answer = QPlainTextEdit(self)
        self.answer.setAccessibleName(self.tr("Your answer"))
        self.answer.setTabChangesFocus(True)
        self.answer.setPlaceholderText(self.tr("How is it going? What will I do next?"))
        if view.note:
            self.answer.setPlaceholderText(view.note)
        self.conditions_toggle = QToolButton(self)
        self.conditions_toggle.setText(self.tr("How did the learning go? (optional)"))
        self.conditions_toggle.setAccessibleName(self.tr("Show learning conditions"))
        self.conditions_toggle.setCheckable(True)
        self.conditions_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.conditions_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.conditions_toggle.setAutoRaise(True)
        self.conditions = ConditionsPicker(self)
        self.conditions.setVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save check-in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Save check-in"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button.setEnabled(not runner.read_only)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))

        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.addWidget(heading)
        inner.addWidget(sub)
        inner.addSpacing(6)
        inner.addWidget(ratings)
        inner.addSpacing(10)
        prompt_row = QHBoxLayout()
        prompt_row.addWidget(self.prompt_label, 1)
        prompt_row.addWidget(self.another_button, 0, Qt.AlignmentFlag.AlignTop)
        inner.addLayout(prompt_row)
        inner.addWidget(self.answer)
        inner.addWidget(self.conditions_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.conditions)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.another_button.clicked.connect(self.another)
        self.conditions_toggle.toggled.connect(self._toggle_conditions)
        self._show_prompt()
        self._opened_with = self._shown()
        first = next(iter(self.rating_groups.values()), None)
        if first is not None and first.buttons():
            first.buttons()[0].setFocus()

    def _toggle_conditions(self, shown: bool) -> None:
        self.conditions.setVisible(shown)
        self.conditions_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _show_prompt(self) -> None:
        self.prompt_label.setText(
            self.prompt.text if self.prompt else self.tr("How is it going so far?")
        )
        self.another_button.setEnabled(self.prompt is not None)

    def another(self) -> None:
        prompt = read_goals.another_checkpoint_prompt(
            self.runner.journal,
            self.checkpoint_id,
            self.prompt.id if self.prompt else None,
            seen=self._seen,
            today=self.today,
        )
        if prompt is not None:
            self.prompt = prompt
            self._seen.append(prompt.id)
            self._show_prompt()

    def ratings(self) -> dict[str, int]:
        return {
            criterion_id: group.checkedId()
            for criterion_id, group in self.rating_groups.items()
            if group.checkedId() in (1, 2, 3, 4)
        }

    def set_rating(self, criterion_id: str, level: int) -> None:
        button = self.rating_groups[criterion_id].button(level)
        if button is not None:
            button.setChecked(True)

    def save(self) -> bool:
        """Complete the checkpoint; False (the runner said why) if it wasn't saved."""
        conditions = self.conditions.conditions()
        outcome = self.runner.run(
            complete_checkpoint,
            self.checkpoint_id,
            self.ratings(),
            reflection=self.answer.toPlainText(),
            prompt_id=self.prompt.id if self.prompt else None,
            conditions=None if self.conditions.is_empty() else conditions,
            initiator=self,
        )
        return outcome is not None

    def _shown(self) -> tuple[object, ...]:
        return (self.ratings(), self.answer.toPlainText().strip(), self.conditions.conditions())

    def has_unsaved_work(self) -> bool:
        """True when a rating, the answer or the conditions were changed and not saved."""
        return not self.runner.read_only and self._shown() != self._opened_with

    def reject(self) -> None:
        """Escape, Cancel or closing the window: ask before the check-in is lost."""
        if self.has_unsaved_work() and not self.ask.keep_or_discard(
            self.tr("Your check-in isn't saved"),
            self.tr(
                "You've rated or written something here but haven't saved it. If you close "
                "now, it is lost. Keep working on it?"
            ),
            discard=self.tr("Close without saving"),
            keep=self.tr("Keep working"),
        ):
            return
        super().reject()

    def accept(self) -> None:
        if not self.save():
            return
        super().accept()
        self.checkpoint_completed.emit(self.checkpoint_id)
