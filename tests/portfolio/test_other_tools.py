"""Journals from other tools: jrnl (text and JSON) and Day One (JSON zip), hand-made fixtures."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from journal.demo import _png
from journal.portfolio.errors import ImportRefused
from journal.portfolio.imports import detect_kind, import_file
from journal.store.database import Journal
from journal.store.entries import latest_revision, revision_body
from journal.store.models import Entry, RevisionReason
from tests.portfolio.conftest import db_fingerprint, table_counts
from tests.portfolio.hostile import Member, build_zip, member

FIXTURES = Path(__file__).parent / "fixtures"
PHOTO = _png(40, 30, (200, 80, 40), None)  # type: ignore[arg-type]
PHOTO_MD5 = "3c1f0e2d9b8a7c6d5e4f3a2b1c0d9e8f"


def _entries(journal: Journal) -> dict[str, Entry]:
    with journal.read() as s:
        rows = list(s.scalars(select(Entry)))
        for row in rows:
            _ = row.tags, row.attachments, row.revisions
        return {e.title: e for e in rows}


def dayone_zip(path: Path, extra: list[Member] | None = None, photo: bytes = PHOTO) -> Path:
    return build_zip(
        path,
        [
            member("Journal.json", (FIXTURES / "dayone_Journal.json").read_bytes()),
            member(f"photos/{PHOTO_MD5}.png", photo),
            *(extra or []),
        ],
    )


def test_jrnl_text_journal_comes_in_with_dates_tags_and_stars(journal: Journal) -> None:
    path = FIXTURES / "jrnl_journal.txt"
    assert detect_kind(path) == "jrnl"
    result = import_file(journal, path)
    assert result.counts == {"entries": 4, "already_here": 0}
    entries = _entries(journal)
    foam = entries["Measured the foam."]
    assert foam.learned_on == date(2025, 9, 10)
    assert sorted(t.name for t in foam.tags) == ["measuring", "science", "starred"]
    assert foam.privacy == "private"
    assert "31 cm, 28 cm, 35 cm" in foam.body
    poem = entries["Poem draft about the river"]
    assert poem.body.endswith("Next time: more sounds, fewer colours.")
    with journal.read() as s:
        revision = latest_revision(s, poem.id)
        assert revision is not None and revision.reason == RevisionReason.IMPORT.value
        assert revision_body(revision) == poem.body
        assert revision.created_at.isoformat().startswith("2025-09-18T08:45")


def test_jrnl_json_export_comes_in(journal: Journal) -> None:
    path = FIXTURES / "jrnl_export.json"
    assert detect_kind(path) == "jrnl"
    import_file(journal, path, "jrnl")
    entries = _entries(journal)
    assert set(entries) == {
        "Started the volcano project with the @science group.",
        "Measured the foam.",
        "Fractions homework",
    }
    assert entries["Fractions homework"].learned_on == date(2025, 10, 2)
    assert [t.name for t in entries["Measured the foam."].tags] == ["science", "starred"]


@pytest.mark.parametrize("name", ["jrnl_journal.txt", "jrnl_export.json"])
def test_importing_jrnl_twice_adds_nothing_twice(journal: Journal, name: str) -> None:
    import_file(journal, FIXTURES / name, "jrnl")
    counts = table_counts(journal)
    again = import_file(journal, FIXTURES / name, "jrnl")
    assert again.counts["entries"] == 0 and "already" in again.summary
    assert table_counts(journal) == counts


def test_dayone_zip_comes_in_with_photos_dates_and_tags(journal: Journal, tmp_path: Path) -> None:
    path = dayone_zip(tmp_path / "Day One export.zip")
    assert detect_kind(path) == "dayone"
    result = import_file(journal, path)
    assert result.counts["entries"] == 2
    entries = _entries(journal)
    portrait = entries["Three-colour self-portrait"]
    # 22:30 UTC on 14 November is the morning of the 15th in Sydney, where it was written.
    assert portrait.learned_on == date(2025, 11, 15)
    assert sorted(t.name for t in portrait.tags) == ["art", "self-portrait"]
    assert [a.filename for a in portrait.attachments] == ["photo-1.png"]
    assert "![photo](photo-1.png)" in portrait.body and "dayone-moment" not in portrait.body
    with journal.read() as s:
        revision = latest_revision(s, portrait.id)
        assert revision is not None and [a.filename for a in revision.attachments] == [
            "photo-1.png"
        ]
        sha = revision.attachments[0].attachment.sha256
    assert (journal.paths.attachments / sha[:2] / sha).read_bytes() == PHOTO
    band = entries["Band practice"]
    assert band.body.startswith("We finally got the chorus in time.")
    assert sorted(t.name for t in band.tags) == ["music", "starred"]
    counts = table_counts(journal)
    import_file(journal, path, "dayone")
    assert table_counts(journal) == counts


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (member("../escape.txt", b"x"), "climbs out"),
        (member("photos/link", b"/etc/passwd", mode=stat.S_IFLNK | 0o777), "link"),
        (member("PHOTOS/" + PHOTO_MD5 + ".png", PHOTO), "differ only"),
    ],
)
def test_hostile_dayone_zip_is_refused_and_changes_nothing(
    journal: Journal, tmp_path: Path, extra: Member, words: str
) -> None:
    path = dayone_zip(tmp_path / "hostile.zip", [extra])
    counts, fingerprint = table_counts(journal), db_fingerprint(journal)
    with pytest.raises(ImportRefused, match=words):
        import_file(journal, path, "dayone")
    assert (table_counts(journal), db_fingerprint(journal)) == (counts, fingerprint)


def test_dayone_photo_that_is_a_zip_bomb_is_refused(journal: Journal, tmp_path: Path) -> None:
    path = dayone_zip(tmp_path / "bomb.zip", photo=b"\0" * 30_000_000)
    counts, fingerprint = table_counts(journal), db_fingerprint(journal)
    with pytest.raises(ImportRefused, match="zip bomb"):
        import_file(journal, path, "dayone")
    assert (table_counts(journal), db_fingerprint(journal)) == (counts, fingerprint)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d["entries"][0].update(creationDate="yesterday"), "should be a time"),
        (lambda d: d["entries"][0].update(text=["not", "text"]), "should be text"),
        (lambda d: d["entries"][0].update(tags="art"), "should be a list"),
        (lambda d: d.update(entries=None), "should be a list"),
    ],
)
def test_malformed_dayone_json_is_refused(
    journal: Journal, tmp_path: Path, change: object, words: str
) -> None:
    document = json.loads((FIXTURES / "dayone_Journal.json").read_text())
    change(document)  # type: ignore[operator]
    path = build_zip(tmp_path / "bad.zip", [member("Journal.json", json.dumps(document).encode())])
    counts = table_counts(journal)
    with pytest.raises(ImportRefused, match=words):
        import_file(journal, path, "dayone")
    assert table_counts(journal) == counts


def test_encrypted_jrnl_journal_is_refused_with_a_way_forward(
    journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(b"gAAAAABk3x1example-fernet-token-bytes==")
    with pytest.raises(ImportRefused, match="this jrnl journal is encrypted; decrypt it"):
        import_file(journal, path, "jrnl")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Just some notes\nwith no dates\n", "doesn't look like a jrnl journal"),
        ("[2025-02-30 10:00] A day that never was\n", "doesn't exist"),
        ("", "no jrnl entries"),
    ],
)
def test_text_that_is_not_jrnl_is_refused(
    journal: Journal, tmp_path: Path, text: str, words: str
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(text)
    with pytest.raises(ImportRefused, match=words):
        import_file(journal, path, "jrnl")


def test_twelve_hour_clock_and_old_jrnl_headers(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "twelve.txt"
    path.write_text("[2024-05-01 07:15 PM] Evening run\nFelt strong.\n\n")
    import_file(journal, path, "jrnl")
    # jrnl 1.x wrote no brackets; a file is one or the other, as jrnl reads it.
    old = tmp_path / "old.txt"
    old.write_text("2023-01-02 09:00 Old style entry\nStill works.\n")
    import_file(journal, old, "jrnl")
    entries = _entries(journal)
    assert entries["Evening run"].created_at.hour == 19
    assert entries["Old style entry"].learned_on == date(2023, 1, 2)
