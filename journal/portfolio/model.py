"""What a portfolio holds, as plain data: collected from a journal, written to JSON, read back.

:func:`collect_portfolio` reads a journal (no Qt) into a :class:`PortfolioData`
that holds only what may leave the machine: private entries and private goals
only when the student ticked them for this export, never trashed entries, and
references to anything left out removed. :func:`preview_portfolio` summarises it
for the preview step, so the student sees exactly what will leave.
:func:`portfolio_to_json` gives the ``portfolio.json`` document described in
``docs/portfolio-format.md``; :mod:`journal.portfolio.schema` reads one back.
"""

from __future__ import annotations

import enum
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from journal import __version__
from journal.core import attributes as core_attributes
from journal.store.attachments import blob_path
from journal.store.entries import revision_body
from journal.store.models import (
    Attachment,
    Audience,
    Checkpoint,
    Entry,
    EntryAttachment,
    Feedback,
    Goal,
    LearnerProfile,
    Privacy,
    ProfileStatementVersion,
    Reflection,
    Revision,
    RevisionAttachment,
)
from journal.store.paths import JournalPaths

FORMAT_NAME = "learning-journal-portfolio"
FORMAT_VERSION = "1.0"
SUPPORTED_MAJOR = 1

ATTRIBUTE_LABELS = dict(core_attributes.NAMES)  # the one table: journal.core.attributes


class RevisionChoice(enum.StrEnum):
    ALL = "all"
    FIRST_LAST = "first-last"


@dataclass(frozen=True)
class ExportOptions:
    include_private: bool = False
    revisions: RevisionChoice = RevisionChoice.ALL


@dataclass(frozen=True)
class AttachmentRef:
    sha256: str
    filename: str
    position: int = 0


@dataclass(frozen=True)
class AttachmentData:
    sha256: str
    size: int
    media_type: str


@dataclass
class RevisionData:
    id: str
    seq: int
    created_at: datetime
    title: str
    body: str
    sha256: str
    note: str | None = None
    reason: str = "save"
    restored_from_id: str | None = None
    word_count: int = 0
    words_added: int = 0
    words_removed: int = 0
    attachments: list[AttachmentRef] = field(default_factory=list)


@dataclass
class EntryData:
    id: str
    title: str
    body: str
    learned_on: date
    created_at: datetime
    updated_at: datetime
    privacy: str = Privacy.SHAREABLE.value
    attributes: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    revision_count: int = 0  # in the journal, even when fewer were exported
    revisions: list[RevisionData] = field(default_factory=list)
    attachments: list[AttachmentRef] = field(default_factory=list)

    @property
    def first_revision(self) -> RevisionData | None:
        return self.revisions[0] if self.revisions else None

    @property
    def latest_revision(self) -> RevisionData | None:
        return self.revisions[-1] if self.revisions else None


@dataclass
class CriterionData:
    id: str
    text: str
    proposed_by: str = "me"
    position: int = 0


@dataclass
class ActionData:
    id: str
    text: str
    done: bool = False
    position: int = 0


@dataclass
class RatingData:
    id: str
    criterion_id: str
    level: int


@dataclass
class CheckpointData:
    id: str
    title: str
    due_on: date
    completed_at: datetime | None = None
    note: str = ""
    ratings: list[RatingData] = field(default_factory=list)


@dataclass
class EvidenceData:
    id: str
    entry_id: str
    revision_id: str | None = None
    criterion_id: str | None = None
    note: str = ""
    added_at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass
class GoalData:
    id: str
    title: str
    why_it_matters: str = ""
    task: str = ""
    task_criteria: str = ""
    audience: str = Audience.CLASS.value
    co_created_with: str = ""
    status: str = "active"
    start_on: date | None = None
    target_on: date | None = None
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    updated_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    criteria: list[CriterionData] = field(default_factory=list)
    actions: list[ActionData] = field(default_factory=list)
    checkpoints: list[CheckpointData] = field(default_factory=list)
    evidence: list[EvidenceData] = field(default_factory=list)


