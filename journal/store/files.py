"""Writing a file so that a crash leaves the old file or the new one, never half of either.

The new content goes to a temporary name beside the target, is fsynced, then
renamed over the target, and the folder is fsynced so the rename itself
survives a power cut. Backups, templates, exports and feedback files all
write this way.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


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
