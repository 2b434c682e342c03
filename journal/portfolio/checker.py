"""Reading JSON that came from elsewhere: strict parsing, then typed, size-checked fields.

:func:`parse_json` refuses duplicate keys, NaN and Infinity, invalid UTF-8 and
absurd nesting. :class:`Checker` reads fields with their type and a size
limit, naming the exact place of the first problem in one sentence. The limits
are documented in docs/portfolio-format.md.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, NoReturn

from journal.core.untrusted import (
    BROKEN_TEXT,
    DATE_RANGE,
    broken_text_at,
    is_valid_unicode,
    year_in_range,
)
from journal.portfolio.data import SUPPORTED_MAJOR
from journal.portfolio.errors import ImportRefused

ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
VERSION = re.compile(r"^(\d{1,4})\.(\d{1,4})$")
MEDIA_TYPE = re.compile(r"^[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Limits:
    """Sizes a document may reach: generous for a real journal, small beside a bomb."""

    short_text: int = 1_000  # titles, names, prompts
    note: int = 20_000
    long_note: int = 100_000  # the profile statement, a feedback comment
    long_text: int = 2_000_000  # an entry body or a revision
    entries: int = 100_000
    revisions_per_entry: int = 10_000
    revisions: int = 500_000
    attachments: int = 50_000
    goals: int = 5_000
    per_goal: int = 1_000  # criteria, actions, checkpoints, evidence
    reflections: int = 200_000
    feedback: int = 100_000
    tags: int = 100


LIMITS = Limits()
MAX_DEPTH = 32


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a number JSON allows")


def _depth(value: Any, limit: int = MAX_DEPTH) -> int:
    stack = [(value, 1)]
    deepest = 0
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if level > limit:
            return level
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return deepest


def parse_json(raw: bytes, label: str, advice: str) -> Any:
    """Strictly parsed JSON, or one sentence saying why it can't be."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(f"{label} is not text in UTF-8; {advice}.") from None
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKey as exc:
        raise ImportRefused(f"{label} names the field '{exc}' twice; {advice}.") from None
    except RecursionError:
        raise ImportRefused(f"{label} is nested far too deeply; {advice}.") from None
    except ValueError as exc:
        where = f" (line {exc.lineno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise ImportRefused(f"{label} is not valid JSON{where}; {advice}.") from None
    if _depth(value) > MAX_DEPTH:
        raise ImportRefused(f"{label} is nested far too deeply; {advice}.")
    broken = broken_text_at(value)
    if broken is not None:
        raise ImportRefused(f"{label} {BROKEN_TEXT} in {broken}; {advice}.")
    return value


