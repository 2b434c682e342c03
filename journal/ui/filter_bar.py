"""Search and filters for the entries list (shared with the timeline)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.actions import Changes, Kind
from journal.core.filters import EntryFilter, SortOrder
from journal.store.read_models.entry_list import filter_choices
from journal.ui.attributes import KEYS as ATTRIBUTE_KEYS
from journal.ui.attributes import attribute_icon, attribute_name
from journal.ui.formatting import day_pattern
from journal.ui.runner import ActionRunner

SEARCH_DEBOUNCE_MS = 250


class FilterBar(QWidget):
    """The search box, the filters and the sort order.

    Signals:
        changed(EntryFilter, str): the filter or the sort order changed (debounced for typing).
    """

    changed = Signal(object, str)

    def __init__(self, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = runner.journal
        # New tags and goals appear in the choices as soon as they exist.
        runner.journal_changed.connect(self._on_journal_changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search my journal…"))
        self.search.setAccessibleName(self.tr("Search entries"))
        self.search.setClearButtonEnabled(True)
        self.toggle = QToolButton()
        self.toggle.setText(self.tr("Filters"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Show filters"))
        self.toggle.setToolTip(self.tr("Show or hide the filters"))

        self.attribute = QComboBox()
        self.attribute.setAccessibleName(self.tr("Filter by attribute"))
        self.attribute.addItem(self.tr("Any attribute"), "")
        for value in ATTRIBUTE_KEYS:
            self.attribute.addItem(attribute_icon(value), attribute_name(value), value)
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.goal = QComboBox()
        self.goal.setAccessibleName(self.tr("Filter by goal"))
        self.use_dates = QCheckBox(self.tr("Between"))
        self.use_dates.setAccessibleName(self.tr("Filter by date"))
        today = QDate.currentDate()
        self.since = QDateEdit(today.addMonths(-1))
        self.since.setCalendarPopup(True)
        self.since.setAccessibleName(self.tr("From date"))
        self.until = QDateEdit(today)
        self.until.setCalendarPopup(True)
        self.until.setAccessibleName(self.tr("To date"))
        for edit in (self.since, self.until):
            edit.setDisplayFormat(day_pattern())
        self.sort = QComboBox()
        self.sort.setAccessibleName(self.tr("Sort entries"))
        for value, label in (
            (SortOrder.LEARNED_NEWEST, self.tr("Newest first")),
            (SortOrder.LEARNED_OLDEST, self.tr("Oldest first")),
            (SortOrder.UPDATED, self.tr("Recently changed")),
            (SortOrder.TITLE, self.tr("By title")),
            (SortOrder.RELEVANCE, self.tr("Best match")),
        ):
            self.sort.addItem(label, value)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.toggle)
        self.panel = QWidget()
        grid = QGridLayout(self.panel)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.attribute, 0, 0)
        grid.addWidget(self.tag, 0, 1)
        grid.addWidget(self.goal, 1, 0, 1, 2)
        grid.addWidget(self.use_dates, 2, 0)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(self.until)
        grid.addLayout(dates, 2, 1)
        grid.addWidget(self.sort, 3, 0, 1, 2)
        self.panel.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.panel)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
        self.toggle.toggled.connect(self.panel.setVisible)
        for combo in (self.attribute, self.tag, self.goal, self.sort):
            combo.currentIndexChanged.connect(self._emit)
        self.use_dates.toggled.connect(self._emit)
        self.since.dateChanged.connect(self._emit_if_dates)
        self.until.dateChanged.connect(self._emit_if_dates)
        self.reload_choices()

    def _on_journal_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Kind.TAGS, Kind.GOALS):
            self.reload_choices()

    def reload_choices(self) -> None:
        """Refill the tag and goal lists."""
        tags, goals = filter_choices(self._journal)
        for combo, items, empty in (
            (self.tag, [(t, t) for t in tags], self.tr("Any tag")),
            (self.goal, [(title, goal_id) for goal_id, title in goals], self.tr("Any goal")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(empty, "")
            for label, value in items:
                combo.addItem(label or self.tr("Untitled goal"), value)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def current_filter(self) -> EntryFilter:
        attribute = self.attribute.currentData() or ""
        tag = self.tag.currentData() or ""
        dates = self.use_dates.isChecked()
        return EntryFilter(
            text=self.search.text(),
            attributes=(attribute,) if attribute else (),
            tags=(tag,) if tag else (),
            goal_id=self.goal.currentData() or None,
            since=self.since.date().toPython() if dates else None,  # type: ignore[arg-type]  # a date
            until=self.until.date().toPython() if dates else None,  # type: ignore[arg-type]  # a date
        )

    def current_order(self) -> str:
        order = str(self.sort.currentData())
        return order

    def flush(self) -> None:
        """Apply pending typing now (e.g. on Enter)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self._emit()

    def _emit_if_dates(self) -> None:
        if self.use_dates.isChecked():
            self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.current_filter(), self.current_order())
