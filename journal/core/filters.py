"""What the entries list, the timeline and ``journal search`` agree to show (pure data)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from journal.core.attributes import KEYS


class SortOrder:
    LEARNED_NEWEST = "learned_desc"
    LEARNED_OLDEST = "learned_asc"
    UPDATED = "updated_desc"
    TITLE = "title"
    RELEVANCE = "relevance"


ATTRIBUTE_NAMES = KEYS


def tag_key(name: str) -> str:
    """The case-folded key a tag is stored under ("#Maths " and "maths" are one tag)."""
    return " ".join(name.split()).lstrip("#").casefold()


@dataclass(frozen=True)
class EntryFilter:
    text: str = ""
    tags: tuple[str, ...] = ()
    attributes: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    goal_id: str | None = None
    trashed: bool = False

    @property
    def is_empty(self) -> bool:
        return not (
            self.text.strip()
            or self.tags
            or self.attributes
            or self.since
            or self.until
            or self.goal_id
        )
