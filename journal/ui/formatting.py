"""Dates, times, numbers and sizes as every widget writes them, through QLocale.

One look everywhere: a day is "1 Dec 2026" (or "Dec 1, 2026" where the
user's language puts the month first), a month always carries its year
("Dec 2026", never "Dec 26", which reads as a day), a time follows the
locale's short format, and sizes use one unit system everywhere, decimal SI
units (1 kB = 1,000 bytes, 1 MB = 1,000,000 bytes, as macOS and most file
managers count them): 585,301 bytes is "585.3 kB", never "571.6 kB". Counts are not formatted here:
they go through ``tr("%n thing(s)", "", n)`` where they are shown.

The exported portfolio (no Qt) writes the same look through
:mod:`journal.portfolio.formatting`.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def month_first(locale: QLocale | None = None) -> bool:
    """Whether the language writes the month before the day ("Dec 1" in US English)."""
    pattern = _locale(locale).dateFormat(QLocale.FormatType.ShortFormat)
    return pattern.find("M") < pattern.find("d")


def day_pattern(locale: QLocale | None = None, *, year: bool = True) -> str:
    """The QDate pattern of a day: "d MMM yyyy" or "MMM d, yyyy" (also for QDateEdit)."""
    if month_first(locale):
        return "MMM d, yyyy" if year else "MMM d"
    return "d MMM yyyy" if year else "d MMM"


def format_day(day: date | datetime, locale: QLocale | None = None, *, year: bool = True) -> str:
    """A day: "1 Dec 2026". A datetime is shown as its local day.

    ``year=False`` leaves the year out, for narrow columns of this year's dates.
    """
    if isinstance(day, datetime):
        day = day.astimezone().date() if day.tzinfo is not None else day.date()
    locale = _locale(locale)
    return locale.toString(qdate(day), day_pattern(locale, year=year))


def format_month(day: date, locale: QLocale | None = None) -> str:
    """A month with its year: "Dec 2026"."""
    return _locale(locale).toString(QDate(day.year, day.month, 1), "MMM yyyy")


def format_long_month(day: date, locale: QLocale | None = None) -> str:
    """A month spelled out with its year: "December 2026"."""
    locale = _locale(locale)
    name = locale.standaloneMonthName(day.month, QLocale.FormatType.LongFormat)
    return f"{name} {locale.toString(QDate(day.year, day.month, 1), 'yyyy')}"


def format_time(when: datetime | time, locale: QLocale | None = None) -> str:
    """A time of day in the locale's short format ("14:05"); an aware datetime in local time."""
    if isinstance(when, datetime):
        when = (when.astimezone() if when.tzinfo is not None else when).time()
    locale = _locale(locale)
    return locale.toString(
        QTime(when.hour, when.minute), locale.timeFormat(QLocale.FormatType.ShortFormat)
    )


def format_when(when: datetime, locale: QLocale | None = None) -> str:
    """A moment: "1 Dec 2026, 14:05", in local time."""
    return (
        QCoreApplication.translate("Formatting", "%1, %2", "date, time")
        .replace("%1", format_day(when, locale))
        .replace("%2", format_time(when, locale))
    )


def format_number(value: int | float, locale: QLocale | None = None) -> str:
    return _locale(locale).toString(value)


def format_size(size: int, locale: QLocale | None = None) -> str:
    """A file size: "812 bytes", "585.3 kB", "2.4 MB" (decimal SI units, powers of 1000)."""
    if size < 1000:
        return QCoreApplication.translate("Formatting", "%n byte(s)", "", max(0, size))
    return _locale(locale).formattedDataSize(
        max(0, size), 1, QLocale.DataSizeFormat.DataSizeSIFormat
    )


def format_long_day(day: date, locale: QLocale | None = None) -> str:
    """A day as a heading, with its weekday: "Tuesday, 1 December 2026"."""
    return _locale(locale).toString(qdate(day), QLocale.FormatType.LongFormat)
