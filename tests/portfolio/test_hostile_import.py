"""Hostile portfolio archives: refused in one sentence, nothing changed, nothing left behind."""

from __future__ import annotations

import json
import stat
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from journal.cli import main
from journal.portfolio.errors import ImportRefused
from journal.portfolio.export import export_portfolio
from journal.portfolio.imports import import_file
from journal.portfolio.review import load_for_review
from journal.store.database import Journal
from tests.portfolio.conftest import Filled, db_fingerprint, fill, table_counts
from tests.portfolio.hostile import member, read_members, rebuild_portfolio


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every temporary folder goes here, so a test sees anything left behind."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def valid(filled: Filled, tmp_path: Path) -> Path:
    out = tmp_path / "archives" / "ada.portfolio.zip"
    out.parent.mkdir()
    export_portfolio(filled.journal, out)
    return out


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Journal]:
    """The journal an import goes into, with some entries of its own already."""
    j = Journal.open(tmp_path / "target", auto_backup=False)
    fill(j)
    try:
        yield j
    finally:
        j.close()


def _json(members: dict[str, bytes], change: Callable[[dict], None]) -> dict[str, bytes]:
    data = json.loads(members["portfolio.json"])
    change(data)
    return members | {"portfolio.json": json.dumps(data).encode()}


def _lie_about_sizes(path: Path, names: list[str], size: int) -> None:
    raw = bytearray(path.read_bytes())
    for name in names:
        where = -1
        while True:
            where = raw.find(b"PK\x01\x02", where + 1)
            length = int.from_bytes(raw[where + 28 : where + 30], "little")
            if raw[where + 46 : where + 46 + length] == name.encode():
                break
        raw[where + 24 : where + 28] = size.to_bytes(4, "little")
    path.write_bytes(bytes(raw))


def _first_entry(data: dict) -> dict:
    return data["entries"][0]


CASES: dict[str, tuple[Callable[[Path, dict[str, bytes]], Path], str]] = {}


def case(name: str, words: str) -> Callable[[Callable[[Path, dict[str, bytes]], Path]], None]:
    def register(build: Callable[[Path, dict[str, bytes]], Path]) -> None:
        CASES[name] = (build, words)

    return register


@case("traversal", "climbs out")
def _traversal(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, m, extra=[member("../../evil.txt", b"owned")])


@case("absolute path", "absolute")
def _absolute(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, m, extra=[member("/tmp/evil.txt", b"owned")])


@case("drive letter", "drive letter")
def _drive(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, m, extra=[member("C:/Windows/evil.dll", b"owned")])


@case("UNC path", "another computer")
def _unc(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, m, extra=[member("\\\\server\\share\\evil.txt", b"x")])


@case("reserved name", "Windows keeps")
def _reserved(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, m, extra=[member("attachments/AUX.txt", b"x")])


@case("symlink", "link")
def _symlink(p: Path, m: dict[str, bytes]) -> Path:
    link = member("attachments/passwd", b"/etc/passwd", mode=stat.S_IFLNK | 0o777)
    return rebuild_portfolio(p, m, extra=[link])


@case("duplicate name", "twice")
def _duplicate(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, m, extra=[member("index.html", b"<p>other</p>")], relist=False)


@case("case collision", "differ only")
def _case(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, m, extra=[member("INDEX.html", b"<p>other</p>")])


@case("zip bomb by ratio", "zip bomb")
def _bomb(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, m, extra=[member("attachments/bomb", b"\0" * 40_000_000)])


@case("declared sizes past the total", "more data")
def _total(p: Path, m: dict[str, bytes]) -> Path:
    names = ["index.html", "entries.html", "goals.html"]
    rebuild_portfolio(p, m)
    _lie_about_sizes(p, names, 0x30000000)
    return p


@case("declared size past one member", "too large")
def _member_size(p: Path, m: dict[str, bytes]) -> Path:
    rebuild_portfolio(p, m)
    _lie_about_sizes(p, ["index.html"], 0x7FFFFFF0)
    return p


@case("tampered member", "changed or damaged")
def _tampered(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, m | {"index.html": b"<p>replaced</p>"}, relist=False)


