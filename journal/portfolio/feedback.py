"""Feedback files: what a teacher writes while reviewing a portfolio, and the student imports.

A ``*.feedback.json`` (format in docs/feedback-format.md) names the portfolio it
belongs to (its ``portfolio_id`` and the student's ``journal_id`` and name) and
holds comments, each about an entry, a revision, a goal, a criterion or a
checkpoint, by id. Importing one into a journal refuses a file meant for another
journal or naming items the journal doesn't have, adds every new comment in one
transaction, and adds nothing twice when the same file comes again.

The student's side also reads feedback back: :func:`list_feedback`,
:func:`feedback_marks` (for the list and timeline) and :func:`mark_feedback_read`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from journal import __version__
from journal.core.exhibitions import PanelNoteKind
from journal.portfolio.errors import ExportFailed, ImportRefused
from journal.portfolio.formatting import count
from journal.portfolio.importer import Importer, ImportResult, Progress
from journal.portfolio.model import iso_time
from journal.portfolio.schema import Checker, parse_json
from journal.store.database import Journal
from journal.store.files import write_atomically
from journal.store.models import (
    AuthorRole,
    Checkpoint,
    Criterion,
    Entry,
    Exhibition,
    ExhibitionStation,
    Feedback,
    FeedbackTarget,
    Goal,
    LearnerProfile,
    PanelNote,
    Revision,
    utcnow,
)

FEEDBACK_FORMAT = "learning-journal-feedback"
FEEDBACK_VERSION = "1.0"
PANEL_NOTES_VERSION = "1.1"  # 1.1 added panel_notes (1.0 readers ignore them)
FEEDBACK_SUFFIX = ".feedback.json"
MAX_FEEDBACK_BYTES = 16 * 1024 * 1024
MAX_COMMENTS = 10_000
MAX_COMMENT_CHARS = 20_000
TARGET_KINDS: dict[str, type] = {
    FeedbackTarget.ENTRY: Entry,
    FeedbackTarget.REVISION: Revision,
    FeedbackTarget.GOAL: Goal,
    FeedbackTarget.CRITERION: Criterion,
    FeedbackTarget.CHECKPOINT: Checkpoint,
}
ROLES = {role.value for role in AuthorRole}
PANEL_KINDS = {kind.value for kind in PanelNoteKind}
MAX_PANEL_NOTES = 10_000
ADVICE = "ask whoever wrote it to save the feedback again"


@dataclass(frozen=True)
class FeedbackComment:
    id: str
    target_kind: str
    target_id: str
    body: str
    author_name: str
    author_role: str = "teacher"
    written_at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass(frozen=True)
class PanelFeedback:
    """A panel member's wow, wonder, question or rating (1–4) on an exhibition."""

    id: str
    exhibition_id: str
    kind: str
    text: str = ""
    station_id: str | None = None
    criterion_id: str | None = None
    level: int | None = None
    author_name: str = ""
    written_at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass
class FeedbackFile:
    """One feedback file: which portfolio it is about, who wrote it, and the comments."""

    feedback_id: str
    portfolio_id: str
    journal_id: str
    student_name: str
    author_name: str
    author_role: str = "teacher"
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    app_version: str = __version__
    comments: list[FeedbackComment] = field(default_factory=list)
    panel_notes: list[PanelFeedback] = field(default_factory=list)


def new_feedback_file(
    *, portfolio_id: str, journal_id: str, student_name: str, author_name: str,
    author_role: str = "teacher",
) -> FeedbackFile:  # fmt: skip
    return FeedbackFile(
        feedback_id=str(uuid.uuid4()),
        portfolio_id=portfolio_id,
        journal_id=journal_id,
        student_name=student_name,
        author_name=author_name,
        author_role=author_role,
    )


def feedback_to_json(feedback: FeedbackFile) -> dict[str, Any]:
    """The file's JSON: format 1.0, or 1.1 when it carries a panel's notes."""
    doc = {
        "format": FEEDBACK_FORMAT,
        "format_version": PANEL_NOTES_VERSION if feedback.panel_notes else FEEDBACK_VERSION,
        "feedback_id": feedback.feedback_id,
        "created_at": iso_time(feedback.created_at),
        "app_version": feedback.app_version,
        "portfolio": {
            "portfolio_id": feedback.portfolio_id,
            "journal_id": feedback.journal_id,
            "student_name": feedback.student_name,
        },
        "author": {"name": feedback.author_name, "role": feedback.author_role},
        "comments": [
            {
                "id": c.id,
                "target": {"kind": c.target_kind, "id": c.target_id},
                "body": c.body,
                "author": {"name": c.author_name, "role": c.author_role},
                "written_at": iso_time(c.written_at),
            }
            for c in feedback.comments
        ],
        "panel_notes": [
            {
                "id": n.id,
                "exhibition_id": n.exhibition_id,
                "station_id": n.station_id,
                "criterion_id": n.criterion_id,
                "kind": n.kind,
                "text": n.text,
                "level": n.level,
                "author": {"name": n.author_name},
                "written_at": iso_time(n.written_at),
            }
            for n in feedback.panel_notes
        ],
    }
    if not feedback.panel_notes:
        del doc["panel_notes"]
    return doc


