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
    Feedback,
    FeedbackTarget,
    Goal,
    LearnerProfile,
    Revision,
    utcnow,
)

FEEDBACK_FORMAT = "learning-journal-feedback"
FEEDBACK_VERSION = "1.0"
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
    return {
        "format": FEEDBACK_FORMAT,
        "format_version": FEEDBACK_VERSION,
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
    }


def write_feedback_file(feedback: FeedbackFile, out: Path) -> Path:
    """Write the file under a temporary name, then rename it into place."""
    out = Path(out)
    if not out.parent.is_dir():
        raise ExportFailed(f"The folder {out.parent} doesn't exist; choose another place.")
    data = json.dumps(feedback_to_json(feedback), ensure_ascii=False, indent=1).encode("utf-8")
    try:
        write_atomically(out, data)
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
    session.flush()
    return added, len(present)


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
