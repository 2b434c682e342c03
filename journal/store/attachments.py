"""Attachments: files of the student's work, stored once by their SHA-256.

A file is copied to a temporary name beside its final place, fsynced, then
renamed, so a crash never leaves a half-written attachment under a real name.
Large files never go into a database transaction: only their hash does.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import Session

from journal.store.entries import get_entry
from journal.store.errors import DiskFullError, JournalError
from journal.store.files import fsync_file
from journal.store.models import Attachment, EntryAttachment
from journal.store.paths import JournalPaths

CHUNK = 1024 * 1024
# Names of files still being written (renamed to their SHA-256 when complete).
TEMP_PREFIXES = (".incoming-", ".generated-")


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    media_type: str
    filename: str


def blob_path(paths: JournalPaths, sha256: str) -> Path:
    return paths.attachments / sha256[:2] / sha256


def _holds(paths: JournalPaths, path: Path, sha256: str) -> bool:
    """Whether ``path`` exists with exactly the content named by ``sha256``."""
    try:
        return stored_digest(paths, path) == sha256
    except FileNotFoundError:
        return False


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def stored_digest(paths: JournalPaths, path: Path) -> str:
    """SHA-256 of a stored file's content (decrypted first in a locked journal)."""
    if paths.data_key is None:
        return file_digest(path)
    from journal.store.crypto import read_chunks

    digest = hashlib.sha256()
    try:
        for chunk in read_chunks(path, paths.data_key):
            digest.update(chunk)
    except ValueError:  # damaged or not encrypted under this key
        return "damaged"
    return digest.hexdigest()


def read_blob(paths: JournalPaths, sha256: str) -> bytes:
    """The content of a stored file (decrypted in a locked journal); FileNotFoundError if absent."""
    path = blob_path(paths, sha256)
    if paths.data_key is None:
        return path.read_bytes()
    from journal.store.crypto import read_bytes

    return read_bytes(path, paths.data_key)


def open_blob(paths: JournalPaths, sha256: str) -> IO[bytes]:
    """A stored file opened for reading its content (decrypted as read in a locked journal)."""
    from journal.store.crypto import open_stored

    return open_stored(blob_path(paths, sha256), paths.data_key)


def blob_chunks(paths: JournalPaths, sha256: str) -> Iterator[bytes]:
    """The content of a stored file in pieces (decrypted in a locked journal)."""
    from journal.store.crypto import read_chunks

    return read_chunks(blob_path(paths, sha256), paths.data_key, CHUNK)


