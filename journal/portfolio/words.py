"""The exported site's words in the student's language.

English is written in the templates (``resources/export/*.html``); another
language's words are ``resources/export/words.<code>.json``: the English text
as the key, the translation as the value. A translation may hold HTML (the file
is ours, not the student's) and ``{name}`` placeholders, whose values are always
escaped. Counts have one text per plural form under ``"count:<word>"``
("count:entry": ["%n entrada", "%n entradas"]); dates use ``"months"``.
See docs/translating.md.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from markupsafe import Markup

from journal.core import languages
from journal.portfolio import formatting
from journal.resources import resource_path


@cache
def catalog(code: str) -> dict[str, Any]:
    path = resource_path("export", f"words.{code}.json")
    if code == languages.DEFAULT or not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


class Words:
    """``words("Goals")``, ``words("{student}’s portfolio", student=name)``, counts and dates."""

    def __init__(self, language: str | None = None) -> None:
        self.code = languages.supported(language or languages.content_language())
        self.direction = languages.direction(self.code)
        self._table = catalog(self.code)

    def __call__(self, text: str, **values: object) -> Markup:
        translated = self._table.get(text, text)
        if not isinstance(translated, str):
            translated = text
        return Markup(translated).format(**values) if values else Markup(translated)

    def text(self, text: str, **values: object) -> str:
        """The same, as plain text (for a PDF or a caption that is not HTML)."""
        return str(self(text, **values).unescape()) if values else str(self(text).unescape())

    def count(self, n: int, singular: str) -> str:
        forms = self._table.get(f"count:{singular}")
        if isinstance(forms, list) and forms:
            form = forms[min(languages.plural_form(self.code, n), len(forms) - 1)]
            return str(form).replace("%n", str(n))
        return formatting.count(n, singular)

    def size(self, size: int) -> str:
        return self.count(max(0, size), "byte") if size < 1024 else formatting.format_size(size)

    def day(self, value: date | None) -> str:
        months = self._table.get("months")
        if value is None or not isinstance(months, list) or len(months) != 12:
            return formatting.format_day(value)
        if isinstance(value, datetime) and value.tzinfo is not None:
            value = value.astimezone(UTC)
        return f"{value.day} {months[value.month - 1]} {value.year}"

    def when(self, value: datetime | None) -> str:
        if value is None or self.code == languages.DEFAULT:
            return formatting.format_when(value)
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return f"{self.day(value)}, {value:%H:%M} UTC"