def write_feedback_file(feedback: FeedbackFile, out: Path) -> Path:
    """Write the file under a temporary name, then rename it into place."""
    out = Path(out)
    if not out.parent.is_dir():
        raise ExportFailed(f"The folder {out.parent} doesn't exist; choose another place.")
    data = json.dumps(feedback_to_json(feedback), ensure_ascii=False, indent=1).encode("utf-8")
    try:
        write_atomically(out, data, shared=True)  # it goes to the student
    except OSError as exc:
        raise ExportFailed(
            f"The feedback could not be saved in {out.parent} ({exc.strerror or exc}); "
            "choose a folder you can write to."
        ) from exc
    return out


def parse_feedback(raw: bytes, label: str) -> FeedbackFile:
    """A checked :class:`FeedbackFile` from the bytes of a feedback file."""
    check = Checker(label, ADVICE)
    doc = check.obj(parse_json(raw, label, ADVICE), "the file")
    if doc.get("format") != FEEDBACK_FORMAT:
        raise ImportRefused(
            f"{label} is not a Learning Journal feedback file; choose a .feedback.json file."
        )
    check.version(doc, "format_version", "feedback", "feedback format")
    portfolio = check.obj(doc.get("portfolio"), "portfolio")
    author = check.obj(doc.get("author", {}), "author")
    feedback = FeedbackFile(
        feedback_id=check.identifier(doc, "feedback_id", "feedback"),
        portfolio_id=check.identifier(portfolio, "portfolio_id", "portfolio"),
        journal_id=check.identifier(portfolio, "journal_id", "portfolio"),
        student_name=check.text(portfolio, "student_name", "portfolio", 1_000),
        author_name=check.text(author, "name", "author", 1_000),
        author_role=check.choice(author, "role", "author", ROLES, AuthorRole.TEACHER),
        created_at=check.time(doc, "created_at", "feedback"),
        app_version=check.text(doc, "app_version", "feedback", 40),
    )
    seen: set[str] = set()
    for i, raw_comment in enumerate(check.array(doc, "comments", "feedback", MAX_COMMENTS)):
        where = f"comments[{i}]"
        c = check.obj(raw_comment, where)
        target = check.obj(c.get("target"), f"{where}.target")
        by = check.obj(c.get("author", {}), f"{where}.author")
        comment = FeedbackComment(
            id=check.identifier(c, "id", where),
            target_kind=check.choice(target, "kind", f"{where}.target", set(TARGET_KINDS), ""),
            target_id=check.identifier(target, "id", f"{where}.target"),
            body=check.text(c, "body", where, MAX_COMMENT_CHARS, required=True),
            author_name=check.text(by, "name", f"{where}.author", 1_000) or feedback.author_name,
            author_role=check.choice(by, "role", f"{where}.author", ROLES, feedback.author_role),
            written_at=check.time(c, "written_at", where),
        )
        if comment.id in seen:
            check.fail(f"{where}.id", "is used twice")
        if not comment.body.strip():
            check.fail(f"{where}.body", "is empty")
        seen.add(comment.id)
        feedback.comments.append(comment)
    for i, raw_note in enumerate(check.array(doc, "panel_notes", "feedback", MAX_PANEL_NOTES)):
        where = f"panel_notes[{i}]"
        n = check.obj(raw_note, where)
        by = check.obj(n.get("author", {}), f"{where}.author")
        kind = check.choice(n, "kind", where, PANEL_KINDS, "")
        note = PanelFeedback(
            id=check.identifier(n, "id", where),
            exhibition_id=check.identifier(n, "exhibition_id", where),
            station_id=check.optional_id(n, "station_id", where),
            criterion_id=check.optional_id(n, "criterion_id", where),
            kind=kind,
            text=check.text(n, "text", where, MAX_COMMENT_CHARS),
            level=check.optional_int(n, "level", where, 1, 4),
            author_name=check.text(by, "name", f"{where}.author", 1_000) or feedback.author_name,
            written_at=check.time(n, "written_at", where),
        )
        if note.id in seen:
            check.fail(f"{where}.id", "is used twice")
        if kind == PanelNoteKind.RATING:
            if note.level is None or note.criterion_id is None:
                check.fail(where, "is a rating without a level or a criterion")
        elif not note.text.strip():
            check.fail(f"{where}.text", "is empty")
        seen.add(note.id)
        feedback.panel_notes.append(note)
    return feedback


