"""The Timeline page: the whole story at a glance, one piece of work's growth, and activity."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from journal.core.filters import EntryFilter
from journal.store.database import Journal
from journal.ui.tasks import TaskRunner
from journal.ui.timeline.activity import ActivityOverview
from journal.ui.timeline.growth import GrowthView
from journal.ui.timeline.view import TimelineView


class TimelinePage(QWidget):
    """Signals:
    open_entry_requested(str): show this entry in the editor.
    compare_requested(str, str, str): entry id, older and newer revision ids.
    """

    open_entry_requested = Signal(str)
    compare_requested = Signal(str, str, str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setAccessibleName(self.tr("Timeline"))
        self.view = TimelineView(None)
        self.growth = GrowthView(journal)
        self.tasks = TaskRunner(self)
        self.activity = ActivityOverview(journal, runner=self.tasks)
        self.toolbar = QToolBar()
        self.toolbar.setAccessibleName(self.tr("Timeline tools"))
        actions = self.view.timeline_actions()
        for key in ("zoom_in", "zoom_out", "fit"):
            self.toolbar.addAction(actions[key])
        self.toolbar.addSeparator()
        for key in ("lanes_attribute", "lanes_goal", "lanes_tag"):
            self.toolbar.addAction(actions[key])
        self.toolbar.addSeparator()
        for key in ("export_png", "export_svg"):
            self.toolbar.addAction(actions[key])
        self.growth_hint = QLabel(
            self.tr("Pick an entry on the timeline and press G to see how it grew, draft by draft.")
        )
        self.growth_hint.setWordWrap(True)
        growth_box = QWidget()
        growth_layout = QVBoxLayout(growth_box)
        growth_layout.addWidget(self.growth_hint)
        growth_layout.addWidget(self.growth, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Timeline views"))
        self.tabs.addTab(self.view, self.tr("Timeline"))
        self.tabs.addTab(growth_box, self.tr("How it grew"))
        self.tabs.addTab(self.activity, self.tr("Activity"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tabs, 1)
        self._loaded = False

        self.view.open_entry_requested.connect(self.open_entry_requested)
        self.view.growth_requested.connect(self.show_growth)
        self.view.selection_changed.connect(self._on_selection)
        self.growth.compare_requested.connect(
            lambda older, newer: self.compare_requested.emit(
                self.growth.entry_id or "", older, newer
            )
        )
        self.tabs.currentChanged.connect(self._on_tab)

    def activate(self, flt: EntryFilter) -> None:
        """Called when the page is shown: load on first use, then follow the list's filters."""
        if not self._loaded:
            self.view.set_journal(self.journal)
            self._loaded = True
        if flt != self.view.entry_filter():
            self.view.set_filter(flt)
        else:
            self.view.reload()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_selection(self, entry_id: str) -> None:
        if entry_id and self.tabs.currentIndex() == 1:
            self.growth.set_entry(entry_id)

    def show_growth(self, entry_id: str) -> None:
        self.growth.set_entry(entry_id)
        self.growth_hint.setVisible(not entry_id)
        self.tabs.setCurrentIndex(1)
        self.growth.setFocus()

    def _on_tab(self, index: int) -> None:
        if index == 1 and self.growth.entry_id is None and self.view.selected_entry_id():
            self.show_growth(self.view.selected_entry_id() or "")
        elif index == 2:
            self.activity.reload()
