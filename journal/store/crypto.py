"""Lock and encryption at rest: a journal locked with a passphrase.

How it fits together:

- A random 256-bit **data key** encrypts everything. From it two keys are
  derived with HKDF: one for SQLCipher (the database, its WAL and every
  backup, which are SQLCipher files too) and one for files (attachments and
  thumbnails, AES-256-GCM in 64 KiB chunks, see :class:`FileCipher`).
- The data key is never stored as it is: ``journal.key`` in the data folder
  holds it *wrapped* (AES-256-GCM) twice, once with a key derived from the
  passphrase and once with a key derived from the **recovery key**, both with
  scrypt and their own salt. Changing the passphrase re-wraps the data key;
  nothing else is rewritten, and the recovery key stays valid.
- Locking (and unlocking) rewrites the journal: every file is converted to a
  staged copy beside it (``*.lj-encrypt`` / ``*.lj-decrypt``), fsynced, and
  only then does one atomic step commit the change (the key file appears, or
  disappears). After that step the staged copies replace the originals; a
  crash in between is finished by the next open (:func:`finish_pending`),
  before it, the staged copies are thrown away. Either way the journal is
  wholly as it was or wholly converted.

No Qt here: the window and the command line call these functions.
"""

from __future__ import annotations

import base64
import errno
import io
import json
import os
import secrets
import shutil
import struct
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from journal.core.sizes import format_size
from journal.store import sqlite as sq
from journal.store.errors import (
    DiskFullError,
    EncryptionStateError,
    JournalError,
    KeyFileDamagedError,
    NewerEncryptionError,
    PassphraseRequiredError,
    WrongPassphraseError,
)
from journal.store.files import fsync_dir
from journal.store.paths import JournalPaths

if TYPE_CHECKING:
    from journal.store.database import Journal

KEY_FILE_FORMAT = "learning-journal-key"
KEY_FILE_VERSION = 1
#: scrypt cost: 2**15 × 8 × 128 bytes = 32 MiB and about 0.1 s per try on a school laptop.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSPHRASE = 8

#: Suffixes of the staged copies while a journal is being locked or unlocked.
ENCRYPT_SUFFIX = ".lj-encrypt"
DECRYPT_SUFFIX = ".lj-decrypt"
#: Present while a conversion is under way (names its direction).
PENDING_MARKER = ".lj-converting"

# Recovery keys use base32's letters and digits 2-7: no 0/1/8/9 to mistake for O/I/B/g.
_RECOVERY_GROUPS = 6
_RECOVERY_GROUP_LEN = 5
_CONFUSABLE = str.maketrans({"0": "O", "1": "I", "8": "B"})


# -- keys ----------------------------------------------------------------------


@dataclass(frozen=True)
class DataKey:
    """The unlocked data key and the keys derived from it (never printed)."""

    secret: bytes

    def __repr__(self) -> str:
        return "DataKey(…)"

    def _derive(self, purpose: bytes) -> bytes:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        return HKDF(
            algorithm=hashes.SHA256(), length=32, salt=None, info=b"learning-journal " + purpose
        ).derive(self.secret)

    @property
    def db_key(self) -> bytes:
        cached = self.__dict__.get("_db_key")
        if cached is None:
            cached = self._derive(b"sqlcipher v1")
            object.__setattr__(self, "_db_key", cached)
        return bytes(cached)

    @property
    def files(self) -> FileCipher:
        cached = self.__dict__.get("_files")
        if cached is None:
            cached = FileCipher(self._derive(b"files v1"))
            object.__setattr__(self, "_files", cached)
        assert isinstance(cached, FileCipher)
        return cached


