"""Journals from jrnl come in as jrnl itself reads them (issue 10, class 15).

Differential: jrnl (installed by the bench extra) exports each journal of a corpus
with ``--export json``, and our importer's entries must agree with it: how many,
their times, titles, bodies, tags and stars. The corpus holds the kinds of files
jrnl's own tests use: partial and unusual dates, tags with punctuation, unicode,
Markdown (line breaks, footnotes, links), entries of one line, a journal from
jrnl 1.x; and a generated journal of many entries. Encrypted journals are refused
with a message that says how to decrypt them.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from journal.portfolio.errors import ImportRefused
from journal.portfolio.imports import detect_kind, import_file
from journal.portfolio.other_tools import ForeignEntry, jrnl_date, parse_jrnl_text
from journal.store.database import Journal

JRNL = Path(sys.executable).with_name("jrnl")
if not JRNL.exists():
    JRNL = Path(shutil.which("jrnl") or JRNL)

needs_jrnl = pytest.mark.skipif(not JRNL.exists(), reason="jrnl is not installed (bench extra)")

CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v4.6
"""

CORPUS: dict[str, str] = {
    "dates": (
        "[2019-07 14:23] A month without its day\nIt is the first, as jrnl reads it.\n\n"
        "[2019-07-14] A day without a time\n\n"
        "[2019-07-15 09:05:30] Seconds too\n\n"
        "[2019-07-15 9:05 PM] A twelve-hour clock\n\n"
        "[2019/07/16 10:00] Slashes\n\n"
        "[July 16, 2019 11:00] A month's name\n\n"
        "[Tue, 16 Jul 2019 12:00] A weekday's name\n\n"
        "[07/17/2019 08:00] Month first\n\n"
        "[25/07/2019 08:00] Day first when it can't be a month\n\n"
        "[2019-07-18T06:30] With a T\n\n"
        "[2019-07-19 7am] Just the hour\n\n"
        "[2019-07-20 14:00] Last one\n"
    ),
    "tags": (
        "[2020-01-01 10:00] Programming @C++ and @C# on @OS/2\n"
        "Also @well-being, @Science. and @science again; mail me@example.com\n"
        "#notatag @2020 @under_score @a+b @x*y.\n\n"
        "[2020-01-02 10:00] No tags here\nJust text @ alone.\n"
    ),
    "unicode": (
        "[2021-03-04 08:00] 日本語のタイトル。二番目の文\n\n"
        "[2021-03-05 08:00] Émoji 🎉 and עברית\nBody with @café and @naïve tags 🌱\n\n"
        "[2021-03-06 08:00] Ünïcödé *\nstarred\n"
    ),
    "markdown": (
        "[2022-05-01 09:00] Line breaks\nFirst line with a break  \nSecond line  \nThird\n\n"
        "[2022-05-02 09:00] Footnotes and links\nA claim[^1].\n\n"
        "[^1]: A source.\n[1] an old-style footnote\n[link](http://example.com) at a line's start\n"
        "[see here] is not a date\n    indented code\n\n"
        "[2022-05-03 09:00] Lists\n- one\n- two\n\n1. first\n2. second\n"
    ),
    "one-line entries": (
        "[2023-01-01 10:00] First sentence. Second sentence!\n"
        "[2023-01-02 10:00] Question? Answer.\n"
        "[2023-01-03 10:00] No full stop at all\n"
        "[2023-01-04 10:00] Starred and short. *\n"
        "[2023-01-05 10:00] The last one. Without a newline"
    ),
    "stars and spacing": (
        "[2024-02-01 10:00] Starred*\nno space before the star\n\n"
        "[2024-02-02 10:00]  Two spaces before the title\nbody\n\n\n\n"
        "[2024-02-03 10:00] Blank lines around the body\n\n\nbody\n\n\n"
        "[2024-02-04 10:00] Windows line ends\r\nbody\r\n"
    ),
}


