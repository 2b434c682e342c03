"""What the portfolio timeline needs, loaded as compact arrays and small tuples.

The timeline must open a 10,000-entry journal within a frame or two, so this
module reads only the columns it draws and keeps them in ``array`` columns
rather than ORM objects. Revision times, which only matter when the timeline
is zoomed in, are loaded for the entries on screen (see
:func:`load_revision_times`); hover cards and the growth view load one entry
each on demand.

Times are float day numbers (see :mod:`journal.core.timeline`) in the
student's local time: UTC plus ``utc_offset_hours``.
"""

from __future__ import annotations

import enum
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import String, case, func, select, type_coerce
from sqlalchemy.orm import Session

from journal.core.text import excerpt
from journal.core.timeline import ATTRIBUTE_KEYS, day_number
from journal.store.models import (
    Attachment,
    Checkpoint,
    Entry,
    Feedback,
    FeedbackTarget,
    Goal,
    GoalEvidence,
    Reflection,
    Revision,
    RevisionAttachment,
    Tag,
    entry_tags,
)
from journal.store.search import EntryFilter, entry_query

# SQLite allows 32,766 bound parameters; stay well below for IN lists.
_CHUNK = 500
# An entry's marker sits inside its day, placed by the time it was written.
_EARLIEST_IN_DAY = 0.02
_LATEST_IN_DAY = 0.98


def _to_day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _to_utc(value: Any) -> datetime:
    """A stored UTC time, read as text (fast path) or as a datetime (other databases)."""
    if isinstance(value, datetime):
        return value if value.tzinfo is None else value.astimezone(UTC).replace(tzinfo=None)
    return datetime.fromisoformat(str(value))


_EPOCH = datetime(1970, 1, 1)
_EPOCH_ORDINAL = _EPOCH.toordinal()


def _day_numbers_of(values: Iterable[Any], offset_days: float) -> list[float]:
    """Stored UTC times as local day numbers (the hot loop of the timeline's first load)."""
    epoch, ordinal = _EPOCH, _EPOCH_ORDINAL + offset_days
    parse = datetime.fromisoformat
    out = []
    for value in values:
        when = parse(value) if isinstance(value, str) else _to_utc(value)
        out.append((when - epoch).total_seconds() / 86400.0 + ordinal)
    return out


def _local_day_number(value: Any, offset: timedelta) -> float:
    return day_number(_to_utc(value) + offset)


def _raw(column: Any) -> Any:
    """The column as stored, skipping the ORM's per-row conversion (it is our hot loop)."""
    return type_coerce(column, String)


@dataclass(frozen=True)
class TimelineEntries:
    """The entries on the timeline, sorted by time, one array per column.

    ``times`` is the day the learning happened plus the time of day it was
    written. ``span_lo``/``span_hi`` bound the drafting period (from creation to
    the last change): every revision of the entry lies within them, so they
    can be used to find which entries' drafts reach into view before their
    revision times are loaded.
    """

    ids: list[str]
    times: array[float]
    attributes: array[int]
    revisions: array[int]
    span_lo: array[float]
    span_hi: array[float]
    tag_offsets: array[int]
    tag_values: array[int]
    goal_offsets: array[int]
    goal_values: array[int]
    _index: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.ids)

    def index_of(self, entry_id: str) -> int | None:
        if not self._index and self.ids:
            self._index.update((entry_id, i) for i, entry_id in enumerate(self.ids))
        return self._index.get(entry_id)

    def tags_of(self, index: int) -> array[int]:
        return self.tag_values[self.tag_offsets[index] : self.tag_offsets[index + 1]]

    def goals_of(self, index: int) -> array[int]:
        return self.goal_values[self.goal_offsets[index] : self.goal_offsets[index + 1]]

    def attribute_keys_of(self, index: int) -> tuple[str, ...]:
        mask = self.attributes[index]
        return tuple(key for bit, key in enumerate(ATTRIBUTE_KEYS) if mask & (1 << bit))

    @property
    def max_lead(self) -> float:
        """The furthest any drafting period starts before its entry's time, in days."""
        return max((t - lo for t, lo in zip(self.times, self.span_lo, strict=True)), default=0.0)

    @property
    def max_trail(self) -> float:
        """The furthest any drafting period ends after its entry's time, in days."""
        return max((hi - t for t, hi in zip(self.times, self.span_hi, strict=True)), default=0.0)


@dataclass(frozen=True)
class TagInfo:
    id: str
    name: str


class CheckpointState(enum.StrEnum):
    DONE = "done"
    DUE = "due"
    MISSED = "missed"


