"""Live formatting of the Markdown a student types.

The text itself never changes: the highlighter only paints it (headings
larger and bold, **bold**, *italic*, lists, checklists, links, quotes,
`code`), so what is stored is exactly what the student wrote. Markers such
as ``**`` and ``#`` stay visible but muted, so the student can see and edit
them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import groupby

from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from journal.core.utf16 import utf16_len

HEADING_SCALE = {1: 1.6, 2: 1.35, 3: 1.15, 4: 1.05, 5: 1.0, 6: 1.0}

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?=\s|$)")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
_LIST = re.compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)(?:(\[[ xX]\])(?=[ \t]|$))?")
_CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_LINK = re.compile(r"(!?\[)([^\]\n]*)(\]\()([^)\s]*(?:\s+\"[^\"\n]*\")?)(\))")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]+>|\bhttps?://[^\s<>()]+[^\s<>().,;:!?'\"]")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC_STAR = re.compile(r"(?<![*\\])\*(?![\s*])(.+?)(?<![\s*\\])\*(?!\*)")
_ITALIC_UNDERSCORE = re.compile(r"(?<![_\w])_(?![\s_])(.+?)(?<![\s_])_(?![_\w])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")

NORMAL, IN_FENCE = 0, 1
# Style bits, one per kind of formatting a character can carry.
MARKER, BOLD, ITALIC, STRIKE, CODE, LINK, LIST, QUOTE, DONE = (1 << i for i in range(9))


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


class MarkdownHighlighter(QSyntaxHighlighter):
    """Paints Markdown in a QPlainTextEdit's document without changing the text."""

    def __init__(
        self,
        document: QTextDocument,
        *,
        base_point_size: float = 12.0,
        palette: QPalette | None = None,
    ) -> None:
        super().__init__(document)
        self._base = float(base_point_size)
        self._palette = QPalette(palette) if palette is not None else QPalette()
        self._build_formats()

    # -- configuration -------------------------------------------------

    def set_base_point_size(self, size: float) -> None:
        if float(size) != self._base:
            self._base = float(size)
            self._build_formats()
            self.rehighlight()

    def set_palette(self, palette: QPalette) -> None:
        self._palette = QPalette(palette)
        self._build_formats()
        self.rehighlight()

    def heading_point_size(self, level: int) -> float:
        return round(self._base * HEADING_SCALE[level], 1)

    def _build_formats(self) -> None:
        pal = self._palette
        text = pal.color(QPalette.ColorRole.Text)
        base = pal.color(QPalette.ColorRole.Base)
        muted = _mix(text, base, 0.5)
        link = pal.color(QPalette.ColorRole.Link)
        accent = _mix(link, text, 0.2)

        def fmt(
            *,
            colour: QColor | None = None,
            bold: bool = False,
            italic: bool = False,
        ) -> QTextCharFormat:
            f = QTextCharFormat()
            if colour is not None:
                f.setForeground(colour)
            if bold:
                f.setFontWeight(QFont.Weight.Bold)
            if italic:
                f.setFontItalic(True)
            return f

        self.f_marker = fmt(colour=muted)
        self.f_bold = fmt(bold=True)
        self.f_italic = fmt(italic=True)
        self.f_strike = QTextCharFormat()
        self.f_strike.setFontStrikeOut(True)
        self.f_code = QTextCharFormat()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.f_code.setFontFamilies([mono.family()])
        self.f_code.setFontPointSize(max(self._base * 0.95, 6.0))
        self.f_code.setBackground(_mix(base, text, 0.08))
        self.f_fence = QTextCharFormat(self.f_code)
        self.f_fence.setForeground(_mix(text, base, 0.15))
        self.f_link = fmt(colour=link)
        self.f_link.setFontUnderline(True)
        self.f_list = fmt(colour=accent, bold=True)
        self.f_quote = fmt(colour=_mix(text, base, 0.3), italic=True)
        self.f_done = fmt(colour=muted)
        self.f_done.setFontStrikeOut(True)
        self.f_headings: dict[int, QTextCharFormat] = {}
        for level in HEADING_SCALE:
            f = fmt(bold=True)
            f.setFontPointSize(self.heading_point_size(level))
            self.f_headings[level] = f
        # Later layers win where they disagree: markers are always muted.
        self._layers = [
            (QUOTE, self.f_quote),
            (LIST, self.f_list),
            (DONE, self.f_done),
            (BOLD, self.f_bold),
            (ITALIC, self.f_italic),
            (STRIKE, self.f_strike),
            (CODE, self.f_code),
            (LINK, self.f_link),
            (MARKER, self.f_marker),
        ]
        self._cache: dict[tuple[int, int], QTextCharFormat] = {}

    # -- painting ------------------------------------------------------
    # Each character gets a set of style bits; runs of equal bits are painted
    # with one cached format, so a block costs a handful of setFormat calls.

    def _format_for(self, bits: int, heading: int) -> QTextCharFormat:
        key = (bits, heading)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        f = QTextCharFormat(self.f_headings[heading]) if heading else QTextCharFormat()
        for bit, extra in self._layers:
            if bits & bit:
                f.merge(extra)
        self._cache[key] = f
        return f

    def _paint(self, text: str, flags: list[int], heading: int) -> None:
        # ``flags`` has one entry per Python character; Qt counts UTF-16 units,
        # so a character outside the BMP (an emoji) is two positions wide there.
        start = 0
        index = 0
        for bits, run in groupby(flags):
            count = sum(1 for _ in run)
            length = utf16_len(text[index : index + count])
            if bits or heading:
                self.setFormat(start, length, self._format_for(bits, heading))
            start += length
            index += count

    def highlightBlock(self, text: str) -> None:
        previous = self.previousBlockState()
        fence = _FENCE.match(text)
        if previous == IN_FENCE or fence:
            if text:
                self.setFormat(0, utf16_len(text), self.f_fence)
            ends_here = previous == IN_FENCE and fence
            self.setCurrentBlockState(NORMAL if ends_here else IN_FENCE)
            return
        self.setCurrentBlockState(NORMAL)
        if not text:
            return

        flags = [0] * len(text)

        def mark(a: int, b: int, bit: int) -> None:
            flags[a:b] = [x | bit for x in flags[a:b]]

        if _RULE.match(text):
            mark(0, len(text), MARKER)
            self._paint(text, flags, 0)
            return

        heading = _HEADING.match(text)
        if heading:
            mark(heading.start(1), heading.end(1), MARKER)
            self._inline(text, heading.end(), mark)
            self._paint(text, flags, len(heading.group(1)))
            return

        offset = 0
        quote = _QUOTE.match(text)
        if quote:
            mark(0, len(text), QUOTE)
            mark(0, quote.end(), MARKER)
            offset = quote.end()

        # Lists can sit inside quotes ("> - [ ] ask Ms Lee").
        item = _LIST.match(text[offset:])
        if item:
            mark(offset + item.start(2), offset + item.end(2), LIST)
            if item.group(4):
                mark(offset + item.start(4), offset + item.end(4), LIST)
                if item.group(4)[1] in "xX":
                    mark(offset + item.end(), len(text), DONE)
            offset += item.end()
        self._inline(text, offset, mark)
        self._paint(text, flags, 0)

    def _inline(self, text: str, start: int, mark: Callable[[int, int, int], None]) -> None:
        if start >= len(text):
            return
        # Nothing inside `code` is formatted; link addresses aren't either.
        taken = bytearray(len(text))

        def take(a: int, b: int) -> None:
            taken[a:b] = b"\x01" * (b - a)

        def free(m: re.Match[str]) -> bool:
            return 1 not in taken[m.start() : m.end()]

        for m in _CODE_SPAN.finditer(text, start):
            mark(m.start(), m.end(), CODE)
            take(m.start(), m.end())
        for m in _LINK.finditer(text, start):
            if not free(m):
                continue
            mark(m.start(1), m.end(1), MARKER)
            mark(m.start(2), m.end(2), LINK)
            mark(m.start(3), m.end(5), MARKER)
            take(m.start(3), m.end(5))
        for m in _AUTOLINK.finditer(text, start):
            if free(m):
                mark(m.start(), m.end(), LINK)
                take(m.start(), m.end())

        def spans(pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
            return (m for m in pattern.finditer(text, start) if free(m))

        for m in spans(_BOLD):
            width = len(m.group(1))
            mark(m.start() + width, m.end() - width, BOLD)
            mark(m.start(), m.start() + width, MARKER)
            mark(m.end() - width, m.end(), MARKER)
        for pattern in (_ITALIC_STAR, _ITALIC_UNDERSCORE):
            for m in spans(pattern):
                mark(m.start() + 1, m.end() - 1, ITALIC)
                mark(m.start(), m.start() + 1, MARKER)
                mark(m.end() - 1, m.end(), MARKER)
        for m in spans(_STRIKE):
            mark(m.start() + 2, m.end() - 2, STRIKE)
            mark(m.start(), m.start() + 2, MARKER)
            mark(m.end() - 2, m.end(), MARKER)
