"""A word typed is a word kept: SIGKILL a writer at random moments, lose nothing acknowledged.

tests/store/crash_writer.py forks writer processes that save revisions in a
loop and print each one after its transaction commits. This test kills them
with SIGKILL at random moments (some while the journal is still opening, most
while revisions are being written), then checks the folder as the next start
of the app would find it.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

import pytest
from sqlalchemy import select, text

from journal.store.check import check_journal
from journal.store.database import Journal
from journal.store.entries import revision_is_intact
from journal.store.models import Revision

# At least 100 kills in CI; JOURNAL_CRASH_KILLS raises it for a longer soak.
KILLS = max(100, int(os.environ.get("JOURNAL_CRASH_KILLS", "100")))
WRITER = Path(__file__).with_name("crash_writer.py")
TIMEOUT = 30.0


class Zygote:
    """The crash_writer.py process, read line by line on a thread."""

    def __init__(self, data_dir: Path, stderr: IO[bytes]) -> None:
        # This checkout's code, not whatever copy of the package the interpreter has installed.
        root = str(Path(__file__).resolve().parents[2])
        path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p)
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(data_dir)],
            env={**os.environ, "PYTHONPATH": path},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            bufsize=1,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("eof")

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def next_line(self) -> str:
        line = self.lines.get(timeout=TIMEOUT)
        assert line != "eof", "the writer helper stopped unexpectedly"
        return line

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._reader.join(timeout=TIMEOUT)
        assert self.proc.stdout is not None
        self.proc.stdout.close()


def _collect(line: str, acked: dict[str, str]) -> None:
    if line.startswith("ack "):
        _, revision_id, sha = line.split()
        acked[revision_id] = sha


@pytest.mark.slow
def test_sigkilled_writers_never_lose_an_acknowledged_revision(
    data_dir: Path, tmp_path: Path
) -> None:
    rnd = random.Random(20260314)
    acked: dict[str, str] = {}
    checked: set[str] = set()
    kills = kills_while_writing = 0
    with open(tmp_path / "writer-stderr.txt", "w+b") as stderr:
        zygote = Zygote(data_dir, stderr)
        try:
            assert zygote.next_line() == "zygote"
            for round_no in range(KILLS):
                zygote.send(f"go {rnd.randrange(1 << 30)}")
                pid_line = zygote.next_line()
                assert pid_line.startswith("pid "), pid_line
                pid = int(pid_line.split()[1])
                if round_no % 5 == 0:
                    # Kill while the journal is opening (lock, WAL recovery, migrations check).
                    time.sleep(rnd.uniform(0.0, 0.03))
                else:
                    line = zygote.next_line()
                    while line != "open":
                        _collect(line, acked)
                        line = zygote.next_line()
                    time.sleep(rnd.uniform(0.02, 0.2))
                os.kill(pid, signal.SIGKILL)
                kills += 1
                zygote.send("reap")
                line = zygote.next_line()
                before = len(acked)
                while not line.startswith(f"exit {pid} "):
                    _collect(line, acked)
                    line = zygote.next_line()
                status = int(line.split()[2])
                if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
                    stderr.seek(0)
                    pytest.fail(f"writer ended by itself ({status}): {stderr.read().decode()}")
                kills_while_writing += len(acked) > before

                # The next start of the app: the lock is free, nothing acknowledged is lost.
                with Journal.open(data_dir, auto_backup=False) as journal:
                    with journal.engine.connect() as conn:
                        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                    with journal.read() as s:
                        stored = {r: h for r, h in s.execute(select(Revision.id, Revision.sha256))}
                        lost = {r: h for r, h in acked.items() if stored.get(r) != h}
                        assert not lost, f"after kill {kills}: acknowledged revisions lost"
                        fresh = [r for r in acked if r not in checked]
                        for revision in s.scalars(select(Revision).where(Revision.id.in_(fresh))):
                            assert revision_is_intact(revision), revision.id
                        checked.update(fresh)
        finally:
            zygote.close()

    print(
        f"crash test: {kills} SIGKILLs, {kills_while_writing} mid-save, "
        f"{len(acked)} acknowledged revisions, none lost"
    )
    assert kills >= 100
    # The test is only meaningful if most kills landed in the middle of saving.
    assert kills_while_writing >= KILLS // 2
    assert len(acked) > KILLS
    with Journal.open(data_dir, auto_backup=False) as journal:
        assert check_journal(journal) == []
