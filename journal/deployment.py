"""How a school installed the app: portable mode and the school defaults file.

**Portable mode.** A file named ``portable.txt`` beside the executable (on a
USB stick, say) moves the data folder next to it, into ``LearningJournal-data``.
A portable journal, and any journal on a removable or network drive, uses
SQLite's rollback journal instead of WAL (WAL needs shared memory that such
drives don't give reliably, and a stick can be pulled out).

**School defaults.** IT can place one machine-wide file (TOML):

* Windows: ``%ProgramData%\\LearningJournal\\school-defaults.toml``
* macOS: ``/Library/Application Support/LearningJournal/school-defaults.toml``
* Linux: ``/etc/learning-journal/school-defaults.toml``

(``JOURNAL_SCHOOL_DEFAULTS`` names another file.) Its keys::

    data_folder_root = "H:/LearningJournal"  # each student's journal in <root>/<login name>
    backup_folder = "//server/backups/journal"  # backups in <folder>/<login name>
    prompt_packs = ["C:/ProgramData/LearningJournal/packs/year9.json"]
    language = "fr"
    sample_journal = false
    locked = ["backup_folder"]  # the student's own preference can't override these

``{user}`` in a folder stands for the login name (then no sub-folder is added);
``~`` and environment variables (``%USERNAME%``, ``$HOME``) are expanded.

Nothing here stops the app from starting. A missing or unreadable file, a
key it doesn't know, a value of the wrong kind, or a folder the student can't
write: each gives one sentence (shown by the app), and the student's own
folder is used; nothing is lost.

Order for the data folder: ``--data-dir``, then ``JOURNAL_DATA_DIR``, then
portable mode, then the school's folder, then the user's own data folder.
"""

from __future__ import annotations

import getpass
import os
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "LearningJournal-data"
SCHOOL_FILE = "school-defaults.toml"
ENV_SCHOOL_DEFAULTS = "JOURNAL_SCHOOL_DEFAULTS"
#: For tests and odd launchers: the folder the executable is in.
ENV_APP_DIR = "JOURNAL_APP_DIR"
ENV_NO_WAL = "JOURNAL_NO_WAL"

KNOWN_KEYS = (
    "data_folder_root",
    "backup_folder",
    "prompt_packs",
    "language",
    "sample_journal",
    "hide_names_at_start",
    "locked",
)
#: Keys a student's own preference may override unless IT locks them.
USER_OVERRIDABLE = ("backup_folder", "language")


@dataclass(frozen=True)
class SchoolDefaults:
    data_folder_root: str | None = None
    backup_folder: str | None = None
    prompt_packs: tuple[Path, ...] = ()
    language: str | None = None
    sample_journal: bool = True
    # Shared laptops: "Who's writing?" asks for a typed name instead of showing everyone's.
    hide_names_at_start: bool = False
    locked: frozenset[str] = frozenset()
    source: Path | None = None

    def backup_dir(self, user_choice: str = "") -> Path | None:
        """Where backups go: the student's choice wins unless IT locked it."""
        if user_choice and "backup_folder" not in self.locked:
            return Path(user_choice).expanduser()
        if self.backup_folder:
            return _per_user(self.backup_folder)
        return Path(user_choice).expanduser() if user_choice else None

    def language_for(self, user_choice: str = "") -> str | None:
        if user_choice and "language" not in self.locked:
            return user_choice
        return self.language or (user_choice or None)


@dataclass(frozen=True)
class Deployment:
    data_dir: Path
    #: False: use SQLite's rollback journal (portable, removable or network drive).
    use_wal: bool
    portable: bool
    school: SchoolDefaults
    #: One sentence each, for the student; empty when all is well.
    problems: tuple[str, ...] = field(default=())


# -- where things are --------------------------------------------------------
def app_dir() -> Path | None:
    """The folder the executable is in (frozen app), where a portable marker would be."""
    override = os.environ.get(ENV_APP_DIR)
    if override:
        return Path(override)
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def portable_marker_dirs(folder: Path) -> list[Path]:
    """Beside the executable; for a macOS app bundle, also beside the ``.app``."""
    dirs = [folder]
    if folder.name == "MacOS" and folder.parent.name == "Contents":
        dirs.append(folder.parent.parent.parent)
    return dirs


def school_defaults_path() -> Path:
    override = os.environ.get(ENV_SCHOOL_DEFAULTS)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData"))
        return base / "LearningJournal" / SCHOOL_FILE
    if sys.platform == "darwin":
        return Path("/Library/Application Support/LearningJournal") / SCHOOL_FILE
    return Path("/etc/learning-journal") / SCHOOL_FILE


def user_data_dir() -> Path:
    from journal.store.paths import default_data_dir

    return default_data_dir()


