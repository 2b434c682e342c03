"""A way back from a damaged journal: restore the newest good backup, then salvage.

:func:`recover` is the one entry point (the window calls it when opening
raises :class:`~journal.store.errors.CorruptDatabaseError`; ``journal repair``
calls it from the command line):

1. the damaged ``journal.db`` (with its ``-wal``) is kept aside, renamed
   ``damaged-<time>.db`` beside it; nothing of it is ever deleted;
2. the newest backup that passes ``PRAGMA integrity_check`` and has the
   journal's tables and columns is copied in (none: a new, empty journal);
3. everything still readable in the damaged file is salvaged into it, row by
   row, in one transaction: revisions only when their SHA-256 matches their
   text, attachments only when the stored file matches its hash, and every
   other row (entries, goals, reflections, ...) when its values have the
   right types and what it refers to exists. A row the backup lacks is added;
   one that differs from the backup takes the damaged file's (newer) version;
4. the search index is rebuilt, and a fresh backup of the result is taken.

The :class:`RecoveryReport` says, in words a student understands, what came
back and what could not. No Qt here.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from journal.store import sqlite as sq
from journal.store.errors import CorruptDatabaseError, JournalError
from journal.store.lock import FolderLock
from journal.store.paths import JournalPaths
from journal.store.scratch import make_scratch_dir, remove_scratch_dir

#: Rows probed past the last readable one before a damaged table is given up on.
_PROBE_SLACK = 2000
_HEADER = b"SQLite format 3\x00"

# What each table is called in a sentence to a student (tables not named here
# are salvaged too, and counted under "other details").
_WORDS = {
    "entries": "entries",
    "revisions": "saved versions of entries",
    "attachments": "attached files",
    "reflections": "reflections",
    "goals": "goals",
    "criteria": "success criteria",
    "checkpoints": "checkpoints",
    "goal_actions": "steps of goal plans",
    "exhibitions": "exhibitions",
    "feedback": "comments from teachers",
    "prompts": "prompts",
}
# Immutable rows: a copy in the backup is never overwritten.
_IMMUTABLE = {"revisions", "attachments", "alembic_version"}


@dataclass(frozen=True)
class RecoveryReport:
    """What :func:`recover` did. ``sentences()`` tells a student."""

    was_damaged: bool
    damaged_copy: Path | None = None
    backup_used: Path | None = None
    backup_taken_at: datetime | None = None
    #: table -> rows brought back from the damaged file (added or brought up to date).
    salvaged: dict[str, int] = field(default_factory=dict)
    #: table -> rows of the damaged file that could not be brought back.
    lost: dict[str, int] = field(default_factory=dict)
    #: Entries whose own row was unreadable, rebuilt from their latest saved version.
    rebuilt_entries: int = 0
    search_rebuilt: bool = False
    fresh_backup: Path | None = None
    problem: str = ""  # what the integrity check said about the damaged file
    #: True when nothing at all could be read from the damaged file.
    unreadable: bool = False
    #: Tables whose last pages could not be read (how many rows they held is unknown).
    partly_unreadable: tuple[str, ...] = ()

    @property
    def revisions_salvaged(self) -> int:
        return self.salvaged.get("revisions", 0)

    @property
    def revisions_lost(self) -> int:
        return self.lost.get("revisions", 0)

    def sentences(self) -> list[str]:
        if not self.was_damaged:
            lines = ["The journal was not damaged; nothing needed to be brought back."]
            if self.search_rebuilt:
                lines.append("The search index was rebuilt.")
            return lines
        lines = []
        if self.backup_used is not None and self.backup_taken_at is not None:
            when = self.backup_taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
            lines.append(f"Your journal was damaged, so the backup from {when} was brought back.")
        else:
            lines.append(
                "Your journal was damaged and there was no good backup, so a new journal "
                "was started and everything readable was copied into it."
            )
        came_back = _listing(self.salvaged)
        if self.unreadable:
            lines.append(
                "Nothing could be read from the damaged file itself, so anything written "
                "after that backup could not be rescued."
            )
        elif came_back:
            lines.append(f"Also rescued from the damaged file: {came_back}.")
        else:
            lines.append("Nothing newer than the backup could be rescued from the damaged file.")
        if self.rebuilt_entries:
            lines.append(
                f"{self.rebuilt_entries} entr{'y' if self.rebuilt_entries == 1 else 'ies'} "
                "were rebuilt from their latest saved version."
            )
        lost = _listing(self.lost)
        unknown = ", ".join(
            _WORDS.get(t, "other details") for t in dict.fromkeys(self.partly_unreadable)
        )
        if unknown:
            lost = f"{lost}; and some {unknown}" if lost else f"some {unknown}"
            lost += " whose part of the damaged file can't be read"
        if lost:
            lines.append(f"Could not be brought back: {lost}.")
        elif not self.unreadable:
            lines.append("Nothing readable was lost.")
        if self.damaged_copy is not None:
            lines.append(f"The damaged file is kept at {self.damaged_copy}.")
        if self.search_rebuilt:
            lines.append("The search index was rebuilt.")
        return lines

    def summary(self) -> str:
        return "\n".join(self.sentences())


def _listing(counts: dict[str, int]) -> str:
    parts: list[str] = []
    other = 0
    for table, n in counts.items():
        if n <= 0:
            continue
        if table in _WORDS:
            parts.append(f"{n} {_WORDS[table]}")
        else:
            other += n
    if other:
        parts.append(f"{other} other details")
    return ", ".join(parts)


# -- detecting damage ---------------------------------------------------------------


def integrity_problems(db_file: Path, *, limit: int = 20) -> list[str]:
    """What ``PRAGMA integrity_check`` says is wrong with a file (empty: nothing).

    Never raises: a file SQLite can't even open is one problem.
    """
    try:
        with open(db_file, "rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        return [f"the file can't be read ({exc.strerror or exc})"]
    if head != _HEADER:
        return ["the file is not a database (its first page is damaged)"]
    try:
        con = sqlite3.connect(sq.readonly_uri(db_file), uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = [str(r[0]) for r in con.execute(f"PRAGMA integrity_check({int(limit)})")]
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        con.close()
    return [] if rows == ["ok"] else rows


def is_damaged(paths: JournalPaths) -> bool:
    return bool(integrity_problems(paths.database))


# -- choosing the backup ---------------------------------------------------------------


def newest_good_backup(paths: JournalPaths) -> tuple[Path, datetime] | None:
    """The newest backup that passes ``integrity_check`` and is a whole journal."""
    from journal.store.backup import journal_file_problem, list_backups

    for info in list_backups(paths):
        if integrity_problems(info.path):
            continue
        if journal_file_problem(info.path) is not None:
            continue
        return info.path, info.taken_at
    return None


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _set_aside(paths: JournalPaths) -> Path:
    """Rename the damaged database (and its WAL) to ``damaged-<time>.db`` beside it."""
    aside = paths.root / f"damaged-{_stamp()}.db"
    db = paths.database
    os.replace(db, aside)
    wal = db.with_name(db.name + "-wal")
    if wal.exists():
        os.replace(wal, aside.with_name(aside.name + "-wal"))
    db.with_name(db.name + "-shm").unlink(missing_ok=True)
    return aside


def _put_in_place(source: Path, paths: JournalPaths) -> None:
    """Copy a backup to ``journal.db`` (temp name, fsync, rename)."""
    tmp = paths.database.with_name(paths.database.name + ".restoring")
    shutil.copyfile(source, tmp)
    _fsync_file(tmp)
    os.replace(tmp, paths.database)
    for suffix in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)


def replace_damaged_with(paths: JournalPaths, backup_file: Path) -> Path:
    """``journal restore`` on a journal too damaged to open: keep it aside, copy the backup in.

    The caller holds the folder lock and has checked ``backup_file`` is a journal.
    Returns where the damaged file was kept.
    """
    aside = _set_aside(paths)
    _put_in_place(backup_file, paths)
    return aside


# -- reading what is still readable -----------------------------------------------------


@contextlib.contextmanager
def _scratch() -> Iterator[Path]:
    folder = make_scratch_dir("journal-salvage-")
    try:
        yield folder
    finally:
        remove_scratch_dir(folder)


@contextlib.contextmanager
def _readable_copy(damaged: Path, reference: Path | None) -> Iterator[sqlite3.Connection | None]:
    """A connection to a scratch copy of the damaged file (the kept file stays untouched).

    A file whose 100-byte header was overwritten gets the header of a good
    backup of the same journal (same page size), with its page count left to
    the file's real size, so the rest of it can still be read.
    """
    with _scratch() as scratch:
        copy = scratch / "damaged.db"
        shutil.copyfile(damaged, copy)
        wal = damaged.with_name(damaged.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        with open(copy, "rb") as handle:
            head = handle.read(100)
        if head[:16] != _HEADER and reference is not None:
            with open(reference, "rb") as handle:
                good = bytearray(handle.read(100))
            # The change counter and "version valid for" disagree: SQLite then
            # takes the page count from the file size rather than the header.
            good[92:96] = (int.from_bytes(good[24:28], "big") ^ 0x5A5A5A5A).to_bytes(4, "big")
            with open(copy, "rb+") as handle:
                handle.write(bytes(good))
        try:
            con = sqlite3.connect(copy)
            con.execute("PRAGMA query_only=ON")
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            yield None
            return
        try:
            yield con
        finally:
            con.close()


def _source_columns(src: sqlite3.Connection, table: str) -> list[str] | None:
    try:
        return [str(r[1]) for r in src.execute(f'PRAGMA table_info("{table}")')]
    except sqlite3.Error:
        return None


def _read_table(
    src: sqlite3.Connection, table: str, columns: list[str]
) -> tuple[list[tuple[int, dict[str, Any]]], set[int]]:
    """(rowid, row) for every readable row, and the rowids that could not be read.

    A full scan first; if it stops on a damaged page, every rowid is probed on
    its own, so only the rows on the damaged pages are missed.
    """
    cols = ", ".join(f'"{c}"' for c in columns)
    try:
        rows = src.execute(f'SELECT rowid, {cols} FROM "{table}" NOT INDEXED').fetchall()
        return [(r[0], dict(zip(columns, r[1:], strict=True))) for r in rows], set()
    except sqlite3.Error:
        pass
    top: int | None
    try:
        top = src.execute(f'SELECT max(rowid) FROM "{table}" NOT INDEXED').fetchone()[0]
    except sqlite3.Error:
        top = None
    found: list[tuple[int, dict[str, Any]]] = []
    failed: list[int] = []
    sql = f'SELECT {cols} FROM "{table}" NOT INDEXED WHERE rowid = ?'
    rowid, last_hit = 0, 0
    while True:
        rowid += 1
        if top is not None and rowid > top:
            break
        if top is None and rowid > last_hit + _PROBE_SLACK:
            break
        try:
            row = src.execute(sql, (rowid,)).fetchone()
        except sqlite3.Error:
            failed.append(rowid)
            continue
        if row is not None:
            found.append((rowid, dict(zip(columns, row, strict=True))))
            last_hit = rowid
    bound = top if top is not None else last_hit
    unknown = top is None and any(r > bound for r in failed)
    lost = {r for r in failed if r <= bound}
    if unknown:  # the table's last pages are unreadable: how many rows were there is unknown
        lost.add(-1)
    return found, lost


# -- salvaging ---------------------------------------------------------------------------


def _type_ok(value: Any, kind: str) -> bool:
    if value is None:
        return True
    if kind == "int":
        return isinstance(value, int)
    if kind == "bytes":
        return isinstance(value, bytes)
    if kind == "float":
        return isinstance(value, int | float)
    return isinstance(value, str)


def _column_kinds() -> dict[str, dict[str, str]]:
    from sqlalchemy import Boolean, Float, Integer, LargeBinary

    from journal.store.models import Base

    kinds: dict[str, dict[str, str]] = {}
    for name, table in Base.metadata.tables.items():
        kinds[name] = {}
        for column in table.columns:
            impl = getattr(column.type, "impl", column.type)
            if isinstance(impl, Integer | Boolean):
                kinds[name][column.name] = "int"
            elif isinstance(impl, LargeBinary):
                kinds[name][column.name] = "bytes"
            elif isinstance(impl, Float):
                kinds[name][column.name] = "float"
            else:
                kinds[name][column.name] = "str"
    return kinds


class _Salvager:
    def __init__(self, src: sqlite3.Connection, dst: sqlite3.Connection, paths: JournalPaths):
        self.src = src
        self.dst = dst
        self.paths = paths
        self.kinds = _column_kinds()
        self.salvaged: dict[str, int] = {}
        self.lost: dict[str, int] = {}
        self.rebuilt = 0
        self.partly_unreadable: list[str] = []
        # Ids in the damaged file that are known here under another id
        # (a tag with the same name, an attachment with the same content).
        self.tag_ids: dict[str, str] = {}
        self.attachment_ids: dict[str, str] = {}

    def _count(self, bucket: dict[str, int], table: str, n: int = 1) -> None:
        if n:
            bucket[table] = bucket.get(table, 0) + n

    def run(self) -> None:
        from journal.store.models import Base

        for table in Base.metadata.sorted_tables:
            self._table(table.name, [c.name for c in table.primary_key.columns])
        self._finish()

    def _existing(self, table: str, key: list[str], row: dict[str, Any]) -> tuple[Any, ...] | None:
        where = " AND ".join(f'"{k}" = ?' for k in key)
        cols = ", ".join(f'"{c}"' for c in self.kinds[table])
        return self.dst.execute(
            f'SELECT {cols} FROM "{table}" WHERE {where}', [row[k] for k in key]
        ).fetchone()

    def _table(self, table: str, key: list[str]) -> None:
        columns = _source_columns(self.src, table)
        wanted = [c for c in self.kinds[table] if columns and c in columns]
        if not columns or not all(k in wanted for k in key):
            return
        rows, failed = _read_table(self.src, table, wanted)
        if -1 in failed:
            self.partly_unreadable.append(table)
            failed.discard(-1)
        if failed:
            # Rows that were in the backup already (same rowid: backups copy pages as
            # they are) are not lost.
            known = {
                r[0] for r in self.dst.execute(f'SELECT rowid FROM "{table}"') if r[0] in failed
            }
            self._count(self.lost, table, len(failed - known))
        if table == "revisions":
            self._rebuild_missing_entries(rows)
        for _rowid, row in rows:
            self._row(table, key, row)

    def _valid(self, table: str, row: dict[str, Any]) -> bool:
        kinds = self.kinds[table]
        if not all(_type_ok(v, kinds[c]) for c, v in row.items()):
            return False
        if table == "revisions":
            from journal.store.entries import revision_digest

            try:
                import zlib

                body = zlib.decompress(row["body_z"]).decode("utf-8")
            except (zlib.error, UnicodeDecodeError, TypeError):
                return False
            return bool(revision_digest(row["title"] or "", body) == row["sha256"])
        if table == "attachments":
            from journal.store.attachments import _holds, blob_path

            sha = row.get("sha256")
            return isinstance(sha, str) and _holds(self.paths, blob_path(self.paths, sha), sha)
        return True

    def _remap(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        row = dict(row)
        if "tag_id" in row and row["tag_id"] in self.tag_ids:
            row["tag_id"] = self.tag_ids[row["tag_id"]]
        if table != "attachments" and "attachment_id" in row:
            old = row["attachment_id"]
            row["attachment_id"] = self.attachment_ids.get(old, old)
        return row

    def _row(self, table: str, key: list[str], row: dict[str, Any]) -> None:
        if not self._valid(table, row):
            self._count(self.lost, table)
            return
        row = self._remap(table, row)
        if table == "learner_profile":
            self._profile(row)
            return
        present = self._existing(table, key, row)
        if present is not None:
            if table in _IMMUTABLE or tuple(row[c] for c in self.kinds[table]) == present:
                return
            if table == "entries" and not self._newer(row, present, table):
                return
            assignments = ", ".join(f'"{c}" = ?' for c in row if c not in key)
            if not assignments:
                return
            where = " AND ".join(f'"{k}" = ?' for k in key)
            values = [v for c, v in row.items() if c not in key] + [row[k] for k in key]
            try:
                self.dst.execute(f'UPDATE "{table}" SET {assignments} WHERE {where}', values)
            except sqlite3.Error:
                self._count(self.lost, table)
                return
            self._count(self.salvaged, table)
            return
        if table == "tags":
            same = self.dst.execute("SELECT id FROM tags WHERE key = ?", (row["key"],)).fetchone()
            if same is not None:
                self.tag_ids[row["id"]] = same[0]
                return
        if table == "attachments":
            same = self.dst.execute(
                "SELECT id FROM attachments WHERE sha256 = ?", (row["sha256"],)
            ).fetchone()
            if same is not None:
                self.attachment_ids[row["id"]] = same[0]
                return
        if table == "entries":
            taken = self.dst.execute("SELECT 1 FROM entries WHERE seq = ?", (row["seq"],))
            if taken.fetchone() is not None:
                row["seq"] = self._next_seq()
        if table == "revisions":
            clash = self.dst.execute(
                "SELECT 1 FROM revisions WHERE entry_id = ? AND seq = ?",
                (row["entry_id"], row["seq"]),
            ).fetchone()
            if clash is not None:  # numbered after what is here, rather than lost
                row["seq"] = self.dst.execute(
                    "SELECT coalesce(max(seq), 0) + 1 FROM revisions WHERE entry_id = ?",
                    (row["entry_id"],),
                ).fetchone()[0]
        cols = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        try:
            self.dst.execute(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', list(row.values()))
        except sqlite3.Error:
            self._count(self.lost, table)
            return
        self._count(self.salvaged, table)

    @staticmethod
    def _newer(row: dict[str, Any], present: tuple[Any, ...], table: str) -> bool:
        from journal.store.models import Base

        names = [c.name for c in Base.metadata.tables[table].columns]
        here = present[names.index("updated_at")] if "updated_at" in names else None
        there = row.get("updated_at")
        return here is None or (there is not None and str(there) >= str(here))

    def _next_seq(self) -> int:
        return int(self.dst.execute("SELECT coalesce(max(seq), 0) + 1 FROM entries").fetchone()[0])

    def _profile(self, row: dict[str, Any]) -> None:
        """One learner per journal: the damaged file's profile (its journal_id too) wins."""
        here = self.dst.execute("SELECT id FROM learner_profile LIMIT 1").fetchone()
        if here is None:
            self.dst.execute(
                f"INSERT INTO learner_profile ({', '.join(row)}) VALUES "
                f"({', '.join('?' for _ in row)})",
                list(row.values()),
            )
            return
        fields = [c for c in row if c != "id"]
        before = self.dst.execute(
            f"SELECT {', '.join(fields)} FROM learner_profile WHERE id = ?", (here[0],)
        ).fetchone()
        if tuple(row[c] for c in fields) == tuple(before):
            return
        self.dst.execute(
            f"UPDATE learner_profile SET {', '.join(f'{c} = ?' for c in fields)} WHERE id = ?",
            [row[c] for c in fields] + [here[0]],
        )
        self._count(self.salvaged, "learner_profile")

    def _rebuild_missing_entries(self, rows: list[tuple[int, dict[str, Any]]]) -> None:
        """An entry whose own row is gone comes back from its latest intact revision."""
        from journal.store.entries import decompress

        latest: dict[str, dict[str, Any]] = {}
        for _rowid, row in rows:
            entry_id = row.get("entry_id")
            if not isinstance(entry_id, str) or not self._valid("revisions", row):
                continue
            if entry_id not in latest or row["seq"] > latest[entry_id]["seq"]:
                latest[entry_id] = row
        for entry_id, revision in latest.items():
            if self.dst.execute("SELECT 1 FROM entries WHERE id = ?", (entry_id,)).fetchone():
                continue
            created = str(revision["created_at"])
            try:
                self.dst.execute(
                    "INSERT INTO entries (id, seq, title, body, learned_on, created_at, "
                    "updated_at, has_unsaved_draft, privacy, voice, cocreation, social, "
                    "selfdiscovery, revision_count) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'private', "
                    "0, 0, 0, 0, ?)",
                    (
                        entry_id, self._next_seq(), revision["title"],
                        decompress(revision["body_z"]), created[:10], created, created,
                        revision["seq"],
                    ),
                )  # fmt: skip
            except sqlite3.Error:
                continue
            self.rebuilt += 1

    def _finish(self) -> None:
        self.dst.execute(
            "UPDATE entries SET revision_count = coalesce("
            "(SELECT max(r.seq) FROM revisions r WHERE r.entry_id = entries.id), 0)"
        )


