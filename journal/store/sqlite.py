"""Everything SQLite-specific in one place: pragmas, journal mode, FTS5.

The rest of the store speaks portable SQLAlchemy so it could run on a
school-wide PostgreSQL server later.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import urllib.parse
from pathlib import Path
from typing import Any

# Folder names of file-sync clients; SQLite's WAL needs shared memory that
# these (and network shares) do not give reliably.
SYNCED_FOLDER_MARKERS = (
    "onedrive", "dropbox", "google drive", "googledrive", "my drive", "icloud",
    "icloud drive", "mobile documents", "nextcloud", "owncloud", "box sync", "pcloud",
    "seafile", "syncthing", "megasync",
)
NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "9p", "afs", "ncpfs",
    "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "fuse.rclone", "glusterfs", "ceph",
}

BUSY_TIMEOUT_MS = 5000

def _cipher() -> Any:
    """SQLCipher's DB-API module, imported on first use (a plain journal never needs it,
    and ``journal search`` must start in tens of milliseconds)."""
    from sqlcipher3 import dbapi2

    return dbapi2


def db_errors() -> tuple[type[Exception], ...]:
    """Errors from either driver (a locked journal talks to SQLite through SQLCipher)."""
    module = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.Error, module.Error) if module is not None else (sqlite3.Error,)


def operational_errors() -> tuple[type[Exception], ...]:
    module = sys.modules.get("sqlcipher3.dbapi2")
    if module is None:
        return (sqlite3.OperationalError,)
    return (sqlite3.OperationalError, module.OperationalError)


def key_pragma(key: bytes) -> str:
    """The ``PRAGMA key`` statement giving SQLCipher a raw 256-bit key (no KDF of its own)."""
    if len(key) != 32:
        raise ValueError("a SQLCipher raw key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(target: str | Path, *, key: bytes | None = None, uri: bool = False) -> Any:
    """A DB-API connection to a journal file: ``sqlite3`` for a plain one, SQLCipher when ``key``.

    The key is the first statement on the connection, as SQLCipher requires.
    """
    if key is None:
        return sqlite3.connect(target, uri=uri)
    con = _cipher().connect(str(target), uri=uri)
    try:
        con.execute(key_pragma(key))
    except BaseException:
        con.close()
        raise
    return con

FTS_TABLE = "entry_fts"


def _mount_fstype(path: Path) -> str | None:
    """The file-system type of the mount holding ``path`` (Linux only)."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    target = str(path.resolve())
    best, best_type = "", None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def wal_is_unsafe(folder: Path) -> bool:
    """True when ``folder`` looks like a network share or a synced folder."""
    if os.environ.get("JOURNAL_NO_WAL"):
        return True
    text = str(folder)
    if text.startswith(("\\\\", "//")):  # UNC path
        return True
    lowered = [part.lower() for part in Path(text).parts]
    for part in lowered:
        if any(part == m or part.startswith(m + " ") or part.startswith(m + "-")
               for m in SYNCED_FOLDER_MARKERS):
            return True
    if sys.platform.startswith("linux"):
        fstype = _mount_fstype(folder)
        if fstype and fstype.lower() in NETWORK_FILESYSTEMS:
            return True
    return False


def connect_cipher(target: str | Path, key: bytes | None, *, uri: bool = False) -> Any:
    """A SQLCipher connection (keyed, or reading a plain file when ``key`` is None).

    Converting between plain and locked journals needs SQLCipher's
    ``sqlcipher_export`` on both sides.
    """
    con = _cipher().connect(str(target), uri=uri, isolation_level=None)
    if key is not None:
        con.execute(key_pragma(key))
    return con


def configure_connection(dbapi_connection: sqlite3.Connection, *, want_wal: bool) -> str:
    """Apply the journal's pragmas to a new connection and return the journal mode in use."""
    # Let SQLAlchemy's "begin" hook issue BEGIN itself (IMMEDIATE for writers).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        mode = "wal" if want_wal else "delete"
        try:
            row = cursor.execute(f"PRAGMA journal_mode={mode}").fetchone()
            actual = str(row[0]).lower() if row else "delete"
        except operational_errors():
            actual = "delete"
        if want_wal and actual != "wal":
            # WAL could not be set (e.g. a file system without shared memory).
            row = cursor.execute("PRAGMA journal_mode=delete").fetchone()
            actual = str(row[0]).lower() if row else "delete"
        # FULL: laptops lose power; a committed revision must survive it.
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()
    return actual


