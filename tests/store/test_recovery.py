"""A damaged journal comes back: newest good backup + everything still readable (issue 10, #3).

A real journal (the demo, with pictures) is backed up, then written to (new
entries, revisions, a goal, a reflection, an attached file), then damaged by
overwriting pages: the header, an index, a page of revisions, the search
index's tables, and (generated) any mix of pages at random. ``journal check``
reports and never crashes; ``journal repair`` restores the backup, salvages
every readable and verifiable row, keeps the damaged file aside and says so;
afterwards ``journal check`` is clean and every revision that SQLite itself
can still read from the damaged file is back, with its SHA-256.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.cli import main
from journal.store.attachments import attach, store_bytes
from journal.store.backup import make_backup
from journal.store.database import Journal
from journal.store.entries import create_entry, save_revision
from journal.store.errors import CorruptDatabaseError
from journal.store.goals import create_goal
from journal.store.paths import JournalPaths
from journal.store.recovery import integrity_problems, recover
from journal.store.reflections import add_reflection

AFTER = datetime(2030, 5, 1, 9, 0, tzinfo=UTC)


def _run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def _written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo journal, backed up, then written to after the backup."""
    root = tmp_path_factory.mktemp("recovery") / "journal"
    assert main(["--data-dir", str(root), "demo", "--entries", "40"]) == 0
    with Journal.open(root, auto_backup=False) as journal:
        for old in (root / "backups").glob("*.db"):
            old.unlink()
        make_backup(journal)
        with journal.write() as session:
            stored = store_bytes(journal.paths, b"new work after the backup", "after.txt")
            for n in range(6):
                entry = create_entry(
                    session, title=f"After the backup {n}", body=f"New words {n} " * 40,
                    learned_on=date(2030, 5, 1), now=AFTER + timedelta(minutes=n),
                )  # fmt: skip
                if n == 0:
                    attach(session, entry.id, stored)
                save_revision(session, entry.id, body=f"Second draft {n} " * 50,
                              now=AFTER + timedelta(minutes=n, seconds=30))  # fmt: skip
            goal_id = create_goal(session, title="A goal set after the backup",
                                  criteria=[("I can explain it", "me")], now=AFTER)  # fmt: skip
            add_reflection(session, "Reflected after the backup", goal_id=goal_id, now=AFTER)
    (root / "journal.lock").unlink(missing_ok=True)
    return root


@pytest.fixture
def written(_written: Path, tmp_path: Path) -> Path:
    target = tmp_path / "journal"
    shutil.copytree(_written, target)
    return target


def _pages(db: Path) -> dict[str, list[int]]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        found: dict[str, list[int]] = {}
        for name, pageno, pagetype in con.execute("SELECT name, pageno, pagetype FROM dbstat"):
            found.setdefault(name, []).append(pageno)
            if pagetype == "leaf":
                found.setdefault(f"{name}:leaf", []).append(pageno)
        return found
    finally:
        con.close()


def _overwrite(db: Path, pageno: int, rng: random.Random, *, size: int = 4096) -> None:
    with open(db, "r+b") as handle:
        handle.seek((pageno - 1) * 4096)
        handle.write(bytes(rng.randrange(256) for _ in range(size)))


