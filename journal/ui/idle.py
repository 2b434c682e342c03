"""Noticing when nobody is at the keyboard, so a locked journal can lock itself.

:class:`IdleWatcher` filters the application's input events (keys, mouse,
wheel, touch, tablet): each one restarts a single-shot timer. When the timer
runs out — the chosen idle time with no input at all — ``idle`` is emitted.
It is also emitted when the session goes to sleep where Qt reports it (the
application becomes *suspended*, as mobile and some desktop platforms say
when the lid closes). Nothing here knows about journals; the window decides
what locking means.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
        QEvent.Type.Shortcut,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without input, or when the session sleeps."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._went_idle)
        self.set_minutes(minutes)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    @property
    def minutes(self) -> float:
        return self._minutes

    def set_minutes(self, minutes: float) -> None:
        """0 turns the idle lock off (the sleep/screen-lock one stays)."""
        self._minutes = max(0.0, float(minutes))
        if self._minutes:
            self._timer.setInterval(int(self._minutes * 60_000))
            self._timer.start()
        else:
            self._timer.stop()

    def remaining_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def poke(self) -> None:
        """Someone is here: start counting again."""
        if self._minutes:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.poke()
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self._went_idle()

    def _went_idle(self) -> None:
        self._timer.stop()
        self.idle.emit()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
