"""Preferences → Lock with a passphrase: on (recovery key shown once), change, off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from journal.actions import entries as act
from journal.store import crypto
from journal.store.database import Journal
from journal.ui.preferences import PreferencesDialog
from journal.ui.runner import ActionRunner
from journal.ui.settings import Settings

PASS = "orange kites fly high"


def _prefs(qtbot: QtBot, runner: ActionRunner, tmp_path: Path) -> PreferencesDialog:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    saved = tmp_path / "recovery.txt"
    dialog = PreferencesDialog(
        settings,
        runner.journal.paths.root,
        runner=runner,
        save_file=lambda _title, _suggested: saved,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_lock_change_and_remove_from_preferences(
    qtbot: QtBot, runner: ActionRunner, journal: Journal, tmp_path: Path
) -> None:
    entry = act.create_entry(journal, title="Mine", body="private words").value
    prefs = _prefs(qtbot, runner, tmp_path)
    section = prefs.lock_section
    assert section is not None
    assert "not locked" in section.status.text()
    assert section.lock_button.isVisible() and not section.change_button.isVisible()

    printed: list[str] = []

    def fake_print(_parent: object, text: str) -> bool:
        printed.append(text)
        return True

    section.print_text = fake_print
    # Turn it on: the passphrase is typed twice, hidden; a mismatch is told, nothing happens.
    section.lock_button.click()
    ask = section.passphrase_dialog
    assert ask is not None
    assert ask.new.echoMode() == QLineEdit.EchoMode.Password
    ask.new.setText(PASS)
    ask.again.setText(PASS + "x")
    ask.ok_button.click()
    assert "not the same" in ask.message.text()
    assert not journal.encrypted
    ask.again.setText(PASS)
    ask.ok_button.click()
    qtbot.waitUntil(lambda: section.recovery_dialog is not None, timeout=30000)
    shown = section.recovery_dialog
    assert shown is not None
    recovery = shown.key_field.text()
    assert len(crypto.normalize_recovery_key(recovery)) == 30
    assert journal.encrypted and crypto.is_encrypted(journal.paths.root)
    assert "is locked" in section.status.text()
    assert section.change_button.isVisible() and section.remove_button.isVisible()
    shown.copy_button.click()
    assert QGuiApplication.clipboard().text() == recovery
    shown.save_button.click()
    assert recovery in (tmp_path / "recovery.txt").read_text(encoding="utf-8")
    shown.print_button.click()
    assert len(printed) == 1 and recovery in printed[0]
    assert "printer" in shown.message.text()
    shown.accept()
    assert runner.errors == []

    # The window goes on writing to the journal, now locked.
    act.save_draft(journal, entry, "Mine", "private words, still mine")

    # Change it with the recovery key (a forgotten passphrase).
    section.change_button.click()
    ask = section.passphrase_dialog
    assert ask is not None
    ask.use_recovery.setChecked(True)
    assert ask.current.accessibleName() == "Recovery key"
    ask.current.setText(recovery)
    ask.new.setText("green frogs jump far")
    ask.again.setText("green frogs jump far")
    ask.ok_button.click()
    assert runner.errors == []
    crypto.unlock(journal.paths.root, passphrase="green frogs jump far")

    # A wrong passphrase to remove the lock: one sentence, still locked.
    section.remove_button.click()
    ask = section.passphrase_dialog
    assert ask is not None
    ask.current.setText(PASS)
    ask.ok_button.click()
    qtbot.waitUntil(lambda: bool(runner.errors), timeout=30000)
    assert "not the one" in runner.errors[-1][1]
    assert journal.encrypted
    # The right one takes it off.
    section.remove_button.click()
    ask = section.passphrase_dialog
    assert ask is not None
    ask.current.setText("green frogs jump far")
    ask.ok_button.click()
    qtbot.waitUntil(lambda: not crypto.is_encrypted(journal.paths.root), timeout=30000)
    qtbot.waitUntil(lambda: "not locked" in section.status.text(), timeout=5000)
    assert not journal.encrypted
    assert journal.paths.database.read_bytes().startswith(b"SQLite format 3")


def test_read_only_journal_cannot_be_locked(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    journal = Journal.open(data_dir, read_only=True)
    runner = ActionRunner(journal, lambda _t, _x: None, read_only=True)
    try:
        prefs = _prefs(qtbot, runner, tmp_path)
        assert prefs.lock_section is not None
        assert not prefs.lock_section.lock_button.isEnabled()
    finally:
        runner.wait()
        journal.close()


def test_open_copy_for_the_viewer_is_the_plain_file(data_dir: Path, tmp_path: Path) -> None:
    from journal.actions import attachments as attachment_actions
    from journal.store.attachments import blob_path
    from journal.ui.attachments_panel import prepare_open_copy

    source = tmp_path / "drawing.txt"
    source.write_bytes(b"my drawing of a volcano " * 5000)
    crypto.enable_encryption(data_dir, PASS)
    with Journal.open(data_dir, passphrase=PASS) as journal:
        sha = attachment_actions.store_files(journal, [source]).value.stored[0].sha256
        blob = blob_path(journal.paths, sha)
        assert b"volcano" not in blob.read_bytes()
        copy = prepare_open_copy(
            blob, sha, "drawing.txt", tmp_path / "viewer", key=journal.paths.data_key
        )
    assert copy.read_bytes() == source.read_bytes()
