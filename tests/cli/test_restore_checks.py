"""``journal restore`` checks the file is a journal before it replaces anything (issue 10, #5).

Look-alike SQLite files are generated from the journal's own schema with one or
more mutations (a table missing, a column missing, renamed or added, no search
index, no or an unknown schema version); every one is refused with one
sentence and the journal folder stays byte-identical.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.cli import main
from journal.store import migrations
from journal.store.backup import journal_file_problem
from journal.store.models import Base
from tests.cli.fstree import differences, snapshot

SCHEMA = {name: [c.name for c in t.columns] for name, t in Base.metadata.tables.items()}
TABLES = sorted(SCHEMA)


def _write(path: Path, schema: dict[str, list[str]], *, fts: bool, version: str | None) -> None:
    con = sqlite3.connect(path)
    try:
        for table, columns in schema.items():
            con.execute(f'CREATE TABLE "{table}" ({", ".join(f"{c!r}" for c in columns)})')
        if version is not None:
            con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
            con.execute("INSERT INTO alembic_version VALUES (?)", (version,))
        if fts:
            con.execute(
                "CREATE VIRTUAL TABLE entry_fts USING fts5(title, body, content='entries', "
                "content_rowid='seq')"
            )
        con.commit()
    finally:
        con.close()


MUTATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("drop-table"), st.sampled_from(TABLES), st.just("")),
        st.tuples(st.just("drop-column"), st.sampled_from(TABLES), st.integers(0, 20).map(str)),
        st.tuples(st.just("add-column"), st.sampled_from(TABLES),
                  st.text(st.characters(categories=["Ll"]), min_size=1, max_size=8)),
        st.tuples(st.just("rename-column"), st.sampled_from(TABLES), st.integers(0, 20).map(str)),
        st.tuples(st.just("no-fts"), st.just(""), st.just("")),
        st.tuples(st.just("version"), st.just(""), st.sampled_from(["none", "zz99"])),
    ),
    min_size=1,
    max_size=3,
)  # fmt: skip


def _mutate(mutations: list[tuple[str, str, str]]) -> tuple[dict[str, list[str]], bool, str | None]:
    schema = {t: list(c) for t, c in SCHEMA.items()}
    fts = True
    version: str | None = migrations.HEAD
    for kind, table, arg in mutations:
        if kind == "drop-table" and table in schema:
            del schema[table]
        elif kind in ("drop-column", "rename-column") and table in schema:
            columns = schema[table]
            if len(columns) > 1:
                i = int(arg) % len(columns)
                if kind == "drop-column":
                    columns.pop(i)
                else:
                    columns[i] = columns[i] + "_renamed"
        elif kind == "add-column" and table in schema:
            if f"x_{arg}" not in schema[table]:
                schema[table].append(f"x_{arg}")
        elif kind == "no-fts":
            fts = False
        elif kind == "version":
            version = None if arg == "none" else arg
    return schema, fts, version


def test_the_schema_itself_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "same.db"
    _write(path, SCHEMA, fts=True, version=migrations.HEAD)
    assert journal_file_problem(path) is None


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(mutations=MUTATIONS)
def test_a_look_alike_is_refused_and_nothing_changes(
    capsys: pytest.CaptureFixture[str], data_dir: Path, mutations: list[tuple[str, str, str]]
) -> None:
    schema, fts, version = _mutate(mutations)
    if schema == SCHEMA and fts and version == migrations.HEAD:
        return  # the mutations cancelled out
    with tempfile.TemporaryDirectory() as scratch:
        fake = Path(scratch) / "backup.db"
        _write(fake, schema, fts=fts, version=version)
        before = snapshot(data_dir)
        code = main(["--data-dir", str(data_dir), "restore", str(fake)])
        _, err = capsys.readouterr()
        assert code == 1
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1
        assert err.startswith("journal: ")
        assert differences(before, snapshot(data_dir)) == []


def test_a_real_backup_is_accepted(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert main(["--data-dir", str(data_dir), "backup"]) == 0
    backup = next((data_dir / "backups").glob("journal-*.db"))
    assert journal_file_problem(backup) is None
    assert main(["--data-dir", str(data_dir), "restore", str(backup)]) == 0
