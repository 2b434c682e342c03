"""One field table per portfolio entity: how each field maps to the database and to JSON.

Every entity a portfolio carries (entry, revision, goal, criterion, …) is declared
once, as an :class:`Entity`: its plain-data class (:mod:`journal.portfolio.data`),
its SQLAlchemy model, and a tuple of :class:`Field` s, each saying its name in
``portfolio.json`` (which is also the data attribute), the model attribute it is
copied from and to (``column``), its type, whether it is required or may be null,
and its size limit. Everything else is derived from that table:

- :meth:`Entity.collect` — plain data from a database row (export);
- :meth:`Entity.to_json` — the JSON object, in the table's order (export);
- :meth:`Entity.read` — typed, size-checked data from untrusted JSON (import);
- :meth:`Entity.apply` — a new database row from plain data (import).

Fields that aren't a plain copy of a column (an entry's attributes and tags, a
revision's compressed body, ids left out of an export) are declared with
``column=None``; the caller supplies them by keyword. Nested lists (an entry's
revisions, a goal's criteria) are not fields: the walk over the tree stays in
model.py, schema.py and portfolio_import.py. tests/portfolio/test_fields.py
checks that the tables, docs/portfolio.schema.json and the models agree.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Generic, TypeVar

from journal.portfolio.checker import MEDIA_TYPE, Checker, Limits
from journal.portfolio.data import (
    ActionData,
    AttachmentData,
    AttachmentRef,
    CheckpointData,
    CriterionData,
    EntryData,
    EvidenceData,
    FeedbackData,
    GoalData,
    ProfileData,
    RatingData,
    ReflectionData,
    RevisionData,
    StatementVersionData,
    iso_day,
    iso_time,
)
from journal.store.models import (
    Attachment,
    Attribute,
    Audience,
    AuthorRole,
    Base,
    Checkpoint,
    CheckpointRating,
    Criterion,
    Entry,
    Feedback,
    FeedbackTarget,
    Goal,
    GoalAction,
    GoalEvidence,
    GoalStatus,
    LearnerProfile,
    Privacy,
    ProfileStatementVersion,
    Proposer,
    Reflection,
    Revision,
    RevisionReason,
)

D = TypeVar("D")


class Kind(enum.Enum):
    TEXT = "text"
    ID = "id"
    SHA256 = "sha256"
    INT = "integer"
    BOOL = "boolean"
    TIME = "time"
    DAY = "day"
    CHOICE = "choice"
    LIST = "list"  # of choices, or of short texts (tags)


class _Index:
    """The default of a ``position``: the item's index in its list."""

    def __repr__(self) -> str:
        return "INDEX"


INDEX: Any = _Index()
_SAME = "="


@dataclass(frozen=True)
class Field:
    name: str  # in portfolio.json and on the data class
    kind: Kind
    column: str | None  # model attribute copied as is; None: the caller supplies it
    required: bool = False  # refused when missing (text, integers)
    nullable: bool = False  # null allowed (and written when there is nothing)
    limit: int | str = 0  # max length / id width / max items; a str names a Limits field
    low: int = 0
    high: int = 0
    default: Any = None
    choices: tuple[str, ...] = ()
    enum: type[enum.StrEnum] | None = None  # CHOICE: read values become its members
    item_limit: int = 0  # LIST of texts: longest item
    fallback: str = ""  # TEXT: used when empty
    pattern: re.Pattern[str] | None = None  # TEXT: must match (after the fallback)
    pattern_problem: str = ""

    def max_length(self, limits: Limits) -> int:
        return getattr(limits, self.limit) if isinstance(self.limit, str) else self.limit


def _column(name: str, column: str | None) -> str | None:
    return name if column == _SAME else column


def text(
    name: str,
    limit: int | str,
    *,
    required: bool = False,
    nullable: bool = False,
    column: str | None = _SAME,
    fallback: str = "",
    pattern: re.Pattern[str] | None = None,
    pattern_problem: str = "",
) -> Field:
    return Field(
        name,
        Kind.TEXT,
        _column(name, column),
        required,
        nullable,
        limit,
        fallback=fallback,
        pattern=pattern,
        pattern_problem=pattern_problem,
    )


def ident(
    name: str, *, nullable: bool = False, width: int = 36, column: str | None = _SAME
) -> Field:
    return Field(name, Kind.ID, _column(name, column), not nullable, nullable, width)


def sha256(name: str, *, column: str | None = _SAME) -> Field:
    return Field(name, Kind.SHA256, _column(name, column), required=True)


