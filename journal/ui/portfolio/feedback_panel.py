"""Feedback in the window: the teacher writes it while reviewing, the student reads it.

Both sides follow what the window shows through a :class:`WindowContext`: the
entry in the editor (and the revision picked in its history), or the goal on
the goal page. :class:`ReviewFeedbackPanel` lets a teacher comment on any of
those items and keeps the comments on the :class:`ReviewSession`;
:class:`StudentFeedbackPanel` lists the imported comments on them, marks the
new ones, and marks them read once they have been on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from journal.actions import Changes, Kind
from journal.actions.portfolio import mark_feedback_read
from journal.store.database import Journal
from journal.store.errors import JournalError
from journal.store.read_models import feedback as read_feedback
from journal.store.read_models.feedback import TargetFacts
from journal.ui.formatting import format_day
from journal.ui.portfolio.host import PortfolioWindow, window_widget

if TYPE_CHECKING:
    from journal.portfolio.feedback import FeedbackComment
    from journal.portfolio.review import ReviewSession
    from journal.ui.pages import GoalsPage
    from journal.ui.runner import ActionRunner


def _day(value: date | datetime) -> str:
    return format_day(value)


def _quoted(text: str, fallback: str) -> str:
    text = " ".join(text.split())
    if len(text) > 60:
        text = text[:59] + "…"
    return f"“{text}”" if text else fallback


@dataclass(frozen=True)
class FeedbackTarget:
    """One thing a comment can be about: an entry, revision, goal, criterion or checkpoint."""

    kind: str
    id: str
    label: str


# -- naming the things comments are about -------------------------------------------------


def describe_target(facts: TargetFacts) -> str:
    """A short, readable name for a comment's item (for lists of comments)."""
    untitled = QCoreApplication.translate("Feedback", "an untitled entry")
    if not facts.exists:
        return QCoreApplication.translate("Feedback", "something no longer in this journal")
    title = facts.title or ""
    if facts.kind == "entry":
        return QCoreApplication.translate("Feedback", "the entry %1").replace(
            "%1", _quoted(title, untitled)
        )
    if facts.kind == "revision" and facts.day is not None:
        return (
            QCoreApplication.translate("Feedback", "version %1 of %2 (%3)")
            .replace("%1", str(facts.seq))
            .replace("%2", _quoted(title, untitled))
            .replace("%3", _day(facts.day))
        )
    if facts.kind == "goal":
        return QCoreApplication.translate("Feedback", "the goal %1").replace(
            "%1", _quoted(title, QCoreApplication.translate("Feedback", "without a title"))
        )
    if facts.kind == "criterion":
        return QCoreApplication.translate("Feedback", "the success criterion %1").replace(
            "%1", _quoted(title, "…")
        )
    if facts.kind == "checkpoint" and facts.day is not None:
        return (
            QCoreApplication.translate("Feedback", "the checkpoint %1 (%2)")
            .replace(
                "%1", _quoted(title, QCoreApplication.translate("Feedback", "without a title"))
            )
            .replace("%2", _day(facts.day))
        )
    return QCoreApplication.translate("Feedback", "something no longer in this journal")


def _choice(facts: TargetFacts) -> FeedbackTarget:
    """How an item is offered in the "About" list."""
    title = facts.title or ""
    if facts.kind == "entry":
        label = QCoreApplication.translate("Feedback", "This entry: %1").replace(
            "%1", _quoted(title, QCoreApplication.translate("Feedback", "untitled"))
        )
    elif facts.kind == "revision":
        label = (
            QCoreApplication.translate("Feedback", "Version %1, %2")
            .replace("%1", str(facts.seq))
            .replace("%2", _day(facts.day) if facts.day is not None else "")
        )
        if facts.latest:
            label = QCoreApplication.translate("Feedback", "%1 (latest)").replace("%1", label)
    elif facts.kind == "goal":
        label = QCoreApplication.translate("Feedback", "This goal: %1").replace(
            "%1", _quoted(title, QCoreApplication.translate("Feedback", "untitled"))
        )
    elif facts.kind == "criterion":
        label = QCoreApplication.translate("Feedback", "Success criterion: %1").replace(
            "%1", _quoted(title, "…")
        )
    else:
        label = (
            QCoreApplication.translate("Feedback", "Checkpoint: %1 (%2)")
            .replace("%1", _quoted(title, QCoreApplication.translate("Feedback", "untitled")))
            .replace("%2", _day(facts.day) if facts.day is not None else "")
        )
    return FeedbackTarget(facts.kind, facts.id, label)


