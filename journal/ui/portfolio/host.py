"""What the portfolio screens use of the window they work in.

:class:`~journal.ui.main_window.MainWindow` provides all of it, but nothing in
``journal.ui.portfolio`` imports the main window (the main window imports
them), so they depend on this protocol instead. A review window opens through
a :data:`ReviewOpener` that the composition root hands over, because the
review window *is* a main window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import Qt, SignalInstance
    from PySide6.QtWidgets import (
        QDockWidget,
        QMainWindow,
        QSplitter,
        QStackedWidget,
        QStatusBar,
        QWidget,
    )

    from journal.portfolio.review import ReviewSession
    from journal.store.database import Journal
    from journal.ui.autosave import AutosaveController
    from journal.ui.details_panel import EntryDetailsPanel
    from journal.ui.dialogs import Asker
    from journal.ui.entry_model import EntryListModel
    from journal.ui.filter_bar import FilterBar
    from journal.ui.history_panel import RevisionHistoryPanel
    from journal.ui.settings import Settings
    from journal.ui.tasks import TaskRunner

#: Makes (but does not show) a read-only review window for an opened portfolio,
#: given the teacher's settings.
ReviewOpener = Callable[["ReviewSession", "Settings | None"], "QMainWindow"]


class PortfolioWindow(Protocol):
    """The window's parts the portfolio actions and the feedback dock read or drive."""

    journal: Journal
    settings: Settings
    ask: Asker
    tasks: TaskRunner
    autosave: AutosaveController
    details: EntryDetailsPanel
    entries: EntryListModel
    filters: FilterBar
    history: RevisionHistoryPanel
    history_dock: QDockWidget
    attachments_dock: QDockWidget
    pages: QStackedWidget
    splitter: QSplitter

    @property
    def entry_opened(self) -> SignalInstance: ...

    @property
    def tabifiedDockWidgetActivated(self) -> SignalInstance: ...

    @property
    def current_entry_id(self) -> str | None: ...

    def current_page(self) -> QWidget: ...

    def select_entry(self, entry_id: str) -> bool: ...

    def show_entry_in_journal(self, entry_id: str) -> None: ...

    def show_goal(self, goal_id: str) -> None: ...

    def show_page(self, page: QWidget) -> None: ...

    def statusBar(self) -> QStatusBar: ...

    def addDockWidget(self, area: Qt.DockWidgetArea, dockwidget: QDockWidget, /) -> None: ...

    def tabifyDockWidget(self, first: QDockWidget, second: QDockWidget, /) -> None: ...


def window_widget(window: PortfolioWindow) -> QMainWindow:
    """The window as the Qt widget it is, to parent docks and dialogs to."""
    from PySide6.QtWidgets import QMainWindow

    assert isinstance(window, QMainWindow), "the portfolio window is a QMainWindow"
    return window