def read_feedback_file(path: Path) -> FeedbackFile:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FEEDBACK_BYTES:
            raise ImportRefused(f"{path.name} is far too large to be a feedback file; {ADVICE}.")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportRefused(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise ImportRefused(f"{path} is a folder; choose a .feedback.json file.") from None
    except OSError as exc:
        raise ImportRefused(f"{path.name} can't be read ({exc.strerror or exc}).") from None
    return parse_feedback(raw, path.name)


def apply_feedback(session: Session, feedback: FeedbackFile, label: str) -> tuple[int, int]:
    """Check the file belongs here and every item exists, then add new comments.

    Returns (added, already here). Raises ImportRefused before changing anything.
    """
    profile = session.scalar(select(LearnerProfile).limit(1))
    if profile is None or profile.journal_id != feedback.journal_id:
        who = f"{feedback.student_name}’s" if feedback.student_name else "another"
        raise ImportRefused(
            f"{label} is feedback on {who} portfolio, not on this journal, so it was not "
            "added; ask your teacher for the feedback on your own portfolio."
        )
    wanted: dict[str, set[str]] = {}
    for comment in feedback.comments:
        wanted.setdefault(comment.target_kind, set()).add(comment.target_id)
    for kind, ids in wanted.items():
        model = TARGET_KINDS[kind]
        found = set(session.scalars(select(model.id).where(model.id.in_(ids))))  # type: ignore[attr-defined]
        if ids - found:
            raise ImportRefused(
                f"{label} has comments on a {kind} that isn't in this journal (perhaps it was "
                "deleted for good), so none were added; ask your teacher to check the file."
            )
    _check_panel_notes(session, feedback, label)
    comment_ids = [c.id for c in feedback.comments]
    present = set(session.scalars(select(Feedback.id).where(Feedback.id.in_(comment_ids))))
    added = 0
    now = utcnow()
    for comment in feedback.comments:
        if comment.id in present:
            continue
        session.add(
            Feedback(
                id=comment.id,
                author_name=comment.author_name,
                author_role=comment.author_role,
                target_kind=comment.target_kind,
                target_id=comment.target_id,
                body=comment.body,
                written_at=comment.written_at,
                imported_at=now,
                source_file_id=feedback.feedback_id,
            )
        )
        added += 1
    panel_ids = [n.id for n in feedback.panel_notes]
    panel_present = set(session.scalars(select(PanelNote.id).where(PanelNote.id.in_(panel_ids))))
    for note in feedback.panel_notes:
        if note.id in panel_present:
            continue
        session.add(
            PanelNote(
                id=note.id,
                exhibition_id=note.exhibition_id,
                station_id=note.station_id,
                criterion_id=note.criterion_id,
                kind=PanelNoteKind(note.kind),
                text=note.text,
                level=note.level if note.kind == PanelNoteKind.RATING else None,
                author_name=note.author_name,
                written_at=note.written_at,
            )
        )
        added += 1
    session.flush()
    return added, len(present) + len(panel_present)


def _check_panel_notes(session: Session, feedback: FeedbackFile, label: str) -> None:
    """Every exhibition, station and criterion a panel note names is this journal's,
    and each station belongs to its note's exhibition."""
    if not feedback.panel_notes:
        return
    exhibitions = {n.exhibition_id for n in feedback.panel_notes}
    found = set(session.scalars(select(Exhibition.id).where(Exhibition.id.in_(exhibitions))))
    station_ids = {n.station_id for n in feedback.panel_notes if n.station_id}
    station_of: dict[str, str] = {
        station: exhibition
        for station, exhibition in session.execute(
            select(ExhibitionStation.id, ExhibitionStation.exhibition_id).where(
                ExhibitionStation.id.in_(station_ids)
            )
        )
    }
    criterion_ids = {n.criterion_id for n in feedback.panel_notes if n.criterion_id}
    criteria = set(session.scalars(select(Criterion.id).where(Criterion.id.in_(criterion_ids))))
    for note in feedback.panel_notes:
        if (
            note.exhibition_id not in found
            or (note.station_id and station_of.get(note.station_id) != note.exhibition_id)
            or (note.criterion_id and note.criterion_id not in criteria)
        ):
            raise ImportRefused(
                f"{label} has panel feedback on an exhibition or station that isn't in this "
                "journal (perhaps it was deleted), so nothing was added; ask whoever wrote it "
                "to check the file."
            )


def import_feedback(journal: Journal, path: Path, progress: Progress | None = None) -> ImportResult:
    """Import a feedback file into the student's journal (all or nothing)."""
    path = Path(path)
    feedback = read_feedback_file(path)
    with journal.write() as session:
        added, already = apply_feedback(session, feedback, path.name)
    if progress is not None:
        progress(1, 1)
    who = feedback.author_name or "your teacher"
    if added == 0:
        summary = (
            f"The comment from {who} was already in your journal."
            if already == 1
            else f"All {count(already, 'comment')} from {who} were already in your journal."
        )
    else:
        summary = (
            f"Added {count(added, 'new comment')} from {who}; "
            f"{'it is' if added == 1 else 'they are'} marked unread until you see "
            f"{'it' if added == 1 else 'them'}."
        )
    return ImportResult(
        kind="feedback", summary=summary, counts={"comments": added, "already_here": already}
    )


# -- reading feedback back (for the feedback panel, list and timeline) ------------------------


def list_feedback(
    session: Session,
    *,
    target_kind: str | None = None,
    target_ids: Iterable[str] | None = None,
    unread_only: bool = False,
) -> list[Feedback]:
    stmt = select(Feedback).order_by(Feedback.written_at)
    if target_kind is not None:
        stmt = stmt.where(Feedback.target_kind == target_kind)
    if target_ids is not None:
        stmt = stmt.where(Feedback.target_id.in_(list(target_ids)))
    if unread_only:
        stmt = stmt.where(Feedback.read_at.is_(None))
    return list(session.scalars(stmt))


def feedback_for_entry(session: Session, entry_id: str) -> list[Feedback]:
    """Comments on the entry itself and on any of its revisions, oldest first."""
    revision_ids = list(session.scalars(select(Revision.id).where(Revision.entry_id == entry_id)))
    stmt = (
        select(Feedback)
        .where(
            ((Feedback.target_kind == FeedbackTarget.ENTRY) & (Feedback.target_id == entry_id))
            | (
                (Feedback.target_kind == FeedbackTarget.REVISION)
                & Feedback.target_id.in_(revision_ids)
            )
        )
        .order_by(Feedback.written_at)
    )
    return list(session.scalars(stmt))


@dataclass(frozen=True)
class FeedbackMark:
    total: int
    unread: int


def feedback_marks(session: Session) -> dict[str, FeedbackMark]:
    """Per entry id: how many comments are on it (or its revisions), and how many unread."""
    marks: dict[str, list[int]] = {}
    rows = session.execute(
        select(Feedback.target_kind, Feedback.target_id, Feedback.read_at).where(
            Feedback.target_kind.in_((FeedbackTarget.ENTRY, FeedbackTarget.REVISION))
        )
    ).all()
    revision_ids = [r.target_id for r in rows if r.target_kind == FeedbackTarget.REVISION]
    owner: dict[str, str] = {}
    for revision_id, owner_id in session.execute(
        select(Revision.id, Revision.entry_id).where(Revision.id.in_(revision_ids))
    ):
        owner[revision_id] = owner_id
    for kind, target_id, read_at in rows:
        entry_id: str | None = target_id if kind == FeedbackTarget.ENTRY else owner.get(target_id)
        if entry_id is None:
            continue
        counts = marks.setdefault(entry_id, [0, 0])
        counts[0] += 1
        counts[1] += read_at is None
    return {k: FeedbackMark(total, unread) for k, (total, unread) in marks.items()}


def unread_feedback_count(session: Session) -> int:
    return len(list(session.scalars(select(Feedback.id).where(Feedback.read_at.is_(None)))))


def mark_feedback_read(
    session: Session, feedback_ids: Iterable[str], *, now: datetime | None = None
) -> int:
    """Mark comments as seen; returns how many changed from unread."""
    changed = 0
    for row in session.scalars(select(Feedback).where(Feedback.id.in_(list(feedback_ids)))):
        if row.read_at is None:
            row.read_at = now or utcnow()
            changed += 1
    return changed


def looks_like_feedback(path: Path, head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") and FEEDBACK_FORMAT.encode() in head


# Listed by journal.portfolio.imports (this module doesn't import it).
IMPORTER = Importer(run=import_feedback, sniff=looks_like_feedback, label="a feedback file")
