"""Python string indices and Qt text positions are different units.

Python counts code points; Qt (QString, QTextCursor, QSyntaxHighlighter.setFormat,
QTextBlock.position) counts UTF-16 code units, in which every character outside
the Basic Multilingual Plane (emoji, many CJK extensions, maths letters) takes
two. Wherever a Python index meets a Qt position it goes through these helpers.
"""

from __future__ import annotations

from bisect import bisect_right

_BMP_MAX = 0xFFFF


def units(char: str) -> int:
    """UTF-16 code units of one character (1 or 2)."""
    return 2 if ord(char) > _BMP_MAX else 1


def utf16_len(text: str) -> int:
    """Length of ``text`` in Qt positions (a lone surrogate is one, as in Qt)."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def to_utf16(text: str, index: int) -> int:
    """The Qt position of Python index ``index`` in ``text``."""
    index = max(0, min(index, len(text)))
    return utf16_len(text[:index])


def from_utf16(text: str, position: int) -> int:
    """The Python index at Qt position ``position`` (inside a pair: the next character)."""
    if position <= 0:
        return 0
    wide = [i for i, c in enumerate(text) if ord(c) > _BMP_MAX]
    if not wide:
        return min(position, len(text))
    # Qt position of character i is i + (number of wide characters before i).
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi) // 2
        if mid + bisect_right(wide, mid - 1) < position:
            lo = mid + 1
        else:
            hi = mid
    return lo