def _revisions(db: Path) -> dict[int, tuple[str, str]]:
    """rowid -> (id, sha256) of every revision SQLite can still read, probed one by one."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    found: dict[int, tuple[str, str]] = {}
    try:
        for rowid in range(1, 5000):
            try:
                row = con.execute(
                    "SELECT id, sha256 FROM revisions NOT INDEXED WHERE rowid = ?", (rowid,)
                ).fetchone()
            except sqlite3.Error:
                continue
            if row is not None:
                found[rowid] = (row[0], row[1])
    except sqlite3.Error:
        pass
    finally:
        con.close()
    return found


def _all_revision_ids(db: Path) -> dict[str, str]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return dict(con.execute("SELECT id, sha256 FROM revisions"))
    finally:
        con.close()


def damage_header(db: Path, rng: random.Random) -> None:
    _overwrite(db, 1, rng, size=100)


def damage_index(db: Path, rng: random.Random) -> None:
    _overwrite(db, _pages(db)["ix_revisions_entry_id:leaf"][0], rng)


def damage_revision_page(db: Path, rng: random.Random) -> None:
    _overwrite(db, _pages(db)["revisions:leaf"][-1], rng)


def damage_search_index(db: Path, rng: random.Random) -> None:
    pages = _pages(db)
    for name in ("entry_fts_data", "entry_fts_idx", "entry_fts_docsize"):
        _overwrite(db, pages[name][-1], rng)


def damage_everywhere(db: Path, rng: random.Random) -> None:
    for damage in (damage_index, damage_revision_page, damage_search_index, damage_header):
        damage(db, rng)


def _readable_oracle(db: Path, damage: Callable[[Path, random.Random], None]) -> set[str]:
    """Revisions SQLite itself can read after the damage (the header put back for the probe)."""
    with tempfile.TemporaryDirectory() as scratch:
        probe = Path(scratch) / "probe.db"
        shutil.copyfile(db, probe)
        with open(db, "rb") as original, open(probe, "r+b") as handle:
            handle.write(original.read(100))  # the oracle reads past a broken header
        damage(probe, random.Random(7))
        with open(db, "rb") as original, open(probe, "r+b") as handle:
            handle.write(original.read(100))
        return {rid for rid, _ in _revisions(probe).values()}


@pytest.mark.parametrize(
    "damage",
    [damage_header, damage_index, damage_revision_page, damage_search_index, damage_everywhere],
)
def test_repair_brings_back_the_backup_and_every_readable_revision(
    capsys: pytest.CaptureFixture[str], written: Path, damage: Callable[..., None]
) -> None:
    db = written / "journal.db"
    everything = _all_revision_ids(db)
    backup = next((written / "backups").glob("journal-*.db"))
    in_backup = set(_all_revision_ids(backup))
    readable = _readable_oracle(db, damage)
    damage(db, random.Random(7))
    damaged_bytes = db.read_bytes()
    assert integrity_problems(db)

    # check reports and never crashes
    code, out, err = _run(capsys, "--data-dir", written, "check")
    assert code == 1 and "Traceback" not in err + out
    assert "journal repair" in err

    code, out, err = _run(capsys, "--data-dir", written, "repair")
    assert code == 0, err
    assert "Traceback" not in err
    assert "was damaged" in out and "The damaged file is kept at" in out

    # The damaged file is kept aside, exactly as it was.
    kept = list(written.glob("damaged-*.db"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes
    # Everything that was readable and in the backup is back, with its hash.
    back = _all_revision_ids(db)
    expected = (readable | in_backup) & set(everything)
    assert expected <= set(back)
    assert all(back[r] == everything[r] for r in back)
    lost = set(everything) - set(back)
    if damage in (damage_index, damage_search_index, damage_header):
        assert lost == set()  # nothing of the revisions' own pages was touched
    if lost:
        assert "Could not be brought back" in out
    else:
        assert "Nothing readable was lost" in out
    assert _run(capsys, "--data-dir", written, "check")[0] == 0
    # Search works again on the rebuilt index.
    code, out, _ = _run(capsys, "--data-dir", written, "search", "Second draft")
    assert code == 0


def test_recover_reports_what_came_back_for_the_window(written: Path) -> None:
    damage_revision_page(written / "journal.db", random.Random(3))
    with (
        pytest.raises(CorruptDatabaseError),
        Journal.open(written, auto_backup=False) as journal,
        journal.read() as session,
    ):
        session.connection().exec_driver_sql("SELECT count(*) FROM revisions NOT INDEXED").all()
    report = recover(JournalPaths(written))
    assert report.was_damaged and report.backup_used is not None
    assert report.salvaged.get("entries", 0) + report.rebuilt_entries >= 6
    assert report.salvaged.get("goals") == 1 and report.salvaged.get("reflections") == 1
    assert report.salvaged.get("attachments") == 1
    assert report.damaged_copy is not None and report.damaged_copy.exists()
    text = report.summary()
    assert "saved versions of entries" in text
    # And the journal opens again, whole.
    with Journal.open(written, auto_backup=False) as journal:
        from journal.store.check import check_journal

        assert check_journal(journal) == []


def test_a_healthy_journal_is_left_alone_by_repair(
    capsys: pytest.CaptureFixture[str], written: Path
) -> None:
    before = _all_revision_ids(written / "journal.db")
    code, out, _ = _run(capsys, "--data-dir", written, "repair")
    assert code == 0 and "not damaged" in out
    assert _all_revision_ids(written / "journal.db") == before
    assert not list(written.glob("damaged-*"))


def test_repair_without_any_good_backup_salvages_into_a_new_journal(
    capsys: pytest.CaptureFixture[str], written: Path
) -> None:
    everything = _all_revision_ids(written / "journal.db")
    for backup in (written / "backups").glob("*.db"):
        backup.write_bytes(b"not a backup")
    damage_index(written / "journal.db", random.Random(5))
    code, out, _ = _run(capsys, "--data-dir", written, "repair")
    assert code == 0 and "no good backup" in out
    assert _all_revision_ids(written / "journal.db") == everything
    assert _run(capsys, "--data-dir", written, "check")[0] == 0


def test_restore_works_on_a_damaged_journal(
    capsys: pytest.CaptureFixture[str], written: Path
) -> None:
    backup = next((written / "backups").glob("journal-*.db"))
    damage_header(written / "journal.db", random.Random(1))
    code, out, err = _run(capsys, "--data-dir", written, "restore", backup)
    assert code == 0, err
    assert "damaged journal is kept at" in out
    assert set(_all_revision_ids(written / "journal.db")) == set(_all_revision_ids(backup))
    assert len(list(written.glob("damaged-*.db"))) == 1
    assert _run(capsys, "--data-dir", written, "check")[0] == 0


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    chosen=st.lists(st.integers(min_value=2, max_value=10_000), min_size=1, max_size=4),
    seed=st.integers(0, 2**16),
    header=st.booleans(),
)
def test_any_damaged_pages_are_repaired_without_losing_a_readable_revision(
    _written: Path, chosen: list[int], seed: int, header: bool
) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "journal"
        shutil.copytree(_written, root)
        db = root / "journal.db"
        page_count = db.stat().st_size // 4096
        everything = _all_revision_ids(db)
        pages = sorted({2 + (p % (page_count - 1)) for p in chosen})

        def damage(target: Path, rng: random.Random) -> None:
            for page in pages:
                _overwrite(target, page, rng)
            if header:
                _overwrite(target, 1, rng, size=100)

        readable = _readable_oracle(db, lambda t, _r: damage(t, random.Random(seed)))
        damage(db, random.Random(seed))
        if not integrity_problems(db):
            return  # free pages, say: nothing to repair
        backup = next((root / "backups").glob("journal-*.db"))
        in_backup = set(_all_revision_ids(backup))
        report = recover(JournalPaths(root))
        back = _all_revision_ids(db)
        assert ((readable | in_backup) & set(everything)) <= set(back)
        assert all(back[r] == everything[r] for r in back)
        assert not integrity_problems(db)
        assert report.damaged_copy is not None and report.damaged_copy.exists()


def test_an_attachment_whose_file_no_longer_matches_its_hash_is_reported_not_salvaged(
    written: Path,
) -> None:
    import hashlib

    sha = hashlib.sha256(b"new work after the backup").hexdigest()
    blob = written / "attachments" / sha[:2] / sha
    blob.write_bytes(b"something else entirely")
    damage_index(written / "journal.db", random.Random(9))
    report = recover(JournalPaths(written))
    assert report.lost.get("attachments") == 1
    assert "attached files" in report.summary()
    assert report.salvaged.get("attachments", 0) == 0
    # Everything else written after the backup still came back.
    assert report.salvaged.get("goals") == 1 and report.salvaged.get("reflections") == 1
