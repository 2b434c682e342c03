"""A word typed is a word kept: SIGKILL a writer at random moments, lose nothing acknowledged.

tests/store/crash_writer.py forks writer processes that save revisions,
autosave drafts, take backups and import jrnl journals in a loop, and print
each one after it commits. This test kills them with SIGKILL at random moments
(some while the journal is still opening, most while it is being written),
then checks the folder as the next start of the app would find it: no
acknowledged revision lost, every import all or nothing, every backup in the
list a whole journal, no half-written backup left behind.
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

from journal.store.backup import journal_file_problem, list_backups
from journal.store.check import check_journal
from journal.store.database import Journal
from journal.store.entries import revision_is_intact
from journal.store.models import Revision

# At least 200 kills in CI; JOURNAL_CRASH_KILLS raises it for a longer soak.
KILLS = max(200, int(os.environ.get("JOURNAL_CRASH_KILLS", "200")))
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


class Seen:
    """What the writers said they had done."""

    def __init__(self) -> None:
        self.acked: dict[str, str] = {}
        self.imports: dict[str, int] = {}  # mark -> entries in that import
        self.imported: set[str] = set()
        self.backups_started = 0
        self.backups_made = 0

    def collect(self, line: str) -> None:
        word, _, rest = line.partition(" ")
        if word == "ack":
            revision_id, sha = rest.split()
            self.acked[revision_id] = sha
        elif word == "importing":
            mark, size = rest.split()
            self.imports[mark] = int(size)
        elif word == "imported":
            self.imported.add(rest.split()[0])
        elif word == "backing-up":
            self.backups_started += 1
        elif word == "backed-up":
            self.backups_made += 1


def _imported_entries(journal: Journal, mark: str) -> int:
    with journal.read() as s:
        rows = s.execute(
            select(Revision.entry_id).where(Revision.title.like(f"{mark} part %")).distinct()
        )
        return len(list(rows))


@pytest.mark.slow
def test_sigkilled_writers_never_lose_an_acknowledged_revision(
    data_dir: Path, tmp_path: Path
) -> None:
    rnd = random.Random(20260314)
    seen = Seen()
    acked = seen.acked
    checked: set[str] = set()
    checked_backups: set[Path] = set()
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
                        seen.collect(line)
                        line = zygote.next_line()
                    # Wait for the writer's first finished write (however busy the
                    # machine is), then kill it somewhere in the writes after it.
                    line = zygote.next_line()
                    seen.collect(line)
                    time.sleep(rnd.uniform(0.0, 0.15))
                os.kill(pid, signal.SIGKILL)
                kills += 1
                zygote.send("reap")
                line = zygote.next_line()
                before = len(acked)
                while not line.startswith(f"exit {pid} "):
                    seen.collect(line)
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
                    # Every import is all or nothing; a finished one is all there.
                    for mark, size in seen.imports.items():
                        found = _imported_entries(journal, mark)
                        assert found in (0, size), f"import {mark} half-applied: {found}/{size}"
                        assert mark not in seen.imported or found == size, mark
                    # Every backup the app would list is a whole journal; no part is left.
                    for info in list_backups(journal.paths):
                        if info.path not in checked_backups:
                            assert journal_file_problem(info.path) is None, info.path
                            checked_backups.add(info.path)
                    assert not list(journal.paths.backups.glob("*.part"))
        finally:
            zygote.close()

    print(
        f"crash test: {kills} SIGKILLs, {kills_while_writing} mid-save, "
        f"{len(acked)} acknowledged revisions, none lost; {len(seen.imports)} imports "
        f"started, {len(seen.imported)} finished, none half-applied; "
        f"{seen.backups_started} backups started, {seen.backups_made} finished"
    )
    assert kills >= 200
    # Kills landed during imports and backups too, not only during revision saves.
    assert len(seen.imports) > len(seen.imported) > 0
    assert seen.backups_started > seen.backups_made > 0
    # The test is only meaningful if most kills landed in the middle of saving.
    assert kills_while_writing >= KILLS // 2
    assert len(acked) > KILLS
    with Journal.open(data_dir, auto_backup=False) as journal:
        assert check_journal(journal) == []
