"""A refused command creates, rotates and changes nothing (issue 10, #11), and ``import``
takes only regular files, checked before anything is opened or locked (#10).

Every command is run with bad arguments against an empty folder, a folder that
doesn't exist yet, and an existing journal whose newest backup is old (so an
automatic backup would be due, and the oldest of ten would be pruned). After
each refusal the folder tree (names, kinds, sizes, mtimes and bytes) is
byte-identical, and the inputs are untouched too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.cli import main
from tests.cli.fstree import differences, snapshot

DEMO_ENTRIES = 12


@pytest.fixture(scope="module")
def _old_backups_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal with ten backups, the newest two days old."""
    root = tmp_path_factory.mktemp("refusals") / "journal"
    assert main(["--data-dir", str(root), "demo", "--entries", str(DEMO_ENTRIES)]) == 0
    (root / "journal.lock").unlink(missing_ok=True)
    backups = root / "backups"
    source = next(backups.glob("journal-*.db"))
    data = source.read_bytes()
    for old in backups.iterdir():
        old.unlink()
    start = datetime.now(UTC) - timedelta(days=12)
    for n in range(10):
        stamp = (start + timedelta(days=n)).strftime("%Y%m%dT%H%M%S%fZ")
        (backups / f"journal-{stamp}.db").write_bytes(data)
    return root


@pytest.fixture
def old_backups(_old_backups_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "journal"
    shutil.copytree(_old_backups_template, target)
    return target


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "notes.txt").write_text("just some notes, not a journal\n")
    (folder / "essay.docx").write_bytes(b"PK\x03\x04 my essay, not a portfolio" * 20)
    (folder / "a folder").mkdir()
    (folder / "bad-pack.json").write_text('{"format": "learning-journal-prompt-pack", "x": [')
    (folder / "broken.portfolio.zip").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    (folder / "jrnl.txt").write_text("[2026-13-45 99:99] not a real date\nbody\n")
    (folder / "feedback.json").write_text('{"format": "learning-journal-feedback"}')
    return folder


def _bad_commands(data: Path, inputs: Path, journal_exists: bool) -> list[list[str]]:
    db = str(data / "journal.db")
    commands = [
        ["frobnicate"],
        ["demo", "--entries", "-1"],
        ["demo", "--years", "many"],
        ["check", "--now"],
        ["repair", "everything"],
        ["backup", "--out", db],
        ["backup", "--out", str(inputs / "notes.txt")],
        ["restore", str(inputs / "missing.db")],
        ["restore", str(inputs / "notes.txt")],
        ["restore", str(inputs / "a folder")],
        ["restore", str(inputs / "essay.docx")],
        ["search", "x", "--since", "yesterday"],
        ["search", "x", "--limit", "lots"],
        ["search", "--attribute", "nope"],
        ["prompts", "--attribute", "nope"],
        ["import", str(inputs / "missing.json")],
        ["import", str(inputs / "a folder")],
        ["import", "/dev/zero"],
        ["import", str(inputs / "notes.txt")],
        ["import", str(inputs / "essay.docx")],
        ["import", str(inputs / "notes.txt"), "--from", "nonsense"],
        ["import", str(inputs / "bad-pack.json")],
        ["import", str(inputs / "bad-pack.json"), "--from", "pack"],
        ["import", str(inputs / "broken.portfolio.zip"), "--from", "portfolio"],
        ["import", str(inputs / "jrnl.txt"), "--from", "jrnl"],
        ["import", str(inputs / "feedback.json"), "--from", "feedback"],
        ["import", str(inputs / "essay.docx"), "--from", "dayone"],
        ["export"],
        ["export", "--out", db],
        ["export", "--out", str(inputs / "notes.txt")],
        ["export", "--out", str(inputs / "a folder"), "--format", "html"],
        ["export", "--out", str(inputs / "missing folder" / "x.zip")],
        ["review", str(inputs / "missing.zip"), "--summary"],
        ["review", str(inputs / "essay.docx"), "--summary"],
    ]
    if journal_exists:
        commands.append(["demo"])  # a journal with entries gets no sample
    else:
        commands += [["repair"], ["check"], ["backup"], ["export", "--out", str(inputs / "p.zip")]]
    return commands


