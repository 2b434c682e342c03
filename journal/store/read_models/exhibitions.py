"""Exhibitions as the window (and the exports) read them: frozen snapshots.

:func:`list_exhibitions` for the list, :func:`exhibition_detail` for the
builder, the presenter and every output (stations with their pinned draft's
text, change note and files, the growth strip, criteria, runs and panel
notes). A station whose entry, draft or file has gone is still listed, with
flags that say so; :func:`journal.core.exhibitions.readiness` turns those into
the "Ready to present?" checklist (:func:`readiness_of` does both).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from journal.core.enums import Attribute, Privacy
from journal.core.exhibitions import (
    AudiencePreset,
    ExhibitionFormat,
    PanelNoteKind,
    ReadinessGap,
    RunKind,
    is_shown_image,
    readiness,
)
from journal.store.attachments import blob_path
from journal.store.database import Journal
from journal.store.entries import revision_body
from journal.store.errors import NotFoundError
from journal.store.models import (
    AttachmentDescription,
    Criterion,
    Entry,
    EntryAttachment,
    Exhibition,
    ExhibitionRun,
    ExhibitionStation,
    LearnerProfile,
    PanelNote,
    Revision,
    RevisionAttachment,
)
from journal.store.paths import JournalPaths

if TYPE_CHECKING:
    from journal.store.crypto import DataKey

_ATTRIBUTE_VALUES = {a.value for a in Attribute}


@dataclass(frozen=True)
class ExhibitionSummary:
    id: str
    title: str
    claim: str
    format: ExhibitionFormat
    audience: AudiencePreset
    time_budget_s: int
    station_count: int
    planned_s: int
    rehearsals: int
    presentations: int
    updated_at: datetime


@dataclass(frozen=True)
class StationFile:
    """A file of the station's pinned draft, with what the student said about it.

    ``present`` says whether its bytes are in the journal folder (at ``path``);
    ``included`` says the student ticked a "shows other people" file to show anyway.
    """

    attachment_id: str
    sha256: str
    filename: str
    media_type: str
    size: int
    present: bool
    path: Path
    alt_text: str
    decorative: bool
    shows_people: bool
    included: bool
    #: The key of a locked journal: the file at ``path`` is encrypted (read it with
    #: :func:`journal.store.crypto.read_bytes`).
    data_key: DataKey | None = field(default=None, repr=False, compare=False)

    def read(self) -> bytes:
        """The file's content (decrypted in a locked journal)."""
        from journal.store.crypto import read_bytes

        return read_bytes(self.path, self.data_key)

    @property
    def is_image(self) -> bool:
        return is_shown_image(self.media_type)


@dataclass(frozen=True)
class Draft:
    """One draft in a growth strip (``exists`` is False when it has gone)."""

    revision_id: str
    exists: bool
    seq: int = 0
    created_at: datetime | None = None
    title: str = ""
    body: str = ""
    note: str | None = None
    word_count: int = 0


@dataclass(frozen=True)
class CriterionRef:
    id: str
    text: str
    goal_title: str
    exists: bool


@dataclass(frozen=True)
class Station:
    id: str
    number: int  # 1-based, in order
    entry_id: str | None
    label: str  # the entry's title now, or as it was when the entry was deleted
    entry_exists: bool
    entry_trashed: bool
    entry_private: bool
    learned_on: date | None
    revision_id: str | None
    revision_exists: bool
    revision_seq: int | None
    revision_created_at: datetime | None
    title: str  # the pinned draft's title and body ("" when none)
    body: str
    change_note: str | None  # "what I changed and why" of the pinned draft
    files: tuple[StationFile, ...]
    growth: tuple[Draft, ...]
    caption_topic: str
    caption_self: str
    criteria: tuple[CriterionRef, ...]
    attributes: frozenset[Attribute]
    notes: str
    time_share_s: int
    section: str


@dataclass(frozen=True)
class RunSnapshot:
    id: str
    kind: RunKind
    started_at: datetime
    total_s: float
    timings: tuple[tuple[str, float], ...]  # (station id, seconds) as presented
    note: str


@dataclass(frozen=True)
class PanelNoteSnapshot:
    id: str
    kind: PanelNoteKind
    text: str
    level: int | None
    station_id: str | None
    criterion_id: str | None
    run_id: str | None
    author_name: str
    written_at: datetime


@dataclass(frozen=True)
class PacedStation:
    """One station of a run beside the plan: seconds planned and spent (0 when skipped)."""

    station_id: str
    number: int
    label: str
    planned_s: int
    spent_s: float

    @property
    def over_s(self) -> float:
        return self.spent_s - self.planned_s


