"""Actions on exhibitions: build one from a template, fill its stations, rehearse, present.

One function per thing a student does in the Exhibitions page. Every one
reports ``Changes.of(Kind.EXHIBITIONS)`` (plus what else it touched) and,
when it changes the plan, the :class:`Inverse` that puts it back: removing a
station is undone by putting the very same station back (same id, captions,
notes), a move by the opposite move, an edit by the old values. Rehearsals and
presentations are records, undone by deleting the record. Read an exhibition
back with :mod:`journal.store.read_models.exhibitions`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from journal.actions.base import Changes, Inverse, Kind, Outcome, Scope, action
from journal.core.enums import Attribute, utcnow
from journal.core.exhibitions import (
    TEMPLATES,
    AudiencePreset,
    ExhibitionFormat,
    PanelNoteKind,
    RunKind,
)
from journal.store.database import Journal
from journal.store.entries import get_entry, latest_revision
from journal.store.errors import JournalError, NotFoundError
from journal.store.models import (
    Attachment,
    AttachmentDescription,
    Criterion,
    Exhibition,
    ExhibitionRun,
    ExhibitionStation,
    PanelNote,
    Revision,
)
from journal.store.read_models.exhibitions import get_exhibition

if TYPE_CHECKING:
    from journal.portfolio.exhibition import ExhibitResult

CHANGED = Changes.of(Kind.EXHIBITIONS)
#: Longest time a station or an exhibition can be given (a school day).
MAX_SECONDS = 8 * 60 * 60
#: Most drafts in a growth strip (first, a middle one, the pinned one, and one more).
MAX_GROWTH = 4

_UNSET: Any = object()


# -- snapshots an undo puts back ------------------------------------------------
@dataclass(frozen=True)
class StationState:
    """Everything about one station, to put it back exactly as it was."""

    id: str
    exhibition_id: str
    position: int
    entry_id: str | None
    entry_title: str
    revision_id: str | None
    growth_revision_ids: tuple[str, ...]
    caption_topic: str
    caption_self: str
    criterion_ids: tuple[str, ...]
    attributes: tuple[str, ...]
    notes: str
    time_share_s: int
    section: str
    include_people_ids: tuple[str, ...]


@dataclass(frozen=True)
class ExhibitionState:
    """An exhibition with its stations, runs and panel notes (for undoing a delete)."""

    id: str
    title: str
    claim: str
    format: str
    audience: str
    time_budget_s: int
    sections: tuple[str, ...]
    created_at: datetime
    stations: tuple[StationState, ...]
    runs: tuple[dict[str, Any], ...] = ()
    panel_notes: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class PanelNoteInput:
    """One thing a panel member said: a wow, a wonder, a question, or a rating (1–4)."""

    kind: PanelNoteKind
    text: str = ""
    station_id: str | None = None
    criterion_id: str | None = None
    level: int | None = None


@dataclass(frozen=True)
class StationTiming:
    station_id: str
    seconds: float


_LIST_COLUMNS = ("growth_revision_ids", "criterion_ids", "attributes", "include_people_ids")


def _station_state(row: ExhibitionStation) -> StationState:
    values: dict[str, Any] = {}
    for f in fields(StationState):
        value = getattr(row, f.name)
        values[f.name] = tuple(value or ()) if f.name in _LIST_COLUMNS else value
    return StationState(**values)


def _station_row(state: StationState) -> ExhibitionStation:
    values = {
        f.name: list(getattr(state, f.name)) if f.name in _LIST_COLUMNS else getattr(state, f.name)
        for f in fields(StationState)
    }
    return ExhibitionStation(**values)


def _get_station(session: Session, station_id: str) -> ExhibitionStation:
    station = session.get(ExhibitionStation, station_id)
    if station is None:
        raise NotFoundError("That station is no longer in the exhibition.")
    return station


def _touch(session: Session, exhibition_id: str) -> Exhibition:
    exhibition = get_exhibition(session, exhibition_id)
    exhibition.updated_at = utcnow()
    return exhibition


def _renumber(stations: list[ExhibitionStation]) -> None:
    for index, station in enumerate(stations):
        station.position = index


def _seconds(value: int, what: str) -> int:
    seconds = int(value)
    if not 0 <= seconds <= MAX_SECONDS:
        raise JournalError(f"{what} must be between 0 and 8 hours.")
    return seconds


MAX_ADDRESS = 500


def clean_address(text: str) -> str:
    """A web address a visitor's phone can open (http or https), or "" for none."""
    from urllib.parse import urlsplit

    address = text.strip()
    if not address:
        return ""
    if "://" not in address:
        address = "https://" + address
    parts = urlsplit(address)
    host = parts.hostname or ""
    try:
        port_ok = parts.port is None or 0 < parts.port < 65536
    except ValueError:  # "javascript:alert(1)" read as a host and a port
        port_ok = False
    if (
        parts.scheme not in ("http", "https")
        or "." not in host.strip(".")
        or not all(ch.isalnum() or ch in ".-" for ch in host)
        or not port_ok
        or len(address) > MAX_ADDRESS
        or any(ch.isspace() or ord(ch) < 32 for ch in address)
    ):
        raise JournalError(
            "That doesn't look like a web address; type it as it appears in the browser, "
            "like https://example.org/my-exhibition."
        )
    return address


