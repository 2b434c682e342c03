"""Files a person points the app at: only regular files, and never bigger than allowed.

Opening a FIFO blocks until something writes to it, and ``/dev/zero`` never
ends; both must be refused before a single byte is read (and before the
journal's lock is taken), with one sentence a student can act on.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

#: No import is bigger than this, whatever its kind (each kind has its own, lower, limit).
MAX_IMPORT_BYTES = 8 * 1024**3


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
            f"{path.name} is {info.st_size / 1024**3:.1f} GB, larger than any file Learning "
            f"Journal imports ({max_bytes // 1024**3} GB at most)."
        )
    if not os.access(path, os.R_OK):
        return f"Learning Journal isn't allowed to read {path}."
    return None
