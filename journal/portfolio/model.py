"""What a portfolio holds, as plain data: collected from a journal, written to JSON, read back.

:func:`collect_portfolio` reads a journal (no Qt) into a :class:`PortfolioData`
that holds only what may leave the machine: private entries and private goals
only when the student ticked them for this export, never trashed entries, and
references to anything left out removed. :func:`preview_portfolio` summarises it
for the preview step, so the student sees exactly what will leave.
:func:`portfolio_to_json` gives the ``portfolio.json`` document described in
``docs/portfolio-format.md``; :mod:`journal.portfolio.schema` reads one back.
The plain-data classes live in :mod:`journal.portfolio.data`, and how each of
their fields maps to a column and to JSON in :mod:`journal.portfolio.fields`.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from journal.portfolio.data import (
    ATTRIBUTE_LABELS,
    FORMAT_NAME,
    FORMAT_VERSION,
    SUPPORTED_MAJOR,
    ActionData,
    AttachmentData,
    AttachmentRef,
    CheckpointData,
    CriterionData,
    EntryData,
    EvidenceData,
    ExportOptions,
    FeedbackData,
    GoalData,
    LeftOut,
    NameStyle,
    PortfolioData,
    ProfileData,
    RatingData,
    ReflectionData,
    RevisionChoice,
    RevisionData,
    StatementVersionData,
    iso_day,
    iso_time,
    shown_name,
)
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
from journal.store.attachments import blob_path
from journal.store.entries import revision_body
from journal.store.models import (
    Attachment,
    Audience,
    Checkpoint,
    Entry,
    EntryAttachment,
    Feedback,
    FeedbackTarget,
    Goal,
    LearnerProfile,
    Privacy,
    ProfileStatementVersion,
    Reflection,
    Revision,
    RevisionAttachment,
)
from journal.store.paths import JournalPaths

__all__ = [
    "ATTRIBUTE_LABELS",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "SUPPORTED_MAJOR",
    "ActionData",
    "AttachmentData",
    "AttachmentRef",
    "CheckpointData",
    "CriterionData",
    "EntryData",
    "EvidenceData",
    "ExportOptions",
    "FeedbackData",
    "GoalData",
    "LeftOut",
    "NameStyle",
    "PortfolioData",
    "ProfileData",
    "RatingData",
    "ReflectionData",
    "RevisionChoice",
    "RevisionData",
    "StatementVersionData",
    "collect_portfolio",
    "iso_day",
    "iso_time",
    "portfolio_to_json",
    "preview_portfolio",
    "shown_name",
]


# -- collecting from a journal -------------------------------------------------------------


def _refs(rows: list[Any], present: set[str]) -> list[AttachmentRef]:
    return [
        ATTACHMENT_REF.collect(r, sha256=r.attachment.sha256)
        for r in rows
        if r.attachment.sha256 in present
    ]


def _kept(value: str | None, pool: set[str]) -> str | None:
    """A reference, or None when what it points at stays home."""
    return value if value in pool else None


def collect_portfolio(
    session: Session,
    paths: JournalPaths,
    options: ExportOptions | None = None,
    *,
    now: datetime | None = None,
) -> PortfolioData:
    """Read what this export may carry; the session is only read from."""
    options = options or ExportOptions()
    profile_row = session.scalar(select(LearnerProfile).limit(1))
    history = [
        STATEMENT_VERSION.collect(v)
        for v in session.scalars(
            select(ProfileStatementVersion).order_by(ProfileStatementVersion.written_at)
        )
    ]
    profile = (
        PROFILE.collect(profile_row, statement_history=history)
        if profile_row is not None
        else ProfileData(journal_id=str(uuid.uuid4()), name="", statement_history=history)
    )
    full_name = profile.name
    profile.name = shown_name(full_name, options.name_style)
    data = PortfolioData(
        portfolio_id=str(uuid.uuid4()),
        created_at=now or datetime.now(UTC),
        profile=profile,
        options=options,
        full_name=full_name,
    )
    data.trashed_entries_left_out = int(
        session.scalar(select(func.count(Entry.id)).where(Entry.deleted_at.is_not(None))) or 0
    )

    # Attachments whose file is missing are left out (and named in the preview).
    attachment_rows = {a.id: a for a in session.scalars(select(Attachment))}
    present: set[str] = set()
    for row in attachment_rows.values():
        if blob_path(paths, row.sha256).is_file():
            present.add(row.sha256)

    entries = session.scalars(
        select(Entry)
        .where(Entry.deleted_at.is_(None))
        .options(
            selectinload(Entry.tags),
            selectinload(Entry.attachments),
            selectinload(Entry.revisions).selectinload(Revision.attachments),
        )
        .order_by(Entry.learned_on, Entry.created_at)
    )
    used: dict[str, tuple[str, str]] = {}  # sha -> first filename seen, for missing names
    for entry in entries:
        if entry.privacy == Privacy.PRIVATE and not options.include_private:
            data.private_entries_left_out += 1
            continue
        revisions = list(entry.revisions)
        if options.revisions == RevisionChoice.FIRST_LAST and len(revisions) > 2:
            revisions = [revisions[0], revisions[-1]]
        item = ENTRY.collect(
            entry,
            attributes=sorted(a.value for a in entry.attributes),
            tags=[t.name for t in entry.tags],
            revision_count=len(entry.revisions),
            attachments=_refs(entry.attachments, present),
            revisions=[
                REVISION.collect(
                    revision,
                    body=revision_body(revision),
                    attachments=_refs(revision.attachments, present),
                )
                for revision in revisions
            ],
        )
        links: list[EntryAttachment | RevisionAttachment] = [*entry.attachments]
        links += [a for r in revisions for a in r.attachments]
        for link in links:
            used.setdefault(link.attachment.sha256, (link.filename, link.attachment_id))
        data.entries.append(item)

    for sha, (filename, attachment_id) in used.items():
        row = attachment_rows[attachment_id]
        if sha in present:
            data.attachments[sha] = ATTACHMENT.collect(row)
        else:
            data.missing_attachments.append(filename)

    entry_ids = {e.id for e in data.entries}
    revision_ids = {r.id for e in data.entries for r in e.revisions}
    goals = session.scalars(
        select(Goal)
        .options(
            selectinload(Goal.criteria),
            selectinload(Goal.actions),
            selectinload(Goal.checkpoints).selectinload(Checkpoint.ratings),
            selectinload(Goal.evidence),
        )
        .order_by(Goal.start_on, Goal.created_at)
    )
    for goal in goals:
        if goal.audience == Audience.PRIVATE and not options.include_private:
            data.private_goals_left_out += 1
            continue
        data.goals.append(
            GOAL.collect(
                goal,
                criteria=[CRITERION.collect(c) for c in goal.criteria],
                actions=[ACTION.collect(a) for a in goal.actions],
                checkpoints=[
                    CHECKPOINT.collect(c, ratings=[RATING.collect(r) for r in c.ratings])
                    for c in goal.checkpoints
                ],
                evidence=[
                    EVIDENCE.collect(ev, revision_id=_kept(ev.revision_id, revision_ids))
                    for ev in goal.evidence
                    if ev.entry_id in entry_ids
                ],
            )
        )

    goal_ids = {g.id for g in data.goals}
    checkpoint_ids = {c.id for g in data.goals for c in g.checkpoints}
    criterion_ids = {c.id for g in data.goals for c in g.criteria}
    left_out_goals = {g for g in session.scalars(select(Goal.id)) if g not in goal_ids}
    left_out_checkpoints = set(
        session.scalars(select(Checkpoint.id).where(Checkpoint.goal_id.in_(left_out_goals)))
    )
    for reflection in session.scalars(select(Reflection).order_by(Reflection.created_at)):
        stays = (
            # about an entry that stays home (private or trashed)
            (reflection.entry_id is not None and reflection.entry_id not in entry_ids)
            or reflection.goal_id in left_out_goals
            or reflection.checkpoint_id in left_out_checkpoints
        )
        if stays:
            data.reflections_left_out.append(
                LeftOut(reflection.id, reflection.prompt_text or "", reflection.body or "")
            )
            continue
        data.reflections.append(
            REFLECTION.collect(
                reflection,
                revision_id=_kept(reflection.revision_id, revision_ids),
                goal_id=_kept(reflection.goal_id, goal_ids),
                checkpoint_id=_kept(reflection.checkpoint_id, checkpoint_ids),
            )
        )

    targets: dict[str, set[str]] = {
        FeedbackTarget.ENTRY: entry_ids,
        FeedbackTarget.REVISION: revision_ids,
        FeedbackTarget.GOAL: goal_ids,
        FeedbackTarget.CRITERION: criterion_ids,
        FeedbackTarget.CHECKPOINT: checkpoint_ids,
    }
    for fb in session.scalars(select(Feedback).order_by(Feedback.written_at)):
        if fb.target_id in targets.get(fb.target_kind, set()):
            data.feedback.append(FEEDBACK.collect(fb))
        else:
            data.feedback_left_out.append(LeftOut(fb.id, fb.author_name or "", fb.body or ""))
    return data


# -- the preview ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PreviewEntry:
    id: str
    title: str
    learned_on: date
    private: bool
    revisions_included: int
    revisions_total: int
    attachment_bytes: int


@dataclass(frozen=True)
class PreviewGoal:
    id: str
    title: str
    status: str
    private: bool


@dataclass(frozen=True)
class PreviewAttachment:
    sha256: str
    filename: str
    media_type: str
    size: int


@dataclass(frozen=True)
class PortfolioPreview:
    """Exactly what will leave the machine, for the preview step before an export."""

    student_name: str
    include_private: bool
    revision_choice: str
    entries: list[PreviewEntry]
    goals: list[PreviewGoal]
    reflections_by_attribute: dict[str, int]
    attachments: list[PreviewAttachment]
    private_entries_left_out: int
    private_goals_left_out: int
    missing_attachments: list[str]
    feedback_count: int

    @property
    def revisions_included(self) -> int:
        return sum(e.revisions_included for e in self.entries)

    @property
    def revisions_total(self) -> int:
        return sum(e.revisions_total for e in self.entries)

    @property
    def attachment_bytes(self) -> int:
        return sum(a.size for a in self.attachments)

    @property
    def reflection_count(self) -> int:
        return sum(self.reflections_by_attribute.values())


def preview_portfolio(data: PortfolioData) -> PortfolioPreview:
    names: dict[str, str] = {}
    for entry in data.entries:
        for ref in [*entry.attachments, *(a for r in entry.revisions for a in r.attachments)]:
            names.setdefault(ref.sha256, ref.filename)
    entries = []
    for entry in data.entries:
        shas = {a.sha256 for a in entry.attachments}
        shas |= {a.sha256 for r in entry.revisions for a in r.attachments}
        entries.append(
            PreviewEntry(
                entry.id,
                entry.title,
                entry.learned_on,
                entry.privacy == Privacy.PRIVATE,
                len(entry.revisions),
                entry.revision_count,
                sum(data.attachments[s].size for s in shas if s in data.attachments),
            )
        )
    by_attribute = Counter(r.attribute or "other" for r in data.reflections)
    return PortfolioPreview(
        student_name=data.profile.name,
        include_private=data.options.include_private,
        revision_choice=data.options.revisions.value,
        entries=entries,
        goals=[
            PreviewGoal(g.id, g.title, g.status, g.audience == Audience.PRIVATE) for g in data.goals
        ],
        reflections_by_attribute=dict(by_attribute),
        attachments=[
            PreviewAttachment(a.sha256, names.get(a.sha256, a.sha256), a.media_type, a.size)
            for a in data.attachments.values()
        ],
        private_entries_left_out=data.private_entries_left_out,
        private_goals_left_out=data.private_goals_left_out,
        missing_attachments=list(data.missing_attachments),
        feedback_count=len(data.feedback),
    )


# -- to JSON ---------------------------------------------------------------------------------


def portfolio_to_json(data: PortfolioData) -> dict[str, Any]:
    """The ``portfolio.json`` document (see docs/portfolio-format.md)."""
    p = data.profile
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "portfolio_id": data.portfolio_id,
        "created_at": iso_time(data.created_at),
        "app_version": data.app_version,
        "options": {
            "include_private": data.options.include_private,
            "revisions": data.options.revisions.value,
        },
        "profile": {
            **PROFILE.to_json(p),
            "statement_history": [STATEMENT_VERSION.to_json(v) for v in p.statement_history],
        },
        "attachments": [ATTACHMENT.to_json(a) for a in data.attachments.values()],
        "entries": [
            {
                **ENTRY.to_json(e),
                "attachments": [ATTACHMENT_REF.to_json(a) for a in e.attachments],
                "revisions": [
                    {
                        **REVISION.to_json(r),
                        "attachments": [ATTACHMENT_REF.to_json(a) for a in r.attachments],
                    }
                    for r in e.revisions
                ],
            }
            for e in data.entries
        ],
        "goals": [
            {
                **GOAL.to_json(g),
                "criteria": [CRITERION.to_json(c) for c in g.criteria],
                "actions": [ACTION.to_json(a) for a in g.actions],
                "checkpoints": [
                    {**CHECKPOINT.to_json(c), "ratings": [RATING.to_json(r) for r in c.ratings]}
                    for c in g.checkpoints
                ],
                "evidence": [EVIDENCE.to_json(ev) for ev in g.evidence],
            }
            for g in data.goals
        ],
        "reflections": [REFLECTION.to_json(r) for r in data.reflections],
        "feedback": [FEEDBACK.to_json(f) for f in data.feedback],
    }