def _check_refusal(
    capsys: pytest.CaptureFixture[str], argv: list[str], watched: list[Path]
) -> None:
    before = [snapshot(p) for p in watched]
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    assert code != 0, (argv, out)
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, (argv, err)
    for path, snap in zip(watched, before, strict=True):
        assert differences(snap, snapshot(path)) == [], argv


def test_every_refused_command_leaves_an_existing_journal_untouched(
    capsys: pytest.CaptureFixture[str], old_backups: Path, inputs: Path
) -> None:
    for command in _bad_commands(old_backups, inputs, journal_exists=True):
        _check_refusal(capsys, ["--data-dir", str(old_backups), *command], [old_backups, inputs])


def test_every_refused_command_creates_nothing_in_an_empty_or_missing_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, inputs: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    for command in _bad_commands(empty, inputs, journal_exists=False):
        _check_refusal(capsys, ["--data-dir", str(empty), *command], [tmp_path])
        missing = tmp_path / "not yet" / "journal"
        _check_refusal(capsys, ["--data-dir", str(missing), *command], [tmp_path])
        assert not (tmp_path / "not yet").exists()


def test_a_refused_import_writes_no_backup_and_prunes_none_but_a_good_one_does(
    capsys: pytest.CaptureFixture[str], old_backups: Path, tmp_path: Path
) -> None:
    backups = sorted(p.name for p in (old_backups / "backups").iterdir())
    bad = tmp_path / "pack.json"
    bad.write_text('{"format": "learning-journal-prompt-pack", "version": 1, "prompts": 7}')
    _check_refusal(capsys, ["--data-dir", str(old_backups), "import", str(bad)], [old_backups])
    assert sorted(p.name for p in (old_backups / "backups").iterdir()) == backups
    good = tmp_path / "good.json"
    good.write_text(
        '{"format": "learning-journal-prompt-pack", "version": 1, "name": "Science",'
        ' "prompts": [{"id": "p1", "text": "What surprised you?", "attribute": "voice"}]}'
    )
    code = main(["--data-dir", str(old_backups), "import", str(good)])
    _, err = capsys.readouterr()
    assert code == 0, err
    after = sorted(p.name for p in (old_backups / "backups").iterdir())
    assert len(after) == 10 and after != backups  # one new, the oldest pruned


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_at_once_and_never_holds_the_lock(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    data = tmp_path / "data"
    for kind in ([], ["--from", "pack"], ["--from", "jrnl"], ["--from", "portfolio"]):
        done = subprocess.run(
            [sys.executable, "-m", "journal", "--data-dir", str(data), "import", str(fifo), *kind],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 1
        assert "pipe" in done.stderr and "Traceback" not in done.stderr
    assert not data.exists()


def _make_input(kind: str, path: Path, payload: bytes) -> Path:
    if kind == "missing":
        return path
    if kind == "folder":
        path.mkdir()
    elif kind == "symlink-to-dev-zero":
        path.symlink_to("/dev/zero")
    elif kind == "symlink-to-folder":
        path.parent.joinpath("target").mkdir(exist_ok=True)
        path.symlink_to(path.parent / "target")
    else:
        path.write_bytes(payload)
    return path


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    kind=st.sampled_from(
        ["missing", "folder", "symlink-to-dev-zero", "symlink-to-folder", "bytes"]
    ),
    payload=st.binary(max_size=300),
    from_=st.sampled_from([None, "pack", "jrnl", "dayone", "portfolio", "feedback", "x"]),
    name=st.text(st.characters(categories=["L", "N"], include_characters="-_ .é"), min_size=1,
                 max_size=12).filter(lambda s: s.strip(" .") != ""),
)  # fmt: skip
def test_generated_bad_inputs_to_import_change_nothing(
    capsys: pytest.CaptureFixture[str],
    old_backups: Path,
    tmp_path: Path,
    kind: str,
    payload: bytes,
    from_: str | None,
    name: str,
) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="in-", dir=tmp_path))
    source = _make_input(kind, scratch / name, payload)
    before = snapshot(old_backups)
    argv = ["--data-dir", str(old_backups), "import", str(source)]
    if from_:
        argv += ["--from", from_]
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    _, err = capsys.readouterr()
    assert "Traceback" not in err
    if code != 0:
        assert len(err.strip().splitlines()) == 1, err
        assert differences(before, snapshot(old_backups)) == []


