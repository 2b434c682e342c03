"""Counting words and measuring how text changed (pure functions)."""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"\w+(?:['’-]\w+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """The words of a text: the one definition the counts use (the editor and status
    bar, History's "+N words", the growth view and the exports).

    Count an entry's *body*: its title is not part of the work.
    """
    return _WORD.findall(text)


def word_count(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


def words_changed(old: str, new: str) -> tuple[int, int]:
    """(added, removed) words between two texts, counted as multisets.

    Linear time, so it is cheap enough to run on every save; moving a word
    counts as neither. The side-by-side diff uses :mod:`journal.core.diff`.
    """
    before = Counter(w.lower() for w in words(old))
    after = Counter(w.lower() for w in words(new))
    return sum((after - before).values()), sum((before - after).values())


def excerpt(text: str, limit: int = 160) -> str:
    """The opening of a Markdown text as one plain line."""
    plain = re.sub(r"[#>*_`\[\]()!-]+", " ", text)
    plain = " ".join(plain.split())
    if len(plain) <= limit:
        return plain
    cut = plain[:limit].rsplit(" ", 1)[0]
    return cut + "…"
