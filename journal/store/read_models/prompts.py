"""Prompts as the window reads them: the prompt of the day, another one, the library."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from journal.core.enums import PromptSource
from journal.store import prompts as store
from journal.store.database import Journal
from journal.store.prompts import PackInfo, PromptInfo

__all__ = [
    "PackInfo",
    "PromptInfo",
    "PromptLibrary",
    "another_prompt",
    "daily_prompt",
    "get_prompt",
    "moment_prompt",
    "prompt_library",
    "prompts",
]


@dataclass(frozen=True)
class PromptLibrary:
    """What the prompt library shows: the (filtered) prompts, my own, and teachers' packs."""

    prompts: tuple[PromptInfo, ...]
    mine: tuple[PromptInfo, ...]
    packs: tuple[PackInfo, ...]


def daily_prompt(
    journal: Journal, day: date, *, previous_id: str | None = None
) -> PromptInfo | None:
    """The prompt of the day: fixed for the day, not the one shown last time."""
    with journal.read() as session:
        return store.daily_prompt(session, day, previous_id=previous_id)


def moment_prompt(
    journal: Journal, moment: str, *, key: str, day: date | None = None
) -> PromptInfo | None:
    """A prompt for a moment (after a revision, a checkpoint…), fixed by what it is about."""
    with journal.read() as session:
        return store.moment_prompt(session, moment, key=key, day=day)


def another_prompt(
    journal: Journal,
    current_id: str | None,
    *,
    moment: str = "daily",
    seen: Sequence[str] = (),
    key: str = "",
    day: date | None = None,
) -> PromptInfo | None:
    """A different prompt, not one already seen while there are others."""
    with journal.read() as session:
        return store.another_prompt(session, current_id, moment=moment, seen=seen, key=key, day=day)


def get_prompt(journal: Journal, prompt_id: str) -> PromptInfo | None:
    with journal.read() as session:
        return store.get_prompt(session, prompt_id)


def prompts(
    journal: Journal,
    *,
    attribute: str | None = None,
    moment: str | None = None,
    include_disabled: bool = False,
) -> list[PromptInfo]:
    with journal.read() as session:
        return store.list_prompts(
            session, attribute=attribute, moment=moment, include_disabled=include_disabled
        )


def prompt_library(journal: Journal, *, attribute: str | None = None) -> PromptLibrary:
    with journal.read() as session:
        listed = store.list_prompts(session, attribute=attribute, include_disabled=True)
        every = listed if attribute is None else store.list_prompts(session, include_disabled=True)
        return PromptLibrary(
            tuple(listed),
            tuple(p for p in every if p.source == PromptSource.MINE),
            tuple(store.list_packs(session)),
        )