def new_recovery_key() -> str:
    """A random recovery key a person can type: six groups of five letters and digits."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    chars = "".join(secrets.choice(alphabet) for _ in range(_RECOVERY_GROUPS * _RECOVERY_GROUP_LEN))
    return "-".join(
        chars[i : i + _RECOVERY_GROUP_LEN] for i in range(0, len(chars), _RECOVERY_GROUP_LEN)
    )


def normalize_recovery_key(text: str) -> str:
    """The recovery key as stored: upper case, no spaces or dashes, look-alikes mended."""
    return "".join(ch for ch in text.upper() if ch.isalnum()).translate(_CONFUSABLE)


def _kek(secret: str, kdf: dict[str, Any]) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(
        salt=_b64d(kdf["salt"]), length=32, n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"])
    ).derive(secret.encode("utf-8"))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _wrap(kind: str, secret: str, data_key: bytes) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kdf = {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
           "salt": _b64(secrets.token_bytes(16))}
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(_kek(secret, kdf)).encrypt(nonce, data_key, _aad(kind))
    return {"kind": kind, "kdf": kdf, "nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def _aad(kind: str) -> bytes:
    return f"{KEY_FILE_FORMAT} v{KEY_FILE_VERSION} {kind}".encode()


def _unwrap(slot: dict[str, Any], secret: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        kek = _kek(secret, slot["kdf"])
        return AESGCM(kek).decrypt(_b64d(slot["nonce"]), _b64d(slot["wrapped"]), _aad(slot["kind"]))
    except InvalidTag:
        return None


def _key_file_document(data_key: bytes, passphrase: str, recovery_key: str) -> dict[str, Any]:
    return {
        "format": KEY_FILE_FORMAT,
        "version": KEY_FILE_VERSION,
        "note": "Learning Journal's locked key. Keep it beside journal.db: without it "
        "the journal can't be opened, with or without the passphrase.",
        "slots": [
            _wrap("passphrase", passphrase, data_key),
            _wrap("recovery", normalize_recovery_key(recovery_key), data_key),
        ],
    }


def read_key_file(paths: JournalPaths) -> dict[str, Any]:
    """The key file's contents, checked; one clear sentence if it can't be used."""
    damaged = KeyFileDamagedError(
        f"The key file {paths.key_file} is damaged, so the journal can't be unlocked; "
        "bring back a copy of journal.key (e.g. from where you keep your backups)."
    )
    try:
        document = json.loads(paths.key_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EncryptionStateError(
            f"The journal in {paths.root} is not locked with a passphrase."
        ) from None
    except (OSError, ValueError) as exc:
        raise damaged from exc
    if not isinstance(document, dict) or document.get("format") != KEY_FILE_FORMAT:
        raise damaged
    version = document.get("version")
    if isinstance(version, int) and version > KEY_FILE_VERSION:
        raise NewerEncryptionError(
            f"The journal in {paths.root} was locked by a newer version of Learning Journal; "
            "update the app to open it (nothing was changed)."
        )
    slots = document.get("slots")
    try:
        assert version == KEY_FILE_VERSION and isinstance(slots, list)
        for slot in slots:
            kdf = slot["kdf"]
            assert kdf["name"] == "scrypt" and slot["kind"] in ("passphrase", "recovery")
            _b64d(kdf["salt"]), _b64d(slot["nonce"]), _b64d(slot["wrapped"])
            int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
    except (AssertionError, KeyError, TypeError, ValueError) as exc:
        raise damaged from exc
    return document


def _write_key_file(path: Path, document: dict[str, Any]) -> None:
    data = (json.dumps(document, indent=2) + "\n").encode("utf-8")
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def is_encrypted(data_dir: Path) -> bool:
    """Whether the journal in ``data_dir`` is locked with a passphrase."""
    return JournalPaths(Path(data_dir)).key_file.exists()


def key_file_missing(paths: JournalPaths) -> bool:
    """A journal that was locked but has lost its key file (e.g. only journal.db was copied).

    Told apart from a damaged file by what else is in the folder: stored files
    or backups that are encrypted, and no key file to open them with.
    """
    if paths.key_file.exists():
        return False
    try:
        with open(paths.database, "rb") as handle:
            if handle.read(16) == b"SQLite format 3\x00":
                return False
    except OSError:
        return False
    for stored in _stored_files(paths)[:20]:
        try:
            with open(stored, "rb") as handle:
                if handle.read(len(FILE_MAGIC)) == FILE_MAGIC:
                    return True
        except OSError:
            continue
    for backup in _backup_files(paths)[:5]:
        try:
            with open(backup, "rb") as handle:
                if handle.read(16) != b"SQLite format 3\x00" and backup.stat().st_size >= 4096:
                    return True
        except OSError:
            continue
    return False


def missing_key_error(paths: JournalPaths) -> KeyFileDamagedError:
    return KeyFileDamagedError(
        f"The journal in {paths.root} is locked with a passphrase but its key file "
        "journal.key is missing; put it back beside journal.db (from where the journal "
        "was copied) to open it."
    )


def unlock(
    data_dir: Path | JournalPaths, *, passphrase: str | None = None, recovery_key: str | None = None
) -> DataKey:
    """The data key of a locked journal, from its passphrase or its recovery key."""
    paths = data_dir if isinstance(data_dir, JournalPaths) else JournalPaths(Path(data_dir))
    document = read_key_file(paths)
    if passphrase is None and recovery_key is None:
        raise PassphraseRequiredError(
            f"The journal in {paths.root} is locked; type its passphrase (or its recovery key) "
            "to open it."
        )
    kind, secret = (
        ("passphrase", passphrase) if passphrase is not None
        else ("recovery", normalize_recovery_key(recovery_key or ""))
    )
    for slot in document["slots"]:
        if slot["kind"] == kind:
            found = _unwrap(slot, secret)
            if found is not None:
                if len(found) != 32:
                    raise KeyFileDamagedError(
                        f"The key file {paths.key_file} is damaged, so the journal can't be "
                        "unlocked; bring back a copy of journal.key."
                    )
                return DataKey(found)
    if kind == "passphrase":
        raise WrongPassphraseError(
            "That passphrase is not the one this journal was locked with; check Caps Lock "
            "and try again, or use the recovery key."
        )
    raise WrongPassphraseError(
        "That recovery key does not open this journal; check each group of letters and try again."
    )


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise JournalError(
            f"A passphrase needs at least {MIN_PASSPHRASE} characters; a few words you "
            "will remember are best."
        )
    if passphrase != passphrase.strip():
        raise JournalError(
            "A passphrase can't start or end with a space (it is too easy to forget); "
            "type it again without them."
        )


def change_passphrase(
    data_dir: Path,
    old: str | None,
    new: str,
    *,
    recovery_key: str | None = None,
) -> None:
    """Give a locked journal a new passphrase (the old one, or the recovery key, unlocks it).

    Only the key file changes (written beside it, then renamed); the data key,
    and so the database, files, backups and recovery key, stay as they are.
    """
    paths = JournalPaths(Path(data_dir))
    check_new_passphrase(new)
    key = unlock(paths, passphrase=old, recovery_key=recovery_key if old is None else None)
    document = read_key_file(paths)
    slots = [s for s in document["slots"] if s["kind"] != "passphrase"]
    document["slots"] = [_wrap("passphrase", new, key.secret), *slots]
    staged = paths.key_file.with_name(paths.key_file.name + ".part")
    try:
        _write_key_file(staged, document)
        os.replace(staged, paths.key_file)
        fsync_dir(paths.root)
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise _os_error(exc, "the passphrase was not changed") from exc


# -- files -----------------------------------------------------------------------

FILE_MAGIC = b"LJCRYPT1"
FILE_CHUNK = 64 * 1024
_TAG = 16


class FileCipher:
    """AES-256-GCM over a file in chunks, so large attachments never sit whole in memory.

    Layout: ``LJCRYPT1`` + an 8-byte random prefix, then chunks of at most
    64 KiB plaintext, each sealed with the nonce prefix + its 4-byte number
    and the header + a "last chunk" flag as associated data: reordering,
    dropping or truncating chunks fails authentication.
    """

    def __init__(self, key: bytes) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead = AESGCM(key)

    def encrypt_chunks(self, chunks: Iterable[bytes]) -> Iterator[bytes]:
        prefix = secrets.token_bytes(8)
        header = FILE_MAGIC + prefix
        yield header
        number = 0
        pending = b""
        buffer = bytearray()
        for piece in chunks:
            buffer += piece
            while len(buffer) > FILE_CHUNK:
                pending, buffer = bytes(buffer[:FILE_CHUNK]), buffer[FILE_CHUNK:]
                yield self._seal(header, prefix, number, pending, last=False)
                number += 1
        yield self._seal(header, prefix, number, bytes(buffer), last=True)

    def _seal(self, header: bytes, prefix: bytes, number: int, data: bytes, *, last: bool) -> bytes:
        nonce = prefix + struct.pack(">I", number)
        return self._aead.encrypt(nonce, data, header + (b"\x01" if last else b"\x00"))

    def decrypt_chunks(self, handle: IO[bytes]) -> Iterator[bytes]:
        from cryptography.exceptions import InvalidTag

        header = handle.read(len(FILE_MAGIC) + 8)
        if len(header) != len(FILE_MAGIC) + 8 or not header.startswith(FILE_MAGIC):
            raise ValueError("not an encrypted Learning Journal file")
        prefix = header[len(FILE_MAGIC):]
        number = 0
        current = handle.read(FILE_CHUNK + _TAG)
        while True:
            following = handle.read(FILE_CHUNK + _TAG)
            last = not following
            nonce = prefix + struct.pack(">I", number)
            try:
                yield self._aead.decrypt(nonce, current, header + (b"\x01" if last else b"\x00"))
            except InvalidTag:
                raise ValueError("the encrypted file is damaged or was changed") from None
            if last:
                return
            current, number = following, number + 1

    def encrypt_bytes(self, data: bytes) -> bytes:
        return b"".join(self.encrypt_chunks([data]))

    def decrypt_bytes(self, data: bytes) -> bytes:
        import io

        return b"".join(self.decrypt_chunks(io.BytesIO(data)))


def read_chunks(path: Path, key: DataKey | None, chunk: int = 1024 * 1024) -> Iterator[bytes]:
    """The plain content of a stored file, in pieces (decrypted when the journal is locked)."""
    with open(path, "rb") as handle:
        if key is None:
            while piece := handle.read(chunk):
                yield piece
        else:
            yield from key.files.decrypt_chunks(handle)


class _ChunkReader(io.RawIOBase):
    """A read-only binary stream over decrypted chunks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._left = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._left:
            try:
                self._left = next(self._chunks)
            except StopIteration:
                return 0
        size = min(len(buffer), len(self._left))
        buffer[:size] = self._left[:size]
        self._left = self._left[size:]
        return size


