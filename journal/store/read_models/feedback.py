"""Feedback and the portfolio export preview, as the window reads them.

What a comment can be about (an entry and its revisions; a goal, its success
criteria and its checkpoints), the comments on what the window shows, where
the next new comment is, and what stays on this computer when a portfolio
leaves. Plain frozen values only: the widgets word them (and translate them).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from journal.core.enums import Audience, FeedbackTarget, Privacy
from journal.store.database import Journal
from journal.store.models import Checkpoint, Criterion, Entry, Feedback, Goal, Revision

TARGET_KINDS = ("entry", "revision", "goal", "criterion", "checkpoint")


@dataclass(frozen=True)
class TargetFacts:
    """What a comment is about, with what is needed to name it (None when it is gone)."""

    kind: str
    id: str
    title: str | None = None  # entry, revision (its entry's), goal, checkpoint; criterion text
    seq: int | None = None  # revision number
    day: date | datetime | None = None  # revision written, checkpoint due
    latest: bool = False  # the newest revision of its entry

    @property
    def exists(self) -> bool:
        return self.title is not None


@dataclass(frozen=True)
class CommentSnapshot:
    id: str
    target: TargetFacts
    author_name: str
    body: str
    written_at: datetime
    unread: bool


@dataclass(frozen=True)
class StayingItem:
    """A private entry or goal: listed in the export preview, unticked; it stays here."""

    id: str
    title: str
    day: date | None = None


# -- what a comment can be about --------------------------------------------------------


def entry_targets(journal: Journal, entry_id: str) -> list[TargetFacts]:
    """The entry, then each of its revisions, newest first."""
    with journal.read() as session:
        title = session.scalar(select(Entry.title).where(Entry.id == entry_id))
        if title is None:
            return []
        rows = session.execute(
            select(Revision.id, Revision.seq, Revision.created_at)
            .where(Revision.entry_id == entry_id)
            .order_by(Revision.seq.desc())
        ).all()
    targets = [TargetFacts("entry", entry_id, title)]
    targets += [
        TargetFacts("revision", row.id, title, row.seq, row.created_at, latest=i == 0)
        for i, row in enumerate(rows)
    ]
    return targets


def goal_targets(journal: Journal, goal_id: str) -> list[TargetFacts]:
    """The goal, its success criteria (in order) and its checkpoints (by date)."""
    with journal.read() as session:
        title = session.scalar(select(Goal.title).where(Goal.id == goal_id))
        if title is None:
            return []
        criteria = session.execute(
            select(Criterion.id, Criterion.text)
            .where(Criterion.goal_id == goal_id)
            .order_by(Criterion.position)
        ).all()
        checkpoints = session.execute(
            select(Checkpoint.id, Checkpoint.title, Checkpoint.due_on)
            .where(Checkpoint.goal_id == goal_id)
            .order_by(Checkpoint.due_on)
        ).all()
    return (
        [TargetFacts("goal", goal_id, title)]
        + [TargetFacts("criterion", row.id, row.text) for row in criteria]
        + [TargetFacts("checkpoint", row.id, row.title, day=row.due_on) for row in checkpoints]
    )


def _facts(session: Session, kind: str, target_id: str) -> TargetFacts:
    if kind == "entry":
        return TargetFacts(
            kind, target_id, session.scalar(select(Entry.title).where(Entry.id == target_id))
        )
    if kind == "revision":
        row = session.execute(
            select(Revision.seq, Revision.created_at, Entry.title)
            .join(Entry, Entry.id == Revision.entry_id)
            .where(Revision.id == target_id)
        ).first()
        if row is not None:
            return TargetFacts(kind, target_id, row.title, row.seq, row.created_at)
    elif kind == "goal":
        return TargetFacts(
            kind, target_id, session.scalar(select(Goal.title).where(Goal.id == target_id))
        )
    elif kind == "criterion":
        return TargetFacts(
            kind,
            target_id,
            session.scalar(select(Criterion.text).where(Criterion.id == target_id)),
        )
    elif kind == "checkpoint":
        checkpoint = session.execute(
            select(Checkpoint.title, Checkpoint.due_on).where(Checkpoint.id == target_id)
        ).first()
        if checkpoint is not None:
            return TargetFacts(kind, target_id, checkpoint.title, day=checkpoint.due_on)
    return TargetFacts(kind, target_id)


def describe_targets(
    journal: Journal, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], TargetFacts]:
    """Facts about each (kind, id), for naming it in a list of comments."""
    with journal.read() as session:
        return {key: _facts(session, *key) for key in set(keys)}


# -- comments ---------------------------------------------------------------------------------


def _snapshots(session: Session, rows: Iterable[Feedback]) -> list[CommentSnapshot]:
    facts: dict[tuple[str, str], TargetFacts] = {}
    shown = []
    for row in sorted(rows, key=lambda r: r.written_at):
        key = (row.target_kind, row.target_id)
        if key not in facts:
            facts[key] = _facts(session, *key)
        shown.append(
            CommentSnapshot(
                row.id, facts[key], row.author_name, row.body, row.written_at, row.read_at is None
            )
        )
    return shown


def comments_on_entry(journal: Journal, entry_id: str) -> list[CommentSnapshot]:
    """Comments on the entry and on any of its revisions, oldest first."""
    with journal.read() as session:
        revisions = select(Revision.id).where(Revision.entry_id == entry_id).scalar_subquery()
        rows = session.scalars(
            select(Feedback).where(
                or_(
                    (Feedback.target_kind == FeedbackTarget.ENTRY)
                    & (Feedback.target_id == entry_id),
                    (Feedback.target_kind == FeedbackTarget.REVISION)
                    & Feedback.target_id.in_(revisions),
                )
            )
        )
        return _snapshots(session, rows)


def comments_on_goal(journal: Journal, goal_id: str) -> list[CommentSnapshot]:
    """Comments on the goal, its success criteria and its checkpoints, oldest first."""
    with journal.read() as session:
        criteria = select(Criterion.id).where(Criterion.goal_id == goal_id).scalar_subquery()
        checkpoints = select(Checkpoint.id).where(Checkpoint.goal_id == goal_id).scalar_subquery()
        rows = session.scalars(
            select(Feedback).where(
                or_(
                    (Feedback.target_kind == FeedbackTarget.GOAL) & (Feedback.target_id == goal_id),
                    (Feedback.target_kind == FeedbackTarget.CRITERION)
                    & Feedback.target_id.in_(criteria),
                    (Feedback.target_kind == FeedbackTarget.CHECKPOINT)
                    & Feedback.target_id.in_(checkpoints),
                )
            )
        )
        return _snapshots(session, rows)


def comments_on(journal: Journal, keys: Iterable[tuple[str, str]]) -> list[CommentSnapshot]:
    """Comments on exactly these (kind, id) items, oldest first."""
    wanted: dict[str, list[str]] = {}
    for kind, target_id in keys:
        wanted.setdefault(kind, []).append(target_id)
    if not wanted:
        return []
    with journal.read() as session:
        rows = session.scalars(
            select(Feedback).where(
                or_(
                    *(
                        (Feedback.target_kind == kind) & Feedback.target_id.in_(ids)
                        for kind, ids in wanted.items()
                    )
                )
            )
        )
        return _snapshots(session, rows)


def unread_count(journal: Journal) -> int:
    with journal.read() as session:
        return int(
            session.scalar(select(func.count(Feedback.id)).where(Feedback.read_at.is_(None))) or 0
        )


def entries_of_comments(journal: Journal, feedback_ids: Iterable[str]) -> set[str]:
    """The entries these comments are about (directly or through a revision)."""
    with journal.read() as session:
        return comment_entry_ids(session, feedback_ids)


def comment_entry_ids(session: Session, feedback_ids: Iterable[str]) -> set[str]:
    """The same, inside a transaction of the caller's (an action's)."""
    ids = list(feedback_ids)
    if not ids:
        return set()
    found: set[str] = set()
    rows = session.execute(
        select(Feedback.target_kind, Feedback.target_id).where(Feedback.id.in_(ids))
    ).all()
    found.update(r.target_id for r in rows if r.target_kind == FeedbackTarget.ENTRY)
    revisions = [r.target_id for r in rows if r.target_kind == FeedbackTarget.REVISION]
    if revisions:
        found.update(session.scalars(select(Revision.entry_id).where(Revision.id.in_(revisions))))
    return found


def comment_goal_ids(session: Session, feedback_ids: Iterable[str]) -> set[str]:
    """The goals these comments are about (directly, or through a criterion or checkpoint)."""
    ids = list(feedback_ids)
    if not ids:
        return set()
    rows = session.execute(
        select(Feedback.target_kind, Feedback.target_id).where(Feedback.id.in_(ids))
    ).all()
    found = {_goal_of(session, row.target_kind, row.target_id) for row in rows}
    return {goal_id for goal_id in found if goal_id is not None}


def _goal_of(session: Session, kind: str, target_id: str) -> str | None:
    if kind == "goal":
        return target_id
    if kind == "criterion":
        return session.scalar(select(Criterion.goal_id).where(Criterion.id == target_id))
    if kind == "checkpoint":
        return session.scalar(select(Checkpoint.goal_id).where(Checkpoint.id == target_id))
    return None


def next_unread(
    journal: Journal,
    *,
    except_entry: str | None = None,
    except_goal: str | None = None,
    except_comments: Iterable[str] = (),
) -> tuple[str, str] | None:
    """("entry", id) or ("goal", id) of the next item with a new comment, if any.

    Entries come first, the most recently learned first (trashed ones never);
    then goals. The item on show and the comments on screen are skipped.
    """
    skip = set(except_comments)
    with journal.read() as session:
        unread = [
            row
            for row in session.execute(
                select(Feedback.id, Feedback.target_kind, Feedback.target_id)
                .where(Feedback.read_at.is_(None))
                .order_by(Feedback.written_at)
            )
            if row.id not in skip
        ]
        entries = comment_entry_ids(session, [row.id for row in unread]) - {except_entry}
        if entries:
            first = session.scalar(
                select(Entry.id)
                .where(Entry.id.in_(list(entries)), Entry.deleted_at.is_(None))
                .order_by(Entry.learned_on.desc())
                .limit(1)
            )
            if first is not None:
                return "entry", str(first)
        for row in unread:
            goal_id = _goal_of(session, row.target_kind, row.target_id)
            if goal_id is not None and goal_id != except_goal:
                return "goal", goal_id
    return None


# -- what stays here when a portfolio leaves ---------------------------------------------


def private_items(journal: Journal) -> tuple[list[StayingItem], list[StayingItem]]:
    """Private entries (not in the trash) and private goals, in time order."""
    with journal.read() as session:
        entries = [
            StayingItem(row.id, row.title, row.learned_on)
            for row in session.execute(
                select(Entry.id, Entry.title, Entry.learned_on)
                .where(Entry.privacy == Privacy.PRIVATE.value, Entry.deleted_at.is_(None))
                .order_by(Entry.learned_on, Entry.created_at)
            )
        ]
        goals = [
            StayingItem(row.id, row.title)
            for row in session.execute(
                select(Goal.id, Goal.title)
                .where(Goal.audience == Audience.PRIVATE.value)
                .order_by(Goal.start_on, Goal.created_at)
            )
        ]
    return entries, goals
