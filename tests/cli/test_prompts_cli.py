"""`journal prompts` and `journal import` (prompt packs) from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journal.cli import main
from journal.store.prompts import builtin_prompts

PACK = {
    "format": "learning-journal-prompt-pack",
    "version": 1,
    "name": "Year 8 science",
    "author": "Ms Okafor",
    "prompts": [
        {"id": "sci-1", "text": "What surprised me in the experiment?", "attribute": "voice"},
        {
            "id": "sci-2",
            "text": "Who did I check with?",
            "attribute": "social",
            "moment": "checkpoint",
        },
    ],
}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_prompts_lists_the_library_even_without_a_journal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "--data-dir", str(tmp_path / "none"), "prompts")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == len(builtin_prompts())
    first = lines[0].split("\t")
    assert first[:4] == ["voice-01", "voice", "daily", "builtin"]
    assert not (tmp_path / "none").exists()  # listing creates nothing


def test_prompts_json_filters_by_attribute(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        capsys, "--data-dir", str(data_dir), "prompts", "--attribute", "social", "--json"
    )
    rows = json.loads(out)
    assert code == 0 and rows and {r["attribute"] for r in rows} == {"social"}
    assert set(rows[0]) >= {"id", "attribute", "moment", "text", "source"}
    assert any(r["learn_best"] for r in rows)


def test_bad_attribute_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--data-dir", str(tmp_path), "prompts", "--attribute", "fun"])
    assert caught.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_import_pack_then_list_shows_its_prompts(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "science.json"
    pack.write_text(json.dumps(PACK), encoding="utf-8")
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "import", str(pack))
    assert code == 0 and err == ""
    assert out.strip() == "Imported the prompt pack 'Year 8 science' by Ms Okafor (2 prompts)."
    code, out, _ = _run(capsys, "--data-dir", str(data_dir), "prompts", "--json")
    packs = [r for r in json.loads(out) if r["source"] == "pack"]
    assert [(r["text"], r["pack"]) for r in packs] == [
        ("What surprised me in the experiment?", "Year 8 science"),
        ("Who did I check with?", "Year 8 science"),
    ]


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b'{"format": "learning-journal-prompt-pack", "version": 7}', "format version 7"),
        (b'{"format": "learning-journal-prompt-pack", broken', "isn't valid JSON"),
        (json.dumps({**PACK, "prompts": [{"id": "x"}]}).encode(), "prompt 1 has no text"),
    ],
)
def test_bad_pack_gets_one_sentence_and_exit_1(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    fragment: str,
) -> None:
    pack = tmp_path / "bad.json"
    pack.write_bytes(content)
    code, out, err = _run(
        capsys, "--data-dir", str(data_dir), "import", "--from", "pack", str(pack)
    )
    assert code == 1 and out == ""
    assert err.startswith("journal: ") and err.count("\n") == 1 and fragment in err
    code, out, _ = _run(capsys, "--data-dir", str(data_dir), "prompts", "--json")
    assert all(r["source"] == "builtin" for r in json.loads(out))


def test_import_of_an_unrecognised_file_says_how_to_name_its_kind(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "import", str(notes))
    assert code == 1 and "--from" in err and err.count("\n") == 1
    code, _, err = _run(capsys, "--data-dir", str(data_dir), "import", "--from", "csv", str(notes))
    assert code == 1 and "'csv' isn't a kind of file" in err