def entry_targets(
    journal: Journal, entry_id: str, revision_id: str | None = None
) -> tuple[list[FeedbackTarget], int]:
    """The entry and each of its revisions (newest first), and which one to offer first.

    A revision picked in the history (other than the latest) is offered first;
    otherwise the entry itself.
    """
    facts = read_feedback.entry_targets(journal, entry_id)
    targets = [_choice(f) for f in facts]
    preferred = 0
    latest = next((f.id for f in facts if f.latest), None)
    if revision_id is not None and revision_id != latest:
        preferred = next((i for i, t in enumerate(targets) if t.id == revision_id), 0)
    return targets, preferred


def goal_targets(journal: Journal, goal_id: str) -> list[FeedbackTarget]:
    """The goal, its success criteria and its checkpoints."""
    return [_choice(f) for f in read_feedback.goal_targets(journal, goal_id)]


# -- following the window -------------------------------------------------------------------


class WindowContext(QObject):
    """What the window shows right now: an entry (and revision) or a goal.

    Signals:
        changed(): the entry, revision, page or goal changed (coalesced).
    """

    changed = Signal()

    def __init__(self, window: PortfolioWindow) -> None:
        super().__init__(window_widget(window))
        self._window = window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.changed)
        self._watched_goals: GoalsPage | None = None

    def connect_window(self) -> None:
        window = self._window
        window.entry_opened.connect(lambda _id: self._timer.start())
        window.history.revision_selected.connect(lambda _id: self._timer.start())
        window.pages.currentChanged.connect(lambda _i: self._page_changed())

    def _goals_page(self) -> GoalsPage | None:
        """The goals page when it is on show (pages are built on first use: never build one)."""
        from journal.ui.pages import GoalsPage

        page = self._window.current_page()
        return page if isinstance(page, GoalsPage) else None

    def _page_changed(self) -> None:
        page = self._goals_page()
        if page is not None and page is not self._watched_goals:
            self._watched_goals = page
            page.currentChanged.connect(lambda _i: self._timer.start())
            # The goal page refills its lists for every goal it shows.
            page.goal_page.criteria_list.model().modelReset.connect(self._timer.start)
        self._timer.start()

    @property
    def goal_id(self) -> str | None:
        """The goal on the goal page, when the window shows it."""
        page = self._goals_page()
        if page is not None and page.currentWidget() is page.goal_page:
            return page.goal_page.goal_id
        return None

    @property
    def entry_id(self) -> str | None:
        return self._window.current_entry_id

    @property
    def revision_id(self) -> str | None:
        history = self._window.history
        if history.entry_id != self.entry_id:
            return None
        return history.shown_revision_id


# -- the teacher's side -----------------------------------------------------------------------