@dataclass(frozen=True)
class CheckpointMark:
    id: str
    title: str
    t: float
    due_on: date
    state: CheckpointState


@dataclass(frozen=True)
class GoalSpan:
    id: str
    title: str
    status: str
    start: float
    end: float
    checkpoints: tuple[CheckpointMark, ...]


@dataclass(frozen=True)
class Marks:
    """Small dated marks (reflections or feedback), sorted by time."""

    ids: list[str]
    times: array[float]

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True)
class TimelineData:
    entries: TimelineEntries
    tags: list[TagInfo]
    goals: list[GoalSpan]
    reflections: Marks
    feedback: Marks
    today: float

    def extent(self) -> tuple[float, float]:
        """The first and last day number of everything on the timeline (today if empty)."""
        lows: list[float] = []
        highs: list[float] = []
        entries = self.entries
        if len(entries):
            lows.append(min(entries.times[0], min(entries.span_lo)))
            highs.append(max(entries.times[-1], max(entries.span_hi)))
        for goal in self.goals:
            lows.append(goal.start)
            highs.append(goal.end)
        for marks in (self.reflections, self.feedback):
            if len(marks):
                lows.append(marks.times[0])
                highs.append(marks.times[-1])
        if not lows:
            return self.today - 3.5, self.today + 3.5
        return min(lows), max(highs)


def _attribute_mask_column() -> Any:
    """The four attribute flags as one bitmask, computed by the database (portable SQL)."""
    bits = [
        case((getattr(Entry, key).is_(True), 1 << bit), else_=0)
        for bit, key in enumerate(ATTRIBUTE_KEYS)
    ]
    return bits[0] + bits[1] + bits[2] + bits[3]


def _filtered_entry_rows(session: Session, flt: EntryFilter) -> Sequence[Any]:
    columns = (
        Entry.id,
        _raw(Entry.learned_on),
        _raw(Entry.created_at),
        _raw(Entry.updated_at),
        _attribute_mask_column(),
        Entry.revision_count,
    )
    if flt.is_empty and not flt.trashed:
        stmt = select(*columns).where(Entry.deleted_at.is_(None))
    else:
        chosen = entry_query(flt).order_by(None).subquery()
        stmt = select(*columns).join(chosen, chosen.c.id == Entry.id)
    # Core execution: the ORM's row processing costs more than the query here.
    return session.connection().execute(stmt).all()


def load_timeline(
    session: Session,
    flt: EntryFilter | None = None,
    *,
    today: date | None = None,
    utc_offset_hours: float = 0.0,
) -> TimelineData:
    """Everything the timeline draws at first sight, for the entries ``flt`` matches."""
    flt = flt or EntryFilter()
    offset = timedelta(hours=utc_offset_hours)
    today = today or (datetime.now(UTC) + offset).date()
    rows = _filtered_entry_rows(session, flt)

    offset_days = utc_offset_hours / 24.0
    created = _day_numbers_of((row[2] for row in rows), offset_days)
    updated = _day_numbers_of((row[3] or row[2] for row in rows), offset_days)
    unsorted: list[tuple[float, str, int, int, float, float]] = []
    for row, created_t, updated_t in zip(rows, created, updated, strict=True):
        entry_id, learned, _, _, mask, revs = row
        base = float(_to_day(learned).toordinal())
        within = created_t - int(created_t)
        t = base + min(max(within, _EARLIEST_IN_DAY), _LATEST_IN_DAY)
        unsorted.append((t, entry_id, mask, revs or 0, min(t, created_t), max(t, updated_t)))
    unsorted.sort()
    ids = [row[1] for row in unsorted]
    position = {entry_id: i for i, entry_id in enumerate(ids)}

    tags, tag_offsets, tag_values = _entry_tags(session, position)
    goal_rows = _goal_rows(session, flt)
    goal_index = {row.id: i for i, row in enumerate(goal_rows)}
    goal_offsets, goal_values = _entry_goals(session, position, goal_index)

    entries = TimelineEntries(
        ids=ids,
        times=array("d", (row[0] for row in unsorted)),
        attributes=array("B", (row[2] for row in unsorted)),
        revisions=array("l", (row[3] for row in unsorted)),
        span_lo=array("d", (row[4] for row in unsorted)),
        span_hi=array("d", (row[5] for row in unsorted)),
        tag_offsets=tag_offsets,
        tag_values=tag_values,
        goal_offsets=goal_offsets,
        goal_values=goal_values,
        _index=position,
    )
    narrowed = not flt.is_empty or flt.trashed
    return TimelineData(
        entries=entries,
        tags=tags,
        goals=_goal_spans(session, goal_rows, today),
        reflections=_reflection_marks(session, offset, position if narrowed else None, flt),
        feedback=_feedback_marks(session, offset, position if narrowed else None),
        today=float(today.toordinal()),
    )


