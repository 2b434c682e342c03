"""Rotating backups with SQLite's online backup API, and restoring them.

A backup is written to a temporary name, checked with ``quick_check`` and only
then renamed into place, so a half-written file never looks like a backup.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from journal.store import sqlite as sq
from journal.store.errors import CorruptDatabaseError, JournalError
from journal.store.files import create_private, fsync_dir, fsync_file
from journal.store.paths import JournalPaths

if TYPE_CHECKING:
    from journal.store.database import Journal

BACKUP_PATTERN = re.compile(r"^journal-(\d{8}T\d{6}(?:\d{6})?Z)\.db$")
DEFAULT_KEEP = 10


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int


def _db_key(paths: JournalPaths) -> bytes | None:
    """SQLCipher's key for a locked journal (its backups are encrypted with it too)."""
    return paths.data_key.db_key if paths.data_key is not None else None


def list_backups(paths: JournalPaths) -> list[BackupInfo]:
    """Backups in the folder, newest first."""
    found: list[BackupInfo] = []
    if not paths.backups.is_dir():
        return found
    for path in paths.backups.iterdir():
        match = BACKUP_PATTERN.match(path.name)
        if not match:
            continue
        stamp = match.group(1)
        fmt = "%Y%m%dT%H%M%S%fZ" if len(stamp) > 16 else "%Y%m%dT%H%M%SZ"
        taken = datetime.strptime(stamp, fmt).replace(tzinfo=UTC)
        found.append(BackupInfo(path, taken, path.stat().st_size))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


#: Backups are taken automatically when the newest is older than this.
AUTO_BACKUP_AGE = timedelta(days=1)
#: A new journal is backed up when it is created and again after its first hour.
FIRST_HOUR = timedelta(hours=1)


def journal_created_at(paths: JournalPaths) -> datetime | None:
    """When the journal was created (its learner profile's time), read without SQLAlchemy."""
    try:
        con = sq.connect(sq.readonly_uri(paths.database), key=_db_key(paths), uri=True)
    except sq.db_errors():
        return None
    try:
        row = con.execute("SELECT min(created_at) FROM learner_profile").fetchone()
    except sq.db_errors():
        return None
    finally:
        con.close()
    if not row or not row[0]:
        return None
    try:
        return datetime.fromisoformat(str(row[0])).replace(tzinfo=UTC)
    except ValueError:
        return None


def backup_due(paths: JournalPaths, now: datetime | None = None) -> bool:
    """Whether an automatic backup should be taken now.

    Due when there is none; when the newest is a day old; and once after the
    journal's first hour of writing (a brand-new journal's only backup is the
    empty one taken when it was created). The window asks this as the student
    writes; opening a journal asks it too.
    """
    now = now or datetime.now(UTC)
    backups = list_backups(paths)
    if not backups:
        return True
    newest = backups[0].taken_at
    if now - newest >= AUTO_BACKUP_AGE:
        return True
    created = journal_created_at(paths) or backups[-1].taken_at
    return newest < created + FIRST_HOUR <= now


def newest_backup_age(paths: JournalPaths) -> timedelta:
    backups = list_backups(paths)
    if not backups:
        return timedelta.max
    return datetime.now(UTC) - backups[0].taken_at


def make_backup(
    journal: Journal, *, keep: int = DEFAULT_KEEP, out: Path | None = None, prune: bool = True
) -> Path:
    """Copy the open journal into a new backup file and prune old ones.

    With ``out``, the copy goes to that file instead and nothing is pruned;
    with ``prune=False`` the old ones stay too (the caller prunes once the
    change the backup protects has succeeded).
    """
    paths = journal.paths
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    if out is not None and out.is_dir():  # --out FOLDER: a dated file inside it
        out = out / f"journal-{stamp}.db"
    target_dir = out.parent if out else paths.backups
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise JournalError(
            f"The backup could not be written to {target_dir} ({exc.strerror}); "
            "choose another place."
        ) from exc
    final = out if out else target_dir / f"journal-{stamp}.db"
    tmp = final.with_name(f"{final.name}.{_part_key(paths)}.part")
    tmp.unlink(missing_ok=True)
    try:
        create_private(tmp)  # a whole copy of the journal: its owner's alone, wherever it goes
    except OSError as exc:
        raise JournalError(
            f"The backup could not be written to {target_dir} ({exc.strerror}); "
            "choose another place."
        ) from exc
    raw = journal.engine.raw_connection()
    try:
        source = raw.driver_connection
        try:
            sq.online_backup(source, tmp, key=_db_key(paths))
        except sq.db_errors() as exc:
            tmp.unlink(missing_ok=True)
            raise JournalError(
                f"The backup could not be written to {target_dir} ({exc}); "
                "check there is free space and try again."
            ) from exc
    finally:
        raw.close()
    problem = sq.quick_check(tmp, _db_key(paths))
    if problem != "ok":
        tmp.unlink(missing_ok=True)
        raise CorruptDatabaseError(f"The backup failed its check ({problem}); nothing was kept.")
    try:
        fsync_file(tmp)
        os.replace(tmp, final)
        fsync_dir(target_dir)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise JournalError(
            f"The backup could not be written to {final} ({exc.strerror}); choose another place."
        ) from exc
    if out is None and prune:
        prune_backups(paths, keep)
    return final


