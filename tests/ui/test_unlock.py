"""Opening a locked journal in the window: the passphrase dialog, waits, the recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from journal.actions import entries as act
from journal.store import crypto
from journal.store.database import Journal
from journal.store.errors import WrongPassphraseError
from journal.store.read_models.entries import read_entry
from journal.ui.settings import Settings
from journal.ui.startup import Launcher, StartupFrame
from journal.ui.unlock_dialog import UnlockDialog

PASS = "blue whales sing"


def _settings(tmp_path: Path) -> Settings:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return settings


def test_locked_journal_asks_for_the_passphrase_then_opens(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    with Journal.open(data_dir, auto_backup=False) as journal:
        entry_id = act.create_entry(journal, title="Secret", body="Only mine").value
    recovery = crypto.enable_encryption(data_dir, PASS)
    frame = StartupFrame()
    qtbot.addWidget(frame)
    frame.show()
    launcher = Launcher(frame, data_dir, _settings(tmp_path))
    launcher.start()
    qtbot.waitUntil(lambda: launcher.unlock_dialog is not None, timeout=10000)
    dialog = launcher.unlock_dialog
    assert isinstance(dialog, UnlockDialog)
    assert dialog.secret.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.secret.accessibleName() == "Passphrase"
    assert not dialog.open_button.isEnabled()  # nothing typed yet
    assert "locked" in frame.message.text()
    # The recovery key works too (typed in lower case, with spaces).
    dialog.recovery.setChecked(True)
    assert dialog.secret.accessibleName() == "Recovery key"
    assert dialog.secret.echoMode() == QLineEdit.EchoMode.Normal
    dialog.secret.setText(recovery.lower().replace("-", " "))
    dialog.open_button.click()
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=20000)
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.journal.encrypted
    assert read_entry(window.journal, entry_id).title == "Secret"
    window.close()
    assert launcher.journal is not None
    launcher.journal.close()


def test_each_wrong_passphrase_waits_longer(qtbot: QtBot) -> None:
    tries: list[tuple[str, bool]] = []

    def check(secret: str, use_recovery_key: bool) -> crypto.DataKey:
        tries.append((secret, use_recovery_key))
        if secret != PASS:
            raise WrongPassphraseError("That passphrase is not the one it was locked with.")
        return crypto.DataKey(b"k" * 32)

    dialog = UnlockDialog(check, base_wait_ms=50)
    qtbot.addWidget(dialog)
    dialog.show()
    waits: list[int] = []
    for attempt in ("guess one", "guess two", "guess three"):
        dialog.secret.setText(attempt)
        qtbot.waitUntil(dialog.open_button.isEnabled, timeout=5000)
        dialog.open_button.click()
        qtbot.waitUntil(lambda: dialog.failures == len(waits) + 1, timeout=5000)
        waits.append(dialog.wait_ms)
        assert not dialog.open_button.isEnabled()  # must wait before the next try
        assert "not the one" in dialog.message.text()
        assert "try again in" in dialog.message.text()
    assert waits == [50, 100, 200]
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=5000)
    dialog.secret.setText(PASS)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.open_button.click()
    assert dialog.key == crypto.DataKey(b"k" * 32)
    assert tries[-1] == (PASS, False)
    assert dialog.secret.text() == ""  # not kept in the widget


def test_cancelling_leaves_the_journal_closed_and_offers_to_ask_again(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    crypto.enable_encryption(data_dir, PASS)
    frame = StartupFrame()
    qtbot.addWidget(frame)
    frame.show()
    launcher = Launcher(frame, data_dir, _settings(tmp_path))
    launcher.start()
    qtbot.waitUntil(lambda: launcher.unlock_dialog is not None, timeout=10000)
    assert launcher.unlock_dialog is not None
    launcher.unlock_dialog.reject()
    qtbot.waitUntil(lambda: launcher.unlock_dialog is None, timeout=5000)
    assert launcher.window is None and launcher.journal is None
    assert frame.open_button.isVisible()
    frame.open_button.click()
    qtbot.waitUntil(lambda: launcher.unlock_dialog is not None, timeout=5000)
    dialog = launcher.unlock_dialog
    assert dialog is not None
    dialog.secret.setText(PASS)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=20000)
    assert launcher.window is not None
    qtbot.addWidget(launcher.window)
    launcher.window.close()
    assert launcher.journal is not None
    launcher.journal.close()
