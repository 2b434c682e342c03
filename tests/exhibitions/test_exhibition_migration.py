"""Migration 0002: from an empty database, and from 0001 with exhibitions in it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from journal.store import migrations
from journal.store.database import Journal, make_engine
from journal.store.entries import compress
from journal.store.read_models.exhibitions import exhibition_detail, list_exhibitions

ENTRY, REV1, REV2, EXH, ITEM = "e" * 36, "1" * 36, "2" * 36, "x" * 36, "i" * 36


def _fill_0001(db: Path) -> None:
    con = sqlite3.connect(db)
    try:
        script = f"""
            INSERT INTO entries (id, seq, title, body, learned_on, created_at, updated_at,
                has_unsaved_draft, privacy, voice, cocreation, social, selfdiscovery,
                revision_count)
            VALUES ('{ENTRY}', 1, 'Volcano', 'Lava!', '2026-03-01', '2026-03-01 10:00:00',
                '2026-03-01 10:00:00', 0, 'shareable', 1, 0, 0, 0, 2);
            INSERT INTO revisions (id, entry_id, seq, created_at, title, body_z, sha256, note,
                reason, word_count, words_added, words_removed)
            VALUES ('{REV1}', '{ENTRY}', 1, '2026-03-01 10:00:00', 'Volcano', ?, 'a', NULL,
                'save', 0, 0, 0),
                   ('{REV2}', '{ENTRY}', 2, '2026-03-02 10:00:00', 'Volcano', ?, 'b',
                'More lava', 'save', 0, 0, 0);
            INSERT INTO exhibitions (id, title, statement, audience, created_at, updated_at)
            VALUES ('{EXH}', 'Science fair', 'Rocks change', 'my class', '2026-03-03 10:00:00',
                '2026-03-03 10:00:00');
            INSERT INTO exhibition_items (id, exhibition_id, entry_id, position,
                first_revision_id, final_revision_id, caption_topic, caption_self)
            VALUES ('{ITEM}', '{EXH}', '{ENTRY}', 0, '{REV1}', '{REV2}', 'Magma rises',
                'I like rocks');
            """
        for statement in filter(str.strip, script.split(";")):
            bodies = (compress("Lava"), compress("More lava!"))
            con.execute(statement, bodies if "INTO revisions" in statement else ())
        con.commit()
    finally:
        con.close()


def test_0001_exhibitions_carry_over_and_back(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    engine = make_engine(data / "journal.db")
    try:
        command.upgrade(migrations.alembic_config(engine), "0001")
    finally:
        engine.dispose()
    _fill_0001(data / "journal.db")

    with Journal.open(data, auto_backup=False) as journal:
        assert migrations.is_at_head(journal.engine)
        (summary,) = list_exhibitions(journal)
        assert (summary.title, summary.claim, summary.audience.value) == (
            "Science fair", "Rocks change", "panel",
        )  # fmt: skip
        detail = exhibition_detail(journal, EXH)
        (station,) = detail.stations
        assert (station.id, station.revision_id, station.label) == (ITEM, REV2, "Volcano")
        assert [d.revision_id for d in station.growth] == [REV1, REV2]
        assert (station.caption_topic, station.caption_self) == ("Magma rises", "I like rocks")
        assert station.change_note == "More lava"
        engine = journal.engine
        command.downgrade(migrations.alembic_config(engine), "0001")
    con = sqlite3.connect(data / "journal.db")
    try:
        rows = con.execute(
            "SELECT id, first_revision_id, final_revision_id, caption_topic FROM exhibition_items"
        ).fetchall()
        assert rows == [(ITEM, REV1, REV2, "Magma rises")]
        assert con.execute("SELECT statement FROM exhibitions").fetchone() == ("Rocks change",)
    finally:
        con.close()


def test_an_empty_database_reaches_0002(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "empty.db")
    try:
        migrations.upgrade_to_head(engine)
        # 0002 made the exhibition tables; later revisions keep them.
        assert migrations.current_revision(engine) == migrations.HEAD >= "0002"
        with engine.connect() as conn:
            tables = {
                r[0]
                for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            }
        assert {"exhibition_stations", "exhibition_runs", "exhibition_panel_notes",
                "attachment_descriptions"} <= tables  # fmt: skip
        assert "exhibition_items" not in tables
        command.check(migrations.alembic_config(engine))
    finally:
        engine.dispose()
