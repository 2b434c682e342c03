"""The Exhibitions page: a list of exhibitions and the builder for the chosen one.

Everything changes through :mod:`journal.actions.exhibitions` with
``runner.run``; the page reads :mod:`journal.store.read_models.exhibitions`
and refreshes itself from ``runner.journal_changed``. The "Ready to present?"
checklist links each gap to the field that fixes it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.actions import exhibitions as act
from journal.actions.base import Changes, Kind
from journal.actions.reflections import add_reflection
from journal.core.enums import Attribute
from journal.core.exhibitions import (
    AUDIENCE_LABELS,
    TEMPLATES,
    AudiencePreset,
    ExhibitionFormat,
    Gap,
    PanelNoteKind,
    ReadinessGap,
    readiness,
)
from journal.portfolio.exhibit_plan import ExhibitPlan, plan_exhibit
from journal.store.errors import NotFoundError
from journal.store.read_models.exhibitions import (
    ExhibitionDetail,
    Station,
    StationFile,
    entry_drafts,
    exhibition_detail,
    list_exhibitions,
)
from journal.ui.dialogs import Asker
from journal.ui.exhibitions.add_entry import AddEntryDialog
from journal.ui.exhibitions.present import PresentWindow, _clock_text
from journal.ui.portfolio.panel_dialog import level_words
from journal.ui.runner import ActionRunner

_ID = Qt.ItemDataRole.UserRole
#: The question offered after a panel's feedback comes back (translated where shown).
AFTER_PROMPT: str = QT_TRANSLATE_NOOP(  # type: ignore[assignment]
    "ExhibitionsPage",
    "Read what the panel said. What surprised you, what are you proud of, and what "
    "will you try next time?",
)
_FORMATS = ("page", "pdf", "placards")


class _NotesEdit(QPlainTextEdit):
    """Multi-line text that says when the student leaves it (to save once, not per key)."""

    committed = Signal()

    def focusOutEvent(self, event: Any) -> None:
        self.committed.emit()
        super().focusOutEvent(event)


class ExhibitionsPage(QWidget):
    """Build an exhibition: stations, drafts, captions, times; rehearse, present, export."""

    def __init__(self, runner: ActionRunner, ask: Asker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.ask = ask
        self.detail: ExhibitionDetail | None = None
        self.gaps: tuple[ReadinessGap, ...] = ()
        self.add_dialog: AddEntryDialog | None = None
        self.present_window: PresentWindow | None = None
        self.last_run: tuple[Any, ...] = ()
        self.export_results: list[Any] = []
        self._preview_document: QTextDocument | None = None
        self._loading = False
        self._stale = False
        self.clock: Callable[[], float] = time.monotonic  # the timer's clock (tests fake it)
        self.setAccessibleName(self.tr("Exhibitions"))
        self._build()
        self.runner.journal_changed.connect(self._on_changed)
        self.reload()

    # -- building ----------------------------------------------------------------
    def _button(self, text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _page_action(
        self, text: str, slot: Callable[[], Any], shortcut: str | None = None,
        widget: QWidget | None = None,
    ) -> QAction:  # fmt: skip
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        (widget or self).addAction(action)
        return action

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        splitter = QSplitter()
        outer.addWidget(splitter)

        # The list of exhibitions.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        heading = QLabel(self.tr("&Exhibitions"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Exhibitions"))
        heading.setBuddy(self.list)
        self.list.currentItemChanged.connect(lambda *_a: self._load_detail())
        self.new_button = QToolButton()
        self.new_button.setText(self.tr("&New exhibition"))
        self.new_button.setAccessibleName(self.tr("New exhibition"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.new_button)
        self.template_actions: dict[ExhibitionFormat, QAction] = {}
        for fmt, template in TEMPLATES.items():
            label = self.tr(template.label)
            if template.minutes:
                label = self.tr("{label} ({minutes} min)").format(
                    label=label, minutes=template.minutes
                )
            action = menu.addAction(label)
            action.setToolTip(self.tr(template.description))
            action.triggered.connect(lambda _c=False, f=fmt: self.new_exhibition(f))
            self.template_actions[fmt] = action
        self.new_button.setMenu(menu)
        self.duplicate_button = self._button(
            self.tr("&Duplicate for next year"), self.tr("Duplicate for next year"),
            self.duplicate,
        )  # fmt: skip
        self.delete_button = self._button(
            self.tr("Delete exhibition"), self.tr("Delete exhibition"), self.delete
        )
        left_layout.addWidget(heading)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.duplicate_button)
        left_layout.addWidget(self.delete_button)
        splitter.addWidget(left)

        # The builder.
        self.builder = QWidget()
        self.builder.setAccessibleName(self.tr("Exhibition builder"))
        builder = QVBoxLayout(self.builder)
        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.editingFinished.connect(self._save_title)
        self.claim_edit = QLineEdit()
        self.claim_edit.setAccessibleName(self.tr("Claim or driving question"))
        self.claim_edit.editingFinished.connect(self._save_claim)
        self.audience_box = QComboBox()
        self.audience_box.setAccessibleName(self.tr("Audience"))
        for preset in AudiencePreset:
            self.audience_box.addItem(self.tr(AUDIENCE_LABELS[preset]), preset.value)
        self.audience_box.activated.connect(lambda _i: self._save_audience())
        self.budget_box = QSpinBox()
        self.budget_box.setAccessibleName(self.tr("Time budget in minutes"))
        self.budget_box.setRange(0, 480)
        self.budget_box.setSuffix(self.tr(" min"))
        self.budget_box.editingFinished.connect(self._save_budget)
        self.address_edit = QLineEdit()
        self.address_edit.setAccessibleName(self.tr("Web address where it is online"))
        self.address_edit.setPlaceholderText(self.tr("For a QR code on the placards (optional)"))
        self.address_edit.editingFinished.connect(self._save_address)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("Claim or driving &question:"), self.claim_edit)
        form.addRow(self.tr("A&udience:"), self.audience_box)
        form.addRow(self.tr("Time &budget:"), self.budget_box)
        form.addRow(self.tr("O&nline at:"), self.address_edit)
        builder.addLayout(form)

        middle = QSplitter()
        # Stations.
        stations_box = QGroupBox(self.tr("Stations"))
        stations_layout = QVBoxLayout(stations_box)
        self.stations = QListWidget()
        self.stations.setAccessibleName(self.tr("Stations, in the order you present them"))
        self.stations.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.stations.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.stations.currentItemChanged.connect(lambda *_a: self._load_station())
        self.stations.model().rowsMoved.connect(self._dragged)
        self.stations.installEventFilter(self)
        self.add_button = self._button(
            self.tr("&Add entry…"), self.tr("Add entry"), self.open_add_dialog
        )
        self.remove_button = self._button(
            self.tr("&Remove station"), self.tr("Remove station"), self.remove_station
        )
        self.up_button = self._button(
            self.tr("Move up (Alt+Up)"), self.tr("Move station up"), self.move_up
        )
        self.down_button = self._button(
            self.tr("Move down (Alt+Down)"), self.tr("Move station down"), self.move_down
        )
        self.up_action = self._page_action(self.tr("Move station up"), self.move_up, "Alt+Up")
        self.down_action = self._page_action(
            self.tr("Move station down"), self.move_down, "Alt+Down"
        )
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(button)
        stations_layout.addWidget(self.stations, 1)
        stations_layout.addLayout(row)
        middle.addWidget(stations_box)

        # The chosen station.
        station_box = QGroupBox(self.tr("This station"))
        station_form = QFormLayout(station_box)
        self.draft_box = QComboBox()
        self.draft_box.setAccessibleName(self.tr("Pinned draft"))
        self.draft_box.activated.connect(lambda _i: self._save_draft())
        self.topic_edit = QLineEdit()
        self.topic_edit.setAccessibleName(self.tr("What I learned about the topic"))
        self.topic_edit.editingFinished.connect(self._save_topic)
        self.self_edit = QLineEdit()
        self.self_edit.setAccessibleName(self.tr("What I learned about myself"))
        self.self_edit.editingFinished.connect(self._save_self)
        self.notes_edit = _NotesEdit()
        self.notes_edit.setAccessibleName(self.tr("Talking notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(90)
        self.notes_edit.committed.connect(self._save_notes)
        self.time_box = QSpinBox()
        self.time_box.setAccessibleName(self.tr("Time for this station in seconds"))
        self.time_box.setRange(0, 8 * 3600)
        self.time_box.setSingleStep(15)
        self.time_box.setSuffix(self.tr(" s"))
        self.time_box.editingFinished.connect(self._save_time)
        self.picture_box = QComboBox()
        self.picture_box.setAccessibleName(self.tr("Picture"))
        self.picture_box.currentIndexChanged.connect(lambda _i: self._load_picture())
        self.alt_edit = QLineEdit()
        self.alt_edit.setAccessibleName(self.tr("Describe the picture (alt text)"))
        self.alt_edit.editingFinished.connect(self._save_alt)
        self.decorative_box = QCheckBox(self.tr("Decorative (nothing to describe)"))
        self.decorative_box.setAccessibleName(self.tr("Decorative picture"))
        self.decorative_box.clicked.connect(lambda c: self._describe(decorative=bool(c)))
        self.people_box = QCheckBox(self.tr("Sho&ws other people"))
        self.people_box.setAccessibleName(self.tr("Picture shows other people"))
        self.people_box.clicked.connect(lambda c: self._describe(shows_people=bool(c)))
        self.include_box = QCheckBox(self.tr("Show it to families and the public anyway"))
        self.include_box.setAccessibleName(
            self.tr("Show this picture of other people to families and the public")
        )
        self.include_box.clicked.connect(lambda c: self._include(bool(c)))
        station_form.addRow(self.tr("&Pinned draft:"), self.draft_box)
        station_form.addRow(self.tr("About the t&opic:"), self.topic_edit)
        station_form.addRow(self.tr("About m&yself:"), self.self_edit)
        station_form.addRow(self.tr("Tal&king notes:"), self.notes_edit)
        station_form.addRow(self.tr("Ti&me:"), self.time_box)
        station_form.addRow(self.tr("P&icture:"), self.picture_box)
        station_form.addRow(self.tr("Alt te&xt:"), self.alt_edit)
        station_form.addRow("", self.decorative_box)
        station_form.addRow("", self.people_box)
        station_form.addRow("", self.include_box)
        self.station_box = station_box
        middle.addWidget(station_box)

        # Preview and checklist.
        side = QWidget()
        side_layout = QVBoxLayout(side)
        preview_label = QLabel(self.tr("Pre&view"))
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview of the station as the audience sees it"))
        self.preview.setOpenLinks(False)
        preview_label.setBuddy(self.preview)
        checklist_label = QLabel(self.tr("Ready to present? (Enter on a line goes to its fix)"))
        self.checklist = QListWidget()
        self.checklist.setAccessibleName(self.tr("Ready to present? checklist"))
        checklist_label.setBuddy(self.checklist)
        self.checklist.setWordWrap(True)
        self.checklist.itemActivated.connect(self._fix_gap)
        self.run_list = QListWidget()
        self.run_list.setAccessibleName(self.tr("Last rehearsal against the plan"))
        side_layout.addWidget(preview_label)
        side_layout.addWidget(self.preview, 2)
        side_layout.addWidget(checklist_label)
        side_layout.addWidget(self.checklist, 1)
        side_layout.addWidget(QLabel(self.tr("Last rehearsal")))
        side_layout.addWidget(self.run_list, 1)
        # What a panel said (imported from a feedback file), and a reflection after it.
        self.panel_label = QLabel(self.tr("What the panel said"))
        self.panel_list = QListWidget()
        self.panel_list.setAccessibleName(self.tr("What the panel said about this station"))
        self.panel_list.setWordWrap(True)
        self.panel_label.setBuddy(self.panel_list)
        self.after_box = QGroupBox(self.tr("After the exhibition"))
        after_layout = QVBoxLayout(self.after_box)
        self.after_prompt = QLabel(self.tr(AFTER_PROMPT))
        self.after_prompt.setWordWrap(True)
        self.after_edit = QPlainTextEdit()
        self.after_edit.setAccessibleName(self.tr("Your reflection after the exhibition"))
        self.after_edit.setTabChangesFocus(True)
        self.after_prompt.setBuddy(self.after_edit)
        self.after_button = self._button(
            self.tr("Keep my &reflection"), self.tr("Keep my reflection"), self.save_after
        )
        after_layout.addWidget(self.after_prompt)
        after_layout.addWidget(self.after_edit, 1)
        after_layout.addWidget(self.after_button)
        side_layout.addWidget(self.panel_label)
        side_layout.addWidget(self.panel_list, 1)
        side_layout.addWidget(self.after_box, 1)
        middle.addWidget(side)
        builder.addWidget(middle, 1)

        # Rehearse, present, export.
        bottom = QHBoxLayout()
        self.rehearse_button = self._button(
            self.tr("Re&hearse"), self.tr("Rehearse"), lambda: self.present(rehearse=True)
        )
        self.present_button = self._button(
            self.tr("Pre&sent"), self.tr("Present"), lambda: self.present(rehearse=False)
        )
        self.preset_box = QComboBox()
        self.preset_box.setAccessibleName(self.tr("Export for which audience"))
        for preset in AudiencePreset:
            self.preset_box.addItem(self.tr(AUDIENCE_LABELS[preset]), preset.value)
        self.export_buttons = {
            "page": self._button(
                self.tr("Export pa&ge…"), self.tr("Export page"), lambda: self.export("page")
            ),
            "pdf": self._button(
                self.tr("Export PD&F…"), self.tr("Export PDF"), lambda: self.export("pdf")
            ),
            "placards": self._button(
                self.tr("Export pla&cards…"), self.tr("Export placards"),
                lambda: self.export("placards"),
            ),
        }  # fmt: skip
        bottom.addWidget(self.rehearse_button)
        bottom.addWidget(self.present_button)
        bottom.addStretch(1)
        bottom.addWidget(self.preset_box)
        for button in self.export_buttons.values():
            bottom.addWidget(button)
        builder.addLayout(bottom)
        splitter.addWidget(self.builder)
        splitter.setStretchFactor(1, 3)

        self.export_actions = {
            fmt: self._page_action(text, lambda f=fmt: self.export(f))  # type: ignore[misc]
            for fmt, text in (
                ("page", self.tr("Export exhibition as a page…")),
                ("pdf", self.tr("Export exhibition as a PDF…")),
                ("placards", self.tr("Export exhibition placards…")),
            )
        }
        if self.runner.read_only:
            for widget in (
                self.new_button, self.duplicate_button, self.delete_button, self.title_edit,
                self.claim_edit, self.audience_box, self.budget_box, self.address_edit,
                self.add_button, self.remove_button, self.up_button, self.down_button,
                self.draft_box,
                self.topic_edit, self.self_edit, self.notes_edit, self.time_box,
                self.alt_edit, self.decorative_box, self.people_box, self.include_box,
                self.rehearse_button,
            ):  # fmt: skip
                widget.setEnabled(False)
            self.up_action.setEnabled(False)
            self.down_action.setEnabled(False)
            self.stations.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Up/Alt+Down move the chosen station, also when the list has the keys."""
        if (
            watched is self.stations
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_up() if event.key() == Qt.Key.Key_Up else self.move_down()
            return True
        return super().eventFilter(watched, event)

    # -- reading -----------------------------------------------------------------
    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(_ID)) if item is not None else None

    def current_station(self) -> Station | None:
        item = self.stations.currentItem()
        if item is None or self.detail is None:
            return None
        try:
            return self.detail.station(str(item.data(_ID)))
        except NotFoundError:
            return None

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.touches(Kind.EXHIBITIONS, Kind.ENTRIES, Kind.REVISIONS, Kind.ATTACHMENTS):
            if self.isVisible() or initiator is self:
                self.reload()
            else:
                self._stale = True  # read again when the page is shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self, select_id: str | None = None) -> None:
        """Read the exhibitions again, keeping (or moving to) the chosen one."""
        keep = select_id or self.current_id()
        self._loading = True
        try:
            self.list.clear()
            for summary in list_exhibitions(self.runner.journal):
                item = QListWidgetItem(
                    self.tr("{title} · {count} stations").format(
                        title=summary.title, count=summary.station_count
                    )
                )
                item.setData(_ID, summary.id)
                self.list.addItem(item)
                if summary.id == keep:
                    self.list.setCurrentItem(item)
            if self.list.currentItem() is None and self.list.count():
                self.list.setCurrentRow(0)
        finally:
            self._loading = False
        self._load_detail()

    def _load_detail(self, select_station: str | None = None) -> None:
        if self._loading:
            return
        exhibition_id = self.current_id()
        keep = select_station or (
            str(self.stations.currentItem().data(_ID)) if self.stations.currentItem() else None
        )
        try:
            self.detail = (
                exhibition_detail(self.runner.journal, exhibition_id) if exhibition_id else None
            )
        except NotFoundError:
            self.detail = None
        detail = self.detail
        writable = not self.runner.read_only
        for widget in (self.title_edit, self.claim_edit, self.audience_box, self.budget_box,
                       self.address_edit,
                       self.add_button, self.duplicate_button, self.delete_button):  # fmt: skip
            widget.setEnabled(detail is not None and writable)
        self._loading = True
        try:
            self.title_edit.setText(detail.title if detail else "")
            self.claim_edit.setText(detail.claim if detail else "")
            self.address_edit.setText(detail.published_url if detail else "")
            if detail is not None:
                self.audience_box.setCurrentIndex(
                    max(self.audience_box.findData(detail.audience.value), 0)
                )
                self.preset_box.setCurrentIndex(
                    max(self.preset_box.findData(detail.audience.value), 0)
                )
            self.budget_box.setValue(detail.time_budget_s // 60 if detail else 0)
            self.stations.clear()
            for station in detail.stations if detail else ():
                item = QListWidgetItem(self._station_text(station))
                item.setData(_ID, station.id)
                self.stations.addItem(item)
                if station.id == keep:
                    self.stations.setCurrentItem(item)
            if self.stations.currentItem() is None and self.stations.count():
                self.stations.setCurrentRow(0)
        finally:
            self._loading = False
        self.gaps = readiness(detail) if detail else ()
        self.checklist.clear()
        for gap in self.gaps:
            item = QListWidgetItem(gap.message)
            item.setToolTip(gap.message)
            self.checklist.addItem(item)
        if detail is not None and not self.gaps:
            self.checklist.addItem(self.tr("Ready to present: nothing is missing."))
        heard = bool(detail and detail.panel_notes)
        for shown in (self.panel_label, self.panel_list, self.after_box):
            shown.setVisible(heard)
        self.after_box.setEnabled(heard and writable)
        self._load_station()

    def _station_text(self, station: Station) -> str:
        text = self.tr("{number}. {label} ({time})").format(
            number=station.number,
            label=station.label or self.tr("Untitled entry"),
            time=_clock_text(station.time_share_s),
        )
        if station.revision_seq is not None:
            text += self.tr(" · draft {seq}").format(seq=station.revision_seq)
        return text

    def _load_station(self) -> None:
        if self._loading:
            return
        station = self.current_station()
        writable = not self.runner.read_only
        self.station_box.setEnabled(station is not None)
        for widget in (self.remove_button, self.up_button, self.down_button):
            widget.setEnabled(station is not None and writable)
        self._loading = True
        try:
            self.draft_box.clear()
            if station is not None and station.entry_id and station.entry_exists:
                for draft in entry_drafts(self.runner.journal, station.entry_id):
                    when = draft.created_at.strftime("%Y-%m-%d") if draft.created_at else ""
                    label = self.tr("Draft {seq} ({when}): {note}").format(
                        seq=draft.seq, when=when, note=draft.note or self.tr("no change note")
                    )
                    self.draft_box.addItem(label, draft.revision_id)
                self.draft_box.setCurrentIndex(self.draft_box.findData(station.revision_id))
            self.topic_edit.setText(station.caption_topic if station else "")
            self.self_edit.setText(station.caption_self if station else "")
            self.notes_edit.setPlainText(station.notes if station else "")
            self.time_box.setValue(station.time_share_s if station else 0)
            picture = self.picture_box.currentData()
            self.picture_box.clear()
            for file in station.files if station else ():
                if file.is_image:
                    self.picture_box.addItem(file.filename, file.attachment_id)
            self.picture_box.setCurrentIndex(max(self.picture_box.findData(picture), 0))
        finally:
            self._loading = False
        self._load_picture()
        self._load_panel_notes(station)
        self._show_preview()

    def _load_panel_notes(self, station: Station | None) -> None:
        """The panel's wows, wonders and ratings for this station, then its questions."""
        self.panel_list.clear()
        detail = self.detail
        if detail is None:
            return
        criteria = {c.id: c.text for s in detail.stations for c in s.criteria}
        levels = level_words()
        for note in detail.panel_notes:
            if station is None or note.station_id not in (station.id, None):
                continue
            who = note.author_name or self.tr("The panel")
            if note.kind is PanelNoteKind.WOW:
                text = self.tr("Wow ({who}): {text}").format(who=who, text=note.text)
            elif note.kind is PanelNoteKind.WONDER:
                text = self.tr("Wonder ({who}): {text}").format(who=who, text=note.text)
            elif note.kind is PanelNoteKind.QUESTION:
                text = self.tr("Question asked: {text}").format(text=note.text)
            else:
                level = note.level or 1
                text = self.tr("{criterion}: {level} of 4, {words}").format(
                    criterion=criteria.get(note.criterion_id or "", self.tr("a goal")),
                    level=level,
                    words=levels[level - 1],
                )
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.panel_list.addItem(item)

    def save_after(self) -> None:
        """Keep the reflection written after the exhibition (a self-discovery one)."""
        text = self.after_edit.toPlainText().strip()
        if not text or self.detail is None:
            return
        outcome = self.runner.run(
            add_reflection,
            text,
            prompt_text=self.tr(AFTER_PROMPT),
            attribute=Attribute.SELF_DISCOVERY.value,
            initiator=self,
        )
        if outcome is not None:
            self.after_edit.clear()
            self.after_button.setText(self.tr("Kept. Add &another reflection"))

    def current_file(self) -> StationFile | None:
        station = self.current_station()
        attachment_id = self.picture_box.currentData()
        if station is None or attachment_id is None:
            return None
        return next((f for f in station.files if f.attachment_id == attachment_id), None)

    def _load_picture(self) -> None:
        if self._loading:
            return
        file = self.current_file()
        writable = not self.runner.read_only
        for widget in (self.alt_edit, self.decorative_box, self.people_box):
            widget.setEnabled(file is not None and writable)
        self.alt_edit.setText(file.alt_text if file else "")
        self.decorative_box.setChecked(bool(file and file.decorative))
        self.people_box.setChecked(bool(file and file.shows_people))
        self.include_box.setEnabled(bool(file and file.shows_people) and writable)
        self.include_box.setChecked(bool(file and file.included))

    def plan(self) -> ExhibitPlan | None:
        if self.detail is None:
            return None
        return plan_exhibit(self.detail, self.preset_box.currentData() or None)

    def _show_preview(self) -> None:
        from journal.portfolio.exhibition_pdf import station_document

        station = self.current_station()
        plan = self.plan()
        if station is None or plan is None:
            self.preview.setPlainText(self.tr("Choose a station to see it as the audience will."))
            return
        try:
            width = max(float(self.preview.viewport().width()) - 16.0, 320.0)
            self._preview_document = station_document(plan, station.number, width)
        except KeyError:
            self.preview.setPlainText(
                self.tr("This station stays out of exports; the checklist says why.")
            )
            return
        self.preview.setDocument(self._preview_document)

    # -- the list ----------------------------------------------------------------
    def new_exhibition(self, fmt: ExhibitionFormat = ExhibitionFormat.CUSTOM) -> str | None:
        template = TEMPLATES[fmt]
        title = (
            self.tr("My exhibition") if fmt is ExhibitionFormat.CUSTOM else self.tr(template.label)
        )
        sections = [self.tr(section) for section in template.sections]
        outcome = self.runner.run(
            act.create_exhibition, title, format=fmt, sections=sections, initiator=self
        )
        if outcome is None:
            return None
        self.reload(select_id=str(outcome.value))
        self.title_edit.setFocus()
        self.title_edit.selectAll()
        return str(outcome.value)

    def duplicate(self) -> None:
        exhibition_id = self.current_id()
        if exhibition_id is None:
            return
        outcome = self.runner.run(act.duplicate_exhibition, exhibition_id, initiator=self)
        if outcome is not None:
            self.reload(select_id=str(outcome.value))

    def delete(self) -> None:
        if self.detail is None:
            return
        if not self.ask.confirm(
            self.tr("Delete exhibition"),
            self.tr(
                "Delete “{title}”? Its entries stay in your journal; Edit → Undo "
                "brings the exhibition back."
            ).format(title=self.detail.title),
            yes=self.tr("Delete"),
        ):
            return
        self.runner.run(act.delete_exhibition, self.detail.id, initiator=self)

    # -- the exhibition's fields -------------------------------------------------
    def _edit(self, **values: Any) -> None:
        if self._loading or self.detail is None:
            return
        if all(getattr(self.detail, k) == v for k, v in values.items()):
            return
        self.runner.run(act.edit_exhibition, self.detail.id, initiator=self, **values)

    def _save_title(self) -> None:
        if self.title_edit.text().strip():
            self._edit(title=self.title_edit.text())

    def _save_claim(self) -> None:
        self._edit(claim=self.claim_edit.text())

    def _save_audience(self) -> None:
        self._edit(audience=AudiencePreset(self.audience_box.currentData()))

    def _save_budget(self) -> None:
        self._edit(time_budget_s=self.budget_box.value() * 60)

    def _save_address(self) -> None:
        typed = self.address_edit.text().strip()
        if self.detail is not None and typed != self.detail.published_url:
            self._edit(published_url=typed)

    # -- stations ----------------------------------------------------------------
    def open_add_dialog(self) -> AddEntryDialog | None:
        if self.detail is None or self.runner.read_only:
            return None
        self.add_dialog = AddEntryDialog(self.runner, self)
        self.add_dialog.accepted.connect(self._add_chosen)
        self.add_dialog.open()
        return self.add_dialog

    def _add_chosen(self) -> None:
        if self.add_dialog is None or self.detail is None:
            return
        last = None
        for entry_id in self.add_dialog.chosen_ids():
            outcome = self.runner.run(act.add_station, self.detail.id, entry_id, initiator=self)
            if outcome is not None:
                last = str(outcome.value)
        if last is not None:
            self._load_detail(select_station=last)
        self.stations.setFocus()

    def add_entries(self, entry_ids: list[str]) -> None:
        """Add entries as stations (from the timeline or the journal)."""
        if self.detail is None:
            return
        for entry_id in entry_ids:
            self.runner.run(act.add_station, self.detail.id, entry_id, initiator=self)

    def remove_station(self) -> None:
        station = self.current_station()
        if station is not None:
            self.runner.run(act.remove_station, station.id, initiator=self)
            self.stations.setFocus()

    def _move(self, fn: Callable[..., Any]) -> None:
        station = self.current_station()
        if station is None or self.runner.read_only:
            return
        self.runner.run(fn, station.id, initiator=self)
        self._load_detail(select_station=station.id)
        self.stations.setFocus()

    def move_up(self) -> None:
        self._move(act.move_station_up)

    def move_down(self) -> None:
        self._move(act.move_station_down)

    def _dragged(
        self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex, row: int
    ) -> None:
        if self._loading or self.detail is None:
            return
        item = self.stations.item(row if row < start else row - 1)
        if item is None:
            return
        station_id = str(item.data(_ID))
        target = row if row < start else row - 1
        self.runner.run(act.move_station, station_id, target, initiator=self)

    # -- the chosen station ------------------------------------------------------
    def _station_run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        station = self.current_station()
        if self._loading or station is None:
            return
        self.runner.run(fn, station.id, *args, initiator=self, **kwargs)

    def _save_draft(self) -> None:
        station = self.current_station()
        revision_id = self.draft_box.currentData()
        if station is not None and revision_id and revision_id != station.revision_id:
            self._station_run(act.pin_revision, revision_id)

    def _save_topic(self) -> None:
        station = self.current_station()
        if station is not None and self.topic_edit.text() != station.caption_topic:
            self._station_run(act.set_captions, topic=self.topic_edit.text())

    def _save_self(self) -> None:
        station = self.current_station()
        if station is not None and self.self_edit.text() != station.caption_self:
            self._station_run(act.set_captions, myself=self.self_edit.text())

    def _save_notes(self) -> None:
        station = self.current_station()
        if station is not None and self.notes_edit.toPlainText() != station.notes:
            self._station_run(act.set_notes, self.notes_edit.toPlainText())

    def _save_time(self) -> None:
        station = self.current_station()
        if station is not None and self.time_box.value() != station.time_share_s:
            self._station_run(act.set_time_share, self.time_box.value())

    def _save_alt(self) -> None:
        file = self.current_file()
        if file is not None and self.alt_edit.text() != file.alt_text:
            self._describe(alt_text=self.alt_edit.text())

    def _describe(self, **values: Any) -> None:
        file = self.current_file()
        if self._loading or file is None:
            return
        self.runner.run(act.describe_attachment, file.attachment_id, initiator=self, **values)

    def _include(self, included: bool) -> None:
        file = self.current_file()
        if file is not None:
            self._station_run(act.include_people_file, file.attachment_id, included)

    # -- "Ready to present?" -----------------------------------------------------
    def _fix_gap(self, item: QListWidgetItem) -> None:
        row = self.checklist.row(item)
        if 0 <= row < len(self.gaps):
            self.go_to_fix(self.gaps[row])

    def go_to_fix(self, gap: ReadinessGap) -> QWidget:
        """Select the gap's station and put the focus on the field that fixes it."""
        if gap.station_id is not None:
            for row in range(self.stations.count()):
                if self.stations.item(row).data(_ID) == gap.station_id:
                    self.stations.setCurrentRow(row)
        if gap.attachment_id is not None:
            index = self.picture_box.findData(gap.attachment_id)
            if index >= 0:
                self.picture_box.setCurrentIndex(index)
        target: QWidget = {
            Gap.NO_STATIONS: self.add_button,
            Gap.ENTRY_DELETED: self.remove_button,
            Gap.ENTRY_TRASHED: self.remove_button,
            Gap.ENTRY_PRIVATE: self.stations,
            Gap.NO_REVISION: self.draft_box,
            Gap.REVISION_MISSING: self.draft_box,
            Gap.CAPTION_TOPIC: self.topic_edit,
            Gap.CAPTION_SELF: self.self_edit,
            Gap.ALT_TEXT: self.alt_edit,
            Gap.FILE_MISSING: self.picture_box,
            Gap.OVER_BUDGET: self.budget_box,
        }.get(gap.gap, self.stations)
        target.setFocus()
        return target

    # -- rehearse and present ----------------------------------------------------
    def present(self, *, rehearse: bool) -> PresentWindow | None:
        plan = self.plan()
        if plan is None:
            return None
        if not rehearse and not self.ask.confirm(
            self.tr("What the audience will see"), self.what_leaves(plan),
            yes=self.tr("Present"),
        ):  # fmt: skip
            return None
        window = PresentWindow(self.runner, plan, rehearse=rehearse, clock=self.clock, parent=self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        window.finished.connect(self._presented)
        mine = self.screen()
        others = [s for s in QGuiApplication.screens() if s is not mine]
        # With a second screen the audience gets it; the student keeps notes on theirs.
        audience = others[0] if others else mine
        self.present_window = window
        if audience is not None:
            window.place_on(audience)
        else:
            window.showFullScreen()
        if others and mine is not None:
            window.show_presenter(screen=mine)
        window.activateWindow()
        window.setFocus()
        return window

    def _presented(self, run_id: str) -> None:
        self.run_list.clear()
        if not run_id:
            return
        self._load_detail()
        if self.detail is None:
            return
        try:
            self.last_run = self.detail.run_against_plan(run_id)
        except NotFoundError:
            return
        for paced in self.last_run:
            text = self.tr("{number}. {label}: {spent} spent, {planned} planned").format(
                number=paced.number,
                label=paced.label,
                spent=_clock_text(paced.spent_s),
                planned=_clock_text(paced.planned_s),
            )
            if paced.planned_s and paced.over_s > 0:
                text += self.tr(" (over by {time})").format(time=_clock_text(paced.over_s))
            self.run_list.addItem(text)
        total = sum(p.spent_s for p in self.last_run)
        self.run_list.addItem(
            self.tr("Altogether: {spent} of {budget}").format(
                spent=_clock_text(total), budget=_clock_text(self.detail.time_budget_s)
            )
        )

    # -- export ------------------------------------------------------------------
    def what_leaves(self, plan: ExhibitPlan) -> str:
        """Everything the audience gets, kind by kind, and everything that stays."""
        detail = plan.exhibition
        lines = [
            self.tr("Your name, as it will appear: {name}").format(name=plan.student),
            self.tr("Title: {title}").format(title=detail.title),
        ]
        if detail.claim:
            lines.append(self.tr("Claim: {claim}").format(claim=detail.claim))
        if detail.published_url:
            lines.append(
                self.tr("Web address (on placards): {url}").format(url=detail.published_url)
            )
        for planned in plan.stations:
            station = planned.station
            lines.append("")
            lines.append(
                self.tr("Station {n}: {title}").format(
                    n=station.number, title=station.title or station.label or self.tr("Untitled")
                )
            )
            if station.revision_id is not None:
                lines.append(
                    "  " + self.tr("Draft {seq}, with its text").format(seq=station.revision_seq)
                )
                if station.change_note:
                    lines.append(
                        "  " + self.tr("What I changed and why: {note}").format(
                            note=station.change_note
                        )
                    )
            for draft in (d for d in station.growth if d.exists):
                lines.append(
                    "  " + self.tr("Growth strip, draft {seq}: {note}").format(
                        seq=draft.seq, note=draft.note or self.tr("(no note)")
                    )
                )
            if station.caption_topic:
                lines.append("  " + self.tr("About the topic: {text}").format(
                    text=station.caption_topic))  # fmt: skip
            if station.caption_self:
                lines.append("  " + self.tr("About myself: {text}").format(
                    text=station.caption_self))  # fmt: skip
            for criterion in (c for c in station.criteria if c.exists):
                lines.append("  " + self.tr("Goal criterion: {text}").format(text=criterion.text))
            for file in planned.images:
                lines.append(
                    "  " + self.tr(
                        "Picture {name} ({alt}), without its location and camera details"
                    ).format(name=file.filename, alt=file.alt_text or self.tr("decorative"))
                )
        lines.append("")
        lines.append(self.tr("Staying with you:"))
        lines.extend(f"• {left.message}" for left in plan.left_out)
        lines.append("• " + self.tr("your talking notes, times and rehearsals"))
        lines.append("• " + self.tr("every entry, draft and picture that is not listed above"))
        return "\n".join(lines)

    def export(self, fmt: str) -> None:
        """Show what leaves for the chosen audience, ask where to save, then write it."""
        from journal.portfolio.exhibition import default_file_name

        plan = self.plan()
        if plan is None or self.detail is None:
            return
        if not self.ask.confirm(
            self.tr("What will leave"), self.what_leaves(plan), yes=self.tr("Continue")
        ):
            return
        filters = {
            "page": self.tr("Exhibition page (*.exhibition.html)"),
            "pdf": self.tr("PDF (*.pdf)"),
            "placards": self.tr("PDF (*.pdf)"),
        }
        path = self.ask.save_file(
            self.tr("Save the exhibition"), default_file_name(self.detail, fmt), filters[fmt]
        )
        if path is None:
            return
        self.runner.submit(
            act.export_exhibition,
            self.detail.id,
            path,
            format=fmt,
            audience=plan.audience,
            label=self.tr("Writing the exhibition…"),
            parent=self,
            on_done=self.export_results.append,
            initiator=self,
        )
