"""Checks every imported value passes, whatever file it came from (pure logic, no I/O).

- Text must be valid Unicode: JSON can carry a lone UTF-16 surrogate (a
  ``"\\udc80"`` escape) that Python keeps in a ``str`` but that SQLite, UTF-8
  files and terminals can't take. :func:`broken_text_at` finds the first one in
  a parsed JSON document (keys too) and says where, so an import is refused
  with one sentence before anything is changed.
- Dates must be in a sane range (:data:`EARLIEST_YEAR` – :data:`LATEST_YEAR`):
  a journal entry from the year 9999 is a broken file, not a memory.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

EARLIEST_YEAR = 1900
LATEST_YEAR = 2200
BROKEN_TEXT = "contains text that isn't valid Unicode (a broken character)"
DATE_RANGE = f"is outside the years {EARLIEST_YEAR}–{LATEST_YEAR} a journal can hold"


def is_valid_unicode(value: str) -> bool:
    """False when ``value`` holds a lone surrogate (it can't be written as UTF-8)."""
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _step(where: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{where}[{key}]"
    shown = key if key.isidentifier() else repr(key.encode("utf-8", "backslashreplace").decode())
    return f"{where}.{shown}" if where else shown


def broken_text_at(document: Any, root: str = "") -> str | None:
    """Where the first text that isn't valid Unicode is (``entries[2].title``), or None.

    Walks the whole parsed JSON document without recursion (keys and values).
    """
    stack: list[tuple[Any, str]] = [(document, root)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            if not is_valid_unicode(item):
                return where or "the file"
        elif isinstance(item, dict):
            pending = []
            for key, value in item.items():
                if isinstance(key, str) and not is_valid_unicode(key):
                    return f"a field name in {where}" if where else "a field name"
                pending.append((value, _step(where, key)))
            stack.extend(reversed(pending))
        elif isinstance(item, list):
            stack.extend(reversed([(v, _step(where, i)) for i, v in enumerate(item)]))
    return None


def year_in_range(value: date | datetime) -> bool:
    return EARLIEST_YEAR <= value.year <= LATEST_YEAR