def integer(
    name: str,
    low: int,
    high: int,
    *,
    default: Any = None,
    nullable: bool = False,
    column: str | None = _SAME,
) -> Field:
    required = default is None and not nullable
    return Field(
        name,
        Kind.INT,
        _column(name, column),
        required,
        nullable,
        low=low,
        high=high,
        default=default,
    )


def boolean(name: str, *, column: str | None = _SAME) -> Field:
    return Field(name, Kind.BOOL, _column(name, column), default=False)


def time(name: str, *, nullable: bool = False, column: str | None = _SAME) -> Field:
    return Field(name, Kind.TIME, _column(name, column), not nullable, nullable)


def day(name: str, *, nullable: bool = False, column: str | None = _SAME) -> Field:
    return Field(name, Kind.DAY, _column(name, column), not nullable, nullable)


def choice(
    name: str,
    options: type[enum.StrEnum],
    default: str | None = None,
    *,
    column: str | None = _SAME,
) -> Field:
    """One of an enum's values; ``default`` when missing, or null allowed when it is None."""
    values = tuple(o.value for o in options)
    return Field(
        name,
        Kind.CHOICE,
        _column(name, column),
        nullable=default is None,
        default=default,
        choices=values,
        enum=options,
    )


def choices(name: str, options: type[enum.StrEnum], limit: int) -> Field:
    values = tuple(o.value for o in options)
    return Field(name, Kind.LIST, None, limit=limit, choices=values)


def texts(name: str, limit: int | str, item_limit: int) -> Field:
    return Field(name, Kind.LIST, None, limit=limit, item_limit=item_limit)


# -- reading one field from untrusted JSON -------------------------------------------------

_Reader = Callable[[Checker, Field, dict[str, Any], str, Limits, int], Any]


def _read_text(check: Checker, f: Field, d: dict[str, Any], w: str, lim: Limits, i: int) -> Any:
    if f.nullable:
        return check.optional_text(d, f.name, w, f.max_length(lim))
    value = check.text(d, f.name, w, f.max_length(lim), required=f.required) or f.fallback
    if f.pattern is not None and not f.pattern.match(value):
        check.fail(f"{w}.{f.name}", f.pattern_problem)
    return value


def _read_id(check: Checker, f: Field, d: dict[str, Any], w: str, lim: Limits, i: int) -> Any:
    if f.nullable:
        return check.optional_id(d, f.name, w, f.max_length(lim))
    return check.identifier(d, f.name, w)


def _read_int(check: Checker, f: Field, d: dict[str, Any], w: str, lim: Limits, i: int) -> Any:
    if f.nullable:
        return check.optional_int(d, f.name, w, f.low, f.high)
    default = i if f.default is INDEX else f.default
    return check.integer(d, f.name, w, f.low, f.high, default=default)


def _read_choice(check: Checker, f: Field, d: dict[str, Any], w: str, lim: Limits, i: int) -> Any:
    if f.default is None and d.get(f.name) is None:
        return None
    value = check.choice(d, f.name, w, set(f.choices), f.default)
    return value if f.enum is None else f.enum(value)


def _read_list(check: Checker, f: Field, d: dict[str, Any], w: str, lim: Limits, i: int) -> Any:
    items = check.array(d, f.name, w, f.max_length(lim))
    for k, item in enumerate(items):
        if f.choices:
            if not isinstance(item, str) or item not in f.choices:
                check.fail(f"{w}.{f.name}[{k}]", f"should be one of {', '.join(sorted(f.choices))}")
        elif not isinstance(item, str) or not item.strip() or len(item) > f.item_limit:
            check.fail(f"{w}.{f.name}[{k}]", "should be a short piece of text")
    return list(items)


_READERS: dict[Kind, _Reader] = {
    Kind.TEXT: _read_text,
    Kind.ID: _read_id,
    Kind.SHA256: lambda check, f, d, w, lim, i: check.sha(d, f.name, w),
    Kind.INT: _read_int,
    Kind.BOOL: lambda check, f, d, w, lim, i: check.boolean(d, f.name, w, f.default),
    Kind.TIME: lambda check, f, d, w, lim, i: (
        check.optional_time(d, f.name, w) if f.nullable else check.time(d, f.name, w)
    ),
    Kind.DAY: lambda check, f, d, w, lim, i: (
        check.optional_day(d, f.name, w) if f.nullable else check.day(d, f.name, w)
    ),
    Kind.CHOICE: _read_choice,
    Kind.LIST: _read_list,
}


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


