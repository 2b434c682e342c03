"""Bringing a portfolio archive into a journal: a new laptop, or merging two journals.

Everything is verified first (:func:`~journal.portfolio.archive.open_portfolio`),
then checked against the journal for conflicts (an id that means something else
here), then the attachments are stored, then one transaction adds what is new.
Identity is by id: importing the same archive twice adds nothing the second
time, and an entry that is already here only gains the revisions it lacks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journal.portfolio.archive import open_portfolio
from journal.portfolio.data import GoalData, PortfolioData, RevisionData
from journal.portfolio.errors import ImportRefused
from journal.portfolio.fields import (
    ACTION,
    ATTACHMENT,
    ATTACHMENT_REF,
    CHECKPOINT,
    CRITERION,
    ENTRY,
    EVIDENCE,
    FEEDBACK,
    GOAL,
    PROFILE,
    RATING,
    REFLECTION,
    REVISION,
    STATEMENT_VERSION,
)
from journal.portfolio.formatting import count
from journal.portfolio.identity import with_fresh_ids
from journal.portfolio.importer import Importer, ImportResult, Progress
from journal.portfolio.safezip import SafeZip
from journal.portfolio.staging import StagedFiles
from journal.store.database import Journal
from journal.store.entries import compress, revision_digest, set_tags
from journal.store.models import (
    Attachment,
    Checkpoint,
    CheckpointRating,
    Criterion,
    Entry,
    EntryAttachment,
    Feedback,
    Goal,
    GoalAction,
    GoalEvidence,
    LearnerProfile,
    ProfileStatementVersion,
    Prompt,
    Reflection,
    Revision,
    RevisionAttachment,
)

Cancelled = Callable[[], bool]


def _conflict(label: str, what: str) -> ImportRefused:
    return ImportRefused(
        f"{label} can't be merged into this journal because {what}; nothing was changed."
    )


def check_conflicts(session: Session, data: PortfolioData, label: str) -> None:
    """Refuse ids that exist here but mean something else (before anything changes)."""
    revision_owner = {r.id: e.id for e in data.entries for r in e.revisions}
    for chunk in _chunks(list(revision_owner)):
        for rid, entry_id in session.execute(
            select(Revision.id, Revision.entry_id).where(Revision.id.in_(chunk))
        ):
            if revision_owner[rid] != entry_id:
                raise _conflict(label, "one of its revisions belongs to another entry here")
    for model, owner_of in (
        (Criterion, {c.id: g.id for g in data.goals for c in g.criteria}),
        (GoalAction, {a.id: g.id for g in data.goals for a in g.actions}),
        (Checkpoint, {c.id: g.id for g in data.goals for c in g.checkpoints}),
        (GoalEvidence, {e.id: g.id for g in data.goals for e in g.evidence}),
    ):
        for chunk in _chunks(list(owner_of)):
            for item_id, goal_id in session.execute(
                select(model.id, model.goal_id).where(model.id.in_(chunk))
            ):
                if owner_of[item_id] != goal_id:
                    raise _conflict(label, "part of one of its goals belongs to another goal here")


def takes_identity(session: Session) -> bool:
    """Whether this journal is still new and empty, so it takes a portfolio's identity."""
    profile = session.scalar(select(LearnerProfile).limit(1))
    return session.scalar(select(func.count(Entry.id))) == 0 and not (profile and profile.name)


