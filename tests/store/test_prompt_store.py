"""Prompts in the journal: built-ins, the student's own, teachers' packs (all-or-nothing)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from journal.portfolio.imports import detect_kind, import_file
from journal.store import prompts as sp
from journal.store.database import Journal
from journal.store.entries import create_entry
from journal.store.errors import JournalError
from journal.store.models import Prompt, PromptPack
from journal.store.reflections import add_reflection, reflection_records


def _pack(**overrides: object) -> bytes:
    pack: dict[str, object] = {
        "format": "learning-journal-prompt-pack",
        "version": 1,
        "name": "Year 8 science",
        "author": "Ms Okafor",
        "prompts": [
            {"id": "sci-1", "text": "What surprised me in the experiment?", "attribute": "voice"},
            {
                "id": "sci-2",
                "text": "Who did I check my method with?",
                "attribute": "social",
                "moment": "checkpoint",
                "learn_best": True,
            },
        ],
    }
    pack.update(overrides)
    return json.dumps(pack).encode()


def _dump(db: Path) -> list[tuple[str, list[tuple[object, ...]]]]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [
            row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return [
            (t, sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr))
            for t in sorted(tables)
            if not t.startswith(("sqlite_", "entries_fts"))
        ]
    finally:
        con.close()


def test_sync_inserts_the_library_once_and_is_idempotent(journal: Journal) -> None:
    with journal.write() as s:
        assert sp.sync_builtin_prompts(s) == len(sp.builtin_prompts())
        assert sp.sync_builtin_prompts(s) == 0
    with journal.read() as s:
        count = s.scalar(select(func.count()).select_from(Prompt).where(Prompt.source == "builtin"))
    assert count == len(sp.builtin_prompts())


def test_sync_follows_library_changes_and_switches_off_removed_prompts(journal: Journal) -> None:
    with journal.write() as s:
        sp.sync_builtin_prompts(s)
        s.get_one(Prompt, "voice-01").text = "old words"
        s.add(Prompt(id="voice-99", text="gone", attribute="voice", source="builtin"))
    with journal.write() as s:
        assert sp.sync_builtin_prompts(s) == 2
        builtin = sp.get_prompt(s, "voice-01")
        assert builtin is not None and s.get_one(Prompt, "voice-01").text == builtin.text
        assert s.get_one(Prompt, "voice-99").enabled is False


def test_listing_works_on_a_journal_never_synced(journal: Journal) -> None:
    with journal.read() as s:
        listed = sp.list_prompts(s)
        social = sp.list_prompts(s, attribute="social")
    assert len(listed) == len(sp.builtin_prompts())
    assert social and all(p.attribute == "social" for p in social)


def test_my_own_prompts_are_listed_changed_and_deleted(journal: Journal) -> None:
    with journal.write() as s:
        mine = sp.add_my_prompt(
            s, "  What made me laugh   while learning? ", "voice", learn_best=True
        )
    assert mine.source == "mine" and mine.text == "What made me laugh while learning?"
    with journal.read() as s:
        assert mine.id in sp.learn_best_prompt_ids(s)
    with journal.write() as s:
        sp.update_my_prompt(s, mine.id, text="What made me curious?", attribute="selfdiscovery")
        with pytest.raises(JournalError, match="Only prompts you wrote"):
            sp.update_my_prompt(s, "voice-01", text="x", attribute="voice")
    with journal.read() as s:
        listed = sp.list_prompts(s)
        assert listed[-1].text == "What made me curious?"
        assert listed[-1].attribute == "selfdiscovery" and not listed[-1].learn_best
        assert mine.id not in sp.learn_best_prompt_ids(s)
    with pytest.raises(JournalError, match="no text"), journal.write() as s:
        sp.add_my_prompt(s, "   ", "voice")
    with journal.write() as s:
        sp.delete_my_prompt(s, mine.id)
        assert all(p.source != "mine" for p in sp.list_prompts(s))


def test_switching_a_builtin_prompt_off_hides_it(journal: Journal) -> None:
    with journal.write() as s:
        sp.set_prompt_enabled(s, "voice-01", False)
    with journal.read() as s:
        assert "voice-01" not in {p.id for p in sp.list_prompts(s)}
        assert "voice-01" in {p.id for p in sp.list_prompts(s, include_disabled=True)}


def test_daily_prompt_is_stable_and_differs_from_yesterdays(journal: Journal) -> None:
    day = date(2026, 3, 14)
    with journal.read() as s:
        today = sp.daily_prompt(s, day)
        again = sp.daily_prompt(s, day)
        yesterday = sp.daily_prompt(s, day - timedelta(days=1))
        told = sp.daily_prompt(s, day, previous_id=today.id if today else None)
    assert today is not None and today == again and today.moment == "daily"
    assert yesterday is not None and yesterday.id != today.id
    assert told is not None and told.id != today.id


def test_daily_prompt_leans_away_from_what_i_wrote_about_lately(journal: Journal) -> None:
    start = date(2026, 3, 1)
    with journal.write() as s:
        for i in range(12):
            create_entry(
                s,
                title=f"e{i}",
                body="x",
                learned_on=start - timedelta(days=i % 20),
                attributes=["voice", "cocreation", "social"],
            )
    with journal.read() as s:
        counts = sp.recent_counts(s, start + timedelta(days=1))
        picks = [sp.daily_prompt(s, start + timedelta(days=i)) for i in range(1, 15)]
    assert counts["voice"] == 12 and counts["selfdiscovery"] == 0
    shares = sum(1 for p in picks if p is not None and p.attribute == "selfdiscovery")
    assert shares >= 11


def test_moment_and_another_prompts(journal: Journal) -> None:
    with journal.read() as s:
        cp = sp.moment_prompt(s, "checkpoint", key="cp-1", day=date(2026, 3, 14))
        other = sp.another_prompt(
            s, cp.id if cp else None, moment="checkpoint", day=date(2026, 3, 14)
        )
    assert cp is not None and cp.moment == "checkpoint"
    assert other is not None and other.id != cp.id and other.moment == "checkpoint"


def test_importing_a_pack_adds_its_prompts(journal: Journal) -> None:
    with journal.write() as s:
        info = sp.import_prompt_pack(s, _pack())
    assert (info.name, info.author, info.prompts, info.enabled) == (
        "Year 8 science",
        "Ms Okafor",
        2,
        True,
    )
    with journal.read() as s:
        pack_prompts = [p for p in sp.list_prompts(s) if p.source == "pack"]
        learn_best = sp.learn_best_prompt_ids(s)
    assert [p.text for p in pack_prompts] == [
        "What surprised me in the experiment?",
        "Who did I check my method with?",
    ]
    assert all(p.pack_name == "Year 8 science" for p in pack_prompts)
    assert pack_prompts[1].id in learn_best


def test_reimporting_a_pack_refreshes_it_and_keeps_reflection_links(journal: Journal) -> None:
    with journal.write() as s:
        sp.import_prompt_pack(s, _pack())
        first = next(p for p in sp.list_prompts(s) if p.source == "pack")
        add_reflection(s, "It fizzed.", prompt_id=first.id)
    newer = _pack(
        prompts=[{"id": "sci-1", "text": "What surprised me most?", "attribute": "voice"}]
    )
    with journal.write() as s:
        info = sp.import_prompt_pack(s, newer)
    assert info.prompts == 1
    with journal.read() as s:
        (record,) = reflection_records(s)
        packs = sp.list_packs(s)
        enabled = [p for p in sp.list_prompts(s) if p.source == "pack"]
    assert record.prompt_id == first.id
    assert len(packs) == 1 and [p.text for p in enabled] == ["What surprised me most?"]


def test_switching_a_pack_off_hides_its_prompts_and_removing_keeps_answers(
    journal: Journal,
) -> None:
    with journal.write() as s:
        info = sp.import_prompt_pack(s, _pack())
        pid = next(p.id for p in sp.list_prompts(s) if p.source == "pack")
        add_reflection(s, "An answer.", prompt_id=pid)
        sp.set_pack_enabled(s, info.id, False)
    with journal.read() as s:
        assert all(p.source != "pack" for p in sp.list_prompts(s))
        assert sp.list_packs(s)[0].enabled is False
    with journal.write() as s:
        sp.set_pack_enabled(s, info.id, True)
        assert any(p.source == "pack" for p in sp.list_prompts(s))
        sp.remove_pack(s, info.id)
    with journal.read() as s:
        (record,) = reflection_records(s)
        assert sp.list_packs(s) == []
    assert record.prompt_id is None and record.body == "An answer."
    assert record.prompt_text == "What surprised me in the experiment?"


HOSTILE = [
    b"{not json at all",
    b"",
    b"null",
    b"[]",
    json.dumps(
        {"format": "learning-journal-prompt-pack", "version": 99, "name": "x", "prompts": []}
    ).encode(),
    _pack(name=["not", "a", "string"]),
    _pack(prompts=[{"id": "a", "text": "x" * 100_000, "attribute": "voice"}]),
    _pack(prompts=[{"id": "a", "text": "Hi", "attribute": "voice"}] * 100_000),
    _pack(prompts=[{"id": f"p{i}", "text": "Hi", "attribute": "voice"} for i in range(600)]),
    _pack(prompts=[{"id": "ok", "text": "Fine", "attribute": "voice"}, {"id": "bad"}]),
    b"[" * 50_000,
]


@pytest.mark.parametrize("raw", HOSTILE, ids=range(len(HOSTILE)))
def test_malformed_or_hostile_pack_changes_nothing(journal: Journal, raw: bytes) -> None:
    with journal.write() as s:
        sp.import_prompt_pack(s, _pack(name="Existing"))
    before = _dump(journal.paths.database)
    with pytest.raises(sp.PromptPackError) as caught, journal.write() as s:
        sp.import_prompt_pack(s, raw)
    message = str(caught.value)
    assert message.endswith(".") and "\n" not in message and len(message) < 300
    assert _dump(journal.paths.database) == before


def test_import_file_dispatches_packs_by_content(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "science.txt"  # the name doesn't matter, the content does
    path.write_bytes(_pack())
    assert detect_kind(path) == "pack"
    result = import_file(journal, path)
    assert result.kind == "pack" and result.counts == {"prompts": 2}
    assert "Year 8 science" in result.summary
    with journal.read() as s:
        assert s.scalar(select(func.count()).select_from(PromptPack)) == 1


def test_import_file_refuses_unknown_kinds_and_oversized_files(
    journal: Journal, tmp_path: Path
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("just some notes")
    with pytest.raises(JournalError, match="can't tell what kind"):
        import_file(journal, text)
    with pytest.raises(JournalError, match="isn't a kind of file"):
        import_file(journal, text, "spreadsheet")
    huge = tmp_path / "huge.json"
    huge.write_bytes(b'{"format": "learning-journal-prompt-pack", "x": "' + b"a" * 600_000 + b'"}')
    with pytest.raises(JournalError, match=r"at most 512\.0 kB"):
        import_file(journal, huge)
    with pytest.raises(JournalError, match="There is no file"):
        import_file(journal, tmp_path / "missing.json", "pack")
    with journal.read() as s:
        assert s.scalar(select(func.count()).select_from(PromptPack)) == 0
