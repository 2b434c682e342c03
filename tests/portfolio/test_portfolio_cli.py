"""``journal export`` and ``journal review`` on the command line."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from journal.cli import main
from tests.portfolio.conftest import SECRET, Filled


def test_export_archive_without_private_entries_by_default(
    filled: Filled, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled.journal.close()
    out = tmp_path / "ada.portfolio.zip"
    assert main(["--data-dir", str(data_dir), "export", "--out", str(out)]) == 0
    assert "without private entries" in capsys.readouterr().out
    with zipfile.ZipFile(out) as archive:
        everything = b"".join(archive.read(n) for n in archive.namelist())
    assert SECRET.encode() not in everything

    out_all = tmp_path / "all.portfolio.zip"
    args = ["--data-dir", str(data_dir), "export", "--out", str(out_all), "--include-private",
            "--revisions", "first-last"]  # fmt: skip
    assert main(args) == 0
    with zipfile.ZipFile(out_all) as archive:
        assert SECRET.encode() in archive.read("portfolio.json")

    assert main(["review", "--summary", str(out)]) == 0
    summary = capsys.readouterr().out
    assert "is intact" in summary and "Ada Example" in summary and "2 entries" in summary


def test_export_html_and_pdf(filled: Filled, data_dir: Path, tmp_path: Path, qapp: object) -> None:
    filled.journal.close()
    site = tmp_path / "site"
    assert (
        main(["--data-dir", str(data_dir), "export", "--out", str(site), "--format", "html"]) == 0
    )
    assert (site / "index.html").is_file() and (site / "manifest.json").is_file()
    pdf = tmp_path / "ada.pdf"
    args = ["--data-dir", str(data_dir), "export", "--out", str(pdf), "--format", "pdf",
            "--page-size", "Letter"]  # fmt: skip
    assert main(args) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_export_to_a_missing_folder_is_one_sentence(
    filled: Filled, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled.journal.close()
    out = tmp_path / "nowhere" / "x.portfolio.zip"
    assert main(["--data-dir", str(data_dir), "export", "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"journal: The folder {out.parent} doesn't exist; choose another place."]


def test_import_with_from_feedback_and_unknown_kind(
    filled: Filled, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled.journal.close()
    junk = tmp_path / "junk.json"
    junk.write_text("{}")
    assert main(["--data-dir", str(data_dir), "import", str(junk), "--from", "feedback"]) == 1
    assert "not a Learning Journal feedback file" in capsys.readouterr().err


def test_export_name_follows_the_journal_preference_or_the_option(
    filled: Filled, data_dir: Path, tmp_path: Path
) -> None:
    import json

    from journal.actions.profile import set_journal_preference

    set_journal_preference(filled.journal, "export_name", "first-initial")
    filled.journal.close()

    def exported_name(*extra: str) -> str:
        out = tmp_path / f"p{len(list(tmp_path.iterdir()))}.portfolio.zip"
        assert main(["--data-dir", str(data_dir), "export", "--out", str(out), *extra]) == 0
        with zipfile.ZipFile(out) as archive:
            return str(json.loads(archive.read("manifest.json"))["student_name"])

    assert exported_name() == "Ada E."  # what the student chose in Preferences
    assert exported_name("--name", "full") == "Ada Example"
