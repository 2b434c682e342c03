"""Where a journal lives on disk."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir

if TYPE_CHECKING:
    from journal.store.crypto import DataKey

ENV_DATA_DIR = "JOURNAL_DATA_DIR"


def default_data_dir() -> Path:
    """The data folder: ``--data-dir`` beats ``JOURNAL_DATA_DIR`` beats platformdirs."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    # Not roaming: a journal of attachments should not ride along with a
    # Windows roaming profile at every log-in.
    return Path(user_data_dir("LearningJournal", appauthor=False, roaming=False))


@dataclass(frozen=True)
class JournalPaths:
    root: Path
    #: A backups folder chosen in Preferences (e.g. a USB stick); None: ``root/backups``.
    backup_root: Path | None = None
    #: The unlocked key of a journal locked with a passphrase (None: a plain journal).
    #: It travels with the paths so every file the journal writes is encrypted.
    data_key: DataKey | None = field(default=None, repr=False, compare=False)

    @property
    def key_file(self) -> Path:
        return self.root / "journal.key"

    @property
    def database(self) -> Path:
        return self.root / "journal.db"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def backups(self) -> Path:
        return self.backup_root if self.backup_root is not None else self.root / "backups"

    @property
    def thumbnails(self) -> Path:
        return self.root / "thumbnails"