@dataclass
class ReflectionData:
    id: str
    prompt_text: str
    body: str
    created_at: datetime
    attribute: str | None = None
    prompt_id: str | None = None
    entry_id: str | None = None
    revision_id: str | None = None
    goal_id: str | None = None
    checkpoint_id: str | None = None
    place: str | None = None
    with_whom: str | None = None
    how: str | None = None
    time_of_day: str | None = None
    energy: int | None = None
    went_well: int | None = None


@dataclass
class FeedbackData:
    id: str
    target_kind: str
    target_id: str
    body: str
    written_at: datetime
    author_name: str = ""
    author_role: str = "teacher"
    source_file_id: str | None = None


@dataclass
class StatementVersionData:
    id: str
    statement: str
    written_at: datetime


@dataclass
class ProfileData:
    journal_id: str
    name: str
    statement: str = ""
    statement_updated_at: datetime | None = None
    statement_history: list[StatementVersionData] = field(default_factory=list)


@dataclass
class PortfolioData:
    """Everything one export carries (and nothing it must not)."""

    portfolio_id: str
    created_at: datetime
    profile: ProfileData
    options: ExportOptions = ExportOptions()
    app_version: str = __version__
    entries: list[EntryData] = field(default_factory=list)
    goals: list[GoalData] = field(default_factory=list)
    reflections: list[ReflectionData] = field(default_factory=list)
    attachments: dict[str, AttachmentData] = field(default_factory=dict)
    feedback: list[FeedbackData] = field(default_factory=list)
    # Filled by collect_portfolio only (never written): for the preview.
    private_entries_left_out: int = 0
    private_goals_left_out: int = 0
    missing_attachments: list[str] = field(default_factory=list)

    @property
    def feedback_ids(self) -> list[str]:
        return [f.id for f in self.feedback]

    def entry(self, entry_id: str) -> EntryData | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    @property
    def period(self) -> tuple[date, date] | None:
        if not self.entries:
            return None
        days = [e.learned_on for e in self.entries]
        return min(days), max(days)

    @property
    def revision_total(self) -> int:
        return sum(len(e.revisions) for e in self.entries)

    @property
    def last_activity(self) -> datetime | None:
        times = [e.updated_at for e in self.entries]
        times += [r.created_at for e in self.entries for r in e.revisions]
        times += [r.created_at for r in self.reflections]
        return max(times) if times else None


# -- collecting from a journal -------------------------------------------------------------