def open_stored(path: Path, key: DataKey | None) -> IO[bytes]:
    """A stored file opened for reading its plain content (decrypting as it is read)."""
    if key is None:
        return open(path, "rb")
    handle = open(path, "rb")  # noqa: SIM115 - closed with the stream returned
    try:
        reader = _ChunkReader(key.files.decrypt_chunks(handle))
    except BaseException:
        handle.close()
        raise
    stream = io.BufferedReader(reader, buffer_size=FILE_CHUNK)
    original_close = stream.close

    def close() -> None:
        original_close()
        handle.close()

    stream.close = close  # type: ignore[method-assign]
    return stream


def read_bytes(path: Path, key: DataKey | None) -> bytes:
    if key is None:
        return Path(path).read_bytes()
    return b"".join(read_chunks(path, key))


def _transform_file(source: Path, target: Path, src: DataKey | None, dst: DataKey | None) -> None:
    if src is not None:
        with open(source, "rb") as probe:
            if probe.read(len(FILE_MAGIC)) != FILE_MAGIC:
                src = None  # e.g. a template put into the folder by hand: it is plain already
    with open(target, "wb") as out:
        chunks = read_chunks(source, src)
        for piece in dst.files.encrypt_chunks(chunks) if dst is not None else chunks:
            out.write(piece)
        out.flush()
        os.fsync(out.fileno())


