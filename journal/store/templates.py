"""Entry templates: Markdown files the student starts a new entry from.

Built-in templates ship in ``resources/templates/``; the student's own live in
``<data folder>/templates/``. A template file is plain Markdown whose first
heading (``# Weekly reflection``) is its display name; the rest is the body a
new entry starts with. Files are written atomically (temp file, fsync,
rename), so a crash never leaves half a template behind.
"""

from __future__ import annotations

import errno
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journal.core import languages
from journal.resources import resource_path
from journal.store.errors import DiskFullError, JournalError, NotFoundError, ReadOnlyFolderError
from journal.store.files import write_atomically
from journal.store.paths import JournalPaths

if TYPE_CHECKING:
    from journal.store.crypto import DataKey

#: The header of an encrypted file (journal.store.crypto.FILE_MAGIC; not imported, so
#: reading templates never loads the cryptography package for a plain journal).
FILE_MAGIC = b"LJCRYPT1"

SUFFIX = ".md"
BLANK = "blank"
# Built-ins listed first in this order; any other built-in follows by title.
BUILTIN_ORDER = ("blank", "weekly-reflection", "project-log", "something-i-learned")
MAX_NAME_LENGTH = 60
# A template is a page of prompts; anything far bigger is not one of ours.
MAX_TEMPLATE_BYTES = 256 * 1024

_HEADING = re.compile(r"^#\s+(?P<title>.*?)\s*#*\s*$")
_WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(10)),
    *(f"LPT{i}" for i in range(10)),
}
_FORBIDDEN_CHARS = set('/\\:*?"<>|')


class TemplateError(JournalError):
    """A template can't be saved or deleted; ``str(err)`` says why."""


@dataclass(frozen=True)
class Template:
    """One template.

    ``name`` is the file stem and the template's key (``weekly-reflection``);
    ``title`` is its display name, taken from the file's first heading;
    ``body`` is the Markdown after that heading.
    """

    name: str
    title: str
    body: str
    builtin: bool
    path: Path | None = None

    @property
    def entry_title(self) -> str:
        """The title a new entry made from this template starts with."""
        return "" if self.builtin and self.name == BLANK else self.title


def builtin_templates_dir(language: str | None = None) -> Path:
    """The built-in templates in a language (the app's, by default); English is the fallback.

    English ones are ``templates/*.md``; another language's are ``templates/<code>/``,
    with the same file names.
    """
    code = languages.supported(language or languages.content_language())
    if code != languages.DEFAULT and resource_path("templates", code).is_dir():
        return resource_path("templates", code)
    return resource_path("templates")


def user_templates_dir(paths: JournalPaths) -> Path:
    return paths.root / "templates"


def parse_template(text: str, name: str) -> tuple[str, str]:
    """(title, body) of a template file's text.

    The title is the first line's ``# heading``; without one, the file name
    stands in and the whole text is the body.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None:
        match = _HEADING.match(lines[first])
        if match and match.group("title"):
            body = "\n".join(lines[first + 1 :]).lstrip("\n")
            return match.group("title"), body
    return _title_from_name(name), text


def _title_from_name(name: str) -> str:
    words = name.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else name


def _read(path: Path, builtin: bool, key: DataKey | None = None) -> Template | None:
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            return None
        raw = path.read_bytes()
        if key is not None and raw.startswith(FILE_MAGIC):  # a locked journal's template
            raw = key.files.decrypt_bytes(raw)
        text = raw.decode("utf-8", errors="replace")
    except (OSError, ValueError):
        # One unreadable file (a sync conflict, a permissions slip) must not
        # hide every other template.
        return None
    title, body = parse_template(text, path.stem)
    return Template(name=path.stem, title=title, body=body, builtin=builtin, path=path)


def _templates_in(folder: Path, builtin: bool, key: DataKey | None = None) -> list[Template]:
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        if path.suffix.lower() != SUFFIX or path.name.startswith(".") or not path.is_file():
            continue
        template = _read(path, builtin, key)
        if template is not None:
            found.append(template)
    return found


def _builtin_rank(template: Template) -> tuple[int, str]:
    try:
        return BUILTIN_ORDER.index(template.name), ""
    except ValueError:
        return len(BUILTIN_ORDER), template.title.casefold()


def builtin_names() -> set[str]:
    return {t.name.casefold() for t in _templates_in(builtin_templates_dir(), True)}


def list_templates(paths: JournalPaths) -> list[Template]:
    """Built-in templates (in a fixed order), then the student's own by title."""
    builtins = sorted(_templates_in(builtin_templates_dir(), True), key=_builtin_rank)
    taken = {t.name.casefold() for t in builtins}
    own = [
        t
        for t in _templates_in(user_templates_dir(paths), False, paths.data_key)
        # A file put there by hand under a built-in's name can't shadow it.
        if t.name.casefold() not in taken
    ]
    own.sort(key=lambda t: (t.title.casefold(), t.name))
    return builtins + own