def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise JournalError("Give the exhibition a title.")
    return title


def _check_revision(session: Session, entry_id: str | None, revision_id: str) -> None:
    revision = session.get(Revision, revision_id)
    if revision is None or revision.entry_id != entry_id:
        raise NotFoundError("That draft is not one of this entry's drafts; choose another one.")


# -- the exhibition itself --------------------------------------------------------
@action("New exhibition")
def create_exhibition(
    journal: Journal,
    title: str,
    *,
    format: ExhibitionFormat | str = ExhibitionFormat.CUSTOM,
    claim: str = "",
    audience: AudiencePreset | str | None = None,
    sections: Sequence[str] | None = None,
) -> Outcome[str]:
    """Start an exhibition from a format's template (its time, audience and sections).

    ``sections`` are the template's section names in the student's language (the
    window translates them); without them the template's English names are used.
    """
    template = TEMPLATES[ExhibitionFormat(format)]
    with journal.write() as session:
        exhibition = Exhibition(
            title=_clean_title(title),
            claim=claim,
            format=template.format.value,
            audience=AudiencePreset(audience or template.audience).value,
            time_budget_s=template.minutes * 60,
            sections=[
                text.strip()
                for text in (template.sections if sections is None else sections)
                if text.strip()
            ],
        )
        session.add(exhibition)
        session.flush()
        exhibition_id = exhibition.id
    return Outcome(exhibition_id, CHANGED, Inverse(delete_exhibition, (exhibition_id,)))


@action("Edit exhibition")
def edit_exhibition(
    journal: Journal,
    exhibition_id: str,
    *,
    title: str = _UNSET,
    claim: str = _UNSET,
    format: ExhibitionFormat | str = _UNSET,
    audience: AudiencePreset | str = _UNSET,
    time_budget_s: int = _UNSET,
    sections: Sequence[str] = _UNSET,
    published_url: str = _UNSET,
) -> Outcome[None]:
    """Change any of the exhibition's own fields; the ones not given stay as they are."""
    with journal.write() as session:
        exhibition = _touch(session, exhibition_id)
        before: dict[str, Any] = {}
        new: dict[str, Any] = {}
        if title is not _UNSET:
            new["title"] = _clean_title(title)
        if claim is not _UNSET:
            new["claim"] = claim
        if format is not _UNSET:
            new["format"] = ExhibitionFormat(format).value
        if audience is not _UNSET:
            new["audience"] = AudiencePreset(audience).value
        if time_budget_s is not _UNSET:
            new["time_budget_s"] = _seconds(time_budget_s, "The time for the exhibition")
        if sections is not _UNSET:
            new["sections"] = [s.strip() for s in sections if s.strip()]
        if published_url is not _UNSET:
            new["published_url"] = clean_address(published_url)
        for name, value in new.items():
            before[name] = getattr(exhibition, name)
            setattr(exhibition, name, value)
    if "sections" in before:
        before["sections"] = tuple(before["sections"] or ())
    return Outcome(None, CHANGED, Inverse(edit_exhibition, (exhibition_id,), before))


@action("Rename exhibition")
def rename_exhibition(journal: Journal, exhibition_id: str, title: str) -> Outcome[None]:
    return edit_exhibition(journal, exhibition_id, title=title)


