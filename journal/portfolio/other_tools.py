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
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from journal.core.sizes import format_size
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
MAX_TEXT_BYTES = 64_000_000
MAX_DAYONE_JSON_BYTES = 256 * 1024 * 1024
MAX_ENTRIES = 100_000
MAX_TITLE = 1_000
MAX_BODY = 2_000_000
DAYONE_LIMITS = ZipLimits(max_members=100_000, max_total_bytes=8 * 1024**3)
# A jrnl tag: the tag symbol after a space (or at the start), then letters, digits and
# - + * # / _ as jrnl reads them (@C++, @C#, @OS/2, @well-being).
_TAG = re.compile(r"(?<!\S)@([-+*#/\w]+)")
# Where a jrnl entry may start: a line beginning "[anything] ", kept only if the
# brackets hold a date (otherwise it is a Markdown link or a footnote in the text).
_ENTRY_START = re.compile(r"(?:^|\n)\[([^\]\n]+)\] ")
_JRNL_HEADER = re.compile(r"^\[([^\]\n]+)\] ")
_LEGACY_HEADER = re.compile(r"^(\d{4}-\d{2}-\d{2}) (\d{1,2}):(\d{2}) (.*)$")
# jrnl's title is the first line, or (an entry of one line) its first sentence.
_SENTENCE_END = re.compile(
    "([.!?\u2026\u203c\u203d\u2047\u2048\u2049\u22ef\ufe52\ufe57]['\u2019\"\u201d]?[\\])]*\\s+)"
    "|[\uff01\uff0e\uff1f\uff61\u3002]"
)
# Markdown backslash escapes, which Day One writes into the text (``1\. Start``).
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
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
            raise ImportRefused(
                f"{path.name} is too large to be {what} (over {format_size(MAX_TEXT_BYTES)})."
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportRefused(f"There is no file {path}.") from None
    except OSError as exc:
        raise ImportRefused(f"{path.name} can't be read ({exc.strerror or exc}).") from None
    if what == "a jrnl journal" and _jrnl_encrypted(raw):
        raise ImportRefused(
            f"{path.name}: this jrnl journal is encrypted; decrypt it with jrnl first "
            "('jrnl --decrypt', or export it with 'jrnl --export json') and import that file."
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(f"{path.name} is not text in UTF-8, so it can't be imported.") from None


# Binary files that are something else (zip, SQLite, PDF, pictures), never a jrnl v1 journal.
_OTHER_BINARY = (
    b"PK\x03\x04", b"PK\x05\x06", b"SQLite format 3", b"%PDF", b"\x89PNG", b"\xff\xd8\xff",
    b"GIF8", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!",
)  # fmt: skip


def _jrnl_encrypted(raw: bytes) -> bool:
    """jrnl's encrypted journals: v3 (a ``JRNLv3`` header), v2 (a Fernet token), v1 (raw AES).

    A v1 file is 16 bytes of IV and then whole AES blocks, with no header: binary that is
    a multiple of 16 bytes long and not UTF-8 text.
    """
    if raw.startswith((b"JRNLv3", b"gAAAAA")):
        return True
    if raw.startswith(_OTHER_BINARY) or len(raw) < 32 or len(raw) % 16:
        return False
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return b"\x00" in raw


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


_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for name in names
}  # fmt: skip
_WEEKDAYS = {
    "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
    "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
}  # fmt: skip
_CLOCK = re.compile(
    r"(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:([AaPp])\.?[Mm]\.?\b)?"
    r"|(?<![\d:])(\d{1,2})\s*([AaPp])\.?[Mm]\.?\b"
)


class _NotADate(Exception):
    """The brackets hold something else (a link, a footnote): not an entry's start."""


def _clock_of(blob: str) -> tuple[str, time | None]:
    """The time of day in ``blob`` (24- or 12-hour) and what is left of it."""
    match = _CLOCK.search(blob)
    if match is None:
        return blob, None
    if match.group(1) is not None:
        h, m, sec = int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)
        meridiem = match.group(4)
    else:
        h, m, sec, meridiem = int(match.group(5)), 0, 0, match.group(6)
    if meridiem:
        if not 1 <= h <= 12:
            raise ValueError("hour")
        h = h % 12 + (12 if meridiem.lower() == "p" else 0)
    rest = blob[: match.start()] + " " + blob[match.end() :]
    return rest, time(h, m, sec)