class ReviewFeedbackPanel(QWidget):
    """Write comments while reviewing; they are kept on the review session until saved.

    The comments live on the :class:`ReviewSession` (in memory, then in the
    feedback file), never in a journal. Given the window's ``status_bar``, the
    panel tells the state of the feedback there ("1 comment not saved yet"),
    in place of the ``replacing`` widget (the window's "All saved", which
    would say nothing true about a review).

    Signals:
        comments_changed(): a comment was added or removed.
        save_requested(): the teacher pressed "Save feedback…".
        state_changed(str): what the status bar says about the feedback now.
    """

    comments_changed = Signal()
    save_requested = Signal()
    state_changed = Signal(str)

    def __init__(
        self,
        session: ReviewSession,
        parent: QWidget | None = None,
        *,
        status_bar: QStatusBar | None = None,
        replacing: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._status_text = ""
        self._labels: dict[tuple[str, str], str] = {}
        self._saved_count = len(session.comments) + len(session.panel_notes)
        self._edited_since_save = False
        self.setAccessibleName(self.tr("Your feedback"))

        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Your name, as the student will see it"))
        self.name_edit.setPlaceholderText(self.tr("Your name, e.g. Ms Park"))
        self.name_edit.setText(session.feedback.author_name)
        self.about_combo = QComboBox(self)
        self.about_combo.setAccessibleName(self.tr("What your comment is about"))
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setAccessibleName(self.tr("Your comment"))
        self.comment_edit.setPlaceholderText(
            self.tr("Write a comment for the student… (Ctrl+Enter adds it)")
        )
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMaximumHeight(120)
        self.add_button = QPushButton(self.tr("&Add comment"), self)
        self.add_button.setAccessibleName(self.tr("Add comment"))
        self.add_button.setToolTip(self.tr("Add this comment (Ctrl+Enter)"))
        self.comment_list = QListWidget(self)
        self.comment_list.setAccessibleName(self.tr("Your comments so far"))
        self.comment_list.setWordWrap(True)
        self.comment_list.setAlternatingRowColors(True)
        self.remove_button = QPushButton(self.tr("&Remove comment"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the chosen comment"))
        self.save_button = QPushButton(self.tr("&Save feedback…"), self)
        self.save_button.setAccessibleName(self.tr("Save feedback"))
        self.save_button.setToolTip(self.tr("Save your comments as a feedback file (Ctrl+Shift+S)"))
        self.state_label = QLabel(self)
        self.earlier_label = QLabel(self)
        self.earlier_label.setWordWrap(True)
        self.earlier_label.setTextFormat(Qt.TextFormat.PlainText)
        self.earlier_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.earlier_label.hide()
        self.state_label.setWordWrap(True)
        # The window's status bar tells the feedback's state (saved or not) in a review.
        self.status_label: QLabel | None = None
        if status_bar is not None:
            self.status_label = QLabel(status_bar)
            self.status_label.setObjectName("ReviewFeedbackState")
            if replacing is not None:
                replacing.hide()
            status_bar.addPermanentWidget(self.status_label)

        about_label = QLabel(self.tr("&About:"), self)
        about_label.setBuddy(self.about_combo)
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        so_far = QLabel(self.tr("Comments so far"), self)
        bold = QFont(so_far.font())
        bold.setBold(True)
        so_far.setFont(bold)

        layout = QVBoxLayout(self)
        name_row = QHBoxLayout()
        name_row.addWidget(name_label)
        name_row.addWidget(self.name_edit, 1)
        layout.addLayout(name_row)
        about_row = QHBoxLayout()
        about_row.addWidget(about_label)
        about_row.addWidget(self.about_combo, 1)
        layout.addLayout(about_row)
        layout.addWidget(self.earlier_label)
        layout.addWidget(self.comment_edit)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        layout.addWidget(so_far)
        layout.addWidget(self.comment_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addWidget(self.state_label)
        QWidget.setTabOrder(self.name_edit, self.about_combo)
        QWidget.setTabOrder(self.about_combo, self.comment_edit)
        QWidget.setTabOrder(self.comment_edit, self.add_button)
        QWidget.setTabOrder(self.add_button, self.comment_list)
        QWidget.setTabOrder(self.comment_list, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.save_button)

        # Ctrl+Enter adds the comment (plain Enter starts a new line in it).
        self.comment_edit.installEventFilter(self)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.comment_list)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)
        self.add_button.clicked.connect(self._add_typed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.save_button.clicked.connect(self.save_requested)
        self.comment_edit.textChanged.connect(self._update_state)
        self.comment_list.currentRowChanged.connect(lambda _row: self._update_state())
        self.about_combo.currentIndexChanged.connect(lambda _i: self._update_state())
        self.name_edit.textChanged.connect(self._name_changed)
        self._fill_list()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.comment_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._add_typed()
            return True
        return super().eventFilter(watched, event)

    # -- what the comment is about ------------------------------------------------------
    def set_targets(self, targets: list[FeedbackTarget], preferred: int = 0) -> None:
        self.about_combo.blockSignals(True)
        self.about_combo.clear()
        for target in targets:
            self.about_combo.addItem(target.label, target)
        if targets:
            self.about_combo.setCurrentIndex(max(0, min(preferred, len(targets) - 1)))
        self.about_combo.blockSignals(False)
        self._update_state()

    def targets(self) -> list[FeedbackTarget]:
        return [self.about_combo.itemData(i) for i in range(self.about_combo.count())]

    def current_target(self) -> FeedbackTarget | None:
        target = self.about_combo.currentData()
        return target if isinstance(target, FeedbackTarget) else None

    def choose_target(self, kind: str, target_id: str) -> bool:
        for i, target in enumerate(self.targets()):
            if target.kind == kind and target.id == target_id:
                self.about_combo.setCurrentIndex(i)
                return True
        return False

    def show_context(self, context: WindowContext) -> None:
        """Offer the items the window shows: its goal page's goal, or its entry."""
        journal = self.session.journal
        if context.goal_id is not None:
            self.set_targets(goal_targets(journal, context.goal_id))
        elif context.entry_id is not None:
            self.set_targets(*entry_targets(journal, context.entry_id, context.revision_id))
        else:
            self.set_targets([])
        self._show_earlier()

    def _show_earlier(self) -> None:
        """Feedback the student had already been given on these items (it came in the portfolio)."""
        rows = read_feedback.comments_on(
            self.session.journal, [(t.kind, t.id) for t in self.targets()]
        )
        order = {kind: i for i, kind in enumerate(read_feedback.TARGET_KINDS)}
        earlier: list[str] = []
        for row in sorted(rows, key=lambda r: order.get(r.target.kind, len(order))):
            who = row.author_name or self.tr("A teacher")
            earlier.append(f"{who}: {' '.join(row.body.split())}")
        self.earlier_label.setVisible(bool(earlier))
        self.earlier_label.setText(
            self.tr("Feedback already given here: %1").replace("%1", " · ".join(earlier[:5]))
            if earlier
            else ""
        )

    # -- comments -----------------------------------------------------------------------
    @property
    def unsaved(self) -> bool:
        return self._count() != self._saved_count or self._edited_since_save

    def _count(self) -> int:
        """Comments and panel notes: everything the feedback file will hold."""
        return len(self.session.comments) + len(self.session.panel_notes)

    def note_panel_feedback(self) -> None:
        """Panel notes were added from the exhibition form: not saved yet."""
        self._update_state()

    def has_typed_comment(self) -> bool:
        """True when a comment was typed in the box but not added yet."""
        return bool(self.comment_edit.toPlainText().strip())

    def add_comment(self, text: str | None = None) -> FeedbackComment | None:
        """Add a comment about the chosen item (the typed text unless ``text`` is given)."""
        target = self.current_target()
        from journal.portfolio.feedback import MAX_COMMENT_CHARS

        body = (self.comment_edit.toPlainText() if text is None else text).strip()
        if target is None or not body:
            return None
        try:
            comment = self.session.add_comment(
                target.kind, target.id, body, author_name=self.name_edit.text().strip()
            )
        except ValueError:
            self.state_label.setText(
                self.tr(
                    "That comment can't be added: it needs some text, at most %1 characters."
                ).replace("%1", QLocale().toString(MAX_COMMENT_CHARS))
            )
            return None
        if text is None:
            self.comment_edit.clear()
        self._edited_since_save = True
        self._fill_list()
        self.comment_list.setCurrentRow(self.comment_list.count() - 1)
        self.comments_changed.emit()
        return comment

    def _add_typed(self) -> None:
        self.add_comment()

    def remove_selected(self) -> None:
        item = self.comment_list.currentItem()
        if item is None:
            return
        comment_id = item.data(Qt.ItemDataRole.UserRole)
        if not comment_id:
            return
        row = self.comment_list.currentRow()
        self.session.remove_comment(str(comment_id))
        self._edited_since_save = True
        self._fill_list()
        if self.comment_list.count():
            self.comment_list.setCurrentRow(min(row, self.comment_list.count() - 1))
        self.comments_changed.emit()

    def reload_comments(self) -> None:
        """Show the session's comments again (after continuing an earlier feedback file)."""
        self.name_edit.blockSignals(True)
        self.name_edit.setText(self.session.feedback.author_name)
        self.name_edit.blockSignals(False)
        self._fill_list()

    def mark_saved(self) -> None:
        self._saved_count = self._count()
        self._edited_since_save = False
        self._update_state()

    @property
    def author_name(self) -> str:
        return self.name_edit.text().strip()

    def _name_changed(self, _text: str) -> None:
        if self._count():
            self._edited_since_save = True
        self._update_state()

    def _label(self, comment: FeedbackComment) -> str:
        key = (comment.target_kind, comment.target_id)
        if key not in self._labels:
            facts = read_feedback.describe_targets(self.session.journal, [key])
            self._labels[key] = describe_target(facts[key])
        return self._labels[key]

    def _fill_list(self) -> None:
        self.comment_list.clear()
        for comment in self.session.comments:
            about = self.tr("About %1:").replace("%1", self._label(comment))
            item = QListWidgetItem(f"{about}\n{comment.body}")
            item.setData(Qt.ItemDataRole.UserRole, comment.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{about} {comment.body}")
            self.comment_list.addItem(item)
        if not self.session.comments:
            empty = QListWidgetItem(self.tr("No comments yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.comment_list.addItem(empty)
        self._update_state()

    def _update_state(self) -> None:
        has_text = bool(self.comment_edit.toPlainText().strip())
        self.add_button.setEnabled(has_text and self.current_target() is not None)
        item = self.comment_list.currentItem()
        self.remove_button.setEnabled(
            item is not None and bool(item.data(Qt.ItemDataRole.UserRole))
        )
        count = self._count()
        self.save_button.setEnabled(count > 0)
        if count == 0:
            text = self.tr("Choose what your comment is about, write it, and add it.")
            status = self.tr("No comments yet")
        elif self.unsaved:
            text = self.tr("%n comment(s), not saved yet.", "", count)
            status = self.tr("%n comment(s) not saved yet", "", count)
        else:
            text = self.tr("%n comment(s), all saved.", "", count)
            status = self.tr("%n comment(s) saved in a feedback file", "", count)
        self.state_label.setText(text)
        if self.status_label is not None:
            self.status_label.setText(status)
            self.status_label.setAccessibleName(status)
        if status != self._status_text:
            self._status_text = status
            self.state_changed.emit(status)

    @property
    def status_text(self) -> str:
        """What the status bar says about the feedback ("1 comment not saved yet")."""
        return self._status_text


# -- the student's side -----------------------------------------------------------------------


@dataclass(frozen=True)
class ShownComment:
    id: str
    about: str
    author: str
    body: str
    written_at: datetime
    unread: bool


class StudentFeedbackPanel(QWidget):
    """Comments from a teacher on what the window shows; new ones marked, then marked read.

    It reads through :mod:`journal.store.read_models.feedback`, marks comments
    read with the :func:`~journal.actions.portfolio.mark_feedback_read` action
    (the runner tells the entry list and the timeline), and refreshes itself
    when the runner says feedback, entries or goals changed.

    Signals:
        open_entry_requested(str): show this entry (from "Next new comment").
        goal_requested(str): show this goal's page.
    """

    open_entry_requested = Signal(str)
    goal_requested = Signal(str)

    def __init__(self, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.journal = runner.journal
        self._entry_id: str | None = None
        self._goal_id: str | None = None
        self._shown: list[ShownComment] = []
        self._stale = True
        self.setAccessibleName(self.tr("Feedback"))
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.comment_list = QListWidget(self)
        self.comment_list.setAccessibleName(self.tr("Comments from your teacher"))
        self.comment_list.setWordWrap(True)
        self.comment_list.setAlternatingRowColors(True)
        self.comment_list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.unread_label = QLabel(self)
        self.unread_label.setWordWrap(True)
        self.next_button = QPushButton(self.tr("&Next new comment"), self)
        self.next_button.setAccessibleName(self.tr("Go to the next new comment"))
        self.next_button.setToolTip(self.tr("Show the next entry or goal with a new comment"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.comment_list, 1)
        layout.addWidget(self.empty_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.unread_label, 1)
        bottom.addWidget(self.next_button)
        layout.addLayout(bottom)
        self.next_button.clicked.connect(self.go_to_next_unread)
        runner.journal_changed.connect(self._journal_changed)
        self.show_nothing()

    def _journal_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self:
            return  # comments this panel marked read stay marked New while on screen
        if changes.touches(Kind.FEEDBACK, Kind.ENTRIES, Kind.REVISIONS, Kind.GOALS):
            self._refresh()

    # -- what to show -----------------------------------------------------------------------
    def show_entry(self, entry_id: str | None) -> None:
        self._entry_id, self._goal_id = entry_id, None
        self._refresh()

    def show_goal(self, goal_id: str) -> None:
        self._entry_id, self._goal_id = None, goal_id
        self._refresh()

    def show_nothing(self) -> None:
        self._entry_id = self._goal_id = None
        self._refresh()

    def _refresh(self) -> None:
        """Read now when on screen; otherwise when next shown (a hidden panel costs nothing)."""
        if self.on_screen():
            self.reload()
        else:
            self._stale = True

    def on_screen(self) -> bool:
        """Shown and not covered (a dock tabbed behind another is "visible" to Qt, yet unseen)."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def show_context(self, context: WindowContext) -> None:
        goal_id = context.goal_id
        if goal_id is not None:
            self.show_goal(goal_id)
        else:
            self.show_entry(context.entry_id)

    @property
    def shown(self) -> list[ShownComment]:
        """The comments on screen, with whether each was new when it was shown."""
        return list(self._shown)

    def reload(self) -> None:
        self._stale = False
        try:
            if self._goal_id is not None:
                rows = read_feedback.comments_on_goal(self.journal, self._goal_id)
            elif self._entry_id is not None:
                rows = read_feedback.comments_on_entry(self.journal, self._entry_id)
            else:
                rows = []
            unread_total = read_feedback.unread_count(self.journal)
        except JournalError as exc:
            self._shown = []
            self.comment_list.clear()
            self.empty_label.setText(str(exc))
            self.comment_list.hide()
            self.empty_label.show()
            return
        # A comment that was new stays marked as new while this item is on screen.
        before = {c.id: c.unread for c in self._shown}
        self._shown = [
            ShownComment(
                row.id,
                describe_target(row.target),
                row.author_name,
                row.body,
                row.written_at,
                row.unread or before.get(row.id, False),
            )
            for row in rows
        ]
        self._fill(unread_total)
        self._mark_seen()

    def _fill(self, unread_total: int) -> None:
        if self._goal_id is not None:
            self.heading.setText(self.tr("Feedback on this goal"))
        elif self._entry_id is not None:
            self.heading.setText(self.tr("Feedback on this entry"))
        else:
            self.heading.setText(self.tr("Feedback"))
        self.comment_list.clear()
        for comment in self._shown:
            author = comment.author or self.tr("Your teacher")
            about = (
                self.tr("%1 on %2, %3")
                .replace("%1", author)
                .replace("%2", comment.about)
                .replace("%3", _day(comment.written_at))
            )
            new = self.tr("New") if comment.unread else ""
            first = f"● {new} · {about}" if new else about
            item = QListWidgetItem(f"{first}\n{comment.body}")
            item.setData(Qt.ItemDataRole.UserRole, comment.id)
            spoken = f"{new}. {about}. {comment.body}" if new else f"{about}. {comment.body}"
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            if comment.unread:
                font = QFont(self.comment_list.font())
                font.setBold(True)
                item.setFont(font)
            self.comment_list.addItem(item)
        has = bool(self._shown)
        self.comment_list.setVisible(has)
        self.empty_label.setVisible(not has)
        if self._goal_id is not None:
            self.empty_label.setText(self.tr("No feedback on this goal yet."))
        elif self._entry_id is not None:
            self.empty_label.setText(
                self.tr(
                    "No feedback on this entry yet. When your teacher sends you a feedback "
                    "file, add it with File → Import…"
                )
            )
        else:
            self.empty_label.setText(self.tr("Open an entry or a goal to see its feedback."))
        elsewhere = unread_total - sum(1 for c in self._shown if c.unread)
        self.unread_label.setText(
            self.tr("%n new comment(s) on other entries or goals.", "", elsewhere)
            if elsewhere > 0
            else ""
        )
        self.next_button.setEnabled(elsewhere > 0)

    # -- marking read -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.uncovered()

    def uncovered(self) -> None:
        """The panel may have come into view (shown, or its tab chosen): catch up and mark seen."""
        QTimer.singleShot(0, self, self._shown_now)

    def _shown_now(self) -> None:
        if not self.on_screen():
            return  # still behind another tab: read and mark when it comes into view
        try:
            if self._stale:
                self.reload()
            else:
                self._mark_seen()
        except RuntimeError:  # the panel went away meanwhile
            return

    def _mark_seen(self) -> None:
        """Comments on screen are seen: mark them read (they stay marked New here for now)."""
        if not self.on_screen() or not self.runner.allows(mark_feedback_read):
            return
        unread = [c.id for c in self._shown if c.unread]
        if not unread:
            return
        try:
            self.runner.run(mark_feedback_read, unread, initiator=self, quiet=True)
        except JournalError:
            return  # they stay unread; nothing is lost

    # -- finding the next new comment ---------------------------------------------------------
    def next_unread(self) -> tuple[str, str] | None:
        """("entry", id) or ("goal", id) of the next item with a new comment, if any."""
        return read_feedback.next_unread(
            self.journal,
            except_entry=self._entry_id,
            except_goal=self._goal_id,
            except_comments=[c.id for c in self._shown],
        )

    def go_to_next_unread(self) -> None:
        found = self.next_unread()
        if found is None:
            return
        kind, target_id = found
        if kind == "entry":
            self.open_entry_requested.emit(target_id)
        else:
            self.goal_requested.emit(target_id)
