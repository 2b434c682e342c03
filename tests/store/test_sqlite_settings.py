"""SQLite settings on every connection, and the move away from WAL on synced or network folders."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from journal.store.database import Journal
from journal.store.models import Entry, Revision
from journal.store.sqlite import wal_is_unsafe


@pytest.mark.parametrize(
    "folder",
    [
        "/Users/sam/OneDrive - School/journal",
        "/Users/sam/OneDrive/journal",
        "/home/sam/OneDrive-Personal/journal",
        "/home/sam/Dropbox/journal",
        "/home/sam/Dropbox (Personal)/journal",
        "/Users/sam/Library/Mobile Documents/com~apple~CloudDocs/journal",
        "/Users/sam/iCloud Drive/journal",
        "/Users/sam/Google Drive/My Drive/journal",
        "/home/sam/Nextcloud/journal",
        "\\\\school-server\\homes\\sam\\journal",
        "//school-server/homes/sam/journal",
    ],
)
def test_synced_and_network_folders_are_unsafe_for_wal(folder: str) -> None:
    assert wal_is_unsafe(Path(folder))


@pytest.mark.parametrize(
    "folder",
    [
        "/home/sam/.local/share/LearningJournal",
        "/Users/sam/Documents/journal",
        "/home/sam/dropboxing-notes/journal",
        "/home/sam/my onedrive notes/journal",
        "/media/usb-stick/journal",
    ],
)
def test_ordinary_folders_are_safe_for_wal(folder: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOURNAL_NO_WAL", raising=False)
    assert not wal_is_unsafe(Path(folder))


def test_journal_no_wal_forces_the_rollback_journal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOURNAL_NO_WAL", "1")
    assert wal_is_unsafe(Path("/home/sam/journal"))


def _pragmas(journal: Journal) -> list[tuple[str, int, int, int]]:
    """journal_mode, synchronous, foreign_keys, busy_timeout of three live connections at once."""
    results = []
    with journal.write() as w, journal.read() as r1, journal.read() as r2:
        for session in (w, r1, r2):
            conn = session.connection()
            results.append(
                (
                    str(conn.exec_driver_sql("PRAGMA journal_mode").scalar()).lower(),
                    int(conn.exec_driver_sql("PRAGMA synchronous").scalar() or 0),
                    int(conn.exec_driver_sql("PRAGMA foreign_keys").scalar() or 0),
                    int(conn.exec_driver_sql("PRAGMA busy_timeout").scalar() or 0),
                )
            )
    return results


FULL = 2
DAY = date(2026, 1, 5)


def test_a_normal_folder_uses_wal_with_full_sync_and_foreign_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("JOURNAL_NO_WAL", raising=False)
    with Journal.open(tmp_path / "Documents" / "journal", auto_backup=False) as journal:
        assert journal.journal_mode == "wal"
        for mode, synchronous, foreign_keys, busy in _pragmas(journal):
            assert (mode, synchronous, foreign_keys) == ("wal", FULL, 1)
            assert busy > 0


def test_a_synced_folder_uses_the_rollback_journal(tmp_path: Path) -> None:
    root = tmp_path / "OneDrive - School" / "journal"
    with Journal.open(root, auto_backup=False) as journal:
        assert journal.journal_mode == "delete"
        for mode, synchronous, foreign_keys, _busy in _pragmas(journal):
            assert (mode, synchronous, foreign_keys) == ("delete", FULL, 1)
        with journal.write() as s:
            s.add(Entry(seq=1, title="Synced", body="", learned_on=DAY))
    assert not (root / "journal.db-wal").exists()
    # A journal made elsewhere in WAL mode and moved into a synced folder switches back.
    with sqlite3.connect(root / "journal.db") as con:
        con.execute("PRAGMA journal_mode=wal")
    with Journal.open(root, auto_backup=False) as journal:
        assert journal.journal_mode == "delete"
        with journal.read() as s:
            assert s.scalar(select(Entry.title)) == "Synced"


def test_every_write_starts_with_begin_immediate(journal: Journal) -> None:
    """The write lock is taken up front, so two writers never deadlock on an upgrade."""
    other = sqlite3.connect(journal.paths.database, timeout=0, isolation_level=None)
    try:
        with journal.write() as s:
            s.execute(select(Entry.id).limit(1))  # only a read so far
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again after commit
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_foreign_keys_are_enforced(journal: Journal) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), journal.write() as s:
        s.add(Revision(entry_id="no-such-entry", seq=1, title="", body_z=b"", sha256="0" * 64))


def test_reading_never_waits_for_a_writer(journal: Journal) -> None:
    """The window reads while a background task holds the write lock."""
    with journal.write() as w:
        w.add(Entry(seq=1, title="Being written", body="", learned_on=DAY))
        w.flush()
        with journal.read() as r:
            assert r.scalar(select(Entry.title)) is None  # sees only committed work
    with journal.read() as r1, journal.read() as r2:
        assert r1.scalar(select(Entry.title)) == r2.scalar(select(Entry.title)) == "Being written"


def test_read_only_connections_carry_the_same_settings(journal: Journal) -> None:
    root = journal.paths.root
    journal.close()
    with Journal.open(root, read_only=True) as reader, reader.read() as r1, reader.read() as r2:
        for session in (r1, r2):
            conn = session.connection()
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA query_only").scalar() == 1
