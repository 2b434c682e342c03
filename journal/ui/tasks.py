"""One small helper for work off the GUI thread.

Work runs on a worker thread and touches no widget; its result (or the error
it raised) comes back to the GUI thread through a queued signal. A callback is
skipped if the object that asked for the work has been deleted meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from typing import Any

from PySide6.QtCore import QObject, Signal


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class _Courier(QObject):
    """Carries results from the worker to the GUI thread (queued across threads).

    One courier lives as long as its TaskRunner and is only ever touched from
    the worker through ``emit``: no per-task QObject is created, so none is
    ever destroyed on a worker thread (that took Qt's connection lock and then
    waited for the GIL while the GUI thread held the GIL and waited for the
    lock — a deadlock seen when a progress dialog closed).
    """

    finished = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, int)


class _Task:
    def __init__(
        self,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int], None] | None,
        alive: Callable[[], bool],
    ) -> None:
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress
        self.alive = alive


class TaskRunner(QObject):
    """Runs callables on one worker thread (database work is serialised, as in Anki's
    task manager); results, errors and progress come back on the GUI thread."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 1) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(
            max_workers=max_threads, thread_name_prefix="journal-task"
        )
        executor = self._executor
        # Let the worker thread end with its runner (no idle threads pile up).
        self.destroyed.connect(lambda *_: executor.shutdown(wait=False, cancel_futures=True))
        self._courier = _Courier(self)
        self._courier.finished.connect(self._finished)
        self._courier.failed.connect(self._failed)
        self._courier.progress.connect(self._progress)
        self._tasks: dict[int, _Task] = {}
        self._pending: set[Future[None]] = set()
        self._next_id = 0

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        owner: QObject | None = None,
        **kwargs: Any,
    ) -> int:
        """Start ``fn(**kwargs)`` on the worker; returns the task's number."""
        guard = owner or self

        def alive() -> bool:
            try:
                guard.objectName()
            except RuntimeError:  # the C++ object is gone
                return False
            return True

        self._next_id += 1
        task_id = self._next_id
        self._tasks[task_id] = _Task(on_done, on_error, on_progress, alive)
        courier = self._courier
        if on_progress is not None:
            kwargs.setdefault(
                "progress", lambda done, total: courier.progress.emit(task_id, done, total)
            )

        def work() -> None:
            try:
                result = fn(**kwargs)
            except BaseException as exc:
                courier.failed.emit(task_id, exc)
            else:
                courier.finished.emit(task_id, result)

        future = self._executor.submit(work)
        self._pending.add(future)
        future.add_done_callback(self._pending.discard)
        return task_id

    def _finished(self, task_id: int, result: Any) -> None:
        task = self._tasks.pop(task_id, None)
        if task is not None and task.on_done is not None and task.alive():
            task.on_done(result)

    def _failed(self, task_id: int, exc: BaseException) -> None:
        task = self._tasks.pop(task_id, None)
        if task is None:
            return
        if task.on_error is not None:
            if task.alive():
                task.on_error(exc)
            return
        raise exc

    def _progress(self, task_id: int, done: int, total: int) -> None:
        task = self._tasks.get(task_id)
        if task is not None and task.on_progress is not None and task.alive():
            task.on_progress(done, total)

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the work started so far (results are delivered by the event loop)."""
        pending = list(self._pending)
        if not pending:
            return True
        _done, not_done = futures_wait(pending, timeout=msecs / 1000)
        return not not_done