class Checker:
    """Reads typed fields out of untrusted JSON; the first problem becomes ImportRefused."""

    def __init__(self, label: str, advice: str) -> None:
        self.label = label
        self.advice = advice

    def fail(self, where: str, problem: str) -> NoReturn:
        raise ImportRefused(f"{self.label} can't be used: {where} {problem}; {self.advice}.")

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(where, "should be an object")
        return value

    def array(self, d: dict[str, Any], key: str, where: str, limit: int) -> list[Any]:
        value = d.get(key, [])
        if not isinstance(value, list):
            self.fail(f"{where}.{key}", "should be a list")
        if len(value) > limit:
            self.fail(f"{where}.{key}", f"has more than {limit:,} items")
        return value

    def text(
        self, d: dict[str, Any], key: str, where: str, limit: int, *, required: bool = False
    ) -> str:
        if key not in d or d[key] is None:
            if required:
                self.fail(f"{where}.{key}", "is missing")
            return ""
        value = d[key]
        if not isinstance(value, str):
            self.fail(f"{where}.{key}", "should be text")
        if len(value) > limit:
            self.fail(f"{where}.{key}", f"is longer than {limit:,} characters")
        if "\x00" in value:
            self.fail(f"{where}.{key}", "holds a NUL character")
        if not is_valid_unicode(value):
            self.fail(f"{where}.{key}", BROKEN_TEXT)
        return value

    def optional_text(self, d: dict[str, Any], key: str, where: str, limit: int) -> str | None:
        if d.get(key) is None:
            return None
        return self.text(d, key, where, limit)

    def identifier(self, d: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
        value = d.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or not ID.match(value) or len(value) > 36:
            self.fail(f"{where}.{key}", "should be an id (letters, digits and dashes)")
        return value

    def optional_id(self, d: dict[str, Any], key: str, where: str, width: int = 36) -> str | None:
        value = d.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not ID.match(value) or len(value) > width:
            self.fail(f"{where}.{key}", "should be an id or null")
        return value

    def sha(self, d: dict[str, Any], key: str, where: str) -> str:
        value = d.get(key)
        if not isinstance(value, str) or not SHA256.match(value):
            self.fail(f"{where}.{key}", "should be a SHA-256 in lower-case hex")
        return value

    def integer(
        self,
        d: dict[str, Any],
        key: str,
        where: str,
        low: int,
        high: int,
        *,
        default: int | None = None,
    ) -> int:
        value = d.get(key, default)
        if value is None and default is None and key not in d:
            self.fail(f"{where}.{key}", "is missing")
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"{where}.{key}", "should be a whole number")
        if not low <= value <= high:
            self.fail(f"{where}.{key}", f"should be between {low} and {high:,}")
        return value

    def optional_int(
        self, d: dict[str, Any], key: str, where: str, low: int, high: int
    ) -> int | None:
        if d.get(key) is None:
            return None
        return self.integer(d, key, where, low, high)

    def boolean(self, d: dict[str, Any], key: str, where: str, default: bool = False) -> bool:
        value = d.get(key, default)
        if not isinstance(value, bool):
            self.fail(f"{where}.{key}", "should be true or false")
        return value

    def choice(
        self, d: dict[str, Any], key: str, where: str, options: set[str], default: str
    ) -> str:
        value = d.get(key, default)
        if value is None:
            value = default
        if not isinstance(value, str) or value not in options:
            self.fail(f"{where}.{key}", f"should be one of {', '.join(sorted(options))}")
        return value

    def time(self, d: dict[str, Any], key: str, where: str, *, required: bool = True) -> datetime:
        value = self.optional_time(d, key, where)
        if value is None:
            if required:
                self.fail(f"{where}.{key}", "is missing")
            return datetime.now(UTC)
        return value

    def optional_time(self, d: dict[str, Any], key: str, where: str) -> datetime | None:
        value = d.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or len(value) > 40:
            self.fail(f"{where}.{key}", "should be a time like 2026-03-14T09:30:00Z")
        try:
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                self.fail(f"{where}.{key}", "should say its time zone (end it with Z)")
            parsed = parsed.astimezone(UTC)
        except (ValueError, OverflowError):
            self.fail(f"{where}.{key}", "should be a time like 2026-03-14T09:30:00Z")
        if not year_in_range(parsed):
            self.fail(f"{where}.{key}", f"({value}) {DATE_RANGE}")
        return parsed

    def day(self, d: dict[str, Any], key: str, where: str) -> date:
        value = self.optional_day(d, key, where)
        if value is None:
            self.fail(f"{where}.{key}", "is missing")
        return value

    def optional_day(self, d: dict[str, Any], key: str, where: str) -> date | None:
        value = d.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or len(value) != 10:
            self.fail(f"{where}.{key}", "should be a date like 2026-03-14")
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            self.fail(f"{where}.{key}", "should be a date like 2026-03-14")
        if not year_in_range(parsed):
            self.fail(f"{where}.{key}", f"({value}) {DATE_RANGE}")
        return parsed

    def version(self, d: dict[str, Any], key: str, where: str, what: str) -> tuple[int, int]:
        value = d.get(key)
        match = VERSION.match(value) if isinstance(value, str) else None
        if match is None:
            self.fail(f"{where}.{key}", "should be a version like 1.0")
        major, minor = int(match.group(1)), int(match.group(2))
        if major > SUPPORTED_MAJOR:
            raise ImportRefused(
                f"{self.label} was made by a newer Learning Journal ({what} version "
                f"{value}); update Learning Journal to open it."
            )
        if major < 1:
            self.fail(f"{where}.{key}", "is not a version Learning Journal knows")
        return major, minor
