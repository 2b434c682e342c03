"""What a portfolio holds, as plain typed data (no database, no JSON).

The classes here are what :mod:`journal.portfolio.model` collects from a journal,
what :mod:`journal.portfolio.schema` reads back from ``portfolio.json`` and what
:mod:`journal.portfolio.portfolio_import` applies to a journal. How each field
maps to the database and to JSON is declared once, in :mod:`journal.portfolio.fields`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from journal import __version__
from journal.core import attributes as core_attributes
from journal.store.models import (
    Attribute,
    Audience,
    AuthorRole,
    FeedbackTarget,
    GoalStatus,
    Privacy,
    Proposer,
    RevisionReason,
)

FORMAT_NAME = "learning-journal-portfolio"
FORMAT_VERSION = "1.0"
SUPPORTED_MAJOR = 1

ATTRIBUTE_LABELS = dict(core_attributes.NAMES)  # the one table: journal.core.attributes


class RevisionChoice(enum.StrEnum):
    ALL = "all"
    FIRST_LAST = "first-last"


class NameStyle(enum.StrEnum):
    """How the student's name appears in what leaves."""

    FULL = "full"  # "Sam Rivera"
    FIRST_INITIAL = "first-initial"  # "Sam R."


def shown_name(name: str, style: NameStyle | str = NameStyle.FULL) -> str:
    """The name as an export shows it: full, or first name and the last name's initial."""
    words = name.split()
    if NameStyle(style) is NameStyle.FULL or len(words) < 2:
        return " ".join(words)
    return f"{words[0]} {words[-1][0]}."


@dataclass(frozen=True)
class ExportOptions:
    include_private: bool = False
    revisions: RevisionChoice = RevisionChoice.ALL
    name_style: NameStyle = NameStyle.FULL
    # Photos leave without EXIF/XMP (camera, time, GPS location) unless the student asks.
    keep_photo_metadata: bool = False


@dataclass(frozen=True)
class LeftOut:
    """Something that stays on this computer, named in the preview (never written)."""

    id: str
    label: str
    text: str = ""


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
    reason: RevisionReason = RevisionReason.SAVE
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
    privacy: Privacy = Privacy.SHAREABLE
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
    proposed_by: Proposer = Proposer.ME
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
    audience: Audience = Audience.CLASS
    co_created_with: str = ""
    status: GoalStatus = GoalStatus.ACTIVE
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
    attribute: Attribute | None = None
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
    target_kind: FeedbackTarget
    target_id: str
    body: str
    written_at: datetime
    author_name: str = ""
    author_role: AuthorRole = AuthorRole.TEACHER
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
    reflections_left_out: list[LeftOut] = field(default_factory=list)
    feedback_left_out: list[LeftOut] = field(default_factory=list)
    trashed_entries_left_out: int = 0
    full_name: str = ""  # the name in the journal, when the export shows less of it

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


def iso_time(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def iso_day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()
