"""The app's own preferences, typed, over QSettings.

Each setting has a type, a default and a valid range; a value read back from
disk that is missing, garbled or out of range falls back to (or is clamped
into) something sensible instead of breaking the app. Like Mu's settings,
only changes are written: setting a value to what it already is touches
nothing, and setting it back to its default removes the key so a later
version can improve the default.

What belongs to a journal is not here: the student's name, whether they were
welcomed, where they left off and their journal's own preferences live in the
journal (LearnerProfile), so they travel with the data folder and a second
journal on the same computer has its own. The list of journals this OS account
knows is here (:mod:`journal.ui.known_journals`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from journal.core.languages import LANGUAGES

T = TypeVar("T")

THEMES = ("system", "light", "dark", "contrast")


def _to_int(raw: object) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    try:
        return int(float(str(raw).strip()))
    except (TypeError, ValueError):
        return None


def _to_bool(raw: object) -> bool | None:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("true", "1", "yes", "on"):
        return True
    if text in ("false", "0", "no", "off", ""):
        return False
    return None


def _to_str(raw: object) -> str | None:
    return raw if isinstance(raw, str) else None


def _to_bytes(raw: object) -> bytes | None:
    if isinstance(raw, QByteArray):
        return bytes(raw.data())
    if isinstance(raw, bytes | bytearray):
        return bytes(raw)
    return None


@dataclass(frozen=True)
class _Spec(Generic[T]):
    key: str
    default: T
    read: Callable[[object], T | None]
    # Turns any value of the right type into a valid one, or raises ValueError.
    fix: Callable[[T], T]


class _Setting(Generic[T]):
    """A typed property backed by one QSettings key."""

    def __init__(
        self,
        key: str,
        default: T,
        read: Callable[[object], T | None],
        fix: Callable[[T], T] = lambda v: v,
    ) -> None:
        self.spec = _Spec(key, default, read, fix)
        self.name = key

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type) -> _Setting[T]: ...
    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...
    def __get__(self, obj: Settings | None, owner: type) -> T | _Setting[T]:
        if obj is None:
            return self
        return obj._get(self.spec)

    def __set__(self, obj: Settings, value: T) -> None:
        obj._set(self.name, self.spec, value)


def _clamp(low: int, high: int) -> Callable[[int], int]:
    def fix(value: int) -> int:
        return max(low, min(high, int(value)))

    return fix


def _theme(value: str) -> str:
    if value not in THEMES:
        raise ValueError(f"theme must be one of {', '.join(THEMES)}, not {value!r}")
    return value


def _language(value: str) -> str:
    if value and value not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)} or empty, not {value!r}")
    return value


class Settings(QObject):
    """Typed app settings.

    Signals:
        changed(str): a setting's value really changed; the argument is its
            attribute name (``"editor_font_size"``).
    """

    changed = Signal(str)

    AUTOSAVE_RANGE_MS = (500, 10_000)
    QUIET_RANGE_MIN = (1, 120)
    BACKUP_KEEP_RANGE = (1, 100)
    FONT_SIZE_RANGE = (8, 32)

    autosave_delay_ms = _Setting("autosave/delay_ms", 1500, _to_int, _clamp(*AUTOSAVE_RANGE_MS))
    quiet_revision_minutes = _Setting(
        "autosave/quiet_revision_minutes", 10, _to_int, _clamp(*QUIET_RANGE_MIN)
    )
    backup_keep = _Setting("backup/keep", 10, _to_int, _clamp(*BACKUP_KEEP_RANGE))
    # "" means the default: the backups folder inside the data folder.
    backup_dir = _Setting("backup/dir", "", _to_str, str.strip)
    editor_font_size = _Setting("editor/font_size", 12, _to_int, _clamp(*FONT_SIZE_RANGE))
    theme = _Setting("appearance/theme", "system", _to_str, _theme)
    # "" follows the computer's language (QLocale.system()); else "en", "es", "ar".
    language = _Setting("appearance/language", "", _to_str, _language)
    # A journal locked with a passphrase locks itself after this many idle minutes (0: never).
    auto_lock_minutes = _Setting("lock/auto_minutes", 10, _to_int, _clamp(0, 240))
    # True while a window is open; still True at start means the last session crashed.
    session_running = _Setting("state/session_running", False, _to_bool, bool)
    window_geometry = _Setting("window/geometry", b"", _to_bytes, bytes)
    window_state = _Setting("window/state", b"", _to_bytes, bytes)
    # The folder a file dialog last opened in ("" : start in Documents).
    last_file_folder = _Setting("files/last_folder", "", _to_str, str.strip)

    def __init__(self, store: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Without one, QSettings() uses the organisation and application names
        # set in journal.app.create_application.
        self._store = store if store is not None else QSettings()

    @property
    def store(self) -> QSettings:
        return self._store

    @classmethod
    def names(cls) -> list[str]:
        return [name for name, value in vars(cls).items() if isinstance(value, _Setting)]

    def _get(self, spec: _Spec[T]) -> T:
        raw: Any = self._store.value(spec.key)
        if raw is None:
            return spec.default
        value = spec.read(raw)
        if value is None:
            return spec.default
        try:
            return spec.fix(value)
        except ValueError:
            return spec.default

    def _set(self, name: str, spec: _Spec[T], value: T) -> None:
        value = spec.fix(value)
        old = self._get(spec)
        stored = self._store.contains(spec.key)
        if value == spec.default:
            if stored:
                self._store.remove(spec.key)
        elif value != old or not stored:
            self._store.setValue(spec.key, QByteArray(value) if isinstance(value, bytes) else value)
        if value != old:
            self.changed.emit(name)

    def reset(self, name: str) -> None:
        """Put one setting back to its default."""
        setting = vars(type(self)).get(name)
        if not isinstance(setting, _Setting):
            raise AttributeError(name)
        setattr(self, name, setting.spec.default)

    def backup_folder(self, data_folder: Path) -> Path:
        """Where backups go: the chosen folder, or ``backups`` in the data folder."""
        return Path(self.backup_dir).expanduser() if self.backup_dir else data_folder / "backups"

    def sync(self) -> bool:
        """Write pending changes to disk now; False if they could not be written."""
        self._store.sync()
        return self._store.status() == QSettings.Status.NoError
