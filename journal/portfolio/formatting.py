"""Dates, sizes and counts in what the portfolio writes (web pages, PDF, review text).

The exported portfolio is written in English without Qt, in the same look as
the app (:mod:`journal.ui.formatting`): a day is "1 Dec 2026", a month always
carries its year ("Dec 2026"), a moment is "1 Dec 2026, 14:05 UTC", sizes use
decimal SI units like the app ("812 bytes", "585.3 kB", "2.4 MB"), and a count
agrees with its number ("1 entry", "3 entries").
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from journal.core.sizes import format_size as core_format_size

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# English plurals that are not "+s" (the UI gets these from journal_en.ts).
_IRREGULAR = {"entry": "entries", "copy": "copies", "activity": "activities"}


def format_day(value: date | None) -> str:
    """A day: "1 Dec 2026" ("—" when there is none). A datetime is shown as its UTC day."""
    if value is None:
        return "—"
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone(UTC)
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def format_month(value: date) -> str:
    """A month with its year: "Dec 2026"."""
    return f"{_MONTHS[value.month - 1]} {value.year}"


def format_when(value: datetime | None) -> str:
    """A moment in UTC (the reader may be anywhere): "1 Dec 2026, 14:05 UTC"."""
    if value is None:
        return "—"
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return f"{format_day(value)}, {value:%H:%M} UTC"


def format_size(size: int) -> str:
    """A file size: "812 bytes", "585.3 kB", "2.4 MB" (powers of 1000, as the app shows them)."""
    return core_format_size(size)


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    """The word that agrees with ``n``: "entry" for 1, "entries" for 0 or 3."""
    if n == 1:
        return singular
    return plural_form or _IRREGULAR.get(singular, singular + "s")


def count(n: int, singular: str, plural_form: str | None = None) -> str:
    """A number and its word: "1 entry", "3 entries", "0 reflections"."""
    return f"{n} {plural(n, singular, plural_form)}"
