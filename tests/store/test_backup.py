"""Backups: a restore gives back exactly what was saved, and refuses what it can't trust."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from journal.demo import DemoSize, generate_demo
from journal.store.backup import list_backups, make_backup, prune_backups, restore_backup
from journal.store.database import Journal
from journal.store.entries import create_entry, save_revision, trash_entry
from journal.store.errors import CorruptDatabaseError, JournalError
from journal.store.models import Entry
from journal.store.search import EntryFilter, search_entry_ids
from tests.store.dbutil import all_rows, execute


@pytest.fixture
def demo_journal(journal: Journal) -> Journal:
    generate_demo(journal, DemoSize(entries=25, seed=3))
    return journal


def _stamp(when: datetime) -> str:
    return when.strftime("%Y%m%dT%H%M%S%fZ")


def test_backup_then_restore_gives_back_identical_rows(demo_journal: Journal) -> None:
    journal = demo_journal
    saved = all_rows(journal.paths.database)
    backup = make_backup(journal)
    assert all_rows(backup) == saved

    # Change everything a student could change after the backup.
    with journal.write() as s:
        first = s.scalars(select(Entry).order_by(Entry.seq)).first()
        assert first is not None
        first_id, first_word = first.id, first.title.split()[0]
        save_revision(s, first.id, body="A new ending after the backup.")
        trash_entry(s, first.id)
        create_entry(s, title="Written after the backup", body="kaleidoscope")
    assert all_rows(journal.paths.database) != saved

    aside = restore_backup(journal, backup)
    assert all_rows(journal.paths.database) == saved
    # The journal it replaced is kept, with the post-backup work in it.
    assert aside.parent == journal.paths.backups
    with sqlite3.connect(aside) as con:
        titles = {r[0] for r in con.execute("SELECT title FROM entries")}
    assert "Written after the backup" in titles
    # The restored journal is fully usable: search index in step, writes work.
    with journal.read() as s:
        assert search_entry_ids(s, EntryFilter(text="kaleidoscope")) == []
        assert first_id in search_entry_ids(s, EntryFilter(text=first_word))
    with journal.write() as s:
        create_entry(s, title="After the restore", body="still works")
    with journal.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    assert journal.journal_mode == "wal"


def _garbage(path: Path) -> Path:
    path.write_bytes(os.urandom(8192))
    return path


def _not_a_journal(path: Path) -> Path:
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE recipes (name TEXT)")
        con.execute("INSERT INTO recipes VALUES ('pancakes')")
    return path


def _truncated(path: Path, journal: Journal) -> Path:
    good = make_backup(journal, out=path.with_name("whole.db")).read_bytes()
    path.write_bytes(good[: len(good) // 2])
    return path


def _from_the_future(path: Path, journal: Journal) -> Path:
    make_backup(journal, out=path)
    execute(path, "UPDATE alembic_version SET version_num = 'z999_from_the_future'")
    return path


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("garbage", "not a usable backup"),
        ("empty", "not a Learning Journal backup"),
        ("not_a_journal", "not a Learning Journal backup"),
        ("truncated", "not a usable backup"),
        ("future", "newer version"),
        ("missing", "no backup file"),
    ],
)
def test_restore_refuses_what_it_cannot_trust_and_changes_nothing(
    demo_journal: Journal, tmp_path: Path, kind: str, message: str
) -> None:
    journal = demo_journal
    make_backup(journal)
    bad = tmp_path / "suspicious.db"
    if kind == "garbage":
        _garbage(bad)
    elif kind == "empty":
        bad.write_bytes(b"")
    elif kind == "not_a_journal":
        _not_a_journal(bad)
    elif kind == "truncated":
        _truncated(bad, journal)
    elif kind == "future":
        _from_the_future(bad, journal)
    rows = all_rows(journal.paths.database)
    backups = sorted(p.name for p in journal.paths.backups.iterdir())

    with pytest.raises(JournalError, match=message) as caught:
        restore_backup(journal, bad)
    assert "\n" not in str(caught.value)
    assert all_rows(journal.paths.database) == rows
    assert sorted(p.name for p in journal.paths.backups.iterdir()) == backups


def test_a_garbage_backup_is_reported_as_corrupt(journal: Journal, tmp_path: Path) -> None:
    with pytest.raises(CorruptDatabaseError):
        restore_backup(journal, _garbage(tmp_path / "noise.db"))


def test_rotation_keeps_only_the_newest_backups(journal: Journal) -> None:
    made = [make_backup(journal, keep=3) for _ in range(5)]
    kept = [b.path for b in list_backups(journal.paths)]
    assert kept == list(reversed(made[-3:]))
    # Files that are not automatic backups are never pruned.
    (journal.paths.backups / "replaced-20250101T000000000000Z.db").write_bytes(b"x")
    (journal.paths.backups / "my-notes.txt").write_text("mine")
    prune_backups(journal.paths, keep=1)
    assert [b.path for b in list_backups(journal.paths)] == [made[-1]]
    assert (journal.paths.backups / "my-notes.txt").exists()
    assert (journal.paths.backups / "replaced-20250101T000000000000Z.db").exists()


def test_default_rotation_keeps_ten(journal: Journal) -> None:
    for _ in range(12):
        make_backup(journal)
    assert len(list_backups(journal.paths)) == 10


def test_a_backup_file_is_a_checked_standalone_database(demo_journal: Journal) -> None:
    backup = make_backup(demo_journal)
    assert not list(demo_journal.paths.backups.glob("*.part"))
    with sqlite3.connect(backup) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # Rollback journal, so the single file is the whole backup.
        assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_opening_backs_up_only_when_the_newest_backup_is_over_a_day_old(data_dir: Path) -> None:
    paths_backups = data_dir / "backups"
    assert list_backups_at(paths_backups) == []
    Journal.open(data_dir).close()  # no backup yet: take one
    first = list_backups_at(paths_backups)
    assert len(first) == 1
    Journal.open(data_dir).close()  # fresh: none taken
    assert list_backups_at(paths_backups) == first

    # Age the backup to 25 hours.
    old = paths_backups / f"journal-{_stamp(datetime.now(UTC) - timedelta(hours=25))}.db"
    first[0].rename(old)
    Journal.open(data_dir).close()
    after = list_backups_at(paths_backups)
    assert len(after) == 2 and old in after

    # auto_backup=False never takes one.
    old2 = paths_backups / f"journal-{_stamp(datetime.now(UTC) - timedelta(days=3))}.db"
    for path in list_backups_at(paths_backups):
        path.unlink()
    make_old = sqlite3.connect(old2)
    make_old.close()
    Journal.open(data_dir, auto_backup=False).close()
    assert list_backups_at(paths_backups) == [old2]


def test_a_brand_new_journal_is_backed_up_when_it_is_created(tmp_path: Path) -> None:
    # Issue 10 (#4): there is always a way back, from the first minute on.
    Journal.open(tmp_path / "fresh").close()
    assert len(list_backups_at(tmp_path / "fresh" / "backups")) == 1


def test_a_journal_from_a_newer_app_is_refused_unchanged(data_dir: Path) -> None:
    execute(data_dir / "journal.db", "UPDATE alembic_version SET version_num = 'z999'")
    rows = all_rows(data_dir / "journal.db")
    with pytest.raises(JournalError, match="newer version"):
        Journal.open(data_dir)
    assert all_rows(data_dir / "journal.db") == rows
    assert list_backups_at(data_dir / "backups") == []


def test_a_backup_restores_into_a_new_empty_journal(demo_journal: Journal, tmp_path: Path) -> None:
    backup = make_backup(demo_journal, out=tmp_path / "elsewhere" / "copy.db")
    with Journal.open(tmp_path / "new-laptop", auto_backup=False) as fresh:
        restore_backup(fresh, backup)
        with fresh.read() as s:
            assert s.scalar(select(func.count()).select_from(Entry)) == 25


def list_backups_at(folder: Path) -> list[Path]:
    return sorted(folder.glob("journal-*.db"))


def test_a_chosen_backups_folder_receives_the_backups(data_dir: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "usb-stick" / "journal-backups"
    with Journal.open(data_dir, auto_backup=False, backups_dir=elsewhere) as journal:
        made = make_backup(journal, keep=3)
        assert made.parent == elsewhere
        assert [b.path for b in list_backups(journal.paths)] == [made]
    assert not any((data_dir / "backups").glob("journal-*.db"))


def test_a_half_written_backup_is_cleared_at_the_next_open_but_not_another_journals(
    tmp_path: Path,
) -> None:
    """A kill mid-backup leaves a .part file; the next open removes this journal's
    ones, and leaves those of another journal sharing the backups folder."""
    shared = tmp_path / "school-backups"
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    with Journal.open(mine, backups_dir=shared) as journal:
        made = make_backup(journal)
    with Journal.open(theirs, backups_dir=shared) as other:
        other_made = make_backup(other)
    from journal.store.backup import _part_key
    from journal.store.paths import JournalPaths

    my_part = shared / f"{made.name}.{_part_key(JournalPaths(mine, shared))}.part"
    their_part = shared / f"{other_made.name}.{_part_key(JournalPaths(theirs, shared))}.part"
    for part in (my_part, their_part):
        part.write_bytes(b"SQLite format 3\x00 half a copy")
    listed = {b.path for b in list_backups(JournalPaths(mine, shared))}
    assert my_part not in listed and their_part not in listed
    Journal.open(mine, backups_dir=shared, auto_backup=False).close()
    assert not my_part.exists()
    assert their_part.exists()