@dataclass(frozen=True)
class ExhibitionDetail:
    id: str
    title: str
    claim: str
    format: ExhibitionFormat
    audience: AudiencePreset
    time_budget_s: int
    sections: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    student_name: str
    stations: tuple[Station, ...]
    runs: tuple[RunSnapshot, ...]
    panel_notes: tuple[PanelNoteSnapshot, ...]
    published_url: str = ""  # where it is online ("" if nowhere): a QR code on placards

    @property
    def planned_s(self) -> int:
        return sum(s.time_share_s for s in self.stations)

    @property
    def rehearsals(self) -> tuple[RunSnapshot, ...]:
        return tuple(r for r in self.runs if r.kind is RunKind.REHEARSAL)

    @property
    def presentations(self) -> tuple[RunSnapshot, ...]:
        return tuple(r for r in self.runs if r.kind is RunKind.PRESENTATION)

    def run_against_plan(self, run_id: str) -> tuple[PacedStation, ...]:
        """A rehearsal or presentation station by station, beside each station's time share."""
        run = next((r for r in self.runs if r.id == run_id), None)
        if run is None:
            raise NotFoundError("That rehearsal or presentation is no longer kept.")
        spent: dict[str, float] = {}
        for station_id, seconds in run.timings:
            spent[station_id] = spent.get(station_id, 0.0) + seconds
        return tuple(
            PacedStation(s.id, s.number, s.label, s.time_share_s, spent.get(s.id, 0.0))
            for s in self.stations
        )

    def station(self, station_id: str) -> Station:
        for station in self.stations:
            if station.id == station_id:
                return station
        raise NotFoundError("That station is no longer in the exhibition.")


def get_exhibition(session: Session, exhibition_id: str) -> Exhibition:
    exhibition = session.get(Exhibition, exhibition_id)
    if exhibition is None:
        raise NotFoundError("That exhibition no longer exists.")
    return exhibition


def _files(
    session: Session,
    paths: JournalPaths,
    links: Iterable[EntryAttachment | RevisionAttachment],
    included: Iterable[str],
) -> tuple[StationFile, ...]:
    rows = list(links)
    chosen = set(included)
    ids = [r.attachment_id for r in rows]
    descriptions = {
        d.attachment_id: d
        for d in session.scalars(
            select(AttachmentDescription).where(AttachmentDescription.attachment_id.in_(ids))
        )
    }
    files = []
    for row in rows:
        path = blob_path(paths, row.attachment.sha256)
        description = descriptions.get(row.attachment_id)
        files.append(
            StationFile(
                attachment_id=row.attachment_id,
                sha256=row.attachment.sha256,
                filename=row.filename,
                media_type=row.attachment.media_type,
                size=row.attachment.size,
                present=path.is_file(),
                path=path,
                alt_text=description.alt_text if description else "",
                decorative=bool(description and description.decorative),
                shows_people=bool(description and description.shows_people),
                included=row.attachment_id in chosen,
                data_key=paths.data_key,
            )
        )
    return tuple(files)


def _draft(revision: Revision | None, revision_id: str) -> Draft:
    if revision is None:
        return Draft(revision_id, exists=False)
    return Draft(
        revision_id=revision.id,
        exists=True,
        seq=revision.seq,
        created_at=revision.created_at,
        title=revision.title,
        body=revision_body(revision),
        note=revision.note,
        word_count=revision.word_count,
    )


def _station(
    session: Session, paths: JournalPaths, row: ExhibitionStation, number: int
) -> Station:
    entry = session.get(Entry, row.entry_id) if row.entry_id else None
    revision = session.get(Revision, row.revision_id) if row.revision_id else None
    if revision is not None and entry is not None and revision.entry_id != entry.id:
        revision = None  # a draft of another entry is never shown here
    links: Iterable[EntryAttachment | RevisionAttachment]
    if revision is not None:
        links = revision.attachments
    elif entry is not None and row.revision_id is None:
        links = entry.attachments
    else:
        links = ()
    criteria = []
    for criterion_id in row.criterion_ids or []:
        criterion = session.get(Criterion, criterion_id)
        if criterion is None:
            criteria.append(CriterionRef(criterion_id, "", "", exists=False))
        else:
            criteria.append(
                CriterionRef(criterion.id, criterion.text, criterion.goal.title, exists=True)
            )
    growth = tuple(
        _draft(session.get(Revision, rid), rid) for rid in (row.growth_revision_ids or [])
    )
    attributes = frozenset(Attribute(a) for a in row.attributes or [] if a in _ATTRIBUTE_VALUES)
    return Station(
        id=row.id,
        number=number,
        entry_id=row.entry_id,
        label=(entry.title if entry is not None else row.entry_title) or "",
        entry_exists=entry is not None,
        entry_trashed=entry is not None and entry.deleted_at is not None,
        entry_private=entry is not None and entry.privacy == Privacy.PRIVATE.value,
        learned_on=entry.learned_on if entry is not None else None,
        revision_id=row.revision_id,
        revision_exists=revision is not None,
        revision_seq=revision.seq if revision is not None else None,
        revision_created_at=revision.created_at if revision is not None else None,
        title=revision.title if revision is not None else (entry.title if entry else ""),
        body=revision_body(revision) if revision is not None else "",
        change_note=revision.note if revision is not None else None,
        files=_files(session, paths, links, row.include_people_ids or []),
        growth=growth,
        caption_topic=row.caption_topic,
        caption_self=row.caption_self,
        criteria=tuple(criteria),
        attributes=attributes,
        notes=row.notes,
        time_share_s=row.time_share_s,
        section=row.section,
    )