def _two_digit_year(year: int, today: date) -> int:
    # As jrnl (through dateutil) reads "19": the year within 50 years of now.
    century = today.year // 100 * 100
    year += century
    if year >= today.year + 50:
        year -= 100
    elif year < today.year - 50:
        year += 100
    return year


def _day_of(words: list[str], today: date) -> tuple[date, bool]:
    """The day in ``words`` (ISO, numeric or with a month's name); and whether a year was given."""
    numbers = [w for w in words if w.isdigit()]
    names = [w for w in words if not w.isdigit()]
    month_names = [_MONTHS[w] for w in names if w in _MONTHS]
    if any(w not in _MONTHS and w not in _WEEKDAYS and w not in ("at", "of", "t") for w in names):
        raise _NotADate
    if len(month_names) > 1:
        raise _NotADate
    if month_names:
        month = month_names[0]
        years = [int(n) for n in numbers if len(n) == 4]
        days = [int(n) for n in numbers if len(n) <= 2]
        if len(years) > 1 or len(days) > 1 or len(years) + len(days) != len(numbers):
            raise _NotADate
        day = days[0] if days else 1
        if years:
            return date(years[0], month, day), True
        return date(today.year, month, day), False
    if not numbers:
        return today, False  # a time alone is today, as jrnl reads it
    if len(numbers) == 1 and len(numbers[0]) == 8:
        n = numbers[0]
        return date(int(n[:4]), int(n[4:6]), int(n[6:])), True
    if len(numbers) == 1 and len(numbers[0]) == 4:
        return date(int(numbers[0]), 1, 1), True
    if len(numbers) in (2, 3) and len(numbers[0]) == 4:
        y, mo = int(numbers[0]), int(numbers[1])
        return date(y, mo, int(numbers[2]) if len(numbers) == 3 else 1), True
    if len(numbers) == 3 and len(numbers[2]) in (2, 4) and all(len(n) <= 2 for n in numbers[:2]):
        first, second = int(numbers[0]), int(numbers[1])
        year = int(numbers[2])
        if len(numbers[2]) == 2:
            year = _two_digit_year(year, today)
        # Month first, as jrnl reads it, unless that can't be a month.
        month, day = (second, first) if first > 12 else (first, second)
        return date(year, month, day), True
    if len(numbers) == 2 and all(len(n) <= 2 for n in numbers):
        first, second = int(numbers[0]), int(numbers[1])
        month, day = (second, first) if first > 12 else (first, second)
        return date(today.year, month, day), False
    raise _NotADate


def jrnl_date(blob: str, *, now: datetime | None = None) -> datetime | None:
    """The time a jrnl entry header ``[blob]`` stands for, or None when it isn't a date.

    jrnl writes its ``timeformat`` (``%Y-%m-%d %H:%M`` unless changed) and reads back
    whatever its date parser understands: other separators, seconds, a 12-hour clock,
    a month without its day (``2019-07 14:23`` is the 1st), month names, weekday names.
    No time means midnight; no year means this year (last year if that would be more
    than four weeks ahead). Six characters or fewer are a footnote, not a date.
    Raises ValueError for a date that can't exist (30 February, hour 25).
    """
    blob = blob.strip()
    if len(blob) <= 6:
        return None
    now = now or datetime.now()
    today = now.date()
    rest, clock = _clock_of(blob)
    words = [w.lower() for w in re.findall(r"\d+|[^\W\d_]+", rest)]
    if re.search(r"[^\w\s,./:\-]", rest):
        return None
    try:
        day, year_given = _day_of(words, today)
    except _NotADate:
        return None
    when = datetime.combine(day, clock or time())
    if not year_given and (now - when).days < -28:
        when = when.replace(year=when.year - 1)
    return when.replace(tzinfo=UTC)


def _split_title(text: str) -> tuple[str, str]:
    """jrnl's title and body of an entry's text: the first line, or else the first sentence."""
    stripped = text.lstrip()
    newline = stripped.find("\n")
    if newline >= 0:
        title, body = stripped[:newline], stripped[newline + 1 :]
    else:
        end = _SENTENCE_END.search(text)
        if end is None:
            return text.strip(), ""
        title, body = text[: end.end()], text[end.end() :]
    # The body keeps its lines as written (two spaces at a line's end are a Markdown
    # line break); only blank lines around it go, and the spaces after its last word.
    body = re.sub(r"\A(?:[ \t]*\n)+", "", body).rstrip()
    return title.strip(), body


