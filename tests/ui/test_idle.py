"""The idle watcher: input keeps it quiet; silence or a suspended session says idle."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from journal.ui.idle import IdleWatcher


def test_typing_restarts_the_count_and_silence_says_idle(qtbot: QtBot) -> None:
    field = QLineEdit()
    field.setAccessibleName("Field")
    qtbot.addWidget(field)
    field.show()
    watcher = IdleWatcher(minutes=0.04)  # 2.4 s
    try:
        fired: list[bool] = []
        watcher.idle.connect(lambda: fired.append(True))
        for _ in range(4):  # typing every 0.8 s for 3.2 s: never idle
            qtbot.wait(800)
            qtbot.keyClick(field, Qt.Key.Key_A)
            assert watcher.remaining_ms() > 1400  # the count started again
        assert fired == []
        qtbot.waitUntil(lambda: fired == [True], timeout=10000)
        assert watcher.remaining_ms() == -1  # once, until someone is back
    finally:
        watcher.stop()


def test_zero_minutes_turns_the_idle_lock_off_but_suspending_still_locks(qtbot: QtBot) -> None:
    watcher = IdleWatcher(minutes=0)
    try:
        fired: list[bool] = []
        watcher.idle.connect(lambda: fired.append(True))
        assert watcher.remaining_ms() == -1
        watcher._state_changed(Qt.ApplicationState.ApplicationActive)
        assert fired == []
        watcher._state_changed(Qt.ApplicationState.ApplicationSuspended)
        assert fired == [True]
    finally:
        watcher.stop()
    assert QCoreApplication.instance() is not None
