"""The window's portfolio work in one place: export, import, review, class overview, feedback.

:class:`PortfolioActions` is made by the main window with the window's
:class:`~journal.ui.runner.ActionRunner`; its File menu actions call
:meth:`~PortfolioActions.export_portfolio`,
:meth:`~PortfolioActions.import_file`, :meth:`~PortfolioActions.open_for_review`
and :meth:`~PortfolioActions.class_overview`. Exports and imports are actions
submitted to the runner; after an import the runner's ``journal_changed``
tells every view what changed (nothing here refreshes another view).

In a student's (writable) journal it also adds the "Feedback" dock, which
follows the entry or goal the window shows: it is there with the Journal page
and with a goal's page, and nowhere else; the tab the student chose beside it
stays chosen when they come back to the Journal page.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QProgressDialog, QWidget

from journal.store.errors import JournalError
from journal.ui.portfolio.feedback_panel import StudentFeedbackPanel, WindowContext
from journal.ui.portfolio.host import PortfolioWindow, ReviewOpener, window_widget
from journal.ui.tasks import CancelToken, TaskRunner
from journal.ui.window_fit import scrolling

if TYPE_CHECKING:
    from journal.actions.portfolio import ImportReport
    from journal.portfolio.review import ReviewSession
    from journal.ui.portfolio.class_overview import ClassOverviewDialog
    from journal.ui.portfolio.export_dialog import ExportDialog
    from journal.ui.portfolio.import_dialog import ImportDialog
    from journal.ui.runner import ActionRunner


def portfolio_filter() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "PortfolioActions", "Portfolio files (*.portfolio.zip *.zip);;All files (*)"
    )


def _built_page(window: PortfolioWindow, name: str) -> QWidget | None:
    """A page of the window if it has been built already (None if not, or no such page)."""
    holder = getattr(window, "_lazy", {}).get(name)
    if holder is None:
        return None
    built = getattr(holder, "built", None)
    return built if isinstance(built, QWidget) else None


class PortfolioActions(QObject):
    """Signals:
    review_opened(object): a review window was shown.
    imported(object): an :class:`~journal.actions.portfolio.ImportReport` went into
        this journal (the views were told what changed through the runner).
    """

    review_opened = Signal(object)
    imported = Signal(object)

    def __init__(self, window: PortfolioWindow, runner: ActionRunner) -> None:
        widget = window_widget(window)
        super().__init__(widget)
        self.window = window
        self._widget = widget
        self.runner = runner
        self.context = WindowContext(window)
        # Set by whoever builds the window (journal.app, tests): opening a review
        # window needs journal.ui.portfolio.review, which imports the main window.
        self.open_review: ReviewOpener | None = None
        self.review_windows: list[QMainWindow] = []
        self.export_dialog: ExportDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.class_dialog: ClassOverviewDialog | None = None
        self.review_progress: QProgressDialog | None = None
        self._review_tasks = TaskRunner(self)
        self.feedback_panel: StudentFeedbackPanel | None = None
        self.feedback_dock: QDockWidget | None = None
        # Whether the student wants the feedback dock (False once they close it).
        self._feedback_wanted = True
        # The tab the student chose among the tabbed docks, kept while other pages show.
        self._chosen_tab: QDockWidget | None = None
        self._returning = False
        self._on_journal = True
        if not runner.read_only:
            self._build_feedback_dock()

    def _build_feedback_dock(self) -> None:
        window = self.window
        self.feedback_panel = StudentFeedbackPanel(self.runner)
        dock = QDockWidget(self.tr("Feedback"), self._widget)
        dock.setObjectName("FeedbackDock")
        dock.setAccessibleName(self.tr("Feedback"))
        dock.setWidget(scrolling(self.feedback_panel, self.tr("Feedback")))
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        window.tabifyDockWidget(window.history_dock, dock)
        window.attachments_dock.raise_()
        self._chosen_tab = window.attachments_dock
        dock.installEventFilter(self)
        dock.toggleViewAction().triggered.connect(self._feedback_toggled)
        self.feedback_dock = dock

    def connect_window(self) -> None:
        """Wire the feedback dock to the window (called from the window's _connect_signals)."""
        window = self.window
        self.context.connect_window()
        panel = self.feedback_panel
        if panel is None:
            return
        self.context.changed.connect(lambda: panel.show_context(self.context))
        self.context.changed.connect(self._place_feedback_dock)
        window.pages.currentChanged.connect(lambda _i: self._page_changed())
        window.tabifiedDockWidgetActivated.connect(self._tab_chosen)
        for dock in self._tab_docks():
            dock.visibilityChanged.connect(
                lambda visible, dock=dock: self._tab_shown(dock, visible)
            )
        panel.open_entry_requested.connect(window.show_entry_in_journal)
        panel.goal_requested.connect(window.show_goal)
        if self.feedback_dock is not None:
            # Its tab chosen: the comments come into view (and only then count as seen).
            self.feedback_dock.visibilityChanged.connect(
                lambda visible: panel.uncovered() if visible else None
            )
        panel.show_context(self.context)
        self._on_journal = self._journal_shown()
        self._place_feedback_dock()

    # -- where the feedback dock shows ---------------------------------------------------
    def _tab_docks(self) -> list[QDockWidget]:
        window = self.window
        docks = [window.attachments_dock, window.history_dock]
        return docks + ([self.feedback_dock] if self.feedback_dock is not None else [])

    def _journal_shown(self) -> bool:
        return self.window.pages.currentWidget() is self.window.splitter

    def _feedback_due(self) -> bool:
        """Feedback belongs with an entry (the Journal page) or a goal (its page)."""
        return self._feedback_wanted and (self._journal_shown() or self.context.goal_id is not None)

    def _place_feedback_dock(self) -> None:
        dock = self.feedback_dock
        if dock is not None and dock.isHidden() == self._feedback_due():
            dock.setVisible(self._feedback_due())

    def _page_changed(self) -> None:
        on_journal = self._journal_shown()
        if on_journal and not self._on_journal:
            # The window shows its docks again after this; the chosen tab is raised after that.
            self._returning = True
            QTimer.singleShot(0, self, self._back_on_journal)
        self._on_journal = on_journal
        self._place_feedback_dock()

    def _back_on_journal(self) -> None:
        self._returning = False
        if not self._journal_shown():
            return
        self._place_feedback_dock()
        chosen = self._chosen_tab
        if chosen is not None and not chosen.isHidden():
            chosen.raise_()

    def _tab_shown(self, dock: QDockWidget, visible: bool) -> None:
        """Remember the tab on top, unless it came on top because others were put away."""
        if not visible or self._returning or not self._journal_shown():
            return
        chosen = self._chosen_tab
        if chosen is None or chosen is dock or not chosen.isHidden():
            self._chosen_tab = dock

    def _tab_chosen(self, dock: QDockWidget) -> None:
        if dock in self._tab_docks():
            self._chosen_tab = dock

    def _feedback_toggled(self, checked: bool) -> None:
        """View → Feedback: on shows it where feedback belongs; off keeps it closed."""
        if checked:
            self.show_feedback()
        else:
            self._feedback_wanted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.feedback_dock and event.type() == QEvent.Type.Close:
            self._feedback_wanted = False  # the student closed it: it stays closed
        return super().eventFilter(watched, event)

    def show_feedback(self) -> None:
        """Show the feedback dock on top (on the Journal page unless a goal is on show)."""
        dock = self.feedback_dock
        if dock is None:
            return
        self._feedback_wanted = True
        if not self._feedback_due():
            self.window.show_page(self.window.splitter)
        dock.show()
        dock.raise_()
        self._chosen_tab = dock
        if self.feedback_panel is not None:
            self.feedback_panel.comment_list.setFocus()

    # -- export ---------------------------------------------------------------------------------
    def export_portfolio(self) -> ExportDialog:
        from journal.ui.portfolio.export_dialog import ExportDialog

        window = self.window
        window.autosave.save_draft()
        window.details.flush()
        dialog = ExportDialog(self.runner, window.ask, self._widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(
            lambda result: window.statusBar().showMessage(
                self.tr("Saved your portfolio to %1.").replace("%1", str(result.path)), 8000
            )
        )
        dialog.show()
        self.export_dialog = dialog
        return dialog

    # -- import -----------------------------------------------------------------------------------
    def import_file(self, path: Path | None = None) -> ImportDialog | None:
        from journal.ui.portfolio.import_dialog import ImportDialog, import_filter

        window = self.window
        if path is None:
            path = window.ask.open_file(self.tr("Import a file"), import_filter())
            if path is None:
                return None
        window.autosave.save_draft()
        window.details.flush()
        dialog = ImportDialog(self.runner, Path(path), self._widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._after_import)
        dialog.show()
        dialog.start()
        self.import_dialog = dialog
        return dialog

    def _after_import(self, result: ImportReport) -> None:
        """Say what came in; the views already refreshed themselves from the runner."""
        from journal.ui.portfolio.import_dialog import import_summary

        self.window.statusBar().showMessage(import_summary(result), 10000)
        if result.kind == "feedback" and self.feedback_dock is not None:
            self._feedback_wanted = True
            if self._feedback_due():
                self.show_feedback()
        self.imported.emit(result)

    # -- review ----------------------------------------------------------------------------
    def open_for_review(self, path: Path | None = None) -> bool:
        """Check the portfolio in the background, then open it read-only in a window of its own."""
        from journal.portfolio.review import load_for_review

        window = self.window
        if self.open_review is None:  # this window can't open review windows
            return False
        if path is None:
            path = window.ask.open_file(self.tr("Open a portfolio to review"), portfolio_filter())
            if path is None:
                return False
        path = Path(path)
        token = CancelToken()
        progress = QProgressDialog(
            self.tr("Checking %1…").replace("%1", path.name),
            self.tr("Cancel"),
            0,
            100,
            self._widget,
        )
        progress.setAccessibleName(self.tr("Checking the portfolio"))
        progress.setWindowTitle(self.tr("Open for review"))
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(300)
        progress.setValue(0)
        progress.canceled.connect(token.cancel)
        self.review_progress = progress

        def report(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, total))

        def finish() -> None:
            # Closing a progress dialog emits canceled(); this was no cancel.
            progress.canceled.disconnect(token.cancel)
            progress.close()
            progress.deleteLater()
            if self.review_progress is progress:
                self.review_progress = None

        def done(session: ReviewSession) -> None:
            finish()
            if token.cancelled:
                session.close()
                return
            self.show_review(session)

        def failed(exc: BaseException) -> None:
            finish()
            if token.cancelled:
                window.statusBar().showMessage(self.tr("Stopped; nothing was opened."), 5000)
                return
            message = (
                str(exc)
                if isinstance(exc, JournalError)
                else self.tr("%1 could not be opened (%2).")
                .replace("%1", path.name)
                .replace("%2", str(exc))
            )
            window.ask.error(self.tr("This portfolio can't be reviewed"), message)

        self._review_tasks.run(
            lambda progress: load_for_review(
                path, progress=progress, cancelled=lambda: token.cancelled
            ),
            on_done=done,
            on_error=failed,
            on_progress=report,
            owner=self,
        )
        return True

    def show_review(self, session: ReviewSession) -> QMainWindow:
        if self.open_review is None:
            raise RuntimeError("PortfolioActions.open_review was never set")
        review = self.open_review(session, self.window.settings)
        self.review_windows.append(review)
        review.destroyed.connect(lambda *_: self._forget_closed_reviews())
        review.show()
        self.review_opened.emit(review)
        return review

    def _forget_closed_reviews(self) -> None:
        alive = []
        for review in self.review_windows:
            try:
                review.objectName()
            except RuntimeError:
                continue
            alive.append(review)
        self.review_windows = alive

    # -- class overview --------------------------------------------------------------------
    def class_overview(self, folder: Path | None = None) -> ClassOverviewDialog | None:
        from journal.ui.portfolio.class_overview import ClassOverviewDialog

        window = self.window
        if folder is None:
            folder = window.ask.folder(self.tr("Choose the folder of your class's portfolios"))
            if folder is None:
                return None
        dialog = ClassOverviewDialog(Path(folder), parent=self._widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.review_requested.connect(self.open_for_review)
        dialog.show()
        dialog.scan()
        self.class_dialog = dialog
        return dialog

    def wait(self) -> None:
        self._review_tasks.wait()
