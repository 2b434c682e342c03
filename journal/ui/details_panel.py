"""The details of one entry: when the learning happened, tags, the four attributes,
who may see it, and the goals it is evidence for.

Every change is written at once (no Save button) as an undoable action
(:mod:`journal.actions.entries`) through the window's :class:`ActionRunner`;
the panel reads through :mod:`journal.store.read_models.details` and keeps
itself up to date from ``journal_changed`` (an undo from the Edit menu shows
at once).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal.actions import Changes, Kind, Outcome
from journal.actions import entries as entry_actions
from journal.core.enums import Attribute, Privacy
from journal.store.errors import JournalError, NotFoundError
from journal.store.read_models.details import (
    EntryDetails,
    GoalLink,
    entry_details,
    known_tags,
    linked_goals,
)
from journal.store.read_models.entries import entry_exists
from journal.ui.attributes import KEYS as ATTRIBUTE_KEYS
from journal.ui.attributes import AttributeCheckBox, attribute_description, attribute_name
from journal.ui.formatting import day_pattern
from journal.ui.runner import ActionRunner
from journal.ui.widgets import MutedLabel, clear_layout

Index = QModelIndex | QPersistentModelIndex

#: How long the date waits after the last change before it is saved (typing a
#: date digit by digit passes through several valid dates).
DATE_SAVE_DELAY_MS = 400


def parse_tags(text: str) -> list[str]:
    """The tags in a comma-separated line, tidied, in order, without repeats."""
    seen: set[str] = set()
    tags: list[str] = []
    for raw in text.split(","):
        name = " ".join(raw.split()).lstrip("#").strip()
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            tags.append(name)
    return tags


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the tags before it."""

    def __init__(self, line_edit: QLineEdit) -> None:
        super().__init__(line_edit)
        self._line_edit = line_edit
        self._names = QStringListModel(self)
        self.setModel(self._names)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setModelSorting(QCompleter.ModelSorting.CaseInsensitivelySortedModel)

    def set_tag_names(self, names: list[str]) -> None:
        self._names.setStringList(sorted(names, key=str.casefold))

    def tag_names(self) -> list[str]:
        return self._names.stringList()

    def splitPath(self, path: str) -> list[str]:
        # Only the tag after the last comma is matched against the known tags.
        return [path.rsplit(",", 1)[-1].lstrip().lstrip("#")]

    def pathFromIndex(self, index: Index) -> str:
        chosen = str(super().pathFromIndex(index))
        head, comma, _typed = self._line_edit.text().rpartition(",")
        return f"{head.rstrip()}{comma} {chosen}" if comma else chosen


class _ExplanationLabel(MutedLabel):
    """The one-line explanation under a toggle; clicking it flips the toggle too."""

    def __init__(self, text: str, toggle: QCheckBox) -> None:
        super().__init__(text)
        self._toggle = toggle
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._toggle.isEnabled():
            self._toggle.click()
        super().mouseReleaseEvent(event)


