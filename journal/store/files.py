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

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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


@contextmanager
def atomic_path(out: Path, *, prefix: str | None = None, suffix: str = ".part") -> Iterator[Path]:
    """A temporary path beside ``out`` for the block to write; then it becomes ``out``.

    When the block ends normally the file is fsynced and renamed over ``out``
    and the folder is fsynced. When it raises (a cancel, a full disk) the
    temporary file is removed and ``out`` is left as it was.
    """
    fd, tmp_name = tempfile.mkstemp(
        prefix=prefix if prefix is not None else f".{out.name}.", suffix=suffix, dir=out.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        fsync_file(tmp)
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(
    out: Path, data: bytes, *, prefix: str | None = None, suffix: str = ".part"
) -> None:
    """Write ``data`` to ``out`` through :func:`atomic_path`."""
    with atomic_path(out, prefix=prefix, suffix=suffix) as tmp:
        tmp.write_bytes(data)
