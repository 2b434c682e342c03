"""Rotating backups with SQLite's online backup API, and restoring them.

A backup is written to a temporary name, checked with ``quick_check`` and only
then renamed into place, so a half-written file never looks like a backup.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from journal.store import sqlite as sq
from journal.store.errors import CorruptDatabaseError, JournalError
from journal.store.files import fsync_dir, fsync_file
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


def newest_backup_age(paths: JournalPaths) -> timedelta:
    backups = list_backups(paths)
    if not backups:
        return timedelta.max
    return datetime.now(UTC) - backups[0].taken_at


def make_backup(
    journal: Journal, *, keep: int = DEFAULT_KEEP, out: Path | None = None
) -> Path:
    """Copy the open journal into a new backup file and prune old ones.

    With ``out``, the copy goes to that file instead and nothing is pruned.
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
    tmp = final.with_name(final.name + ".part")
    tmp.unlink(missing_ok=True)
    raw = journal.engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        try:
            sq.online_backup(source, tmp)
        except sqlite3.Error as exc:
            tmp.unlink(missing_ok=True)
            raise JournalError(
                f"The backup could not be written to {target_dir} ({exc}); "
                "check there is free space and try again."
            ) from exc
    finally:
        raw.close()
    problem = sq.quick_check(tmp)
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
    if out is None:
        prune_backups(paths, keep)
    return final


def prune_backups(paths: JournalPaths, keep: int) -> list[Path]:
    removed = []
    for info in list_backups(paths)[max(keep, 1):]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def restore_backup(journal: Journal, backup_file: Path) -> Path:
    """Replace the journal's contents with a backup; return where the old one was kept.

    The backup is checked first; the current database is copied aside (into
    the backups folder as ``replaced-<time>.db``) before anything changes.
    """
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise JournalError(f"There is no backup file at {backup_file}.")
    problem = sq.quick_check(backup_file)
    if problem != "ok":
        raise CorruptDatabaseError(
            f"{backup_file.name} is not a usable backup ({problem}); choose another one."
        )
    from journal.store import migrations

    probe = sqlite3.connect(sq.readonly_uri(backup_file), uri=True)
    try:
        tables = {r[0] for r in probe.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = None
        if "alembic_version" in tables:
            row = probe.execute("SELECT version_num FROM alembic_version").fetchone()
            version = row[0] if row else None
    finally:
        probe.close()
    if "entries" not in tables or version is None:
        raise JournalError(f"{backup_file.name} is not a Learning Journal backup.")
    if not migrations.is_known(version):
        raise JournalError(
            f"{backup_file.name} was made by a newer version of Learning Journal; "
            "update the app, then restore it."
        )

    paths = journal.paths
    paths.backups.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = paths.backups / f"replaced-{stamp}.db"
    make_backup(journal, out=aside)

    source = sqlite3.connect(sq.readonly_uri(backup_file), uri=True)
    raw = journal.engine.raw_connection()
    try:
        dest = raw.driver_connection
        assert isinstance(dest, sqlite3.Connection)
        source.backup(dest)
    finally:
        source.close()
        raw.close()
    # Connections in the pool may hold a stale schema cache.
    journal.engine.dispose()
    migrations.upgrade_to_head(journal.engine)
    return aside


