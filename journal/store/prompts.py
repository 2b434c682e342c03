"""Prompts in the journal: the built-in library, teachers' packs and the student's own.

How the built-in library reaches the database: ``resources/prompts/prompts.json``
is the one source of the built-in prompts' words. Reading functions take the
built-ins straight from that file (parsed and checked once per process), so a
read-only journal, or one opened before an update, always lists the current
library. The ``prompts`` table also needs a row for every prompt a reflection
points at (``reflections.prompt_id`` is a foreign key), so every function here
that writes first calls :func:`sync_builtin_prompts`, which inserts or updates
the built-in rows (and switches off built-ins the library no longer has)
in the caller's transaction. It is idempotent and cheap (one SELECT of ~80
rows); the window may call it once on opening too.

Every function takes a :class:`Session`; the caller owns the transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from journal.core import languages
from journal.core import prompts as core
from journal.core.insights import recent_attribute_counts
from journal.core.prompts import PackData, PromptData, PromptDataError
from journal.core.sizes import format_size
from journal.resources import resource_path
from journal.store.errors import JournalError, NotFoundError
from journal.store.models import (
    Attribute,
    Entry,
    Moment,
    Prompt,
    PromptPack,
    PromptSource,
    Reflection,
    new_id,
    utcnow,
)


class PromptPackError(JournalError):
    """A prompt pack that was refused; ``str(err)`` is one sentence."""


@dataclass(frozen=True)
class PromptInfo:
    """A prompt as the window and the command line see it."""

    id: str
    text: str
    attribute: str
    moment: str
    learn_best: bool
    source: str
    enabled: bool = True
    pack_id: str | None = None
    pack_name: str = ""

    def data(self) -> PromptData:
        return PromptData(
            self.id, self.text, self.attribute, self.moment, self.learn_best, self.source
        )


@dataclass(frozen=True)
class PackInfo:
    id: str
    name: str
    author: str
    version: int
    enabled: bool
    imported_at: datetime
    prompts: int


# -- the built-in library -----------------------------------------------


def library_path(language: str | None = None) -> Path:
    """The built-in library in a language (the app's, by default); English is the fallback.

    ``prompts.json`` is English; ``prompts.<code>.json`` holds the same prompts
    (same ids, attributes and moments) in another language.
    """
    code = languages.supported(language or languages.content_language())
    if code != languages.DEFAULT:
        translated = resource_path("prompts", f"prompts.{code}.json")
        if translated.is_file():
            return translated
    return resource_path("prompts", "prompts.json")


def builtin_prompts(language: str | None = None) -> tuple[PromptData, ...]:
    """The built-in library, checked (a broken shipped file is a bug, so it raises)."""
    return _library(library_path(language))


@cache
def _library(path: Path) -> tuple[PromptData, ...]:
    return tuple(core.parse_library(path.read_bytes()))


def _builtin_ids() -> dict[str, PromptData]:
    return {p.id: p for p in builtin_prompts()}


def sync_builtin_prompts(session: Session) -> int:
    """Make the ``prompts`` table's built-in rows match the library; returns rows changed."""
    library = _builtin_ids()
    rows = {
        p.id: p
        for p in session.scalars(select(Prompt).where(Prompt.source == PromptSource.BUILTIN))
    }
    changed = 0
    for pid, data in library.items():
        row = rows.get(pid)
        if row is None:
            session.add(
                Prompt(
                    id=pid,
                    text=data.text,
                    attribute=data.attribute,
                    moment=data.moment,
                    learn_best=data.learn_best,
                    source=PromptSource.BUILTIN,
                    enabled=True,
                )
            )
            changed += 1
        elif (row.text, row.attribute, row.moment, row.learn_best) != (
            data.text,
            data.attribute,
            data.moment,
            data.learn_best,
        ):
            row.text, row.attribute = data.text, Attribute(data.attribute)
            row.moment, row.learn_best = Moment(data.moment), data.learn_best
            changed += 1
    for pid, row in rows.items():
        if pid not in library and row.enabled:
            # Kept (reflections may point at it) but no longer offered.
            row.enabled = False
            changed += 1
    if changed:
        session.flush()
    return changed


# -- listing and finding ---------------------------------------------------


def list_prompts(
    session: Session,
    *,
    attribute: str | None = None,
    moment: str | None = None,
    include_disabled: bool = False,
) -> list[PromptInfo]:
    """Built-in prompts first (library order), then packs' prompts, then the student's own."""
    rows = list(session.scalars(select(Prompt)))
    packs = {p.id: p for p in session.scalars(select(PromptPack))}
    builtin_enabled = {r.id: r.enabled for r in rows if r.source == PromptSource.BUILTIN}
    result: list[PromptInfo] = [
        PromptInfo(
            p.id,
            p.text,
            p.attribute,
            p.moment,
            p.learn_best,
            p.source,
            enabled=builtin_enabled.get(p.id, True),
        )
        for p in builtin_prompts()
    ]
    others = [r for r in rows if r.source != PromptSource.BUILTIN]
    others.sort(key=lambda r: (r.source != PromptSource.PACK, r.created_at, r.id))
    for r in others:
        pack = packs.get(r.pack_id) if r.pack_id else None
        enabled = r.enabled and (pack is None or pack.enabled)
        result.append(
            PromptInfo(
                r.id,
                r.text,
                r.attribute,
                r.moment,
                r.learn_best,
                r.source,
                enabled=enabled,
                pack_id=r.pack_id,
                pack_name=pack.name if pack else "",
            )
        )
    return [
        p
        for p in result
        if (include_disabled or p.enabled)
        and (attribute is None or p.attribute == attribute)
        and (moment is None or p.moment == moment)
    ]


def get_prompt(session: Session, prompt_id: str) -> PromptInfo | None:
    row = session.get(Prompt, prompt_id)
    builtin = _builtin_ids().get(prompt_id)
    if builtin is not None:
        return PromptInfo(
            builtin.id,
            builtin.text,
            builtin.attribute,
            builtin.moment,
            builtin.learn_best,
            builtin.source,
            enabled=row.enabled if row is not None else True,
        )
    if row is None:
        return None
    pack = session.get(PromptPack, row.pack_id) if row.pack_id else None
    return PromptInfo(
        row.id,
        row.text,
        row.attribute,
        row.moment,
        row.learn_best,
        row.source,
        enabled=row.enabled and (pack is None or pack.enabled),
        pack_id=row.pack_id,
        pack_name=pack.name if pack else "",
    )


def learn_best_prompt_ids(session: Session) -> set[str]:
    ids = {p.id for p in builtin_prompts() if p.learn_best}
    ids.update(session.scalars(select(Prompt.id).where(Prompt.learn_best.is_(True))))
    return ids


def set_prompt_enabled(session: Session, prompt_id: str, enabled: bool) -> None:
    sync_builtin_prompts(session)
    row = session.get(Prompt, prompt_id)
    if row is None:
        raise NotFoundError("That prompt no longer exists.")
    row.enabled = enabled


# -- choosing --------------------------------------------------------------


def attribute_history(
    session: Session, *, since: date | None = None
) -> list[tuple[date, tuple[str, ...]]]:
    """(day, attributes) for every entry (not trashed) and every reflection with an attribute."""
    entry_q = select(
        Entry.learned_on, Entry.voice, Entry.cocreation, Entry.social, Entry.selfdiscovery
    ).where(Entry.deleted_at.is_(None))
    if since is not None:
        entry_q = entry_q.where(Entry.learned_on >= since)
    items: list[tuple[date, tuple[str, ...]]] = []
    for day, v, c, s, d in session.execute(entry_q):
        attrs = tuple(
            a
            for a, on in (("voice", v), ("cocreation", c), ("social", s), ("selfdiscovery", d))
            if on
        )
        if attrs:
            items.append((day, attrs))
    refl_q = select(Reflection.created_at, Reflection.attribute).where(
        Reflection.attribute.is_not(None)
    )
    if since is not None:
        # A day early: created_at is UTC, the day compared below is its UTC date.
        refl_q = refl_q.where(
            Reflection.created_at >= datetime.combine(since - timedelta(days=1), time(), UTC)
        )
    for created, attribute in session.execute(refl_q):
        day = created.date()
        if attribute is not None and (since is None or day >= since):
            items.append((day, (attribute,)))
    return items


def recent_counts(session: Session, day: date, days: int = core.RECENT_DAYS) -> dict[str, int]:
    """How much the student wrote about each attribute in the weeks before ``day``."""
    items = attribute_history(session, since=day - timedelta(days=days))
    return recent_attribute_counts(items, before=day, days=days)


def _enabled_data(session: Session) -> list[PromptData]:
    return [p.data() for p in list_prompts(session)]


def _info(session: Session, chosen: PromptData | None) -> PromptInfo | None:
    return None if chosen is None else get_prompt(session, chosen.id)


def daily_prompt(
    session: Session, day: date, *, previous_id: str | None = None
) -> PromptInfo | None:
    """The prompt of the day: fixed for the day, leaning towards what was written about least.

    ``previous_id`` is the prompt shown last time (the window remembers it);
    without it, yesterday's choice stands in for it.
    """
    prompts = _enabled_data(session)
    counts = recent_counts(session, day)
    if previous_id is None:
        yesterday = day - timedelta(days=1)
        before = core.prompt_of_the_day(
            prompts, yesterday, recent_counts=recent_counts(session, yesterday)
        )
        previous_id = before.id if before else None
    return _info(
        session, core.prompt_of_the_day(prompts, day, recent_counts=counts, previous_id=previous_id)
    )


def moment_prompt(
    session: Session, moment: str, *, key: str, day: date | None = None, exclude: Sequence[str] = ()
) -> PromptInfo | None:
    """A prompt for a moment (``after_revision``, ``checkpoint``…), fixed by what it is about."""
    if moment not in core.MOMENTS:
        raise ValueError(f"unknown moment {moment!r}")
    day = day or utcnow().date()
    chosen = core.prompt_for_moment(
        _enabled_data(session),
        moment,
        key=key,
        recent_counts=recent_counts(session, day),
        exclude=exclude,
    )
    return _info(session, chosen)


def another_prompt(
    session: Session,
    current_id: str | None,
    *,
    moment: str = "daily",
    seen: Sequence[str] = (),
    key: str = "",
    day: date | None = None,
) -> PromptInfo | None:
    """ "Another": a different prompt, not one already seen while there are others."""
    day = day or utcnow().date()
    chosen = core.another_prompt(
        _enabled_data(session),
        current_id,
        moment=moment,
        seen=seen,
        key=key or day.isoformat(),
        recent_counts=recent_counts(session, day),
    )
    return _info(session, chosen)


# -- the student's own prompts ---------------------------------------------


def _check_fields(text: str, attribute: str, moment: str) -> str:
    problem = core.text_problem(text, what="Your prompt")
    if problem:
        raise JournalError(problem)
    if attribute not in core.ATTRIBUTES:
        raise JournalError("Choose which of the four attributes your prompt is about.")
    if moment not in core.MOMENTS:
        raise JournalError("Choose when your prompt should be offered.")
    return core.clean_text(text)


def add_my_prompt(
    session: Session,
    text: str,
    attribute: str,
    *,
    moment: str = "daily",
    learn_best: bool = False,
    now: datetime | None = None,
) -> PromptInfo:
    """A prompt the student wrote for themselves."""
    cleaned = _check_fields(text, attribute, moment)
    sync_builtin_prompts(session)
    row = Prompt(
        id=new_id(),
        text=cleaned,
        attribute=attribute,
        moment=moment,
        learn_best=learn_best,
        source=PromptSource.MINE,
        enabled=True,
        created_at=now or utcnow(),
    )
    session.add(row)
    session.flush()
    info = get_prompt(session, row.id)
    assert info is not None
    return info


def _my_prompt(session: Session, prompt_id: str) -> Prompt:
    row = session.get(Prompt, prompt_id)
    if row is None:
        raise NotFoundError("That prompt no longer exists.")
    if row.source != PromptSource.MINE:
        raise JournalError("Only prompts you wrote yourself can be changed or deleted.")
    return row


def update_my_prompt(
    session: Session,
    prompt_id: str,
    *,
    text: str,
    attribute: str,
    moment: str = "daily",
    learn_best: bool = False,
) -> None:
    row = _my_prompt(session, prompt_id)
    row.text = _check_fields(text, attribute, moment)
    row.attribute, row.moment, row.learn_best = Attribute(attribute), Moment(moment), learn_best


def delete_my_prompt(session: Session, prompt_id: str) -> None:
    """Delete one of the student's own prompts; reflections that answered it keep its words."""
    session.delete(_my_prompt(session, prompt_id))
    session.flush()


# -- teachers' prompt packs ------------------------------------------------


def read_pack_file(path: Path) -> bytes:
    """A pack file's bytes, refusing anything too big before reading it all."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise PromptPackError(f"{path.name} is not a file.")
        if size > core.MAX_PACK_BYTES:
            raise PromptPackError(
                f"{path.name} is {format_size(size)}; a prompt pack can be at most "
                f"{format_size(core.MAX_PACK_BYTES)}."
            )
        with path.open("rb") as handle:
            return handle.read(core.MAX_PACK_BYTES + 1)
    except FileNotFoundError:
        raise PromptPackError(f"There is no file {path}.") from None
    except PermissionError:
        raise PromptPackError(f"Learning Journal isn't allowed to read {path}.") from None
    except IsADirectoryError:
        raise PromptPackError(f"{path.name} is a folder, not a prompt pack.") from None


def parse_pack_bytes(raw: bytes) -> PackData:
    """A fully checked pack, or :class:`PromptPackError` with one sentence."""
    try:
        return core.parse_pack(raw)
    except PromptDataError as exc:
        message = str(exc)
        if "prompt pack" not in message:
            message = "This prompt pack can't be used: " + message[:1].lower() + message[1:]
        raise PromptPackError(message) from None


def _pack_key(pack: PackData) -> str:
    return f"{pack.name.casefold()}\x1f{pack.author.casefold()}"


def _pack_prompt_id(pack_key: str, local_id: str) -> str:
    # Stable: importing the same pack again keeps every reflection's link.
    return "pack-" + hashlib.sha256(f"{pack_key}\x1e{local_id}".encode()).hexdigest()[:32]


def import_prompt_pack(session: Session, raw: bytes, *, now: datetime | None = None) -> PackInfo:
    """Check a teacher's pack in full, then add it (or refresh it) in the caller's transaction.

    Nothing is changed unless the whole pack is valid. A pack with the same
    name and author as one already imported replaces its prompts: the same
    prompt ids keep their reflections, new ones are added, and prompts the
    pack no longer has are switched off. The pack's on/off switch is kept.
    """
    return import_parsed_pack(session, parse_pack_bytes(raw), now=now)


def import_parsed_pack(
    session: Session, pack: PackData, *, now: datetime | None = None
) -> PackInfo:
    """:func:`import_prompt_pack` for a pack already checked by :func:`parse_pack_bytes`
    (so the window can check it off the GUI thread and write on it)."""
    now = now or utcnow()
    sync_builtin_prompts(session)
    key = _pack_key(pack)
    existing = next(
        (
            p
            for p in session.scalars(select(PromptPack))
            if f"{p.name.casefold()}\x1f{p.author.casefold()}" == key
        ),
        None,
    )
    if existing is None:
        existing = PromptPack(
            id=new_id(),
            name=pack.name,
            author=pack.author,
            version=pack.version,
            enabled=True,
            imported_at=now,
        )
        session.add(existing)
        session.flush()
    else:
        existing.name, existing.author = pack.name, pack.author
        existing.version, existing.imported_at = pack.version, now
    rows = {r.id: r for r in session.scalars(select(Prompt).where(Prompt.pack_id == existing.id))}
    wanted: set[str] = set()
    for position, prompt in enumerate(pack.prompts):
        pid = _pack_prompt_id(key, prompt.id)
        wanted.add(pid)
        row = rows.get(pid)
        if row is None:
            other = session.get(Prompt, pid)
            if other is not None:  # the same id from another pack: can't happen unless forged
                raise PromptPackError("This prompt pack clashes with one already imported.")
            session.add(
                Prompt(
                    id=pid,
                    text=prompt.text,
                    attribute=prompt.attribute,
                    moment=prompt.moment,
                    learn_best=prompt.learn_best,
                    source=PromptSource.PACK,
                    pack_id=existing.id,
                    enabled=True,
                    created_at=now + timedelta(microseconds=position),
                )
            )
        else:
            row.text, row.moment = prompt.text, Moment(prompt.moment)
            row.attribute = Attribute(prompt.attribute)
            row.learn_best, row.enabled = prompt.learn_best, True
            row.created_at = now + timedelta(microseconds=position)
    for pid, row in rows.items():
        if pid not in wanted:
            row.enabled = False
    session.flush()
    return _pack_info(session, existing)


def _pack_info(session: Session, pack: PromptPack) -> PackInfo:
    count = len(
        list(
            session.scalars(
                select(Prompt.id).where(Prompt.pack_id == pack.id, Prompt.enabled.is_(True))
            )
        )
    )
    return PackInfo(
        pack.id, pack.name, pack.author, pack.version, pack.enabled, pack.imported_at, count
    )


def list_packs(session: Session) -> list[PackInfo]:
    packs = session.scalars(select(PromptPack).order_by(PromptPack.imported_at))
    return [_pack_info(session, p) for p in packs]


def set_pack_enabled(session: Session, pack_id: str, enabled: bool) -> None:
    """Switch a whole pack on or off; its prompts are kept either way."""
    pack = session.get(PromptPack, pack_id)
    if pack is None:
        raise NotFoundError("That prompt pack is no longer in the journal.")
    pack.enabled = enabled


def remove_pack(session: Session, pack_id: str) -> None:
    """Remove a pack and its prompts; reflections that answered them keep the words."""
    pack = session.get(PromptPack, pack_id)
    if pack is None:
        raise NotFoundError("That prompt pack is no longer in the journal.")
    session.delete(pack)
    session.flush()