def _csr(pairs: list[tuple[int, int]], count: int) -> tuple[array[int], array[int]]:
    """(offsets, values) so that item i's values are values[offsets[i]:offsets[i+1]]."""
    pairs = sorted(set(pairs))
    counts = [0] * (count + 1)
    for item, _ in pairs:
        counts[item + 1] += 1
    offsets = array("l", counts)
    for i in range(1, count + 1):
        offsets[i] += offsets[i - 1]
    return offsets, array("l", (value for _, value in pairs))


def _entry_tags(
    session: Session, position: dict[str, int]
) -> tuple[list[TagInfo], array[int], array[int]]:
    connection = session.connection()
    names = dict(connection.execute(select(Tag.id, Tag.name)).all())
    pairs: list[tuple[int, str]] = []
    used: dict[str, int] = {}
    links = connection.execute(select(entry_tags.c.entry_id, entry_tags.c.tag_id)).all()
    for entry_id, tag_id in links:
        index = position.get(entry_id)
        if index is not None and tag_id in names:
            pairs.append((index, tag_id))
            used.setdefault(tag_id, 0)
    ordered = sorted(used, key=lambda tag_id: names[tag_id].casefold())
    tag_index = {tag_id: i for i, tag_id in enumerate(ordered)}
    offsets, values = _csr([(i, tag_index[tag_id]) for i, tag_id in pairs], len(position))
    return [TagInfo(tag_id, names[tag_id]) for tag_id in ordered], offsets, values


def _goal_rows(session: Session, flt: EntryFilter) -> list[Any]:
    stmt = select(
        Goal.id,
        Goal.title,
        Goal.status,
        Goal.start_on,
        Goal.target_on,
        Goal.created_at,
    ).order_by(Goal.start_on, Goal.created_at)
    if flt.goal_id:
        stmt = stmt.where(Goal.id == flt.goal_id)
    return list(session.execute(stmt).all())


def _entry_goals(
    session: Session, position: dict[str, int], goal_index: dict[str, int]
) -> tuple[array[int], array[int]]:
    pairs = []
    links = session.connection().execute(
        select(GoalEvidence.goal_id, GoalEvidence.entry_id).distinct()
    )
    for goal_id, entry_id in links.all():
        index = position.get(entry_id)
        goal = goal_index.get(goal_id)
        if index is not None and goal is not None:
            pairs.append((index, goal))
    return _csr(pairs, len(position))


def _goal_spans(session: Session, goal_rows: list[Any], today: date) -> list[GoalSpan]:
    if not goal_rows:
        return []
    wanted = {row.id for row in goal_rows}
    checkpoints: dict[str, list[CheckpointMark]] = defaultdict(list)
    stmt = select(
        Checkpoint.goal_id,
        Checkpoint.id,
        Checkpoint.title,
        Checkpoint.due_on,
        Checkpoint.completed_at,
    ).order_by(Checkpoint.due_on)
    for goal_id, cp_id, title, due_on, completed_at in session.execute(stmt):
        if goal_id not in wanted:
            continue
        if completed_at is not None:
            state = CheckpointState.DONE
        elif due_on < today:
            state = CheckpointState.MISSED
        else:
            state = CheckpointState.DUE
        checkpoints[goal_id].append(
            CheckpointMark(cp_id, title, float(due_on.toordinal()) + 0.5, due_on, state)
        )
    spans = []
    for row in goal_rows:
        marks = tuple(checkpoints.get(row.id, ()))
        start_day = row.start_on or row.created_at.date()
        start = float(start_day.toordinal())
        ends = [start + 1.0]
        if row.target_on is not None:
            ends.append(float(row.target_on.toordinal()) + 1.0)
        ends.extend(mark.t + 0.5 for mark in marks)
        spans.append(GoalSpan(row.id, row.title, row.status, start, max(ends), marks))
    return spans


def _marks(rows: Iterable[tuple[str, Any]], offset: timedelta) -> Marks:
    pairs = sorted((_local_day_number(when, offset), mark_id) for mark_id, when in rows)
    return Marks([mark_id for _, mark_id in pairs], array("d", (t for t, _ in pairs)))


