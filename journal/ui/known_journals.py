"""The journal folders this OS account has opened, kept in QSettings (per computer).

Only the folders are kept here: whose journal each one is stays inside the
journal itself and is read from it when the "Who's writing?" screen is shown
(:func:`journal.store.peek.peek_learner_name`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "journals/known"


@dataclass(frozen=True)
class KnownJournal:
    folder: Path
    name: str  # "" when the journal has no name yet


def _same(a: Path, b: Path) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


class KnownJournals:
    """An ordered list of journal folders (the first one added stays first)."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    def folders(self) -> list[Path]:
        raw = self._store.value(KEY)
        if raw is None:
            return []
        items = [raw] if isinstance(raw, str) else list(raw) if isinstance(raw, list) else []
        folders: list[Path] = []
        for item in items:
            if isinstance(item, str) and item.strip():
                folder = Path(item)
                if not any(_same(folder, f) for f in folders):
                    folders.append(folder)
        return folders

    def _save(self, folders: list[Path]) -> None:
        self._store.setValue(KEY, [str(f) for f in folders])

    def add(self, folder: Path) -> None:
        folders = self.folders()
        if not any(_same(folder, f) for f in folders):
            folders.append(Path(folder))
            self._save(folders)

    def remove(self, folder: Path) -> None:
        self._save([f for f in self.folders() if not _same(folder, f)])

    def journals(self) -> list[KnownJournal]:
        """Each known folder that still holds a journal, with the name kept inside it."""
        from journal.store.peek import has_journal, peek_learner_name

        return [
            KnownJournal(folder, peek_learner_name(folder))
            for folder in self.folders()
            if has_journal(folder)
        ]

    def new_folder(self, beside: Path) -> Path:
        """A fresh folder for another student's journal, next to ``beside``."""
        base = Path(beside)
        number = 2
        while True:
            candidate = base.with_name(f"{base.name}-{number}")
            if not candidate.exists() and not any(_same(candidate, f) for f in self.folders()):
                return candidate
            number += 1
