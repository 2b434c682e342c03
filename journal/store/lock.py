"""One writer per data folder: an OS file lock held while the journal is open.

The lock is released by the operating system when the process ends, even if it
is killed, so a crash never leaves the folder locked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from journal.store.errors import JournalLockedError, ReadOnlyFolderError

LOCK_NAME = "journal.lock"


class FolderLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        try:
            handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        except PermissionError as exc:
            raise ReadOnlyFolderError(
                f"Learning Journal can't write to {self.path.parent}; "
                "choose a folder you can write to (--data-dir) or ask for access."
            ) from exc
        except OSError as exc:
            if exc.errno == 30:  # EROFS
                raise ReadOnlyFolderError(
                    f"The data folder {self.path.parent} is on a read-only disk; "
                    "choose another folder with --data-dir."
                ) from exc
            raise
        try:
            _lock(handle)
        except OSError as exc:
            handle.close()
            raise JournalLockedError(
                f"This journal ({self.path.parent}) is already open in another copy of "
                "Learning Journal; close that one first, then try again."
            ) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode())
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None


def lock_open_file(handle: IO[bytes]) -> None:
    """Take the OS lock on an open file without waiting; OSError if another holds it.

    The operating system drops it when the file closes or the process ends.
    """
    _lock(handle)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
