"""Prompts where the student works: the prompt card, the reflection editor, the prompt library.

- :class:`PromptCard` offers the prompt of the day (or a prompt for a moment,
  such as after saving a revision) with Answer, Another and Skip always there.
- :class:`ReflectionEditor` takes the answer and, in a few clicks, the
  learning conditions (:class:`ConditionsPicker`).
- :class:`PromptLibraryDialog` lists every prompt, lets the student write
  their own, and imports a teacher's prompt pack and switches packs on or off.

All are standalone widgets built with the window's
:class:`~journal.ui.runner.ActionRunner`: they read through
``journal.store.read_models`` and change the journal only through actions
(``journal.actions.reflections`` and ``journal.actions.prompts``), and keep
themselves up to date from ``runner.journal_changed``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.actions import Changes, Kind, Outcome
from journal.actions import prompts as prompt_actions
from journal.actions import reflections as reflection_actions
from journal.core import insights
from journal.core.enums import utcnow
from journal.core.prompts import ATTRIBUTES, MOMENTS
from journal.store.database import Journal
from journal.store.errors import JournalError
from journal.store.read_models import prompts as prompt_reads
from journal.store.read_models import reflections as reflection_reads
from journal.store.read_models.prompts import PackInfo, PromptInfo
from journal.store.read_models.reflections import Conditions, ReflectionView
from journal.ui.dialogs import Asker
from journal.ui.goals import labels
from journal.ui.runner import ActionRunner
from journal.ui.widgets import ChipGroup, MutedLabel


class ScaleGroup(ChipGroup):
    """1 to 5 as chips, with words for the two ends."""

    def __init__(self, title: str, low: str, high: str, parent: QWidget | None = None) -> None:
        super().__init__(title, [(str(n), str(n)) for n in insights.SCALE], parent)
        self.buttons["1"].setToolTip(low)
        self.buttons["5"].setToolTip(high)
        self.buttons["1"].setAccessibleName(
            self.tr("%1: 1, %2", "scale, low end").replace("%1", title).replace("%2", low)
        )
        self.buttons["5"].setAccessibleName(
            self.tr("%1: 5, %2", "scale, high end").replace("%1", title).replace("%2", high)
        )
        layout = self.layout()
        assert layout is not None
        ends = MutedLabel(
            self.tr("%1 → %2", "scale ends").replace("%1", low).replace("%2", high), self
        )
        layout.addWidget(ends)

    def number(self) -> int | None:
        value = self.value()
        return int(value) if value is not None else None

    def set_number(self, number: int | None) -> None:
        self.set_value(str(number) if number is not None else None)


class ConditionsPicker(QWidget):
    """Where, with whom, how, time of day, energy and how well it went, each one click.

    Signals:
        changed: any condition changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Learning conditions"))
        self.place = ChipGroup(
            self.tr("Where"), [(p, labels.place_label(p)) for p in insights.PLACES], self
        )
        self.place_other = QLineEdit(self)
        self.place_other.setPlaceholderText(self.tr("Somewhere else…"))
        self.place_other.setAccessibleName(self.tr("Somewhere else"))
        self.place_other.setMaxLength(64)
        self.with_whom = ChipGroup(
            self.tr("With whom"),
            [(w, labels.with_whom_label(w)) for w in insights.WITH_WHOM],
            self,
        )
        self.how = ChipGroup(
            self.tr("How"), [(h, labels.how_label(h)) for h in insights.HOWS], self
        )
        self.time_of_day = ChipGroup(
            self.tr("Time of day"),
            [(t, labels.time_label(t)) for t in insights.TIMES_OF_DAY],
            self,
        )
        self.energy = ScaleGroup(
            self.tr("My energy"), self.tr("very tired"), self.tr("full of energy"), self
        )
        self.went_well = ScaleGroup(
            self.tr("How well it went"), self.tr("not well"), self.tr("really well"), self
        )
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        place_row = QWidget(self)
        place_layout = QVBoxLayout(place_row)
        place_layout.setContentsMargins(0, 0, 0, 0)
        place_layout.addWidget(self.place)
        place_layout.addWidget(self.place_other)
        form.addRow(self.tr("Where?"), place_row)
        form.addRow(self.tr("With whom?"), self.with_whom)
        form.addRow(self.tr("How?"), self.how)
        form.addRow(self.tr("When?"), self.time_of_day)
        form.addRow(self.tr("Energy"), self.energy)
        form.addRow(self.tr("How did it go?"), self.went_well)
        for group in (
            self.place,
            self.with_whom,
            self.how,
            self.time_of_day,
            self.energy,
            self.went_well,
        ):
            group.changed.connect(self.changed)
        self.place.changed.connect(self._place_chip_changed)
        self.place_other.textEdited.connect(self._place_typed)

    def _place_chip_changed(self) -> None:
        if self.place.value() is not None and self.place_other.text():
            self.place_other.clear()

    def _place_typed(self, text: str) -> None:
        if text.strip():
            self.place.set_value(None)
        self.changed.emit()

    def conditions(self) -> Conditions:
        typed = " ".join(self.place_other.text().split())
        return Conditions(
            place=self.place.value() or (typed or None),
            with_whom=self.with_whom.value(),
            how=self.how.value(),
            time_of_day=self.time_of_day.value(),
            energy=self.energy.number(),
            went_well=self.went_well.number(),
        )

    def set_conditions(self, c: Conditions) -> None:
        if c.place in insights.PLACES:
            self.place.set_value(c.place)
            self.place_other.clear()
        else:
            self.place.set_value(None)
            self.place_other.setText(c.place or "")
        self.with_whom.set_value(c.with_whom)
        self.how.set_value(c.how)
        self.time_of_day.set_value(c.time_of_day)
        self.energy.set_number(c.energy)
        self.went_well.set_number(c.went_well)

    def clear(self) -> None:
        self.set_conditions(Conditions())

    def is_empty(self) -> bool:
        return self.conditions() == Conditions()