def get_template(paths: JournalPaths, name: str) -> Template:
    for template in list_templates(paths):
        if template.name == name:
            return template
    raise NotFoundError(f"There is no template called “{name}”.")


def safe_template_name(name: str) -> str:
    """The file stem for a template name, or :class:`TemplateError` if it can't be one.

    Spaces become hyphens and letters become lower case, so "My Lab Notes"
    is stored as ``my-lab-notes.md``. Anything that could reach outside the
    templates folder or trip up Windows is refused rather than quietly changed.
    """
    cleaned = unicodedata.normalize("NFC", name).strip()
    if cleaned.lower().endswith(SUFFIX):
        cleaned = cleaned[: -len(SUFFIX)].strip()
    if not cleaned:
        raise TemplateError("Give the template a name first.")
    if (
        any(ch in _FORBIDDEN_CHARS or unicodedata.category(ch).startswith("C") for ch in cleaned)
        or cleaned.startswith(".")
        or cleaned.endswith(".")
    ):
        raise TemplateError(
            f"“{name.strip()}” can't be a template name; use letters, numbers, spaces and hyphens."
        )
    stem = re.sub(r"\s+", "-", cleaned).lower()
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        raise TemplateError(f"“{name.strip()}” is a name Windows keeps for itself; try another.")
    if len(stem) > MAX_NAME_LENGTH:
        raise TemplateError(f"Template names can be up to {MAX_NAME_LENGTH} characters long.")
    return stem


def _os_error(exc: OSError, folder: Path) -> JournalError:
    if exc.errno == errno.ENOSPC:
        return DiskFullError("The disk is full, so the template could not be saved.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyFolderError(
            f"Learning Journal can't write to {folder}, so the template could not be saved."
        )
    return TemplateError(f"The template could not be saved ({exc.strerror or exc}).")


def template_text(title: str, body: str) -> str:
    """The file text for a template: its heading, a blank line, then the body."""
    title = " ".join(title.split())
    body = body.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    return f"# {title}\n\n{body}\n" if body else f"# {title}\n"


def save_template(paths: JournalPaths, name: str, title: str, body: str) -> Template:
    """Write (or replace) one of the student's own templates, atomically."""
    stem = safe_template_name(name)
    if stem.casefold() in builtin_names():
        raise TemplateError(
            f"“{name.strip()}” is the name of a built-in template; choose another name."
        )
    title = " ".join(title.split()) or _title_from_name(stem)
    folder = user_templates_dir(paths)
    target = folder / f"{stem}{SUFFIX}"
    data = template_text(title, body).encode("utf-8")
    # A locked journal keeps its templates encrypted like everything else it wrote.
    stored = paths.data_key.files.encrypt_bytes(data) if paths.data_key is not None else data
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(target, stored, prefix=".saving-", suffix=".tmp")
    except OSError as exc:
        raise _os_error(exc, folder) from exc
    parsed_title, parsed_body = parse_template(data.decode("utf-8"), stem)
    return Template(name=stem, title=parsed_title, body=parsed_body, builtin=False, path=target)


def delete_template(paths: JournalPaths, name: str) -> None:
    """Remove one of the student's own templates; built-ins can't be deleted."""
    stem = safe_template_name(name)
    if stem.casefold() in builtin_names():
        raise TemplateError("Built-in templates can't be deleted.")
    own = _templates_in(user_templates_dir(paths), False, paths.data_key)
    # A file named by hand ("My Notes.md") is found by its listed name.
    target = next(
        (t.path for t in own if t.path is not None and t.name == name),
        user_templates_dir(paths) / f"{stem}{SUFFIX}",
    )
    try:
        target.unlink()
    except FileNotFoundError as exc:
        raise NotFoundError(f"There is no template called “{name.strip()}”.") from exc
    except OSError as exc:
        raise _os_error(exc, target.parent) from exc
