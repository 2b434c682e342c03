"""Word-level differences between two versions of a text (pure Python, no Qt).

The side-by-side view shows the old version with what was removed and the new
version with what was added. Both sides are lists of ``(text, kind)``
segments that put back together give the original texts exactly, so nothing
the student wrote is ever hidden or changed by the comparison.

How it works:

* :func:`tokenize` splits a text into words, single spaces or line breaks,
  and single symbols. A symbol keeps the marks that belong to it (an
  emoji with its skin tone, a flag, a family joined by zero-width joiners) and
  a word keeps its accents and vowel signs, so no character is ever cut in
  half in the display.
* Tokens are aligned with a *histogram diff* (the algorithm behind
  ``git diff --histogram``): it anchors on the rarest tokens the two texts
  share, extends each anchor as far as the texts agree, and repeats on each
  side. Unlike :class:`difflib.SequenceMatcher` with ``autojunk=False`` it
  does not slow to a crawl on long texts full of common words and spaces.
  Small regions without a rare shared token fall back to ``SequenceMatcher``;
  long ones anchor on rare runs of several tokens instead.
* Short shared bits between two rewrites ("a", "the") are shown as part of
  one bigger replacement, and on each side a space left unchanged between two
  changes is shown as part of the change, so "red big" → "blue small" reads as
  one replacement rather than a chequerboard of single words.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal, NamedTuple

Kind = Literal["same", "removed", "added"]
Tag = Literal["equal", "delete", "insert", "replace"]

# Anchors that occur more often than this in the old side are never used
# (git uses the same cap): such tokens are spaces and words like "the".
MAX_CHAIN = 64
# Regions without an anchor are aligned by SequenceMatcher(autojunk=False)
# only while that stays cheap (its cost grows with the product of the sizes).
FALLBACK_LIMIT = 250_000
# Longer regions seed on runs of up to this many tokens before giving up and
# showing the region as one replacement.
MAX_SEED = 64


class Segment(NamedTuple):
    """A run of text on one side of the comparison and what happened to it."""

    text: str
    kind: Kind


@dataclass(frozen=True, slots=True)
class Block:
    """One step of the alignment: text the two versions share, or a change.

    ``old`` is empty for an insertion and ``new`` is empty for a deletion.
    """

    tag: Tag
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class WordDiff:
    """The comparison of an old and a new text.

    ``old`` holds "same" and "removed" segments, ``new`` holds "same" and
    "added" segments; ``blocks`` is the aligned sequence both come from (the
    view uses it to keep the two sides scrolled together).
    """

    old: tuple[Segment, ...]
    new: tuple[Segment, ...]
    words_added: int
    words_removed: int
    blocks: tuple[Block, ...]

    @property
    def identical(self) -> bool:
        return all(block.tag == "equal" for block in self.blocks)

    def old_text(self) -> str:
        return "".join(segment.text for segment in self.old)

    def new_text(self) -> str:
        return "".join(segment.text for segment in self.new)


# -- tokens ---------------------------------------------------------------


def _char_class(codepoints: Iterable[int]) -> str:
    """A regex character class body (without brackets) for a set of codepoints."""
    parts: list[str] = []
    for _, run in itertools.groupby(enumerate(sorted(codepoints)), lambda p: p[1] - p[0]):
        points = [cp for _, cp in run]
        first, last = points[0], points[-1]
        parts.append(re.escape(chr(first)))
        if last != first:
            parts.append("-" + re.escape(chr(last)))
    return "".join(parts)


@functools.cache
def _token_pattern() -> re.Pattern[str]:
    # Combining marks (accents, Hebrew and Arabic points, Indic vowel signs,
    # variation selectors) live below U+20000 and in the variation selectors
    # supplement; scanning those ranges once takes a few milliseconds.
    marks = _char_class(
        cp
        for cp in itertools.chain(range(0x300, 0x20000), range(0xE0100, 0xE01F0))
        if unicodedata.category(chr(cp)).startswith("M")
    )
    letter = r"[^\W_]"  # \w without the underscore (Markdown's __bold__ is punctuation)
    word = rf"{letter}(?:{letter}|[{marks}])*(?:['’\-]{letter}(?:{letter}|[{marks}])*)*"
    flag = "[\U0001f1e6-\U0001f1ff]{2}"
    symbol = r"[^\s]"
    glue = (
        rf"(?:[{marks}]"  # combining marks, variation selectors, keycaps
        "|[\U0001f3fb-\U0001f3ff]"  # skin tones
        "|[\U000e0020-\U000e007f]"  # emoji tag sequences (subdivision flags)
        rf"|\u200d(?:{flag}|{symbol})?)"  # zero-width joiner and what it joins
    )
    return re.compile(rf"{word}|\r\n|\s|(?:{flag}|{symbol}){glue}*")


@functools.cache
def _word_start() -> re.Pattern[str]:
    return re.compile(r"[^\W_]")


def tokenize(text: str) -> list[str]:
    """Split text into words, single spaces or line breaks, and symbols.

    ``"".join(tokenize(text)) == text`` always holds.
    """
    return _token_pattern().findall(text)


def is_word(token: str) -> bool:
    return _word_start().match(token) is not None


# -- alignment ------------------------------------------------------------


def _histogram_anchor(
    a: Sequence[int], b: Sequence[int], alo: int, ahi: int, blo: int, bhi: int, k: int = 1
) -> tuple[tuple[int, int, int] | None, bool]:
    """The best common run to split the region on (or None), and whether any seed is shared.

    Runs are seeded by the rarest run of ``k`` tokens the two sides share,
    counted on both sides (a word used once in each text most likely is the
    same word) and never one used more than :data:`MAX_CHAIN` times; of the
    runs those seeds grow into, the longest wins, so a chance match of a
    rare word loses to a long stretch of shared text.
    """

    def key(seq: Sequence[int], at: int) -> object:
        return seq[at] if k == 1 else tuple(seq[at : at + k])

    positions: dict[object, list[int]] = {}
    for i in range(alo, ahi - k + 1):
        positions.setdefault(key(a, i), []).append(i)
    in_b: dict[object, int] = {}
    for j in range(blo, bhi - k + 1):
        seed = key(b, j)
        in_b[seed] = in_b.get(seed, 0) + 1
    rarest = min(
        (max(len(positions[seed]), count) for seed, count in in_b.items() if seed in positions),
        default=None,
    )
    if rarest is None or rarest > MAX_CHAIN:
        return None, rarest is not None
    best: tuple[int, int, int] | None = None
    j = blo
    while j <= bhi - k:
        j_next = j + 1
        seed = key(b, j)
        occurrences = positions.get(seed)
        if occurrences is not None and max(len(occurrences), in_b[seed]) == rarest:
            n = 0
            while n < len(occurrences):
                i = occurrences[n]
                # Extend the match backwards and forwards as far as it goes.
                i0, j0 = i, j
                while i0 > alo and j0 > blo and a[i0 - 1] == b[j0 - 1]:
                    i0 -= 1
                    j0 -= 1
                i1, j1 = i + k, j + k
                while i1 < ahi and j1 < bhi and a[i1] == b[j1]:
                    i1 += 1
                    j1 += 1
                if best is None or i1 - i0 > best[2]:
                    best = (i0, j0, i1 - i0)
                    # Seeds inside this run would only find part of it again.
                    j_next = max(j_next, j1)
                n += 1
                while n < len(occurrences) and occurrences[n] < i1:
                    n += 1
        j = j_next
    return best, True


def _find_anchor(
    a: Sequence[int], b: Sequence[int], alo: int, ahi: int, blo: int, bhi: int
) -> tuple[int, int, int] | list[tuple[int, int, int]] | None:
    """An anchor run for the region, or all matching runs of a small region."""
    anchor, shared = _histogram_anchor(a, b, alo, ahi, blo, bhi)
    if anchor is not None or not shared:
        return anchor
    if (ahi - alo) * (bhi - blo) <= FALLBACK_LIMIT:
        # Only very common tokens in common, and the region is small enough
        # for SequenceMatcher to find the best alignment cheaply.
        matcher = SequenceMatcher(None, a[alo:ahi], b[blo:bhi], autojunk=False)
        return [(alo + i, blo + j, n) for i, j, n in matcher.get_matching_blocks() if n]
    # A long region made only of common words ("the cat and the dog and ..."):
    # seed on runs of 2, 4, 8 ... tokens, which soon become rare.
    k = 2
    while k <= min(ahi - alo, bhi - blo, MAX_SEED):
        anchor, shared = _histogram_anchor(a, b, alo, ahi, blo, bhi, k)
        if anchor is not None or not shared:
            return anchor
        k *= 2
    return None


def _matching_blocks(a: Sequence[int], b: Sequence[int]) -> list[tuple[int, int, int]]:
    """Runs ``(i, j, n)`` with ``a[i:i+n] == b[j:j+n]``, in order, not touching."""
    found: list[tuple[int, int, int]] = []
    regions = [(0, len(a), 0, len(b))]
    while regions:
        alo, ahi, blo, bhi = regions.pop()
        start = alo
        while alo < ahi and blo < bhi and a[alo] == b[blo]:
            alo += 1
            blo += 1
        if alo > start:
            found.append((start, blo - (alo - start), alo - start))
        end = ahi
        while alo < ahi and blo < bhi and a[ahi - 1] == b[bhi - 1]:
            ahi -= 1
            bhi -= 1
        if ahi < end:
            found.append((ahi, bhi, end - ahi))
        if alo == ahi or blo == bhi:
            continue
        anchor = _find_anchor(a, b, alo, ahi, blo, bhi)
        if anchor is None:
            continue  # nothing usable in common: the region is one replacement
        if isinstance(anchor, list):
            found.extend(anchor)
            continue
        i, j, n = anchor
        found.append((i, j, n))
        regions.append((alo, i, blo, j))
        regions.append((i + n, ahi, j + n, bhi))
    found.sort()
    merged: list[tuple[int, int, int]] = []
    for i, j, n in found:
        if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
            pi, pj, pn = merged[-1]
            merged[-1] = (pi, pj, pn + n)
        else:
            merged.append((i, j, n))
    return merged


def _opcodes(a: Sequence[int], b: Sequence[int]) -> list[tuple[Tag, int, int, int, int]]:
    ops: list[tuple[Tag, int, int, int, int]] = []
    i = j = 0
    for mi, mj, n in [*_matching_blocks(a, b), (len(a), len(b), 0)]:
        if i < mi and j < mj:
            ops.append(("replace", i, mi, j, mj))
        elif i < mi:
            ops.append(("delete", i, mi, j, mj))
        elif j < mj:
            ops.append(("insert", i, mi, j, mj))
        if n:
            ops.append(("equal", mi, mi + n, mj, mj + n))
        i, j = mi + n, mj + n
    return ops


def _boundary_score(tokens: Sequence[str], at: int) -> int:
    """How natural a place the gap before ``tokens[at]`` is for a change to start or end."""
    if at <= 0 or at >= len(tokens):
        return 6
    before, after = tokens[at - 1], tokens[at]
    if before in ("\n", "\r", "\r\n") or after in ("\n", "\r", "\r\n"):
        return 4
    if before in (".", "!", "?", "…") and after.isspace():
        return 3
    if before.isspace() or after.isspace():
        return 2
    if not is_word(before) or not is_word(after):
        return 1
    return 0


@dataclass(slots=True)
class _Op:
    tag: Tag
    i1: int
    i2: int
    j1: int
    j2: int


def _slide(
    opcodes: list[tuple[Tag, int, int, int, int]],
    a: Sequence[int],
    b: Sequence[int],
    old_tokens: Sequence[str],
    new_tokens: Sequence[str],
) -> list[tuple[Tag, int, int, int, int]]:
    """Slide pure insertions and deletions to the most natural place.

    "anything.|\n\nNew sentence." can be aligned as an insertion of
    ".\n\nNew sentence" or of "\n\nNew sentence."; both are correct, the
    second reads better. Like diff-match-patch's lossless clean-up, each
    insertion or deletion is moved along the equal text around it to where
    its two ends fall on the best boundaries (paragraph, line, sentence,
    space).
    """
    ops = [_Op(*op) for op in opcodes]
    for k, op in enumerate(ops):
        if op.tag not in ("insert", "delete"):
            continue
        before = ops[k - 1] if k > 0 and ops[k - 1].tag == "equal" else None
        after = ops[k + 1] if k + 1 < len(ops) and ops[k + 1].tag == "equal" else None
        side, tokens, lo, hi = (
            (b, new_tokens, op.j1, op.j2) if op.tag == "insert" else (a, old_tokens, op.i1, op.i2)
        )
        # Sliding left hands the change's last tokens to the equal run after
        # it, and sliding right hands its first ones to the run before: each
        # needs both runs to exist.
        room_left = min(before.j2 - before.j1, MAX_SEED) if before and after else 0
        room_right = min(after.j2 - after.j1, MAX_SEED) if before and after else 0
        best, best_score = 0, _boundary_score(tokens, lo) + _boundary_score(tokens, hi)
        shift = 0
        while -shift < room_left and side[lo + shift - 1] == side[hi + shift - 1]:
            shift -= 1
            score = _boundary_score(tokens, lo + shift) + _boundary_score(tokens, hi + shift)
            if score > best_score:
                best, best_score = shift, score
        shift = 0
        while shift < room_right and side[lo + shift] == side[hi + shift]:
            shift += 1
            score = _boundary_score(tokens, lo + shift) + _boundary_score(tokens, hi + shift)
            if score > best_score:
                best, best_score = shift, score
        if best:
            op.i1, op.i2, op.j1, op.j2 = op.i1 + best, op.i2 + best, op.j1 + best, op.j2 + best
            if before is not None:
                before.i2, before.j2 = before.i2 + best, before.j2 + best
            if after is not None:
                after.i1, after.j1 = after.i1 + best, after.j1 + best
    # Drop equal runs slid away to nothing and join what they separated.
    merged: list[_Op] = []
    for op in ops:
        if op.tag == "equal" and op.i1 == op.i2:
            continue
        last = merged[-1] if merged else None
        if last is not None and (last.tag == "equal") == (op.tag == "equal"):
            last.i2, last.j2 = op.i2, op.j2
            if last.tag != "equal":
                last.tag = _change_tag(last.i2 - last.i1, last.j2 - last.j1)
        else:
            merged.append(op)
    return [(op.tag, op.i1, op.i2, op.j1, op.j2) for op in merged]


def _change_tag(old_size: int, new_size: int) -> Tag:
    if old_size and new_size:
        return "replace"
    return "delete" if old_size else "insert"


# -- the result -------------------------------------------------------------


def _is_inline_space(text: str) -> bool:
    return text.isspace() and "\n" not in text


def _segments(blocks: Iterable[Block], side: Literal["old", "new"]) -> tuple[Segment, ...]:
    """One side's segments, with spaces between two changes folded into them."""
    changed: Kind = "removed" if side == "old" else "added"
    out: list[Segment] = []
    for block in blocks:
        text = block.old if side == "old" else block.new
        if not text:
            continue
        kind: Kind = "same" if block.tag == "equal" else changed
        if (
            kind == changed
            and len(out) >= 2
            and out[-2].kind == changed
            and _is_inline_space(out[-1].text)
        ):
            gap = out.pop()
            text = out.pop().text + gap.text + text
        if out and out[-1].kind == kind:
            out[-1] = Segment(out[-1].text + text, kind)
        else:
            out.append(Segment(text, kind))
    return tuple(out)