class EntryDetailsPanel(QWidget):
    """The details of the current entry, saved as soon as they change.

    Each change is an action run through ``runner`` (so Edit → Undo takes it
    back); the panel follows ``runner.journal_changed`` for its entry's
    details, tags and goal links, whoever changed them.
    """

    def __init__(self, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        # Read-only (a teacher's review) is decided once: the controls stay disabled.
        self._writable = not runner.read_only
        self._entry_id: str | None = None
        self._saved_tags: list[str] = []
        self._saved_date: date | None = None
        self._loading = False
        self.setAccessibleName(self.tr("Entry details"))

        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(DATE_SAVE_DELAY_MS)

        self._build()
        self._connect_signals()
        self.runner.journal_changed.connect(self._on_journal_changed)
        self.show_entry(None)

    # -- building --------------------------------------------------------
    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _note(self, text: str = "") -> QLabel:
        return MutedLabel(text)

    def _build(self) -> None:
        content = QWidget()
        content.setObjectName("detailsContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(4)

        # When the learning happened.
        date_heading = self._heading(self.tr("When I learned this"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(day_pattern())
        self.date_edit.setAccessibleName(self.tr("Date I learned this"))
        self.date_edit.setToolTip(self.tr("The day the learning happened"))
        self.date_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._name_inner_line_edit(self.date_edit, self.tr("Date I learned this"))
        date_heading.setBuddy(self.date_edit)
        layout.addWidget(date_heading)
        layout.addWidget(self.date_edit)
        layout.addSpacing(10)

        # Tags.
        tags_heading = self._heading(self.tr("Tags"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("e.g. science, volcano"))
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setAccessibleDescription(self.tr("Separate tags with commas"))
        self.tags_edit.setClearButtonEnabled(True)
        self.tag_completer = TagCompleter(self.tags_edit)
        self.tags_edit.setCompleter(self.tag_completer)
        tags_heading.setBuddy(self.tags_edit)
        layout.addWidget(tags_heading)
        layout.addWidget(self.tags_edit)
        layout.addWidget(self._note(self.tr("Separate tags with commas.")))
        layout.addSpacing(10)

        # The four attributes.
        layout.addWidget(self._heading(self.tr("What this entry shows")))
        self.attribute_boxes: dict[Attribute, QCheckBox] = {}
        for attribute, name, explanation in self._attribute_texts():
            box = AttributeCheckBox(attribute.value)
            box.setAccessibleName(name)
            box.setAccessibleDescription(explanation)
            box.setToolTip(explanation)
            self.attribute_boxes[attribute] = box
            hint = _ExplanationLabel(explanation, box)
            indent = box.style().pixelMetric(box.style().PixelMetric.PM_IndicatorWidth)
            indent += box.style().pixelMetric(box.style().PixelMetric.PM_CheckBoxLabelSpacing)
            hint.setContentsMargins(indent, 0, 0, 0)
            pair = QVBoxLayout()
            pair.setSpacing(0)
            pair.setContentsMargins(0, 0, 0, 6)
            pair.addWidget(box)
            pair.addWidget(hint)
            layout.addLayout(pair)
        layout.addSpacing(4)

        # Who may see it.
        layout.addWidget(self._heading(self.tr("Who can see it")))
        self.private_button = QRadioButton(self.tr("Private"))
        self.private_button.setAccessibleName(self.tr("Private: only on this computer"))
        self.shareable_button = QRadioButton(self.tr("Shareable"))
        self.shareable_button.setAccessibleName(self.tr("Shareable: can go in what I export"))
        self.privacy_group = QButtonGroup(self)
        self.privacy_group.addButton(self.private_button)
        self.privacy_group.addButton(self.shareable_button)
        privacy_row = QHBoxLayout()
        privacy_row.setSpacing(16)
        privacy_row.addWidget(self.private_button)
        privacy_row.addWidget(self.shareable_button)
        privacy_row.addStretch(1)
        layout.addLayout(privacy_row)
        self.privacy_note = self._note()
        layout.addWidget(self.privacy_note)
        layout.addSpacing(10)

        # Goals this entry is evidence for.
        layout.addWidget(self._heading(self.tr("Evidence for my goals")))
        # Read-only for now: labels, which screen readers read in order.
        self.goals_box = QWidget()
        self.goals_box.setAccessibleName(self.tr("Goals this entry is evidence for"))
        self._goals_layout = QVBoxLayout(self.goals_box)
        self._goals_layout.setContentsMargins(0, 0, 0, 0)
        self._goals_layout.setSpacing(4)
        self.goal_labels: list[QLabel] = []
        self.no_goals_note = self._note(
            self.tr("Not linked to a goal yet. You can link it from a goal's page.")
        )
        layout.addWidget(self.goals_box)
        layout.addWidget(self.no_goals_note)

        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setAccessibleName(self.tr("Problem"))
        self.problem_label.hide()
        layout.addSpacing(8)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setAccessibleName(self.tr("Entry details"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def _attribute_texts(self) -> list[tuple[Attribute, str, str]]:
        return [
            (Attribute(key), attribute_name(key), attribute_description(key))
            for key in ATTRIBUTE_KEYS
        ]

    @staticmethod
    def _name_inner_line_edit(spin: QWidget, name: str) -> None:
        # A spin box takes focus through its inner line edit; name it too, so a
        # screen reader (and the accessibility walk of the window) finds a name.
        inner = spin.findChild(QLineEdit)
        if inner is not None:
            inner.setAccessibleName(name)

    def _connect_signals(self) -> None:
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.date_edit.editingFinished.connect(self._save_date_now)
        self._date_timer.timeout.connect(self._save_date_now)
        self.tags_edit.editingFinished.connect(self._save_tags_now)
        for box in self.attribute_boxes.values():
            box.toggled.connect(self._on_attribute_toggled)
        self.privacy_group.buttonToggled.connect(self._on_privacy_toggled)

    # -- public API ------------------------------------------------------
    @property
    def entry_id(self) -> str | None:
        return self._entry_id

    def show_entry(self, entry_id: str | None) -> None:
        """Show (and edit) the details of this entry; None shows nothing and disables the panel.

        Unsaved edits of the entry shown before (tags still being typed, a date
        waiting for its delay) are saved first.
        """
        self.flush()
        self._entry_id = entry_id
        self._hide_problem()
        if entry_id is None:
            self._show_nothing()
            return
        try:
            self._load(entry_id)
        except NotFoundError:
            self._entry_id = None
            self._show_nothing()

    def reload(self) -> None:
        """Read the shown entry's details again."""
        if self._entry_id is not None:
            self._date_timer.stop()
            try:
                self._load(self._entry_id)
            except NotFoundError:
                self.show_entry(None)

    def _on_journal_changed(self, changes: Changes, initiator: object) -> None:
        """Show what others changed (an undo, a goal linking this entry); own saves are shown."""
        entry_id = self._entry_id
        if entry_id is None:
            return
        if changes.touches_entry(entry_id, Kind.ENTRIES, Kind.TRASH) and not entry_exists(
            self.runner.journal, entry_id
        ):
            self._entry_id = None  # deleted for good (emptied from the trash)
            self._show_nothing()
            return
        if initiator is self:
            return
        details = changes.touches_entry(entry_id, Kind.DETAILS)
        tags = changes.touches_entry(entry_id, Kind.TAGS)
        goals = changes.touches_entry(entry_id, Kind.EVIDENCE) or changes.touches(Kind.GOALS)
        try:
            if details or tags:
                shown = entry_details(self.runner.journal, entry_id)
                self._apply(shown, details=details, tags=tags)
            elif goals:
                self._show_goals(linked_goals(self.runner.journal, entry_id))
            if changes.touches(Kind.TAGS) and not tags:
                # Another entry's new tag: offer it here too.
                self.tag_completer.set_tag_names(known_tags(self.runner.journal))
        except NotFoundError:
            self.show_entry(None)

    def flush(self) -> None:
        """Save edits that are still waiting (tags being typed, a date in its delay)."""
        if self._entry_id is None or self._loading:
            return
        if self._date_timer.isActive():
            self._save_date_now()
        if parse_tags(self.tags_edit.text()) != self._saved_tags:
            self._save_tags_now()

    # -- loading ---------------------------------------------------------
    def _show_nothing(self) -> None:
        self._loading = True
        try:
            self.date_edit.setDate(QDate.currentDate())
            self.tags_edit.clear()
            for box in self.attribute_boxes.values():
                box.setChecked(False)
            self.private_button.setChecked(True)
            self._update_privacy_note()
            self._show_goals([])
            self.no_goals_note.hide()
            self._saved_tags = []
            self._saved_date = None
        finally:
            self._loading = False
        self.setEnabled(False)

    def _load(self, entry_id: str) -> None:
        self._apply(entry_details(self.runner.journal, entry_id), details=True, tags=True)
        self.setEnabled(True)
        for widget in (
            self.date_edit,
            self.tags_edit,
            self.private_button,
            self.shareable_button,
            *self.attribute_boxes.values(),
        ):
            widget.setEnabled(self._writable)

    def _apply(self, shown: EntryDetails, *, details: bool, tags: bool) -> None:
        """Show what is stored: the date, attributes and privacy, and/or the tags; and the goals."""
        self._loading = True
        try:
            if details:
                self._date_timer.stop()
                day = shown.learned_on
                self.date_edit.setDate(QDate(day.year, day.month, day.day))
                self._saved_date = day
                for attribute, box in self.attribute_boxes.items():
                    box.setChecked(attribute in shown.attributes)
                private = shown.privacy is Privacy.PRIVATE
                (self.private_button if private else self.shareable_button).setChecked(True)
                self._update_privacy_note()
            if tags:
                self.tags_edit.setText(", ".join(shown.tags))
                self._saved_tags = list(shown.tags)
                self.tag_completer.set_tag_names(list(shown.known_tags))
            self._show_goals(shown.goals)
        finally:
            self._loading = False

    def linked_goal_titles(self) -> list[str]:
        """The titles of the goals the shown entry is evidence for, as listed."""
        return [str(label.property("goalTitle")) for label in self.goal_labels]

    def _show_goals(self, goals: tuple[GoalLink, ...] | list[GoalLink]) -> None:
        clear_layout(self._goals_layout)
        self.goal_labels = []
        for goal in goals:
            goal_id, shown = goal.id, goal.title or self.tr("Untitled goal")
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.setSpacing(6)
            bullet = QLabel("•")
            bullet.setAccessibleName(" ")
            bullet.setAlignment(Qt.AlignmentFlag.AlignTop)
            label = QLabel(shown)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setProperty("goalId", goal_id)
            label.setProperty("goalTitle", shown)
            row_layout.addWidget(bullet)
            row_layout.addWidget(label, 1)
            self._goals_layout.addWidget(row)
            self.goal_labels.append(label)
        self.goals_box.setVisible(bool(goals))
        self.no_goals_note.setVisible(not goals)

    def _update_privacy_note(self) -> None:
        if self.private_button.isChecked():
            self.privacy_note.setText(
                self.tr(
                    "Private entries stay on this computer. They only leave it if you "
                    "choose to include them when you export."
                )
            )
        else:
            self.privacy_note.setText(
                self.tr("Shareable entries can go into the portfolios and exhibitions you make.")
            )

    # -- saving ----------------------------------------------------------
    def _save(self, fn: Callable[..., Outcome[None]], value: object) -> bool:
        """Run one detail action on the shown entry; a failure is said here and undone on screen."""
        entry_id = self._entry_id
        if entry_id is None or self._loading:
            return False
        try:
            self.runner.run(fn, entry_id, value, initiator=self, quiet=True)
        except JournalError as exc:
            self._show_problem(str(exc))
            self.reload()
            return False
        self._hide_problem()
        return True

    def _on_date_changed(self, _value: QDate) -> None:
        if not self._loading:
            self._date_timer.start()

    def _save_date_now(self) -> None:
        self._date_timer.stop()
        chosen = self.date_edit.date().toPython()
        assert isinstance(chosen, date)
        if self._entry_id is None or chosen == self._saved_date:
            return
        if self._save(entry_actions.set_learned_on, chosen):
            self._saved_date = chosen

    def _save_tags_now(self) -> None:
        tags = parse_tags(self.tags_edit.text())
        if self._entry_id is None or tags == self._saved_tags:
            return
        entry_id = self._entry_id
        if self._save(entry_actions.set_tags, tags):
            try:
                shown = entry_details(self.runner.journal, entry_id)
            except NotFoundError:
                return
            # In the order typed, spelled as stored (an existing tag keeps its spelling).
            spelled = {name.casefold(): name for name in shown.tags}
            self._saved_tags = [spelled.get(name.casefold(), name) for name in tags]
            self.tag_completer.set_tag_names(list(shown.known_tags))
            tidy = ", ".join(self._saved_tags)
            if self.tags_edit.text() != tidy:
                self.tags_edit.setText(tidy)

    def _on_attribute_toggled(self, _checked: bool) -> None:
        chosen = {a for a, box in self.attribute_boxes.items() if box.isChecked()}
        self._save(entry_actions.set_attributes, frozenset(chosen))

    def _on_privacy_toggled(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        self._update_privacy_note()
        private = button is self.private_button
        self._save(entry_actions.set_privacy, Privacy.PRIVATE if private else Privacy.SHAREABLE)

    # -- messages --------------------------------------------------------
    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.problem_label.setStyleSheet(f"color: {'#F28B82' if dark else '#B3261E'};")
        self.problem_label.show()

    def _hide_problem(self) -> None:
        self.problem_label.hide()
        self.problem_label.clear()
