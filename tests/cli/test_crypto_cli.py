"""``journal encrypt`` / ``decrypt`` / ``passphrase`` and every command on a locked journal."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from journal.cli import main
from journal.store import crypto
from tests.cli.fstree import differences, snapshot


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str, *fragments: str) -> None:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


@pytest.fixture
def locked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path, str]:
    """A small demo journal locked through ``journal encrypt``: (folder, passphrase file, key)."""
    root = tmp_path / "j"
    assert run(capsys, "--data-dir", root, "demo", "--entries", "15", "--no-images")[0] == 0
    secret = tmp_path / "pass.txt"
    secret.write_text("purple elephants dance\n", encoding="utf-8")
    code, out, err = run(
        capsys, "--data-dir", root, "--passphrase-file", secret, "encrypt",
        "--recovery-key-out", tmp_path / "recovery.txt",
    )
    assert code == 0, err
    recovery = out.strip().splitlines()[-1]
    assert crypto.normalize_recovery_key(recovery) == crypto.normalize_recovery_key(
        (tmp_path / "recovery.txt").read_text()
    )
    assert "locked" in out and crypto.is_encrypted(root)
    return root, secret, recovery


def test_commands_on_a_locked_journal(
    locked: tuple[Path, Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, secret, _ = locked
    code, out, err = run(capsys, "--data-dir", root, "--passphrase-file", secret,
                         "search", "--json", "")
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) == 15
    word = rows[0]["title"].split()[0]
    code, out, err = run(capsys, "--data-dir", root, "--passphrase-file", secret, "search", word)
    assert code == 0 and rows[0]["title"] in out
    code, out, err = run(capsys, "--data-dir", root, "--passphrase-file", secret, "check")
    assert code == 0, out + err
    assert "All is well" in out
    code, out, err = run(capsys, "--data-dir", root, "--passphrase-file", secret, "backup")
    assert code == 0, err
    code, out, err = run(capsys, "--data-dir", root, "--passphrase-file", secret,
                         "export", "--out", tmp_path / "p.portfolio.zip")
    assert code == 0, err
    assert (tmp_path / "p.portfolio.zip").stat().st_size > 0


def test_wrong_or_missing_passphrase_is_one_sentence_and_changes_nothing(
    locked: tuple[Path, Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, _, _ = locked
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    before = snapshot(root)
    for command in (["search", "x"], ["check"], ["backup"], ["decrypt"]):
        code, _, err = run(capsys, "--data-dir", root, "--passphrase-file", wrong, *command)
        assert code == 1
        one_line_error(err, "not the one this journal was locked with")
    code, _, err = run(capsys, "--data-dir", root, "--passphrase-file", tmp_path / "nope", "check")
    assert code == 1
    one_line_error(err, "There is no file")
    assert differences(before, snapshot(root)) == []
    # No terminal and no passphrase file: told how to give it, no traceback.
    done = subprocess.run(
        [sys.executable, "-m", "journal", "--data-dir", str(root), "check"],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
        start_new_session=True,  # no controlling terminal: getpass can't open /dev/tty
    )
    assert done.returncode == 1
    assert "--passphrase-file" in done.stderr.strip().splitlines()[-1]
    assert "Traceback" not in done.stderr


def test_passphrase_change_and_decrypt(
    locked: tuple[Path, Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, secret, recovery = locked
    new = tmp_path / "new.txt"
    new.write_text("seven green parrots\n")
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    code, _, err = run(capsys, "--data-dir", root, "--passphrase-file", secret,
                       "passphrase", "--new-passphrase-file", short)
    assert code == 1
    one_line_error(err, "at least 8 characters")
    code, _, err = run(capsys, "--data-dir", root, "--passphrase-file", secret,
                         "passphrase", "--new-passphrase-file", new)
    assert code == 0, err
    code, _, err = run(capsys, "--data-dir", root, "--passphrase-file", secret, "check")
    assert code == 1
    one_line_error(err, "not the one")
    # Forgotten passphrase: the recovery key sets another.
    rec = tmp_path / "rec.txt"
    rec.write_text(recovery + "\n")
    code, _, err = run(capsys, "--data-dir", root, "--passphrase-file", rec,
                         "passphrase", "--use-recovery-key", "--new-passphrase-file", secret)
    assert code == 0, err
    code, _, err = run(capsys, "--data-dir", root, "--passphrase-file", secret, "decrypt")
    assert code == 0, err
    assert not crypto.is_encrypted(root)
    assert (root / "journal.db").read_bytes().startswith(b"SQLite format 3")
    code, _out, err = run(capsys, "--data-dir", root, "check")
    assert code == 0, err
    code, _, err = run(capsys, "--data-dir", root, "decrypt")
    assert code == 1
    one_line_error(err, "not locked with a passphrase")


def test_backup_and_restore_of_a_locked_journal(
    locked: tuple[Path, Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root, secret, _ = locked
    code, _, err = run(capsys, "--data-dir", root, "--passphrase-file", secret,
                       "backup", "--out", tmp_path / "saved.db")
    assert code == 0, err
    assert not (tmp_path / "saved.db").read_bytes().startswith(b"SQLite format 3")
    from journal.actions import entries as act
    from journal.store.database import Journal

    with Journal.open(root, passphrase="purple elephants dance") as journal:
        act.create_entry(journal, title="Written after the backup", body="zebra")
    code, out, err = run(capsys, "--data-dir", root, "--passphrase-file", secret, "search", "zebra")
    assert "Written after the backup" in out
    code, out, err = run(capsys, "--data-dir", root, "--passphrase-file", secret,
                         "restore", tmp_path / "saved.db")
    assert code == 0, err
    code, out, err = run(capsys, "--data-dir", root, "--passphrase-file", secret, "search", "zebra")
    assert code == 0 and "Written after the backup" not in out
    # Repair can't read a locked journal: refused in one sentence, nothing changed.
    before = snapshot(root)
    code, _, err = run(capsys, "--data-dir", root, "--passphrase-file", secret, "repair")
    assert code == 1
    one_line_error(err, "locked with a passphrase", "nothing was changed")
    assert differences(before, snapshot(root)) == []
