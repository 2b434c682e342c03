"""The command line: every command, its output and exit code, and its error cases.

A user mistake must give exactly one clear line on stderr and a non-zero exit,
never a traceback. Most tests call ``journal.cli.main`` in-process; a few run
``python -m journal`` to prove the real process behaves the same.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zlib
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from journal import __version__
from journal.cli import main
from journal.store.database import Journal
from journal.store.entries import create_entry
from journal.store.models import (
    Attachment,
    Checkpoint,
    Criterion,
    Entry,
    Goal,
    GoalEvidence,
    Reflection,
    Revision,
    Tag,
)
from tests.store.dbutil import all_rows, execute

DEMO_ENTRIES = 40


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """Run ``journal ARGV`` in-process; return (exit code, stdout, stderr)."""
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:  # argparse: --version, usage errors
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def run_process(*argv: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "journal", *(str(a) for a in argv)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_one_line_error(err: str, *fragments: str) -> None:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("journal: ")
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli-demo") / "journal"
    assert main(["--data-dir", str(root), "demo", "--entries", str(DEMO_ENTRIES)]) == 0
    (root / "journal.lock").unlink()
    return root


@pytest.fixture
def demo_dir(tmp_path: Path, _demo_template: Path) -> Path:
    target = tmp_path / "demo"
    shutil.copytree(_demo_template, target)
    return target


def _backups(root: Path) -> list[Path]:
    return sorted((root / "backups").glob("*.db"))


# -- --version -------------------------------------------------------------------


def test_version_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"Learning Journal {__version__}"
    assert err == ""


# -- demo --------------------------------------------------------------------------


def _comparable(root: Path) -> dict[str, list[tuple[object, ...]]]:
    rows = all_rows(root / "journal.db")
    rows.pop("learner_profile")  # made by opening the journal, not by the demo
    return rows


def test_demo_is_deterministic_for_a_seed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for name, seed in [("a", "5"), ("b", "5"), ("c", "6")]:
        code, out, _ = run(
            capsys, "--data-dir", tmp_path / name, "demo", "--entries", "25", "--seed", seed
        )
        assert code == 0
        assert "25 entries" in out
    assert _comparable(tmp_path / "a") == _comparable(tmp_path / "b")
    ids_a = {r[0] for r in _comparable(tmp_path / "a")["entries"]}
    ids_c = {r[0] for r in _comparable(tmp_path / "c")["entries"]}
    assert ids_a.isdisjoint(ids_c)
    files = sorted(p.name for p in (tmp_path / "a" / "attachments").rglob("*") if p.is_file())
    assert files == sorted(
        p.name for p in (tmp_path / "b" / "attachments").rglob("*") if p.is_file()
    )


def test_demo_fills_every_part_of_the_journal(demo_dir: Path) -> None:
    with Journal.open(demo_dir, auto_backup=False) as journal, journal.read() as s:

        def count(model: type[Any], *where: Any) -> int:
            return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)

        assert count(Entry) == DEMO_ENTRIES
        for attribute in ("voice", "cocreation", "social", "selfdiscovery"):
            assert count(Entry, getattr(Entry, attribute).is_(True)) > 0
        assert 0 < count(Entry, Entry.privacy == "private") < DEMO_ENTRIES
        assert count(Revision) > 2 * DEMO_ENTRIES
        assert count(Revision, Revision.note.is_not(None), Revision.seq > 1) > 0
        assert count(Goal) >= 1 and count(Criterion) >= 2 and count(Checkpoint) >= 3
        assert count(GoalEvidence) >= 1
        assert count(Reflection, Reflection.place.is_not(None), Reflection.energy > 0) > 0
        assert count(Tag) >= 3
        assert count(Attachment, Attachment.media_type == "image/png") > 0
        # An exhibition, rehearsed and presented, with what its panel said.
        from journal.store.models import Exhibition, ExhibitionRun, PanelNote

        assert count(Exhibition) == 1
        assert {r.kind for r in s.scalars(select(ExhibitionRun))} == {"rehearsal", "presentation"}
        assert {str(n.kind) for n in s.scalars(select(PanelNote))} >= {"wow", "wonder", "question"}
        dates = list(s.scalars(select(Entry.learned_on)))
        assert max(dates) - min(dates) > (date(2026, 6, 1) - date(2025, 9, 1))


def test_demo_without_images_and_over_several_years(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = tmp_path / "j"
    code, _, _ = run(
        capsys, "--data-dir", root, "demo", "--entries", "30", "--years", "3", "--no-images"
    )
    assert code == 0
    assert [p for p in (root / "attachments").rglob("*") if p.is_file()] == []
    with Journal.open(root, auto_backup=False) as journal, journal.read() as s:
        dates = list(s.scalars(select(Entry.learned_on)))
    assert max(dates) - min(dates) > (date(2026, 1, 1) - date(2024, 1, 1))


def test_demo_with_no_entries_still_makes_a_usable_journal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "--data-dir", tmp_path / "j", "demo", "--entries", "0")
    assert code == 0
    assert "0 entries" in out
    assert run(capsys, "--data-dir", tmp_path / "j", "check")[0] == 0


def test_demo_refuses_a_journal_that_already_has_entries(
    capsys: pytest.CaptureFixture[str], demo_dir: Path
) -> None:
    rows = all_rows(demo_dir / "journal.db")
    code, out, err = run(capsys, "--data-dir", demo_dir, "demo")
    assert code == 1
    assert out == ""
    assert_one_line_error(err, "already has entries")
    assert all_rows(demo_dir / "journal.db") == rows


def test_generate_demo_twice_into_one_journal_adds_a_second_sample(journal: Journal) -> None:
    from journal.demo import DemoSize, generate_demo

    generate_demo(journal, DemoSize(entries=10, seed=1))
    generate_demo(journal, DemoSize(entries=10, seed=1))
    with journal.read() as s:
        assert s.scalar(select(func.count()).select_from(Entry)) == 20


# -- check -------------------------------------------------------------------------


def test_check_passes_a_whole_journal(capsys: pytest.CaptureFixture[str], demo_dir: Path) -> None:
    code, out, err = run(capsys, "--data-dir", demo_dir, "check")
    assert code == 0
    assert "All is well" in out
    assert err == ""


def _corrupt_revision(root: Path) -> str:
    execute(
        root / "journal.db",
        "UPDATE revisions SET body_z = ? WHERE id = (SELECT id FROM revisions ORDER BY id LIMIT 1)",
        zlib.compress(b"tampered with"),
    )
    return "does not match its SHA-256"


def _remove_attachment(root: Path) -> str:
    next(p for p in (root / "attachments").rglob("*") if p.is_file()).unlink()
    return "missing"


def _alter_attachment(root: Path) -> str:
    victim = next(p for p in (root / "attachments").rglob("*") if p.is_file())
    victim.write_bytes(victim.read_bytes() + b"!")
    return "does not match its hash"


def _break_search_index(root: Path) -> str:
    execute(
        root / "journal.db",
        "INSERT INTO entry_fts(rowid, title, body) VALUES (987654, 'ghost', 'ghost words')",
    )
    return "Search index is out of step"


@pytest.mark.parametrize(
    "damage", [_corrupt_revision, _remove_attachment, _alter_attachment, _break_search_index]
)
def test_check_lists_each_problem_and_exits_non_zero(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, damage: object
) -> None:
    expected = damage(demo_dir)  # type: ignore[operator]
    code, out, err = run(capsys, "--data-dir", demo_dir, "check")
    assert code == 1
    assert expected in out
    assert "All is well" not in out
    assert_one_line_error("journal: " + err.strip(), "1 problem found.")


def test_check_on_a_damaged_database_file_reports_it_and_points_to_repair(
    capsys: pytest.CaptureFixture[str], demo_dir: Path
) -> None:
    (demo_dir / "journal.db").write_bytes(b"this is not a database at all" * 100)
    code, out, err = run(capsys, "--data-dir", demo_dir, "check")
    assert code == 1
    assert "Database: the file is not a database" in out
    assert_one_line_error("journal: " + err.strip(), "journal repair")


# -- backup and restore --------------------------------------------------------------


def test_backup_writes_a_dated_backup_in_the_backups_folder(
    capsys: pytest.CaptureFixture[str], demo_dir: Path
) -> None:
    before = _backups(demo_dir)
    code, out, _ = run(capsys, "--data-dir", demo_dir, "backup")
    assert code == 0
    [new] = sorted(set(_backups(demo_dir)) - set(before))
    assert new.name.startswith("journal-")
    assert str(new) in out
    assert all_rows(new) == all_rows(demo_dir / "journal.db")


def test_backup_out_writes_where_asked(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "usb stick" / "my journal.db"
    code, out, _ = run(capsys, "--data-dir", demo_dir, "backup", "--out", target)
    assert code == 0
    assert str(target) in out
    assert all_rows(target) == all_rows(demo_dir / "journal.db")
    # --out an existing folder: a dated file inside it.
    code, out, _ = run(capsys, "--data-dir", demo_dir, "backup", "--out", tmp_path / "usb stick")
    assert code == 0
    assert len(list((tmp_path / "usb stick").glob("journal-*.db"))) == 1


def test_restore_brings_back_the_backup_and_keeps_the_replaced_journal(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    saved = tmp_path / "saved.db"
    assert run(capsys, "--data-dir", demo_dir, "backup", "--out", saved)[0] == 0
    rows = all_rows(demo_dir / "journal.db")
    with Journal.open(demo_dir, auto_backup=False) as journal, journal.write() as s:
        create_entry(s, title="Written after the backup", body="zebra")
    code, out, err = run(capsys, "--data-dir", demo_dir, "restore", saved)
    assert code == 0, err
    assert "kept at" in out
    assert all_rows(demo_dir / "journal.db") == rows
    [aside] = (demo_dir / "backups").glob("replaced-*.db")
    assert "Written after the backup" in {r[2] for r in all_rows(aside)["entries"]}


def test_restore_of_a_missing_file_is_refused_and_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(
        capsys, "--data-dir", tmp_path / "j", "restore", tmp_path / "no such backup.db"
    )
    assert code == 1
    assert out == ""
    assert_one_line_error(err, "no backup file", "no such backup.db")
    assert not (tmp_path / "j").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04 a zip file, not a journal" * 50, "not a Learning Journal backup"),
        (b"", "not a Learning Journal backup"),
    ],
)
def test_restore_of_a_corrupt_file_is_refused_and_changes_nothing(
    capsys: pytest.CaptureFixture[str],
    demo_dir: Path,
    tmp_path: Path,
    content: bytes,
    message: str,
) -> None:
    bad = tmp_path / "backup.db"
    bad.write_bytes(content)
    rows = all_rows(demo_dir / "journal.db")
    backups = _backups(demo_dir)
    code, out, err = run(capsys, "--data-dir", demo_dir, "restore", bad)
    assert code == 1
    assert out == ""
    assert_one_line_error(err, message)
    assert all_rows(demo_dir / "journal.db") == rows
    assert _backups(demo_dir) == backups


# -- search ----------------------------------------------------------------------------


@pytest.fixture
def search_dir(journal: Journal) -> Path:
    with journal.write() as s:
        create_entry(
            s,
            title="Volcano model",
            body="Magma and ash.",
            learned_on=date(2025, 3, 10),
            attributes=["voice"],
            tags=["science"],
        )
        create_entry(
            s,
            title="Ash poem",
            body="A poem about ash and rivers.",
            learned_on=date(2025, 4, 2),
            attributes=["social"],
            tags=["english"],
        )
        create_entry(
            s,
            title="Bridge",
            body="Straws and tape.",
            learned_on=date(2025, 5, 20),
            attributes=["social", "cocreation"],
            tags=["design", "science"],
        )
    root = journal.paths.root
    journal.close()
    return root


def _titles(out: str) -> list[str]:
    return [line.split("  ", 1)[1] for line in out.strip().splitlines()]


def test_search_prints_matching_entries_newest_first_by_relevance(
    capsys: pytest.CaptureFixture[str], search_dir: Path
) -> None:
    code, out, err = run(capsys, "--data-dir", search_dir, "search", "ash")
    assert code == 0
    assert sorted(_titles(out)) == ["Ash poem", "Volcano model"]
    assert err == ""
    assert out.strip().splitlines()[0].startswith("2025-")


def test_search_filters_by_tag_attribute_and_dates(
    capsys: pytest.CaptureFixture[str], search_dir: Path
) -> None:
    def titles(*args: str) -> list[str]:
        code, out, _ = run(capsys, "--data-dir", search_dir, "search", *args)
        assert code == 0
        return sorted(_titles(out)) if out.strip() else []

    assert titles("--tag", "science") == ["Bridge", "Volcano model"]
    assert titles("--tag", "science", "--tag", "design") == ["Bridge"]
    assert titles("--attribute", "social") == ["Ash poem", "Bridge"]
    assert titles("ash", "--attribute", "social") == ["Ash poem"]
    assert titles("--since", "2025-04-02") == ["Ash poem", "Bridge"]
    assert titles("--until", "2025-04-01") == ["Volcano model"]
    assert titles("--since", "2025-04-01", "--until", "2025-04-30") == ["Ash poem"]
    assert titles("--limit", "1", "--tag", "science") == ["Bridge"]


def test_search_json_is_valid_and_complete(
    capsys: pytest.CaptureFixture[str], search_dir: Path
) -> None:
    code, out, _ = run(capsys, "--data-dir", search_dir, "search", "magma", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 1
    row = rows[0]
    assert set(row) == {"id", "title", "learned_on", "tags", "attributes", "excerpt"}
    assert row["title"] == "Volcano model"
    assert row["learned_on"] == "2025-03-10"
    assert row["tags"] == ["science"]
    assert row["attributes"] == ["voice"]
    assert "Magma" in row["excerpt"]
    # No match is an empty JSON list, still valid.
    code, out, _ = run(capsys, "--data-dir", search_dir, "search", "zzzz", "--json")
    assert code == 0
    assert json.loads(out) == []


def test_search_with_no_match_says_so(capsys: pytest.CaptureFixture[str], search_dir: Path) -> None:
    code, out, err = run(capsys, "--data-dir", search_dir, "search", "unicorn")
    assert code == 0
    assert out == ""
    assert err.strip() == "No entries match."


@pytest.mark.parametrize("query", ['"', "NEAR(", "a -b", "((", "🌋", "שלום", "\x00", "*"])
def test_search_with_hostile_text_never_fails(
    capsys: pytest.CaptureFixture[str], search_dir: Path, query: str
) -> None:
    code, _, err = run(capsys, "--data-dir", search_dir, "search", query, "--json")
    assert code == 0
    assert "Traceback" not in err


# -- usage errors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "fragments"),
    [
        (["search", "x", "--since", "14/03/2026"], ["--since", "YYYY-MM-DD"]),
        (["search", "x", "--until", "2026-02-30"], ["--until", "YYYY-MM-DD"]),
        (["search", "x", "--attribute", "courage"], ["--attribute", "courage"]),
        (["frobnicate"], ["frobnicate"]),
        (["demo", "--entries", "-5"], ["--entries", "zero or more"]),
        (["demo", "--entries", "many"], ["--entries", "whole number"]),
        (["demo", "--years", "-1"], ["--years", "zero or more"]),
        (["search", "x", "--limit", "-1"], ["--limit", "zero or more"]),
        (["restore"], ["FILE"]),
        (["check", "--bogus-flag"], ["--bogus-flag"]),
    ],
)
def test_usage_mistakes_give_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], fragments: list[str]
) -> None:
    root = tmp_path / "j"
    code, out, err = run(capsys, "--data-dir", root, *argv)
    assert code == 2
    assert out == ""
    assert_one_line_error(err, *fragments)
    assert not root.exists()


@pytest.mark.parametrize("argv", [["check"], ["search", "volcano"], ["backup"]])
def test_commands_on_a_folder_without_a_journal_say_so_and_create_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: Sequence[str]
) -> None:
    root = tmp_path / "empty folder"
    root.mkdir()
    code, out, err = run(capsys, "--data-dir", root, *argv)
    assert code == 1
    assert out == ""
    assert_one_line_error(err, "no journal", str(root), "journal demo")
    assert list(root.iterdir()) == []
    code, _, err = run(capsys, "--data-dir", tmp_path / "missing", *argv)
    assert code == 1
    assert not (tmp_path / "missing").exists()


def test_journal_data_dir_environment_variable_is_used(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JOURNAL_DATA_DIR", str(tmp_path / "from-env"))
    assert run(capsys, "demo", "--entries", "3", "--no-images")[0] == 0
    assert (tmp_path / "from-env" / "journal.db").is_file()
    # --data-dir wins over the variable.
    code, _, err = run(capsys, "--data-dir", tmp_path / "other", "check")
    assert code == 1
    assert "other" in err


def test_a_file_in_the_way_of_the_data_folder_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    in_the_way = tmp_path / "notes.txt"
    in_the_way.write_text("mine")
    code, _, err = run(capsys, "--data-dir", in_the_way, "demo")
    assert code == 1
    assert_one_line_error(err, str(in_the_way))
    assert in_the_way.read_text() == "mine"


def test_a_locked_journal_is_one_clear_line_for_every_command(
    capsys: pytest.CaptureFixture[str], demo_dir: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "b.db"
    assert run(capsys, "--data-dir", demo_dir, "backup", "--out", backup)[0] == 0
    with Journal.open(demo_dir, auto_backup=False):
        for argv in (["check"], ["backup"], ["restore", str(backup)]):
            code, out, err = run(capsys, "--data-dir", demo_dir, *argv)
            assert (code, out) == (1, "")
            assert_one_line_error(err, "already open")
        # demo is refused before the lock is even tried: the journal has entries.
        code, out, err = run(capsys, "--data-dir", demo_dir, "demo")
        assert (code, out) == (1, "")
        assert_one_line_error(err, "already has entries")
        # Searching only reads, so it still works while the app is open.
        code, _, _ = run(capsys, "--data-dir", demo_dir, "search", "the")
        assert code == 0


# -- the real process ----------------------------------------------------------------------


def test_the_real_process_runs_version_demo_check_and_search(tmp_path: Path) -> None:
    root = tmp_path / "My Journal #1"
    done = run_process("--version")
    assert done.returncode == 0 and __version__ in done.stdout
    done = run_process("--data-dir", root, "demo", "--entries", "20", "--seed", "11")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    done = run_process("--data-dir", root, "check")
    assert done.returncode == 0, done.stdout + done.stderr
    done = run_process("--data-dir", root, "search", "the", "--json")
    assert done.returncode == 0
    assert len(json.loads(done.stdout)) > 0


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["frobnicate"], 2),
        (["search", "x", "--since", "yesterday"], 2),
        (["search", "volcano"], 1),
        (["check"], 1),
        (["restore", "nowhere.db"], 1),
    ],
)
def test_the_real_process_reports_mistakes_without_a_traceback(
    tmp_path: Path, argv: list[str], code: int
) -> None:
    done = run_process("--data-dir", tmp_path / "none", *argv)
    assert done.returncode == code
    assert done.stdout == ""
    assert_one_line_error(done.stderr)
    assert not (tmp_path / "none").exists()


def test_the_real_process_reports_a_damaged_journal_without_a_traceback(demo_dir: Path) -> None:
    _corrupt_revision(demo_dir)
    done = run_process("--data-dir", demo_dir, "check")
    assert done.returncode == 1
    assert "does not match its SHA-256" in done.stdout
    assert "Traceback" not in done.stderr