def salvage_into(
    journal_connection: sqlite3.Connection,
    damaged: Path,
    paths: JournalPaths,
    *,
    reference: Path | None = None,
) -> tuple[dict[str, int], dict[str, int], int, bool, list[str]]:
    """Copy everything readable and verifiable from ``damaged`` into an open journal.

    Returns (salvaged per table, lost per table, entries rebuilt, readable at all,
    tables whose end could not be read). Runs in one transaction on
    ``journal_connection``: all of it or none.
    """
    with _readable_copy(damaged, reference) as src:
        if src is None:
            return {}, {}, 0, False, []
        salvager = _Salvager(src, journal_connection, paths)
        journal_connection.execute("BEGIN IMMEDIATE")
        try:
            salvager.run()
            journal_connection.execute(sq.fts_rebuild_sql())
        except BaseException:
            journal_connection.execute("ROLLBACK")
            raise
        journal_connection.execute("COMMIT")
        return (
            salvager.salvaged, salvager.lost, salvager.rebuilt, True, salvager.partly_unreadable
        )  # fmt: skip


# -- the one entry point ------------------------------------------------------------------


def rebuild_search_index(connection: sqlite3.Connection) -> None:
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute(sq.fts_rebuild_sql())
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def recover(paths: JournalPaths, *, keep_backups: int = 10) -> RecoveryReport:
    """Bring a damaged journal back: newest good backup + everything salvageable.

    A journal that is not damaged is left as it is (its search index is
    rebuilt). Takes the folder's lock, so it refuses while the journal is open
    elsewhere. Raises :class:`JournalError` with one sentence when it can't
    start (no journal, locked, read-only folder); once the damaged file has been
    set aside it is never deleted, whatever happens next.
    """
    from journal.store.backup import list_backups, make_backup
    from journal.store.database import Journal

    if not paths.database.is_file():
        raise JournalError(
            f"There is no journal in {paths.root} to repair; 'journal restore' can bring "
            "back a backup."
        )
    from journal.store import crypto

    if crypto.key_file_missing(paths):
        raise crypto.missing_key_error(paths)
    if paths.key_file.exists():
        # Salvage reads the damaged file page by page with plain SQLite; it can't read an
        # encrypted one, and must never mistake it for lost and start again.
        raise JournalError(
            f"The journal in {paths.root} is locked with a passphrase, and repairing a locked "
            "journal is not possible yet; restore a backup with 'journal restore' (nothing "
            "was changed)."
        )
    lock = FolderLock(paths.root)
    lock.acquire()
    journal: Journal | None = None
    try:
        problems = integrity_problems(paths.database)
        if not problems:
            journal = Journal.open(
                paths.root, auto_backup=False, backups_dir=paths.backup_root, held_lock=lock
            )
            raw = journal.engine.raw_connection()
            try:
                connection = raw.driver_connection
                assert isinstance(connection, sqlite3.Connection)
                rebuild_search_index(connection)
            finally:
                raw.close()
            return RecoveryReport(was_damaged=False, search_rebuilt=True)
        try:
            aside = _set_aside(paths)
        except OSError as exc:
            raise JournalError(
                f"The damaged journal in {paths.root} could not be set aside ({exc.strerror}); "
                "nothing was changed. Check you can write to that folder."
            ) from exc
        chosen = newest_good_backup(paths)
        if chosen is not None:
            _put_in_place(chosen[0], paths)
        journal = Journal.open(
            paths.root, auto_backup=False, backups_dir=paths.backup_root, held_lock=lock
        )
        raw = journal.engine.raw_connection()
        try:
            connection = raw.driver_connection
            assert isinstance(connection, sqlite3.Connection)
            salvaged, lost, rebuilt, readable, partly = salvage_into(
                connection, aside, paths, reference=chosen[0] if chosen else None
            )
            if not readable:
                rebuild_search_index(connection)
        finally:
            raw.close()
        journal.engine.dispose()
        fresh: Path | None = None
        try:  # a backup of the result; none of the older ones is pruned
            fresh = make_backup(journal, keep=len(list_backups(paths)) + 1)
        except JournalError:
            fresh = None
        report = RecoveryReport(
            was_damaged=True,
            damaged_copy=aside,
            backup_used=chosen[0] if chosen else None,
            backup_taken_at=chosen[1] if chosen else None,
            salvaged=salvaged,
            lost=lost,
            rebuilt_entries=rebuilt,
            search_rebuilt=True,
            fresh_backup=fresh,
            problem="; ".join(problems[:3]),
            unreadable=not readable,
            partly_unreadable=tuple(partly),
        )
        return report
    finally:
        if journal is not None:
            journal.close()
        lock.release()


__all__ = [
    "CorruptDatabaseError",
    "RecoveryReport",
    "integrity_problems",
    "is_damaged",
    "newest_good_backup",
    "recover",
    "replace_damaged_with",
]