def is_another_journal(session: Session, data: PortfolioData) -> bool:
    """Whether the portfolio came from a journal other than this one (its ``journal_id``)."""
    profile = session.scalar(select(LearnerProfile).limit(1))
    return profile is None or profile.journal_id != data.profile.journal_id


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _existing(session: Session, model: type, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(ids):
        found.update(session.scalars(select(model.id).where(model.id.in_(chunk))))  # type: ignore[attr-defined]
    return found


def apply_portfolio(
    session: Session, data: PortfolioData, *, adopt_identity: bool | None = None
) -> dict[str, int]:
    """Add what the portfolio holds and the journal lacks; returns counts of what was added.

    The attachments' files must already be in the journal's attachment store.
    With ``adopt_identity`` (default: when the journal is still empty) the
    journal takes the portfolio's journal id, name and statement, so feedback
    written on the portfolio can come back to this journal.
    """
    counts = dict.fromkeys(
        ("entries", "entries_merged", "revisions", "goals", "reflections", "feedback"), 0
    )
    profile = session.scalar(select(LearnerProfile).limit(1))
    if profile is None:
        profile = LearnerProfile()
        session.add(profile)
    if adopt_identity is None:
        adopt_identity = session.scalar(select(func.count(Entry.id))) == 0 and not profile.name
    if adopt_identity:
        for name, value in PROFILE.columns(data.profile).items():
            setattr(profile, name, value)
        known = _existing(
            session, ProfileStatementVersion, [v.id for v in data.profile.statement_history]
        )
        for version in data.profile.statement_history:
            if version.id not in known:
                session.add(STATEMENT_VERSION.apply(version))

    attachment_ids: dict[str, str] = {}
    for sha, info in data.attachments.items():
        row = session.scalar(select(Attachment).where(Attachment.sha256 == sha))
        if row is None:
            row = ATTACHMENT.apply(info)
            session.add(row)
            session.flush()
        attachment_ids[sha] = row.id

    next_seq = int(session.scalar(select(func.coalesce(func.max(Entry.seq), 0))) or 0)
    present_entries = _existing(session, Entry, [e.id for e in data.entries])
    present_revisions = _existing(
        session, Revision, [r.id for e in data.entries for r in e.revisions]
    )
    for item in data.entries:
        if item.id in present_entries:
            entry = session.get(Entry, item.id)
            assert entry is not None
            missing = [r for r in item.revisions if r.id not in present_revisions]
            if not missing:
                continue
            counts["entries_merged"] += 1
            last = int(
                session.scalar(
                    select(func.coalesce(func.max(Revision.seq), 0)).where(
                        Revision.entry_id == entry.id
                    )
                )
                or 0
            )
            for offset, revision in enumerate(sorted(missing, key=lambda r: r.created_at), 1):
                _add_revision(session, entry.id, revision, last + offset, attachment_ids)
            entry.revision_count = last + len(missing)
            counts["revisions"] += len(missing)
            continue
        next_seq += 1
        latest = item.latest_revision
        entry = ENTRY.apply(
            item,
            seq=next_seq,
            has_unsaved_draft=(
                latest is not None and revision_digest(item.title, item.body) != latest.sha256
            ),
            revision_count=max((r.seq for r in item.revisions), default=0),
        )
        entry.set_attributes(set(item.attributes))
        session.add(entry)
        set_tags(session, entry, item.tags)
        entry.attachments = [
            ATTACHMENT_REF.apply(ref, EntryAttachment, attachment_id=attachment_ids[ref.sha256])
            for ref in item.attachments
        ]
        session.flush()
        for revision in item.revisions:
            _add_revision(session, item.id, revision, revision.seq, attachment_ids)
        counts["entries"] += 1
        counts["revisions"] += len(item.revisions)
    session.flush()

    present_goals = _existing(session, Goal, [g.id for g in data.goals])
    for goal in data.goals:
        if goal.id not in present_goals:
            session.add(GOAL.apply(goal))
            counts["goals"] += 1
        session.flush()
        _merge_goal_parts(session, goal)
    session.flush()

    prompts = set(session.scalars(select(Prompt.id)))
    present = _existing(session, Reflection, [r.id for r in data.reflections])
    for r in data.reflections:
        if r.id in present:
            continue
        session.add(REFLECTION.apply(r, prompt_id=r.prompt_id if r.prompt_id in prompts else None))
        counts["reflections"] += 1
    present = _existing(session, Feedback, [f.id for f in data.feedback])
    for f in data.feedback:
        if f.id in present:
            continue
        session.add(FEEDBACK.apply(f))
        counts["feedback"] += 1
    session.flush()
    return counts


def _add_revision(
    session: Session,
    entry_id: str,
    revision: RevisionData,
    seq: int,
    attachment_ids: dict[str, str],
) -> None:
    row = REVISION.apply(revision, entry_id=entry_id, seq=seq, body_z=compress(revision.body))
    row.attachments = [
        ATTACHMENT_REF.apply(ref, RevisionAttachment, attachment_id=attachment_ids[ref.sha256])
        for ref in revision.attachments
    ]
    session.add(row)


def _merge_goal_parts(session: Session, goal: GoalData) -> None:
    for c in goal.criteria:
        if session.get(Criterion, c.id) is None:
            session.add(CRITERION.apply(c, goal_id=goal.id))
    for a in goal.actions:
        if session.get(GoalAction, a.id) is None:
            session.add(ACTION.apply(a, goal_id=goal.id))
    session.flush()
    for cp in goal.checkpoints:
        if session.get(Checkpoint, cp.id) is None:
            session.add(CHECKPOINT.apply(cp, goal_id=goal.id))
            session.flush()
        rated = set(
            session.scalars(
                select(CheckpointRating.criterion_id).where(CheckpointRating.checkpoint_id == cp.id)
            )
        )
        for rating in cp.ratings:
            if rating.criterion_id in rated:
                continue
            if session.get(CheckpointRating, rating.id) is not None:
                continue
            session.add(RATING.apply(rating, checkpoint_id=cp.id))
    for ev in goal.evidence:
        if session.get(GoalEvidence, ev.id) is None:
            session.add(EVIDENCE.apply(ev, goal_id=goal.id))


def import_portfolio(
    journal: Journal,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    adopt_identity: bool | None = None,
) -> ImportResult:
    """Verify a ``*.portfolio.zip`` in full, then merge it into the journal in one transaction."""
    path = Path(path)
    with open_portfolio(path, progress=progress, cancelled=cancelled) as opened:
        data = opened.data
        with journal.read() as session:
            adopt = takes_identity(session) if adopt_identity is None else adopt_identity
            foreign = not adopt and is_another_journal(session, data)
            if foreign:  # ids never merge across journals: its records come in as new ones
                data = with_fresh_ids(data)
            check_conflicts(session, data, path.name)
        staged = StagedFiles(journal.paths)
        try:
            for sha, file in opened.attachment_files.items():
                if sha not in data.attachments:
                    continue  # listed and verified, but no entry uses it
                stored = staged.store(file, sha, cancelled=cancelled)
                if stored.sha256 != sha:
                    raise ImportRefused(
                        f"{path.name} changed while it was being imported; try again."
                    )
            with journal.write() as session:
                counts = apply_portfolio(session, data, adopt_identity=adopt)
        except BaseException:
            staged.discard()  # a refused or failed import leaves no new file behind
            raise
    who = f"{data.profile.name}’s" if data.profile.name else "the"
    if not any(counts.values()):
        summary = f"Everything in {who} portfolio was already in this journal; nothing was added."
        if foreign:
            summary = summary.removesuffix(".") + " (it is from another journal)."
    else:
        merged = (
            f", and added to {count(counts['entries_merged'], 'entry')} already here"
            if counts["entries_merged"]
            else ""
        )
        summary = (
            f"Imported {who} portfolio: {count(counts['entries'], 'new entry', 'new entries')}, "
            f"{count(counts['revisions'], 'revision')}, {count(counts['goals'], 'goal')} and "
            f"{count(counts['reflections'], 'reflection')}{merged}."
        )
        if foreign:
            summary += (
                " It came from another journal, so everything in it was added as new, "
                "never mixed into your own entries."
            )
    return ImportResult(kind="portfolio", summary=summary, counts=counts)


def looks_like_portfolio(path: Path, head: bytes) -> bool:
    if not head.startswith(b"PK\x03\x04"):
        return False
    try:
        with SafeZip(path) as archive:
            return "manifest.json" in archive and "portfolio.json" in archive
    except ImportRefused:
        return path.name.lower().endswith(".portfolio.zip")


# Listed by journal.portfolio.imports (this module doesn't import it).
IMPORTER = Importer(
    run=lambda journal, path, progress: import_portfolio(journal, path, progress),
    sniff=looks_like_portfolio,
    label="a portfolio archive",
)