def create_fts(execute: Any) -> None:
    """Create the FTS5 external-content index over entries and its sync triggers.

    ``execute`` runs one SQL string (Alembic's ``op.execute`` or a connection's
    ``exec_driver_sql``). The triggers keep the index in step in the same
    transaction as every change to an entry; trashed entries stay indexed and
    are filtered out at query time.
    """
    execute(
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
        "title, body, content='entries', content_rowid='seq', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    execute(
        f"CREATE TRIGGER entries_fts_ai AFTER INSERT ON entries BEGIN "
        f"INSERT INTO {FTS_TABLE}(rowid, title, body) VALUES (new.seq, new.title, new.body); END"
    )
    execute(
        f"CREATE TRIGGER entries_fts_ad AFTER DELETE ON entries BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, body) "
        f"VALUES ('delete', old.seq, old.title, old.body); END"
    )
    execute(
        f"CREATE TRIGGER entries_fts_au AFTER UPDATE OF title, body, seq ON entries BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, body) "
        f"VALUES ('delete', old.seq, old.title, old.body); "
        f"INSERT INTO {FTS_TABLE}(rowid, title, body) VALUES (new.seq, new.title, new.body); END"
    )


def drop_fts(execute: Any) -> None:
    for trigger in ("entries_fts_ai", "entries_fts_ad", "entries_fts_au"):
        execute(f"DROP TRIGGER IF EXISTS {trigger}")
    execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")


def is_fts_table(name: str) -> bool:
    return name == FTS_TABLE or name.startswith(FTS_TABLE + "_")


def fts_match_expression(text: str) -> str | None:
    """Turn whatever the user typed into a safe FTS5 query, or None if it has no words.

    Each whitespace-separated piece becomes a quoted string (so ``*``, ``-``,
    ``NEAR(``, ``AND`` and brackets are just text); pieces are ANDed, and the
    last one matches as a prefix so results appear while typing. A piece typed
    with Arabic vowel marks also matches the word written without them.
    """
    # A NUL would end the query string early inside SQLite ("unterminated string").
    pieces = [p for p in text.replace("\x00", " ").split() if any(ch.isalnum() for ch in p)]
    if not pieces:
        return None
    terms = []
    for number, piece in enumerate(pieces, start=1):
        star = "*" if number == len(pieces) else ""
        forms = dict.fromkeys([piece, fold_arabic_marks(piece)])  # unique, in order
        quoted = ['"' + form.replace('"', '""') + '"' + star for form in forms if form]
        terms.append(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")")
    return " AND ".join(terms)


# Arabic short vowels and other marks (harakat, shadda, sukun, dagger alif) and the
# tatweel: most Arabic is written without them, so a search typed with them also
# looks for the word without them. (The index keeps the text as written.)
_ARABIC_MARKS = dict.fromkeys([*range(0x064B, 0x0660), 0x0670, 0x0640])


def fold_arabic_marks(text: str) -> str:
    return text.translate(_ARABIC_MARKS)


def fts_integrity_sql() -> str:
    return f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)"


def fts_rebuild_sql() -> str:
    return f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"


def is_disk_full(error: BaseException) -> bool:
    text = str(error).lower()
    return "database or disk is full" in text or ("disk i/o error" in text and "full" in text)


def is_readonly(error: BaseException) -> bool:
    text = str(error).lower()
    return "readonly database" in text or "read-only" in text


def is_cant_open(error: BaseException) -> bool:
    return "unable to open database file" in str(error).lower()


def is_corrupt(error: BaseException) -> bool:
    text = str(error).lower()
    return "malformed" in text or "not a database" in text or "file is encrypted" in text


def file_uri(path: Path) -> str:
    """A SQLite ``file:`` URI naming exactly ``path``.

    Folder names may hold spaces, ``#``, ``?`` or ``%`` ("Class #7"); pasted
    into a URI unquoted they would name another file.
    """
    posix = Path(os.path.abspath(path)).as_posix()
    if posix.startswith("//"):  # UNC share
        posix = "//" + posix
    elif not posix.startswith("/"):  # Windows drive letter
        posix = "/" + posix
    return "file:" + urllib.parse.quote(posix, safe="/:")


def readonly_uri(path: Path) -> str:
    return file_uri(path) + "?mode=ro"


def untouched_uri(path: Path) -> str:
    """A URI that reads ``path`` without touching any file beside it, when that is safe.

    A read-only connection still updates the ``-shm`` index (and may create
    the ``-wal``); a command that is about to refuse must leave the folder as
    it was. ``immutable=1`` touches nothing, but ignores a WAL, so it is used
    only when there is no WAL with content; otherwise a plain read-only URI.
    """
    wal = Path(str(path) + "-wal")
    try:
        wal_size = wal.stat().st_size
    except OSError:
        wal_size = 0
    return file_uri(path) + ("?mode=ro" if wal_size else "?mode=ro&immutable=1")