def _reflection_marks(
    session: Session, offset: timedelta, position: dict[str, int] | None, flt: EntryFilter
) -> Marks:
    stmt = select(
        Reflection.id, _raw(Reflection.created_at), Reflection.entry_id, Reflection.goal_id
    )
    rows = []
    for mark_id, when, entry_id, goal_id in session.execute(stmt):
        if (
            position is None
            or (entry_id is not None and entry_id in position)
            or (flt.goal_id is not None and goal_id == flt.goal_id)
        ):
            rows.append((mark_id, when))
    return _marks(rows, offset)


def _feedback_marks(session: Session, offset: timedelta, position: dict[str, int] | None) -> Marks:
    rows = list(
        session.execute(
            select(Feedback.id, _raw(Feedback.written_at), Feedback.target_kind, Feedback.target_id)
        )
    )
    if position is not None:
        revision_ids = [row[3] for row in rows if row[2] == FeedbackTarget.REVISION]
        owner: dict[str, str] = {}
        for chunk in _chunks(revision_ids):
            owner.update(
                session.execute(
                    select(Revision.id, Revision.entry_id).where(Revision.id.in_(chunk))
                ).all()
            )
        rows = [
            row
            for row in rows
            if (row[2] == FeedbackTarget.ENTRY and row[3] in position)
            or (row[2] == FeedbackTarget.REVISION and owner.get(row[3]) in position)
        ]
    return _marks(((row[0], row[1]) for row in rows), offset)


def _chunks(items: Sequence[str], size: int = _CHUNK) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def load_revision_times(
    session: Session, entry_ids: Sequence[str], *, utc_offset_hours: float = 0.0
) -> dict[str, array[float]]:
    """The time of every revision of the given entries, oldest first, per entry.

    Entries without revisions map to an empty array, so callers can cache
    "nothing here" too.
    """
    offset_days = utc_offset_hours / 24.0
    found: dict[str, array[float]] = {entry_id: array("d") for entry_id in entry_ids}
    for chunk in _chunks(list(found)):
        stmt = (
            select(Revision.entry_id, _raw(Revision.created_at))
            .where(Revision.entry_id.in_(chunk))
            .order_by(Revision.entry_id, Revision.seq)
        )
        rows = session.connection().execute(stmt).all()
        times = _day_numbers_of((row[1] for row in rows), offset_days)
        for (entry_id, _), t in zip(rows, times, strict=True):
            found[entry_id].append(t)
    return found


@dataclass(frozen=True)
class EntryCard:
    """What the hover card says about an entry."""

    id: str
    title: str
    learned_on: date
    opening: str
    revisions: int
    attributes: tuple[str, ...]
    tags: tuple[str, ...]


def load_entry_card(session: Session, entry_id: str, opening_chars: int = 160) -> EntryCard | None:
    entry = session.get(Entry, entry_id)
    if entry is None:
        return None
    body = entry.body.lstrip()
    # A body that opens with (part of) the title as a heading: skip that line.
    head, _, rest = body.partition("\n")
    if head.startswith("#") and head.lstrip("# ").strip().casefold() in entry.title.casefold():
        body = rest
    return EntryCard(
        id=entry.id,
        title=entry.title,
        learned_on=entry.learned_on,
        opening=excerpt(body, opening_chars),
        revisions=entry.revision_count,
        attributes=tuple(key for key in ATTRIBUTE_KEYS if getattr(entry, key)),
        tags=tuple(tag.name for tag in entry.tags),
    )


@dataclass(frozen=True)
class MarkCard:
    """What the hover card says about a reflection, a piece of feedback or a goal."""

    kind: str
    title: str
    when: date | None
    text: str


def load_mark_card(
    session: Session, kind: str, mark_id: str, text_chars: int = 160
) -> MarkCard | None:
    if kind == "reflection":
        reflection = session.get(Reflection, mark_id)
        if reflection is None:
            return None
        return MarkCard(
            kind,
            reflection.prompt_text,
            reflection.created_at.date(),
            excerpt(reflection.body, text_chars),
        )
    if kind == "feedback":
        feedback = session.get(Feedback, mark_id)
        if feedback is None:
            return None
        return MarkCard(
            kind,
            feedback.author_name,
            feedback.written_at.date(),
            excerpt(feedback.body, text_chars),
        )
    if kind == "goal":
        goal = session.get(Goal, mark_id)
        if goal is None:
            return None
        return MarkCard(kind, goal.title, goal.target_on, excerpt(goal.task, text_chars))
    return None


@dataclass(frozen=True)
class AttachmentAtRevision:
    filename: str
    sha256: str
    media_type: str
    size: int


