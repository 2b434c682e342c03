"""Backups as the student writes: a new journal gets its second backup after its
first hour of writing, without the student doing anything."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from journal.actions import entries as act
from journal.store.backup import list_backups
from journal.store.database import Journal
from journal.ui.main_window import MainWindow
from journal.ui.settings import Settings


def _age_the_journal(journal: Journal, by: timedelta) -> None:
    """Pretend the journal and its first backup were made ``by`` ago."""
    (first,) = list_backups(journal.paths)
    then = datetime.now(UTC) - by
    first.path.rename(first.path.with_name(f"journal-{then:%Y%m%dT%H%M%S%fZ}.db"))
    with sqlite3.connect(journal.paths.database) as con:
        con.execute("UPDATE learner_profile SET created_at = ?", (then.replace(tzinfo=None),))


def _window(qtbot: QtBot, journal: Journal, tmp_path: Path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(journal, settings)
    qtbot.addWidget(window)
    return window


def test_after_the_first_hour_of_writing_a_backup_is_made(qtbot: QtBot, tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "data")  # a new journal: backed up at once
    try:
        assert len(list_backups(journal.paths)) == 1
        _age_the_journal(journal, timedelta(minutes=70))
        window = _window(qtbot, journal, tmp_path)
        assert not window.back_up_if_due()  # nothing written yet in this window
        window.runner.run(act.create_entry, title="An hour of work")
        assert window.back_up_if_due()
        qtbot.waitUntil(lambda: len(list_backups(journal.paths)) == 2, timeout=10000)
        # Written again, but the next backup is only due tomorrow.
        window.runner.run(act.create_entry, title="More")
        assert not window.back_up_if_due()
        assert len(list_backups(journal.paths)) == 2
        window.close()
    finally:
        journal.close()


def test_in_the_first_hour_no_second_backup_is_made(qtbot: QtBot, tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "data")
    try:
        _age_the_journal(journal, timedelta(minutes=20))
        window = _window(qtbot, journal, tmp_path)
        window.runner.run(act.create_entry, title="Twenty minutes in")
        assert not window.back_up_if_due()
        assert len(list_backups(journal.paths)) == 1
        window.close()
    finally:
        journal.close()
