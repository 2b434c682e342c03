"""The main window: the student's daily home.

Entries on the left (search, filters, sorting), the editor in the centre, and
docks for the entry's details, its attachments and its revision history. All
wiring happens in :meth:`MainWindow._connect_signals`; every question to the
student goes through ``self.ask`` (one seam for tests).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from journal.actions import Changes, Kind
from journal.actions import entries as entry_actions
from journal.actions.profile import finish_welcome, remember_place
from journal.core.enums import RevisionReason
from journal.core.filters import EntryFilter
from journal.store.errors import JournalError
from journal.store.read_models import entries as read_entries
from journal.store.read_models.profile import journal_profile, learner_name
from journal.ui import keyboard
from journal.ui.attachments_panel import AttachmentsPanel
from journal.ui.autosave import AutosaveController
from journal.ui.details_panel import EntryDetailsPanel
from journal.ui.dialogs import Asker
from journal.ui.editor import MarkdownEditor
from journal.ui.entry_model import EntryDelegate, EntryListModel
from journal.ui.filter_bar import FilterBar
from journal.ui.focus import focus_first_control
from journal.ui.formatting import format_time
from journal.ui.history_panel import RevisionHistoryPanel
from journal.ui.runner import ActionRunner
from journal.ui.settings import Settings
from journal.ui.tasks import TaskRunner
from journal.ui.trash import TrashDialog
from journal.ui.window_fit import (
    WindowPlacement,
    follow_current_page,
    keep_docks_usable,
    scrolling,
)

if TYPE_CHECKING:
    from journal.store.database import Journal
    from journal.ui.exhibitions import ExhibitionsPage
    from journal.ui.pages import GoalsPage, TodayPage
    from journal.ui.profile_view import LearningProfileView
    from journal.ui.prompts_panel import PromptCard
    from journal.ui.timeline_page import TimelinePage


class _LazyPage(QWidget):
    """Holds a page's place in the window and builds the page on first use."""

    def __init__(self, name: str, factory: Callable[[], QWidget]) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self._factory = factory
        self.built: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def page(self) -> QWidget:
        if self.built is None:
            self.built = self._factory()
            # A page taller or wider than a small screen scrolls; it never stretches the window.
            holder = self.built if isinstance(self.built, QScrollArea) else scrolling(self.built)
            self._layout.addWidget(holder)
        return self.built

    def setFocus(self) -> None:  # type: ignore[override]
        self.page().setFocus()


