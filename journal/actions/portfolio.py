"""Actions for a portfolio out and feedback back: export, import, marking feedback read.

Exports and imports are long work: the window runs them on the writer thread
with :meth:`journal.ui.runner.ActionRunner.submit`, which passes ``progress``
and ``cancel``. An import says precisely what it changed (a feedback file
only feedback; a portfolio anything), so every view decides for itself
whether to redraw. Nothing here is undone from Edit → Undo: an import is
all-or-nothing and a portfolio written to disk is the student's file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import select

from journal.actions.base import NOTHING, Changes, Kind, Outcome, Scope, action
from journal.portfolio.errors import ImportRefused
from journal.store.database import Journal
from journal.store.models import Feedback
from journal.store.read_models.feedback import comment_entry_ids, comment_goal_ids

if TYPE_CHECKING:
    from journal.portfolio.export import ExportFormat, ExportResult
    from journal.portfolio.model import PortfolioData

Progress = Callable[[int, int], None]


class CancelFlag(Protocol):
    """What the runner passes as ``cancel`` (a CancelToken): read, never set, here."""

    @property
    def cancelled(self) -> bool: ...


def _cancelled(cancel: CancelFlag | None) -> Callable[[], bool] | None:
    return None if cancel is None else (lambda: cancel.cancelled)


class UnknownKind(ImportRefused):
    """The file's content didn't say what it is; the student can choose its kind."""


@dataclass(frozen=True)
class ImportReport:
    """What an import did, as plain facts (the window words them, with plurals).

    ``summary`` is the importer's English sentence (the command line's);
    ``counts`` its numbers (e.g. ``comments``, ``already_here``, ``entries``);
    ``author`` who wrote a feedback file or prompt pack, ``name`` a pack's name.
    """

    kind: str
    summary: str
    counts: dict[str, int] = field(default_factory=dict)
    author: str = ""
    name: str = ""


# What each kind of import can change, for the views to refresh themselves.
_IMPORT_CHANGES: dict[str, Changes] = {
    "pack": Changes.of(Kind.PROMPTS),
    "jrnl": Changes.of(Kind.ENTRIES, Kind.TEXT, Kind.REVISIONS, Kind.DETAILS, Kind.TAGS),
    "dayone": Changes.of(
        Kind.ENTRIES, Kind.TEXT, Kind.REVISIONS, Kind.DETAILS, Kind.TAGS, Kind.ATTACHMENTS
    ),
}


def _import_feedback(
    journal: Journal, path: Path, progress: Progress | None
) -> Outcome[ImportReport]:
    from journal.portfolio.feedback import apply_feedback, read_feedback_file

    feedback = read_feedback_file(path)
    with journal.write() as session:
        added, already = apply_feedback(session, feedback, path.name)
        ids = [c.id for c in feedback.comments]
        entries = comment_entry_ids(session, ids) if added else set()
        goals = comment_goal_ids(session, ids) if added else set()
    if progress is not None:
        progress(1, 1)
    who = feedback.author_name or "your teacher"
    report = ImportReport(
        kind="feedback",
        # The command line's sentence (journal.portfolio.feedback.import_feedback).
        summary=(
            f"Added {added} new comments from {who}; they are marked unread until you see them."
            if added
            else f"All {already} comments from {who} were already in your journal."
        ),
        counts={"comments": added, "already_here": already},
        author=feedback.author_name,
    )
    if not added:
        return Outcome(report)
    kinds = (Kind.FEEDBACK, Kind.EXHIBITIONS) if feedback.panel_notes else (Kind.FEEDBACK,)
    return Outcome(report, Changes.of(*kinds, entries=entries, goals=goals))


def _import_pack(journal: Journal, path: Path, progress: Progress | None) -> Outcome[ImportReport]:
    from journal.store.prompts import import_prompt_pack, read_pack_file

    raw = read_pack_file(path)
    with journal.write() as session:
        pack = import_prompt_pack(session, raw)
    if progress is not None:
        progress(1, 1)
    by = f" by {pack.author}" if pack.author else ""
    report = ImportReport(
        kind="pack",
        summary=f"Imported the prompt pack '{pack.name}'{by} ({pack.prompts} prompts).",
        counts={"prompts": pack.prompts},
        author=pack.author,
        name=pack.name,
    )
    return Outcome(report, _IMPORT_CHANGES["pack"])


def detect_import_kind(path: Path) -> str:
    """The kind of file, from its content; :class:`UnknownKind` if it can't be told."""
    from journal.portfolio.imports import detect_kind

    try:
        return detect_kind(path)
    except ImportRefused as exc:
        if path.is_file():
            raise UnknownKind(str(exc)) from None
        raise


@action("Import a file")
def import_any_file(
    journal: Journal,
    path: Path,
    kind: str | None = None,
    *,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> Outcome[ImportReport]:
    """Import a prompt pack, feedback, a portfolio, a jrnl journal or a Day One export.

    The kind is recognised from the content unless given. Everything is
    checked before anything changes; a refusal raises :class:`ImportRefused`
    (or :class:`UnknownKind`) and leaves the journal as it was.
    """
    from journal.portfolio.imports import import_file

    path = Path(path)
    if kind is None:
        kind = detect_import_kind(path)
    if kind == "feedback":
        return _import_feedback(journal, path, progress)
    if kind == "pack":
        return _import_pack(journal, path, progress)
    if kind == "portfolio":
        from journal.portfolio.portfolio_import import import_portfolio

        result = import_portfolio(journal, path, progress, _cancelled(cancel))
        changes = Changes.all() if any(result.counts.values()) else NOTHING
    else:
        result = import_file(journal, path, kind, progress=progress)
        added = result.counts.get("entries", 0)
        changes = _IMPORT_CHANGES.get(kind, Changes.all()) if added else NOTHING
    return Outcome(ImportReport(result.kind, result.summary, dict(result.counts)), changes)


# Writing a portfolio changes no journal, so it is allowed on a read-only one too.
@action("Export portfolio", scope=Scope.REVIEW)
def export_portfolio(
    journal: Journal,
    out: Path,
    *,
    format: ExportFormat | str = "archive",
    data: PortfolioData | None = None,
    timeline_png: bytes | None = None,
    page_size: str = "A4",
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> Outcome[ExportResult]:
    """Write a portfolio archive, a folder of web pages or a PDF; nothing in the journal changes.

    A cancel raises :class:`journal.portfolio.errors.ExportCancelled` and leaves no file.
    """
    from journal.portfolio.export import export_portfolio as write

    result = write(
        journal,
        Path(out),
        format=format,
        data=data,
        timeline_png=timeline_png,
        page_size=page_size,
        progress=progress,
        cancelled=_cancelled(cancel),
    )
    return Outcome(result)


@action("Mark feedback read")
def mark_feedback_read(journal: Journal, feedback_ids: list[str]) -> Outcome[list[str]]:
    """Mark comments as seen; the value is those that were still unread."""
    from journal.core.enums import utcnow

    wanted = list(dict.fromkeys(feedback_ids))
    if not wanted:
        return Outcome([])
    with journal.write() as session:
        rows = list(
            session.scalars(
                select(Feedback).where(Feedback.id.in_(wanted), Feedback.read_at.is_(None))
            )
        )
        now = utcnow()
        for row in rows:
            row.read_at = now
        marked = [row.id for row in rows]
        entries = comment_entry_ids(session, marked)
        goals = comment_goal_ids(session, marked)
    if not marked:
        return Outcome([])
    return Outcome(marked, Changes.of(Kind.FEEDBACK, entries=entries, goals=goals))
