"""Words and colours shared by the goal, prompt and profile screens.

Every label a student reads is translated here, once, in the "Reflection"
context, so the same thing is always called the same name.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from journal.core import attributes as core_attributes
from journal.ui import attributes
from journal.ui.formatting import format_day, format_month


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Reflection", text, disambiguation, n)


ATTRIBUTE_COLOURS: dict[str, QColor] = {
    key: QColor(core_attributes.BY_KEY[key].colour) for key in core_attributes.KEYS
}
WENT_WELL_COLOUR = QColor("#2a8a5c")
WENT_BADLY_COLOUR = QColor("#c0812a")
DONE_COLOUR = QColor("#2a8a5c")
DUE_COLOUR = QColor("#2f6fdb")
MISSED_COLOUR = QColor("#c0812a")
UPCOMING_COLOUR = QColor("#8b95a3")
CARD_STYLE = (
    "QFrame#{name} {{ background: palette(base); border: 1px solid palette(mid);"
    " border-radius: 8px; }}"
)


def plural(text: str, n: int) -> str:
    """English plurals when no translation is loaded: "%n month(s)" → "1 month" / "3 months".

    A loaded translation has no "(s)" left, so this changes nothing then.
    """
    return text.replace("(s)", "" if n == 1 else "s")


def attribute_label(key: str | None) -> str:
    return attributes.attribute_name(key)


def attribute_hint(key: str) -> str:
    return attributes.attribute_hint(key)


def status_label(status: str) -> str:
    return {
        "active": tr("Working on it"),
        "achieved": tr("Achieved"),
        "paused": tr("Paused"),
        "dropped": tr("Dropped"),
    }.get(status, status)


def proposer_label(who: str) -> str:
    return {"me": tr("me"), "teacher": tr("my teacher"), "peer": tr("a classmate")}.get(who, who)


def audience_label(audience: str) -> str:
    return {
        "private": tr("Just me"),
        "class": tr("My class"),
        "public": tr("Anyone"),
    }.get(audience, audience)


def level_label(level: int) -> str:
    """The four-level progress scale, in a student's words."""
    return {
        1: tr("Just starting"),
        2: tr("Getting there"),
        3: tr("Got it"),
        4: tr("I could teach it"),
    }.get(level, str(level))


def level_hint(level: int) -> str:
    return {
        1: tr("I've begun, but I can't do this yet."),
        2: tr("I can do some of it, or with help."),
        3: tr("I can do this on my own."),
        4: tr("I can do it well and explain it to someone else."),
    }.get(level, "")


def checkpoint_state_label(state: str) -> str:
    return {
        "done": tr("Done"),
        "due": tr("Due soon"),
        "missed": tr("Missed"),
        "upcoming": tr("Coming up"),
    }.get(state, state)


def checkpoint_state_colour(state: str) -> QColor:
    return {
        "done": DONE_COLOUR,
        "due": DUE_COLOUR,
        "missed": MISSED_COLOUR,
    }.get(state, UPCOMING_COLOUR)


def moment_label(moment: str) -> str:
    return {
        "daily": tr("Any day"),
        "after_revision": tr("After a revision"),
        "checkpoint": tr("At a checkpoint"),
        "goal_end": tr("At the end of a goal"),
        "exhibition": tr("Choosing work to show"),
    }.get(moment, moment)


def source_label(source: str) -> str:
    return {"builtin": tr("Built in"), "pack": tr("Teacher's pack"), "mine": tr("Mine")}.get(
        source, source
    )


def with_whom_label(value: str) -> str:
    return {
        "alone": tr("On my own"),
        "peer": tr("With a friend"),
        "group": tr("In a group"),
        "expert": tr("With an expert"),
    }.get(value, value)


def how_label(value: str) -> str:
    return {
        "reading": tr("Reading"),
        "making": tr("Making"),
        "talking": tr("Talking"),
        "watching": tr("Watching"),
        "practising": tr("Practising"),
        "teaching": tr("Teaching others"),
    }.get(value, value)


def time_label(value: str) -> str:
    return {
        "morning": tr("Morning"),
        "afternoon": tr("Afternoon"),
        "evening": tr("Evening"),
        "night": tr("Night"),
    }.get(value, value)


def place_label(value: str) -> str:
    return {
        "classroom": tr("Classroom"),
        "library": tr("Library"),
        "home": tr("Home"),
        "outdoors": tr("Outdoors"),
        "lab": tr("Lab"),
        "online": tr("Online"),
    }.get(value, value[:1].upper() + value[1:])


def energy_band_label(value: str) -> str:
    return {
        "low": tr("Low energy"),
        "some": tr("Some energy"),
        "high": tr("Lots of energy"),
    }.get(value, value)


def condition_label(facet: str, value: str) -> str:
    """A learning condition as a short phrase: "With a friend", "Morning", "Library"."""
    if facet == "with_whom":
        return with_whom_label(value)
    if facet == "how":
        return how_label(value)
    if facet == "time_of_day":
        return time_label(value)
    if facet == "energy":
        return energy_band_label(value)
    return place_label(value)


def facet_label(facet: str) -> str:
    return {
        "place": tr("Where"),
        "with_whom": tr("With whom"),
        "how": tr("How"),
        "time_of_day": tr("Time of day"),
        "energy": tr("Energy"),
    }.get(facet, facet)


def short_date(day: date) -> str:
    return format_day(day)


def long_date(day: date) -> str:
    return format_day(day)


def month_label(day: date) -> str:
    return format_month(day)
