"""Temporary folders never outlive the app: a killed copy's folders go at the next
start, a running copy's stay, and viewer copies go at lock and quit."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from journal.store import scratch


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(scratch, "temp_root", lambda: root)
    return root


def _holder(root: Path, prefix: str) -> tuple[subprocess.Popen[str], Path]:
    """Another copy of the app, holding a scratch folder until it is killed."""
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from journal.store import scratch
        scratch.temp_root = lambda: Path({str(root)!r})
        print(scratch.make_scratch_dir({prefix!r}), flush=True)
        sys.stdin.read()
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    return proc, Path(proc.stdout.readline().strip())


def test_a_killed_copys_folders_are_removed_and_a_running_copys_are_kept(
    temp_root: Path,
) -> None:
    running, kept = _holder(temp_root, "journal-review-")
    killed, gone = _holder(temp_root, "journal-import-")
    try:
        (gone / "portfolio.json").write_text("a child's reflections")
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait()
        _close(killed)
        mine = scratch.make_scratch_dir("journal-salvage-")
        crashed_early = temp_root / "journal-salvage-abc"  # no owner file yet
        crashed_early.mkdir()
        unrelated = temp_root / "someone-elses"
        unrelated.mkdir()
        removed = scratch.clean_abandoned()
        assert set(removed) == {gone, crashed_early}
        assert kept.is_dir() and mine.is_dir() and unrelated.is_dir()
        scratch.remove_scratch_dir(mine)
        assert not mine.exists()
    finally:
        for proc in (running, killed):
            if proc.poll() is None:
                assert proc.stdin is not None
                proc.stdin.close()
                proc.wait(timeout=30)
            _close(proc)
    assert scratch.clean_abandoned() == [kept]  # its owner has ended now


def _close(proc: subprocess.Popen[str]) -> None:
    for stream in (proc.stdin, proc.stdout):
        if stream is not None and not stream.closed:
            stream.close()


def test_viewer_copies_are_cleared_even_when_read_only(temp_root: Path) -> None:
    folder = scratch.open_copies_dir() / "0123456789abcdef"
    folder.mkdir(parents=True)
    copy = folder / "my poem.txt"
    copy.write_text("Only for me")
    copy.chmod(stat.S_IRUSR)
    assert scratch.clear_open_copies()
    assert not scratch.open_copies_dir().exists()
    assert scratch.clear_open_copies()  # nothing there: still true


def test_an_unknown_prefix_is_refused(temp_root: Path) -> None:
    with pytest.raises(ValueError):
        scratch.make_scratch_dir("../elsewhere-")