@case("tampered data", "changed or damaged")
def _tampered_json(p: Path, m: dict[str, bytes]) -> Path:
    changed = _json(m, lambda d: _first_entry(d).update(title="Someone else's"))
    return rebuild_portfolio(p, changed, relist=False)


@case("unlisted member", "doesn't list")
def _unlisted(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, m, extra=[member("extra.html", b"<p>hi</p>")], relist=False)


@case("missing manifest", "no manifest")
def _no_manifest(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, {k: v for k, v in m.items() if k != "manifest.json"}, relist=False)


@case("manifest lists a missing member", "is missing")
def _missing(p: Path, m: dict[str, bytes]) -> Path:
    rebuild_portfolio(p, m)
    members = read_members(p)
    return rebuild_portfolio(
        p, {k: v for k, v in members.items() if k != "goals.html"}, relist=False
    )


@case("malformed manifest", "not valid JSON")
def _bad_manifest(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, m | {"manifest.json": b'{"format": "learning-'}, relist=False)


@case("manifest from the future", "newer Learning Journal")
def _future_manifest(p: Path, m: dict[str, bytes]) -> Path:
    manifest = json.loads(m["manifest.json"]) | {"format_version": "2.0"}
    return rebuild_portfolio(p, m | {"manifest.json": json.dumps(manifest).encode()})


@case("malformed portfolio.json", "not valid JSON")
def _bad_json(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, m | {"portfolio.json": b"{ this is not json"})


@case("portfolio.json not UTF-8", "UTF-8")
def _not_utf8(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, m | {"portfolio.json": b'{"format": "\xff\xfe"}'})


@case("duplicate key", "twice")
def _duplicate_key(p: Path, m: dict[str, bytes]) -> Path:
    raw = m["portfolio.json"].replace(b'"format":', b'"format": "x", "format":', 1)
    return rebuild_portfolio(p, m | {"portfolio.json": raw})


@case("NaN", "not valid JSON")
def _nan(p: Path, m: dict[str, bytes]) -> Path:
    raw = m["portfolio.json"].replace(b'"revision_count": 3', b'"revision_count": NaN', 1)
    assert raw != m["portfolio.json"]
    return rebuild_portfolio(p, m | {"portfolio.json": raw})


@case("deep nesting", "nested far too deeply")
def _deep(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, m | {"portfolio.json": b"[" * 100_000 + b"]" * 100_000})


@case("unknown version", "newer Learning Journal")
def _future(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, _json(m, lambda d: d.update(format_version="7.3")))


@case("unknown format", "not a Learning Journal portfolio")
def _format(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, _json(m, lambda d: d.update(format="something-else")))


@case("wrong type", "should be text")
def _wrong_type(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, _json(m, lambda d: _first_entry(d).update(title=42)))


@case("wrong type in a list", "should be a list")
def _wrong_list(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, _json(m, lambda d: d.update(entries={"a": 1})))


@case("boolean as a number", "whole number")
def _bool(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, _json(m, lambda d: _first_entry(d).update(revision_count=True)))


@case("oversized field", "longer than")
def _oversized(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, _json(m, lambda d: _first_entry(d).update(title="x" * 5000)))


@case("bad date", "should be a date")
def _date(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, _json(m, lambda d: _first_entry(d).update(learned_on="2026-02-30")))


