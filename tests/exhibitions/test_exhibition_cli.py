"""`journal exhibitions` and `journal exhibit`: the same outputs, one-sentence errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journal.store.database import Journal
from tests.cli.test_cli import run
from tests.exhibitions.helpers import build_exhibition


@pytest.fixture
def built_dir(data_dir: Path, tmp_path: Path) -> tuple[Path, str]:
    with Journal.open(data_dir, auto_backup=False) as journal:
        built = build_exhibition(journal, tmp_path)
    return data_dir, built.exhibition_id


def test_exhibitions_lists_them(capsys: pytest.CaptureFixture[str], built_dir) -> None:  # type: ignore[no-untyped-def]
    data, exhibition_id = built_dir
    code, out, _err = run(capsys, "--data-dir", data, "exhibitions")
    assert code == 0 and out.startswith(exhibition_id[:8])
    assert "How I learned to build" in out and "3 stations" in out
    code, out, _err = run(capsys, "--data-dir", data, "exhibitions", "--json")
    rows = json.loads(out)
    assert code == 0 and rows[0]["id"] == exhibition_id and rows[0]["stations"] == 3
    assert rows[0]["format"] == "presentation" and rows[0]["planned_s"] == 360


def test_exhibit_writes_each_format(
    capsys: pytest.CaptureFixture[str], built_dir: tuple[Path, str], tmp_path: Path
) -> None:
    data, exhibition_id = built_dir
    page = tmp_path / "show.exhibition.html"
    code, out, err = run(
        capsys, "--data-dir", data, "exhibit", exhibition_id[:8], "--out", page, "--preset",
        "public",
    )  # fmt: skip
    assert code == 0 and str(page) in out
    assert "team.png" in err and "shows other people" in err  # what stayed behind
    html = page.read_text("utf-8")
    assert "Sam R." in html and "Rivera" not in html
    for fmt in ("pdf", "placards"):
        target = tmp_path / f"{fmt}.pdf"
        code, _out, _err = run(
            capsys, "--data-dir", data, "exhibit", exhibition_id, "--out", target,
            "--format", fmt, "--page-size", "Letter",
        )  # fmt: skip
        assert code == 0 and target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["exhibit", "nope", "--out", "{tmp}/x.html"], "There is no exhibition 'nope'"),
        (["exhibit", "{id}", "--out", "{tmp}/missing/x.html"], "doesn't exist"),
    ],
)
def test_exhibit_errors_are_one_sentence(
    capsys: pytest.CaptureFixture[str],
    built_dir: tuple[Path, str],
    tmp_path: Path,
    argv: list[str],
    message: str,
) -> None:
    data, exhibition_id = built_dir
    args = [a.format(tmp=tmp_path, id=exhibition_id) for a in argv]
    code, out, err = run(capsys, "--data-dir", data, *args)
    assert code != 0 and out == ""
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_exhibit_usage_errors(capsys: pytest.CaptureFixture[str], built_dir) -> None:  # type: ignore[no-untyped-def]
    data, exhibition_id = built_dir
    code, _out, err = run(capsys, "--data-dir", data, "exhibit", exhibition_id, "--out", "x",
                          "--format", "poster")  # fmt: skip
    assert code == 2 and "invalid choice" in err


def test_no_journal_is_one_sentence(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _out, err = run(capsys, "--data-dir", tmp_path / "empty", "exhibitions")
    assert code == 1 and "no journal" in err
    assert not (tmp_path / "empty").exists()