def _generated(seed: int, count: int) -> str:
    """A journal of many entries: dates in several forms, tags, unicode, Markdown."""
    rng = random.Random(seed)
    words = ["learn", "bridge", "test", "Fractions", "über", "日本", "🎉", "C++", "note", "draft"]
    forms = [
        "{y:04d}-{m:02d}-{d:02d} {H:02d}:{M:02d}",
        "{y:04d}-{m:02d}-{d:02d}",
        "{y:04d}/{m:02d}/{d:02d} {h}:{M:02d} {ap}",
        "{y:04d}-{m:02d} {H:02d}:{M:02d}",
        "{y:04d}-{m:02d}-{d:02d}T{H:02d}:{M:02d}:{S:02d}",
    ]
    parts = []
    for _ in range(count):
        y, m, d = rng.randint(2000, 2025), rng.randint(1, 12), rng.randint(1, 28)
        hour, minute, second = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        stamp = rng.choice(forms).format(
            y=y, m=m, d=d, H=hour, M=minute, S=second,
            h=hour % 12 or 12, ap="PM" if hour >= 12 else "AM",
        )  # fmt: skip
        title = " ".join(rng.choice(words) for _ in range(rng.randint(1, 5)))
        if rng.random() < 0.3:
            title += " @" + rng.choice(["C++", "OS/2", "science", "C#", "well-being"])
        if rng.random() < 0.2:
            title += " *"
        lines = []
        for _ in range(rng.randint(0, 4)):
            line = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
            if rng.random() < 0.3:
                line += "  "  # a Markdown line break
            if rng.random() < 0.2:
                line += " @" + rng.choice(["maths", "Art", "C++"])
            lines.append(line)
        parts.append(f"[{stamp}] {title}\n" + "\n".join(lines) + "\n")
    return "\n".join(parts)


def _jrnl_export(tmp_path: Path, name: str, text: str) -> list[dict[str, Any]]:
    folder = tmp_path / name.replace(" ", "-")
    folder.mkdir()
    journal = folder / "journal.txt"
    journal.write_bytes(text.encode("utf-8"))
    config = folder / "jrnl.yaml"
    config.write_text(CONFIG.format(journal=journal))
    env = {**os.environ, "HOME": str(folder), "XDG_CONFIG_HOME": str(folder), "NO_COLOR": "1"}
    done = subprocess.run(
        [str(JRNL), "--config-file", str(config), "--export", "json"],
        capture_output=True,
        env=env,
        timeout=120,
        check=True,
    )
    assert journal.read_bytes() == text.encode("utf-8")  # jrnl only read it
    entries: list[dict[str, Any]] = json.loads(done.stdout)["entries"]
    return entries


def _theirs(e: dict[str, Any]) -> tuple[object, ...]:
    return (
        e["date"],
        e["time"],
        e["title"].replace("\r", "").strip(),
        e["body"].replace("\r", "").strip(),
        sorted(t.lstrip("@").casefold() for t in e["tags"]),
        e["starred"],
    )


def _ours(e: ForeignEntry) -> tuple[object, ...]:
    return (
        e.when.strftime("%Y-%m-%d"),
        e.when.strftime("%H:%M"),
        e.title,
        e.body.strip(),
        sorted(t.casefold() for t in e.tags if t != "starred"),
        "starred" in e.tags,
    )


def _compare(tmp_path: Path, name: str, text: str) -> list[ForeignEntry]:
    theirs = _jrnl_export(tmp_path, name, text)
    ours = parse_jrnl_text(text, name)
    # jrnl lists entries by time; ties keep the file's order in both.
    ordered = sorted(ours, key=lambda e: e.when)
    assert len(ordered) == len(theirs), name
    for mine, jrnl in zip(ordered, theirs, strict=True):
        assert _ours(mine) == _theirs(jrnl), name
    return ours


@needs_jrnl
@pytest.mark.parametrize("name", sorted(CORPUS))
def test_jrnl_and_our_importer_read_each_journal_alike(tmp_path: Path, name: str) -> None:
    _compare(tmp_path, name, CORPUS[name])


@needs_jrnl
def test_a_generated_journal_of_many_entries_reads_alike(tmp_path: Path) -> None:
    ours = _compare(tmp_path, "generated", _generated(seed=10, count=300))
    assert len(ours) == 300