def _capture(session: Session, exhibition: Exhibition) -> ExhibitionState:
    runs = tuple(
        {
            "id": r.id, "kind": r.kind, "started_at": r.started_at, "total_s": r.total_s,
            "timings": [list(t) for t in r.timings or []], "note": r.note,
        }
        for r in exhibition.runs
    )  # fmt: skip
    notes = tuple(
        {
            "id": n.id, "run_id": n.run_id, "station_id": n.station_id,
            "criterion_id": n.criterion_id, "kind": n.kind, "text": n.text, "level": n.level,
            "author_name": n.author_name, "written_at": n.written_at,
        }
        for n in session.scalars(select(PanelNote).where(PanelNote.exhibition_id == exhibition.id))
    )  # fmt: skip
    return ExhibitionState(
        id=exhibition.id,
        title=exhibition.title,
        claim=exhibition.claim,
        format=exhibition.format,
        audience=exhibition.audience,
        time_budget_s=exhibition.time_budget_s,
        sections=tuple(exhibition.sections or ()),
        created_at=exhibition.created_at,
        stations=tuple(_station_state(s) for s in exhibition.stations),
        runs=runs,
        panel_notes=notes,
    )


@action("Delete exhibition")
def delete_exhibition(journal: Journal, exhibition_id: str) -> Outcome[None]:
    """Delete an exhibition with its stations and records (the entries stay)."""
    with journal.write() as session:
        exhibition = get_exhibition(session, exhibition_id)
        state = _capture(session, exhibition)
        session.delete(exhibition)
    return Outcome(None, CHANGED, Inverse(restore_exhibition, (state,)))


@action("Put exhibition back")
def restore_exhibition(journal: Journal, state: ExhibitionState) -> Outcome[str]:
    """Put back an exhibition exactly as :func:`delete_exhibition` found it."""
    with journal.write() as session:
        if session.get(Exhibition, state.id) is not None:
            raise JournalError("That exhibition is already there.")
        session.add(
            Exhibition(
                id=state.id, title=state.title, claim=state.claim, format=state.format,
                audience=state.audience, time_budget_s=state.time_budget_s,
                sections=list(state.sections), created_at=state.created_at, updated_at=utcnow(),
            )
        )  # fmt: skip
        session.flush()
        for station in state.stations:
            session.add(_station_row(_still_there(session, station)))
        for run in state.runs:
            session.add(ExhibitionRun(exhibition_id=state.id, **run))
        session.flush()
        for note in state.panel_notes:
            session.add(PanelNote(exhibition_id=state.id, **note))
    return Outcome(state.id, CHANGED, Inverse(delete_exhibition, (state.id,)))


def _still_there(session: Session, state: StationState) -> StationState:
    """A station to put back, without links to an entry or draft deleted meanwhile."""
    from dataclasses import replace

    from journal.store.models import Entry

    entry_id = state.entry_id if state.entry_id and session.get(Entry, state.entry_id) else None
    revision_id = (
        state.revision_id if state.revision_id and session.get(Revision, state.revision_id)
        else None
    )  # fmt: skip
    return replace(state, entry_id=entry_id, revision_id=revision_id)


@action("Duplicate exhibition")
def duplicate_exhibition(
    journal: Journal, exhibition_id: str, *, title: str | None = None
) -> Outcome[str]:
    """A copy for next time: same format, claim, audience, time and sections; no stations."""
    with journal.write() as session:
        source = get_exhibition(session, exhibition_id)
        copy = Exhibition(
            title=_clean_title(title or f"{source.title} (next year)"),
            claim=source.claim,
            format=source.format,
            audience=source.audience,
            time_budget_s=source.time_budget_s,
            sections=list(source.sections or []),
        )
        session.add(copy)
        session.flush()
        copy_id = copy.id
    return Outcome(copy_id, CHANGED, Inverse(delete_exhibition, (copy_id,)))


# -- stations ---------------------------------------------------------------------
@action("Add station")
def add_station(
    journal: Journal,
    exhibition_id: str,
    entry_id: str,
    *,
    revision_id: str | None = None,
    position: int | None = None,
    section: str = "",
) -> Outcome[str]:
    """Add an entry as a station, pinning ``revision_id`` (default: its latest draft)."""
    with journal.write() as session:
        exhibition = _touch(session, exhibition_id)
        entry = get_entry(session, entry_id)
        if revision_id is None:
            latest = latest_revision(session, entry_id)
            revision_id = latest.id if latest is not None else None
        else:
            _check_revision(session, entry_id, revision_id)
        station = ExhibitionStation(
            exhibition_id=exhibition_id,
            entry_id=entry_id,
            entry_title=entry.title,
            revision_id=revision_id,
            growth_revision_ids=[],
            criterion_ids=[],
            attributes=sorted(a.value for a in entry.attributes),
            include_people_ids=[],
            section=section,
        )
        stations = list(exhibition.stations)
        index = len(stations) if position is None else max(0, min(position, len(stations)))
        stations.insert(index, station)
        exhibition.stations = stations
        _renumber(stations)
        session.flush()
        station_id = station.id
    return Outcome(station_id, CHANGED, Inverse(remove_station, (station_id,)))


