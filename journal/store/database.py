"""Opening a journal: the folder lock, the engine, migrations and sessions."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from journal.store import sqlite as sq
from journal.store.errors import (
    CorruptDatabaseError,
    DiskFullError,
    JournalError,
    ReadOnlyFolderError,
)
from journal.store.files import keep_private
from journal.store.lock import FolderLock
from journal.store.models import LearnerProfile
from journal.store.paths import JournalPaths

if TYPE_CHECKING:
    from journal.store.crypto import DataKey

# Execution option for connections that only read: a plain (deferred) BEGIN, so
# in WAL mode a reader never waits for, or blocks, the writer.
DEFERRED_BEGIN = "journal_deferred_begin"


def make_engine(
    db_path: Path, *, want_wal: bool = True, read_only: bool = False, key: bytes | None = None
) -> Engine:
    """An engine whose connections carry the journal's pragmas.

    Writers start every transaction with ``BEGIN IMMEDIATE`` so two writers
    never deadlock on a lock upgrade; read-only engines, and connections with
    the ``DEFERRED_BEGIN`` execution option (``Journal.read()``), use a plain BEGIN.
    """
    # URL.create, not an f-string: a folder name may hold "?", "#" or "%".
    # A locked journal goes through SQLCipher; the dialect gives it the raw key
    # ("x'…'") as the first statement on every connection.
    driver = "sqlite" if key is None else "sqlite+pysqlcipher"
    password = None if key is None else f"x'{key.hex()}'"
    if read_only:
        url = URL.create(
            driver,
            password=password,
            database=sq.file_uri(db_path),
            query={"mode": "ro", "uri": "true"},
        )
    else:
        url = URL.create(driver, password=password, database=str(db_path))
    engine = create_engine(url)
    state: dict[str, str] = {}

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        if read_only:
            dbapi_connection.isolation_level = None
            dbapi_connection.execute(f"PRAGMA busy_timeout={sq.BUSY_TIMEOUT_MS}")
            dbapi_connection.execute("PRAGMA foreign_keys=ON")
            dbapi_connection.execute("PRAGMA synchronous=FULL")
            dbapi_connection.execute("PRAGMA query_only=ON")
            return
        state["journal_mode"] = sq.configure_connection(dbapi_connection, want_wal=want_wal)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        deferred = read_only or conn.get_execution_options().get(DEFERRED_BEGIN, False)
        conn.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")

    engine.info = state  # type: ignore[attr-defined]
    return engine


def _abandon(engine: Engine | None, lock: FolderLock) -> None:
    """Undo a failed open: close connections, then free the folder."""
    if engine is not None:
        engine.dispose()
    lock.release()


def _writable(paths: JournalPaths) -> bool:
    files = [p for p in (paths.database,) if p.exists()]
    return all(os.access(p, os.W_OK) for p in (paths.root, *files))


def _probe_writable(folder: Path) -> None:
    """Refuse a folder we can't create files in (SQLite needs that for its journal files)."""
    try:
        with tempfile.TemporaryFile(prefix=".probe-", dir=folder):
            pass
    except OSError as exc:
        if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
            raise ReadOnlyFolderError(
                f"The journal in {folder} can't be written to (read-only); "
                "check the folder's permissions or choose another with --data-dir."
            ) from exc
        raise JournalError(
            f"Learning Journal can't use the folder {folder} ({exc.strerror})."
        ) from exc


def translate_error(exc: BaseException, paths: JournalPaths) -> JournalError | None:
    """Map a low-level database error to one clear sentence, or None if unknown."""
    if sq.is_disk_full(exc):
        return DiskFullError(
            "The disk is full, so the last change was not saved; free some space "
            "and try again (everything saved before is safe)."
        )
    if sq.is_readonly(exc) or (sq.is_cant_open(exc) and not _writable(paths)):
        return ReadOnlyFolderError(
            f"The journal in {paths.root} can't be written to (read-only); "
            "check the folder's permissions or choose another with --data-dir."
        )
    if sq.is_corrupt(exc):
        return CorruptDatabaseError(
            f"The journal file {paths.database} is damaged; run 'journal repair' to bring "
            "back the newest good backup and everything still readable (or 'journal restore' "
            "with a backup from the backups folder)."
        )
    return None


