"""The window's portfolio work in one place: export, import, review, class overview, feedback.

:class:`PortfolioActions` is made by the main window; its File menu actions
call :meth:`~PortfolioActions.export_portfolio`,
:meth:`~PortfolioActions.import_file`, :meth:`~PortfolioActions.open_for_review`
and :meth:`~PortfolioActions.class_overview`. In a student's (writable)
journal it also adds the "Feedback" dock, which follows the entry or goal the
window shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QProgressDialog, QWidget

from journal.store.errors import JournalError
from journal.ui.portfolio.feedback_panel import StudentFeedbackPanel, WindowContext
from journal.ui.portfolio.host import PortfolioWindow, ReviewOpener, window_widget
from journal.ui.tasks import CancelToken, TaskRunner

if TYPE_CHECKING:
    from journal.portfolio.imports import ImportResult
    from journal.portfolio.review import ReviewSession
    from journal.ui.portfolio.class_overview import ClassOverviewDialog
    from journal.ui.portfolio.export_dialog import ExportDialog
    from journal.ui.portfolio.import_dialog import ImportDialog


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
    imported(object): an :class:`ImportResult` went into this journal.
    """

    review_opened = Signal(object)
    imported = Signal(object)

    def __init__(self, window: PortfolioWindow) -> None:
        widget = window_widget(window)
        super().__init__(widget)
        self.window = window
        self._widget = widget
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
        if not window.journal.read_only:
            self._build_feedback_dock()

    def _build_feedback_dock(self) -> None:
        window = self.window
        self.feedback_panel = StudentFeedbackPanel(window.journal)
        dock = QDockWidget(self.tr("Feedback"), self._widget)
        dock.setObjectName("FeedbackDock")
        dock.setAccessibleName(self.tr("Feedback"))
        dock.setWidget(self.feedback_panel)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        window.tabifyDockWidget(window.history_dock, dock)
        window.attachments_dock.raise_()
        self.feedback_dock = dock

    def connect_window(self) -> None:
        """Wire the feedback dock to the window (called from the window's _connect_signals)."""
        window = self.window
        self.context.connect_window()
        panel = self.feedback_panel
        if panel is None:
            return
        self.context.changed.connect(lambda: panel.show_context(self.context))
        panel.feedback_read.connect(lambda _ids: self._refresh_marks())
        panel.open_entry_requested.connect(window.show_entry_in_journal)
        panel.goal_requested.connect(window.show_goal)
        panel.show_context(self.context)

    def show_feedback(self) -> None:
        if self.feedback_dock is not None:
            self.feedback_dock.show()
            self.feedback_dock.raise_()
            if self.feedback_panel is not None:
                self.feedback_panel.comment_list.setFocus()

    def _refresh_marks(self) -> None:
        from journal.ui.timeline_page import TimelinePage

        window = self.window
        entry_id = window.current_entry_id
        if entry_id is not None:
            window.entries.refresh_entry(entry_id)
        timeline = _built_page(window, "timeline")
        if isinstance(timeline, TimelinePage) and timeline.isVisible():
            timeline.view.reload()

    # -- export ---------------------------------------------------------------------------------
    def export_portfolio(self) -> ExportDialog:
        from journal.ui.portfolio.export_dialog import ExportDialog

        window = self.window
        window.autosave.save_draft()
        window.details.flush()
        dialog = ExportDialog(window.journal, window.ask, window.tasks, self._widget)
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
        dialog = ImportDialog(window.journal, Path(path), window.tasks, self._widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._after_import)
        dialog.show()
        dialog.start()
        self.import_dialog = dialog
        return dialog

    def _after_import(self, result: ImportResult) -> None:
        from journal.ui.pages import GoalsPage
        from journal.ui.timeline_page import TimelinePage

        window = self.window
        current = window.current_entry_id
        window.entries.reload()
        window.filters.reload_choices()
        if current is not None:
            window.select_entry(current)
        # Pages are built on first use; refresh only those already built.
        goals = _built_page(window, "goals")
        if isinstance(goals, GoalsPage):
            goals.goals_list.reload()
            if goals.goal_page.goal_id:
                goals.goal_page.reload()
        timeline = _built_page(window, "timeline")
        if isinstance(timeline, TimelinePage) and timeline.isVisible():
            timeline.view.reload()
        window.statusBar().showMessage(result.summary, 10000)
        if result.kind == "feedback" and self.feedback_panel is not None:
            self.feedback_panel.show_context(self.context)
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
