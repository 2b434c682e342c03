"""Generated hostile input in every format: broken Unicode, duplicates, dates out of range.

Each test generates its class of input with Hypothesis, using explicit
alphabets (its default text strategy leaves out surrogates and control
characters), and checks the import is either refused in one sentence with
nothing changed and no file copied, or done once.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.core.untrusted import broken_text_at, is_valid_unicode
from journal.portfolio.export import export_portfolio
from journal.portfolio.imports import import_file
from journal.store.database import Journal
from journal.store.errors import JournalError
from tests.portfolio.conftest import fill, table_counts
from tests.portfolio.hostile import build_zip, member, read_members, rebuild_portfolio
from tests.portfolio.test_other_tools import FIXTURES, PHOTO, PHOTO_MD5

GEN = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Any code point, surrogates and control characters included.
ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
LONE_SURROGATE = st.integers(0xD800, 0xDFFF).map(chr)
BROKEN_TEXT = st.builds(
    lambda a, s, b: a + s + b,
    st.text(ANY_CHAR, max_size=8),
    LONE_SURROGATE,
    st.text(ANY_CHAR, max_size=8),
)

PACK = {
    "format": "learning-journal-prompt-pack",
    "format_version": 1,
    "name": "Science",
    "author": "Ms Rivera",
    "prompts": [
        {"id": "sci-1", "text": "What surprised me?", "attribute": "voice", "moment": "daily"}
    ],
}


def _string_paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, str):
        return [prefix]
    found: list[tuple[Any, ...]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _string_paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _string_paths(item, (*prefix, index))
    return found


def _put(document: Any, where: tuple[Any, ...], value: str) -> Any:
    copy = json.loads(json.dumps(document))
    parent = copy
    for step in where[:-1]:
        parent = parent[step]
    parent[where[-1]] = value
    return copy


def _files(journal: Journal) -> set[str]:
    root = journal.paths.attachments
    return {str(p.relative_to(root)) for p in root.rglob("*")} if root.exists() else set()


def _refused_without_change(journal: Journal, path: Path, kind: str, words: str) -> None:
    counts, files = table_counts(journal), _files(journal)
    with pytest.raises(JournalError) as caught:
        import_file(journal, path, kind)
    message = str(caught.value)
    assert "\n" not in message and words in message, message
    assert is_valid_unicode(message)
    assert table_counts(journal) == counts
    assert _files(journal) == files


@pytest.fixture(scope="module")
def portfolio_members(
    tmp_path_factory: pytest.TempPathFactory, _template_journal: Path
) -> dict[str, bytes]:
    root = tmp_path_factory.mktemp("untrusted-source")
    shutil.copytree(_template_journal, root / "j", ignore=shutil.ignore_patterns("journal.lock"))
    with Journal.open(root / "j", auto_backup=False) as journal:
        fill(journal)
        export_portfolio(journal, root / "valid.portfolio.zip")
    return read_members(root / "valid.portfolio.zip")


def _feedback_doc() -> dict[str, Any]:
    return {
        "format": "learning-journal-feedback",
        "format_version": "1.0",
        "feedback_id": "f0000000-0000-4000-8000-000000000001",
        "created_at": "2026-03-10T09:00:00Z",
        "app_version": "1.0",
        "portfolio": {
            "portfolio_id": "p0000000-0000-4000-8000-000000000001",
            "journal_id": "j0000000-0000-4000-8000-000000000001",
            "student_name": "Ada",
        },
        "author": {"name": "Mr Lee", "role": "teacher"},
        "comments": [
            {
                "id": "c0000000-0000-4000-8000-000000000001",
                "target": {"kind": "entry", "id": "e0000000-0000-4000-8000-000000000001"},
                "body": "Great testing!",
                "author": {"name": "Mr Lee", "role": "teacher"},
                "written_at": "2026-03-10T09:00:00Z",
            }
        ],
    }


def _dayone_doc() -> dict[str, Any]:
    return json.loads((FIXTURES / "dayone_Journal.json").read_text(encoding="utf-8"))


def _write_dayone(path: Path, doc: dict[str, Any]) -> Path:
    return build_zip(
        path,
        [
            member("Journal.json", json.dumps(doc).encode()),
            member(f"photos/{PHOTO_MD5}.png", PHOTO),
        ],
    )


# -- #7: a lone surrogate anywhere ---------------------------------------------------------


def test_broken_text_is_found_in_keys_and_values() -> None:
    assert broken_text_at({"a": [1, {"b": "ok"}]}) is None
    assert broken_text_at({"entries": [{"title": "x\udc80"}]}) == "entries[0].title"
    assert broken_text_at({"a\ud800": 1}) == "a field name"


@GEN
@given(data=st.data(), broken=BROKEN_TEXT)
def test_broken_unicode_in_any_text_of_a_portfolio_is_refused(
    data: st.DataObject,
    broken: str,
    portfolio_members: dict[str, bytes],
    journal: Journal,
    tmp_path: Path,
) -> None:
    document = json.loads(portfolio_members["portfolio.json"])
    where = data.draw(st.sampled_from(_string_paths(document)))
    raw = json.dumps(_put(document, where, broken)).encode()  # ensure_ascii: "\udc80" escapes
    path = rebuild_portfolio(
        tmp_path / "broken.portfolio.zip", portfolio_members | {"portfolio.json": raw}
    )
    _refused_without_change(journal, path, "portfolio", "isn't valid Unicode")


@GEN
@given(data=st.data(), broken=BROKEN_TEXT)
def test_broken_unicode_in_a_feedback_file_is_refused(
    data: st.DataObject, broken: str, journal: Journal, tmp_path: Path
) -> None:
    document = _feedback_doc()
    where = data.draw(st.sampled_from(_string_paths(document)))
    path = tmp_path / "x.feedback.json"
    path.write_text(json.dumps(_put(document, where, broken)), encoding="ascii")
    _refused_without_change(journal, path, "feedback", "isn't valid Unicode")


@GEN
@given(data=st.data(), broken=BROKEN_TEXT)
def test_broken_unicode_in_a_prompt_pack_is_refused(
    data: st.DataObject, broken: str, journal: Journal, tmp_path: Path
) -> None:
    where = data.draw(st.sampled_from(_string_paths(PACK)))
    path = tmp_path / "pack.json"
    path.write_text(json.dumps(_put(PACK, where, broken)), encoding="ascii")
    _refused_without_change(journal, path, "pack", "isn't valid Unicode")


@GEN
@given(data=st.data(), broken=BROKEN_TEXT)
def test_broken_unicode_in_a_jrnl_export_is_refused(
    data: st.DataObject, broken: str, journal: Journal, tmp_path: Path
) -> None:
    document = json.loads((FIXTURES / "jrnl_export.json").read_text(encoding="utf-8"))
    where = data.draw(st.sampled_from(_string_paths(document)))
    path = tmp_path / "export.json"
    path.write_text(json.dumps(_put(document, where, broken)), encoding="ascii")
    _refused_without_change(journal, path, "jrnl", "isn't valid Unicode")


@GEN
@given(data=st.data(), broken=BROKEN_TEXT)
def test_broken_unicode_in_a_dayone_export_is_refused_and_no_photo_is_copied(
    data: st.DataObject, broken: str, journal: Journal, tmp_path: Path
) -> None:
    document = _dayone_doc()
    where = data.draw(st.sampled_from(_string_paths(document)))
    path = _write_dayone(tmp_path / "dayone.zip", _put(document, where, broken))
    _refused_without_change(journal, path, "dayone", "isn't valid Unicode")


def test_a_file_name_that_is_not_valid_unicode_is_not_a_traceback(
    journal: Journal, tmp_path: Path
) -> None:
    # A name from bytes that aren't UTF-8 reaches Python as lone surrogates.
    name = "caf\udce9.json"
    try:
        path = tmp_path / name
        path.write_text(json.dumps(PACK), encoding="utf-8")
    except (UnicodeEncodeError, OSError):
        pytest.skip("this file system can't hold the name")
    try:
        import_file(journal, path)
    except JournalError as exc:
        assert "\n" not in str(exc)