@dataclass(frozen=True)
class RevisionPoint:
    id: str
    seq: int
    created_at: datetime
    word_count: int
    words_added: int
    words_removed: int
    note: str
    reason: str
    attachments: tuple[AttachmentAtRevision, ...]
    # The draft this one brought back, when it was a restore (as History says it).
    restored_from_seq: int | None = None


@dataclass(frozen=True)
class EntryGrowth:
    """One entry's drafts, oldest first, for the growth view."""

    entry_id: str
    title: str
    learned_on: date
    revisions: tuple[RevisionPoint, ...]


def load_growth(session: Session, entry_id: str) -> EntryGrowth | None:
    entry = session.get(Entry, entry_id)
    if entry is None:
        return None
    rows = session.execute(
        select(
            Revision.id,
            Revision.seq,
            Revision.created_at,
            Revision.word_count,
            Revision.words_added,
            Revision.words_removed,
            Revision.note,
            Revision.reason,
            Revision.restored_from_id,
        )
        .where(Revision.entry_id == entry_id)
        .order_by(Revision.seq)
    ).all()
    seq_of = {row.id: row.seq for row in rows}
    attached: dict[str, list[AttachmentAtRevision]] = defaultdict(list)
    ids = [row.id for row in rows]
    for chunk in _chunks(ids):
        stmt = (
            select(
                RevisionAttachment.revision_id,
                RevisionAttachment.filename,
                Attachment.sha256,
                Attachment.media_type,
                Attachment.size,
            )
            .join(Attachment, Attachment.id == RevisionAttachment.attachment_id)
            .where(RevisionAttachment.revision_id.in_(chunk))
            .order_by(RevisionAttachment.revision_id, RevisionAttachment.position)
        )
        for revision_id, filename, sha, media_type, size in session.execute(stmt):
            attached[revision_id].append(AttachmentAtRevision(filename, sha, media_type, size))
    return EntryGrowth(
        entry_id=entry.id,
        title=entry.title,
        learned_on=entry.learned_on,
        revisions=tuple(
            RevisionPoint(
                id=row.id,
                seq=row.seq,
                created_at=row.created_at,
                word_count=row.word_count or 0,
                words_added=row.words_added or 0,
                words_removed=row.words_removed or 0,
                note=row.note or "",
                reason=row.reason,
                attachments=tuple(attached.get(row.id, ())),
                restored_from_seq=(
                    seq_of.get(row.restored_from_id) if row.restored_from_id else None
                ),
            )
            for row in rows
        ),
    )


@dataclass(frozen=True)
class ActivityCounts:
    """Writing activity per local day between ``first`` and ``last`` (inclusive)."""

    first: date
    last: date
    revisions: dict[date, int]
    entries: dict[date, int]
    reflections: dict[date, int]


def load_activity(
    session: Session,
    first: date,
    last: date,
    *,
    utc_offset_hours: float = 0.0,
    flt: EntryFilter | None = None,
) -> ActivityCounts:
    """Drafts saved, entries (by the day the learning happened) and reflections per day."""
    offset = timedelta(hours=utc_offset_hours)
    lo = datetime.combine(first, datetime.min.time(), tzinfo=UTC) - offset
    hi = datetime.combine(last + timedelta(days=1), datetime.min.time(), tzinfo=UTC) - offset
    narrowed = flt is not None and (not flt.is_empty or flt.trashed)
    chosen = entry_query(flt).order_by(None).subquery() if narrowed and flt else None

    def per_day(stmt: Any) -> dict[date, int]:
        counts: dict[date, int] = defaultdict(int)
        for (when,) in session.execute(stmt):
            counts[(_to_utc(when) + offset).date()] += 1
        return dict(counts)

    revisions = select(_raw(Revision.created_at)).where(
        Revision.created_at >= lo, Revision.created_at < hi
    )
    reflections = select(_raw(Reflection.created_at)).where(
        Reflection.created_at >= lo, Reflection.created_at < hi
    )
    entries = (
        select(Entry.learned_on, func.count())
        .where(Entry.learned_on >= first, Entry.learned_on <= last)
        .group_by(Entry.learned_on)
    )
    if chosen is not None:
        revisions = revisions.join(chosen, chosen.c.id == Revision.entry_id)
        reflections = reflections.join(chosen, chosen.c.id == Reflection.entry_id)
        entries = entries.join(chosen, chosen.c.id == Entry.id)
    else:
        entries = entries.where(Entry.deleted_at.is_(None))
    return ActivityCounts(
        first=first,
        last=last,
        revisions=per_day(revisions),
        entries={day: count for day, count in session.execute(entries)},
        reflections=per_day(reflections),
    )
