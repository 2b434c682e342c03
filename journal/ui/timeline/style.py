"""Colours, sizes and locale-aware labels shared by the timeline's views.

Calm, readable colours on a light ground: one muted hue per attribute, a
neutral grey for "other", and shapes (not only colour) for checkpoint states.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor

from journal.core import attributes as core_attributes
from journal.core.timeline import Tick, TickUnit
from journal.ui import attributes
from journal.ui.formatting import day_pattern, format_day, format_long_month

ATTRIBUTE_COLOURS = {
    key: QColor(core_attributes.BY_KEY[key].colour) for key in core_attributes.KEYS
}
OTHER_COLOUR = QColor("#8a94a3")
# For tag and goal lanes: muted, distinguishable hues in a fixed order.
CYCLE = [
    QColor(c)
    for c in (
        *(a.colour for a in core_attributes.ATTRIBUTES),
        "#c2577a",
        "#5e8c31",
        "#b08a2e",
        "#4f9bb8",
        "#8c6d57",
        "#6b78c7",
    )
]

INK = QColor("#2b3038")
INK_SOFT = QColor("#5d6877")
INK_FAINT = QColor("#8b95a3")
PAPER = QColor("#ffffff")
BAND = QColor("#f5f7fa")
GRID = QColor("#e6e9ee")
GRID_STRONG = QColor("#c9cfd8")
TODAY = QColor("#c4553f")
GOAL = QColor("#5b7083")
DONE = QColor("#2a8a5c")
DUE = QColor("#5b7083")
MISSED = QColor("#c0812a")
REFLECTION = QColor("#8a68bd")
FEEDBACK = QColor("#2f7fa6")
SELECTION = QColor("#1f2a36")
FOCUS = QColor("#2f6fdb")


def tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def attribute_label(key: str) -> str:
    return attributes.attribute_name(key)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def tick_label(tick: Tick, locale: QLocale | None = None) -> str:
    """A short axis label for a tick, in the user's language and date order."""
    locale = locale or QLocale()
    day = qdate(tick.day)
    if tick.unit is TickUnit.DAY:
        return locale.toString(day, "ddd d")
    if tick.unit is TickUnit.WEEK:
        return locale.toString(day, day_pattern(locale, year=False))
    if tick.unit is TickUnit.MONTH:
        return locale.standaloneMonthName(tick.day.month, QLocale.FormatType.ShortFormat)
    if tick.unit is TickUnit.TERM:
        return tr("Term {number}").format(number=tick.index)
    return locale.toString(day, "yyyy")


def context_label(tick: Tick, locale: QLocale | None = None) -> str:
    """The coarser label above the ticks: month and year, or the year."""
    locale = locale or QLocale()
    if tick.unit is TickUnit.MONTH:
        return format_long_month(tick.day, locale)
    return locale.toString(qdate(tick.day), "yyyy")


def long_date(day: date, locale: QLocale | None = None) -> str:
    return format_day(day, locale)


def short_date(day: date, locale: QLocale | None = None) -> str:
    return format_day(day, locale)