_WRITERS: dict[Kind, Callable[[Any], Any]] = {
    Kind.TIME: iso_time,
    Kind.DAY: iso_day,
    Kind.CHOICE: _plain,
    Kind.LIST: lambda items: [_plain(v) for v in items],
}


@dataclass(frozen=True)
class Entity(Generic[D]):
    """One kind of thing in a portfolio, declared as a table of its fields."""

    name: str
    data: Callable[..., D]
    model: type[Base] | None
    fields: tuple[Field, ...]
    children: tuple[str, ...] = ()  # nested lists, walked by hand

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    # Worked out once per table: collecting and writing run once per revision.
    @cached_property
    def _column_pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple((f.name, f.column) for f in self.fields if f.column is not None)

    @cached_property
    def _computed(self) -> frozenset[str]:
        return frozenset(f.name for f in self.fields if f.column is None)

    @cached_property
    def _writers(self) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
        return tuple((f.name, _WRITERS.get(f.kind)) for f in self.fields)

    def collect(self, row: Any, **given: Any) -> D:
        """Plain data from a database row; ``given`` supplies (or replaces) fields.

        Fields that aren't a column must be given (TypeError otherwise).
        """
        if not self._computed <= given.keys():
            missing = [f.name for f in self.fields if f.name in self._computed - given.keys()]
            raise TypeError(f"{self.name}.collect needs {', '.join(missing)}")
        values = {name: getattr(row, column) for name, column in self._column_pairs}
        values.update(given)
        return self.data(**values)

    def to_json(self, item: Any) -> dict[str, Any]:
        """The JSON object of the table's fields, in the table's order (children not included)."""
        out: dict[str, Any] = {}
        for name, writer in self._writers:
            value = getattr(item, name)
            out[name] = value if writer is None or value is None else writer(value)
        return out

    def read(
        self,
        check: Checker,
        d: dict[str, Any],
        where: str,
        limits: Limits,
        *,
        index: int = 0,
        **given: Any,
    ) -> D:
        """Typed, size-checked data from an untrusted JSON object (children not included)."""
        values = {
            f.name: _READERS[f.kind](check, f, d, where, limits, index)
            for f in self.fields
            if f.name not in given
        }
        return self.data(**values, **given)

    def columns(self, item: Any) -> dict[str, Any]:
        """The model attributes the table copies as they are."""
        return {column: getattr(item, name) for name, column in self._column_pairs}

    def apply(self, item: Any, model: type[Base] | None = None, **given: Any) -> Any:
        """A new row of ``model`` (the entity's own by default); ``given`` adds or replaces
        model attributes (parent ids, fields the table can't copy)."""
        values = self.columns(item)
        values.update(given)
        target = model or self.model
        assert target is not None
        return target(**values)


# -- the tables ----------------------------------------------------------------------------

ATTACHMENT_REF: Entity[AttachmentRef] = Entity(
    "attachment_ref",
    AttachmentRef,
    None,  # EntryAttachment or RevisionAttachment: the caller says which
    (
        sha256("sha256", column=None),
        text("filename", 255, required=True),
        integer("position", 0, 100_000, default=INDEX),
    ),
)

ATTACHMENT: Entity[AttachmentData] = Entity(
    "attachment",
    AttachmentData,
    Attachment,
    (
        sha256("sha256"),
        integer("size", 0, 2**40),
        text(
            "media_type",
            120,
            fallback="application/octet-stream",
            pattern=MEDIA_TYPE,
            pattern_problem="should be a media type like image/png",
        ),
    ),
)

STATEMENT_VERSION: Entity[StatementVersionData] = Entity(
    "statement_version",
    StatementVersionData,
    ProfileStatementVersion,
    (ident("id"), text("statement", "long_note"), time("written_at")),
)

PROFILE: Entity[ProfileData] = Entity(
    "profile",
    ProfileData,
    LearnerProfile,
    (
        ident("journal_id"),
        text("name", "short_text"),
        text("statement", "long_note"),
        time("statement_updated_at", nullable=True),
    ),
    children=("statement_history",),
)

ENTRY: Entity[EntryData] = Entity(
    "entry",
    EntryData,
    Entry,
    (
        ident("id"),
        text("title", "short_text"),
        text("body", "long_text"),
        day("learned_on"),
        time("created_at"),
        time("updated_at"),
        choice("privacy", Privacy, Privacy.PRIVATE),
        choices("attributes", Attribute, 4),
        texts("tags", "tags", 100),
        # How many the journal has, even when fewer were exported.
        integer("revision_count", 0, 1_000_000, default=0, column=None),
    ),
    children=("attachments", "revisions"),
)

