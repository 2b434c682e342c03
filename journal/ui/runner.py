"""The one way the window changes a journal.

Every change goes through :class:`ActionRunner`: it runs the action (a plain
function from :mod:`journal.actions`), turns a failure into one sentence
through the window's dialog seam, puts structural changes on one
``QUndoStack``, and announces what changed with one signal,
``journal_changed(Changes, initiator)``. Views subscribe to that signal and
refresh only what concerns them; nobody refreshes another view by hand.

Quick actions (a draft, a revision, a detail: one small transaction of well
under a frame) run where they are asked for, so the window can show their
result at once; long work (imports, exports, backups, the sample journal)
goes to :meth:`ActionRunner.submit`, which runs it on the single writer
thread with a progress dialog and Cancel.

A read-only runner (a teacher's review) refuses every action that would
change a journal; controls ask :attr:`ActionRunner.read_only` once to
disable themselves, instead of being hidden by name.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QProgressDialog, QWidget

from journal.actions import Changes, Inverse, Outcome, Scope, info
from journal.store.database import Journal
from journal.store.errors import JournalError
from journal.ui.tasks import CancelToken, TaskRunner

T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionRunner", text)


def action_label(fn: Callable[..., Any]) -> str:
    """The action's name as the student reads it (Edit → Undo …)."""
    described = info(fn)
    if described is None:
        return fn.__name__
    return QCoreApplication.translate("Actions", described.label)


class ReadOnlyError(JournalError):
    """A write was asked of a read-only runner (a teacher's review)."""


class _ActionCommand(QUndoCommand):
    """One structural change on the undo stack: redo runs the action again, undo its inverse."""

    def __init__(
        self,
        runner: ActionRunner,
        fn: Callable[..., Outcome[Any]],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        inverse: Inverse,
    ) -> None:
        super().__init__(action_label(fn))
        self._runner = runner
        self._forward = Inverse(fn, args, kwargs)
        self._inverse = inverse
        self._done_once = True  # the action already ran when the command was pushed

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        outcome = self._runner._apply(self._forward)
        if outcome is None:
            self.setObsolete(True)
        elif outcome.inverse is not None:
            self._inverse = outcome.inverse

    def undo(self) -> None:
        if self._runner._apply(self._inverse) is None:
            self.setObsolete(True)


class ActionRunner(QObject):
    """Runs actions on one journal and tells every view what changed.

    Signals:
        journal_changed(Changes, object): something changed; the second
            argument is the object that asked (a view may skip its own echo).
        busy_changed(bool): long work started or ended.
    """

    journal_changed = Signal(object, object)
    busy_changed = Signal(bool)

    def __init__(
        self,
        journal: Journal,
        report_error: Callable[[str, str], None],
        *,
        read_only: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        # Where failures are told: the window's dialog seam (``ask.error``).
        self._report = report_error
        self._read_only = read_only or journal.read_only
        self.undo_stack = QUndoStack(self)
        self.tasks = TaskRunner(self)
        self._busy = 0

    # -- state ---------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self._read_only

    def allows(self, fn: Callable[..., Any]) -> bool:
        """Whether this runner would run ``fn`` (review runners refuse journal writes)."""
        described = info(fn)
        if described is None:
            return False
        return not (self._read_only and described.scope is Scope.JOURNAL)

    def _refusal(self, fn: Callable[..., Any]) -> ReadOnlyError:
        return ReadOnlyError(
            _tr("This journal is open read-only, so “%1” can't change it.").replace(
                "%1", action_label(fn)
            )
        )

    # -- quick actions ---------------------------------------------------------
    def run(
        self,
        fn: Callable[..., Outcome[T]],
        *args: Any,
        initiator: object = None,
        quiet: bool = False,
        **kwargs: Any,
    ) -> Outcome[T] | None:
        """Run a quick action now. Returns its outcome, or None if it failed or was refused.

        A failure is told to the student in one sentence; with ``quiet`` it is
        raised instead (as a :class:`JournalError`) for the caller to show its own way.
        """
        try:
            if not self.allows(fn):
                raise self._refusal(fn)
            outcome = fn(self.journal, *args, **kwargs)
        except JournalError as exc:
            if quiet:
                raise
            self._report(_tr("That didn't work"), str(exc))
            return None
        if outcome.inverse is not None:
            self.undo_stack.push(_ActionCommand(self, fn, args, kwargs, outcome.inverse))
        self._announce(outcome.changes, initiator)
        return outcome

    def value(
        self, fn: Callable[..., Outcome[T]], *args: Any, initiator: object = None, **kwargs: Any
    ) -> T | None:
        """Run a quick action; its value, or None if it failed (already told)."""
        outcome = self.run(fn, *args, initiator=initiator, **kwargs)
        return None if outcome is None else outcome.value

    def _apply(self, step: Inverse) -> Outcome[Any] | None:
        """Run an undo or redo step (not itself put on the stack)."""
        try:
            if not self.allows(step.action):
                raise self._refusal(step.action)
            outcome = step.action(self.journal, *step.args, **step.kwargs)
        except JournalError as exc:
            self._report(_tr("That can't be undone any more"), str(exc))
            return None
        self._announce(outcome.changes, None)
        return outcome

    def announce(self, changes: Changes, initiator: object = None) -> None:
        """Tell every view about changes made outside an action (e.g. the journal reopened)."""
        self._announce(changes, initiator)

    def _announce(self, changes: Changes, initiator: object) -> None:
        if changes:
            self.journal_changed.emit(changes, initiator)

    # -- long work ------------------------------------------------------------
    def submit(
        self,
        fn: Callable[..., Outcome[T]],
        *args: Any,
        label: str,
        parent: QWidget | None = None,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        initiator: object = None,
        **kwargs: Any,
    ) -> CancelToken | None:
        """Run long work on the writer thread with progress and Cancel.

        ``fn`` may take ``progress`` (a callable ``(done, total)``) and
        ``cancel`` (a :class:`CancelToken`); they are passed when it does.
        Returns the token, or None if the action was refused.
        """
        if not self.allows(fn):
            self._report(_tr("That didn't work"), str(self._refusal(fn)))
            return None
        token = CancelToken()
        accepts = inspect.signature(fn).parameters
        if "cancel" in accepts:
            kwargs["cancel"] = token
        dialog = QProgressDialog(label, _tr("Cancel"), 0, 0, parent)
        dialog.setAccessibleName(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.canceled.connect(token.cancel)
        self.progress_dialog = dialog
        journal = self.journal
        self._set_busy(+1)

        def work(progress: Callable[[int, int], None] | None = None) -> Outcome[T]:
            extra = dict(kwargs)
            if "progress" in accepts and progress is not None:
                extra["progress"] = progress
            return fn(journal, *args, **extra)

        def report(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

        def finished(outcome: Outcome[T]) -> None:
            self._set_busy(-1)
            dialog.reset()
            dialog.close()
            self._announce(outcome.changes, initiator)
            if on_done is not None:
                on_done(outcome.value)

        def failed(exc: BaseException) -> None:
            self._set_busy(-1)
            dialog.reset()
            dialog.close()
            if on_error is not None:
                on_error(exc)
            elif isinstance(exc, JournalError):
                self._report(_tr("That didn't work"), str(exc))
            else:
                raise exc

        self.tasks.run(work, on_done=finished, on_error=failed, on_progress=report, owner=self)
        return token

    def _set_busy(self, delta: int) -> None:
        was = self._busy > 0
        self._busy += delta
        if (self._busy > 0) != was:
            self.busy_changed.emit(self._busy > 0)

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def wait(self, msecs: int = 30000) -> bool:
        return self.tasks.wait(msecs)
