"""Journals kept in other tools: jrnl (plain text and JSON export) and Day One (JSON zip).

Each file is read and checked in full first (size, encoding, dates, fields);
photos from a Day One zip come out through :class:`SafeZip` into its temporary
folder and go into the attachment store; then one transaction adds the entries,
each with one revision (reason "import"), its date, tags and pictures. Imported
entries are private, like every new entry. Each imported entry gets an id made
from where it came from, so importing the same file twice adds nothing twice.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from journal.core.untrusted import DATE_RANGE, year_in_range
from journal.portfolio.duplicates import once_each
from journal.portfolio.errors import ImportRefused
from journal.portfolio.formatting import count
from journal.portfolio.importer import Importer, ImportResult, Progress
from journal.portfolio.safezip import SafeZip, ZipLimits
from journal.portfolio.schema import Checker, parse_json
from journal.portfolio.staging import StagedFiles
from journal.store.attachments import StoredFile, attach
from journal.store.database import Journal
from journal.store.entries import create_entry, save_revision
from journal.store.models import Entry, RevisionReason

NAMESPACE = uuid.UUID("6f1b6d2e-94a3-4c55-9c8e-1f7f3a0d2b41")
MAX_TEXT_BYTES = 64 * 1024 * 1024
MAX_DAYONE_JSON_BYTES = 256 * 1024 * 1024
MAX_ENTRIES = 100_000
MAX_TITLE = 1_000
MAX_BODY = 2_000_000
DAYONE_LIMITS = ZipLimits(max_members=100_000, max_total_bytes=8 * 1024**3)
_TAG = re.compile(r"(?<![\w@])@([^\W\d_][\w-]*)")
_JRNL_HEADER = re.compile(
    r"^\[(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?\] ?(.*)$"
)
_LEGACY_HEADER = re.compile(r"^(\d{4}-\d{2}-\d{2}) (\d{1,2}):(\d{2}) (.*)$")
_DAYONE_MOMENT = re.compile(r"!\[([^\]]*)\]\(dayone-moment:/+([A-Za-z0-9]+)\)")


@dataclass
class ForeignEntry:
    source_id: str  # stable: where it came from, for idempotent ids
    title: str
    body: str
    when: datetime
    learned_on: date
    tags: list[str] = field(default_factory=list)
    photos: list[tuple[Path, str]] = field(default_factory=list)  # (extracted file, filename)

    @property
    def entry_id(self) -> str:
        return str(uuid.uuid5(NAMESPACE, self.source_id))


def _read_text(path: Path, what: str) -> str:
    try:
        if path.stat().st_size > MAX_TEXT_BYTES:
            raise ImportRefused(f"{path.name} is too large to be {what} (over 64 MB).")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportRefused(f"There is no file {path}.") from None
    except OSError as exc:
        raise ImportRefused(f"{path.name} can't be read ({exc.strerror or exc}).") from None
    if raw.startswith(b"gAAAAA") or raw.startswith(b"\x00"):
        raise ImportRefused(
            f"{path.name} is locked with a password; in jrnl, run 'jrnl --decrypt' (or export "
            "it with 'jrnl --export json') and import that file."
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(f"{path.name} is not text in UTF-8, so it can't be imported.") from None


def _tags(text: str) -> list[str]:
    seen: dict[str, str] = {}
    for tag in _TAG.findall(text):
        seen.setdefault(tag.casefold(), tag)
    return list(seen.values())


def _check_sizes(label: str, entries: list[ForeignEntry]) -> None:
    if len(entries) > MAX_ENTRIES:
        raise ImportRefused(f"{label} holds more than {MAX_ENTRIES:,} entries, more than allowed.")
    for n, entry in enumerate(entries, 1):
        if len(entry.title) > MAX_TITLE or len(entry.body) > MAX_BODY:
            raise ImportRefused(f"Entry {n} in {label} is too long to import.")


# -- jrnl ----------------------------------------------------------------------------------


def _clock(hour: str, minute: str, second: str | None, meridiem: str | None) -> time:
    h, m, s = int(hour), int(minute), int(second or 0)
    if meridiem:
        if not 1 <= h <= 12:
            raise ValueError("hour")
        h = h % 12 + (12 if meridiem.lower() == "pm" else 0)
    return time(h, m, s)


def parse_jrnl_text(text: str, label: str) -> list[ForeignEntry]:
    """Entries of a jrnl plain-text journal: ``[YYYY-MM-DD HH:MM] Title`` then the body."""
    entries: list[ForeignEntry] = []
    current: dict[str, Any] | None = None

    def finish() -> None:
        if current is None:
            return
        body = "\n".join(current["lines"]).strip("\n")
        title = current["title"]
        source = f"jrnl:{current['when'].isoformat()}:{title}:{body}"
        entries.append(
            ForeignEntry(
                source_id=source,
                title=title,
                body=body,
                when=current["when"],
                learned_on=current["when"].date(),
                tags=_tags(f"{title}\n{body}") + (["starred"] if current["starred"] else []),
            )
        )

    for number, line in enumerate(text.splitlines(), 1):
        match = _JRNL_HEADER.match(line)
        legacy = None if match else _LEGACY_HEADER.match(line)
        if match or legacy:
            try:
                if match:
                    day = date.fromisoformat(match.group(1))
                    clock = _clock(match.group(2), match.group(3), match.group(4), match.group(5))
                    rest = match.group(6)
                else:
                    assert legacy is not None
                    day = date.fromisoformat(legacy.group(1))
                    clock = _clock(legacy.group(2), legacy.group(3), None, None)
                    rest = legacy.group(4)
            except ValueError:
                raise ImportRefused(
                    f"Line {number} of {label} has a date that doesn't exist; fix it and try again."
                ) from None
            if not year_in_range(day):
                raise ImportRefused(
                    f"Line {number} of {label} has a date ({day.isoformat()}) that "
                    f"{DATE_RANGE}; fix it and try again."
                )
            finish()
            starred = rest.rstrip().endswith(" *") or rest.strip() == "*"
            title = rest.rstrip().removesuffix("*").rstrip() if starred else rest.rstrip()
            when = datetime.combine(day, clock, tzinfo=UTC)
            current = {"title": title, "lines": [], "when": when, "starred": starred}
        elif current is not None:
            current["lines"].append(line.rstrip())
        elif line.strip():
            raise ImportRefused(
                f"{label} doesn't look like a jrnl journal (line {number} comes before any "
                "'[date] title' line); check you chose the right file."
            )
    finish()
    if not entries:
        raise ImportRefused(f"{label} has no jrnl entries in it.")
    _check_sizes(label, entries)
    return entries


def parse_jrnl_json(raw: bytes, label: str) -> list[ForeignEntry]:
    """Entries of ``jrnl --export json``: title, body, date, time, tags, starred."""
    advice = "export it again with 'jrnl --export json'"
    check = Checker(label, advice)
    doc = check.obj(parse_json(raw, label, advice), "the file")
    entries = []
    for i, item in enumerate(check.array(doc, "entries", "the file", MAX_ENTRIES)):
        where = f"entries[{i}]"
        e = check.obj(item, where)
        day = check.day(e, "date", where)
        clock_text = check.text(e, "time", where, 8) or "00:00"
        try:
            clock = time.fromisoformat(clock_text)
        except ValueError:
            check.fail(f"{where}.time", "should be a time like 09:30")
        title = check.text(e, "title", where, MAX_TITLE)
        body = check.text(e, "body", where, MAX_BODY).strip("\n")
        tags: list[str] = []
        for k, tag in enumerate(check.array(e, "tags", where, 200)):
            if not isinstance(tag, str) or len(tag) > 100:
                check.fail(f"{where}.tags[{k}]", "should be a short piece of text")
            tags.append(tag.lstrip("@#"))
        if check.boolean(e, "starred", where):
            tags.append("starred")
        when = datetime.combine(day, clock, tzinfo=UTC)
        uid = e.get("uuid")
        source = (
            f"jrnl-uuid:{uid}"
            if isinstance(uid, str) and uid
            else f"jrnl:{when.isoformat()}:{title}:{body}"
        )
        entries.append(ForeignEntry(source, title, body, when, day, [t for t in tags if t]))
    if not entries:
        raise ImportRefused(f"{label} has no jrnl entries in it.")
    return entries


def looks_like_jrnl(path: Path, head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"{"):
        return b'"entries"' in head and b'"time"' in head and b'"starred"' in head
    first = text.split(b"\n", 1)[0].decode("utf-8", "replace")
    return bool(_JRNL_HEADER.match(first) or _LEGACY_HEADER.match(first))


def import_jrnl(journal: Journal, path: Path, progress: Progress | None = None) -> ImportResult:
    path = Path(path)
    text = _read_text(path, "a jrnl journal")
    if text.lstrip().startswith("{"):
        entries = parse_jrnl_json(text.encode("utf-8"), path.name)
    else:
        entries = parse_jrnl_text(text, path.name)
    added, already = _apply(journal, entries, progress, path.name)
    return _result("jrnl", path.name, added, already)


# -- Day One -----------------------------------------------------------------------------


def _day_in_zone(when: datetime, zone: str | None) -> date:
    if zone:
        try:
            return when.astimezone(ZoneInfo(zone)).date()
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return when.date()


def parse_dayone(archive: SafeZip, label: str) -> list[ForeignEntry]:
    """Entries of a Day One JSON export zip: ``<Journal>.json`` plus ``photos/``."""
    advice = "export the journal from Day One again (as JSON)"
    documents = [n for n in archive.names() if "/" not in n and n.lower().endswith(".json")]
    if not documents:
        raise ImportRefused(
            f"{label} has no Day One journal in it (no .json file at the top); {advice}."
        )
    photos_by_md5 = {
        n.rsplit("/", 1)[-1].split(".", 1)[0].lower(): n
        for n in archive.names()
        if n.startswith("photos/")
    }
    entries: list[ForeignEntry] = []
    extracted: dict[str, Path] = {}  # a photo several entries (or one twice) refer to
    for document in documents:
        check = Checker(f"{document} in {label}", advice)
        doc = check.obj(
            parse_json(archive.read(document, max_bytes=MAX_DAYONE_JSON_BYTES), label, advice),
            "the file",
        )
        for i, item in enumerate(check.array(doc, "entries", "the file", MAX_ENTRIES)):
            where = f"entries[{i}]"
            e = check.obj(item, where)
            uid = check.identifier(e, "uuid", where)
            when = check.time(e, "creationDate", where)
            zone = check.optional_text(e, "timeZone", where, 64)
            text = check.text(e, "text", where, MAX_BODY)
            tags = []
            for k, tag in enumerate(check.array(e, "tags", where, 200)):
                if not isinstance(tag, str) or len(tag) > 100:
                    check.fail(f"{where}.tags[{k}]", "should be a short piece of text")
                tags.append(tag)
            if check.boolean(e, "starred", where):
                tags.append("starred")
            photos: list[tuple[Path, str]] = []
            names: dict[str, str] = {}
            for k, raw_photo in enumerate(check.array(e, "photos", where, 1_000)):
                pw = f"{where}.photos[{k}]"
                photo = check.obj(raw_photo, pw)
                identifier = check.identifier(photo, "identifier", pw)
                md5 = check.text(photo, "md5", pw, 64).lower()
                kind = check.text(photo, "type", pw, 10).lower() or "jpeg"
                member = photos_by_md5.get(md5)
                if member is None:
                    continue  # Day One leaves out photos it never synced; keep the text
                if member not in extracted:
                    extracted[member] = archive.extract(member).path
                same = next((name for file, name in photos if file == extracted[member]), None)
                if same is not None:  # the same picture again in this entry: attached once
                    names[identifier] = same
                    continue
                extension = member.rsplit(".", 1)[-1] if "." in member else kind
                filename = f"photo-{len(photos) + 1}.{extension}"
                photos.append((extracted[member], filename))
                names[identifier] = filename
            text = _link_photos(text, names)
            lines = text.strip("\n").split("\n", 1)
            title = lines[0].lstrip("#").strip()[:MAX_TITLE]
            body = lines[1].strip("\n") if len(lines) > 1 else ""
            entries.append(
                ForeignEntry(
                    source_id=f"dayone:{uid}",
                    title=title,
                    body=body,
                    when=when,
                    learned_on=_day_in_zone(when, zone),
                    tags=tags,
                    photos=photos,
                )
            )
    if not entries:
        raise ImportRefused(f"{label} has no Day One entries in it.")
    _check_sizes(label, entries)
    return entries


def _link_photos(text: str, names: dict[str, str]) -> str:
    """Day One's ``![](dayone-moment://ID)`` becomes a picture of the attached file."""

    def swap(match: re.Match[str]) -> str:
        filename = names.get(match.group(2))
        return f"![{match.group(1) or 'photo'}]({filename})" if filename else ""

    return _DAYONE_MOMENT.sub(swap, text)


