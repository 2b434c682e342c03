"""Attachment files an import copies in before its transaction, taken back if it fails.

Files go into the attachment store before the one transaction that links them
(large files never go inside a transaction). If anything after that refuses or
fails, :meth:`StagedFiles.discard` removes the files this import added, so a
refused import leaves no new file under ``attachments/``. Files that were
already in the store (another entry uses them) are never removed.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from pathlib import Path

from journal.store.attachments import StoredFile, blob_path, store_file
from journal.store.paths import JournalPaths


def _digest(source: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(source, "rb") as handle:
            while chunk := handle.read(1024 * 1024):
                digest.update(chunk)
    except OSError:
        return ""  # store_file says what is wrong with it
    return digest.hexdigest()


class StagedFiles:
    def __init__(self, paths: JournalPaths) -> None:
        self.paths = paths
        self._added: list[Path] = []
        self._folders: list[Path] = []

    def store(
        self, source: Path, sha256: str | None = None, cancelled: Callable[[], bool] | None = None
    ) -> StoredFile:
        """Store ``source`` (its SHA-256 worked out if not given) and remember it if new."""
        if sha256 is None:
            sha256 = _digest(source)
        target = blob_path(self.paths, sha256)
        folder_is_new = not target.parent.exists()
        is_new = not target.exists()
        stored = store_file(self.paths, source, cancelled=cancelled)
        if is_new and blob_path(self.paths, stored.sha256) == target:
            self._added.append(target)
            if folder_is_new:
                self._folders.append(target.parent)
        return stored

    def discard(self) -> None:
        """Remove every file this import added to the store (and the folders it made)."""
        for path in self._added:
            path.unlink(missing_ok=True)
        for folder in self._folders:
            with contextlib.suppress(OSError):  # something else is in it now
                folder.rmdir()
        self._added.clear()
        self._folders.clear()
