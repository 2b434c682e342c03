"""Helper for test_crash.py: forks writer processes that the test SIGKILLs.

Run as ``python crash_writer.py DATA_DIR``. Starting Python and importing
SQLAlchemy takes longer than the writing we want to interrupt, so this process
imports the journal once and then forks a fresh writer for every ``go SEED``
line on stdin (it is single-threaded, so forking is safe). Everything goes to
stdout, one line per ``os.write`` (atomic on a pipe):

- ``pid N``: a writer was forked;
- ``open``: the writer has opened the journal (it holds the folder lock);
- ``ack REVISION_ID SHA256``: that revision's transaction has committed;
- ``importing MARK N`` / ``imported MARK N``: a jrnl import of N entries, each
  titled with MARK, has started / has returned (committed);
- ``backing-up`` / ``backed-up PATH``: an automatic backup has started / is in place;
- ``exit N STATUS``: the writer ended (after ``reap``), with its wait status.

A writer saves revisions until it is killed (or gives up after 20 s, so a
lost parent never leaves it running).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import configure_mappers

from journal.portfolio.other_tools import import_jrnl
from journal.store.backup import make_backup
from journal.store.database import Journal
from journal.store.entries import (
    autosave_draft,
    create_entry,
    latest_revision,
    save_revision,
)
from journal.store.models import Entry

WORDS = [
    "volcano",
    "magma",
    "river",
    "poem",
    "fraction",
    "bridge",
    "plant",
    "light",
    "speech",
    "quiz",
    "map",
    "song",
]


def _emit(line: str) -> None:
    os.write(1, (line + "\n").encode())


def _text(rnd: random.Random, n: int) -> str:
    # Some saves are large so a commit spans many pages of the database.
    size = rnd.choice((5, 40, 400, 4000))
    words = " ".join(rnd.choice(WORDS) for _ in range(size))
    return f"Save {n}: {words}"


IMPORT_SIZE = 25


def _jrnl_file(folder: Path, mark: str, rnd: random.Random) -> Path:
    """A jrnl journal of IMPORT_SIZE entries, each titled with ``mark``."""
    lines = []
    for i in range(IMPORT_SIZE):
        day = 1 + i % 28
        lines.append(f"[2021-03-{day:02d} {i % 24:02d}:{i % 60:02d}] {mark} part {i}.")
        lines.append(" ".join(rnd.choice(WORDS) for _ in range(rnd.choice((5, 200)))))
        lines.append("")
    path = folder / f"{mark}.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def write_until_killed(data_dir: Path, seed: int) -> None:
    rnd = random.Random(seed)
    journal = Journal.open(data_dir, auto_backup=False)
    _emit("open")
    with journal.read() as s:
        entry_ids = list(s.scalars(select(Entry.id).where(Entry.deleted_at.is_(None))))
    deadline = time.monotonic() + 20
    n = 0
    while time.monotonic() < deadline:
        n += 1
        roll = rnd.random()
        if not entry_ids or roll < 0.05:
            with journal.write() as s:
                entry = create_entry(s, title=f"Entry {seed}-{n}", body=_text(rnd, n))
                entry_ids.append(entry.id)
                revision = latest_revision(s, entry.id)
                assert revision is not None
                ack = f"ack {revision.id} {revision.sha256}"
            _emit(ack)
        elif roll < 0.1:
            mark = f"imp{seed}x{n}"
            folder = data_dir.parent / "crash-imports"
            folder.mkdir(exist_ok=True)
            source = _jrnl_file(folder, mark, rnd)
            _emit(f"importing {mark} {IMPORT_SIZE}")
            import_jrnl(journal, source)
            _emit(f"imported {mark} {IMPORT_SIZE}")
            source.unlink()
        elif roll < 0.16:
            _emit("backing-up")
            made = make_backup(journal)
            _emit(f"backed-up {made}")
        elif roll < 0.3:
            with journal.write() as s:
                autosave_draft(s, rnd.choice(entry_ids), f"Draft {n}", _text(rnd, n))
        else:
            with journal.write() as s:
                saved = save_revision(
                    s, rnd.choice(entry_ids), body=_text(rnd, n), note=f"note {n}"
                )
                done = None if saved is None else f"ack {saved.id} {saved.sha256}"
            if done:
                _emit(done)
    os._exit(3)


def _warm_up() -> None:
    """Do every kind of write once in a scratch journal, so forked writers start warm."""
    configure_mappers()
    with tempfile.TemporaryDirectory() as scratch, Journal.open(Path(scratch)) as journal:
        with journal.write() as s:
            entry = create_entry(s, title="Warm", body="up")
        with journal.write() as s:
            autosave_draft(s, entry.id, "Warm", "up again")
        with journal.write() as s:
            save_revision(s, entry.id, body="up once more", note="n")
            latest_revision(s, entry.id)
        with journal.read() as s:
            list(s.scalars(select(Entry.id).where(Entry.deleted_at.is_(None))))
        import_jrnl(journal, _jrnl_file(Path(scratch), "warm", random.Random(0)))
        make_backup(journal)


def main() -> None:
    data_dir = Path(sys.argv[1])
    _warm_up()
    _emit("zygote")
    child = 0
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command == "go":
            child = os.fork()
            if child == 0:
                try:
                    write_until_killed(data_dir, int(arg))
                except BaseException as exc:
                    os.write(2, f"writer failed: {exc!r}\n".encode())
                    os._exit(4)
            _emit(f"pid {child}")
        elif command == "reap":
            _, status = os.waitpid(child, 0)
            _emit(f"exit {child} {status}")


if __name__ == "__main__":
    main()