def detail_in(session: Session, paths: JournalPaths, exhibition_id: str) -> ExhibitionDetail:
    exhibition = get_exhibition(session, exhibition_id)
    profile = session.scalar(select(LearnerProfile))
    stations = tuple(
        _station(session, paths, row, n) for n, row in enumerate(exhibition.stations, start=1)
    )
    runs = tuple(
        RunSnapshot(
            id=run.id,
            kind=RunKind(run.kind),
            started_at=run.started_at,
            total_s=run.total_s,
            timings=tuple((str(sid), float(sec)) for sid, sec in run.timings or []),  # type: ignore[arg-type]
            note=run.note,
        )
        for run in exhibition.runs
    )
    notes = tuple(
        PanelNoteSnapshot(
            id=n.id,
            kind=PanelNoteKind(n.kind),
            text=n.text,
            level=n.level,
            station_id=n.station_id,
            criterion_id=n.criterion_id,
            run_id=n.run_id,
            author_name=n.author_name,
            written_at=n.written_at,
        )
        for n in session.scalars(
            select(PanelNote)
            .where(PanelNote.exhibition_id == exhibition_id)
            .order_by(PanelNote.written_at, PanelNote.id)
        )
    )
    return ExhibitionDetail(
        id=exhibition.id,
        title=exhibition.title,
        claim=exhibition.claim,
        format=ExhibitionFormat(exhibition.format),
        audience=AudiencePreset(exhibition.audience),
        time_budget_s=exhibition.time_budget_s,
        sections=tuple(exhibition.sections or ()),
        published_url=exhibition.published_url or "",
        created_at=exhibition.created_at,
        updated_at=exhibition.updated_at,
        student_name=profile.name if profile is not None else "",
        stations=stations,
        runs=runs,
        panel_notes=notes,
    )


def exhibition_detail(journal: Journal, exhibition_id: str) -> ExhibitionDetail:
    """Everything about one exhibition; raises NotFoundError if it is gone."""
    with journal.read() as session:
        return detail_in(session, journal.paths, exhibition_id)


def list_exhibitions(journal: Journal) -> list[ExhibitionSummary]:
    """Every exhibition, the most recently changed first."""
    with journal.read() as session:
        counts = dict(
            session.execute(
                select(ExhibitionStation.exhibition_id, func.count()).group_by(
                    ExhibitionStation.exhibition_id
                )
            ).all()
        )
        planned = dict(
            session.execute(
                select(
                    ExhibitionStation.exhibition_id, func.sum(ExhibitionStation.time_share_s)
                ).group_by(ExhibitionStation.exhibition_id)
            ).all()
        )
        runs: dict[tuple[str, str], int] = {
            (eid, kind): n
            for eid, kind, n in session.execute(
                select(ExhibitionRun.exhibition_id, ExhibitionRun.kind, func.count()).group_by(
                    ExhibitionRun.exhibition_id, ExhibitionRun.kind
                )
            ).all()
        }
        rows = session.scalars(
            select(Exhibition).order_by(Exhibition.updated_at.desc(), Exhibition.title)
        )
        return [
            ExhibitionSummary(
                id=e.id,
                title=e.title,
                claim=e.claim,
                format=ExhibitionFormat(e.format),
                audience=AudiencePreset(e.audience),
                time_budget_s=e.time_budget_s,
                station_count=int(counts.get(e.id, 0)),
                planned_s=int(planned.get(e.id) or 0),
                rehearsals=runs.get((e.id, RunKind.REHEARSAL.value), 0),
                presentations=runs.get((e.id, RunKind.PRESENTATION.value), 0),
                updated_at=e.updated_at,
            )
            for e in rows
        ]


def find_exhibition_id(journal: Journal, text: str) -> str:
    """The id of the one exhibition whose id starts with ``text`` (as typed on the command line)."""
    text = text.strip()
    with journal.read() as session:
        found = list(
            session.scalars(select(Exhibition.id).where(Exhibition.id.startswith(text)).limit(2))
        )
    if not text or not found:
        raise NotFoundError(
            f"There is no exhibition '{text}'; 'journal exhibitions' lists them with their ids."
        )
    if len(found) > 1:
        raise NotFoundError(f"More than one exhibition starts with '{text}'; type more of its id.")
    return found[0]


def readiness_of(journal: Journal, exhibition_id: str) -> tuple[ReadinessGap, ...]:
    """The "Ready to present?" checklist for one exhibition (empty when ready)."""
    return readiness(exhibition_detail(journal, exhibition_id))


def entry_drafts(journal: Journal, entry_id: str) -> list[Draft]:
    """An entry's drafts, oldest first, to choose the pinned one and the growth strip."""
    with journal.read() as session:
        rows = session.scalars(
            select(Revision).where(Revision.entry_id == entry_id).order_by(Revision.seq)
        )
        return [_draft(r, r.id) for r in rows]
