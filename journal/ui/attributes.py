"""The four attributes as every widget shows them: translated names and colours.

A thin layer over :mod:`journal.core.attributes` (the one table): texts go
through ``QCoreApplication.translate`` in the single ``"Attributes"`` context,
colours become QColors, in the dark variant on a dark palette.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QCheckBox, QWidget

from journal.core import attributes as core
from journal.core.attributes import KEYS

__all__ = [
    "KEYS",
    "AttributeCheckBox",
    "attribute_colour",
    "attribute_description",
    "attribute_hint",
    "attribute_icon",
    "attribute_name",
    "attribute_short_name",
    "is_dark",
]


def _tr(text: str) -> str:
    return QCoreApplication.translate(core.CONTEXT, text)


def attribute_name(key: str | None) -> str:
    """The translated name ("Social construction"); an unknown key is shown as it is."""
    found = core.info(key or "")
    return _tr(found.name) if found else (key or "")


def attribute_short_name(key: str | None) -> str:
    found = core.info(key or "")
    return _tr(found.short_name) if found else (key or "")


def attribute_description(key: str | None) -> str:
    found = core.info(key or "")
    return _tr(found.description) if found else ""


def attribute_hint(key: str | None) -> str:
    found = core.info(key or "")
    return _tr(found.hint) if found else ""


def is_dark(palette: QPalette | None) -> bool:
    return palette is not None and palette.color(QPalette.ColorRole.Window).lightness() < 128


def attribute_colour(key: str | None, palette: QPalette | None = None) -> QColor | None:
    """The attribute's colour: the light-ground one, or the dark one on a dark ``palette``.

    Without a palette (a light canvas such as the timeline, or a badge with
    white text on it) the light-ground colour. None for an unknown key.
    """
    found = core.colour(key or "", dark=is_dark(palette))
    return QColor(found) if found else None


def attribute_icon(key: str | None, palette: QPalette | None = None, size: int = 12) -> QIcon:
    """A round dot in the attribute's colour, as the entry list draws it."""
    colour = attribute_colour(key, palette)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    if colour is not None:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.end()
    return QIcon(pixmap)


class AttributeCheckBox(QCheckBox):
    """A toggle for one attribute: its name beside its coloured dot (following light/dark)."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(attribute_name(key), parent)
        self.key = key
        self._apply_icon()

    def _apply_icon(self) -> None:
        self.setIcon(attribute_icon(self.key, self.palette()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_icon()
