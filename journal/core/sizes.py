"""File sizes in words, in the one unit system the whole app uses: decimal SI units.

1 kB = 1,000 bytes, 1 MB = 1,000,000 bytes (as macOS, most file managers and
Qt's ``QLocale.DataSizeSIFormat`` count them), so 585,301 bytes is "585.3 kB".
The window writes the same through QLocale (:mod:`journal.ui.formatting`);
messages from the store and the portfolio (English, no Qt) use this.
"""

from __future__ import annotations

_UNITS = ("kB", "MB", "GB", "TB")


def format_size(size: int) -> str:
    """A file size: "812 bytes", "585.3 kB", "2.4 MB"."""
    size = max(0, int(size))
    if size < 1000:
        return f"{size} byte" if size == 1 else f"{size} bytes"
    value = float(size)
    for unit in _UNITS:
        value /= 1000
        if value < 1000 or unit == _UNITS[-1]:
            return f"{value:.1f} {unit}"
    raise AssertionError("unreachable")