# -- locking and unlocking a journal --------------------------------------------


def _os_error(exc: OSError, what: str) -> JournalError:
    if exc.errno == errno.ENOSPC:
        return DiskFullError(
            f"The disk is full, so {what}; free some space and try again (nothing was changed)."
        )
    return JournalError(f"Learning Journal could not finish, so {what} ({exc.strerror}).")


def _export_database(source: Path, target: Path, src: DataKey | None, dst: DataKey | None) -> None:
    """Copy a SQLite/SQLCipher file into ``target`` under the other key with sqlcipher_export."""
    target.unlink(missing_ok=True)
    con = sq.connect_cipher(source, src.db_key if src else None)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = con.execute("PRAGMA user_version").fetchone()[0]
        key_sql = f"x'{dst.db_key.hex()}'" if dst is not None else ""
        con.execute("ATTACH DATABASE ? AS converted KEY " + f"\"{key_sql}\"", (str(target),))
        con.execute("SELECT sqlcipher_export('converted')")
        con.execute(f"PRAGMA converted.user_version = {int(version)}")
        con.execute("DETACH DATABASE converted")
    finally:
        con.close()
    problem = sq.quick_check(target, dst.db_key if dst else None)
    if problem != "ok":
        raise JournalError(
            f"The converted copy of {source.name} failed its check ({problem}); "
            "nothing was changed."
        )
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def _stored_files(paths: JournalPaths) -> list[Path]:
    files: list[Path] = []
    if paths.attachments.is_dir():
        for folder in sorted(paths.attachments.iterdir()):
            if folder.is_dir():
                files.extend(
                    f for f in sorted(folder.iterdir())
                    if f.is_file() and not f.name.startswith(".") and "." not in f.name
                )
    return files


