"""Files in and out: what a person points the app at, and writing that survives a crash.

Input files must be regular files no bigger than allowed: opening a FIFO blocks
until something writes to it, and ``/dev/zero`` never ends; both must be
refused before a single byte is read (and before the journal's lock is taken),
with one sentence a student can act on.

Output is written so that a crash leaves the old file or the new one, never
half of either: the new content goes to a temporary name beside the target, is
fsynced, then renamed over the target, and the folder is fsynced so the rename
itself survives a power cut. Backups, templates, exports and feedback files all
write this way.
"""

from __future__ import annotations

import contextlib
import glob
import os
import queue
import secrets
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import IO

from journal.core.sizes import format_size

#: No import is bigger than this, whatever its kind (each kind has its own, lower, limit).
MAX_IMPORT_BYTES = 8_000_000_000


def source_file_problem(path: Path, *, max_bytes: int = MAX_IMPORT_BYTES) -> str | None:
    """Why ``path`` can't be read as an input file (one sentence), or None if it can.

    Only ``stat`` is used: nothing is opened, so a pipe can't make it wait.
    """
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return f"There is no file {path}."
    except PermissionError:
        return f"Learning Journal isn't allowed to read {path}."
    except (OSError, ValueError) as exc:
        return f"{path} can't be read ({getattr(exc, 'strerror', None) or exc})."
    if stat.S_ISDIR(info.st_mode):
        return f"{path} is a folder; choose a file to import."
    if not stat.S_ISREG(info.st_mode):
        what = "a pipe" if stat.S_ISFIFO(info.st_mode) else "a device or special file"
        return f"{path} is {what}, not a saved file; choose a file to import."
    if info.st_size > max_bytes:
        return (
            f"{path.name} is {format_size(info.st_size)}, larger than any file Learning "
            f"Journal imports ({format_size(max_bytes)} at most)."
        )
    if not os.access(path, os.R_OK):
        return f"Learning Journal isn't allowed to read {path}."
    return None


def fsync_dir(folder: Path) -> None:
    """Make renames in ``folder`` durable (POSIX only: Windows can't open a folder to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush a file that something else wrote (by path) to the disk."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def umask() -> int:
    """The process's file-creation mask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:  # Linux: no race
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o077)  # elsewhere: read it by setting it, and put it straight back
    os.umask(mask)
    return mask


def make_shareable(path: Path) -> None:
    """Give what leaves the app the permissions any new file gets here, not a temporary file's.

    Temporary files and folders are made owner-only (0600/0700); an export
    renamed into place would keep that, and a teacher's shared folder or the
    school's web server could not read it. Files get ``0666``, folders ``0777``,
    both less the umask, as a file saved by any other program would. Journals,
    backups and recovery keys are never passed here: they stay owner-only.
    """
    if os.name != "posix":
        return
    mask = umask()
    if path.is_dir() and not path.is_symlink():
        os.chmod(path, 0o777 & ~mask)
        for root, folders, files in os.walk(path):  # links inside are neither followed nor changed
            for names, mode in ((folders, 0o777), (files, 0o666)):
                for item in (os.path.join(root, name) for name in names):
                    if not os.path.islink(item):
                        os.chmod(item, mode & ~mask)
    else:
        os.chmod(path, 0o666 & ~mask)


def keep_private(folder: Path) -> None:
    """A folder that holds a journal or its backups is its owner's alone (0700).

    Another account on a shared laptop must not read a journal through a home
    folder that others can enter. A folder of ours that others can read is
    closed at every open; where permissions can't be changed (a share that
    ignores them) it is left as it is.
    """
    if os.name != "posix":
        return
    try:
        info = os.stat(folder)
        if info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) & 0o077:
            os.chmod(folder, stat.S_IMODE(info.st_mode) & 0o700)
    except OSError:
        pass


