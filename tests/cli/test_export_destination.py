"""``journal export --out``: never inside the data folder, never over anything but an
earlier export of the same kind, and over that only with ``--force`` (issue 10, class 1).

The cases are generated: where ``--out`` points (inside the data folder, through a
symlink, beside it), what is already there (nothing, any bytes, a foreign zip, a zip
with someone else's manifest, each kind of earlier export, folders) and the kind asked.
A refusal is one sentence, a non-zero exit, and both folder trees byte-identical.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.cli import main
from journal.portfolio.errors import ExportFailed
from journal.portfolio.export import ExportFormat, check_destination, is_earlier_export
from journal.portfolio.model import FORMAT_NAME
from journal.store.paths import JournalPaths
from tests.cli.fstree import differences, snapshot

KINDS = ["archive", "html", "pdf"]
EXISTING = [
    "nothing", "bytes", "zip", "zip-foreign-manifest", "ours-archive", "ours-pdf",
    "ours-html", "empty-folder", "folder-with-files", "symlink-to-journal",
]  # fmt: skip
NAME_ALPHABET = st.characters(
    categories=["L", "N", "Zs"], include_characters="-_.#%?&'()[]é✓", exclude_characters="/\\"
)
NAMES = st.text(NAME_ALPHABET, min_size=1, max_size=16).filter(
    lambda s: s.strip(" .") != "" and len(s.encode()) < 200
)


def _make(path: Path, what: str, data_dir: Path, payload: bytes) -> None:
    if what == "nothing":
        return
    if what == "bytes":
        path.write_bytes(payload)
    elif what in ("zip", "zip-foreign-manifest", "ours-archive"):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            if what == "zip":
                archive.writestr("essay.txt", payload)
            else:
                fmt = FORMAT_NAME if what == "ours-archive" else "someone-elses-format"
                archive.writestr("manifest.json", json.dumps({"format": fmt}))
        path.write_bytes(buffer.getvalue())
    elif what == "ours-pdf":
        path.write_bytes(b"%PDF-1.4\n" + payload)
    elif what == "ours-html":
        path.mkdir()
        (path / "index.html").write_text("<!doctype html><title>x</title>")
        (path / "manifest.json").write_text(json.dumps({"format": FORMAT_NAME}))
    elif what == "empty-folder":
        path.mkdir()
    elif what == "folder-with-files":
        path.mkdir()
        (path / "index.html").write_bytes(payload)
        (path / "homework.docx").write_bytes(payload)
    elif what == "symlink-to-journal":
        path.symlink_to(data_dir / "journal.db")


def _ours(what: str, kind: str) -> bool:
    return what == f"ours-{kind}"


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    inside=st.sampled_from([None, "journal.db", "backups", "attachments", ".", "new", "sub/x"]),
    what=st.sampled_from(EXISTING),
    kind=st.sampled_from(KINDS),
    force=st.booleans(),
    name=NAMES,
    payload=st.binary(max_size=64),
)
def test_export_destination_rules_hold_for_every_generated_place(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    qapp: object,
    inside: str | None,
    what: str,
    kind: str,
    force: bool,
    name: str,
    payload: bytes,
) -> None:
    outside = Path(tempfile.mkdtemp(dir=data_dir.parent, prefix="elsewhere-"))
    if inside is None:
        out = outside / name
        _make(out, what, data_dir, payload)
    elif inside == "new":
        out = data_dir / name
    elif inside == "sub/x":
        out = data_dir / "attachments" / name
    else:
        out = data_dir / inside
    # A symlink beside the data folder that leads into it counts as inside.
    if inside is None and what == "symlink-to-journal":
        expected_ok = False
    else:
        expected_ok = inside is None and (what == "nothing" or (_ours(what, kind) and force))
    before_data, before_out = snapshot(data_dir), snapshot(outside)
    argv: list[str | Path] = ["--data-dir", data_dir, "export", "--out", out, "--format", kind]
    code, _, err = _run(capsys, *argv, *(["--force"] if force else []))
    if expected_ok:
        assert code == 0, err
        assert is_earlier_export(out, kind)
    else:
        assert code == 1
        assert "Traceback" not in err
        assert len(err.strip().splitlines()) == 1, err
        assert err.startswith("journal: ")
        assert differences(before_data, snapshot(data_dir)) == []
        assert differences(before_out, snapshot(outside)) == []
    # check_destination (what the window calls) agrees with the command line.
    if not expected_ok and (inside is not None or what != "nothing"):
        with pytest.raises(ExportFailed):
            check_destination(JournalPaths(data_dir), out, ExportFormat(kind), force=force)


def test_an_earlier_export_is_replaced_only_with_force(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "mine.portfolio.zip"
    assert _run(capsys, "--data-dir", data_dir, "export", "--out", out)[0] == 0
    first = snapshot(tmp_path / "mine.portfolio.zip")
    code, _, err = _run(capsys, "--data-dir", data_dir, "export", "--out", out)
    assert code == 1 and "--force" in err and len(err.strip().splitlines()) == 1
    assert snapshot(out) == first
    assert _run(capsys, "--data-dir", data_dir, "export", "--out", out, "--force")[0] == 0
    assert is_earlier_export(out, "archive")
    # An archive is not a PDF, even with --force.
    code, _, err = _run(
        capsys, "--data-dir", data_dir, "export", "--out", out, "--format", "pdf", "--force"
    )
    assert code == 1 and "not an earlier portfolio PDF" in err


def test_export_over_the_journal_itself_is_refused_and_the_journal_still_opens(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    db = data_dir / "journal.db"
    before = db.read_bytes()
    for kind in KINDS:
        code, _, err = _run(
            capsys, "--data-dir", data_dir, "export", "--out", db, "--format", kind, "--force"
        )
        assert code == 1 and "inside the journal's own folder" in err
    assert db.read_bytes() == before
    assert _run(capsys, "--data-dir", data_dir, "check")[0] == 0


def test_a_relative_out_inside_the_data_folder_is_refused(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(data_dir / "backups")
    code, _, err = _run(capsys, "--data-dir", data_dir, "export", "--out", "../journal.db")
    assert code == 1 and "inside the journal's own folder" in err
    assert os.path.getsize(data_dir / "journal.db") > 0