@case("naive time", "time zone")
def _naive(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(
        p, _json(m, lambda d: _first_entry(d).update(created_at="2026-03-01T10:00:00"))
    )


@case("bad id", "should be an id")
def _bad_id(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, _json(m, lambda d: _first_entry(d).update(id="../../etc")))


@case("revision text changed", "doesn't match")
def _revision_text(p: Path, m: dict[str, bytes]) -> Path:
    def change(d: dict) -> None:
        _first_entry(d)["revisions"][0]["body"] = "Words I never wrote."

    return rebuild_portfolio(p, _json(m, change))


@case("duplicate id in a goal's parts", "twice")
def _duplicate_part(p: Path, m: dict[str, bytes]) -> Path:
    def change(d: dict) -> None:
        reflections = d["reflections"]
        reflections.append(dict(reflections[0]))

    return rebuild_portfolio(p, _json(m, change))


@case("time out of range", "should be a time")
def _far_time(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(
        p, _json(m, lambda d: _first_entry(d).update(created_at="0001-01-01T00:00:00+14:00"))
    )


@case("dangling reference", "doesn't hold")
def _dangling(p: Path, m: dict[str, bytes]) -> Path:
    def change(d: dict) -> None:
        d["goals"][0]["evidence"][0]["entry_id"] = "11111111-2222-3333-4444-555555555555"

    return rebuild_portfolio(p, _json(m, change))


@case("attachment not in the archive", "doesn't list")
def _unknown_attachment(p: Path, m: dict[str, bytes]) -> Path:
    def change(d: dict) -> None:
        _first_entry(d)["revisions"][0]["attachments"] = [
            {"sha256": "f" * 64, "filename": "x.png", "position": 0}
        ]

    return rebuild_portfolio(p, _json(m, change))


@case("listed attachment missing", "missing an attached file")
def _listed_attachment(p: Path, m: dict[str, bytes]) -> Path:
    def change(d: dict) -> None:
        d["attachments"].append({"sha256": "e" * 64, "size": 3, "media_type": "image/png"})

    return rebuild_portfolio(p, _json(m, change))


@case("manifest and data disagree", "doesn't agree")
def _disagree(p: Path, m: dict[str, bytes]) -> Path:
    return rebuild_portfolio(p, _json(m, lambda d: d["profile"].update(name="Someone Else")))


@case("not a zip", "not a zip")
def _not_zip(p: Path, m: dict[str, bytes]) -> Path:
    p.write_bytes(b"<html>I am not a zip</html>")
    return p


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_archive_is_refused_and_changes_nothing(
    name: str, valid: Path, target: Journal, private_tmp: Path, tmp_path: Path
) -> None:
    build, words = CASES[name]
    hostile = build(tmp_path / "archives" / "hostile.portfolio.zip", read_members(valid))
    counts = table_counts(target)
    fingerprint = db_fingerprint(target)
    archives = sorted(p.name for p in hostile.parent.iterdir())

    with pytest.raises(ImportRefused) as caught:
        import_file(target, hostile, "portfolio")
    message = str(caught.value)
    assert words in message, message
    assert message.endswith(".") and ". " not in message.rstrip("."), message
    assert "Traceback" not in message

    assert table_counts(target) == counts
    assert db_fingerprint(target) == fingerprint
    assert list(private_tmp.iterdir()) == []  # the temporary folder was cleaned up
    assert sorted(p.name for p in hostile.parent.iterdir()) == archives
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil.txt").exists()


@pytest.mark.parametrize("name", ["traversal", "tampered member", "symlink", "unknown version"])
def test_review_refuses_hostile_archives_and_leaves_no_store(
    name: str, valid: Path, private_tmp: Path, tmp_path: Path
) -> None:
    build, words = CASES[name]
    hostile = build(tmp_path / "archives" / "hostile.portfolio.zip", read_members(valid))
    with pytest.raises(ImportRefused, match=words):
        load_for_review(hostile)
    assert list(private_tmp.iterdir()) == []


def test_too_many_members_is_refused(valid: Path, target: Journal, tmp_path: Path) -> None:
    hostile = tmp_path / "archives" / "many.portfolio.zip"
    with zipfile.ZipFile(hostile, "w") as archive:
        for name, data in read_members(valid).items():
            archive.writestr(name, data)
        for i in range(50_001):
            archive.writestr(f"pages/{i}.html", b"")
    counts = table_counts(target)
    with pytest.raises(ImportRefused, match="more than 50,000 files"):
        import_file(target, hostile, "portfolio")
    assert table_counts(target) == counts


def test_command_line_says_one_sentence_and_exits_non_zero(
    valid: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = CASES["traversal"][0](
        tmp_path / "archives" / "bad.portfolio.zip", read_members(valid)
    )
    data = tmp_path / "cli-data"
    assert main(["--data-dir", str(data), "import", str(hostile)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("journal: ") and "climbs out" in err[0]
    assert main(["review", "--summary", str(hostile)]) == 1
    assert "climbs out" in capsys.readouterr().err
