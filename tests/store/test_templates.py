from __future__ import annotations

import os
from pathlib import Path

import pytest

from journal.store import files
from journal.store import templates as tpl
from journal.store.errors import JournalError, NotFoundError
from journal.store.paths import JournalPaths
from journal.store.templates import (
    Template,
    TemplateError,
    delete_template,
    get_template,
    list_templates,
    parse_template,
    safe_template_name,
    save_template,
)


@pytest.fixture
def paths(tmp_path: Path) -> JournalPaths:
    root = tmp_path / "data"
    root.mkdir()
    return JournalPaths(root)


def test_builtin_templates_are_listed_first_in_a_fixed_order(paths: JournalPaths) -> None:
    found = list_templates(paths)
    assert [t.name for t in found][:4] == [
        "blank",
        "weekly-reflection",
        "project-log",
        "something-i-learned",
    ]
    assert all(t.builtin for t in found[:4])


def test_display_names_come_from_the_first_heading(paths: JournalPaths) -> None:
    titles = {t.name: t.title for t in list_templates(paths)}
    assert titles["weekly-reflection"] == "Weekly reflection"
    assert titles["something-i-learned"] == "Something I learned"
    reflection = get_template(paths, "weekly-reflection")
    assert not reflection.body.startswith("#  ")
    assert "Weekly reflection" not in reflection.body
    assert reflection.body.startswith("## ")


def test_blank_template_starts_an_untitled_empty_entry(paths: JournalPaths) -> None:
    blank = get_template(paths, "blank")
    assert blank.body == ""
    assert blank.entry_title == ""
    assert get_template(paths, "project-log").entry_title == "Project log"


def test_user_templates_are_listed_after_builtins_by_title(paths: JournalPaths) -> None:
    save_template(paths, "zoo notes", "Animal notes", "## What I saw\n")
    save_template(paths, "lab", "Lab write-up", "## Method\n\n## Results\n")
    found = list_templates(paths)
    own = [t for t in found if not t.builtin]
    assert [(t.name, t.title) for t in own] == [
        ("zoo-notes", "Animal notes"),
        ("lab", "Lab write-up"),
    ]
    assert found.index(own[0]) > max(found.index(t) for t in found if t.builtin)
    assert own[1].body == "## Method\n\n## Results\n"


def test_saved_template_round_trips_through_the_file(paths: JournalPaths) -> None:
    saved = save_template(paths, "My Lab Notes", "Lab notes", "## Aim\n\n- [ ] Check  \n")
    assert saved.path == paths.root / "templates" / "my-lab-notes.md"
    assert saved.path.read_text(encoding="utf-8") == "# Lab notes\n\n## Aim\n\n- [ ] Check  \n"
    again = get_template(paths, "my-lab-notes")
    assert again == Template(
        "my-lab-notes", "Lab notes", "## Aim\n\n- [ ] Check  \n", False, saved.path
    )


def test_saving_again_replaces_the_students_own_template(paths: JournalPaths) -> None:
    save_template(paths, "lab", "Lab", "old")
    save_template(paths, "lab", "Lab", "new")
    assert get_template(paths, "lab").body == "new\n"
    assert [p.name for p in (paths.root / "templates").iterdir()] == ["lab.md"]


@pytest.mark.parametrize(
    "name",
    [
        "",
        "   ",
        "../x",
        "..\\x",
        "a/b",
        "/etc/passwd",
        ".hidden",
        "CON",
        "con",
        "nul.md",
        "LPT1",
        "com3",
        "what?",
        "tab\there",
        "dot.",
        "x" * 61,
    ],
)
def test_save_refuses_names_that_are_not_plain_file_names(paths: JournalPaths, name: str) -> None:
    with pytest.raises(TemplateError):
        save_template(paths, name, "Title", "body")
    assert not (paths.root / "templates").exists() or not any((paths.root / "templates").iterdir())
    assert not (paths.root.parent / "x.md").exists()


def test_save_refuses_to_overwrite_a_builtin(paths: JournalPaths) -> None:
    with pytest.raises(TemplateError, match="built-in"):
        save_template(paths, "Weekly Reflection", "Mine", "body")
    assert get_template(paths, "weekly-reflection").builtin


def test_safe_names_turn_spaces_into_hyphens() -> None:
    assert safe_template_name("  Science  Fair log ") == "science-fair-log"
    assert safe_template_name("Réflexion.md") == "réflexion"


def test_save_writes_through_a_temp_file_and_leaves_none_behind(
    paths: JournalPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_template(paths, "lab", "Lab", "first version")
    calls: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        calls.append((Path(src).name, Path(dst).name))
        # At the moment of the swap, the old file is still whole.
        assert get_template(paths, "lab").body == "first version\n"
        real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", spy_replace)
    save_template(paths, "lab", "Lab", "second version")
    assert len(calls) == 1
    assert calls[0][0].startswith(".saving-") and calls[0][1] == "lab.md"
    assert sorted(p.name for p in (paths.root / "templates").iterdir()) == ["lab.md"]
    assert get_template(paths, "lab").body == "second version\n"


def test_failed_write_keeps_old_template_and_cleans_up(
    paths: JournalPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_template(paths, "lab", "Lab", "keep me")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full_disk)
    with pytest.raises(JournalError, match="full"):
        save_template(paths, "lab", "Lab", "lost")
    assert get_template(paths, "lab").body == "keep me\n"
    assert sorted(p.name for p in (paths.root / "templates").iterdir()) == ["lab.md"]


def test_delete_removes_own_template_but_never_a_builtin(paths: JournalPaths) -> None:
    save_template(paths, "lab", "Lab", "x")
    delete_template(paths, "lab")
    assert "lab" not in {t.name for t in list_templates(paths)}
    with pytest.raises(NotFoundError):
        delete_template(paths, "lab")
    with pytest.raises(TemplateError):
        delete_template(paths, "blank")
    with pytest.raises(TemplateError):
        delete_template(paths, "../templates/blank")
    assert tpl.builtin_templates_dir().joinpath("blank.md").exists()


def test_hand_made_files_are_listed_and_broken_ones_skipped(paths: JournalPaths) -> None:
    folder = paths.root / "templates"
    folder.mkdir()
    (folder / "No Heading.md").write_text("Just some prompts\r\nand more\r\n", encoding="utf-8")
    (folder / "notes.txt").write_text("# Not a template\n", encoding="utf-8")
    (folder / "blank.md").write_text("# Sneaky\n", encoding="utf-8")
    (folder / "huge.md").write_bytes(b"# Huge\n" + b"x" * (tpl.MAX_TEMPLATE_BYTES + 1))
    own = [t for t in list_templates(paths) if not t.builtin]
    assert [(t.name, t.title, t.body) for t in own] == [
        ("No Heading", "No Heading", "Just some prompts\nand more\n")
    ]
    assert get_template(paths, "blank").builtin
    delete_template(paths, "No Heading")
    assert not (folder / "No Heading.md").exists()


def test_parse_template_takes_heading_after_blank_lines_and_closing_hashes() -> None:
    assert parse_template("\n\n# Plan ##\n\n\nStep one\n", "x") == ("Plan", "Step one\n")
    assert parse_template("## Not top\nbody", "my-plan") == ("My plan", "## Not top\nbody")
