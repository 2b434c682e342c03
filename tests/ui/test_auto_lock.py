"""A locked journal locks itself when nobody uses it, and by File → Lock now: the
draft is saved, the window (every view of its text) closes, the key is forgotten,
and only the passphrase opens it again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from journal.actions import entries as act
from journal.store import crypto
from journal.store.database import Journal
from journal.store.read_models.entries import read_entry
from journal.ui.settings import Settings
from journal.ui.startup import Launcher, StartupFrame

PASS = "blue whales sing"


def _open_locked(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> tuple[Launcher, str]:
    with Journal.open(data_dir, auto_backup=False) as journal:
        entry_id = act.create_entry(journal, title="Secret", body="Only mine").value
    crypto.enable_encryption(data_dir, PASS)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.auto_lock_minutes = 5
    frame = StartupFrame()
    qtbot.addWidget(frame)
    frame.show()
    launcher = Launcher(frame, data_dir, settings)
    launcher.start()
    _unlock(qtbot, launcher)
    return launcher, entry_id


def _unlock(qtbot: QtBot, launcher: Launcher) -> None:
    qtbot.waitUntil(lambda: launcher.unlock_dialog is not None, timeout=10000)
    dialog = launcher.unlock_dialog
    assert dialog is not None
    dialog.secret.setText(PASS)
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=5000)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=20000)


def test_idle_time_locks_the_journal_and_keeps_what_was_typed(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    launcher, entry_id = _open_locked(qtbot, data_dir, tmp_path)
    window = launcher.window
    assert window is not None
    assert window.lock_now_action.isVisible()
    assert launcher.idle is not None and launcher.idle.minutes == 5
    window.select_entry(entry_id)
    body = window.editor.body_edit
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " and my worries")

    launcher.idle.idle.emit()  # five minutes with nobody at the keyboard

    assert launcher.window is None and launcher.journal is None and launcher.key is None
    assert not window.isVisible()
    qtbot.waitUntil(lambda: launcher.unlock_dialog is not None, timeout=10000)
    assert "locked" in launcher.frame.message.text()
    # Nothing typed was lost: the draft was saved before the window closed.
    _unlock(qtbot, launcher)
    reopened = launcher.window
    assert reopened is not None
    assert read_entry(reopened.journal, entry_id).body.endswith("and my worries")
    reopened.close()
    assert launcher.journal is not None
    launcher.journal.close()


def test_lock_now_from_the_file_menu(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    launcher, _entry_id = _open_locked(qtbot, data_dir, tmp_path)
    window = launcher.window
    assert window is not None
    window.lock_now_action.trigger()
    assert launcher.window is None
    qtbot.waitUntil(lambda: launcher.unlock_dialog is not None, timeout=10000)
    dialog = launcher.unlock_dialog
    assert dialog is not None
    dialog.reject()


def test_a_journal_without_a_passphrase_has_nothing_to_lock(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    Journal.open(data_dir, auto_backup=False).close()
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    frame = StartupFrame()
    qtbot.addWidget(frame)
    frame.show()
    launcher = Launcher(frame, data_dir, settings)
    launcher.start()
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=20000)
    window = launcher.window
    assert window is not None
    assert not window.lock_now_action.isVisible()
    assert launcher.idle is None
    assert not launcher.lock()
    assert launcher.window is window
    window.close()
    assert launcher.journal is not None
    launcher.journal.close()
