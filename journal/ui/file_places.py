"""Where file dialogs start: the student's Documents folder, then the last folder they used.

Every open/save/folder dialog asks :func:`start_folder` (or :func:`start_path`
for a suggested file name) and tells :func:`remember` what was chosen, so the
next dialog opens where the student last was, in this run and the next.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from journal.ui.settings import Settings


def _settings(settings: Settings | None) -> Settings:
    return settings if settings is not None else Settings(QSettings())


def documents_folder() -> str:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return location or str(Path.home())


def start_folder(settings: Settings | None = None) -> str:
    """The last folder used (if it is still there), otherwise Documents."""
    last = _settings(settings).last_file_folder
    if last and Path(last).is_dir():
        return last
    return documents_folder()


def start_path(suggested: str, settings: Settings | None = None) -> str:
    """A suggested file name placed in the start folder (a full path is kept as it is)."""
    if not suggested:
        return start_folder(settings)
    path = Path(suggested)
    if path.is_absolute() or path.parent != Path("."):
        return suggested
    return str(Path(start_folder(settings)) / path)


def remember(chosen: str | Path | None, settings: Settings | None = None) -> None:
    """Keep the folder of what was chosen (a folder itself, or a file's folder)."""
    if not chosen:
        return
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    _settings(settings).last_file_folder = str(folder)
