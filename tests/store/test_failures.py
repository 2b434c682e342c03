"""A full disk, a read-only folder, a second copy of the app: a clear refusal, nothing lost."""

from __future__ import annotations

import errno
import secrets
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

import journal.store.database as database
import journal.store.lock as lock_module
from journal.store.database import Journal
from journal.store.entries import (
    create_entry,
    list_revisions,
    revision_body,
    revision_is_intact,
    save_revision,
)
from journal.store.errors import DiskFullError, JournalLockedError, ReadOnlyFolderError
from journal.store.models import Entry
from journal.store.search import EntryFilter, search_entry_ids
from tests.store.dbutil import all_rows


def _limit_pages(journal: Journal, extra_pages: int) -> Callable[..., None]:
    """Make every new connection believe the disk holds only a few more pages."""
    with journal.engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)

    def cap(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + extra_pages}")

    event.listen(journal.engine, "connect", cap)
    journal.engine.dispose()  # pooled connections were made before the cap
    return cap


def test_a_full_disk_gives_a_clear_error_and_keeps_earlier_work(journal: Journal) -> None:
    with journal.write() as s:
        entry = create_entry(s, title="Volcano", body="It erupted at noon.")
        save_revision(s, entry.id, body="It erupted at noon, twice.", note="Added detail")
    cap = _limit_pages(journal, extra_pages=3)

    saved = all_rows(journal.paths.database)
    with pytest.raises(DiskFullError) as caught:
        for _ in range(50):
            with journal.write() as s:
                # Incompressible text, so every save needs new pages.
                save_revision(s, entry.id, body=secrets.token_hex(3000))
            saved = all_rows(journal.paths.database)
    message = str(caught.value)
    assert "disk is full" in message
    assert "everything saved before is safe" in message
    assert "\n" not in message

    # The failed save left no trace; everything saved before it is whole.
    assert all_rows(journal.paths.database) == saved
    event.remove(journal.engine, "connect", cap)
    journal.engine.dispose()
    with journal.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    with journal.read() as s:
        revisions = list_revisions(s, entry.id)
        assert all(revision_is_intact(r) for r in revisions)
        bodies = [revision_body(r) for r in revisions]
    assert bodies[:2] == ["It erupted at noon.", "It erupted at noon, twice."]
    # And once there is space again, saving works.
    with journal.write() as s:
        assert save_revision(s, entry.id, body="Space again.") is not None


def test_a_full_disk_while_opening_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = database.sq.configure_connection

    def tiny_disk(dbapi_connection: Any, *, want_wal: bool) -> str:
        mode = real(dbapi_connection, want_wal=want_wal)
        dbapi_connection.execute("PRAGMA max_page_count=8")
        return mode

    monkeypatch.setattr(database.sq, "configure_connection", tiny_disk)
    with pytest.raises(DiskFullError, match="disk is full"):
        Journal.open(tmp_path / "new", auto_backup=False)
    monkeypatch.undo()
    # The failed open freed the folder.
    Journal.open(tmp_path / "new", auto_backup=False).close()


# -- read-only folders --------------------------------------------------------
#
# Tests may run as root, and chmod does not stop root. Each test first makes
# the folder (or file) read-only with chmod and probes whether that binds; if
# it does not (root), it makes the refusal happen at one honest seam instead:
# the lock file's open() raising EACCES exactly as the OS would, or SQLite
# itself opening the database read-only (mode=ro) so writes fail in SQLite.


def _chmod_binds(folder: Path) -> bool:
    probe = folder / ".can-i-write"
    try:
        probe.touch()
    except PermissionError:
        return True
    probe.unlink()
    return False


@pytest.fixture
def read_only_folder(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    (data_dir / "journal.lock").unlink(missing_ok=True)
    data_dir.chmod(0o555)
    try:
        if not _chmod_binds(data_dir):

            def refuse(path: Any, *args: Any, **kwargs: Any) -> Any:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))

            monkeypatch.setattr(lock_module, "open", refuse, raising=False)
        yield data_dir
    finally:
        data_dir.chmod(0o755)


