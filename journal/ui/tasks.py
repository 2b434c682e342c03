"""One small helper for work off the GUI thread.

Work runs on a worker thread and touches no widget; its result (or the error
it raised) comes back to the GUI thread through a queued signal. A callback is
skipped if the object that asked for the work has been deleted meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals, kwargs: dict[str, Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.kwargs = kwargs

    def run(self) -> None:
        try:
            result = self.fn(**self.kwargs)
        except BaseException as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Runs callables on a small thread pool; one runner per window."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        # One worker: database work is serialised, as in Anki's task manager.
        self._pool.setMaxThreadCount(max_threads)
        self._live: set[_Signals] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        owner: QObject | None = None,
        **kwargs: Any,
    ) -> _Signals:
        signals = _Signals()
        self._live.add(signals)
        guard = owner or self

        def alive() -> bool:
            try:
                guard.objectName()
            except RuntimeError:  # the C++ object is gone
                return False
            return True

        def finished(result: Any) -> None:
            self._live.discard(signals)
            if on_done is not None and alive():
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._live.discard(signals)
            if on_error is not None and alive():
                on_error(exc)
            elif on_error is None:
                raise exc

        signals.finished.connect(finished)
        signals.failed.connect(failed)
        if on_progress is not None:
            signals.progress.connect(lambda done, total: alive() and on_progress(done, total))
            kwargs.setdefault("progress", signals.progress.emit)
        self._pool.start(_Runnable(fn, signals, kwargs))
        return signals

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)