def looks_like_dayone(path: Path, head: bytes) -> bool:
    if not head.startswith(b"PK\x03\x04"):
        return False
    try:
        with SafeZip(path, DAYONE_LIMITS) as archive:
            names = archive.names()
    except ImportRefused:
        return False
    return "manifest.json" not in names and any(
        "/" not in n and n.lower().endswith(".json") for n in names
    )


def import_dayone(journal: Journal, path: Path, progress: Progress | None = None) -> ImportResult:
    path = Path(path)
    with SafeZip(path, DAYONE_LIMITS, advice="export it from Day One again") as archive:
        entries = parse_dayone(archive, path.name)
        added, already = _apply(journal, entries, progress, path.name)
    return _result("dayone", path.name, added, already)


# -- applying -------------------------------------------------------------------------------


def _apply(
    journal: Journal, entries: list[ForeignEntry], progress: Progress | None, label: str
) -> tuple[int, int]:
    entries = once_each(entries, label)
    with journal.read() as session:
        present = _present(session, [e.entry_id for e in entries])
    todo = [e for e in entries if e.entry_id not in present]
    staged = StagedFiles(journal.paths)
    try:
        _write(journal, todo, staged, progress)
    except BaseException:
        staged.discard()  # a refused or failed import leaves no new file behind
        raise
    return len(todo), len(entries) - len(todo)