class Journal:
    """An open journal folder.

    Holds the folder lock (unless read-only), the engine and a session factory.
    Data functions take a :class:`Session`; callers own the transaction, e.g.
    ``with journal.write() as s: save_revision(s, ...)``.
    """

    def __init__(self, paths: JournalPaths, engine: Engine, lock: FolderLock | None) -> None:
        self.paths = paths
        self.engine = engine
        self._lock = lock
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self._backup_first: int | None = None
        # Cleared while the files are being rewritten (locking the open journal):
        # a read on another thread waits instead of opening the file mid-change.
        self._usable = threading.Event()
        self._usable.set()

    def backup_before_first_write(self, keep: int = 10) -> None:
        """Take an automatic backup just before the next write, if one is due.

        For commands that validate before they change anything: a refusal then
        writes no backup and prunes none. The backup is kept, and old ones are
        pruned to ``keep``, only if that write commits; if it fails, the new
        backup is removed again.
        """
        from journal.store import backup

        if backup.backup_due(self.paths):
            self._backup_first = keep

    @property
    def encrypted(self) -> bool:
        """Whether this journal is locked with a passphrase (everything on disk is encrypted)."""
        return self.paths.data_key is not None

    @property
    def read_only(self) -> bool:
        return self._lock is None

    @property
    def journal_mode(self) -> str:
        with self.engine.connect().execution_options(**{DEFERRED_BEGIN: True}) as conn:
            return str(conn.exec_driver_sql("PRAGMA journal_mode").scalar()).lower()

    @classmethod
    def open(
        cls,
        root: Path,
        *,
        read_only: bool = False,
        auto_backup: bool = True,
        keep_backups: int = 10,
        backups_dir: Path | None = None,
        held_lock: FolderLock | None = None,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        key: DataKey | None = None,
    ) -> Journal:
        """Open (or create) the journal in ``root``.

        ``held_lock``: the folder's lock, already taken by the caller (recovery
        takes it before it moves files); the journal releases it on close.
        A journal locked with a passphrase needs ``passphrase``, ``recovery_key``
        or an already unlocked ``key`` (:func:`journal.store.crypto.unlock`).
        """
        from journal.store import crypto

        paths = JournalPaths(Path(root), Path(backups_dir) if backups_dir else None)
        if read_only:
            if not paths.database.exists():
                raise JournalError(
                    f"There is no journal in {paths.root} yet; start Learning Journal "
                    "once or run 'journal demo' to create one."
                )
            if (paths.root / crypto.PENDING_MARKER).exists():
                raise JournalError(
                    f"The journal in {paths.root} was being locked or unlocked when the app "
                    "stopped; open it normally once to finish that, then try again."
                )
            if paths.key_file.exists():
                key = key or crypto.unlock(paths, passphrase=passphrase, recovery_key=recovery_key)
                paths = crypto.with_key(paths, key)
            reader = make_engine(
                paths.database, read_only=True, key=key.db_key if key is not None else None
            )
            journal = cls(paths, reader, None)
            journal._check_readable()
            return journal

        try:
            paths.root.mkdir(parents=True, exist_ok=True)
        except PermissionError as exc:
            raise ReadOnlyFolderError(
                f"Learning Journal can't create its folder {paths.root}; "
                "choose a folder you can write to with --data-dir."
            ) from exc
        except OSError as exc:  # e.g. a file of that name is in the way
            raise JournalError(
                f"Learning Journal can't use {paths.root} as its folder ({exc.strerror}); "
                "choose another with --data-dir."
            ) from exc
        if held_lock is not None and held_lock.held:
            lock = held_lock
        else:
            lock = FolderLock(paths.root)
            lock.acquire()
        engine: Engine | None = None
        try:
            _probe_writable(paths.root)
            crypto.finish_pending(paths)  # a lock or unlock a crash interrupted
            if paths.key_file.exists():
                key = key or crypto.unlock(paths, passphrase=passphrase, recovery_key=recovery_key)
                paths = crypto.with_key(paths, key)
            else:
                key = None
            for folder in (paths.attachments, paths.backups):
                # parents: a chosen backups folder may be a new folder elsewhere.
                folder.mkdir(parents=True, exist_ok=True)
            for folder in (paths.root, paths.backups):
                keep_private(folder)  # other accounts on this computer can't look in
            from journal.store.attachments import clear_incomplete

            clear_incomplete(paths)  # left by a crash; no one else can be writing (lock)
            from journal.store.backup import clear_partial_backups

            clear_partial_backups(paths)
            existed = paths.database.exists() and paths.database.stat().st_size > 0
            engine = make_engine(
                paths.database,
                want_wal=not sq.wal_is_unsafe(paths.root),
                key=key.db_key if key is not None else None,
            )
            journal = cls(paths, engine, lock)
            from journal.store import backup, migrations

            if existed:
                journal._check_readable()
                if not migrations.is_known(migrations.current_revision(engine)):
                    raise JournalError(
                        f"The journal in {paths.root} was saved by a newer version of Learning "
                        "Journal; update the app to open it (nothing was changed)."
                    )
                needs_migration = not migrations.is_at_head(engine)
                if needs_migration or (auto_backup and backup.backup_due(paths)):
                    backup.make_backup(journal, keep=keep_backups)
            migrations.upgrade_to_head(engine)
            journal._ensure_profile()
            if not existed and auto_backup:
                # A new journal is backed up at once: there is always a way back.
                backup.make_backup(journal, keep=keep_backups)
        except (OperationalError, DatabaseError) as exc:
            # Migrations and backups talk to SQLite outside journal.write().
            _abandon(engine, lock)
            error = translate_error(exc.orig or exc, paths)
            if error is None:
                raise
            raise error from exc
        except BaseException:
            _abandon(engine, lock)
            raise
        return journal

    @property
    def folder_lock(self) -> FolderLock | None:
        """The folder's lock this journal holds (None when read-only)."""
        return self._lock

    def release_files(self) -> None:
        """Close every pooled connection, so the database file can be replaced under the lock.

        Reads and writes wait until :meth:`reconnect`.
        """
        self._usable.clear()
        self.engine.dispose()

    def reconnect(self, key: DataKey | None) -> None:
        """Use the database again after it was rewritten: plainly, or encrypted with ``key``.

        The same Journal object stays open (the window's views keep it); its
        engine, sessions and paths now use the key.
        """
        from journal.store import crypto

        if self.read_only:
            raise ReadOnlyFolderError("This journal was opened read-only; nothing can be changed.")
        try:
            self.engine.dispose()
            self.paths = crypto.with_key(self.paths, key)
            self.engine = make_engine(
                self.paths.database,
                want_wal=not sq.wal_is_unsafe(self.paths.root),
                key=key.db_key if key is not None else None,
            )
            self.sessions = sessionmaker(self.engine, expire_on_commit=False)
            self._check_readable()
        finally:
            self._usable.set()

    def _check_readable(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        except DatabaseError as exc:
            self.engine.dispose()
            from journal.store import crypto

            if crypto.key_file_missing(self.paths):
                raise crypto.missing_key_error(self.paths) from exc
            error = translate_error(exc.orig or exc, self.paths) or CorruptDatabaseError(
                f"The journal file {self.paths.database} can't be read ({exc.orig}); "
                "run 'journal repair' to bring back the newest good backup and everything "
                "still readable."
            )
            raise error from exc

    def _ensure_profile(self) -> None:
        with self.write() as session:
            if session.scalar(select(LearnerProfile.id).limit(1)) is None:
                session.add(LearnerProfile())

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one write transaction, committed on success.

        Low-level failures (disk full, read-only, corrupt) become a
        :class:`JournalError` with a clear message; the transaction is rolled
        back, so nothing is half-changed.
        """
        if self.read_only:
            raise ReadOnlyFolderError("This journal was opened read-only; nothing can be changed.")
        self._usable.wait()
        made: Path | None = None
        keep = self._backup_first
        if keep is not None:
            from journal.store import backup

            made = backup.make_backup(self, keep=keep, prune=False)
        try:
            with self.sessions.begin() as session:
                yield session
        except (OperationalError, DatabaseError) as exc:
            if made is not None:
                made.unlink(missing_ok=True)
            error = translate_error(exc.orig or exc, self.paths)
            if error is None:
                raise
            raise error from exc
        except BaseException:
            if made is not None:
                made.unlink(missing_ok=True)
            raise
        if made is not None and keep is not None:
            from journal.store import backup

            self._backup_first = None
            backup.prune_backups(self.paths, keep)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        self._usable.wait()
        with self.sessions() as session:
            # A deferred BEGIN: reading never takes the write lock, so the window
            # can read while a background task writes.
            try:
                session.connection(execution_options={DEFERRED_BEGIN: True})
                # Closing (not rolling back) ends the read: objects read here stay
                # usable, detached, instead of being expired.
                yield session
            except DatabaseError as exc:  # e.g. a damaged page: CorruptDatabaseError
                error = translate_error(exc.orig or exc, self.paths)
                if error is None:
                    raise
                raise error from exc

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