def _jrnl_entry(text: str, when: datetime) -> ForeignEntry:
    lines = text.splitlines()
    starred = bool(lines) and lines[0].strip().endswith("*")
    raw = lines[0].strip("\n *") + "\n" + "\n".join(lines[1:]) if starred else text
    title, body = _split_title(raw)
    return ForeignEntry(
        source_id=f"jrnl:{when.isoformat()}:{title}:{body}",
        title=title,
        body=body,
        when=when,
        learned_on=when.date(),
        tags=_tags(text) + (["starred"] if starred else []),
    )


def parse_jrnl_text(text: str, label: str) -> list[ForeignEntry]:
    """Entries of a jrnl plain-text journal, read as jrnl reads it.

    An entry starts at a line ``[date] title``: any date jrnl reads (see :func:`jrnl_date`),
    then the title (the first line, or the first sentence of an entry of one line) and
    the body. A trailing ``*`` stars it; ``@tags`` anywhere in it are its tags. Files of
    jrnl 1.x (``YYYY-MM-DD HH:MM title``, no brackets) are read too.
    """
    text = text.replace("\r\n", "\n")
    starts: list[tuple[re.Match[str], datetime]] = []
    for match in _ENTRY_START.finditer(text):
        try:
            when = jrnl_date(match.group(1))
        except ValueError:
            number = text.count("\n", 0, match.start()) + (match.group(0)[0] == "\n") + 1
            raise ImportRefused(
                f"Line {number} of {label} has a date that doesn't exist; fix it and try again."
            ) from None
        if when is not None:
            if not year_in_range(when):
                number = text.count("\n", 0, match.start()) + (match.group(0)[0] == "\n") + 1
                raise ImportRefused(
                    f"Line {number} of {label} has a date ({when.date().isoformat()}) that "
                    f"{DATE_RANGE}; fix it and try again."
                )
            starts.append((match, when))
    if not starts:
        first = next((line for line in text.splitlines() if line.strip()), "")
        if _LEGACY_HEADER.match(first):
            return _parse_legacy(text, label)
        if first:
            raise ImportRefused(
                f"{label} doesn't look like a jrnl journal (line 1 comes before any "
                "'[date] title' line); check you chose the right file."
            )
        raise ImportRefused(f"{label} has no jrnl entries in it.")
    before = text[: starts[0][0].start()]
    if before.strip():
        number = next(n for n, line in enumerate(before.splitlines(), 1) if line.strip())
        raise ImportRefused(
            f"{label} doesn't look like a jrnl journal (line {number} comes before any "
            "'[date] title' line); check you chose the right file."
        )
    entries = []
    for i, (match, when) in enumerate(starts):
        end = starts[i + 1][0].start() if i + 1 < len(starts) else len(text)
        entries.append(_jrnl_entry(text[match.end() : end], when))
    _check_sizes(label, entries)
    return entries


def _parse_legacy(text: str, label: str) -> list[ForeignEntry]:
    """A jrnl 1.x journal: ``YYYY-MM-DD HH:MM title`` lines, no brackets."""
    entries: list[ForeignEntry] = []
    current: tuple[datetime, list[str]] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        legacy = _LEGACY_HEADER.match(line)
        if legacy:
            try:
                day = date.fromisoformat(legacy.group(1))
                clock = time(int(legacy.group(2)), int(legacy.group(3)))
            except ValueError:
                raise ImportRefused(
                    f"Line {number} of {label} has a date that doesn't exist; fix it and try again."
                ) from None
            if not year_in_range(day):
                raise ImportRefused(
                    f"Line {number} of {label} has a date ({day.isoformat()}) that "
                    f"{DATE_RANGE}; fix it and try again."
                )
            if current is not None:
                entries.append(_jrnl_entry("\n".join(current[1]), current[0]))
            current = (datetime.combine(day, clock, tzinfo=UTC), [legacy.group(4)])
        elif current is not None:
            current[1].append(line)
    if current is not None:
        entries.append(_jrnl_entry("\n".join(current[1]), current[0]))
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
    if _jrnl_encrypted(head):
        return True  # so that importing it says how to decrypt it
    first = text.split(b"\n", 1)[0].decode("utf-8", "replace")
    bracket = _JRNL_HEADER.match(first)
    try:
        dated = bracket is not None and jrnl_date(bracket.group(1)) is not None
    except ValueError:
        dated = True  # a date that can't exist: importing it says which line
    return dated or bool(_LEGACY_HEADER.match(first))


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
            title = _MARKDOWN_ESCAPE.sub(r"\1", lines[0].lstrip("#").strip())[:MAX_TITLE]
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
