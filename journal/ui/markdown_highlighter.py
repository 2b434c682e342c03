"""Live formatting of the Markdown a student types.

The text itself never changes: the highlighter only paints it (headings
larger and bold, **bold**, *italic*, lists, checklists, links, quotes,
`code`), so what is stored is exactly what the student wrote. Markers such
as ``**`` and ``#`` stay visible but muted, so the student can see and edit
them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

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

    # -- painting ------------------------------------------------------

    def _merge(self, start: int, length: int, extra: QTextCharFormat) -> None:
        """Add ``extra`` on top of whatever is already painted there."""
        end = start + length
        pos = start
        while pos < end:
            current = self.format(pos)
            run = pos + 1
            while run < end and self.format(run) == current:
                run += 1
            merged = QTextCharFormat(current)
            merged.merge(extra)
            self.setFormat(pos, run - pos, merged)
            pos = run

    def highlightBlock(self, text: str) -> None:
        previous = self.previousBlockState()
        fence = _FENCE.match(text)
        if previous == IN_FENCE:
            self.setFormat(0, len(text), self.f_fence)
            self.setCurrentBlockState(NORMAL if fence else IN_FENCE)
            return
        if fence:
            self.setFormat(0, len(text), self.f_fence)
            self.setCurrentBlockState(IN_FENCE)
            return
        self.setCurrentBlockState(NORMAL)

        if _RULE.match(text):
            self.setFormat(0, len(text), self.f_marker)
            return

        heading = _HEADING.match(text)
        if heading:
            level = len(heading.group(1))
            self.setFormat(0, len(text), self.f_headings[level])
            self._merge(heading.start(1), len(heading.group(1)), self.f_marker)
            self._inline(text, heading.end())
            return

        offset = 0
        quote = _QUOTE.match(text)
        if quote:
            self.setFormat(0, len(text), self.f_quote)
            self._merge(0, quote.end(), self.f_marker)
            offset = quote.end()

        # Lists can sit inside quotes ("> - [ ] ask Ms Lee").
        item = _LIST.match(text[offset:])
        if item:
            shift = offset
            self._merge(shift + item.start(2), len(item.group(2)), self.f_list)
            check = item.group(4)
            if check:
                self._merge(shift + item.start(4), len(check), self.f_list)
                if check[1] in "xX":
                    rest = shift + item.end()
                    self._merge(rest, len(text) - rest, self.f_done)
            offset = shift + item.end()
        self._inline(text, offset)

    def _inline(self, text: str, start: int) -> None:
        if start >= len(text):
            return
        code = [m.span() for m in _CODE_SPAN.finditer(text, start)]
        for a, b in code:
            self._merge(a, b - a, self.f_code)

        def free(a: int, b: int) -> bool:
            return all(b <= c0 or a >= c1 for c0, c1 in code)

        taken: list[tuple[int, int]] = list(code)
        for m in _LINK.finditer(text, start):
            if not free(*m.span()):
                continue
            self._merge(m.start(1), len(m.group(1)), self.f_marker)
            self._merge(m.start(2), len(m.group(2)), self.f_link)
            self._merge(m.start(3), m.end(5) - m.start(3), self.f_marker)
            taken.append((m.start(3), m.end(5)))
        for m in _AUTOLINK.finditer(text, start):
            if all(m.end() <= a or m.start() >= b for a, b in taken):
                self._merge(m.start(), m.end() - m.start(), self.f_link)
                taken.append(m.span())

        def spans(pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
            for m in pattern.finditer(text, start):
                if all(m.end() <= a or m.start() >= b for a, b in taken):
                    yield m

        for m in spans(_BOLD):
            marker = len(m.group(1))
            self._merge(m.start() + marker, m.end() - m.start() - 2 * marker, self.f_bold)
            self._merge(m.start(), marker, self.f_marker)
            self._merge(m.end() - marker, marker, self.f_marker)
        for pattern in (_ITALIC_STAR, _ITALIC_UNDERSCORE):
            for m in spans(pattern):
                self._merge(m.start() + 1, m.end() - m.start() - 2, self.f_italic)
                self._merge(m.start(), 1, self.f_marker)
                self._merge(m.end() - 1, 1, self.f_marker)
        for m in spans(_STRIKE):
            self._merge(m.start() + 2, m.end() - m.start() - 4, self.f_strike)
            self._merge(m.start(), 2, self.f_marker)
            self._merge(m.end() - 2, 2, self.f_marker)