def create_private(path: Path) -> None:
    """Create an empty file only its owner can read (for a copy of the journal to be written in)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


@contextmanager
def atomic_path(
    out: Path, *, prefix: str | None = None, suffix: str = ".part", shared: bool = False
) -> Iterator[Path]:
    """A temporary path beside ``out`` for the block to write; then it becomes ``out``.

    When the block ends normally the file is fsynced and renamed over ``out``
    and the folder is fsynced. When it raises (a cancel, a full disk) the
    temporary file is removed and ``out`` is left as it was. ``shared`` files
    (exports, feedback) get the permissions of any new file
    (:func:`make_shareable`); others stay owner-only.
    """
    fd, tmp_name = tempfile.mkstemp(
        prefix=prefix if prefix is not None else f".{out.name}.", suffix=suffix, dir=out.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        if shared:
            make_shareable(tmp)
        fsync_file(tmp)
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


_REPLACED = ".replaced"


def replace_quickly(tmp: Path, out: Path) -> None:
    """``os.replace(tmp, out)`` without waiting while the old ``out`` is freed.

    The rename that drops a big file's last link also frees its blocks, which
    takes tens of milliseconds for an exhibition page (longer with online
    discard). So the old file is first linked aside under a hidden name, the
    rename is instant, and a thread removes the aside name. Python waits for that
    thread before it exits; a copy killed in between leaves
    ``.<name>.<token>.replaced``, which :func:`clear_replaced` removes before the
    next write to ``out``. Where links can't be made (FAT USB sticks, some network
    shares) it is a plain rename.
    """
    aside: Path | None = None
    if out.is_file() and not out.is_symlink():
        candidate = out.with_name(f".{out.name}.{secrets.token_hex(4)}{_REPLACED}")
        try:
            os.link(out, candidate)
            aside = candidate
        except OSError:
            aside = None
    try:
        os.replace(tmp, out)
    except BaseException:
        if aside is not None:
            aside.unlink(missing_ok=True)
        raise
    if aside is not None:
        threading.Thread(target=_drop, args=(aside,), name="drop-replaced").start()


def _drop(path: Path) -> None:
    with contextlib.suppress(OSError):  # if not, the next write to the same file clears it
        path.unlink(missing_ok=True)


def clear_replaced(out: Path) -> None:
    """Remove what :func:`replace_quickly` left beside ``out`` when a copy was killed."""
    for name in glob.glob(glob.escape(str(out.parent / f".{out.name}.")) + "*" + _REPLACED):
        _drop(Path(name))


def write_atomically(
    out: Path,
    data: bytes,
    *,
    prefix: str | None = None,
    suffix: str = ".part",
    shared: bool = False,
) -> None:
    """Write ``data`` to ``out`` through :func:`atomic_path`."""
    with atomic_path(out, prefix=prefix, suffix=suffix, shared=shared) as tmp:
        tmp.write_bytes(data)


class WriteBehind:
    """Writes to ``handle`` on a thread of its own, in order, while the caller prepares more.

    Writing lets go of the GIL, so a caller that encodes the next piece while the
    last one goes to the disk finishes sooner than one that does both in turn. At
    most ``depth`` pieces wait. On Linux each large piece is handed to the disk
    as soon as it is written (``POSIX_FADV_DONTNEED`` starts its writeback
    without waiting), so the fsync at the end has little left to do.

    A failed write (a full disk) is raised from the caller's next :meth:`write`
    or when the block ends; a block that ends with an exception (a cancel) stops
    the thread and drops what was waiting. Either way the thread has finished
    with ``handle`` when the block is left.
    """

    WRITEBACK_AT = 256 * 1024

    def __init__(self, handle: IO[bytes], *, depth: int = 4) -> None:
        self._handle = handle
        self._pieces: queue.Queue[bytes | memoryview | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._gathered = bytearray()
        self._abandoned = False
        self._handed = 0  # where the writeback asked for so far ends
        self._thread = threading.Thread(target=self._run, name="write-behind", daemon=True)

    def __enter__(self) -> WriteBehind:
        self._thread.start()
        return self

    def write(self, piece: bytes | memoryview) -> None:
        """Queue ``piece`` (small pieces are gathered first: each hand-over costs a GIL switch)."""
        if self._error is not None:
            raise self._error
        if len(piece) < self.WRITEBACK_AT:
            self._gathered += piece
            if len(self._gathered) < self.WRITEBACK_AT:
                return
            piece, self._gathered = bytes(self._gathered), bytearray()
        elif self._gathered:
            self._pieces.put(bytes(self._gathered))
            self._gathered = bytearray()
        self._pieces.put(piece)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            self._abandoned = True
        elif self._gathered:
            self._pieces.put(bytes(self._gathered))
        self._pieces.put(None)
        self._thread.join()
        if exc_type is None and self._error is not None:
            raise self._error

    def _run(self) -> None:
        while (piece := self._pieces.get()) is not None:
            if self._error is not None or self._abandoned:
                continue  # keep taking, so the caller never waits on a full queue
            try:
                self._handle.write(piece)
                if len(piece) >= self.WRITEBACK_AT:
                    self._start_writeback()
            except BaseException as exc:  # handed to the caller's thread
                self._error = exc

    def _start_writeback(self) -> None:
        advise = getattr(os, "posix_fadvise", None)
        if advise is None:
            return
        self._handle.flush()  # a full disk shows here and goes to the caller
        try:
            end = self._handle.tell()
            advise(self._handle.fileno(), self._handed, end - self._handed, os.POSIX_FADV_DONTNEED)
        except OSError:  # not a file, or a file system that takes no advice: fsync does it all
            return
        self._handed = end