def _part_key(paths: JournalPaths) -> str:
    """Names this journal's half-written backups, so journals sharing a backups
    folder (one school account, several students) only ever clear their own."""
    return hashlib.sha256(str(paths.root.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[
        :12
    ]


def clear_partial_backups(paths: JournalPaths) -> list[Path]:
    """Remove backups this journal left half-written (a crash or a kill mid-copy).

    Called with the journal's folder lock held, so none of them is in progress.
    """
    removed: list[Path] = []
    if not paths.backups.is_dir():
        return removed
    for path in paths.backups.glob(f"journal-*.db.{_part_key(paths)}.part"):
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def prune_backups(paths: JournalPaths, keep: int) -> list[Path]:
    removed = []
    for info in list_backups(paths)[max(keep, 1):]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def _expected_schema() -> dict[str, set[str]]:
    """Tables and their columns as the migrations make them (the models mirror them)."""
    from journal.store.models import Base

    return {name: {c.name for c in table.columns} for name, table in Base.metadata.tables.items()}


def journal_file_problem(path: Path, key: bytes | None = None) -> str | None:
    """Why ``path`` can't be restored as a journal (one sentence), or None if it can.

    It must pass SQLite's quick check, carry a schema version this app knows,
    and have every table with exactly the columns the migrations make (plus
    the search index), so a look-alike SQLite file never replaces a journal.
    """
    path = Path(path)
    name = path.name
    not_ours = f"{name} is not a Learning Journal backup; choose a file from the backups folder."
    try:
        with open(path, "rb") as handle:
            # A locked journal's backups are SQLCipher files: no plain header.
            if key is None and handle.read(16) != b"SQLite format 3\x00":
                return not_ours
    except OSError as exc:
        return f"{name} can't be read ({exc.strerror or exc}); choose another backup."
    problem = sq.quick_check(path, key)
    if problem != "ok":
        return f"{name} is not a usable backup ({problem}); choose another one."
    from journal.store import migrations

    try:
        probe = sq.connect(sq.readonly_uri(path), key=key, uri=True)
    except sq.db_errors():
        return not_ours
    try:
        tables = {
            r[0]
            for r in probe.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not str(r[0]).startswith("sqlite_")
        }
        version = None
        if "alembic_version" in tables:
            row = probe.execute("SELECT version_num FROM alembic_version").fetchone()
            version = row[0] if row else None
        columns = {
            table: {str(r[1]) for r in probe.execute(f'PRAGMA table_info("{table}")')}
            for table in tables
            if not sq.is_fts_table(table)
        }
    except sq.db_errors():
        return not_ours
    finally:
        probe.close()
    if version is None or "entries" not in tables:
        return not_ours
    if not migrations.is_known(version):
        return (
            f"{name} was made by a newer version of Learning Journal; "
            "update the app, then restore it."
        )
    if version == migrations.HEAD:
        expected = _expected_schema()
        missing = sorted(set(expected) - tables)
        if missing or sq.FTS_TABLE not in tables:
            absent = (missing or [sq.FTS_TABLE])[0]
            return (
                f"{name} is not a whole Learning Journal backup (it has no '{absent}' "
                "table); choose another one."
            )
        for table, wanted in expected.items():
            if columns.get(table) != wanted:
                return (
                    f"{name} is not a Learning Journal backup (its '{table}' table is not "
                    "the journal's); choose a file from the backups folder."
                )
    return None


def restore_backup(journal: Journal, backup_file: Path) -> Path:
    """Replace the journal's contents with a backup; return where the old one was kept.

    The backup is checked first; the current database is copied aside (into
    the backups folder as ``replaced-<time>.db``) before anything changes.
    """
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise JournalError(f"There is no backup file at {backup_file}.")
    key = _db_key(journal.paths)
    problem = sq.quick_check(backup_file, key)
    if problem != "ok":
        raise CorruptDatabaseError(
            f"{backup_file.name} is not a usable backup ({problem}); choose another one."
        )
    refusal = journal_file_problem(backup_file, key)
    if refusal is not None:
        raise JournalError(refusal)
    from journal.store import migrations

    paths = journal.paths
    paths.backups.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = paths.backups / f"replaced-{stamp}.db"
    make_backup(journal, out=aside)

    source = sq.connect(sq.readonly_uri(backup_file), key=key, uri=True)
    raw = journal.engine.raw_connection()
    try:
        dest = raw.driver_connection
        source.backup(dest)
    finally:
        source.close()
        raw.close()
    # Connections in the pool may hold a stale schema cache.
    journal.engine.dispose()
    migrations.upgrade_to_head(journal.engine)
    return aside