def _relative(when: datetime, now: datetime | None = None) -> str:
    from PySide6.QtCore import QCoreApplication

    seconds = ((now or datetime.now(UTC)) - when).total_seconds()
    if seconds < 45:
        return QCoreApplication.translate("MainWindow", "just now")
    minutes = int(seconds // 60) or 1
    if minutes < 60:
        return QCoreApplication.translate("MainWindow", "%n minute(s) ago", "", minutes)
    return QCoreApplication.translate("MainWindow", "at %1").replace("%1", format_time(when))


class JournalWindow(QMainWindow):
    """A window onto one journal: its pages, the editor and the entry's docks.

    Everything it changes goes through ``self.runner``; with ``read_only`` the
    runner refuses every write and each writing control disables itself from
    that one state (a teacher's review is a read-only JournalWindow, not a
    student's window with buttons hidden).

    Signals:
        entry_opened(str): the editor now shows this entry.
        closed(): the window closed (its draft saved, its place remembered in the journal).
        switch_requested(): File → Switch journal (the launcher closes this window first).
        lock_requested(): File → Lock now, on a journal locked with a passphrase (the
            launcher saves the draft, closes this window and asks for the passphrase).
    """

    entry_opened = Signal(str)
    closed = Signal()
    switch_requested = Signal()
    lock_requested = Signal()

    def __init__(
        self,
        journal: Journal,
        settings: Settings | None = None,
        *,
        title_suffix: str = "",
        read_only: bool = False,
    ) -> None:
        super().__init__()
        self.journal = journal
        self.settings = settings or Settings(QSettings())
        self.ask = Asker(self)
        self.tasks = TaskRunner(self)
        # The one way this window changes the journal; views follow its journal_changed.
        self.runner = ActionRunner(
            journal,
            lambda title, text: self.ask.error(title, text),
            read_only=read_only,
            parent=self,
        )
        self._title_suffix = title_suffix
        self._child_windows: list[QWidget] = []
        self.setAcceptDrops(True)
        self.setObjectName("MainWindow")
        keyboard.install()

        self._build_widgets()
        self._build_docks()
        self._build_actions()
        self._place_window()
        self._connect_signals()
        self._update_title()
        self.entries.reload()
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(30_000)
        self._status_timer.timeout.connect(self._show_save_state)
        self._status_timer.start()
        # Backups as the student writes: after the journal's first hour, then daily.
        self._wrote_since_backup_check = False
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(5 * 60_000)
        self._backup_timer.timeout.connect(self.back_up_if_due)
        if not self.runner.read_only:
            self._backup_timer.start()
        self._recover_after_crash()
        self._select_first_or_last()
        if self.runner.read_only:
            self._set_read_only()

    def _set_read_only(self) -> None:
        """Nothing here can change the journal: the text is for reading."""
        self.editor.set_read_only(True)
        for widget in (self.note_edit, self.save_button):
            widget.setEnabled(False)
            widget.hide()

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The window's strings, in one translation context whichever window asks.

        Qt finds a translation by the class of the object asking; the student's
        window and the review window share these strings (and their plural forms).
        """
        return QCoreApplication.translate("JournalWindow", text, disambiguation, n)

    # -- building ----------------------------------------------------------
    def _build_widgets(self) -> None:
        self.filters = FilterBar(self.runner)
        self.entries = EntryListModel(self.runner, self)
        self.entry_list = QListView()
        self.entry_list.setModel(self.entries)
        self.entry_list.setAccessibleName(self.tr("Entries"))
        self.entry_list.setUniformItemSizes(True)
        self.entry_list.setItemDelegate(EntryDelegate(self.entry_list))
        self.entry_list.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.count_label = QLabel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.entry_list, 1)
        left_layout.addWidget(self.count_label)

        self.editor = MarkdownEditor()
        self.editor.set_font_point_size(self.settings.editor_font_size)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("What did I change, and why? (optional)"))
        self.note_edit.setAccessibleName(self.tr("Note for this revision"))
        self.save_button = QPushButton(self.tr("Save revision"))
        self.save_button.setAccessibleName(self.tr("Save revision"))
        self.save_button.setToolTip(self.tr("Keep this version in the history (Ctrl+S)"))
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.save_button)
        self.empty_label = QLabel(
            self.tr("Nothing here yet. Press Ctrl+N to write your first entry.")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 6, 6, 6)
        centre_layout.addWidget(self.empty_label)
        centre_layout.addWidget(self.editor, 1)
        centre_layout.addLayout(note_row)
        self._centre_layout = centre_layout
        self._after_revision_prompt: PromptCard | None = None

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(centre)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([300, 700])
        self.splitter.setAccessibleName(self.tr("Journal"))
        self._build_pages()
        # Tab in reading order: filters, the list, then the entry from its title down.
        keyboard.chain(self.entry_list, self.editor.title_edit)
        keyboard.chain(self.editor.preview, self.note_edit, self.save_button)

        self.save_state_label = QLabel()
        self.words_label = QLabel()
        self.statusBar().addPermanentWidget(self.words_label)
        self.statusBar().addPermanentWidget(self.save_state_label)

        self.autosave = AutosaveController(
            self.runner,
            lambda: (self.editor.title(), self.editor.body()),
            delay_ms=self.settings.autosave_delay_ms,
            quiet_minutes=self.settings.quiet_revision_minutes,
            parent=self,
        )

    def _build_pages(self) -> None:
        # Pages other than the journal are built the first time they are shown:
        # starting up should cost only what the student sees first.
        self.pages = QStackedWidget()
        self._lazy: dict[str, _LazyPage] = {
            "today": _LazyPage(self.tr("Today"), self._make_today_page),
            "timeline": _LazyPage(self.tr("Timeline"), self._make_timeline_page),
            "goals": _LazyPage(self.tr("Goals"), self._make_goals_page),
            "profile": _LazyPage(self.tr("How I learn best"), self._make_profile_page),
            "exhibitions": _LazyPage(self.tr("Exhibitions"), self._make_exhibitions_page),
        }
        self._page_names: list[tuple[QWidget, str]] = [
            (self._lazy["today"], self.tr("&Today")),
            (self.splitter, self.tr("&Journal")),
            (self._lazy["timeline"], self.tr("T&imeline")),
            (self._lazy["goals"], self.tr("&Goals")),
            (self._lazy["profile"], self.tr("How I &learn best")),
            (self._lazy["exhibitions"], self.tr("E&xhibitions")),
        ]
        for page, _name in self._page_names:
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(self.splitter)
        follow_current_page(self.pages)
        self.setCentralWidget(self.pages)

    @property
    def today_page(self) -> TodayPage:
        return self._lazy["today"].page()  # type: ignore[return-value]

    @property
    def timeline_page(self) -> TimelinePage:
        return self._lazy["timeline"].page()  # type: ignore[return-value]

    @property
    def goals_page(self) -> GoalsPage:
        return self._lazy["goals"].page()  # type: ignore[return-value]

    @property
    def profile_page(self) -> LearningProfileView:
        return self._lazy["profile"].page()  # type: ignore[return-value]

    @property
    def exhibitions_page(self) -> ExhibitionsPage:
        return self._lazy["exhibitions"].page()  # type: ignore[return-value]

    def current_page(self) -> QWidget:
        """The page on show (the real page, not its lazy holder)."""
        widget = self.pages.currentWidget()
        if isinstance(widget, _LazyPage):
            return widget.page()
        return widget if widget is not None else self.splitter

    def _make_today_page(self) -> QWidget:
        from journal.ui.pages import TodayPage

        page = TodayPage(self.runner, self.settings.store, load=False)
        page.open_entry_requested.connect(self.show_entry_in_journal)
        page.goal_requested.connect(self.show_goal)
        page.new_entry_requested.connect(lambda: self.new_entry())
        return page

    def _make_goals_page(self) -> QWidget:
        from journal.ui.pages import GoalsPage

        page = GoalsPage(self.runner)
        page.open_entry_requested.connect(self.show_entry_in_journal)
        return page

    def _make_profile_page(self) -> QWidget:
        from journal.ui.profile_view import LearningProfileView

        return LearningProfileView(self.runner)

    def _make_exhibitions_page(self) -> QWidget:
        from journal.ui.exhibitions import ExhibitionsPage

        return ExhibitionsPage(self.runner, self.ask)

    def new_exhibition(self) -> None:
        """Reflect → New exhibition: the Exhibitions page, focus on its template menu button."""
        self.show_page(self._lazy["exhibitions"])
        self.exhibitions_page.new_button.setFocus()

    def _make_timeline_page(self) -> QWidget:
        from journal.ui.timeline_page import TimelinePage

        page = TimelinePage(self.journal)
        page.open_entry_requested.connect(self.show_entry_in_journal)
        page.compare_requested.connect(self._compare_from_timeline)
        return page

    def _build_docks(self) -> None:
        self.details = EntryDetailsPanel(self.runner)
        self.attachments = AttachmentsPanel(self.runner)
        self.history = RevisionHistoryPanel(self.runner)
        self.details_dock = self._dock(self.tr("Details"), "DetailsDock", self.details)
        self.attachments_dock = self._dock(
            self.tr("Attachments"), "AttachmentsDock", self.attachments
        )
        self.history_dock = self._dock(self.tr("History"), "HistoryDock", self.history)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.attachments_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.tabifyDockWidget(self.attachments_dock, self.history_dock)
        self.tabifiedDockWidgetActivated.connect(lambda _dock: self._name_dock_tabs())
        self.attachments_dock.raise_()

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(scrolling(widget, title))
        dock.setAccessibleName(title)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        return dock

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        *,
        tip: str = "",
        writes: bool = False,
    ) -> QAction:
        """A window action; one that ``writes`` is off (and out of the menus) when read-only."""
        action = QAction(text, self)
        if writes and self.runner.read_only:
            action.setEnabled(False)
            action.setVisible(False)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        Key = QKeySequence.StandardKey
        self.new_action = self._action(
            self.tr("&New entry"),
            self.new_entry,
            Key.New,
            tip=self.tr("Start a new entry"),
            writes=True,
        )
        self.template_action = self._action(
            self.tr("New from &template…"),
            self.new_from_template,
            "Ctrl+Shift+N",
            tip=self.tr("Start a new entry from a template"),
            writes=True,
        )
        self.save_template_action = self._action(
            self.tr("Save as te&mplate…"),
            self.save_as_template,
            tip=self.tr("Keep this entry's shape as a template of your own"),
            writes=True,
        )
        self.save_action = self._action(
            self.tr("&Save revision"),
            self.save_revision,
            Key.Save,
            tip=self.tr("Keep this version in the history"),
            writes=True,
        )
        self.add_files_action = self._action(
            self.tr("&Add files…"),
            # Not the bound method itself: triggered(bool) would arrive as ``paths``.
            lambda: self.add_files(),
            "Ctrl+Shift+A",
            tip=self.tr("Attach pictures, documents or any file to this entry"),
            writes=True,
        )
        self.trash_action = self._action(
            self.tr("Move to &trash"),
            self.trash_current,
            "Ctrl+Delete",
            tip=self.tr("Move this entry to the trash (you can restore it)"),
            writes=True,
        )
        self.show_trash_action = self._action(self.tr("Open tras&h…"), self.show_trash, writes=True)
        self.sample_action = self._action(
            self.tr("&Open a sample journal…"),
            self.open_sample_journal,
            tip=self.tr("Explore a made-up student's journal in a separate window"),
            writes=True,
        )
        self.backup_action = self._action(self.tr("&Back up now"), self.back_up_now, writes=True)
        self._build_portfolio_actions()
        # Shown only when the app knows other journals on this OS account (the launcher says).
        self.switch_action = self._action(
            self.tr("S&witch journal…"),
            lambda: self.switch_requested.emit(),
            "Ctrl+Shift+W",
            tip=self.tr("Close this journal (your writing is saved) and choose whose opens"),
        )
        self.switch_action.setVisible(False)
        # Shown only for a journal locked with a passphrase (see refresh_lock_action).
        self.lock_now_action = self._action(
            self.tr("&Lock now"),
            lambda: self.lock_requested.emit(),
            "Ctrl+Shift+L",
            tip=self.tr("Close your journal until its passphrase is typed again"),
        )
        self.refresh_lock_action()
        self.quit_action = self._action(self.tr("&Quit"), self.close, Key.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        # The editor's own undo/redo (scoped to it, so there is no clash of shortcuts).
        self.undo_action = self.editor.undo_action
        self.redo_action = self.editor.redo_action
        # Undo for changes to the journal (trash, details, evidence, …): Ctrl+Z
        # anywhere outside a text field, which keeps Ctrl+Z for its own typing.
        stack = self.runner.undo_stack
        self.undo_change_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_change_action.setShortcut(QKeySequence(Key.Undo))
        self.redo_change_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_change_action.setShortcut(QKeySequence(Key.Redo))
        for undo_redo in (self.undo_change_action, self.redo_change_action):
            undo_redo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(undo_redo)
        self.find_action = self._action(self.tr("&Find…"), self.focus_search, Key.Find)
        self.prefs_action = self._action(
            self.tr("&Preferences…"), self.show_preferences, Key.Preferences
        )
        if self.prefs_action.shortcut().isEmpty():
            self.prefs_action.setShortcut(QKeySequence("Ctrl+,"))
        self.prefs_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.compare_action = self._action(
            self.tr("&Compare first and latest"), self.compare_first_latest, "Ctrl+Shift+D"
        )
        self.history_action = self._action(self.tr("Show &history"), self.show_history, "Ctrl+H")
        self.focus_list_action = self._action(
            self.tr("Go to the entries &list"), self.entry_list.setFocus, "Ctrl+L"
        )
        self.focus_editor_action = self._action(
            self.tr("Go to the &editor"), self.editor.focus_body, "Ctrl+E"
        )
        self.about_action = self._action(self.tr("&About Learning Journal"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for action in (
            self.new_action,
            self.save_action,
            self.add_files_action,
            None,
            self.export_portfolio_action,
            self.import_action,
            self.review_action,
            self.class_overview_action,
            None,
            self.trash_action,
            self.show_trash_action,
            None,
            self.sample_action,
            self.backup_action,
            None,
            self.switch_action,
            self.lock_now_action,
            self.quit_action,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        for action in (
            self.undo_change_action,
            self.redo_change_action,
            None,
            self.undo_action,
            self.redo_action,
            None,
            self.find_action,
            None,
            self.prefs_action,
        ):
            edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.editor.preview_action)
        view_menu.addAction(self.history_action)
        view_menu.addAction(self.compare_action)
        view_menu.addSeparator()
        view_menu.addAction(self.focus_list_action)
        view_menu.addAction(self.focus_editor_action)
        view_menu.addSeparator()
        for dock in (self.details_dock, self.attachments_dock, self.history_dock):
            view_menu.addAction(dock.toggleViewAction())
        if self.portfolio.feedback_dock is not None:
            view_menu.addAction(self.show_feedback_action)

        self.page_actions: list[QAction] = []
        group = QActionGroup(self)
        pages_menu = menu.addMenu(self.tr("&Go"))
        nav = self.addToolBar(self.tr("Pages"))
        nav.setObjectName("PagesToolbar")
        nav.setAccessibleName(self.tr("Pages"))
        for number, (page, name) in enumerate(self._page_names, start=1):
            action = self._action(
                name, lambda _checked=False, p=page: self.show_page(p), f"Ctrl+{number}"
            )
            action.setCheckable(True)
            group.addAction(action)
            pages_menu.addAction(action)
            nav.addAction(action)
            self.page_actions.append(action)
        self.page_actions[1].setChecked(True)
        reflect_menu = menu.addMenu(self.tr("&Reflect"))
        self.new_goal_action = self._action(
            self.tr("New &goal…"),
            self.new_goal,
            "Ctrl+Shift+G",
            tip=self.tr("Plan a new goal step by step"),
            writes=True,
        )
        self.prompt_library_action = self._action(
            self.tr("&Prompt library…"),
            self.show_prompt_library,
            tip=self.tr("See all reflection prompts, write your own, or add a teacher's pack"),
            writes=True,
        )
        self.new_exhibition_action = self._action(
            self.tr("New e&xhibition…"),
            self.new_exhibition,
            tip=self.tr("Plan an exhibition of your learning from a template"),
            writes=True,
        )
        reflect_menu.addAction(self.new_goal_action)
        reflect_menu.addAction(self.new_exhibition_action)
        reflect_menu.addAction(self.prompt_library_action)
        # Help comes last, as in every desktop app (File, Edit, View, Go, Reflect, Help).
        help_menu = menu.addMenu(self.tr("&Help"))
        from journal.ui.help_menu import HelpMenu

        self.help = HelpMenu(self, help_menu, self.about_action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("MainToolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        for action in (
            self.new_action,
            self.save_action,
            self.add_files_action,
            self.history_action,
            self.trash_action,
        ):
            toolbar.addAction(action)

    def _build_portfolio_actions(self) -> None:
        """File menu actions for portfolios out and back (journal.ui.portfolio does the work)."""
        from journal.ui.portfolio.actions import PortfolioActions

        self.portfolio = PortfolioActions(self, self.runner)
        self.export_portfolio_action = self._action(
            self.tr("E&xport portfolio…"),
            lambda: self.portfolio.export_portfolio(),
            "Ctrl+Shift+E",
            tip=self.tr("See what will leave, then save a portfolio for your teacher"),
            writes=True,
        )
        self.import_action = self._action(
            self.tr("&Import…"),
            lambda: self.portfolio.import_file(),
            "Ctrl+Shift+I",
            tip=self.tr("Add feedback, a portfolio, a jrnl or Day One journal, or a prompt pack"),
            writes=True,
        )
        self.review_action = self._action(
            self.tr("Open portfolio for &review…"),
            lambda: self.portfolio.open_for_review(),
            "Ctrl+Shift+O",
            tip=self.tr("Read a student's portfolio without changing your own journal"),
        )
        self.class_overview_action = self._action(
            self.tr("C&lass overview…"),
            lambda: self.portfolio.class_overview(),
            "Ctrl+Shift+M",  # not L: that locks the journal
            tip=self.tr("See every portfolio in a folder at a glance"),
        )
        self.show_feedback_action = self._action(
            self.tr("Show &feedback"),
            lambda: self.portfolio.show_feedback(),
            "Ctrl+Shift+F",
            tip=self.tr("Show the comments your teacher sent on this entry or goal"),
        )
        self.show_feedback_action.setEnabled(self.portfolio.feedback_dock is not None)

    def _connect_signals(self) -> None:
        self.filters.changed.connect(self._apply_filter)
        self.filters.search.returnPressed.connect(self.filters.flush)
        self.entry_list.selectionModel().currentChanged.connect(
            lambda current, _previous: self._open_row(current.row())
        )
        self.entries.reloaded.connect(self._show_count)
        self.editor.edited.connect(self._on_edited)
        self.editor.word_count_changed.connect(self._show_word_count)
        self.save_button.clicked.connect(self.save_revision)
        self.note_edit.returnPressed.connect(self.save_revision)
        self.autosave.draft_saved.connect(lambda _when: self._show_save_state())
        self.autosave.revision_saved.connect(lambda _e, _r: self._show_save_state())
        self.runner.journal_changed.connect(self._on_journal_changed)
        self.autosave.save_failed.connect(self._on_save_failed)
        self.autosave.dirty_changed.connect(lambda _dirty: self._show_save_state())
        self.history.restore_requested.connect(self.restore_revision)
        self.history.compare_requested.connect(self.open_diff)
        self.history.revision_selected.connect(self._on_revision_selected)
        self.portfolio.connect_window()

    # -- entries -----------------------------------------------------------
    @property
    def current_entry_id(self) -> str | None:
        return self.autosave.entry_id

    def _select_first_or_last(self) -> None:
        """Where this journal was left (its own memory, not the computer's), else the first."""
        place = journal_profile(self.journal)
        last = place.last_entry_id
        row = self.entries.row_of(last) if last else None
        if row is None and self.entries.rowCount() > 0:
            row = 0
        if row is not None:
            self.select_row(row)
        else:
            self._show_entry(None)
        if place.last_page in self._lazy:
            self.show_page(self._lazy[place.last_page])

    def page_key(self) -> str:
        """The name of the page on show: "journal", "today", "timeline", …"""
        holder = self.pages.currentWidget()
        return next((key for key, h in self._lazy.items() if h is holder), "journal")

    def select_row(self, row: int) -> None:
        index = self.entries.index(row, 0)
        self.entry_list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.entry_list.scrollTo(index)

    def select_entry(self, entry_id: str) -> bool:
        row = self.entries.row_of(entry_id)
        while row is None and self.entries.canFetchMore():
            self.entries.fetchMore()
            row = self.entries.row_of(entry_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def _open_row(self, row: int) -> None:
        if row < 0 or row >= self.entries.rowCount():
            return
        entry_id = self.entries.entry_id(row)
        if entry_id != self.current_entry_id:
            self.open_entry(entry_id)

    def open_entry(self, entry_id: str | None) -> bool:
        """Leave the current entry (keeping every word) and show another."""
        previous = self.current_entry_id
        had_changes = previous is not None and self.autosave.has_unsaved_changes
        if previous is not None and not self.autosave.leave():
            # Could not save: stay here, so nothing typed is lost.
            self._reselect(previous)
            return False
        if previous is not None and had_changes:
            self.entries.refresh_entry(previous)
        self._show_entry(entry_id)
        return True

    def _reselect(self, entry_id: str) -> None:
        row = self.entries.row_of(entry_id)
        if row is not None:
            self.entry_list.selectionModel().blockSignals(True)
            self.select_row(row)
            self.entry_list.selectionModel().blockSignals(False)

    def _show_entry(self, entry_id: str | None) -> None:
        draft_ahead = False
        if entry_id is not None:
            entry = read_entries.read_entry(self.journal, entry_id)
            draft_ahead = entry.has_unsaved_draft
            self.editor.load(entry.title, entry.body)
        else:
            self.editor.load("", "")
        # load() is not an edit and emits nothing: show this entry's count now.
        self._show_word_count(self.editor.word_count())
        self.autosave.set_entry(entry_id, draft_ahead=draft_ahead)
        has_entry = entry_id is not None
        self.editor.setVisible(has_entry)
        self.empty_label.setVisible(not has_entry)
        self.note_edit.setEnabled(has_entry)
        for action in (
            self.save_action,
            self.add_files_action,
            self.trash_action,
            self.compare_action,
        ):
            action.setEnabled(has_entry)
        self.save_button.setEnabled(has_entry)
        self.details.show_entry(entry_id)
        self.attachments.show_entry(entry_id)
        self.history.show_entry(entry_id)
        self.note_edit.clear()
        if entry_id is not None:
            self.entry_opened.emit(entry_id)
        self._show_save_state()

    def new_entry(self, *, title: str = "", body: str = "") -> str | None:
        if self.current_entry_id is not None and not self.autosave.leave():
            return None
        self.show_page(self.splitter)
        entry_id = self.runner.value(entry_actions.create_entry, title=title, body=body)
        if entry_id is None:
            return None
        self.filters.search.clear()
        self.entries.set_filter(EntryFilter(), self.filters.current_order())
        self.autosave.set_entry(None)
        if not self.select_entry(entry_id):
            self._show_entry(entry_id)
        self.editor.focus_title() if not title else self.editor.focus_body()
        return entry_id

    def new_from_template(self) -> None:
        from journal.ui.templates_dialog import TemplatePicker

        picker = TemplatePicker(self.journal.paths, self.ask, self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.chosen.connect(
            lambda template: self.new_entry(title=template.entry_title, body=template.body)
        )
        picker.show()
        self.template_picker = picker

    def save_as_template(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from journal.store.errors import JournalError
        from journal.store.templates import save_template

        if self.current_entry_id is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save as template"),
            self.tr("Name for your template:"),
            text=self.editor.title(),
        )
        if not ok or not name.strip():
            return
        try:
            save_template(self.journal.paths, name, name.strip(), self.editor.body())
        except JournalError as exc:
            self.ask.error(self.tr("The template was not saved"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Saved as a template of yours."), 4000)

    def save_revision(self) -> None:
        if self.current_entry_id is None:
            return
        note = self.note_edit.text().strip() or None
        revision = self.autosave.cut_revision(RevisionReason.SAVE, note=note)
        if revision is not None:
            self.note_edit.clear()
            self.after_revision_prompt.offer(
                "after_revision",
                key=revision.id,
                entry_id=revision.entry_id,
                revision_id=revision.id,
            )
            self.after_revision_prompt.show()
            self.statusBar().showMessage(
                self.tr("Saved revision %1.").replace("%1", str(revision.seq)), 4000
            )
        elif not self.autosave.has_unsaved_changes:
            self.statusBar().showMessage(
                self.tr("No changes since the last revision, so nothing new was added."), 4000
            )

    def trash_current(self) -> None:
        entry_id = self.current_entry_id
        if entry_id is None:
            return
        self.autosave.leave()
        row = self.entries.row_of(entry_id) or 0
        self.autosave.set_entry(None)
        if self.runner.run(entry_actions.trash_entry, entry_id, initiator=self) is None:
            self._show_entry(entry_id)
            return
        self.statusBar().showMessage(
            self.tr("Moved to the trash. Undo (Ctrl+Z) or open the trash to bring it back."),
            6000,
        )
        if self.entries.rowCount():
            self.select_row(min(row, self.entries.rowCount() - 1))
        else:
            self._show_entry(None)

    def show_trash(self) -> None:
        dialog = TrashDialog(self.runner, self.ask, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.trash_dialog = dialog

    def restore_revision(self, revision_id: str) -> None:
        if self.current_entry_id is None:
            return
        # Whatever is in the editor becomes a revision first: nothing is lost.
        if not self.autosave.leave(RevisionReason.SAVE):
            return
        entry_id = self.current_entry_id
        revision = self.runner.value(entry_actions.restore_revision, revision_id, initiator=self)
        if revision is None:
            return
        seq = revision.seq
        self._show_entry(entry_id)
        self.statusBar().showMessage(
            self.tr(
                "Restored. It is now revision %1; every other version is still in the history."
            ).replace("%1", str(seq)),
            6000,
        )

    def open_diff(self, older_id: str, newer_id: str, entry_id: str | None = None) -> None:
        """Compare two revisions in a window of their own (the page on show stays)."""
        entry_id = entry_id or self.current_entry_id
        if entry_id is None:
            return
        self.autosave.save_draft()
        from journal.ui.diff_view import DiffDialog

        dialog = DiffDialog(self.runner, entry_id, older_id, newer_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.diff_dialog = dialog

    def compare_first_latest(self) -> None:
        if self.current_entry_id is None:
            return
        self.autosave.cut_revision(RevisionReason.SAVE)
        revisions = [r.id for r in read_entries.revisions_of(self.journal, self.current_entry_id)]
        if len(revisions) < 2:
            self.statusBar().showMessage(
                self.tr("This entry has only one version so far; save a revision to compare."),
                5000,
            )
            return
        self.open_diff(revisions[0], revisions[-1])

    def show_history(self) -> None:
        self.history_dock.show()
        self.history_dock.raise_()
        self.history.focus_list()

    def add_files(self, paths: list[Path] | None = None) -> None:
        if self.current_entry_id is None:
            return
        if paths is None:
            paths = self.ask.open_files(self.tr("Add files to this entry"))
        if paths:
            self.autosave.save_draft()
            self.attachments.add_files(paths)
            self.attachments_dock.show()
            self.attachments_dock.raise_()

    # -- search ------------------------------------------------------------
    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def _apply_filter(self, flt: EntryFilter, order: str) -> None:
        current = self.current_entry_id
        self.entries.set_filter(flt, order)
        if current is not None and self.entries.row_of(current) is not None:
            self._reselect(current)

    def _show_count(self) -> None:
        total = self.entries.total
        if self.filters.current_filter().is_empty:
            self.count_label.setText(self.tr("%n entry(s)", "", total))
        else:
            self.count_label.setText(self.tr("%n entry(s) match", "", total))

    # -- saving state --------------------------------------------------------
    def _on_edited(self) -> None:
        self.autosave.note_edit()
        self._show_save_state()

    def _show_word_count(self, count: int) -> None:
        self.words_label.setText(self.tr("%n word(s)", "", count))

    def _on_journal_changed(self, changes: Changes, initiator: object) -> None:
        """What the window itself shows: its title, and the entry in the editor."""
        self._wrote_since_backup_check = True
        if changes.touches(Kind.PROFILE):
            self._update_title()
        current = self.current_entry_id
        if current is None:
            return
        if changes.touches_entry(current, Kind.ATTACHMENTS) and initiator is not self.autosave:
            # Files added or taken out: the working state is ahead of the last revision.
            self.autosave.mark_draft_ahead()
            self._show_save_state()
        if changes.touches(Kind.ENTRIES) and initiator is not self:
            # An undo or the trash dialog may have moved the open entry: keep it
            # selected if it is listed, otherwise show the first entry.
            if self.entries.row_of(current) is not None:
                self._reselect(current)
            elif not read_entries.read_entry(self.journal, current).in_trash:
                return
            elif self.entries.rowCount():
                self.autosave.set_entry(None)
                self.select_row(0)
            else:
                self.autosave.set_entry(None)
                self._show_entry(None)

    def _on_revision_selected(self, revision_id: str) -> None:
        """An old revision shows its files as they were; the latest shows the working set."""
        latest = self.history.model.latest
        if latest is not None and latest.id == revision_id:
            if self.attachments.working_files_of != self.current_entry_id:
                self.attachments.show_entry(self.current_entry_id)
        else:
            self.attachments.show_revision(revision_id)

    def _on_save_failed(self, message: str) -> None:
        self.save_state_label.setText(self.tr("Not saved"))
        self.ask.error(self.tr("Your writing is not saved yet"), message)

    def _show_save_state(self) -> None:
        if self.current_entry_id is None:
            self.save_state_label.clear()
            return
        if self.autosave.dirty:
            text = self.tr("Editing…")
        elif self.autosave.last_saved_at is not None:
            text = self.tr("Saved %1").replace("%1", _relative(self.autosave.last_saved_at))
        else:
            text = self.tr("All saved")
        self.save_state_label.setText(text)
        self.save_state_label.setAccessibleName(text)

    # -- other actions ---------------------------------------------------------
    def back_up_now(self) -> None:
        from journal.store.backup import make_backup

        self.autosave.save_draft()
        journal = self.journal
        keep = self.settings.backup_keep
        self.statusBar().showMessage(self.tr("Backing up…"))
        self.tasks.run(
            lambda: make_backup(journal, keep=keep),
            on_done=lambda path: self.statusBar().showMessage(
                self.tr("Backed up to %1").replace("%1", str(path)), 6000
            ),
            on_error=lambda exc: self.ask.error(self.tr("Backup failed"), str(exc)),
            owner=self,
        )

    def back_up_if_due(self) -> bool:
        """Take an automatic backup if one is due (the first hour's, or the day's).

        Asked every few minutes while the student writes; quiet unless it fails.
        Returns whether a backup was started.
        """
        from journal.store.backup import backup_due, make_backup

        if self.runner.read_only or not self._wrote_since_backup_check:
            return False
        self._wrote_since_backup_check = False
        if not backup_due(self.journal.paths):
            return False
        journal = self.journal
        keep = self.settings.backup_keep
        self.tasks.run(
            lambda: make_backup(journal, keep=keep),
            on_done=lambda _path: self.statusBar().showMessage(
                self.tr("Your journal was backed up."), 4000
            ),
            on_error=lambda exc: self.statusBar().showMessage(
                self.tr("The automatic backup didn't work: %1").replace("%1", str(exc))
            ),
            owner=self,
        )
        return True

    def show_preferences(self) -> None:
        from journal.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(
            self.settings,
            self.journal.paths.root,
            self,
            runner=self.runner,
            save_file=lambda title, suggested: self.ask.save_file(title, suggested),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settings_changed.connect(self._apply_settings)
        dialog.show()
        self.preferences_dialog = dialog

    def _apply_settings(self) -> None:
        from PySide6.QtWidgets import QApplication

        from journal.ui.preferences import apply_theme

        self.refresh_lock_action()
        self.autosave.set_delay_ms(self.settings.autosave_delay_ms)
        self.autosave.set_quiet_minutes(self.settings.quiet_revision_minutes)
        self.editor.set_font_point_size(self.settings.editor_font_size)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.settings.theme)

    def show_about(self) -> None:
        from journal import __version__

        self.ask.inform(
            self.tr("About Learning Journal"),
            self.tr(
                "Learning Journal %1\n\nThe story of your own learning, kept on this "
                "computer.\n\nYour journal is in:\n%2"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.journal.paths.root)),
        )

    def _student_name(self) -> str:
        return learner_name(self.journal)

    def _update_title(self) -> None:
        name = self._student_name()
        title = (
            self.tr("%1's Learning Journal").replace("%1", name)
            if name
            else self.tr("Learning Journal")
        )
        self.setWindowTitle(title + self._title_suffix)

    def _recover_after_crash(self) -> None:
        """Say so when the last session ended without closing (its drafts were kept)."""
        was_running = self.settings.session_running
        self.settings.session_running = True
        if not was_running:
            return
        drafts = read_entries.entries_with_unsaved_drafts(self.journal)
        if drafts:
            self.statusBar().showMessage(
                self.tr(
                    "Learning Journal closed unexpectedly last time. Your writing was kept: "
                    "%n entry(s) have a draft that is newer than their last revision.",
                    "",
                    len(drafts),
                ),
                20000,
            )
            self.recovered_drafts = drafts

    # -- pages ------------------------------------------------------------------
    def show_page(self, page: QWidget) -> None:
        """Switch the main area; the writing docks only show with the journal."""
        holder = next((h for h in self._lazy.values() if h is page or h.built is page), page)
        if holder is self.pages.currentWidget():
            return
        leaving_journal = self.pages.currentWidget() is self.splitter
        if leaving_journal:
            self.autosave.save_draft()
            # isHidden, not isVisible: before the window is shown nothing is "visible".
            self._dock_visibility = {d: not d.isHidden() for d in self._docks()}
            for dock in self._docks():
                dock.hide()
        real = holder.page() if isinstance(holder, _LazyPage) else holder
        self.pages.setCurrentWidget(holder)
        if holder is self.splitter:
            for dock, visible in getattr(self, "_dock_visibility", {}).items():
                dock.setVisible(visible)
        for action, (p, _name) in zip(self.page_actions, self._page_names, strict=True):
            action.setChecked(p is holder)
        if holder is self._lazy["today"]:
            self.today_page.reload()
        elif holder is self._lazy["profile"]:
            self.profile_page.reload()
        elif holder is self._lazy["timeline"]:
            self.timeline_page.activate(self.filters.current_filter())
        focus_first_control(real)
        if holder is self.splitter:
            self.entry_list.setFocus()

    def _docks(self) -> list[QDockWidget]:
        return [self.details_dock, self.attachments_dock, self.history_dock]

    def show_entry_in_journal(self, entry_id: str) -> None:
        self.show_page(self.splitter)
        if not self.select_entry(entry_id):
            # Hidden by the current search or filters: clear them and try again.
            self.filters.search.clear()
            self.entries.set_filter(EntryFilter(), self.filters.current_order())
            if not self.select_entry(entry_id):
                self.open_entry(entry_id)
        self.editor.focus_body()

    @property
    def after_revision_prompt(self) -> PromptCard:
        """The prompt offered under the editor after saving a revision (made when first needed)."""
        if self._after_revision_prompt is None:
            from journal.ui.prompts_panel import PromptCard

            card = PromptCard(self.runner, daily=False)
            card.hide()
            card.reflection_saved.connect(lambda _id: card.hide())
            card.skipped.connect(card.hide)
            self._centre_layout.addWidget(card)
            self._after_revision_prompt = card
        return self._after_revision_prompt

    def _compare_from_timeline(self, entry_id: str, older_id: str, newer_id: str) -> None:
        # The comparison opens over the timeline: the student stays where they were.
        if entry_id:
            self.open_diff(older_id, newer_id, entry_id)

    def show_goal(self, goal_id: str) -> None:
        self.show_page(self.goals_page)
        self.goals_page.show_goal(goal_id)

    def new_goal(self) -> None:
        self.show_page(self.goals_page)
        self.goals_page.show_list()
        self.goals_page.goals_list.new_goal()

    def show_prompt_library(self) -> None:
        from journal.ui.prompts_panel import PromptLibraryDialog

        dialog = PromptLibraryDialog(self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.prompt_library_dialog = dialog

    # -- first run and the sample journal ------------------------------------
    def show_welcome(self) -> None:
        from journal.ui.welcome import WelcomeDialog

        dialog = WelcomeDialog(self.journal.paths.root, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._welcome_done(dialog.name(), dialog.wants_sample()))
        dialog.rejected.connect(self._welcome_put_off)
        dialog.show()
        self.welcome_dialog = dialog

    def _welcome_done(self, name: str, wants_sample: bool) -> None:
        """The welcome was answered: this journal remembers the name and won't ask again."""
        self.runner.run(finish_welcome, name, initiator=self)
        if wants_sample:
            self.open_sample_journal()

    def _welcome_put_off(self) -> None:
        """Escape or the close box: nothing is kept, so the welcome comes back next time."""
        self.statusBar().showMessage(
            self.tr(
                "This journal has no name yet. It will ask again next time, or you can "
                "type your name in Preferences or on the Today page."
            ),
            20000,
        )

    def sample_folder(self) -> Path:
        return self.journal.paths.root / "sample-journal"

    def open_sample_journal(self) -> None:
        """Make (once) and open the sample journal in a window of its own."""
        from PySide6.QtWidgets import QProgressDialog

        from journal.demo import DemoSize, generate_demo
        from journal.store.database import Journal

        folder = self.sample_folder()
        if (folder / "journal.db").exists():
            self._show_sample_window(folder)
            return
        progress = QProgressDialog(
            self.tr("Making a sample journal to explore…"), self.tr("Cancel"), 0, 100, self
        )
        progress.setAccessibleName(self.tr("Making the sample journal"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.sample_progress = progress

        def make(progress: object = None) -> Path:
            with Journal.open(folder, auto_backup=False) as sample:
                generate_demo(
                    sample,
                    DemoSize(entries=150),
                    today=date.today(),
                    progress=progress,  # type: ignore[arg-type]
                )
            return folder

        def done(path: Path) -> None:
            progress.close()
            if not progress.wasCanceled():
                self._show_sample_window(path)

        def failed(exc: BaseException) -> None:
            progress.close()
            self.ask.error(self.tr("The sample journal could not be made"), str(exc))

        def report(done_count: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done_count)

        self.tasks.run(make, on_done=done, on_error=failed, on_progress=report, owner=self)

    def _show_sample_window(self, folder: Path) -> None:
        from journal.store.database import Journal
        from journal.store.errors import JournalError

        try:
            sample = Journal.open(folder, auto_backup=False)
        except JournalError as exc:
            self.ask.error(self.tr("The sample journal could not be opened"), str(exc))
            return
        window = MainWindow(sample, self.settings, title_suffix=self.tr(" — sample journal"))
        window.portfolio.open_review = self.portfolio.open_review
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(sample.close)
        window.show()
        self._child_windows.append(window)

    def _place_window(self) -> None:
        """A size that fits the screen; the student's own window comes back as it was left."""
        settings = self.settings

        def read() -> tuple[bytes, bytes]:
            if self.runner.read_only:  # a review window starts fresh each time
                return b"", b""
            return settings.window_geometry, settings.window_state

        def write(geometry: bytes, state: bytes) -> None:
            if not self.runner.read_only:
                settings.window_geometry = geometry
                settings.window_state = state

        self.placement = WindowPlacement(self, read, write)
        self.placement.restore()
        self.dock_tab_stops = keep_docks_usable(self, self._all_docks())
        self.pages.currentChanged.connect(lambda _i: self.dock_tab_stops.schedule())

    def _all_docks(self) -> list[QDockWidget]:
        return self.findChildren(QDockWidget)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._name_dock_tabs()
        self.dock_tab_stops.schedule()

    def _name_dock_tabs(self) -> None:
        """QMainWindow makes tab bars for tabbed docks itself; give them names too."""
        for bar in self.findChildren(QTabBar):
            if not bar.accessibleName():
                bar.setAccessibleName(self.tr("Switch between panels"))

    # -- drag and drop onto the window --------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.current_entry_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add_files(paths)
            event.acceptProposedAction()

    # -- closing -------------------------------------------------------------
    def unsaved_work(self) -> list[QWidget]:
        """Editors and dialogs of this window holding typed work that isn't saved.

        Any widget (a dialog, an answer being written, the learning profile) that
        has a ``has_unsaved_work()`` method saying True.
        """
        found: list[QWidget] = []
        for widget in self.findChildren(QWidget):
            check = getattr(widget, "has_unsaved_work", None)
            if callable(check) and check():
                found.append(widget)
        return found

    def _keep_typed_work(self) -> bool:
        """Ask before quitting loses typed work; True (and it is shown again) to keep it."""
        unsaved = self.unsaved_work()
        if not unsaved or self.ask.keep_or_discard(
            self.tr("Something you wrote isn't saved"),
            self.tr(
                "You've written something here that isn't saved yet. If you quit now, it is "
                "lost. Go back to it?"
            ),
            discard=self.tr("Quit without saving"),
            keep=self.tr("Go back"),
        ):
            return False
        first = unsaved[0]
        holder = next((h for h in self._lazy.values() if h.isAncestorOf(first)), None)
        if holder is not None:
            self.show_page(holder)
        first.window().activateWindow()
        first.setFocus()
        return True

    def refresh_lock_action(self) -> None:
        """Lock now is there only when the journal has a passphrase to lock with."""
        self.lock_now_action.setVisible(bool(getattr(self.journal, "encrypted", False)))

    def close_for_lock(self) -> bool:
        """Close for a lock, asking nothing: the draft is saved first. False (the
        window stays open, saying why) if it could not be saved."""
        self._locking = True
        try:
            return self.close()
        finally:
            self._locking = False

    def closeEvent(self, event: QCloseEvent) -> None:
        locking = getattr(self, "_locking", False)
        if not locking and self._keep_typed_work():
            event.ignore()
            return
        saved = self.autosave.leave(RevisionReason.QUIT)
        if not saved and locking:
            event.ignore()
            self.statusBar().showMessage(
                self.tr("Your journal was not locked: your latest writing could not be saved.")
            )
            return
        if not saved and not self.ask.confirm(
            self.tr("Your last changes could not be saved"),
            self.tr(
                "Learning Journal could not save your latest writing. If you quit now, "
                "the last few words may be lost. Quit anyway?"
            ),
            yes=self.tr("Quit anyway"),
        ):
            event.ignore()
            return
        self.details.flush()
        self.tasks.wait()
        self.attachments.wait_for_tasks()
        if self.pages.currentWidget() is not self.splitter:
            # Docks are put away while another page shows: keep them as the student left them.
            for dock, visible in getattr(self, "_dock_visibility", {}).items():
                dock.setVisible(visible)
        self.placement.save()
        if not self.runner.read_only:
            # Where the student was belongs to this journal, not to the computer;
            # a journal that can't take it (read-only disk, already closed) just forgets.
            with contextlib.suppress(JournalError):
                self.runner.run(
                    remember_place,
                    self.current_entry_id or "",
                    self.page_key(),
                    initiator=self,
                    quiet=True,
                )
        self.settings.session_running = False
        event.accept()
        self.closed.emit()


class MainWindow(JournalWindow):
    """The student's own window onto their journal (read and write)."""