def quick_check(path: Path, key: bytes | None = None) -> str:
    """Run ``PRAGMA quick_check`` on a database file; return "ok" or the problem."""
    try:
        con = connect(readonly_uri(path), key=key, uri=True)
    except db_errors() as exc:
        return str(exc)
    try:
        rows = con.execute("PRAGMA quick_check").fetchall()
    except db_errors() as exc:
        return str(exc)
    finally:
        con.close()
    result = "; ".join(str(r[0]) for r in rows)
    return "ok" if result == "ok" else result


def online_backup(source: Any, target_path: Path, key: bytes | None = None) -> None:
    """Copy a live database with SQLite's online backup API.

    With ``key`` (a locked journal) the copy is encrypted with the same key:
    SQLCipher's backup API copies pages between databases keyed alike.
    """
    dest = connect(target_path, key=key)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=delete")
    finally:
        dest.close()


def fts_matches(match: str) -> Any:
    """A subquery of (rowid, rank) for entries matching a prepared FTS5 expression."""
    from sqlalchemy import Float, Integer, column, text

    return (
        text(f"SELECT rowid, rank FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts_query")
        .bindparams(fts_query=match)
        .columns(column("rowid", Integer), column("rank", Float))
        .subquery("fts")
    )


# -- The quick path for ``journal search`` --------------------------------------
# A command-line search must start, search and print in a few tens of
# milliseconds, which importing SQLAlchemy alone (≈135 ms) does not allow. This
# is the same query as journal.store.search.entry_query, written for the
# standard library's sqlite3; tests/store/test_quick_search.py checks that the
# two always return the same entries in the same order.

_ORDERS = {
    "learned_asc": "e.learned_on, e.created_at",
    "updated_desc": "e.updated_at DESC",
    "title": "e.title COLLATE NOCASE, e.learned_on DESC",
    "learned_desc": "e.learned_on DESC, e.created_at DESC",
}


def search_rows(
    db_path: Path,
    flt: Any,
    order: str = "learned_desc",
    limit: int | None = None,
    key: bytes | None = None,
) -> list[dict[str, Any]]:
    """Entries matching an EntryFilter, as plain dicts, read with sqlite3 only."""
    from journal.core.filters import ATTRIBUTE_NAMES, tag_key

    sql = [
        "SELECT e.id, e.title, e.body, e.learned_on, e.voice, e.cocreation, e.social,",
        " e.selfdiscovery, (SELECT group_concat(t.name, char(31)) FROM entry_tags et",
        " JOIN tags t ON t.id = et.tag_id WHERE et.entry_id = e.id) AS tags FROM entries e",
    ]
    params: list[Any] = []
    match = fts_match_expression(flt.text)
    if match is not None:
        sql.append(
            f" JOIN (SELECT rowid, rank FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?) fts"
            " ON fts.rowid = e.seq"
        )
        params.append(match)
    sql.append(" WHERE e.deleted_at IS NOT NULL" if flt.trashed else " WHERE e.deleted_at IS NULL")
    for name in flt.tags:
        sql.append(
            " AND e.id IN (SELECT et.entry_id FROM entry_tags et JOIN tags t"
            " ON t.id = et.tag_id WHERE t.key = ?)"
        )
        params.append(tag_key(name))
    for attribute in flt.attributes:
        if attribute not in ATTRIBUTE_NAMES:
            raise ValueError(f"unknown attribute {attribute!r}")
        sql.append(f" AND e.{attribute} = 1")
    if flt.since is not None:
        sql.append(" AND e.learned_on >= ?")
        params.append(flt.since.isoformat())
    if flt.until is not None:
        sql.append(" AND e.learned_on <= ?")
        params.append(flt.until.isoformat())
    if flt.goal_id:
        sql.append(" AND e.id IN (SELECT entry_id FROM goal_evidence WHERE goal_id = ?)")
        params.append(flt.goal_id)
    if order == "relevance" and match is not None:
        sql.append(" ORDER BY fts.rank, e.learned_on DESC")
    else:
        sql.append(" ORDER BY " + _ORDERS.get(order, _ORDERS["learned_desc"]))
    if limit is not None:
        sql.append(" LIMIT ?")
        params.append(limit)
    con = connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", key=key, uri=True)
    try:
        con.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        rows = con.execute("".join(sql), params).fetchall()
    finally:
        con.close()
    return [
        {
            "id": r[0],
            "title": r[1],
            "body": r[2],
            "learned_on": r[3],
            "attributes": [n for n, on in zip(ATTRIBUTE_NAMES, r[4:8], strict=True) if on],
            "tags": sorted((r[8] or "").split("\x1f")) if r[8] else [],
        }
        for r in rows
    ]
