"""Teacher review mode: a student's portfolio, read-only, in a window of its own.

:class:`ReviewWindow` is a read-only :class:`JournalWindow` over the temporary
journal that :func:`journal.portfolio.review.load_for_review` builds (its
runner refuses every write, and writing controls turn themselves off), with
a banner saying whose portfolio it is and a feedback dock for the teacher's
comments. The teacher's own journal is never opened here. The temporary store
is removed when the window closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QFont,
    QKeySequence,
)
from PySide6.QtWidgets import QDockWidget, QFrame, QLabel, QMenu, QVBoxLayout, QWidget

from journal.portfolio.feedback import FEEDBACK_SUFFIX
from journal.portfolio.review import ReviewSession
from journal.store.errors import JournalError
from journal.ui.formatting import format_day
from journal.ui.main_window import JournalWindow
from journal.ui.portfolio.feedback_panel import ReviewFeedbackPanel, WindowContext
from journal.ui.portfolio.panel_dialog import PanelFeedbackDialog
from journal.ui.settings import Settings
from journal.ui.window_fit import keep_docks_usable, scrolling

BANNER_STYLE = (
    "QFrame#ReviewBanner { background: #fff3cd; border: 1px solid #d9b44a; border-radius: 6px; }"
    " QFrame#ReviewBanner QLabel { color: #4a3800; background: transparent; border: none; }"
)


def review_settings(session: ReviewSession, teacher: Settings | None) -> Settings:
    """Settings of the review window's own, kept in the temporary folder.

    The teacher's settings (crash flag, window layout) stay as they
    were; only how the text looks is carried over.
    """
    store = QSettings(str(session.folder / "review-settings.ini"), QSettings.Format.IniFormat)
    settings = Settings(store)
    if teacher is not None:
        settings.editor_font_size = teacher.editor_font_size
        settings.theme = teacher.theme
    return settings


def open_review_window(session: ReviewSession, settings: Settings | None) -> ReviewWindow:
    """A review window over an opened portfolio; closing it removes the temporary store.

    This is the :data:`~journal.ui.portfolio.host.ReviewOpener` that
    :mod:`journal.app` gives every main window.
    """
    window = ReviewWindow(session, settings)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return window


class ReviewWindow(JournalWindow):
    """A portfolio under review: read-only, with a banner and the teacher's feedback dock.

    Signals:
        feedback_saved(object): the feedback file was written (its Path).
        review_closed(): the window closed and the temporary store is gone.
    """

    feedback_saved = Signal(object)
    review_closed = Signal()

    def __init__(self, review: ReviewSession, teacher_settings: Settings | None = None) -> None:
        super().__init__(
            review.journal,
            review_settings(review, teacher_settings),
            title_suffix=QCoreApplication.translate("ReviewWindow", " — review, read only"),
            read_only=True,
        )
        self.portfolio.open_review = open_review_window
        self.review = review
        self._closed = False
        self.setObjectName("ReviewWindow")
        self._add_banner()
        self._make_read_only()
        self._add_feedback_dock()
        self._add_review_actions()
        self.review_context = WindowContext(self)
        self.review_context.connect_window()
        self.review_context.changed.connect(
            lambda: self.feedback_panel.show_context(self.review_context)
        )
        self.feedback_panel.save_requested.connect(self.save_feedback)
        self.feedback_panel.show_context(self.review_context)
        self.editor.preview_action.setChecked(True)

    # -- building ---------------------------------------------------------------------------
    def _add_banner(self) -> None:
        name = self.review.student_name
        self.banner = QFrame()
        self.banner.setObjectName("ReviewBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_label = QLabel(
            QCoreApplication.translate(
                "ReviewWindow",
                "Reviewing %1’s portfolio — read only. Your comments go into a feedback file.",
            ).replace("%1", name)
        )
        font = QFont(self.banner_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.banner_label.setFont(font)
        self.banner_label.setWordWrap(True)
        self.banner_label.setAccessibleName(self.banner_label.text())
        exported = self.review.manifest.created_at.astimezone()
        self.banner_detail = QLabel(
            QCoreApplication.translate(
                "ReviewWindow",
                "Exported on %1 with Learning Journal %2. Every file in it was checked and is "
                "intact. Nothing here is added to your own journal.",
            )
            .replace(
                "%1",
                format_day(exported),
            )
            .replace("%2", self.review.manifest.app_version)
        )
        self.banner_detail.setWordWrap(True)
        layout = QVBoxLayout(self.banner)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.banner_label)
        layout.addWidget(self.banner_detail)

        pages = self.takeCentralWidget()
        assert pages is not None
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(6, 6, 6, 0)
        holder_layout.setSpacing(4)
        holder_layout.addWidget(self.banner)
        holder_layout.addWidget(pages, 1)
        self.setCentralWidget(holder)

    def _make_read_only(self) -> None:
        """What a reviewer sees differently; writing controls already turned themselves off."""
        # Today is the student's daily home; a reviewer starts at the journal.
        self.page_actions[0].setVisible(False)
        self.page_actions[0].setEnabled(False)
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            if isinstance(menu, QMenu) and not any(
                a.isVisible() and not a.isSeparator() for a in menu.actions()
            ):
                menu_action.setVisible(False)

    def _add_feedback_dock(self) -> None:
        self.feedback_panel = ReviewFeedbackPanel(
            self.review, status_bar=self.statusBar(), replacing=self.save_state_label
        )
        self.feedback_dock = QDockWidget(
            QCoreApplication.translate("ReviewWindow", "Your feedback"), self
        )
        self.feedback_dock.setObjectName("ReviewFeedbackDock")
        self.feedback_dock.setAccessibleName(
            QCoreApplication.translate("ReviewWindow", "Your feedback")
        )
        self.feedback_dock.setWidget(
            scrolling(
                self.feedback_panel, QCoreApplication.translate("ReviewWindow", "Your feedback")
            )
        )
        self.feedback_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.feedback_dock)
        self.splitDockWidget(self.feedback_dock, self.details_dock, Qt.Orientation.Vertical)
        self.tabifyDockWidget(self.details_dock, self.attachments_dock)
        self.history_dock.raise_()
        self.dock_tab_stops = keep_docks_usable(self, self._all_docks())

    def _add_review_actions(self) -> None:
        self.save_feedback_action = self._action(
            QCoreApplication.translate("ReviewWindow", "Save &feedback…"),
            self.save_feedback,
            "Ctrl+Shift+S",
            tip=QCoreApplication.translate(
                "ReviewWindow", "Save your comments as a feedback file to send to the student"
            ),
        )
        self.continue_feedback_action = self._action(
            QCoreApplication.translate("ReviewWindow", "C&ontinue earlier feedback…"),
            self.continue_feedback,
            tip=QCoreApplication.translate(
                "ReviewWindow", "Carry on with a feedback file you saved earlier for this portfolio"
            ),
        )
        self.comment_action = self._action(
            QCoreApplication.translate("ReviewWindow", "&Write a comment"),
            self.focus_comment,
            "Ctrl+Shift+K",
            tip=QCoreApplication.translate("ReviewWindow", "Go to the comment box"),
        )
        file_menu = self.menuBar().actions()[0].menu()
        if isinstance(file_menu, QMenu):
            first = file_menu.actions()[0] if file_menu.actions() else None
            for action in (self.comment_action, self.save_feedback_action,
                           self.continue_feedback_action):  # fmt: skip
                file_menu.insertAction(first, action)  # type: ignore[arg-type]  # None appends
            file_menu.insertSeparator(first)  # type: ignore[arg-type]  # None appends
        self.save_feedback_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.feedback_dock.toggleViewAction().setShortcut(QKeySequence())
        self.exhibition_actions: list[QAction] = []
        self.panel_actions: list[QAction] = []
        if self.review.exhibitions and isinstance(file_menu, QMenu):
            # The exhibitions the student carried in the portfolio, as the panel sees them.
            menu = QMenu(QCoreApplication.translate("ReviewWindow", "E&xhibitions"), file_menu)
            for exhibition in self.review.exhibitions:
                action = menu.addAction(exhibition.title)
                action.setToolTip(
                    QCoreApplication.translate("ReviewWindow", "Open it in your browser")
                )
                action.triggered.connect(
                    lambda _=False, page=exhibition.page: self.open_exhibition(page)
                )
                self.exhibition_actions.append(action)
                panel = menu.addAction(
                    QCoreApplication.translate("ReviewWindow", "Panel feedback on “{title}”…")
                    .format(title=exhibition.title)
                )  # fmt: skip
                panel.triggered.connect(
                    lambda _=False, e=exhibition: self.give_panel_feedback(e.id)
                )
                self.panel_actions.append(panel)
            file_menu.insertMenu(first, menu)  # type: ignore[arg-type]  # None appends

    def give_panel_feedback(self, exhibition_id: str) -> PanelFeedbackDialog | None:
        """Open the panel feedback form for one exhibition (non-modal)."""
        exhibition = next((e for e in self.review.exhibitions if e.id == exhibition_id), None)
        if exhibition is None:
            return None
        dialog = PanelFeedbackDialog(self.review, exhibition, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            if dialog.add_notes():
                self.feedback_panel.note_panel_feedback()

        dialog.accepted.connect(accepted)
        dialog.show()
        self.panel_dialog = dialog
        return dialog

    def open_exhibition(self, page: Path) -> bool:
        """Show an exhibition page from the portfolio in the teacher's browser."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(page)))

    # -- feedback ------------------------------------------------------------------------------
    def focus_comment(self) -> None:
        self.feedback_dock.show()
        self.feedback_dock.raise_()
        self.feedback_panel.comment_edit.setFocus()

    def save_feedback(self) -> Path | None:
        """Ask where, then write the comments as a ``*.feedback.json``."""
        if not self.review.comments and not self.review.panel_notes:
            self.statusBar().showMessage(
                QCoreApplication.translate("ReviewWindow", "Add a comment first, then save."), 5000
            )
            return None
        suggested = self.review.path.parent / self.review.default_feedback_name()
        path = self.ask.save_file(
            QCoreApplication.translate("ReviewWindow", "Save your feedback"),
            str(suggested),
            QCoreApplication.translate("ReviewWindow", "Feedback files (*%1)").replace(
                "%1", FEEDBACK_SUFFIX
            ),
        )
        if path is None:
            return None
        path = Path(path)
        if not path.name.endswith(FEEDBACK_SUFFIX):
            path = path.with_name(path.name.removesuffix(".json") + FEEDBACK_SUFFIX)
        try:
            written = self.review.write_feedback(path, author_name=self.feedback_panel.author_name)
        except JournalError as exc:
            self.ask.error(
                QCoreApplication.translate("ReviewWindow", "Your feedback was not saved"), str(exc)
            )
            return None
        self.feedback_panel.mark_saved()
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "ReviewWindow", "Saved your feedback to %1. Send this file to the student."
            ).replace("%1", str(written)),
            10000,
        )
        self.feedback_saved.emit(written)
        return written

    def continue_feedback(self) -> None:
        path = self.ask.open_file(
            QCoreApplication.translate("ReviewWindow", "Continue earlier feedback"),
            QCoreApplication.translate("ReviewWindow", "Feedback files (*%1)").replace(
                "%1", FEEDBACK_SUFFIX
            ),
        )
        if path is None:
            return
        try:
            self.review.continue_feedback(Path(path))
        except JournalError as exc:
            self.ask.error(
                QCoreApplication.translate("ReviewWindow", "That feedback can't be continued here"),
                str(exc),
            )
            return
        self.feedback_panel.reload_comments()
        self.feedback_panel.mark_saved()
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "ReviewWindow", "Carrying on with the feedback you saved earlier."
            ),
            6000,
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        event.ignore()  # nothing can be added to a portfolio under review

    # -- closing --------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed and not self.may_close():
            event.ignore()
            return
        super().closeEvent(event)
        if event.isAccepted():
            self.end_review()

    def may_close(self) -> bool:
        """True when nothing would be lost, or the teacher said to close without saving.

        Comments not in a feedback file yet, and a comment typed but not added, are
        work: keeping it is the default answer.
        """
        panel = self.feedback_panel
        added = panel.unsaved and bool(self.review.comments or self.review.panel_notes)
        typed = panel.has_typed_comment()
        if not added and not typed:
            return True
        tr = QCoreApplication.translate
        if added and typed:
            text = tr(
                "ReviewWindow",
                "Your comments are not in a feedback file yet, and the comment you are "
                "writing hasn't been added. Closing now loses them. Go back and save them?",
            )
        elif added:
            text = tr(
                "ReviewWindow",
                "Your comments are not in a feedback file yet, so closing now loses them. "
                "Go back and save them?",
            )
        else:
            text = tr(
                "ReviewWindow",
                "The comment you are writing hasn't been added yet, so closing now loses it. "
                "Go back to it?",
            )
        discard = self.ask.keep_or_discard(
            tr("ReviewWindow", "Your feedback isn't saved"),
            text,
            discard=tr("ReviewWindow", "Close without saving"),
            keep=tr("ReviewWindow", "Go back"),
        )
        if not discard and typed:
            self.focus_comment()
        return discard

    def end_review(self) -> None:
        """Remove the temporary store (the portfolio file itself stays as it was)."""
        if self._closed:
            return
        self._closed = True
        self._status_timer.stop()
        self.tasks.wait()
        # Written now, so the settings file isn't written again after its folder is gone.
        self.settings.sync()
        self.review.close()
        self.review_closed.emit()