def _absorbs(change: Block, gap: Block) -> bool:
    return change.tag == "replace" and len(gap.old) <= max(len(change.old), len(change.new))


def _merge_chance_matches(blocks: Iterable[Block]) -> list[Block]:
    """Fold short shared bits between two replacements into one replacement.

    Two unrelated sentences still share words like "a" and "the"; showing
    those as unchanged chops a rewrite into confetti. A shared bit without a
    line break that is no longer than the replacements on either side of it
    is shown as part of one bigger replacement (the rule of
    diff-match-patch's semantic clean-up).
    """
    out: list[Block] = []
    for block in blocks:
        out.append(block)
        while (
            len(out) >= 3
            and out[-2].tag == "equal"
            and "\n" not in out[-2].old
            and _absorbs(out[-3], out[-2])
            and _absorbs(out[-1], out[-2])
        ):
            after, gap, before = out.pop(), out.pop(), out.pop()
            out.append(
                Block("replace", before.old + gap.old + after.old, before.new + gap.new + after.new)
            )
    return out


def _count_words(text: str) -> int:
    return sum(1 for token in tokenize(text) if is_word(token))


def diff_words(old: str, new: str) -> WordDiff:
    """Compare two texts word by word."""
    old_tokens = tokenize(old)
    new_tokens = tokenize(new)
    ids: dict[str, int] = {}
    a = [ids.setdefault(t, len(ids)) for t in old_tokens]
    b = [ids.setdefault(t, len(ids)) for t in new_tokens]
    blocks = tuple(
        _merge_chance_matches(
            Block(tag, "".join(old_tokens[i1:i2]), "".join(new_tokens[j1:j2]))
            for tag, i1, i2, j1, j2 in _slide(_opcodes(a, b), a, b, old_tokens, new_tokens)
        )
    )
    changed = [block for block in blocks if block.tag != "equal"]
    return WordDiff(
        old=_segments(blocks, "old"),
        new=_segments(blocks, "new"),
        words_added=sum(_count_words(block.new) for block in changed),
        words_removed=sum(_count_words(block.old) for block in changed),
        blocks=blocks,
    )
