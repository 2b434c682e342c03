"""Text that is safe to print to a terminal.

Names, titles and comments come from files other people wrote. Printed raw,
a control character in them is obeyed by the terminal: ESC sequences can
retitle or clear it, move the cursor, or hide the rest of a message. Every
print of user text on the command line goes through :func:`safe_text`.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, and the C1 controls (0x80-0x9F,
# e.g. U+009B, a one-character CSI); also the bidirectional overrides and
# isolates, which reorder what is shown, and lone surrogates (from bytes
# that were not UTF-8), which a UTF-8 terminal can't print.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED = {"\r": "\\r", "\x1b": "\\e", "\x00": "\\0", "\x07": "\\a", "\x08": "\\b"}


def _escape(match: re.Match[str]) -> str:
    ch = match.group(0)
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def safe_text(text: object, *, single_line: bool = False) -> str:
    """``text`` with every terminal control shown as a visible escape (``\\e``, ``\\x9b``).

    Newline and tab are kept (``single_line`` shows newlines as ``\\n`` too);
    everything else printable is unchanged.
    """
    result = _UNSAFE.sub(_escape, str(text))
    if single_line:
        result = result.replace("\n", "\\n")
    return result


def is_terminal_safe(text: str) -> bool:
    return _UNSAFE.search(text) is None


def json_safe(document: str) -> str:
    """A JSON text with the same meaning and nothing a terminal would obey.

    ``json.dumps(ensure_ascii=False)`` already escapes C0 controls; this
    escapes what it leaves raw (C1 controls, bidi overrides, lone surrogates)
    as ``\\uXXXX``. Those only occur inside strings, where the escape is valid.
    """
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", document)