def _write(
    journal: Journal, todo: list[ForeignEntry], staged: StagedFiles, progress: Progress | None
) -> None:
    stored: dict[str, list[StoredFile]] = {}
    for entry in todo:
        files = []
        for file, filename in entry.photos:
            kept = staged.store(file)
            files.append(StoredFile(kept.sha256, kept.size, kept.media_type, filename))
        stored[entry.entry_id] = files
    with journal.write() as session:
        for n, entry in enumerate(todo, 1):
            row = create_entry(
                session,
                learned_on=entry.learned_on,
                tags=entry.tags,
                now=entry.when,
                entry_id=entry.entry_id,
            )
            for kept in stored[entry.entry_id]:
                attach(session, row.id, kept)
            save_revision(
                session,
                row.id,
                title=entry.title,
                body=entry.body,
                note="Imported from another journal app.",
                reason=RevisionReason.IMPORT,
                now=entry.when,
            )
            if progress is not None and (n % 100 == 0 or n == len(todo)):
                progress(n, len(todo))


def _present(session: Session, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(session.scalars(select(Entry.id).where(Entry.id.in_(chunk))))
    return found


def _result(kind: str, label: str, added: int, already: int) -> ImportResult:
    tool = "jrnl" if kind == "jrnl" else "Day One"
    if added == 0:
        summary = (
            f"The entry from {label} was already in your journal."
            if already == 1
            else f"All {count(already, 'entry')} from {label} were already in your journal."
        )
    else:
        was = "was" if already == 1 else "were"
        again = f" ({already} {was} already here)" if already else ""
        summary = (
            f"Imported {count(added, 'entry')} from {tool}{again}; "
            f"{'it is' if added == 1 else 'they are'} private until you share "
            f"{'it' if added == 1 else 'them'}."
        )
    return ImportResult(
        kind=kind, summary=summary, counts={"entries": added, "already_here": already}
    )


# Listed by journal.portfolio.imports (this module doesn't import it).
JRNL_IMPORTER = Importer(run=import_jrnl, sniff=looks_like_jrnl, label="a jrnl journal")
DAYONE_IMPORTER = Importer(run=import_dayone, sniff=looks_like_dayone, label="a Day One export")