def write_stored(paths: JournalPaths, target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` inside the data folder (encrypted in a locked journal)."""
    if paths.data_key is not None:
        data = paths.data_key.files.encrypt_bytes(data)
    with open(target, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def store_file(
    paths: JournalPaths,
    source: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> StoredFile:
    """Copy ``source`` into the attachment store (once) and describe it.

    Safe to run off the GUI thread: it touches no database session.
    """
    source = Path(source)
    try:
        total = source.stat().st_size
    except OSError as exc:
        raise JournalError(f"{source.name} can't be read ({exc.strerror}).") from exc
    paths.attachments.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIXES[0], dir=paths.attachments)
    tmp = Path(tmp_name)
    done = 0
    key = paths.data_key
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:

            def pieces() -> Iterator[bytes]:
                nonlocal done
                while chunk := src.read(CHUNK):
                    if cancelled is not None and cancelled():
                        raise JournalError("Adding the file was cancelled.")
                    digest.update(chunk)
                    done += len(chunk)
                    yield chunk
                    if progress is not None:
                        progress(done, total)

            # A locked journal stores the file encrypted (never a plain copy on disk).
            for piece in key.files.encrypt_chunks(pieces()) if key is not None else pieces():
                out.write(piece)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        final = blob_path(paths, sha)
        final.parent.mkdir(exist_ok=True)
        if _holds(paths, final, sha):
            tmp.unlink()
        else:  # new, or the stored copy was damaged: this copy repairs it
            os.replace(tmp, final)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno == 28:  # ENOSPC
            raise DiskFullError(
                f"The disk is full, so {source.name} was not added; free some space and try again."
            ) from exc
        raise JournalError(f"{source.name} could not be added ({exc.strerror}).") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    return StoredFile(sha, done, media_type, source.name)


def clear_incomplete(paths: JournalPaths) -> int:
    """Delete temp files a crash left half-written; call only while holding the folder lock."""
    removed = 0
    if not paths.attachments.is_dir():
        return removed
    for leftover in paths.attachments.glob(".*-*"):
        if leftover.name.startswith(TEMP_PREFIXES) and leftover.is_file():
            leftover.unlink(missing_ok=True)
            removed += 1
    return removed


def store_bytes(paths: JournalPaths, data: bytes, filename: str) -> StoredFile:
    """Store generated content (demo images, imports) the same way as a file."""
    paths.attachments.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIXES[1], dir=paths.attachments)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(paths.data_key.files.encrypt_bytes(data) if paths.data_key else data)
        return _finish_bytes(paths, Path(tmp_name), data, filename)
    finally:
        Path(tmp_name).unlink(missing_ok=True)


def _finish_bytes(paths: JournalPaths, tmp: Path, data: bytes, filename: str) -> StoredFile:
    sha = hashlib.sha256(data).hexdigest()
    final = blob_path(paths, sha)
    final.parent.mkdir(exist_ok=True)
    if not _holds(paths, final, sha):
        fsync_file(tmp)
        os.replace(tmp, final)
    media_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return StoredFile(sha, len(data), media_type, filename)


def attach(session: Session, entry_id: str, stored: StoredFile) -> EntryAttachment:
    """Add a stored file to the entry's working state (it joins the next revision)."""
    entry = get_entry(session, entry_id)
    attachment = session.scalar(select(Attachment).where(Attachment.sha256 == stored.sha256))
    if attachment is None:
        attachment = Attachment(
            sha256=stored.sha256, size=stored.size, media_type=stored.media_type
        )
        session.add(attachment)
        session.flush()
    link = EntryAttachment(
        attachment_id=attachment.id,
        filename=stored.filename,
        position=len(entry.attachments),
    )
    entry.attachments.append(link)
    entry.has_unsaved_draft = True
    session.flush()
    return link


def detach(session: Session, entry_attachment_id: str) -> None:
    link = session.get(EntryAttachment, entry_attachment_id)
    if link is None:
        return
    entry = get_entry(session, link.entry_id)
    entry.attachments.remove(link)
    entry.has_unsaved_draft = True


def is_present(paths: JournalPaths, attachment: Attachment) -> bool:
    return blob_path(paths, attachment.sha256).is_file()


def verify(paths: JournalPaths, attachment: Attachment) -> str | None:
    """None if the file is present with the right hash, else the problem in words."""
    path = blob_path(paths, attachment.sha256)
    if not path.is_file():
        return "missing"
    if stored_digest(paths, path) != attachment.sha256:
        return "content does not match its hash"
    return None


@dataclass(frozen=True)
class LinkState:
    """Where a file sat in an entry's working attachments, to put it back exactly (undo)."""

    id: str
    attachment_id: str
    filename: str
    index: int  # its place in the entry's list
    added_at: datetime


def _renumber(links: list[EntryAttachment]) -> None:
    for position, link in enumerate(links):
        link.position = position


def detach_links(session: Session, entry_id: str, link_ids: Iterable[str]) -> list[LinkState]:
    """Take these files out of the entry (older revisions keep them); returns what was taken."""
    entry = get_entry(session, entry_id)
    wanted = set(link_ids)
    taken = [
        LinkState(link.id, link.attachment_id, link.filename, index, link.added_at)
        for index, link in enumerate(entry.attachments)
        if link.id in wanted
    ]
    if not taken:
        return []
    for link in [link for link in entry.attachments if link.id in wanted]:
        entry.attachments.remove(link)
    _renumber(entry.attachments)
    entry.has_unsaved_draft = True
    session.flush()
    return taken


def reattach_links(session: Session, entry_id: str, links: Iterable[LinkState]) -> list[str]:
    """Put files taken out by :func:`detach_links` back in their places; returns their ids."""
    entry = get_entry(session, entry_id)
    present = {link.id for link in entry.attachments}
    back: list[str] = []
    for state in sorted(links, key=lambda s: s.index):
        if state.id in present or session.get(Attachment, state.attachment_id) is None:
            continue
        link = EntryAttachment(
            id=state.id,
            attachment_id=state.attachment_id,
            filename=state.filename,
            added_at=state.added_at,
        )
        entry.attachments.insert(min(state.index, len(entry.attachments)), link)
        back.append(state.id)
    if back:
        _renumber(entry.attachments)
        entry.has_unsaved_draft = True
        session.flush()
    return back
