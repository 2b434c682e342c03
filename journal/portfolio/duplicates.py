"""Entries a file from another tool holds more than once.

A jrnl file can hold the same entry twice (same time and text), and a Day One
export can repeat an entry's uuid. Each imported entry's id comes from where it
came from, so a repeat would be the same row twice. :func:`once_each` keeps
one of each exact repeat (importing it once, as importing the file twice adds
nothing twice) and refuses, in one sentence, two *different* entries that
claim the same id: keeping either would silently lose the other.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from journal.portfolio.errors import ImportRefused


class _Identified(Protocol):
    @property
    def entry_id(self) -> str: ...


E = TypeVar("E", bound=_Identified)


def once_each(entries: list[E], label: str) -> list[E]:
    """``entries`` with exact repeats left out; ImportRefused if one id names two entries."""
    first: dict[str, tuple[int, E]] = {}
    kept: list[E] = []
    for number, entry in enumerate(entries, 1):
        seen = first.get(entry.entry_id)
        if seen is None:
            first[entry.entry_id] = (number, entry)
            kept.append(entry)
        elif seen[1] != entry:
            raise ImportRefused(
                f"{label} holds two different entries with the same id (entries {seen[0]} "
                f"and {number}), so it can't tell which one to keep; export it again or "
                "remove one of them, then try again."
            )
    return kept