@action("Remove station")
def remove_station(journal: Journal, station_id: str) -> Outcome[None]:
    """Take a station out (its entry stays in the journal)."""
    with journal.write() as session:
        station = _get_station(session, station_id)
        state = _station_state(station)
        exhibition = _touch(session, station.exhibition_id)
        stations = [s for s in exhibition.stations if s.id != station_id]
        exhibition.stations = stations
        _renumber(stations)
    return Outcome(None, CHANGED, Inverse(restore_station, (state,)))


@action("Put station back")
def restore_station(journal: Journal, state: StationState) -> Outcome[str]:
    """Put a removed station back in its place, as it was."""
    with journal.write() as session:
        exhibition = _touch(session, state.exhibition_id)
        if session.get(ExhibitionStation, state.id) is not None:
            raise JournalError("That station is already in the exhibition.")
        stations = list(exhibition.stations)
        row = _station_row(_still_there(session, state))
        stations.insert(max(0, min(state.position, len(stations))), row)
        exhibition.stations = stations
        _renumber(stations)
    return Outcome(state.id, CHANGED, Inverse(remove_station, (state.id,)))


@action("Move station")
def move_station(journal: Journal, station_id: str, index: int) -> Outcome[int]:
    """Move a station to ``index`` (0-based, clamped); the value is where it landed."""
    with journal.write() as session:
        station = _get_station(session, station_id)
        exhibition = _touch(session, station.exhibition_id)
        stations = list(exhibition.stations)
        old = stations.index(station)
        new = max(0, min(index, len(stations) - 1))
        if new != old:
            stations.insert(new, stations.pop(old))
            _renumber(stations)
    if new == old:
        return Outcome(new)
    return Outcome(new, CHANGED, Inverse(move_station, (station_id, old)))


@action("Move station up")
def move_station_up(journal: Journal, station_id: str) -> Outcome[int]:
    with journal.read() as session:
        position = _get_station(session, station_id).position
    return move_station(journal, station_id, position - 1)


@action("Move station down")
def move_station_down(journal: Journal, station_id: str) -> Outcome[int]:
    with journal.read() as session:
        position = _get_station(session, station_id).position
    return move_station(journal, station_id, position + 1)


def _edit_station(journal: Journal, station_id: str, undo: Any, **values: Any) -> Outcome[None]:
    with journal.write() as session:
        station = _get_station(session, station_id)
        _touch(session, station.exhibition_id)
        before = {}
        for name, value in values.items():
            old = getattr(station, name)
            before[name] = tuple(old or ()) if name in _LIST_COLUMNS else old
            setattr(station, name, list(value) if name in _LIST_COLUMNS else value)
    return Outcome(None, CHANGED, Inverse(undo, (station_id,), before))


@action("Pin draft")
def pin_revision(journal: Journal, station_id: str, revision_id: str) -> Outcome[None]:
    """Show this draft of the station's entry (its change note comes with it)."""
    with journal.read() as session:
        _check_revision(session, _get_station(session, station_id).entry_id, revision_id)
    return _edit_station(journal, station_id, _set_station_fields, revision_id=revision_id)


@action("Change station")
def _set_station_fields(journal: Journal, station_id: str, **values: Any) -> Outcome[None]:
    """Put fields of a station back (the inverse of every station edit)."""
    return _edit_station(journal, station_id, _set_station_fields, **values)


@action("Set growth strip")
def set_growth_strip(
    journal: Journal, station_id: str, revision_ids: Sequence[str]
) -> Outcome[None]:
    """The drafts to show as the work grew (oldest first; say first, a middle one, pinned)."""
    ids = list(dict.fromkeys(revision_ids))
    if len(ids) > MAX_GROWTH:
        raise JournalError(f"A growth strip shows at most {MAX_GROWTH} drafts; choose fewer.")
    with journal.read() as session:
        entry_id = _get_station(session, station_id).entry_id
        for rid in ids:
            _check_revision(session, entry_id, rid)
        ids.sort(key=lambda rid: session.get(Revision, rid).seq)  # type: ignore[union-attr]
    return _edit_station(journal, station_id, _set_station_fields, growth_revision_ids=ids)