# -- answering -------------------------------------------------------------------------


def _as_runner(source: ActionRunner | Journal, owner: QWidget) -> ActionRunner:
    """The runner to change the journal through.

    Transitional: a caller not yet moved to the actions layer may still hand
    over the journal; it then gets a runner of its own (its changes are still
    announced, but only to this widget's runner).
    """
    if isinstance(source, ActionRunner):
        return source
    asker = Asker(owner)
    return ActionRunner(source, lambda title, text: asker.error(title, text), parent=owner)


class ReflectionEditor(QWidget):
    """The answer to a prompt, plus optional learning conditions.

    Call :meth:`start` with the prompt and what the reflection is about (or
    :meth:`start_edit` with an answer to change); Save (Ctrl+Enter) writes it
    through the runner, Cancel (Esc) drops it.

    Signals:
        saved(str): the reflection's id (new or changed).
        cancelled: the student cancelled.
    """

    saved = Signal(str)
    cancelled = Signal()

    def __init__(self, runner: ActionRunner | Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = _as_runner(runner, self)
        self.ask = Asker(self)
        self._writable = self.runner.allows(reflection_actions.add_reflection)
        self._prompt: PromptInfo | None = None
        self._about: dict[str, str | None] = {}
        self._editing: ReflectionView | None = None
        self._started_with: tuple[str, Conditions] = ("", Conditions())

        self.answer = QPlainTextEdit(self)
        self.answer.setAccessibleName(self.tr("Your answer"))
        self.answer.setPlaceholderText(self.tr("Write as much or as little as you like…"))
        self.answer.setTabChangesFocus(True)
        self.answer.setMinimumHeight(70)
        self.answer.setReadOnly(not self._writable)
        self.conditions_toggle = QToolButton(self)
        self.conditions_toggle.setText(self.tr("How did the learning go? (optional)"))
        self.conditions_toggle.setAccessibleName(self.tr("Show learning conditions"))
        self.conditions_toggle.setCheckable(True)
        self.conditions_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.conditions_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.conditions_toggle.setAutoRaise(True)
        self.conditions = ConditionsPicker(self)
        self.conditions.setVisible(False)
        self.save_button = QPushButton(self.tr("Save answer"), self)
        self.save_button.setAccessibleName(self.tr("Save answer"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel answer"))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.answer)
        layout.addWidget(self.conditions_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.conditions)
        layout.addLayout(buttons)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.conditions_toggle.toggled.connect(self._show_conditions)
        self.answer.textChanged.connect(self._update_buttons)
        self.conditions.changed.connect(self._update_buttons)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)

    def _show_conditions(self, shown: bool) -> None:
        self.conditions.setVisible(shown)
        self.conditions_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(
            self._writable
            and (bool(self.answer.toPlainText().strip()) or not self.conditions.is_empty())
        )

    @property
    def editing(self) -> ReflectionView | None:
        """The answer being changed, or None when writing a new one."""
        return self._editing

    def start(
        self,
        prompt: PromptInfo | None,
        *,
        entry_id: str | None = None,
        revision_id: str | None = None,
        goal_id: str | None = None,
        checkpoint_id: str | None = None,
    ) -> None:
        self._prompt = prompt
        self._editing = None
        self._about = dict(
            entry_id=entry_id, revision_id=revision_id, goal_id=goal_id, checkpoint_id=checkpoint_id
        )
        self.save_button.setText(self.tr("Save answer"))
        self.answer.clear()
        self.conditions.clear()
        self.conditions_toggle.setChecked(False)
        self._started_with = self._shown()
        self.answer.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_edit(self, reflection: ReflectionView) -> None:
        """Change an answer already given: its words and its learning conditions."""
        self._editing = reflection
        self.save_button.setText(self.tr("Save changes"))
        self.answer.setPlainText(reflection.body)
        self.conditions.set_conditions(reflection.conditions)
        self.conditions_toggle.setChecked(reflection.conditions != Conditions())
        self._started_with = self._shown()
        self.answer.setFocus(Qt.FocusReason.OtherFocusReason)

    def _shown(self) -> tuple[str, Conditions]:
        return (self.answer.toPlainText().strip(), self.conditions.conditions())

    def has_unsaved_work(self) -> bool:
        """True when the answer or its conditions were changed here and not saved."""
        return self._writable and not self.isHidden() and self._shown() != self._started_with

    def may_drop(self) -> bool:
        """True when the answer may go: nothing unsaved, or the student said to discard it."""
        if not self.has_unsaved_work():
            return True
        return self.ask.keep_or_discard(
            self.tr("Your answer isn't saved"),
            self.tr(
                "You've written an answer but haven't saved it. If you leave it now, what you "
                "wrote is lost. Keep writing?"
            ),
            discard=self.tr("Discard my answer"),
            keep=self.tr("Keep writing"),
        )

    def save(self) -> str | None:
        if not self.save_button.isEnabled():
            return None
        body = self.answer.toPlainText().strip()
        conditions = self.conditions.conditions()
        prompt = self._prompt
        try:
            if self._editing is not None:
                outcome = self.runner.run(
                    reflection_actions.update_reflection,
                    self._editing.id,
                    body=body,
                    conditions=conditions,
                    initiator=self,
                    quiet=True,
                )
            else:
                outcome = self.runner.run(
                    reflection_actions.add_reflection,
                    body,
                    prompt_id=prompt.id if prompt else None,
                    prompt_text=prompt.text if prompt else None,
                    attribute=prompt.attribute if prompt else None,
                    conditions=conditions,
                    initiator=self,
                    quiet=True,
                    **self._about,
                )
        except JournalError as exc:
            self.ask.error(self.tr("Your answer wasn't saved"), str(exc))
            return None
        if outcome is None:
            return None
        self._editing = None
        self.answer.clear()
        self.conditions.clear()
        self._started_with = self._shown()
        self.saved.emit(outcome.value.id)
        return outcome.value.id

    def cancel(self) -> None:
        """Cancel (Esc): after asking, when something was written that isn't saved."""
        if not self.may_drop():
            self.answer.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._editing = None
        self._started_with = ("", Conditions())
        self.cancelled.emit()


# -- the prompt card -----------------------------------------------------------------------


class DailyMemory(Protocol):
    def previous_for(self, day: date) -> str | None: ...

    def remember(self, day: date, prompt_id: str) -> None: ...


class SettingsDailyMemory:
    """Remembers the last prompt of the day in QSettings (per journal folder), so the
    next one differs from it even after days away."""

    def __init__(self, journal: Journal, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()
        digest = hashlib.sha256(str(journal.paths.root).encode()).hexdigest()[:12]
        self._prefix = f"reflection/{digest}/"

    def previous_for(self, day: date) -> str | None:
        shown_day = str(self._settings.value(self._prefix + "day", "") or "")
        if shown_day == day.isoformat():
            value = self._settings.value(self._prefix + "previous", "")
        elif shown_day and shown_day < day.isoformat():
            value = self._settings.value(self._prefix + "shown", "")
        else:
            return None
        return str(value) if value else None

    def remember(self, day: date, prompt_id: str) -> None:
        shown_day = str(self._settings.value(self._prefix + "day", "") or "")
        if shown_day == day.isoformat():
            return
        previous = self._settings.value(self._prefix + "shown", "") if shown_day else ""
        self._settings.setValue(self._prefix + "previous", previous or "")
        self._settings.setValue(self._prefix + "day", day.isoformat())
        self._settings.setValue(self._prefix + "shown", prompt_id)


class PromptCard(QFrame):
    """A prompt with Answer, Another and Skip: the prompt of the day, or one for a moment.

    Once the prompt is answered (today, for the prompt of the day; about the
    same thing, for a moment) the card shows the answer, also after a restart,
    with Edit and Delete (Edit → Undo brings a deleted answer back). The card
    keeps itself up to date from ``runner.journal_changed``.

    Signals:
        reflection_saved(str): the student answered; the new reflection's id.
        skipped: the student chose Skip (the window may hide the card).
        prompt_shown(str): the id of the prompt now shown.
    """

    reflection_saved = Signal(str)
    skipped = Signal()
    prompt_shown = Signal(str)

    def __init__(
        self,
        runner: ActionRunner | Journal,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        memory: DailyMemory | None = None,
        daily: bool = True,
    ) -> None:
        super().__init__(parent)
        self.runner = _as_runner(runner, self)
        self.ask = Asker(self)
        self._today = today
        self._memory: DailyMemory = memory or SettingsDailyMemory(self.runner.journal)
        self._writable = self.runner.allows(reflection_actions.add_reflection)
        self._moment = "daily"
        self._key = ""
        self._about: dict[str, str | None] = {}
        self._seen: list[str] = []
        self.current_prompt: PromptInfo | None = None
        self.answered: ReflectionView | None = None

        self.setObjectName("promptCard")
        self.setStyleSheet(labels.CARD_STYLE.format(name="promptCard"))
        self.setAccessibleName(self.tr("Prompt"))
        self.heading = QLabel(self)
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.attribute_pill = QLabel(self)
        self.attribute_pill.setObjectName("attributePill")
        self.attribute_pill.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.prompt_label = QLabel(self)
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        prompt_font = QFont(self.prompt_label.font())
        prompt_font.setPointSizeF(prompt_font.pointSizeF() * 1.3)
        self.prompt_label.setFont(prompt_font)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setVisible(False)

        self.answer_button = QPushButton(self.tr("&Answer"), self)
        self.answer_button.setAccessibleName(self.tr("Answer this prompt"))
        self.another_button = QPushButton(self.tr("A&nother"), self)
        self.another_button.setAccessibleName(self.tr("Show another prompt"))
        self.skip_button = QPushButton(self.tr("S&kip"), self)
        self.skip_button.setAccessibleName(self.tr("Skip this prompt"))
        self.editor = ReflectionEditor(self.runner, self)
        self.editor.setVisible(False)
        self._build_answer_box()

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.attribute_pill, 0, Qt.AlignmentFlag.AlignVCenter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.another_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(top)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.answer_box)
        layout.addLayout(buttons)
        layout.addWidget(self.editor)
        layout.addWidget(self.status)
        self._connect_signals()
        if daily:
            self.show_daily()

    def _build_answer_box(self) -> None:
        self.answer_box = QFrame(self)
        self.answer_box.setAccessibleName(self.tr("My answer"))
        self.answered_heading = MutedLabel(parent=self.answer_box)
        self.answer_text = QLabel(self.answer_box)
        self.answer_text.setWordWrap(True)
        self.answer_text.setTextFormat(Qt.TextFormat.PlainText)
        self.answer_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_answer_button = QPushButton(self.tr("&Edit answer"), self.answer_box)
        self.edit_answer_button.setAccessibleName(self.tr("Edit my answer"))
        self.edit_answer_button.setEnabled(self._writable)
        self.delete_answer_button = QPushButton(self.tr("&Delete answer"), self.answer_box)
        self.delete_answer_button.setAccessibleName(self.tr("Delete my answer"))
        self.delete_answer_button.setToolTip(self.tr("Edit → Undo brings it back"))
        self.delete_answer_button.setEnabled(
            self.runner.allows(reflection_actions.delete_reflection)
        )
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.edit_answer_button)
        row.addWidget(self.delete_answer_button)
        box = QVBoxLayout(self.answer_box)
        box.setContentsMargins(0, 4, 0, 4)
        box.addWidget(self.answered_heading)
        box.addWidget(self.answer_text)
        box.addLayout(row)
        self.answer_box.setVisible(False)

    def _connect_signals(self) -> None:
        self.answer_button.clicked.connect(self.answer)
        self.another_button.clicked.connect(self.another)
        self.skip_button.clicked.connect(self.skip)
        self.edit_answer_button.clicked.connect(self.edit_answer)
        self.delete_answer_button.clicked.connect(self.delete_answer)
        self.editor.saved.connect(self._saved)
        self.editor.cancelled.connect(self._editor_cancelled)
        self.runner.journal_changed.connect(self._journal_changed)

    @property
    def today(self) -> date:
        return self._today or utcnow().astimezone().date()

    @property
    def moment(self) -> str:
        return self._moment

    # -- what to show --------------------------------------------------------------
    def show_daily(self) -> None:
        """Offer the prompt of the day (stable all day, not the one shown last time)."""
        self._moment, self._key, self._about, self._seen = "daily", self.today.isoformat(), {}, []
        self.heading.setText(self.tr("Prompt of the day"))
        prompt = prompt_reads.daily_prompt(
            self.runner.journal, self.today, previous_id=self._memory.previous_for(self.today)
        )
        if prompt is not None:
            self._memory.remember(self.today, prompt.id)
        self._show(prompt)

    def offer(
        self,
        moment: str,
        *,
        key: str,
        entry_id: str | None = None,
        revision_id: str | None = None,
        goal_id: str | None = None,
        checkpoint_id: str | None = None,
    ) -> None:
        """Offer a prompt for a moment (``after_revision``, ``checkpoint``, ``goal_end``,
        ``exhibition``) about one thing; answering links the reflection to it."""
        self._moment, self._key, self._seen = moment, key, []
        self._about = dict(
            entry_id=entry_id, revision_id=revision_id, goal_id=goal_id, checkpoint_id=checkpoint_id
        )
        self.heading.setText(
            {
                "after_revision": self.tr("A question about this revision"),
                "checkpoint": self.tr("A checkpoint question"),
                "goal_end": self.tr("Looking back on this goal"),
                "exhibition": self.tr("Choosing work to show"),
            }.get(moment, self.tr("A question for you"))
        )
        prompt = prompt_reads.moment_prompt(self.runner.journal, moment, key=key, day=self.today)
        self._show(prompt)

    def _show(self, prompt: PromptInfo | None) -> None:
        self.current_prompt = prompt
        if prompt is not None and prompt.id not in self._seen:
            self._seen.append(prompt.id)
        self.editor.setVisible(False)
        self.status.setVisible(False)
        self.answer_button.setEnabled(prompt is not None and self._writable)
        self.another_button.setEnabled(prompt is not None)
        self._refresh_answer()
        if prompt is None:
            self.prompt_label.setText(self.tr("There are no prompts switched on right now."))
            self.attribute_pill.clear()
            return
        self.prompt_label.setText(prompt.text)
        self.prompt_label.setAccessibleName(prompt.text)
        colour = labels.ATTRIBUTE_COLOURS.get(prompt.attribute)
        self.attribute_pill.setText(labels.attribute_label(prompt.attribute))
        self.attribute_pill.setToolTip(labels.attribute_hint(prompt.attribute))
        background = colour.name() if colour else "#777777"
        self.attribute_pill.setStyleSheet(
            f"QLabel#attributePill {{ color: white; background: {background};"
            " border-radius: 9px; padding: 2px 9px; }"
        )
        self.prompt_shown.emit(prompt.id)

    def _find_answer(self) -> ReflectionView | None:
        prompt = self.current_prompt
        if prompt is None:
            return None
        if self._moment == "daily":
            return reflection_reads.answer_to(self.runner.journal, prompt.id, day=self.today)
        about = self._about
        if not any(about.values()):
            return None
        return reflection_reads.answer_to(
            self.runner.journal,
            prompt.id,
            entry_id=about.get("entry_id"),
            revision_id=about.get("revision_id"),
            goal_id=about.get("goal_id"),
            checkpoint_id=about.get("checkpoint_id"),
        )

    def _refresh_answer(self) -> None:
        """Show whether (and how) the prompt on show was answered, from the journal."""
        self.answered = self._find_answer()
        answered = self.answered
        self.answer_box.setVisible(answered is not None)
        if answered is None:
            self.answer_button.setText(self.tr("&Answer"))
            self.answer_button.setAccessibleName(self.tr("Answer this prompt"))
            self.answer_text.clear()
            return
        self.answered_heading.setText(
            self.tr("You answered this today:")
            if self._moment == "daily"
            else self.tr("You answered this:")
        )
        self.answer_text.setText(answered.body or self.tr("(conditions only)"))
        self.answer_box.setAccessibleDescription(answered.body)
        self.answer_button.setText(self.tr("&Answer again"))
        self.answer_button.setAccessibleName(self.tr("Answer this prompt again"))

    def _journal_changed(self, changes: Changes, _initiator: object) -> None:
        if self.editor.isVisible():
            return  # never pull the answer being written from under the student
        if changes.touches(Kind.PROMPTS):
            prompt = self.current_prompt
            still = prompt_reads.get_prompt(self.runner.journal, prompt.id) if prompt else None
            if still is None or not still.enabled:
                if self._moment == "daily":
                    self.show_daily()
                else:
                    self.offer(self._moment, key=self._key, **self._about)
                return
        if changes.touches(Kind.REFLECTIONS):
            self._refresh_answer()

    # -- actions -----------------------------------------------------------------------
    def answer(self) -> None:
        if self.current_prompt is None or not self._writable or not self.editor.may_drop():
            return
        self.status.setVisible(False)
        self.editor.setVisible(True)
        self.editor.start(self.current_prompt, **self._about)

    def edit_answer(self) -> None:
        if self.answered is None or not self._writable or not self.editor.may_drop():
            return
        self.status.setVisible(False)
        self.editor.setVisible(True)
        self.editor.start_edit(self.answered)

    def delete_answer(self) -> None:
        """Delete the answer on show; Edit → Undo brings it back."""
        if self.answered is None:
            return
        try:
            outcome = self.runner.run(
                reflection_actions.delete_reflection, self.answered.id, initiator=self, quiet=True
            )
        except JournalError as exc:
            self.ask.error(self.tr("Your answer wasn't deleted"), str(exc))
            return
        if outcome is not None:
            self._refresh_answer()
            self._set_status(self.tr("Answer deleted. Edit → Undo brings it back."))
            self.answer_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def another(self) -> None:
        if not self.editor.may_drop():
            return
        prompt = prompt_reads.another_prompt(
            self.runner.journal,
            self.current_prompt.id if self.current_prompt else None,
            moment=self._moment,
            seen=self._seen,
            key=self._key,
            day=self.today,
        )
        if prompt is not None:
            self._show(prompt)

    def skip(self) -> None:
        # Skipping changes nothing in the journal: tomorrow brings another prompt anyway.
        if not self.editor.may_drop():
            return
        self.editor.setVisible(False)
        self._set_status(self.tr("Skipped. There's always another day."))
        self.skipped.emit()

    def _saved(self, reflection_id: str) -> None:
        self.editor.setVisible(False)
        self._refresh_answer()
        self._set_status(self.tr("Saved. Thank you for thinking about it!"))
        self.answer_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reflection_saved.emit(reflection_id)

    def _editor_cancelled(self) -> None:
        self.editor.setVisible(False)
        self.answer_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(True)


# -- the prompt library ---------------------------------------------------------------------


class PromptLibraryDialog(QDialog):
    """Every prompt (switch any off), my own prompts, and teachers' prompt packs.

    Every change goes through the runner; the lists refresh themselves from
    ``runner.journal_changed`` (so Edit → Undo shows here too).
    """

    def __init__(self, runner: ActionRunner | Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = _as_runner(runner, self)
        self.ask = Asker(self)
        self._writable = self.runner.allows(prompt_actions.add_my_prompt)
        self.setWindowTitle(self.tr("Prompts"))
        self.resize(760, 520)
        self._loading = False
        self._in_item_change = False

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Prompt library sections"))
        self.tabs.addTab(self._build_all_tab(), self.tr("&All prompts"))
        self.tabs.addTab(self._build_mine_tab(), self.tr("&My prompts"))
        self.tabs.addTab(self._build_packs_tab(), self.tr("&Teacher packs"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        for control in (
            self.my_text,
            self.my_attribute,
            self.my_moment,
            self.my_learn_best,
            self.add_mine_button,
            self.import_button,
        ):
            control.setEnabled(self._writable)
        self.runner.journal_changed.connect(self._journal_changed)
        self.reload()

    # -- building -----------------------------------------------------------------------
    def _build_all_tab(self) -> QWidget:
        page = QWidget(self)
        self.attribute_filter = QComboBox(page)
        self.attribute_filter.setAccessibleName(self.tr("Show prompts about"))
        self.attribute_filter.addItem(self.tr("Every attribute"), None)
        for attribute in ATTRIBUTES:
            self.attribute_filter.addItem(labels.attribute_label(attribute), attribute)
        self.prompt_tree = QTreeWidget(page)
        self.prompt_tree.setAccessibleName(self.tr("Prompts"))
        self.prompt_tree.setHeaderLabels(
            [self.tr("Prompt"), self.tr("Attribute"), self.tr("When"), self.tr("From")]
        )
        self.prompt_tree.setRootIsDecorated(False)
        self.prompt_tree.setUniformRowHeights(True)
        self.prompt_tree.setColumnWidth(0, 420)
        hint = QLabel(self.tr("Untick a prompt to stop it being offered."), page)
        hint.setWordWrap(True)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Show:"), page)
        label.setBuddy(self.attribute_filter)
        row.addWidget(label)
        row.addWidget(self.attribute_filter)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.prompt_tree)
        layout.addWidget(hint)
        self.attribute_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.prompt_tree.itemChanged.connect(self._prompt_toggled)
        return page

    def _build_mine_tab(self) -> QWidget:
        page = QWidget(self)
        self.my_text = QLineEdit(page)
        self.my_text.setAccessibleName(self.tr("My new prompt"))
        self.my_text.setPlaceholderText(self.tr("A question I want to ask myself…"))
        self.my_text.setMaxLength(400)
        self.my_attribute = QComboBox(page)
        self.my_attribute.setAccessibleName(self.tr("Attribute of my prompt"))
        for attribute in ATTRIBUTES:
            self.my_attribute.addItem(labels.attribute_label(attribute), attribute)
        self.my_moment = QComboBox(page)
        self.my_moment.setAccessibleName(self.tr("When to offer my prompt"))
        for moment in MOMENTS:
            self.my_moment.addItem(labels.moment_label(moment), moment)
        self.my_learn_best = QCheckBox(self.tr("It's about how I learn &best"), page)
        self.my_learn_best.setAccessibleName(self.tr("About how I learn best"))
        self.add_mine_button = QPushButton(self.tr("A&dd my prompt"), page)
        self.add_mine_button.setAccessibleName(self.tr("Add my prompt"))
        self.my_list = QListWidget(page)
        self.my_list.setAccessibleName(self.tr("My prompts"))
        self.delete_mine_button = QPushButton(self.tr("De&lete"), page)
        self.delete_mine_button.setAccessibleName(self.tr("Delete my prompt"))
        form = QFormLayout()
        form.addRow(self.tr("&Prompt:"), self.my_text)
        form.addRow(self.tr("About:"), self.my_attribute)
        form.addRow(self.tr("Offer it:"), self.my_moment)
        form.addRow("", self.my_learn_best)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_mine_button)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.my_list)
        layout.addWidget(self.delete_mine_button, 0, Qt.AlignmentFlag.AlignRight)
        self.add_mine_button.clicked.connect(self.add_my_prompt)
        self.my_text.returnPressed.connect(self.add_my_prompt)
        self.delete_mine_button.clicked.connect(self.delete_my_prompt)
        return page

    def _build_packs_tab(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "A teacher can give you a prompt pack: a file of questions for your class. "
                "Tick a pack to have its prompts offered."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.pack_list = QListWidget(page)
        self.pack_list.setAccessibleName(self.tr("Prompt packs"))
        self.import_button = QPushButton(self.tr("&Import a pack…"), page)
        self.import_button.setAccessibleName(self.tr("Import a prompt pack"))
        self.remove_pack_button = QPushButton(self.tr("&Remove pack"), page)
        self.remove_pack_button.setAccessibleName(self.tr("Remove prompt pack"))
        self.pack_status = QLabel(page)
        self.pack_status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_pack_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.pack_list)
        layout.addLayout(buttons)
        layout.addWidget(self.pack_status)
        self.import_button.clicked.connect(self.choose_pack)
        self.remove_pack_button.clicked.connect(self.remove_pack)
        self.pack_list.itemChanged.connect(self._pack_toggled)
        return page

    # -- loading -----------------------------------------------------------------------
    def _journal_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Kind.PROMPTS):
            self._refresh()

    def _refresh(self) -> None:
        if self._in_item_change:
            # Rebuilding a list from inside its own itemChanged would delete the item
            # Qt is still telling us about: rebuild on the next turn of the event loop.
            QTimer.singleShot(0, self, self.reload)
        else:
            self.reload()

    def reload(self) -> None:
        self._loading = True
        try:
            library = prompt_reads.prompt_library(
                self.runner.journal, attribute=self.attribute_filter.currentData()
            )
            checkable = Qt.ItemFlag.ItemIsUserCheckable if self._writable else Qt.ItemFlag(0)
            self.prompt_tree.clear()
            for p in library.prompts:
                row = QTreeWidgetItem(
                    [
                        p.text,
                        labels.attribute_label(p.attribute),
                        labels.moment_label(p.moment),
                        p.pack_name or labels.source_label(p.source),
                    ]
                )
                row.setData(0, Qt.ItemDataRole.UserRole, p.id)
                row.setToolTip(0, p.text)
                row.setFlags((row.flags() & ~Qt.ItemFlag.ItemIsUserCheckable) | checkable)
                row.setCheckState(
                    0, Qt.CheckState.Checked if p.enabled else Qt.CheckState.Unchecked
                )
                self.prompt_tree.addTopLevelItem(row)
            current_mine = self.my_list.currentRow()
            self.my_list.clear()
            for p in library.mine:
                item = QListWidgetItem(f"{p.text}  ({labels.attribute_label(p.attribute)})")
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.my_list.addItem(item)
            if library.mine and current_mine >= 0:
                self.my_list.setCurrentRow(min(current_mine, len(library.mine) - 1))
            self.delete_mine_button.setEnabled(bool(library.mine) and self._writable)
            current_pack = self.pack_list.currentRow()
            self.pack_list.clear()
            for pack in library.packs:
                by = self.tr(" by %1").replace("%1", pack.author) if pack.author else ""
                text = labels.plural(self.tr("%1%2 (%n prompt(s))", "", pack.prompts), pack.prompts)
                item = QListWidgetItem(text.replace("%1", pack.name).replace("%2", by))
                item.setData(Qt.ItemDataRole.UserRole, pack.id)
                item.setFlags((item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable) | checkable)
                item.setCheckState(
                    Qt.CheckState.Checked if pack.enabled else Qt.CheckState.Unchecked
                )
                self.pack_list.addItem(item)
            self.remove_pack_button.setEnabled(bool(library.packs) and self._writable)
            if library.packs:
                self.pack_list.setCurrentRow(min(max(current_pack, 0), len(library.packs) - 1))
        finally:
            self._loading = False

    def _run(self, failure: str, fn: Callable[..., Outcome[Any]], *args: Any, **kw: Any) -> bool:
        """Run an action; on failure tell the student in one sentence and show the truth again."""
        try:
            outcome = self.runner.run(fn, *args, initiator=self, quiet=True, **kw)
        except JournalError as exc:
            self.ask.error(failure, str(exc))
            self._refresh()
            return False
        return outcome is not None

    def _run_for_item(
        self, failure: str, fn: Callable[..., Outcome[Any]], *args: Any, **kw: Any
    ) -> bool:
        """:meth:`_run` for a change made by ticking an item (we are inside itemChanged)."""
        self._in_item_change = True
        try:
            return self._run(failure, fn, *args, **kw)
        finally:
            self._in_item_change = False

    # -- actions -----------------------------------------------------------------------
    def _prompt_toggled(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != 0:
            return
        enabled = item.checkState(0) == Qt.CheckState.Checked
        prompt_id = str(item.data(0, Qt.ItemDataRole.UserRole))
        self._run_for_item(
            self.tr("Couldn't change the prompt"),
            prompt_actions.set_prompt_enabled,
            prompt_id,
            enabled,
        )

    def add_my_prompt(self) -> None:
        text = self.my_text.text()
        if not text.strip():
            self.my_text.setFocus()
            return
        if self._run(
            self.tr("Your prompt wasn't added"),
            prompt_actions.add_my_prompt,
            text,
            str(self.my_attribute.currentData()),
            moment=str(self.my_moment.currentData()),
            learn_best=self.my_learn_best.isChecked(),
        ):
            self.my_text.clear()
            self.my_learn_best.setChecked(False)

    def delete_my_prompt(self) -> None:
        item = self.my_list.currentItem()
        if item is None:
            return
        if not self.ask.confirm(
            self.tr("Delete prompt"),
            self.tr("Delete this prompt? Your answers to it are kept."),
            yes=self.tr("Delete"),
        ):
            return
        prompt_id = str(item.data(Qt.ItemDataRole.UserRole))
        self._run(self.tr("Couldn't delete the prompt"), prompt_actions.delete_my_prompt, prompt_id)

    def _pack_toggled(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        enabled = item.checkState() == Qt.CheckState.Checked
        pack_id = str(item.data(Qt.ItemDataRole.UserRole))
        self._run_for_item(
            self.tr("Couldn't switch the pack"), prompt_actions.set_pack_enabled, pack_id, enabled
        )

    def choose_pack(self) -> None:
        path = self.ask.open_file(
            self.tr("Import a prompt pack"), self.tr("Prompt packs (*.json);;All files (*)")
        )
        if path is not None:
            self.import_pack(path)

    def import_pack(self, path: Path) -> None:
        """Read, check and add the pack on the writer thread, all or nothing."""
        self.import_button.setEnabled(False)
        self.pack_status.setText(self.tr("Checking the pack…"))
        token = self.runner.submit(
            prompt_actions.import_prompt_pack,
            path,
            label=self.tr("Adding the prompt pack…"),
            parent=self,
            on_done=self._pack_added,
            on_error=self._pack_failed,
            initiator=self,
        )
        if token is None:  # refused (read-only); already told
            self.import_button.setEnabled(self._writable)
            self.pack_status.clear()

    def _pack_added(self, info: PackInfo) -> None:
        self.import_button.setEnabled(self._writable)
        text = labels.plural(
            self.tr("Added the pack “%1” (%n prompt(s)).", "", info.prompts), info.prompts
        )
        self.pack_status.setText(text.replace("%1", info.name))

    def _pack_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(self._writable)
        self.pack_status.setText(self.tr("The pack wasn't added; nothing has changed."))
        if isinstance(exc, JournalError):
            self.ask.error(self.tr("This pack can't be used"), str(exc))
        else:
            raise exc

    def remove_pack(self) -> None:
        item = self.pack_list.currentItem()
        if item is None:
            return
        if not self.ask.confirm(
            self.tr("Remove pack"),
            self.tr("Remove this pack and its prompts? Your answers to them are kept."),
            yes=self.tr("Remove"),
        ):
            return
        pack_id = str(item.data(Qt.ItemDataRole.UserRole))
        if self._run(self.tr("Couldn't remove the pack"), prompt_actions.remove_pack, pack_id):
            self.pack_status.clear()
