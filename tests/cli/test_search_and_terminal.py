"""``search`` takes any argument without a traceback (issue 10, #12), and no command prints
a terminal control character that came from someone's text (#9).

Generated: search words from every part of Unicode (lone surrogates, as Python
makes them from bytes that are not UTF-8, controls, bidi overrides), limits of
any size, words starting with '-'. Names and comments carrying control
sequences go through a prompt pack, a feedback file, a portfolio, a jrnl
journal, refusal messages and ``review --summary``; the output never holds one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.cli import MAX_QUERY_CHARS, main
from journal.core.terminal import is_terminal_safe, json_safe, safe_text
from journal.store.database import Journal
from journal.store.entries import create_entry

CONTROLS = "".join(chr(c) for c in [*range(0, 32), *range(0x7F, 0xA0)]) + "\u202e\u2066\u200f"
HOSTILE = st.lists(
    st.one_of(
        st.sampled_from(list(CONTROLS)),
        st.sampled_from(
            ["\x1b]0;pwned\x07", "\x1b[2J", "\x1b[31m", "\x9b1;1H", "\udc80", "\ud800"]
        ),
        st.characters(codec="utf-8"),
    ),
    min_size=1,
    max_size=30,
).map("".join)
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def _terminal_safe(text: str) -> bool:
    return is_terminal_safe(text)


@pytest.fixture
def search_dir(journal: Journal) -> Path:
    with journal.write() as session:
        create_entry(session, title="-ish words", body="dash-led and -ish and volcano")
        create_entry(session, title="Volcano \x1b]0;pwned\x07 notes\x9b2J", body="volcano")
    return journal.paths.root


# -- #12 search --------------------------------------------------------------------------------


@SETTINGS
@given(query=HOSTILE)
def test_any_search_words_give_results_or_one_sentence(
    capsys: pytest.CaptureFixture[str], search_dir: Path, query: str
) -> None:
    code, out, err = _run(capsys, "--data-dir", search_dir, "search", "--", query)
    assert "Traceback" not in err
    assert code in (0, 1)
    if code == 1:
        assert len(err.strip().splitlines()) == 1 and err.startswith("journal: ")
    assert _terminal_safe(out) and _terminal_safe(err)


@SETTINGS
@given(limit=st.integers(min_value=0, max_value=10**40))
def test_any_limit_is_taken_or_capped_with_a_note(
    capsys: pytest.CaptureFixture[str], search_dir: Path, limit: int
) -> None:
    code, _out, err = _run(capsys, "--data-dir", search_dir, "search", "volcano", "--limit", limit)
    assert code == 0 and "Traceback" not in err
    if limit > 1_000_000:
        assert "at most 1,000,000" in err


def test_a_negative_or_wordy_limit_is_one_sentence(
    capsys: pytest.CaptureFixture[str], search_dir: Path
) -> None:
    for bad in ("-1", "lots", "1e999"):
        code, _, err = _run(capsys, "--data-dir", search_dir, "search", "x", "--limit", bad)
        assert code == 2 and len(err.strip().splitlines()) == 1


def test_words_starting_with_a_dash_work_after_double_dash(
    capsys: pytest.CaptureFixture[str], search_dir: Path
) -> None:
    code, out, _ = _run(capsys, "--data-dir", search_dir, "search", "--", "-ish")
    assert code == 0 and "-ish words" in out
    code, _, err = _run(capsys, "--data-dir", search_dir, "search", "-ish")
    assert code == 2 and "put '--' before them" in err
    assert "journal search -- -" in Path(__file__).parents[2].joinpath("README.md").read_text()


def test_a_huge_query_is_refused_at_once(
    capsys: pytest.CaptureFixture[str], search_dir: Path
) -> None:
    code, _, err = _run(capsys, "--data-dir", search_dir, "search", "a" * 128 * 1024)
    assert code == 1 and f"at most {MAX_QUERY_CHARS:,} characters" in err
    code, _, err = _run(capsys, "--data-dir", search_dir, "search", "--tag", "t" * 5000)
    assert code == 1 and len(err.strip().splitlines()) == 1
    code, _, _ = _run(capsys, "--data-dir", search_dir, "search", "a" * MAX_QUERY_CHARS)
    assert code == 0


def test_bytes_that_are_not_utf8_in_the_real_argv_are_one_sentence(search_dir: Path) -> None:
    for raw in (b"caf\xe9", b"\xff\xfe", b"ok \x80 words"):
        done = subprocess.run(
            [sys.executable.encode(), b"-m", b"journal", b"--data-dir", os.fsencode(search_dir),
             b"search", raw],
            capture_output=True, timeout=120,
            env={**os.environ, "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": ""},
        )  # fmt: skip
        assert done.returncode == 1, done.stderr
        assert b"Traceback" not in done.stderr
        assert b"not UTF-8" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_search_output_shows_controls_in_titles_as_escapes(
    capsys: pytest.CaptureFixture[str], search_dir: Path
) -> None:
    code, out, _ = _run(capsys, "--data-dir", search_dir, "search", "volcano")
    assert code == 0 and "\\e]0;pwned\\a" in out and "\x1b" not in out
    code, out, _ = _run(capsys, "--data-dir", search_dir, "search", "volcano", "--json")
    assert code == 0 and _terminal_safe(out)
    titles = [row["title"] for row in json.loads(out)]
    assert "Volcano \x1b]0;pwned\x07 notes\x9b2J" in titles  # same data, safely spelled


# -- #9 terminal controls in what the commands print ---------------------------------------


@settings(max_examples=200, deadline=None)
@given(text=HOSTILE)
def test_safe_text_leaves_nothing_a_terminal_obeys_and_keeps_the_rest(text: str) -> None:
    shown = safe_text(text)
    assert _terminal_safe(shown.replace("\n", "").replace("\t", ""))
    printable = "".join(ch for ch in text if is_terminal_safe(ch))
    assert all(ch in shown for ch in printable)
    document = json_safe(json.dumps(text, ensure_ascii=False))
    assert _terminal_safe(document)
    if not any("\ud800" <= ch <= "\udfff" for ch in text):  # (a pair of lone halves reads
        assert json.loads(document) == text  # back as one character: JSON's own rule)


def _pack(name: str, author: str, prompt: str) -> str:
    return json.dumps({
        "format": "learning-journal-prompt-pack", "version": 1, "name": name, "author": author,
        "prompts": [{"id": "p1", "text": prompt, "attribute": "voice"}],
    })  # fmt: skip


NAMES = (
    st.lists(
        st.one_of(
            st.sampled_from(["\x1b]0;pwned\x07", "\x1b[2J", "\x9b2J", "\x07", "\r", "\u202e"]),
            st.characters(codec="utf-8", exclude_categories=["Cs"]),
        ),
        min_size=1,
        max_size=20,
    )
    .map("".join)
    .filter(lambda s: s.strip() != "")
)


@SETTINGS
@given(name=NAMES, author=NAMES)
def test_import_summaries_and_prompt_lists_print_no_controls(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, name: str, author: str
) -> None:
    pack = tmp_path / "pack.json"
    pack.write_text(_pack(name, author, f"What did {name} teach you?"), encoding="utf-8")
    code, out, err = _run(capsys, "--data-dir", data_dir, "import", pack)
    assert "Traceback" not in err
    assert _terminal_safe(out.replace("\n", "")) and _terminal_safe(err.replace("\n", ""))
    if code != 0:
        assert len(err.strip().splitlines()) == 1
    code, out, err = _run(capsys, "--data-dir", data_dir, "prompts")
    assert code == 0 and _terminal_safe(out.replace("\n", "").replace("\t", ""))
    code, out, err = _run(capsys, "--data-dir", data_dir, "prompts", "--json")
    assert code == 0 and _terminal_safe(out.replace("\n", ""))


@SETTINGS
@given(name=NAMES)
def test_refusal_messages_print_no_controls(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, name: str
) -> None:
    clean = name.replace("/", "_").replace("\x00", "_")
    if clean in (".", ".."):
        clean = "x" + clean
    for argv in (
        ["import", str(tmp_path / clean)],
        ["restore", str(tmp_path / clean)],
        ["review", str(tmp_path / clean), "--summary"],
        ["search", "x", "--since", name.replace("\x00", "")],
        ["export", "--out", str(tmp_path / "no such folder" / clean)],
    ):
        code, _out, err = _run(capsys, "--data-dir", data_dir, *argv)
        assert code != 0
        assert "Traceback" not in err
        assert len(err.strip().splitlines()) == 1, err
        assert _terminal_safe(err.replace("\n", "")), err


def test_review_summary_shows_a_hostile_student_name_safely(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    from journal.store.models import LearnerProfile

    with Journal.open(data_dir, auto_backup=False) as journal, journal.write() as session:
        profile = session.query(LearnerProfile).one()
        profile.name = "Ada \x1b]0;pwned\x07\x1b[2J\x9b2J Lovelace\u202e"
        create_entry(session, title="Shared \x1b[31mred", body="x", privacy="shareable")
    archive = tmp_path / "ada.portfolio.zip"
    assert _run(capsys, "--data-dir", data_dir, "export", "--out", archive)[0] == 0
    code, out, err = _run(capsys, "review", archive, "--summary")
    assert code == 0, err
    assert "Ada \\e]0;pwned\\a\\e[2J\\x9b2J Lovelace\\u202e" in out
    assert _terminal_safe(out.replace("\n", ""))