@action("Write captions")
def set_captions(
    journal: Journal,
    station_id: str,
    *,
    topic: str | None = None,
    myself: str | None = None,
) -> Outcome[None]:
    """The two captions: what I learned about the topic, and about myself."""
    values = {}
    if topic is not None:
        values["caption_topic"] = topic
    if myself is not None:
        values["caption_self"] = myself
    return _edit_station(journal, station_id, _set_station_fields, **values)


@action("Write talking notes")
def set_notes(journal: Journal, station_id: str, notes: str) -> Outcome[None]:
    """Talking notes for the presenter view (they never leave in an export)."""
    return _edit_station(journal, station_id, _set_station_fields, notes=notes)


@action("Set station time")
def set_time_share(journal: Journal, station_id: str, seconds: int) -> Outcome[None]:
    value = _seconds(seconds, "The time for a station")
    return _edit_station(journal, station_id, _set_station_fields, time_share_s=value)


@action("Choose section")
def set_station_section(journal: Journal, station_id: str, section: str) -> Outcome[None]:
    return _edit_station(journal, station_id, _set_station_fields, section=section.strip())


@action("Link criteria and attributes")
def set_station_links(
    journal: Journal,
    station_id: str,
    *,
    criterion_ids: Iterable[str] | None = None,
    attributes: Iterable[Attribute | str] | None = None,
) -> Outcome[None]:
    """Which goal criteria this station gives evidence for, and which attributes it shows."""
    values: dict[str, Any] = {}
    if criterion_ids is not None:
        values["criterion_ids"] = list(dict.fromkeys(criterion_ids))
    if attributes is not None:
        values["attributes"] = sorted({Attribute(a).value for a in attributes})
    return _edit_station(journal, station_id, _set_station_fields, **values)


@action("Show a photo of other people")
def include_people_file(
    journal: Journal, station_id: str, attachment_id: str, included: bool
) -> Outcome[None]:
    """Tick (or untick) a "shows other people" file to show to families and the public too."""
    with journal.read() as session:
        chosen = list(_get_station(session, station_id).include_people_ids or [])
    if included and attachment_id not in chosen:
        chosen.append(attachment_id)
    elif not included and attachment_id in chosen:
        chosen.remove(attachment_id)
    return _edit_station(journal, station_id, _set_station_fields, include_people_ids=chosen)


# -- pictures --------------------------------------------------------------------
@action("Describe picture")
def describe_attachment(
    journal: Journal,
    attachment_id: str,
    *,
    alt_text: str | None = None,
    decorative: bool | None = None,
    shows_people: bool | None = None,
) -> Outcome[None]:
    """Alt text, the "decorative" mark and the "shows other people" mark of one file."""
    with journal.write() as session:
        if session.get(Attachment, attachment_id) is None:
            raise NotFoundError("That file is no longer in the journal.")
        row = session.get(AttachmentDescription, attachment_id)
        if row is None:
            row = AttachmentDescription(
                attachment_id=attachment_id, alt_text="", decorative=False, shows_people=False
            )
            session.add(row)
        before = {"alt_text": row.alt_text, "decorative": row.decorative,
                  "shows_people": row.shows_people}  # fmt: skip
        if alt_text is not None:
            row.alt_text = " ".join(alt_text.split())
        if decorative is not None:
            row.decorative = decorative
        if shows_people is not None:
            row.shows_people = shows_people
    return Outcome(
        None,
        Changes.of(Kind.EXHIBITIONS, Kind.ATTACHMENTS),
        Inverse(describe_attachment, (attachment_id,), before),
    )


# -- rehearsals, presentations, the panel ---------------------------------------
def _record(
    journal: Journal,
    exhibition_id: str,
    kind: RunKind,
    timings: Sequence[StationTiming | tuple[str, float]],
    started_at: datetime | None,
    note: str,
) -> Outcome[str]:
    pairs = [
        (t.station_id, float(t.seconds)) if isinstance(t, StationTiming) else (t[0], float(t[1]))
        for t in timings
    ]
    if any(sec < 0 for _, sec in pairs):
        raise JournalError("A time spent at a station can't be negative.")
    with journal.write() as session:
        exhibition = _touch(session, exhibition_id)
        known = {s.id for s in exhibition.stations}
        if any(sid not in known for sid, _ in pairs):
            raise NotFoundError("A timed station is no longer in the exhibition.")
        run = ExhibitionRun(
            exhibition_id=exhibition_id,
            kind=kind.value,
            started_at=started_at or utcnow(),
            total_s=sum(sec for _, sec in pairs),
            timings=[[sid, sec] for sid, sec in pairs],
            note=note,
        )
        session.add(run)
        session.flush()
        run_id = run.id
    return Outcome(run_id, CHANGED, Inverse(delete_run, (run_id,)))


