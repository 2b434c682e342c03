"""Generated hostile input in every format: broken Unicode, duplicates, dates out of range.

Each test generates its class of input with Hypothesis, using explicit
alphabets (its default text strategy leaves out surrogates and control
characters), and checks the import is either refused in one sentence with
nothing changed and no file copied, or done once.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import tempfile
import uuid
import zlib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from journal.core.untrusted import EARLIEST_YEAR, LATEST_YEAR, broken_text_at, is_valid_unicode
from journal.portfolio.errors import ImportRefused
from journal.portfolio.export import export_portfolio
from journal.portfolio.imports import import_file
from journal.portfolio.safezip import SafeZip
from journal.store.check import check_journal
from journal.store.database import Journal
from journal.store.errors import JournalError
from journal.store.models import Criterion, Entry, Goal, LearnerProfile, Reflection, Revision
from tests.portfolio.conftest import fill, table_counts
from tests.portfolio.hostile import Member, build_zip, member, read_members, rebuild_portfolio
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
    path = tmp_path / os.fsdecode(b"caf\xe9.json")
    assert "\udce9" in str(path)
    with open(os.fsencode(path), "w", encoding="utf-8") as handle:
        handle.write(json.dumps(PACK))
    try:
        result = import_file(journal, path)
    except JournalError as exc:
        assert "\n" not in str(exc)
    else:
        assert result is not None


# -- #8: the same entry twice in a file from another tool --------------------------------

WORDS = (
    st.text(st.sampled_from("abcdefgh XYZ.,!"), min_size=1, max_size=20).map(str.strip).filter(bool)
)
JRNL_ENTRY = st.tuples(
    st.dates(date(1990, 1, 1), date(2100, 12, 31)), st.integers(0, 23), st.integers(0, 59), WORDS,
    WORDS,
)  # fmt: skip


def _jrnl_text(items: list[tuple[date, int, int, str, str]]) -> str:
    return "\n".join(f"[{d.isoformat()} {h:02d}:{m:02d}] {t}\n{b}\n" for d, h, m, t, b in items)


def _entry_count(journal: Journal) -> int:
    with journal.read() as s:
        return int(s.scalar(select(func.count(Entry.id))) or 0)


@GEN
@given(items=st.lists(JRNL_ENTRY, min_size=1, max_size=6), repeats=st.lists(st.integers(0, 5)))
def test_repeated_jrnl_entries_are_imported_once(
    items: list[tuple[date, int, int, str, str]],
    repeats: list[int],
    _template_journal: Path,
    tmp_path: Path,
) -> None:
    with_repeats = items + [items[i % len(items)] for i in repeats]
    distinct = {(d, h, m, t, b) for d, h, m, t, b in items}
    text_file = tmp_path / "journal.txt"
    text_file.write_text(_jrnl_text(with_repeats), encoding="utf-8")
    json_file = tmp_path / "export.json"
    json_file.write_text(
        json.dumps(
            {
                "tags": {},
                "entries": [
                    {"title": t, "body": b, "date": d.isoformat(), "time": f"{h:02d}:{m:02d}",
                     "tags": [], "starred": False}
                    for d, h, m, t, b in with_repeats
                ],
            }
        ),
        encoding="utf-8",
    )  # fmt: skip
    for path in (text_file, json_file):
        folder = Path(tempfile.mkdtemp(dir=tmp_path))
        shutil.copytree(_template_journal, folder / "j", ignore=shutil.ignore_patterns("*.lock"))
        with Journal.open(folder / "j", auto_backup=False) as journal:
            result = import_file(journal, path, "jrnl")
            assert result.counts["entries"] == len(distinct) == _entry_count(journal)
            again = import_file(journal, path, "jrnl")
            assert again.counts["entries"] == 0 and _entry_count(journal) == len(distinct)


def test_one_uuid_on_two_different_jrnl_entries_is_refused(
    journal: Journal, tmp_path: Path
) -> None:
    one = {"title": "A", "body": "a", "date": "2025-01-01", "time": "10:00", "tags": [],
           "starred": False, "uuid": "same"}  # fmt: skip
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"entries": [one, one | {"body": "b"}]}), encoding="utf-8")
    _refused_without_change(journal, path, "jrnl", "two different entries with the same id")


@GEN
@given(copies=st.lists(st.integers(0, 1), min_size=1, max_size=5), twice=st.booleans())
def test_repeated_dayone_entries_and_photos_are_imported_once(
    copies: list[int], twice: bool, _template_journal: Path, tmp_path: Path
) -> None:
    document = _dayone_doc()
    entries = document["entries"]
    photo = entries[0]["photos"][0]
    if twice:  # the same picture twice in one entry, and in a second entry too
        entries[0]["photos"].append(photo)
        entries[1]["photos"] = [photo | {"identifier": "AB" * 16}]
        entries[1]["text"] += "\n![](dayone-moment://" + "AB" * 16 + ")"
    document["entries"] = entries + [entries[i] for i in copies]
    path = _write_dayone(tmp_path / "dayone.zip", document)
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    shutil.copytree(_template_journal, folder / "j", ignore=shutil.ignore_patterns("*.lock"))
    with Journal.open(folder / "j", auto_backup=False) as journal:
        result = import_file(journal, path, "dayone")
        assert result.counts["entries"] == 2 == _entry_count(journal)
        blobs = [p for p in journal.paths.attachments.rglob("*") if p.is_file()]
        assert len(blobs) == 1  # one picture, stored once, nothing left over
        assert import_file(journal, path, "dayone").counts["entries"] == 0


def test_one_uuid_on_two_different_dayone_entries_is_refused(
    journal: Journal, tmp_path: Path
) -> None:
    document = _dayone_doc()
    document["entries"].append(document["entries"][0] | {"text": "Something else"})
    path = _write_dayone(tmp_path / "dayone.zip", document)
    _refused_without_change(journal, path, "dayone", "two different entries with the same id")


def test_an_import_that_fails_while_writing_leaves_no_copied_photo(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.portfolio import other_tools

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ImportRefused("Something went wrong while writing; nothing was changed.")

    monkeypatch.setattr(other_tools, "save_revision", broken)
    path = _write_dayone(tmp_path / "dayone.zip", _dayone_doc())
    _refused_without_change(journal, path, "dayone", "nothing was changed")


# -- #13: dates out of the range a journal holds -----------------------------------------

FAR_DAYS = st.one_of(
    st.dates(date(1, 1, 1), date(EARLIEST_YEAR - 1, 12, 31)),
    st.dates(date(LATEST_YEAR + 1, 1, 1), date(9999, 12, 31)),
)
SANE_DAYS = st.sampled_from(
    [date(EARLIEST_YEAR, 1, 1), date(2026, 3, 14), date(LATEST_YEAR, 12, 31)]
)


@GEN
@given(day=FAR_DAYS)
def test_jrnl_dates_out_of_range_are_refused(day: date, journal: Journal, tmp_path: Path) -> None:
    text_file = tmp_path / "journal.txt"
    text_file.write_text(f"[2025-01-01 09:00] Fine\n\n[{day.isoformat()} 10:00] Far\n")
    _refused_without_change(journal, text_file, "jrnl", "outside the years")
    json_file = tmp_path / "export.json"
    entry = {"title": "Far", "body": "", "date": day.isoformat(), "time": "10:00", "tags": [],
             "starred": False}  # fmt: skip
    json_file.write_text(json.dumps({"entries": [entry]}))
    _refused_without_change(journal, json_file, "jrnl", "outside the years")


@GEN
@given(day=FAR_DAYS)
def test_dayone_dates_out_of_range_are_refused(day: date, journal: Journal, tmp_path: Path) -> None:
    document = _dayone_doc()
    document["entries"][1]["creationDate"] = f"{day.isoformat()}T12:00:00Z"
    path = _write_dayone(tmp_path / "dayone.zip", document)
    _refused_without_change(journal, path, "dayone", "outside the years")


@GEN
@given(data=st.data(), day=FAR_DAYS)
def test_portfolio_dates_out_of_range_are_refused(
    data: st.DataObject,
    day: date,
    portfolio_members: dict[str, bytes],
    journal: Journal,
    tmp_path: Path,
) -> None:
    document = json.loads(portfolio_members["portfolio.json"])
    entry = data.draw(st.sampled_from(document["entries"]))
    key = data.draw(st.sampled_from(["learned_on", "created_at", "updated_at"]))
    entry[key] = day.isoformat() + ("" if key == "learned_on" else "T12:00:00Z")
    raw = json.dumps(document).encode()
    path = rebuild_portfolio(
        tmp_path / "far.portfolio.zip", portfolio_members | {"portfolio.json": raw}
    )
    _refused_without_change(journal, path, "portfolio", "outside the years")


@GEN
@given(day=SANE_DAYS)
def test_dates_at_the_ends_of_the_range_are_taken(
    day: date, _template_journal: Path, tmp_path: Path
) -> None:
    path = tmp_path / "journal.txt"
    path.write_text(f"[{day.isoformat()} 10:00] Edge\n")
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    shutil.copytree(_template_journal, folder / "j", ignore=shutil.ignore_patterns("*.lock"))
    with Journal.open(folder / "j", auto_backup=False) as journal:
        assert import_file(journal, path, "jrnl").counts["entries"] == 1


# -- #14: a second name in the zip, and folder entries -------------------------------------

SAFE_NAME = st.text(st.sampled_from("abcxyz019-_"), min_size=1, max_size=8)
OTHER_NAME = st.one_of(
    st.sampled_from(["../../evil.html", "/etc/passwd", "index.html", "C:/x", "a/../b"]),
    st.text(ANY_CHAR.filter(lambda c: not 0xD800 <= ord(c) <= 0xDFFF), min_size=1, max_size=12),
)


def _unicode_path(name: str, other: bytes, version: int = 1) -> bytes:
    body = bytes([version]) + zlib.crc32(name.encode()).to_bytes(4, "little") + other
    return struct.pack("<HH", 0x7075, len(body)) + body


def _with_second_name(name: str, data: bytes, second: bytes, version: int = 1) -> Member:
    info, payload = member(name, data)
    info.extra = _unicode_path(name, second, version)
    return info, payload


@GEN
@given(other=OTHER_NAME)
def test_a_member_with_a_different_unicode_path_name_is_refused(
    other: str, portfolio_members: dict[str, bytes], journal: Journal, tmp_path: Path
) -> None:
    name = "index.html"
    if other == name:
        return
    members = [
        _with_second_name(n, d, other.encode("utf-8")) if n == name else member(n, d)
        for n, d in portfolio_members.items()
    ]
    path = build_zip(tmp_path / "second.portfolio.zip", members)
    with pytest.raises(ImportRefused, match="second name"):
        SafeZip(path).close()
    _refused_without_change(journal, path, "portfolio", "second name")


@pytest.mark.parametrize(
    ("second", "version"), [(b"\xff\xfe", 1), (b"index.html", 2)], ids=["not-utf8", "version"]
)
def test_a_damaged_unicode_path_field_is_refused(
    second: bytes, version: int, tmp_path: Path
) -> None:
    path = build_zip(tmp_path / "x.zip", [_with_second_name("index.html", b"x", second, version)])
    with pytest.raises(ImportRefused, match="damaged second name"):
        SafeZip(path).close()


def test_a_unicode_path_field_naming_the_same_member_is_fine(tmp_path: Path) -> None:
    path = build_zip(
        tmp_path / "x.zip", [_with_second_name("caf\u00e9.txt", b"x", "caf\u00e9.txt".encode())]
    )
    with SafeZip(path) as archive:
        assert archive.read("caf\u00e9.txt") == b"x"


@GEN
@given(folders=st.lists(SAFE_NAME, min_size=1, max_size=3, unique=True))
def test_an_unlisted_folder_entry_in_a_portfolio_is_refused(
    folders: list[str], portfolio_members: dict[str, bytes], journal: Journal, tmp_path: Path
) -> None:
    path = build_zip(
        tmp_path / "folders.portfolio.zip",
        [member(n, d) for n, d in portfolio_members.items()]  # listed as they are
        + [member(f"{f}/", b"") for f in [*folders, "attachments"]],
    )
    _refused_without_change(journal, path, "portfolio", "doesn't list")


# -- #2: ids never merge across journals; check sees revision order ------------------------


def _history(journal: Journal) -> dict[str, Any]:
    """Everything a colliding import could wrongly add to: per entry, per goal."""
    with journal.read() as s:
        revisions: dict[str, list[tuple[int, str]]] = {}
        for r in s.scalars(select(Revision).order_by(Revision.entry_id, Revision.seq)):
            revisions.setdefault(r.entry_id, []).append((r.seq, r.sha256))
        criteria: dict[str, list[str]] = {}
        for c in s.scalars(select(Criterion).order_by(Criterion.goal_id, Criterion.position)):
            criteria.setdefault(c.goal_id, []).append(c.text)
        reflections = sorted((r.id, r.body) for r in s.scalars(select(Reflection)))
        profile = s.scalar(select(LearnerProfile))
        assert profile is not None
        return {
            "revisions": revisions,
            "criteria": criteria,
            "reflections": reflections,
            "who": (profile.journal_id, profile.name),
        }


def _ids(journal: Journal) -> dict[str, list[str]]:
    with journal.read() as s:
        return {
            "entries": list(s.scalars(select(Entry.id))),
            "revisions": list(s.scalars(select(Revision.id))),
            "goals": list(s.scalars(select(Goal.id))),
            "criteria": list(s.scalars(select(Criterion.id))),
            "reflections": list(s.scalars(select(Reflection.id))),
        }


def _portfolio_ids(document: dict[str, Any]) -> dict[str, list[str]]:
    return {
        "entries": [e["id"] for e in document["entries"]],
        "revisions": [r["id"] for e in document["entries"] for r in e["revisions"]],
        "goals": [g["id"] for g in document["goals"]],
        "criteria": [c["id"] for g in document["goals"] for c in g["criteria"]],
        "reflections": [r["id"] for r in document["reflections"]],
    }


@GEN
@given(data=st.data())
def test_a_portfolio_of_another_journal_never_merges_into_colliding_records(
    data: st.DataObject,
    portfolio_members: dict[str, bytes],
    _template_journal: Path,
    tmp_path: Path,
) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    shutil.copytree(_template_journal, folder / "j", ignore=shutil.ignore_patterns("*.lock"))
    with Journal.open(folder / "j", auto_backup=False) as journal:
        fill(journal)  # another student's journal, with ids of its own
        with journal.write() as s:  # (copied from the same template: give it its own identity)
            profile = s.scalar(select(LearnerProfile))
            assert profile is not None
            profile.journal_id = str(uuid.uuid4())
        theirs, mine = (
            _portfolio_ids(json.loads(portfolio_members["portfolio.json"])),
            _ids(journal),
        )
        raw = portfolio_members["portfolio.json"].decode()
        for kind, ids in theirs.items():  # make some of the portfolio's ids collide with mine
            for old in data.draw(st.lists(st.sampled_from(ids), unique=True), label=kind):
                raw = raw.replace(old, data.draw(st.sampled_from(mine[kind])))
        try:
            json.loads(raw)
        except ValueError:
            return
        path = rebuild_portfolio(
            tmp_path / "other.portfolio.zip", portfolio_members | {"portfolio.json": raw.encode()}
        )
        before = _history(journal)
        try:
            result = import_file(journal, path, "portfolio")
        except ImportRefused as exc:  # two of its records now share an id: refused is fine
            assert "\n" not in str(exc)
            assert _history(journal) == before
            return
        after = _history(journal)
        for entry_id, history in before["revisions"].items():
            assert after["revisions"][entry_id] == history  # no revision joined my entries
        for goal_id, criteria in before["criteria"].items():
            assert after["criteria"][goal_id] == criteria  # no criterion joined my goals
        assert set(before["reflections"]) <= set(after["reflections"])
        assert after["who"] == before["who"]
        assert result.counts["entries"] >= 1 and "another journal" in result.summary
        assert check_journal(journal) == []
        again = import_file(journal, path, "portfolio")
        assert not any(again.counts.values())


def test_journal_check_finds_revision_order_problems(journal: Journal) -> None:
    filled = fill(journal)
    assert check_journal(journal) == []
    with journal.write() as s:
        revisions = list(
            s.scalars(
                select(Revision).where(Revision.entry_id == filled.shared_id).order_by(Revision.seq)
            )
        )
        revisions[-1].created_at = revisions[0].created_at - timedelta(days=3)
        entry = s.get(Entry, filled.shared_id)
        assert entry is not None
        entry.revision_count = 7
    problems = check_journal(journal)
    assert any("dated before the revision it follows" in p for p in problems), problems
    assert any("revision count (7)" in p for p in problems), problems