# -- the school defaults file ------------------------------------------------
def load_school_defaults(path: Path | None = None) -> tuple[SchoolDefaults, list[str]]:
    """The school's defaults and the problems found in them (one sentence each)."""
    named = os.environ.get(ENV_SCHOOL_DEFAULTS)
    explicit = path is not None or bool(named)
    path = path or (Path(named) if named else school_defaults_path())
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        if explicit:
            return SchoolDefaults(), [
                f"The school settings file {path} is missing, so Learning Journal uses "
                "its own defaults."
            ]
        return SchoolDefaults(), []  # no file is the usual case
    except OSError as exc:
        return SchoolDefaults(), [
            f"The school settings file {path} can't be read ({exc.strerror or exc}), so "
            "Learning Journal uses its own defaults."
        ]
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return SchoolDefaults(source=path), [
            f"The school settings file {path} is not valid TOML ({exc}), so Learning "
            "Journal uses its own defaults."
        ]
    problems: list[str] = []
    unknown = sorted(set(data) - set(KNOWN_KEYS))
    if unknown:
        problems.append(
            f"The school settings file {path} has setting(s) Learning Journal doesn't know "
            f"({', '.join(unknown)}); they are ignored."
        )
    values: dict[str, object] = {"source": path}
    bad: list[str] = []

    def text(key: str) -> None:
        if key in data:
            if isinstance(data[key], str) and data[key].strip():
                values[key] = data[key].strip()
            else:
                bad.append(key)

    text("data_folder_root")
    text("backup_folder")
    text("language")
    for flag in ("sample_journal", "hide_names_at_start"):
        if flag in data:
            if isinstance(data[flag], bool):
                values[flag] = data[flag]
            else:
                bad.append(flag)
    if "prompt_packs" in data:
        packs = data["prompt_packs"]
        if isinstance(packs, list) and all(isinstance(p, str) for p in packs):
            values["prompt_packs"] = tuple(_expand(p) for p in packs)
        else:
            bad.append("prompt_packs")
    if "locked" in data:
        locked = data["locked"]
        if isinstance(locked, list) and all(isinstance(k, str) for k in locked):
            values["locked"] = frozenset(locked)
        else:
            bad.append("locked")
    if bad:
        problems.append(
            f"The school settings file {path} has value(s) of the wrong kind "
            f"({', '.join(bad)}); they are ignored."
        )
    return SchoolDefaults(**values), problems  # type: ignore[arg-type]


# -- the data folder ---------------------------------------------------------
def resolve(data_dir: Path | None = None) -> Deployment:
    """Where the journal lives and how it is opened, with any problems in one sentence each."""
    school, problems = load_school_defaults()
    if data_dir is not None:
        folder = Path(data_dir)
        return Deployment(folder, not _no_wal_drive(folder), False, school, tuple(problems))
    if os.environ.get("JOURNAL_DATA_DIR"):
        folder = user_data_dir()
        return Deployment(folder, not _no_wal_drive(folder), False, school, tuple(problems))

    here = app_dir()
    if here is not None:
        for candidate in portable_marker_dirs(here):
            if (candidate / PORTABLE_MARKER).is_file():
                folder = candidate / PORTABLE_DATA
                if _writable(folder):
                    return Deployment(folder, False, True, school, tuple(problems))
                fallback = user_data_dir()
                problems.append(
                    f"Learning Journal is set up to run portably from {candidate}, but it "
                    f"can't write there, so your journal is kept in {fallback} instead."
                )
                return Deployment(
                    fallback, not _no_wal_drive(fallback), False, school, tuple(problems)
                )

    if school.data_folder_root:
        folder = _per_user(school.data_folder_root)
        if _writable(folder):
            return Deployment(folder, not _no_wal_drive(folder), False, school, tuple(problems))
        fallback = user_data_dir()
        problems.append(
            f"You can't write to the journal folder your school chose ({folder}), so your "
            f"journal is kept in {fallback} instead."
        )
        return Deployment(fallback, not _no_wal_drive(fallback), False, school, tuple(problems))

    folder = user_data_dir()
    return Deployment(folder, not _no_wal_drive(folder), False, school, tuple(problems))


def apply(deployment: Deployment) -> None:
    """Make the storage layer use the rollback journal when WAL is unsafe here."""
    if not deployment.use_wal:
        os.environ[ENV_NO_WAL] = "1"


def _expand(text: str) -> Path:
    return Path(os.path.expanduser(os.path.expandvars(text)))


def _login() -> str:
    try:
        name = getpass.getuser()
    except Exception:  # no login name (e.g. a service account without one)
        name = ""
    safe = "".join(ch for ch in name if ch.isalnum() or ch in "-_.@ ").strip(". ")
    return safe or "student"


def _per_user(root: str) -> Path:
    if "{user}" in root:
        return _expand(root.replace("{user}", _login()))
    return _expand(root) / _login()


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError:
        return False
    return True


def is_removable_or_network(folder: Path) -> bool:
    """A USB stick, SD card or network drive (best effort; False when unsure)."""
    text = str(folder)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        try:
            import ctypes

            drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
            # DRIVE_REMOVABLE = 2, DRIVE_REMOTE = 4
            return int(ctypes.windll.kernel32.GetDriveTypeW(drive)) in (2, 4)
        except (AttributeError, OSError):
            return False
    parts = Path(os.path.abspath(text)).parts
    if sys.platform == "darwin":
        return len(parts) > 2 and parts[1] == "Volumes"
    if (len(parts) > 1 and parts[1] == "media") or parts[1:3] == ("run", "media"):
        return True
    return _linux_block_removable(folder)


def _linux_block_removable(folder: Path) -> bool:
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        dev = probe.stat().st_dev
        block = Path(f"/sys/dev/block/{os.major(dev)}:{os.minor(dev)}").resolve()
    except OSError:
        return False
    for candidate in (block, block.parent):
        flag = candidate / "removable"
        try:
            if flag.read_text().strip() == "1":
                return True
        except OSError:
            continue
    return False


def _no_wal_drive(folder: Path) -> bool:
    return is_removable_or_network(folder)


def load_school_packs(journal: object, packs: tuple[Path, ...]) -> list[str]:
    """Bring the school's prompt packs into the journal (refreshing ones already there).

    A pack that can't be read or checked is left out with one sentence; the
    others still load.
    """
    from journal.store.errors import JournalError
    from journal.store.prompts import import_prompt_pack, read_pack_file

    problems: list[str] = []
    for pack in packs:
        try:
            raw = read_pack_file(pack)
            with journal.write() as session:  # type: ignore[attr-defined]
                import_prompt_pack(session, raw)
        except (JournalError, OSError, ValueError) as exc:
            problems.append(f"The school's prompt pack {pack} was not loaded: {exc}")
    return problems