@action("Record rehearsal")
def record_rehearsal(
    journal: Journal,
    exhibition_id: str,
    timings: Sequence[StationTiming | tuple[str, float]],
    *,
    started_at: datetime | None = None,
    note: str = "",
) -> Outcome[str]:
    """Keep a rehearsal with the seconds spent at each station (kept beside earlier ones)."""
    return _record(journal, exhibition_id, RunKind.REHEARSAL, timings, started_at, note)


@action("Record presentation")
def record_presentation(
    journal: Journal,
    exhibition_id: str,
    timings: Sequence[StationTiming | tuple[str, float]],
    *,
    started_at: datetime | None = None,
    note: str = "",
) -> Outcome[str]:
    """Keep a presentation (presenting again adds a new one; none is overwritten)."""
    return _record(journal, exhibition_id, RunKind.PRESENTATION, timings, started_at, note)


@action("Delete rehearsal")
def delete_run(journal: Journal, run_id: str) -> Outcome[None]:
    with journal.write() as session:
        run = session.get(ExhibitionRun, run_id)
        if run is None:
            raise NotFoundError("That rehearsal or presentation is no longer kept.")
        _touch(session, run.exhibition_id)
        session.execute(delete(PanelNote).where(PanelNote.run_id == run_id))
        session.delete(run)
    return Outcome(None, CHANGED)


@action("Add panel feedback")
def add_panel_notes(
    journal: Journal,
    exhibition_id: str,
    notes: Sequence[PanelNoteInput],
    *,
    author_name: str = "",
    run_id: str | None = None,
    written_at: datetime | None = None,
) -> Outcome[tuple[str, ...]]:
    """Keep a panel member's wows, wonders, questions and criterion ratings (1–4)."""
    with journal.write() as session:
        exhibition = _touch(session, exhibition_id)
        stations = {s.id for s in exhibition.stations}
        ids = []
        for item in notes:
            kind = PanelNoteKind(item.kind)
            if kind is PanelNoteKind.RATING and (item.level is None or not 1 <= item.level <= 4):
                raise JournalError("A rating is a level from 1 to 4.")
            if item.station_id is not None and item.station_id not in stations:
                raise NotFoundError("That station is no longer in the exhibition.")
            if item.criterion_id is not None and session.get(Criterion, item.criterion_id) is None:
                raise NotFoundError("That criterion is no longer one of your goals' criteria.")
            note = PanelNote(
                exhibition_id=exhibition_id,
                run_id=run_id,
                station_id=item.station_id,
                criterion_id=item.criterion_id,
                kind=kind.value,
                text=item.text,
                level=item.level if kind is PanelNoteKind.RATING else None,
                author_name=author_name,
                written_at=written_at or utcnow(),
            )
            session.add(note)
            session.flush()
            ids.append(note.id)
    return Outcome(tuple(ids), Changes.of(Kind.EXHIBITIONS, Kind.FEEDBACK))


# -- outputs ------------------------------------------------------------------------
class _CancelFlag(Protocol):
    @property
    def cancelled(self) -> bool: ...


# Writing an exhibition out changes no journal, so a read-only journal allows it too.
@action("Export exhibition", scope=Scope.REVIEW)
def export_exhibition(
    journal: Journal,
    exhibition_id: str,
    out: Path,
    *,
    format: str = "page",
    audience: AudiencePreset | str | None = None,
    include_private: bool = False,
    page_size: str = "A4",
    progress: Any = None,
    cancel: _CancelFlag | None = None,
) -> Outcome[ExhibitResult]:
    """Write the exhibition as a page, a PDF or placards (long work; nothing changes)."""
    from journal.portfolio.exhibition import export_exhibition as write

    result = write(
        journal,
        exhibition_id,
        Path(out),
        format=format,
        audience=audience,
        include_private=include_private,
        page_size=page_size,
        progress=progress,
        cancelled=None if cancel is None else (lambda: cancel.cancelled),
    )
    return Outcome(result)
