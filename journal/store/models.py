"""The journal's data: typed SQLAlchemy models.

Every row that can leave the machine (in a portfolio, a feedback file or an
exhibition) has a UUID string id, so exports, feedback and re-imports refer to
the same things. Times are stored as UTC.
"""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime
from typing import TypeVar

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from journal.core.enums import (
    Attribute,
    Audience,
    AuthorRole,
    FeedbackTarget,
    GoalStatus,
    Moment,
    Privacy,
    PromptSource,
    Proposer,
    RevisionReason,
    utcnow,
)

# The enums and the clock live in journal.core (no SQLAlchemy) so the UI can use
# them without importing the models; they are re-exported here for the store.
from journal.core.exhibitions import ExhibitionFormat, PanelNoteKind, RunKind

__all__ = [
    "Attribute",
    "Audience",
    "AuthorRole",
    "FeedbackTarget",
    "GoalStatus",
    "Moment",
    "Privacy",
    "PromptSource",
    "Proposer",
    "RevisionReason",
    "utcnow",
]

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC in the database and always hands back aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware UTC time")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


E = TypeVar("E", bound=enum.StrEnum)


def _values(enum_class: type[enum.StrEnum]) -> list[str]:
    return [member.value for member in enum_class]


def enum_column(enum_class: type[E], length: int = 16) -> Enum:
    """A column holding one of an enum's members, stored as the member's value string.

    A plain VARCHAR of ``length`` (no native enum, no CHECK constraint), so the stored
    strings and the schema are exactly what they were when these columns were ``str``;
    strings that aren't one of the values are refused on the way in.
    """
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        values_callable=_values,
        validate_strings=True,
        length=length,
    )


