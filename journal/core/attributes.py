"""The four attributes of personalized learning: the one table every view reads.

Kallick & Zmuda's **Voice**, **Co-creation**, **Social construction** and
**Self-discovery**. Their keys (as stored), names, short names, descriptions
and colours live here and nowhere else: the entry list, the details panel, the
timeline, prompt badges, the profile chart, goals, the export dialog and the
exported portfolio all read this table (the UI translates the English text
through :mod:`journal.ui.attributes`, in the one ``"Attributes"`` context).

Pure data, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

# The translation context of every attribute text (see journal.ui.attributes).
CONTEXT = "Attributes"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation tools (lupdate) without translating it here."""
    return text


@dataclass(frozen=True, slots=True)
class AttributeInfo:
    key: str  # as stored: the Entry column, Prompt.attribute, portfolio.json
    name: str  # English; the UI translates it
    short_name: str  # where space is tight (a narrow column); never replaces `name` in a view
    description: str  # first person: what an entry that shows it did
    hint: str  # a short phrase: what it is about
    colour: str  # "#rrggbb" on a light ground (and behind white text)
    dark_colour: str  # "#rrggbb" on a dark ground


ATTRIBUTES: tuple[AttributeInfo, ...] = (
    AttributeInfo(
        key="voice",
        name=QT_TRANSLATE_NOOP("Attributes", "Voice"),
        short_name=QT_TRANSLATE_NOOP("Attributes", "Voice"),
        description=QT_TRANSLATE_NOOP(
            "Attributes", "I shared my own ideas or made my own choices."
        ),
        hint=QT_TRANSLATE_NOOP("Attributes", "my ideas, opinions and questions"),
        colour="#3d78b0",
        dark_colour="#7fb0e0",
    ),
    AttributeInfo(
        key="cocreation",
        name=QT_TRANSLATE_NOOP("Attributes", "Co-creation"),
        short_name=QT_TRANSLATE_NOOP("Attributes", "Co-creation"),
        description=QT_TRANSLATE_NOOP(
            "Attributes", "I planned or made this together with others, my teacher too."
        ),
        hint=QT_TRANSLATE_NOOP("Attributes", "planning and deciding together"),
        colour="#2a9478",
        dark_colour="#5cc7a8",
    ),
    AttributeInfo(
        key="social",
        name=QT_TRANSLATE_NOOP("Attributes", "Social construction"),
        short_name=QT_TRANSLATE_NOOP("Attributes", "Social"),
        description=QT_TRANSLATE_NOOP("Attributes", "I learned with other people and from them."),
        hint=QT_TRANSLATE_NOOP("Attributes", "learning with and from others"),
        colour="#d9823b",
        dark_colour="#eda869",
    ),
    AttributeInfo(
        key="selfdiscovery",
        name=QT_TRANSLATE_NOOP("Attributes", "Self-discovery"),
        short_name=QT_TRANSLATE_NOOP("Attributes", "Self-discovery"),
        description=QT_TRANSLATE_NOOP(
            "Attributes", "I found out something about how I learn best."
        ),
        hint=QT_TRANSLATE_NOOP("Attributes", "how I learn and how I grow"),
        colour="#8a68bd",
        dark_colour="#b79ce3",
    ),
)

#: The keys in their fixed order (the order every view lists them in).
KEYS: tuple[str, ...] = tuple(a.key for a in ATTRIBUTES)
BY_KEY: dict[str, AttributeInfo] = {a.key: a for a in ATTRIBUTES}
#: English names by key, for the exported portfolio (which is written in English).
NAMES: dict[str, str] = {a.key: a.name for a in ATTRIBUTES}


def info(key: str) -> AttributeInfo | None:
    return BY_KEY.get(key)


def name(key: str) -> str:
    """The English name of an attribute; an unknown key is shown as it is."""
    found = BY_KEY.get(key)
    return found.name if found else key


def colour(key: str, *, dark: bool = False) -> str | None:
    """The attribute's colour as "#rrggbb" (None for an unknown key)."""
    found = BY_KEY.get(key)
    if found is None:
        return None
    return found.dark_colour if dark else found.colour
