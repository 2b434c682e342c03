"""``journal import FILE``: one dispatcher for every kind of file the journal takes in.

Each kind has an :class:`~journal.portfolio.importer.Importer` in :data:`IMPORTERS`
(kind → importer) with a ``run`` function that checks everything before it
changes anything and applies all-or-nothing in one transaction, and a ``sniff``
function that recognises the kind from the start of the file, so ``--from`` can
be left out. The importers declare theirs (``portfolio_import.IMPORTER``, …)
in modules that never import this one (their shared types are in the leaf
module :mod:`journal.portfolio.importer`); this dispatcher lists them. A kind
can also be added at run time with :func:`register_importer`.

This module implements the teacher's prompt pack (``pack``).
"""

from __future__ import annotations

from pathlib import Path

from journal.portfolio import feedback, other_tools, portfolio_import
from journal.portfolio.errors import ImportRefused
from journal.portfolio.formatting import count
from journal.portfolio.importer import Importer, ImportResult, Progress
from journal.store.database import Journal
from journal.store.prompts import import_parsed_pack, parse_pack_bytes, read_pack_file

# Every kind the command line knows by name, whether or not its importer is
# installed yet (so a known-but-missing kind gets a different sentence).
KNOWN_KINDS: tuple[str, ...] = ("pack", "jrnl", "dayone", "portfolio", "feedback")
SNIFF_BYTES = 64 * 1024

__all__ = [
    "IMPORTERS",
    "KNOWN_KINDS",
    "ImportResult",
    "Importer",
    "Progress",
    "detect_kind",
    "import_file",
    "register_importer",
]


def register_importer(kind: str, importer: Importer) -> None:
    IMPORTERS[kind] = importer


def _head(path: Path) -> bytes:
    from journal.store.files import source_file_problem

    problem = source_file_problem(path)  # a pipe or a device is refused before it is opened
    if problem is not None:
        raise ImportRefused(problem)
    try:
        with path.open("rb") as handle:
            return handle.read(SNIFF_BYTES)
    except FileNotFoundError:
        raise ImportRefused(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise ImportRefused(f"{path} is a folder; choose a file to import.") from None
    except PermissionError:
        raise ImportRefused(f"Learning Journal isn't allowed to read {path}.") from None


def detect_kind(path: Path) -> str:
    """The kind of file, recognised from its content (not its name)."""
    head = _head(path)
    for kind, importer in IMPORTERS.items():
        if importer.sniff(path, head):
            return kind
    kinds = ", ".join(KNOWN_KINDS)
    raise ImportRefused(
        f"Learning Journal can't tell what kind of file {path.name} is; "
        f"say which with --from ({kinds})."
    )


def import_file(
    journal: Journal, path: Path, kind: str | None = None, *, progress: Progress | None = None
) -> ImportResult:
    """Import one file, of the given kind or of the kind its content shows."""
    path = Path(path)
    _head(path)  # not a regular file, missing or too big: refused before anything is read
    if kind is None:
        kind = detect_kind(path)
    importer = IMPORTERS.get(kind)
    if importer is None:
        if kind in KNOWN_KINDS:
            raise ImportRefused(f"Importing {kind} files isn't available in this version yet.")
        raise ImportRefused(
            f"'{kind}' isn't a kind of file Learning Journal imports; "
            f"use one of: {', '.join(KNOWN_KINDS)}."
        )
    _head(path)  # a missing or unreadable file gets its sentence before anything starts
    return importer.run(journal, path, progress)


# -- prompt packs ---------------------------------------------------------------


def looks_like_prompt_pack(_path: Path, head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text.startswith(b"{") and b'"learning-journal-prompt-pack"' in head


def import_prompt_pack_file(
    journal: Journal, path: Path, progress: Progress | None = None
) -> ImportResult:
    """Check a teacher's prompt pack in full, then add it in one transaction."""
    parsed = parse_pack_bytes(read_pack_file(path))  # checked in full before the journal is used
    with journal.write() as session:
        pack = import_parsed_pack(session, parsed)
    if progress is not None:
        progress(1, 1)
    by = f" by {pack.author}" if pack.author else ""
    return ImportResult(
        kind="pack",
        summary=f"Imported the prompt pack '{pack.name}'{by} ({count(pack.prompts, 'prompt')}).",
        counts={"prompts": pack.prompts},
    )


# In the order their sniffers are tried.
IMPORTERS: dict[str, Importer] = {
    "pack": Importer(
        run=import_prompt_pack_file, sniff=looks_like_prompt_pack, label="a prompt pack"
    ),
    "feedback": feedback.IMPORTER,
    "jrnl": other_tools.JRNL_IMPORTER,
    "dayone": other_tools.DAYONE_IMPORTER,
    "portfolio": portfolio_import.IMPORTER,
}