def _template_files(paths: JournalPaths) -> list[Path]:
    """The student's own entry templates (``templates/*.md``), which hold their words too."""
    folder = paths.root / "templates"
    if not folder.is_dir():
        return []
    return sorted(
        f for f in folder.iterdir()
        if f.is_file() and f.suffix.lower() == ".md" and not f.name.startswith(".")
    )


def _aside_files(paths: JournalPaths) -> list[Path]:
    """Damaged journals a repair set aside (``damaged-<time>.db`` and its WAL): whole
    copies of old entries, kept as opaque files (encrypted like attachments)."""
    return sorted(
        f for f in paths.root.glob("damaged-*.db*")
        if f.is_file() and not f.name.endswith((ENCRYPT_SUFFIX, DECRYPT_SUFFIX))
    )


def _backup_files(paths: JournalPaths) -> list[Path]:
    if not paths.backups.is_dir():
        return []
    return sorted(
        f for f in paths.backups.iterdir()
        if f.is_file() and f.suffix == ".db" and not f.name.startswith(".")
    )


def _needed_bytes(paths: JournalPaths) -> int:
    files = [
        paths.database,
        *_stored_files(paths),
        *_backup_files(paths),
        *_template_files(paths),
        *_aside_files(paths),
    ]
    wal = Path(str(paths.database) + "-wal")
    return sum(f.stat().st_size for f in [*files, wal] if f.exists()) + 1024 * 1024