entry_tags = Table(
    "entry_tags",
    Base.metadata,
    Column("entry_id", ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Entry(Base):
    """One piece of the student's learning story.

    ``title``/``body`` hold the current working text (what autosave writes and
    what search sees); the immutable history lives in :class:`Revision`.
    """

    __tablename__ = "entries"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    # Integer key for the FTS5 external-content index (rowids of tables
    # without an INTEGER PRIMARY KEY may change on VACUUM).
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    learned_on: Mapped[date] = mapped_column(Date, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    draft_saved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # True when the working text differs from the latest revision.
    has_unsaved_draft: Mapped[bool] = mapped_column(Boolean, default=False)
    privacy: Mapped[Privacy] = mapped_column(enum_column(Privacy), default=Privacy.PRIVATE)
    voice: Mapped[bool] = mapped_column(Boolean, default=False)
    cocreation: Mapped[bool] = mapped_column(Boolean, default=False)
    social: Mapped[bool] = mapped_column(Boolean, default=False)
    selfdiscovery: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    revision_count: Mapped[int] = mapped_column(Integer, default=0)

    revisions: Mapped[list[Revision]] = relationship(
        back_populates="entry",
        order_by="Revision.seq",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    tags: Mapped[list[Tag]] = relationship(secondary=entry_tags, order_by="Tag.name")
    attachments: Mapped[list[EntryAttachment]] = relationship(
        order_by="EntryAttachment.position", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def attributes(self) -> set[Attribute]:
        return {a for a in Attribute if getattr(self, a.value)}

    def set_attributes(self, attributes: set[Attribute] | set[str]) -> None:
        chosen = {Attribute(a) for a in attributes}
        for a in Attribute:
            setattr(self, a.value, a in chosen)


class Revision(Base):
    """An immutable snapshot of an entry's title and body."""

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("entry_id", "seq", name="uq_revisions_entry_seq"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entry_id: Mapped[str] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    title: Mapped[str] = mapped_column(Text, default="")
    body_z: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[RevisionReason] = mapped_column(
        enum_column(RevisionReason), default=RevisionReason.SAVE
    )
    restored_from_id: Mapped[str | None] = mapped_column(String(36))
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    words_added: Mapped[int] = mapped_column(Integer, default=0)
    words_removed: Mapped[int] = mapped_column(Integer, default=0)

    entry: Mapped[Entry] = relationship(back_populates="revisions")
    attachments: Mapped[list[RevisionAttachment]] = relationship(
        order_by="RevisionAttachment.position", cascade="all, delete-orphan", passive_deletes=True
    )


class Attachment(Base):
    """A file of the student's work, stored once under ``attachments/`` by SHA-256."""

    __tablename__ = "attachments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class EntryAttachment(Base):
    """An attachment in the entry's working state (carried into the next revision)."""

    __tablename__ = "entry_attachments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entry_id: Mapped[str] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    attachment_id: Mapped[str] = mapped_column(ForeignKey("attachments.id"), index=True)
    filename: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    attachment: Mapped[Attachment] = relationship(lazy="joined")


class RevisionAttachment(Base):
    """The attachments as they were when a revision was cut."""

    __tablename__ = "revision_attachments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    revision_id: Mapped[str] = mapped_column(
        ForeignKey("revisions.id", ondelete="CASCADE"), index=True
    )
    attachment_id: Mapped[str] = mapped_column(ForeignKey("attachments.id"), index=True)
    filename: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    attachment: Mapped[Attachment] = relationship(lazy="joined")


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(Text)
    # Case-folded name, so "Maths" and "maths" are one tag.
    key: Mapped[str] = mapped_column(Text, unique=True)


class Goal(Base):
    """A goal co-created by backward design: from the challenge to the plan."""

    __tablename__ = "goals"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(Text, default="")  # the challenge, question or idea
    why_it_matters: Mapped[str] = mapped_column(Text, default="")
    task: Mapped[str] = mapped_column(Text, default="")  # the product or performance
    task_criteria: Mapped[str] = mapped_column(Text, default="")
    audience: Mapped[Audience] = mapped_column(enum_column(Audience), default=Audience.PRIVATE)
    co_created_with: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[GoalStatus] = mapped_column(
        enum_column(GoalStatus), default=GoalStatus.ACTIVE, index=True
    )
    start_on: Mapped[date | None] = mapped_column(Date)
    target_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    criteria: Mapped[list[Criterion]] = relationship(
        back_populates="goal",
        order_by="Criterion.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    actions: Mapped[list[GoalAction]] = relationship(
        order_by="GoalAction.position", cascade="all, delete-orphan", passive_deletes=True
    )
    checkpoints: Mapped[list[Checkpoint]] = relationship(
        back_populates="goal",
        order_by="Checkpoint.due_on",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    evidence: Mapped[list[GoalEvidence]] = relationship(
        back_populates="goal",
        order_by="GoalEvidence.added_at",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class Criterion(Base):
    """A learning goal / success criterion: what will be measured."""

    __tablename__ = "criteria"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    goal_id: Mapped[str] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    proposed_by: Mapped[Proposer] = mapped_column(enum_column(Proposer), default=Proposer.ME)
    position: Mapped[int] = mapped_column(Integer, default=0)

    goal: Mapped[Goal] = relationship(back_populates="criteria")


class GoalAction(Base):
    """One step of the learning plan, as a checklist item."""

    __tablename__ = "goal_actions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    goal_id: Mapped[str] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Checkpoint(Base):
    """A dated step on the way to a goal, where the student looks at progress."""

    __tablename__ = "checkpoints"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    goal_id: Mapped[str] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date] = mapped_column(Date, index=True)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")

    goal: Mapped[Goal] = relationship(back_populates="checkpoints")
    ratings: Mapped[list[CheckpointRating]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class CheckpointRating(Base):
    """Progress on one criterion at one checkpoint, on a four-level scale."""

    __tablename__ = "checkpoint_ratings"
    __table_args__ = (
        UniqueConstraint("checkpoint_id", "criterion_id", name="uq_checkpoint_ratings_pair"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    checkpoint_id: Mapped[str] = mapped_column(
        ForeignKey("checkpoints.id", ondelete="CASCADE"), index=True
    )
    criterion_id: Mapped[str] = mapped_column(
        ForeignKey("criteria.id", ondelete="CASCADE"), index=True
    )
    level: Mapped[int] = mapped_column(Integer)  # 1..4


class GoalEvidence(Base):
    """An entry (or one revision of it) offered as evidence for a goal or criterion."""

    __tablename__ = "goal_evidence"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    goal_id: Mapped[str] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    entry_id: Mapped[str] = mapped_column(ForeignKey("entries.id", ondelete="CASCADE"), index=True)
    revision_id: Mapped[str | None] = mapped_column(ForeignKey("revisions.id", ondelete="SET NULL"))
    criterion_id: Mapped[str | None] = mapped_column(ForeignKey("criteria.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    goal: Mapped[Goal] = relationship(back_populates="evidence")


class PromptPack(Base):
    """A teacher's set of prompts, imported from a JSON file."""

    __tablename__ = "prompt_packs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Prompt(Base):
    """A reflective prompt: built in, from a teacher's pack, or the student's own."""

    __tablename__ = "prompts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True, default=new_id)
    text: Mapped[str] = mapped_column(Text)
    attribute: Mapped[Attribute] = mapped_column(enum_column(Attribute), index=True)
    moment: Mapped[Moment] = mapped_column(enum_column(Moment), default=Moment.DAILY)
    learn_best: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[PromptSource] = mapped_column(
        enum_column(PromptSource), default=PromptSource.MINE
    )
    pack_id: Mapped[str | None] = mapped_column(
        ForeignKey("prompt_packs.id", ondelete="CASCADE"), index=True
    )
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Reflection(Base):
    """An answer to a prompt, about an entry, a revision, a goal or a checkpoint.

    The learning-conditions facets (where, with whom, how, time of day, energy,
    how well it went) feed the "How I learn best" profile.
    """

    __tablename__ = "reflections"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    prompt_id: Mapped[str | None] = mapped_column(
        ForeignKey("prompts.id", ondelete="SET NULL"), index=True
    )
    prompt_text: Mapped[str] = mapped_column(Text, default="")
    attribute: Mapped[Attribute | None] = mapped_column(enum_column(Attribute), index=True)
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    entry_id: Mapped[str | None] = mapped_column(
        ForeignKey("entries.id", ondelete="SET NULL"), index=True
    )
    revision_id: Mapped[str | None] = mapped_column(ForeignKey("revisions.id", ondelete="SET NULL"))
    goal_id: Mapped[str | None] = mapped_column(
        ForeignKey("goals.id", ondelete="SET NULL"), index=True
    )
    checkpoint_id: Mapped[str | None] = mapped_column(
        ForeignKey("checkpoints.id", ondelete="SET NULL")
    )
    # Learning conditions (all optional).
    place: Mapped[str | None] = mapped_column(String(64))
    with_whom: Mapped[str | None] = mapped_column(String(16))  # alone, peer, group, expert
    how: Mapped[str | None] = mapped_column(String(16))  # reading, making, talking, ...
    time_of_day: Mapped[str | None] = mapped_column(String(16))  # morning, afternoon, ...
    energy: Mapped[int | None] = mapped_column(Integer)  # 1..5
    went_well: Mapped[int | None] = mapped_column(Integer)  # 1..5


class Exhibition(Base):
    """A curated selection of entries shown to an audience (see journal.core.exhibitions)."""

    __tablename__ = "exhibitions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(Text)
    claim: Mapped[str] = mapped_column(Text, default="")  # the claim or driving question
    format: Mapped[ExhibitionFormat] = mapped_column(
        enum_column(ExhibitionFormat), default=ExhibitionFormat.CUSTOM
    )
    audience: Mapped[str] = mapped_column(Text, default="panel")  # an AudiencePreset
    time_budget_s: Mapped[int] = mapped_column(Integer, default=0)  # 0: no limit
    sections: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Where the student put it online ("" if nowhere): placards carry it as a QR code.
    published_url: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    stations: Mapped[list[ExhibitionStation]] = relationship(
        order_by="ExhibitionStation.position", cascade="all, delete-orphan", passive_deletes=True
    )
    runs: Mapped[list[ExhibitionRun]] = relationship(
        order_by="ExhibitionRun.started_at", cascade="all, delete-orphan", passive_deletes=True
    )


class ExhibitionStation(Base):
    """One stop of an exhibition: an entry with one pinned draft and two captions.

    The station outlives its entry (``entry_id`` becomes NULL, ``entry_title``
    remembers what it was) so "Ready to present?" can say which station to fix.
    """

    __tablename__ = "exhibition_stations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    exhibition_id: Mapped[str] = mapped_column(
        ForeignKey("exhibitions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    entry_id: Mapped[str | None] = mapped_column(
        ForeignKey("entries.id", ondelete="SET NULL"), index=True
    )
    entry_title: Mapped[str] = mapped_column(Text, default="")
    revision_id: Mapped[str | None] = mapped_column(
        ForeignKey("revisions.id", ondelete="SET NULL")
    )
    # Drafts shown as the growth strip (first, a middle one, the pinned one), oldest first.
    growth_revision_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    caption_topic: Mapped[str] = mapped_column(Text, default="")  # what I learned about it
    caption_self: Mapped[str] = mapped_column(Text, default="")  # what I learned about myself
    criterion_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    attributes: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")  # talking notes, never exported
    time_share_s: Mapped[int] = mapped_column(Integer, default=0)
    section: Mapped[str] = mapped_column(Text, default="")
    # Files marked "shows other people" that the student ticked to show anyway.
    include_people_ids: Mapped[list[str]] = mapped_column(JSON, default=list)


class AttachmentDescription(Base):
    """What a picture shows, for people who can't see it, and who is in it."""

    __tablename__ = "attachment_descriptions"

    attachment_id: Mapped[str] = mapped_column(
        ForeignKey("attachments.id", ondelete="CASCADE"), primary_key=True
    )
    alt_text: Mapped[str] = mapped_column(Text, default="")
    decorative: Mapped[bool] = mapped_column(Boolean, default=False)
    shows_people: Mapped[bool] = mapped_column(Boolean, default=False)


class ExhibitionRun(Base):
    """A rehearsal or a presentation, with the seconds spent at each station.

    ``timings`` is a list of ``[station_id, seconds]`` in the order presented.
    """

    __tablename__ = "exhibition_runs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    exhibition_id: Mapped[str] = mapped_column(
        ForeignKey("exhibitions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[RunKind] = mapped_column(enum_column(RunKind), default=RunKind.REHEARSAL)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    total_s: Mapped[float] = mapped_column(Float, default=0.0)
    timings: Mapped[list[list[object]]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")


class PanelNote(Base):
    """A panel member's wow, wonder, question or criterion rating after a presentation."""

    __tablename__ = "exhibition_panel_notes"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    exhibition_id: Mapped[str] = mapped_column(
        ForeignKey("exhibitions.id", ondelete="CASCADE"), index=True
    )
    run_id: Mapped[str | None] = mapped_column(
        ForeignKey("exhibition_runs.id", ondelete="SET NULL")
    )
    station_id: Mapped[str | None] = mapped_column(
        ForeignKey("exhibition_stations.id", ondelete="SET NULL")
    )
    criterion_id: Mapped[str | None] = mapped_column(
        ForeignKey("criteria.id", ondelete="SET NULL")
    )
    kind: Mapped[PanelNoteKind] = mapped_column(enum_column(PanelNoteKind))
    text: Mapped[str] = mapped_column(Text, default="")
    level: Mapped[int | None] = mapped_column(Integer)  # 1..4 for ratings
    author_name: Mapped[str] = mapped_column(Text, default="")
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Feedback(Base):
    """A comment from a teacher, peer or family member, imported from a feedback file."""

    __tablename__ = "feedback"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    author_name: Mapped[str] = mapped_column(Text, default="")
    author_role: Mapped[AuthorRole] = mapped_column(
        enum_column(AuthorRole), default=AuthorRole.TEACHER
    )
    target_kind: Mapped[FeedbackTarget] = mapped_column(enum_column(FeedbackTarget))
    target_id: Mapped[str] = mapped_column(String(36), index=True)
    body: Mapped[str] = mapped_column(Text)
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    source_file_id: Mapped[str | None] = mapped_column(String(36))


class LearnerProfile(Base):
    """The learner: their name (used in exports) and their "How I learn best" statement.

    ``journal_id`` identifies this journal in exported portfolios and in the
    feedback files that come back.
    """

    __tablename__ = "learner_profile"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    journal_id: Mapped[str] = mapped_column(String(36), default=new_id)
    name: Mapped[str] = mapped_column(Text, default="")
    statement: Mapped[str] = mapped_column(Text, default="")
    statement_updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Settings that belong to this journal, not to the computer (migration 0003).
    welcome_done: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    last_entry_id: Mapped[str] = mapped_column(String(36), default="", server_default="")
    last_page: Mapped[str] = mapped_column(String(32), default="", server_default="")
    preferences: Mapped[dict[str, object]] = mapped_column(
        JSON, default=dict, server_default="{}"
    )


class ProfileStatementVersion(Base):
    """Earlier versions of the learning-profile statement, so its growth shows."""

    __tablename__ = "profile_statement_versions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    statement: Mapped[str] = mapped_column(Text)
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
