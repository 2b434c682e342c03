"""What every importer is and gives back: the shared types of ``journal import FILE``.

A leaf module: the modules that import a kind of file (portfolio_import,
feedback, other_tools) declare their :class:`Importer` here without importing
the dispatcher, :mod:`journal.portfolio.imports`, which lists them. So the
dispatcher depends on the importers and never the other way round.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from journal.store.database import Journal

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportResult:
    """What an import did, for the command line and the window."""

    kind: str
    summary: str  # one sentence, e.g. "Imported the prompt pack 'Science' (12 prompts)."
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Importer:
    run: Callable[[Journal, Path, Progress | None], ImportResult]
    sniff: Callable[[Path, bytes], bool]
    label: str  # "a prompt pack", used in sentences