REVISION: Entity[RevisionData] = Entity(
    "revision",
    RevisionData,
    Revision,
    (
        ident("id"),
        integer("seq", 1, 1_000_000),
        time("created_at"),
        text("title", "short_text"),
        text("body", "long_text", column=None),  # stored compressed, as body_z
        sha256("sha256"),
        text("note", "note", nullable=True),
        choice("reason", RevisionReason, RevisionReason.SAVE),
        ident("restored_from_id", nullable=True),
        integer("word_count", 0, 10_000_000, default=0),
        integer("words_added", 0, 10_000_000, default=0),
        integer("words_removed", 0, 10_000_000, default=0),
    ),
    children=("attachments",),
)

GOAL: Entity[GoalData] = Entity(
    "goal",
    GoalData,
    Goal,
    (
        ident("id"),
        text("title", "short_text"),
        text("why_it_matters", "note"),
        text("task", "note"),
        text("task_criteria", "note"),
        choice("audience", Audience, Audience.PRIVATE),
        text("co_created_with", "short_text"),
        choice("status", GoalStatus, GoalStatus.ACTIVE),
        day("start_on", nullable=True),
        day("target_on", nullable=True),
        time("created_at"),
        time("updated_at"),
    ),
    children=("criteria", "actions", "checkpoints", "evidence"),
)

CRITERION: Entity[CriterionData] = Entity(
    "criterion",
    CriterionData,
    Criterion,
    (
        ident("id"),
        text("text", "note", required=True),
        choice("proposed_by", Proposer, Proposer.ME),
        integer("position", 0, 100_000, default=INDEX),
    ),
)

ACTION: Entity[ActionData] = Entity(
    "action",
    ActionData,
    GoalAction,
    (
        ident("id"),
        text("text", "note", required=True),
        boolean("done"),
        integer("position", 0, 100_000, default=INDEX),
    ),
)

CHECKPOINT: Entity[CheckpointData] = Entity(
    "checkpoint",
    CheckpointData,
    Checkpoint,
    (
        ident("id"),
        text("title", "short_text"),
        day("due_on"),
        time("completed_at", nullable=True),
        text("note", "note"),
    ),
    children=("ratings",),
)

RATING: Entity[RatingData] = Entity(
    "rating",
    RatingData,
    CheckpointRating,
    (ident("id"), ident("criterion_id"), integer("level", 1, 4)),
)

EVIDENCE: Entity[EvidenceData] = Entity(
    "evidence",
    EvidenceData,
    GoalEvidence,
    (
        ident("id"),
        ident("entry_id"),
        ident("revision_id", nullable=True),
        ident("criterion_id", nullable=True),
        text("note", "note"),
        time("added_at"),
    ),
)

REFLECTION: Entity[ReflectionData] = Entity(
    "reflection",
    ReflectionData,
    Reflection,
    (
        ident("id"),
        ident("prompt_id", nullable=True, width=64),
        text("prompt_text", "note"),
        choice("attribute", Attribute),
        text("body", "long_text"),
        time("created_at"),
        ident("entry_id", nullable=True),
        ident("revision_id", nullable=True),
        ident("goal_id", nullable=True),
        ident("checkpoint_id", nullable=True),
        text("place", 64, nullable=True),
        text("with_whom", 16, nullable=True),
        text("how", 16, nullable=True),
        text("time_of_day", 16, nullable=True),
        integer("energy", 1, 5, nullable=True),
        integer("went_well", 1, 5, nullable=True),
    ),
)

FEEDBACK: Entity[FeedbackData] = Entity(
    "feedback",
    FeedbackData,
    Feedback,
    (
        ident("id"),
        choice("target_kind", FeedbackTarget, FeedbackTarget.ENTRY),
        ident("target_id"),
        text("body", "long_note", required=True),
        text("author_name", "short_text"),
        choice("author_role", AuthorRole, AuthorRole.TEACHER),
        time("written_at"),
        ident("source_file_id", nullable=True),
    ),
)

ENTITIES: tuple[Entity[Any], ...] = (
    ATTACHMENT_REF,
    ATTACHMENT,
    STATEMENT_VERSION,
    PROFILE,
    ENTRY,
    REVISION,
    GOAL,
    CRITERION,
    ACTION,
    CHECKPOINT,
    RATING,
    EVIDENCE,
    REFLECTION,
    FEEDBACK,
)
