"""One small helper for work off the GUI thread.

Work runs on a plain Python worker thread and touches no widget. The worker
never calls into Qt to hand its result back: it puts the result in a queue and
writes one byte to a socket pair (the "self-pipe" trick); a single
``QSocketNotifier`` on the GUI thread wakes up, empties the queue and calls the
callbacks there. No QObject is created, emitted on or destroyed off the GUI
thread, so Qt's locks and Python's GIL are never taken in opposite orders (a
``QRunnable`` that owned a per-task signals object once deadlocked this way
when a progress dialog closed). A callback is skipped if the object that
asked for the work has been deleted meanwhile.

Everything the GUI side hands over (the callable, its arguments, the
callbacks) stays referenced on the GUI side until the result is delivered, so
the last reference to any of them is always dropped on the GUI thread.
"""

from __future__ import annotations

import itertools
import queue
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

# How long an idle worker thread waits for more work before it ends.
_IDLE_SECONDS = 5.0


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class _Box:
    """What travels between threads: plain Python, no Qt."""

    __slots__ = ("error", "fn", "kwargs", "progress", "result", "task_id")

    def __init__(self, task_id: int, fn: Callable[..., Any], kwargs: dict[str, Any]) -> None:
        self.task_id = task_id
        self.fn: Callable[..., Any] | None = fn
        self.kwargs: dict[str, Any] | None = kwargs
        self.result: Any = None
        self.error: BaseException | None = None
        self.progress: tuple[int, int] | None = None


class _Mailbox:
    """Results from every worker, and the one wake-up socket the GUI thread watches."""

    def __init__(self) -> None:
        self.results: queue.SimpleQueue[_Box] = queue.SimpleQueue()
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier: QSocketNotifier | None = None
        self.deliver: Callable[[_Box], None] = lambda box: None

    def post(self, box: _Box) -> None:
        """Worker side: hand a box over and wake the GUI thread (no Qt call)."""
        self.results.put(box)
        try:
            self._writer.send(b"\0")
        except (BlockingIOError, InterruptedError):
            pass  # the socket is full of wake-ups already: the GUI will drain it
        except OSError:
            pass  # closing down

    def watch(self) -> None:
        """GUI side: make sure a notifier watches the socket (one per application)."""
        app = QCoreApplication.instance()
        if self._notifier is not None:
            try:
                self._notifier.isEnabled()
                return
            except RuntimeError:  # its application has gone; watch from the new one
                self._notifier = None
        notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, app)
        notifier.activated.connect(self.drain)
        self._notifier = notifier

    def drain(self, *_: object) -> None:
        while True:
            try:
                if not self._reader.recv(4096):
                    break
            except (BlockingIOError, InterruptedError):
                break
            except OSError:
                break
        first_error: BaseException | None = None
        while True:
            try:
                box = self.results.get_nowait()
            except queue.Empty:
                break
            try:
                self.deliver(box)
            except BaseException as exc:  # one failing callback must not hold up the rest
                first_error = first_error or exc
        if first_error is not None:
            raise first_error


@dataclass(slots=True)
class _Pending:
    """The GUI side's hold on one task until its result is delivered."""

    runner: _RunnerState
    fn: Callable[..., Any]
    kwargs: dict[str, Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[int, int], None] | None
    alive: Callable[[], bool]


class _RunnerState:
    """One runner's worker threads and its count of unfinished work (no Qt)."""

    def __init__(self, max_threads: int) -> None:
        self.max_threads = max(1, max_threads)
        self.jobs: queue.SimpleQueue[_Box] = queue.SimpleQueue()
        self.lock = threading.Lock()
        self.idle = threading.Condition(self.lock)
        self.threads = 0
        self.unfinished = 0

    def submit(self, box: _Box) -> None:
        with self.lock:
            self.unfinished += 1
            self.jobs.put(box)
            if self.threads < self.max_threads:
                self.threads += 1
                threading.Thread(target=self._work, name="journal-task", daemon=True).start()

    def _work(self) -> None:
        while True:
            try:
                box = self.jobs.get(timeout=_IDLE_SECONDS)
            except queue.Empty:
                with self.lock:
                    if self.jobs.empty():
                        self.threads -= 1
                        return
                continue
            fn, kwargs = box.fn, box.kwargs
            box.fn = box.kwargs = None
            assert fn is not None and kwargs is not None
            try:
                box.result = fn(**kwargs)
            except BaseException as exc:
                box.error = exc
            # The GUI side still holds fn and kwargs: drop ours first.
            del fn, kwargs
            _MAILBOX.post(box)
            del box
            with self.lock:
                self.unfinished -= 1
                if self.unfinished == 0:
                    self.idle.notify_all()

    def wait(self, seconds: float) -> bool:
        with self.lock:
            return self.idle.wait_for(lambda: self.unfinished == 0, timeout=seconds)


_MAILBOX = _Mailbox()
_PENDING: dict[int, _Pending] = {}  # touched on the GUI thread only
_IDS = itertools.count(1)


def _deliver(box: _Box) -> None:
    if box.progress is not None:
        pending = _PENDING.get(box.task_id)
        if pending is not None and pending.on_progress is not None and pending.alive():
            pending.on_progress(*box.progress)
        return
    pending = _PENDING.pop(box.task_id, None)
    if pending is None:
        return
    if box.error is not None:
        if pending.on_error is not None:
            if pending.alive():
                pending.on_error(box.error)
        else:
            raise box.error
    elif pending.on_done is not None and pending.alive():
        pending.on_done(box.result)


_MAILBOX.deliver = _deliver


class TaskRunner(QObject):
    """Runs callables on one worker thread per runner (database work is serialised,
    as in Anki's task manager); results, errors and progress come back on the GUI
    thread."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 1) -> None:
        super().__init__(parent)
        self._state = _RunnerState(max_threads)

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
        """Start ``fn(**kwargs)`` on the worker; returns the task's number.

        ``on_progress``, when given, is passed to ``fn`` as ``progress(done, total)``
        (callable from the worker) unless ``kwargs`` already has a ``progress``.
        """
        _MAILBOX.watch()
        guard = owner or self

        def alive() -> bool:
            try:
                guard.objectName()
            except RuntimeError:  # the C++ object is gone
                return False
            return True

        task_id = next(_IDS)
        if on_progress is not None:
            kwargs.setdefault("progress", _progress_reporter(task_id))
        box = _Box(task_id, fn, kwargs)
        _PENDING[task_id] = _Pending(
            self._state, fn, kwargs, on_done, on_error, on_progress, alive
        )
        self._state.submit(box)
        return task_id

    def wait(self, msecs: int = 30000) -> bool:
        """Block until this runner's work has finished (results are delivered
        when the event loop next runs)."""
        return self._state.wait(msecs / 1000)


def _progress_reporter(task_id: int) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        box = _Box(task_id, _nothing, {})
        box.fn = box.kwargs = None
        box.progress = (done, total)
        _MAILBOX.post(box)

    return report


def _nothing() -> None:
    return None
