"""The languages the app speaks, without Qt: codes, names, writing direction.

One place for the list, so the Preferences menu, the translator loading at start,
the prompt library, the templates and the exported site agree. A language here
has ``resources/translations/journal_<code>.qm`` and, for its own words, files
beside the English ones (``prompts/prompts.<code>.json``,
``templates/<code>/``, ``export/words.<code>.json``); see docs/translating.md.
"""

from __future__ import annotations

DEFAULT = "en"
# Code -> the language's own name (shown untranslated, so anyone finds their language).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "ps", "yi"})


def supported(code: str | None) -> str:
    """The app language for a locale name: "es_MX" -> "es", "ar-EG" -> "ar", unknown -> "en"."""
    if not code:
        return DEFAULT
    base = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    return base if base in LANGUAGES else DEFAULT


def is_right_to_left(code: str | None) -> bool:
    return supported(code) in RIGHT_TO_LEFT


def direction(code: str | None) -> str:
    """The HTML ``dir`` value for a language: "rtl" or "ltr"."""
    return "rtl" if is_right_to_left(code) else "ltr"


# The language of the app's own words that are data, not UI strings: the built-in
# prompt library and templates, the exported site. The window sets it when it
# installs its translation (journal.app.install_translations); the command line
# and tests leave it English unless they choose.
_content_language = [DEFAULT]


def content_language() -> str:
    return _content_language[0]


def set_content_language(code: str | None) -> str:
    _content_language[0] = supported(code)
    return _content_language[0]


def plural_form(code: str | None, n: int) -> int:
    """Which plural form a count takes, in Qt's order for the language.

    English and Spanish: 0 singular, 1 plural. Arabic: 0 zero, 1 one, 2 two,
    3 few (3-10), 4 many (11-99), 5 other (100, 101, 102, ...).
    """
    if supported(code) == "ar":
        if n in (0, 1, 2):
            return n
        rest = n % 100
        if 3 <= rest <= 10:
            return 3
        if 11 <= rest <= 99:
            return 4
        return 5
    return 0 if n == 1 else 1
