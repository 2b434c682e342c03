"""Temporary folders that never outlive the app: no plain leftovers on a shared laptop.

Every temporary folder the app makes outside a journal (a portfolio opened for
review, an archive being imported, a damaged file being salvaged, photos
cleaned of their metadata for an export) is made by
:func:`make_scratch_dir`. It holds an ``.owner`` file, locked by the process
that made it for as long as the folder is in use; the operating system drops
the lock when that process ends, however it ends. At start-up,
:func:`clean_abandoned` removes every such folder whose lock can be taken —
its owner crashed or was killed — and leaves those of a running copy alone.

Copies of attachments handed to the system's viewer (they must carry their
real names, so they can't stay in the journal) live under :data:`OPEN_COPIES`;
:func:`clear_open_copies` removes them when the journal locks or the app quits.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO

from journal.store.lock import lock_open_file

#: The temporary folders this module makes and cleans, by prefix.
PREFIXES = ("journal-review-", "journal-import-", "journal-salvage-", "journal-photos-")
OWNER = ".owner"
OPEN_COPIES = "learning-journal-open"

_held: dict[Path, IO[bytes]] = {}


def temp_root() -> Path:
    return Path(tempfile.gettempdir())


def make_scratch_dir(prefix: str) -> Path:
    """A new temporary folder, marked as in use by this process."""
    if prefix not in PREFIXES:
        raise ValueError(f"unknown scratch prefix {prefix!r}")
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=temp_root()))
    handle = open(folder / OWNER, "a+b")  # noqa: SIM115 - held for the folder's lifetime
    try:
        lock_open_file(handle)
    except OSError:
        handle.close()
        raise
    _held[folder] = handle
    return folder


def remove_scratch_dir(folder: Path) -> None:
    """Let go of a folder made by :func:`make_scratch_dir` and remove it."""
    handle = _held.pop(folder, None)
    if handle is not None:
        handle.close()
    shutil.rmtree(folder, ignore_errors=True)


def clean_abandoned(root: Path | None = None) -> list[Path]:
    """Remove the temporary folders whose owner is gone; returns what was removed."""
    root = root or temp_root()
    removed: list[Path] = []
    for prefix in PREFIXES:
        for folder in root.glob(f"{prefix}*"):
            if not folder.is_dir() or folder.is_symlink() or folder in _held:
                continue
            if _in_use(folder):
                continue
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():
                removed.append(folder)
    return removed


def _in_use(folder: Path) -> bool:
    try:
        handle = open(folder / OWNER, "a+b")  # noqa: SIM115 - closed below
    except OSError:
        return False  # no owner file (a crash before it was made): abandoned
    try:
        lock_open_file(handle)
    except OSError:
        return True  # a running copy holds it
    finally:
        handle.close()  # closing drops the lock we may have taken
    return False


def open_copies_dir(root: Path | None = None) -> Path:
    return (root or temp_root()) / OPEN_COPIES


def clear_open_copies(root: Path | None = None) -> bool:
    """Remove every copy handed to the system's viewer; True if none is left."""
    folder = open_copies_dir(root)
    if not folder.exists():
        return True

    def writable_then_retry(function: object, path: str, _exc: object) -> None:
        # The copies are read-only (so a viewer can't change them): make them removable.
        try:
            os.chmod(path, stat.S_IRWXU)
            if os.path.isdir(path):
                os.rmdir(path)
            else:
                os.unlink(path)
        except OSError:
            pass

    if sys.version_info >= (3, 12):
        shutil.rmtree(folder, onexc=writable_then_retry)
    else:  # pragma: no cover - Python 3.11
        shutil.rmtree(folder, onerror=writable_then_retry)
    return not folder.exists()

