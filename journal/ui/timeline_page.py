"""The Timeline page: the whole story at a glance, one piece of work's growth, and activity."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from journal.core.filters import EntryFilter
from journal.store.database import Journal
from journal.ui.keyboard import reach_toolbar
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
        reach_toolbar(self.toolbar)
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
        self._build_filter_notice()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter_notice)
        layout.addWidget(self.tabs, 1)
        self._loaded = False
        # The Journal page's filter, and whether the student chose to see everything anyway.
        self._list_filter = EntryFilter()
        self._showing_all = False

        self.view.open_entry_requested.connect(self.open_entry_requested)
        self.view.growth_requested.connect(self.show_growth)
        self.view.selection_changed.connect(self._on_selection)
        self.growth.compare_requested.connect(
            lambda older, newer: self.compare_requested.emit(
                self.growth.entry_id or "", older, newer
            )
        )
        self.tabs.currentChanged.connect(self._on_tab)

    def _build_filter_notice(self) -> None:
        """Says so when the Journal page's search and filters narrow the timeline too."""
        self.filter_notice = QFrame()
        self.filter_notice.setObjectName("TimelineFilterNotice")
        self.filter_notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.filter_label = QLabel()
        self.filter_label.setWordWrap(True)
        self.show_all_button = QPushButton(self.tr("Show &everything"))
        self.show_all_button.setAccessibleName(self.tr("Show every entry on the timeline"))
        self.show_all_button.clicked.connect(self.show_everything)
        row = QHBoxLayout(self.filter_notice)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.filter_label, 1)
        row.addWidget(self.show_all_button)
        self.filter_notice.hide()

    def describe_filter(self, flt: EntryFilter) -> str:
        parts: list[str] = []
        if flt.text.strip():
            parts.append(self.tr("words “%1”").replace("%1", flt.text.strip()))
        for tag in flt.tags:
            parts.append(self.tr("tag %1").replace("%1", tag))
        if flt.attributes:
            parts.append(self.tr("%n attribute(s)", "", len(flt.attributes)))
        if flt.since or flt.until:
            parts.append(self.tr("a date range"))
        if flt.goal_id:
            parts.append(self.tr("one goal"))
        return ", ".join(parts)

    def activate(self, flt: EntryFilter) -> None:
        """Called when the page is shown: load on first use, then follow the list's filters.

        When the list is filtered, the timeline is too, and a notice says so with
        a way to see everything instead.
        """
        if not self._loaded:
            self.view.set_journal(self.journal)
            self._loaded = True
        if flt != self._list_filter:
            self._list_filter = flt
            self._showing_all = False
        shown = EntryFilter() if self._showing_all else flt
        if shown != self.view.entry_filter():
            self.view.set_filter(shown)
        else:
            self.view.reload()
        self._update_filter_notice()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_everything(self) -> None:
        self._showing_all = True
        self.view.set_filter(EntryFilter())
        self._update_filter_notice()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_filter_notice(self) -> None:
        narrowed = not self._list_filter.is_empty and not self._showing_all
        if narrowed:
            text = self.tr(
                "Only entries that match your search on the Journal page are shown (%1)."
            ).replace("%1", self.describe_filter(self._list_filter))
            self.filter_label.setText(text)
            self.filter_label.setAccessibleName(text)
        self.filter_notice.setVisible(narrowed)

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