def _refs(rows: list[Any], present: set[str]) -> list[AttachmentRef]:
    return [
        AttachmentRef(r.attachment.sha256, r.filename, r.position)
        for r in rows
        if r.attachment.sha256 in present
    ]


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
    profile = ProfileData(
        journal_id=profile_row.journal_id if profile_row else str(uuid.uuid4()),
        name=profile_row.name if profile_row else "",
        statement=profile_row.statement if profile_row else "",
        statement_updated_at=profile_row.statement_updated_at if profile_row else None,
        statement_history=[
            StatementVersionData(v.id, v.statement, v.written_at)
            for v in session.scalars(
                select(ProfileStatementVersion).order_by(ProfileStatementVersion.written_at)
            )
        ],
    )
    data = PortfolioData(
        portfolio_id=str(uuid.uuid4()),
        created_at=now or datetime.now(UTC),
        profile=profile,
        options=options,
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
        if entry.privacy == Privacy.PRIVATE.value and not options.include_private:
            data.private_entries_left_out += 1
            continue
        revisions = list(entry.revisions)
        if options.revisions == RevisionChoice.FIRST_LAST and len(revisions) > 2:
            revisions = [revisions[0], revisions[-1]]
        item = EntryData(
            id=entry.id,
            title=entry.title,
            body=entry.body,
            learned_on=entry.learned_on,
            created_at=entry.created_at,
            updated_at=entry.updated_at,
            privacy=entry.privacy,
            attributes=sorted(a.value for a in entry.attributes),
            tags=[t.name for t in entry.tags],
            revision_count=len(entry.revisions),
            attachments=_refs(entry.attachments, present),
        )
        for revision in revisions:
            item.revisions.append(
                RevisionData(
                    id=revision.id,
                    seq=revision.seq,
                    created_at=revision.created_at,
                    title=revision.title,
                    body=revision_body(revision),
                    sha256=revision.sha256,
                    note=revision.note,
                    reason=revision.reason,
                    restored_from_id=revision.restored_from_id,
                    word_count=revision.word_count,
                    words_added=revision.words_added,
                    words_removed=revision.words_removed,
                    attachments=_refs(revision.attachments, present),
                )
            )
        links: list[EntryAttachment | RevisionAttachment] = [*entry.attachments]
        links += [a for r in revisions for a in r.attachments]
        for link in links:
            used.setdefault(link.attachment.sha256, (link.filename, link.attachment_id))
        data.entries.append(item)

    for sha, (filename, attachment_id) in used.items():
        row = attachment_rows[attachment_id]
        if sha in present:
            data.attachments[sha] = AttachmentData(sha, row.size, row.media_type)
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
        if goal.audience == Audience.PRIVATE.value and not options.include_private:
            data.private_goals_left_out += 1
            continue
        data.goals.append(
            GoalData(
                id=goal.id,
                title=goal.title,
                why_it_matters=goal.why_it_matters,
                task=goal.task,
                task_criteria=goal.task_criteria,
                audience=goal.audience,
                co_created_with=goal.co_created_with,
                status=goal.status,
                start_on=goal.start_on,
                target_on=goal.target_on,
                created_at=goal.created_at,
                updated_at=goal.updated_at,
                criteria=[
                    CriterionData(c.id, c.text, c.proposed_by, c.position) for c in goal.criteria
                ],
                actions=[ActionData(a.id, a.text, a.done, a.position) for a in goal.actions],
                checkpoints=[
                    CheckpointData(
                        c.id,
                        c.title,
                        c.due_on,
                        c.completed_at,
                        c.note,
                        [RatingData(r.id, r.criterion_id, r.level) for r in c.ratings],
                    )
                    for c in goal.checkpoints
                ],
                evidence=[
                    EvidenceData(
                        ev.id,
                        ev.entry_id,
                        ev.revision_id if ev.revision_id in revision_ids else None,
                        ev.criterion_id,
                        ev.note,
                        ev.added_at,
                    )
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
        if reflection.entry_id is not None and reflection.entry_id not in entry_ids:
            continue  # about an entry that stays home (private or trashed)
        if reflection.goal_id in left_out_goals or reflection.checkpoint_id in left_out_checkpoints:
            continue
        data.reflections.append(
            ReflectionData(
                id=reflection.id,
                prompt_text=reflection.prompt_text,
                body=reflection.body,
                created_at=reflection.created_at,
                attribute=reflection.attribute,
                prompt_id=reflection.prompt_id,
                entry_id=reflection.entry_id,
                revision_id=(
                    reflection.revision_id if reflection.revision_id in revision_ids else None
                ),
                goal_id=reflection.goal_id if reflection.goal_id in goal_ids else None,
                checkpoint_id=(
                    reflection.checkpoint_id if reflection.checkpoint_id in checkpoint_ids else None
                ),
                place=reflection.place,
                with_whom=reflection.with_whom,
                how=reflection.how,
                time_of_day=reflection.time_of_day,
                energy=reflection.energy,
                went_well=reflection.went_well,
            )
        )

    targets = {
        "entry": entry_ids,
        "revision": revision_ids,
        "goal": goal_ids,
        "criterion": criterion_ids,
        "checkpoint": checkpoint_ids,
    }
    for fb in session.scalars(select(Feedback).order_by(Feedback.written_at)):
        if fb.target_id in targets.get(fb.target_kind, ()):
            data.feedback.append(
                FeedbackData(
                    fb.id,
                    fb.target_kind,
                    fb.target_id,
                    fb.body,
                    fb.written_at,
                    fb.author_name,
                    fb.author_role,
                    fb.source_file_id,
                )
            )
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
                entry.privacy == Privacy.PRIVATE.value,
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
            PreviewGoal(g.id, g.title, g.status, g.audience == Audience.PRIVATE.value)
            for g in data.goals
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


def iso_time(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def iso_day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _ref_json(ref: AttachmentRef) -> dict[str, Any]:
    return {"sha256": ref.sha256, "filename": ref.filename, "position": ref.position}


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
            "journal_id": p.journal_id,
            "name": p.name,
            "statement": p.statement,
            "statement_updated_at": iso_time(p.statement_updated_at),
            "statement_history": [
                {"id": v.id, "statement": v.statement, "written_at": iso_time(v.written_at)}
                for v in p.statement_history
            ],
        },
        "attachments": [
            {"sha256": a.sha256, "size": a.size, "media_type": a.media_type}
            for a in data.attachments.values()
        ],
        "entries": [
            {
                "id": e.id,
                "title": e.title,
                "body": e.body,
                "learned_on": iso_day(e.learned_on),
                "created_at": iso_time(e.created_at),
                "updated_at": iso_time(e.updated_at),
                "privacy": e.privacy,
                "attributes": e.attributes,
                "tags": e.tags,
                "revision_count": e.revision_count,
                "attachments": [_ref_json(a) for a in e.attachments],
                "revisions": [
                    {
                        "id": r.id,
                        "seq": r.seq,
                        "created_at": iso_time(r.created_at),
                        "title": r.title,
                        "body": r.body,
                        "sha256": r.sha256,
                        "note": r.note,
                        "reason": r.reason,
                        "restored_from_id": r.restored_from_id,
                        "word_count": r.word_count,
                        "words_added": r.words_added,
                        "words_removed": r.words_removed,
                        "attachments": [_ref_json(a) for a in r.attachments],
                    }
                    for r in e.revisions
                ],
            }
            for e in data.entries
        ],
        "goals": [
            {
                "id": g.id,
                "title": g.title,
                "why_it_matters": g.why_it_matters,
                "task": g.task,
                "task_criteria": g.task_criteria,
                "audience": g.audience,
                "co_created_with": g.co_created_with,
                "status": g.status,
                "start_on": iso_day(g.start_on),
                "target_on": iso_day(g.target_on),
                "created_at": iso_time(g.created_at),
                "updated_at": iso_time(g.updated_at),
                "criteria": [
                    {
                        "id": c.id,
                        "text": c.text,
                        "proposed_by": c.proposed_by,
                        "position": c.position,
                    }
                    for c in g.criteria
                ],
                "actions": [
                    {"id": a.id, "text": a.text, "done": a.done, "position": a.position}
                    for a in g.actions
                ],
                "checkpoints": [
                    {
                        "id": c.id,
                        "title": c.title,
                        "due_on": iso_day(c.due_on),
                        "completed_at": iso_time(c.completed_at),
                        "note": c.note,
                        "ratings": [
                            {"id": r.id, "criterion_id": r.criterion_id, "level": r.level}
                            for r in c.ratings
                        ],
                    }
                    for c in g.checkpoints
                ],
                "evidence": [
                    {
                        "id": ev.id,
                        "entry_id": ev.entry_id,
                        "revision_id": ev.revision_id,
                        "criterion_id": ev.criterion_id,
                        "note": ev.note,
                        "added_at": iso_time(ev.added_at),
                    }
                    for ev in g.evidence
                ],
            }
            for g in data.goals
        ],
        "reflections": [
            {
                "id": r.id,
                "prompt_id": r.prompt_id,
                "prompt_text": r.prompt_text,
                "attribute": r.attribute,
                "body": r.body,
                "created_at": iso_time(r.created_at),
                "entry_id": r.entry_id,
                "revision_id": r.revision_id,
                "goal_id": r.goal_id,
                "checkpoint_id": r.checkpoint_id,
                "place": r.place,
                "with_whom": r.with_whom,
                "how": r.how,
                "time_of_day": r.time_of_day,
                "energy": r.energy,
                "went_well": r.went_well,
            }
            for r in data.reflections
        ],
        "feedback": [
            {
                "id": f.id,
                "target_kind": f.target_kind,
                "target_id": f.target_id,
                "body": f.body,
                "author_name": f.author_name,
                "author_role": f.author_role,
                "written_at": iso_time(f.written_at),
                "source_file_id": f.source_file_id,
            }
            for f in data.feedback
        ],
    }
