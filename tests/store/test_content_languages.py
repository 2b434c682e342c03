"""The built-in prompts and templates in English, Spanish and Arabic: the same keys in each."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal.core import languages
from journal.resources import resource_path
from journal.store import prompts as sp
from journal.store import templates as tpl
from journal.store.database import Journal
from journal.store.paths import JournalPaths

OTHERS = [code for code in languages.LANGUAGES if code != languages.DEFAULT]


@pytest.fixture
def content_language() -> Iterator[None]:
    yield
    languages.set_content_language("en")


def _shape(language: str) -> list[tuple[str, str, str, bool, str]]:
    return [
        (p.id, p.attribute, p.moment, p.learn_best, p.source) for p in sp.builtin_prompts(language)
    ]


@pytest.mark.parametrize("language", OTHERS)
def test_every_language_has_the_same_prompts(language: str) -> None:
    path = sp.library_path(language)
    assert path.name == f"prompts.{language}.json"
    # Same ids in the same order, with the same attribute, moment and kind.
    assert _shape(language) == _shape("en")
    english = {p.id: p.text for p in sp.builtin_prompts("en")}
    for prompt in sp.builtin_prompts(language):
        assert prompt.text and prompt.text != english[prompt.id], prompt.id
    assert set(json.loads(path.read_text(encoding="utf-8"))) == set(
        json.loads(sp.library_path("en").read_text(encoding="utf-8"))
    )


def test_arabic_prompts_are_written_in_arabic() -> None:
    for prompt in sp.builtin_prompts("ar"):
        assert re.search("[\u0600-\u06ff]", prompt.text), prompt.id


def test_the_library_follows_the_apps_language(journal: Journal, content_language: None) -> None:
    languages.set_content_language("es")
    with journal.write() as s:
        sp.sync_builtin_prompts(s)
        listed = {p.id: p.text for p in sp.list_prompts(s)}
    assert listed["voice-04"] == "¿Qué pregunta de hoy me sigue dando vueltas en la cabeza?"
    languages.set_content_language("ar")
    with journal.write() as s:
        # The rows follow too (reflections point at the same ids).
        assert sp.sync_builtin_prompts(s) == len(sp.builtin_prompts())
        info = sp.get_prompt(s, "voice-04")
    assert info is not None and info.text.startswith("ما السؤال")
    languages.set_content_language("fr")  # not shipped: English
    assert sp.library_path().name == "prompts.json"


@pytest.mark.parametrize("language", OTHERS)
def test_every_language_has_the_same_templates(language: str, tmp_path: Path) -> None:
    folder = tpl.builtin_templates_dir(language)
    assert folder == resource_path("templates", language)
    english = {p.name for p in tpl.builtin_templates_dir("en").glob("*.md")}
    assert {p.name for p in folder.glob("*.md")} == english
    for name in english:
        en_text = (tpl.builtin_templates_dir("en") / name).read_text(encoding="utf-8")
        text = (folder / name).read_text(encoding="utf-8")
        # Same shape: as many headings and checklist items, a translated title.
        for pattern in (r"(?m)^#+ ", r"(?m)^- \[ \] "):
            assert len(re.findall(pattern, text)) == len(re.findall(pattern, en_text)), name
        assert text.splitlines()[0] != en_text.splitlines()[0], name


def test_templates_follow_the_apps_language(tmp_path: Path, content_language: None) -> None:
    paths = JournalPaths(tmp_path)
    languages.set_content_language("es")
    titles = [t.title for t in tpl.list_templates(paths)]
    assert titles[:2] == ["Página en blanco", "Reflexión de la semana"]
    languages.set_content_language("ar")
    assert tpl.get_template(paths, "project-log").title == "سجل المشروع"
    languages.set_content_language("en")
    assert tpl.get_template(paths, "project-log").title == "Project log"
