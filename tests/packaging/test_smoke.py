"""``journal --smoke-test``: the check every package build runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

import pytest

from journal import cli


def test_smoke_test_passes_and_touches_nothing_of_the_users(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    done = subprocess.run(
        [sys.executable, "-m", "journal", "--smoke-test"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Smoke test passed")
    assert "(offscreen)" in done.stdout
    assert not (tmp_path / "data").exists()
    assert not (tmp_path / "config").exists()


def test_a_failing_step_is_one_sentence_and_non_zero(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object, **kwargs: object) -> NoReturn:
        raise OSError("disk full")

    monkeypatch.setattr("journal.portfolio.export.export_portfolio", broken)
    assert cli.main(["--smoke-test"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == (
        "journal: smoke test failed while rendering an entry into a portfolio page "
        "(OSError: disk full)."
    )
    assert "\n" not in err


@pytest.mark.parametrize("flag", ["--version"])
def test_version_matches_the_package(flag: str, capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    with pytest.raises(SystemExit):
        cli.main([flag])
    assert capsys.readouterr().out.strip() == f"Learning Journal {version('learning-journal')}"