def _staged(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _convert(
    paths: JournalPaths,
    src: DataKey | None,
    dst: DataKey | None,
    commit: Callable[[], None],
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Stage every file under the other key, commit, then put the staged copies in place."""
    suffix = ENCRYPT_SUFFIX if dst is not None else DECRYPT_SUFFIX
    marker = paths.root / PENDING_MARKER
    free = shutil.disk_usage(paths.root).free
    needed = _needed_bytes(paths)
    if free < needed:
        raise DiskFullError(
            f"The disk needs about {format_size(needed)} free to rewrite the journal and "
            f"has {format_size(free)}; free some space and try again (nothing was changed)."
        )
    databases = [paths.database, *_backup_files(paths)]
    files = [*_stored_files(paths), *_template_files(paths), *_aside_files(paths)]
    total, done = len(databases) + len(files), 0
    staged: list[Path] = []
    try:
        marker.write_text(suffix + "\n", encoding="utf-8")
        fsync_dir(paths.root)
        for database in databases:
            target = _staged(database, suffix)
            staged.append(target)
            _export_database(database, target, src, dst)
            done += 1
            if progress is not None:
                progress(done, total)
        for stored in files:
            target = _staged(stored, suffix)
            staged.append(target)
            _transform_file(stored, target, src, dst)
            done += 1
            if progress is not None:
                progress(done, total)
        for folder in {p.parent for p in staged}:
            fsync_dir(folder)
        commit()  # the one atomic step: from here on, the conversion is finished, not undone
    except BaseException as exc:
        for path in staged:
            path.unlink(missing_ok=True)
        marker.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            what = "the journal was not locked" if dst else "the journal was not unlocked"
            raise _os_error(exc, what) from exc
        if isinstance(exc, sq.db_errors()):
            raise JournalError(
                f"The journal could not be rewritten ({exc}); nothing was changed. Run "
                "'journal check' to see if something is damaged."
            ) from exc
        raise
    finish_pending(paths)


def finish_pending(paths: JournalPaths) -> bool:
    """Complete (or undo) a conversion a crash interrupted; call while holding the folder lock.

    Returns True if there was one. The key file decides: locking is committed
    once ``journal.key`` exists, unlocking once it is gone.
    """
    marker = paths.root / PENDING_MARKER
    if not marker.exists():
        return False
    try:
        suffix = marker.read_text(encoding="utf-8").strip()
    except OSError:
        suffix = ""
    if suffix not in (ENCRYPT_SUFFIX, DECRYPT_SUFFIX):
        suffix = ENCRYPT_SUFFIX if paths.key_file.exists() else DECRYPT_SUFFIX
    committed = paths.key_file.exists() == (suffix == ENCRYPT_SUFFIX)
    candidates = [
        _staged(p, suffix)
        for p in [
            paths.database,
            *_backup_files(paths),
            *_stored_files(paths),
            *_template_files(paths),
            *_aside_files(paths),
        ]
    ]
    for staged in candidates:
        if not staged.exists():
            continue
        original = staged.with_name(staged.name[: -len(suffix)])
        if not committed:
            staged.unlink()
            continue
        if original == paths.database:
            # The old file's WAL was checkpointed empty before it was converted;
            # it must not be applied to the new file.
            for extra in ("-wal", "-shm"):
                Path(str(paths.database) + extra).unlink(missing_ok=True)
        os.replace(staged, original)
    _staged(paths.key_file, ENCRYPT_SUFFIX).unlink(missing_ok=True)
    if committed:
        _staged(paths.key_file, DECRYPT_SUFFIX).unlink(missing_ok=True)
        # Thumbnails are a cache: those made under the old key are dropped and made again.
        shutil.rmtree(paths.thumbnails, ignore_errors=True)
    for folder in {paths.root, paths.backups, *(c.parent for c in candidates)}:
        if folder.is_dir():
            fsync_dir(folder)
    marker.unlink(missing_ok=True)
    fsync_dir(paths.root)
    return True


def _locked_paths(data_dir: Path, backups_dir: Path | None) -> JournalPaths:
    return JournalPaths(Path(data_dir), Path(backups_dir) if backups_dir else None)


@contextmanager
def _exclusive(paths: JournalPaths, journal: Journal | None) -> Iterator[list[DataKey | None]]:
    """Hold the folder for a conversion; yields a one-item list for the key to use afterwards.

    Without ``journal`` the folder lock is taken here (the journal must be
    closed). With the open ``journal`` its own lock is used: its connections are
    closed first, and afterwards it is connected again, under the new key if the
    conversion succeeded, as before if it failed.
    """
    from journal.store.lock import FolderLock

    if journal is None:
        lock = FolderLock(paths.root)
        lock.acquire()
        try:
            yield [None]
        finally:
            lock.release()
        return
    if journal.read_only or journal.paths.root.resolve() != paths.root.resolve():
        raise JournalError("Only the open journal's own folder can be locked or unlocked.")
    before = journal.paths.data_key
    after: list[DataKey | None] = [before]
    journal.release_files()
    try:
        yield after
    finally:
        finish_pending(paths)  # a committed conversion is completed before reconnecting
        journal.reconnect(after[0])


def enable_encryption(
    data_dir: Path,
    passphrase: str,
    *,
    backups_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    journal: Journal | None = None,
) -> str:
    """Lock the journal in ``data_dir`` with ``passphrase``; returns the recovery key.

    Show the recovery key once: it is stored nowhere, only wrapped around the key.
    The journal must be closed (this takes its folder lock), or be the open
    ``journal`` (its connections are closed, then opened again under the key).
    All or nothing: if anything fails, the journal stays as it was.
    """
    paths = _locked_paths(data_dir, backups_dir)
    check_new_passphrase(passphrase)
    if not paths.database.is_file():
        raise JournalError(
            f"There is no journal in {paths.root} yet; start Learning Journal once first."
        )
    with _exclusive(paths, journal) as after:
        finish_pending(paths)
        if paths.key_file.exists():
            raise EncryptionStateError(
                f"The journal in {paths.root} is already locked with a passphrase; "
                "use 'Change passphrase' to choose another."
            )
        key = DataKey(secrets.token_bytes(32))
        recovery = new_recovery_key()
        staged_key = _staged(paths.key_file, ENCRYPT_SUFFIX)
        _write_key_file(staged_key, _key_file_document(key.secret, passphrase, recovery))

        def commit() -> None:
            os.replace(staged_key, paths.key_file)
            after[0] = key

        try:
            _convert(paths, None, key, commit, progress)
        finally:
            staged_key.unlink(missing_ok=True)
        return recovery


def disable_encryption(
    data_dir: Path,
    passphrase: str | None,
    *,
    recovery_key: str | None = None,
    backups_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    journal: Journal | None = None,
) -> None:
    """Unlock the journal for good: everything is rewritten without encryption.

    The passphrase (or recovery key) is asked for again even when the journal
    is open: taking the lock off is a decision only its owner makes.
    """
    paths = _locked_paths(data_dir, backups_dir)
    key = unlock(paths, passphrase=passphrase, recovery_key=recovery_key)
    with _exclusive(paths, journal) as after:
        finish_pending(paths)
        aside = _staged(paths.key_file, DECRYPT_SUFFIX)

        def commit() -> None:
            os.replace(paths.key_file, aside)
            after[0] = None
            fsync_dir(paths.root)

        _convert(paths, key, None, commit, progress)
        aside.unlink(missing_ok=True)


def with_key(paths: JournalPaths, key: DataKey | None) -> JournalPaths:
    return replace(paths, data_key=key)
