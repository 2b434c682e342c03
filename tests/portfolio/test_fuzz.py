"""Random bytes and random archives: only the importers' own errors ever escape."""

from __future__ import annotations

import json
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.portfolio.export import export_portfolio
from journal.portfolio.imports import import_file
from journal.portfolio.safezip import SafeZip
from journal.store.database import Journal
from journal.store.errors import JournalError
from tests.portfolio.conftest import fill, table_counts
from tests.portfolio.hostile import build_zip, member, read_members, rebuild_portfolio

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
KINDS = ["portfolio", "dayone", "jrnl", "feedback"]

NAMES = st.one_of(
    st.sampled_from(
        [
            "manifest.json",
            "portfolio.json",
            "index.html",
            "Journal.json",
            "photos/a.png",
            "attachments/" + "a" * 64,
            "../x",
            "/abs",
            "C:/x",
            "\\\\srv\\s",
            "CON",
            "a/",
            "a/b",
            "A/B",
            "x.",
            "x ",
            "caf\u00e9",
            "cafe\u0301",
            "",
        ]
    ),
    st.text(min_size=1, max_size=30),
)
MODES = st.sampled_from([None, stat.S_IFREG | 0o644, stat.S_IFLNK | 0o777, stat.S_IFDIR | 0o755,
                         stat.S_IFIFO | 0o644])  # fmt: skip
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@pytest.fixture(scope="module")
def valid_members(
    tmp_path_factory: pytest.TempPathFactory, _template_journal: Path
) -> dict[str, bytes]:
    root = tmp_path_factory.mktemp("fuzz-source")
    shutil.copytree(_template_journal, root / "j", ignore=shutil.ignore_patterns("journal.lock"))
    with Journal.open(root / "j", auto_backup=False) as journal:
        fill(journal)
        export_portfolio(journal, root / "valid.portfolio.zip")
    return read_members(root / "valid.portfolio.zip")


class _Fresh:
    """A fresh journal per example, copied from the session's migrated template."""

    def __init__(self, template: Path) -> None:
        self.template = template

    def __call__(self) -> Iterator[tuple[Journal, Path]]:
        folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
        shutil.copytree(self.template, folder / "j", ignore=shutil.ignore_patterns("journal.lock"))
        journal = Journal.open(folder / "j", auto_backup=False)
        try:
            yield journal, folder
        finally:
            journal.close()
            shutil.rmtree(folder, ignore_errors=True)


def _only_own_errors(journal: Journal, path: Path, kind: str) -> None:
    try:
        import_file(journal, path, kind)
    except JournalError as exc:
        message = str(exc)
        assert message and "\n" not in message and "Traceback" not in message


@FUZZ
@given(blob=st.binary(max_size=4096), kind=st.sampled_from(KINDS))
def test_random_bytes_only_raise_import_errors(
    blob: bytes, kind: str, journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "random.bin"
    path.write_bytes(blob)
    counts = table_counts(journal)
    _only_own_errors(journal, path, kind)
    if kind in ("portfolio", "dayone", "feedback"):
        assert table_counts(journal) == counts


@FUZZ
@given(
    items=st.lists(
        st.tuples(NAMES, st.binary(max_size=300), st.sampled_from([0, 8]), MODES),
        max_size=6,
    ),
    kind=st.sampled_from(["portfolio", "dayone"]),
)
def test_random_archives_only_raise_import_errors(
    items: list[tuple[str, bytes, int, int | None]], kind: str, journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "random.zip"
    try:
        build_zip(path, [member(n, d, compress=c, mode=m) for n, d, c, m in items])
    except (ValueError, OSError):
        return  # a name even zipfile won't write
    counts = table_counts(journal)
    _only_own_errors(journal, path, kind)
    assert table_counts(journal) == counts
    try:
        with SafeZip(path) as archive:
            for name in archive.names():
                archive.read(name)
    except JournalError:
        pass


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:3]):
            found += _paths(item, (*prefix, index))
    return found


@settings(FUZZ, max_examples=80)
@given(data=st.data())
def test_mutated_portfolio_json_is_imported_or_refused_never_crashes(
    data: st.DataObject,
    valid_members: dict[str, bytes],
    _template_journal: Path,
    tmp_path: Path,
) -> None:
    document = json.loads(valid_members["portfolio.json"])
    paths = [p for p in _paths(document) if p]
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(paths))
        parent = document
        try:
            for step in where[:-1]:
                parent = parent[step]
            parent[where[-1]] = data.draw(JSON_VALUES)
        except (KeyError, IndexError, TypeError):
            continue
    raw = json.dumps(document).encode()
    path = rebuild_portfolio(tmp_path / "m.portfolio.zip", valid_members | {"portfolio.json": raw})
    for journal, _folder in _Fresh(_template_journal)():
        counts = table_counts(journal)
        try:
            import_file(journal, path, "portfolio")
        except JournalError as exc:
            assert "\n" not in str(exc)
            assert table_counts(journal) == counts
    with zipfile.ZipFile(path) as archive:
        assert "portfolio.json" in archive.namelist()