def test_the_markdown_line_breaks_and_punctuated_tags_reach_the_journal(
    journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "journal.txt"
    path.write_text(CORPUS["markdown"] + "\n" + CORPUS["tags"], encoding="utf-8")
    assert detect_kind(path) == "jrnl"
    import_file(journal, path, "jrnl")
    with journal.read() as session:
        from sqlalchemy import select

        from journal.store.models import Entry

        rows = {e.title: e for e in session.scalars(select(Entry))}
        breaks = rows["Line breaks"]
        assert breaks.body == "First line with a break  \nSecond line  \nThird"
        tags = {t.name.casefold() for t in rows["Programming @C++ and @C# on @OS/2"].tags}
    assert {"c++", "c#", "os/2", "well-being", "science"} <= tags


def test_a_month_without_its_day_is_an_entry_of_its_own() -> None:
    entries = parse_jrnl_text(
        "[2019-07-13 10:00] Before\nbody\n\n[2019-07 14:23] Partial\nmore\n", "j.txt"
    )
    assert [(e.title, e.when.isoformat()) for e in entries] == [
        ("Before", "2019-07-13T10:00:00+00:00"),
        ("Partial", "2019-07-01T14:23:00+00:00"),
    ]
    assert jrnl_date("note") is None and jrnl_date("[1]") is None  # footnotes
    with pytest.raises(ValueError):
        jrnl_date("2019-02-30 10:00")


@pytest.mark.parametrize(
    "content",
    [
        b"JRNLv3" + os.urandom(80),  # jrnl 4.x
        b"gAAAAABk3x1example-fernet-token-bytes==",  # jrnl 2.x
        bytes([0x8F, 0x00]) + os.urandom(46),  # jrnl 1.x: IV and AES blocks, no header
    ],
    ids=["v3", "v2", "v1"],
)
def test_an_encrypted_jrnl_journal_says_to_decrypt_it_first(
    journal: Journal, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "journal.txt"
    path.write_bytes(content)
    for kind in ("jrnl", None):
        with pytest.raises(ImportRefused, match="this jrnl journal is encrypted; decrypt it"):
            import_file(journal, path, kind)


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("# 1\\. Start here", "1. Start here"),
        ("Version 2\\.0 \\- \\*really\\* done\\!", "Version 2.0 - *really* done!"),
        ("\\#hashtag and C\\+\\+ \\[draft\\] a\\_b", "#hashtag and C++ [draft] a_b"),
        ("A path C:\\\\Users stays", "A path C:\\Users stays"),
    ],
)
def test_day_one_titles_lose_markdown_escapes(
    journal: Journal, tmp_path: Path, first_line: str, title: str
) -> None:
    from sqlalchemy import select

    from journal.store.models import Entry
    from tests.portfolio.hostile import build_zip, member

    document = {
        "metadata": {"version": "1.0"},
        "entries": [
            {
                "uuid": "8D4A1B0C5E6F47A28B9C0D1E2F3A4B5C",
                "creationDate": "2025-11-14T22:30:00Z",
                "timeZone": "Europe/London",
                "starred": False,
                "tags": [],
                "text": f"{first_line}\n\nThe body keeps its Markdown: 1\\. as written.",
                "photos": [],
            }
        ],
    }
    path = build_zip(
        tmp_path / "Day One.zip", [member("Journal.json", json.dumps(document).encode())]
    )
    import_file(journal, path, "dayone")
    with journal.read() as session:
        (entry,) = session.scalars(select(Entry))
        assert entry.title == title
        assert entry.body == "The body keeps its Markdown: 1\\. as written."


@pytest.mark.parametrize(
    "head", [b"PK\x03\x04", b"SQLite format 3\x00", b"%PDF-1.7\n", b"\x89PNG\r\n\x1a\n"]
)
def test_other_binary_files_are_not_taken_for_encrypted_jrnl(tmp_path: Path, head: bytes) -> None:
    from journal.portfolio.other_tools import looks_like_jrnl

    data = head + b"\xff\xfe" * 200
    data += b"\x00" * (-len(data) % 16)  # whole AES blocks, like a jrnl 1.x file
    assert not looks_like_jrnl(tmp_path / "x", data)