def test_a_read_only_folder_is_refused_clearly_and_left_alone(read_only_folder: Path) -> None:
    # Compare bytes: opening SQLite in a folder it can't write to is the thing under test.
    db_bytes = (read_only_folder / "journal.db").read_bytes()
    before = sorted(p.name for p in read_only_folder.iterdir())
    with pytest.raises(ReadOnlyFolderError) as caught:
        Journal.open(read_only_folder)
    assert str(read_only_folder) in str(caught.value)
    assert "--data-dir" in str(caught.value)
    assert sorted(p.name for p in read_only_folder.iterdir()) == before
    assert (read_only_folder / "journal.db").read_bytes() == db_bytes


def test_a_read_only_journal_file_refuses_writes_clearly(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Journal.open(data_dir, auto_backup=False) as journal, journal.write() as s:
        create_entry(s, title="Kept", body="Saved before the file became read-only.")
    db_file = data_dir / "journal.db"
    rows = all_rows(db_file)
    db_file.chmod(0o444)
    try:
        if not _chmod_binds(data_dir):
            # Root: SQLite opens a file it may not write read-only; do exactly that.
            real = database.create_engine

            def open_read_only(url: Any, **kwargs: Any) -> Any:
                if not url.query.get("uri"):
                    uri = database.sq.file_uri(Path(url.database))
                    url = database.URL.create(
                        "sqlite", database=uri, query={"mode": "ro", "uri": "true"}
                    )
                return real(url, **kwargs)

            monkeypatch.setattr(database, "create_engine", open_read_only)
        with (
            pytest.raises(ReadOnlyFolderError, match="read-only") as caught,
            Journal.open(data_dir, auto_backup=False) as journal,
            journal.write() as s,
        ):
            create_entry(s, title="Lost?", body="This must be refused.")
        assert "--data-dir" in str(caught.value)
    finally:
        db_file.chmod(0o644)
    monkeypatch.undo()
    assert all_rows(db_file) == rows
    # Reading still works, so the student can see (and export) everything.
    with Journal.open(data_dir, read_only=True) as journal, journal.read() as s:
        assert s.scalar(select(Entry.title).where(Entry.title == "Kept")) == "Kept"


def test_a_second_copy_of_the_app_is_refused_and_writes_nothing(journal: Journal) -> None:
    with journal.write() as s:
        create_entry(s, title="Mine", body="Written by the first copy.")
    rows = all_rows(journal.paths.database)
    backups = sorted(journal.paths.backups.iterdir())
    files = sorted(p.name for p in journal.paths.root.rglob("*"))

    done = subprocess.run(
        # (not 'demo': it is refused earlier still, because the journal has entries)
        [sys.executable, "-m", "journal", "--data-dir", str(journal.paths.root), "backup"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "already open" in lines[0]
    assert done.stdout == ""
    assert all_rows(journal.paths.database) == rows
    assert sorted(journal.paths.backups.iterdir()) == backups
    assert sorted(p.name for p in journal.paths.root.rglob("*")) == files


def test_a_second_open_in_the_same_process_is_refused_until_the_first_closes(
    journal: Journal,
) -> None:
    with pytest.raises(JournalLockedError, match="already open"):
        Journal.open(journal.paths.root)
    journal.close()
    with Journal.open(journal.paths.root, auto_backup=False) as again, again.read() as s:
        assert s.scalar(select(Entry.id).limit(1)) is None


def test_search_works_in_a_folder_with_awkward_characters(tmp_path: Path) -> None:
    root = tmp_path / "Class #7 ? 100% done"
    with Journal.open(root, auto_backup=False) as journal, journal.write() as s:
        create_entry(s, title="Volcano", body="magma everywhere")
    assert (root / "journal.db").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == [root.name]
    with Journal.open(root, read_only=True) as journal, journal.read() as s:
        assert len(search_entry_ids(s, EntryFilter(text="magma"))) == 1
