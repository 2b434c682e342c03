"""The canary: a word typed everywhere a student can type must be nowhere on disk once locked.

The same scan over a plain journal finds the word, so the test can fail.
"""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from journal.actions import attachments as attachment_actions
from journal.actions import entries as entry_actions
from journal.actions import goals as goal_actions
from journal.actions import reflections as reflection_actions
from journal.store import backup, crypto
from journal.store.attachments import blob_path
from journal.store.database import Journal
from journal.store.templates import list_templates, save_template
from journal.ui.thumbnails import make_thumbnail, thumbnail_path

PASS = "canary passphrase here"


def _type_everywhere(journal: Journal, word: str, folder: Path) -> None:
    """The word in an entry's title and body, a tag, a reflection, a goal and a file's name and
    content (a picture, which also gets a thumbnail); then a backup."""
    entry_id = entry_actions.create_entry(
        journal, title=f"Title {word}", body=f"The body says {word} twice: {word}."
    ).value
    entry_actions.save_revision(journal, entry_id, note=f"note {word}")
    entry_actions.save_draft(journal, entry_id, f"Title {word}", f"Draft about {word}")
    entry_actions.set_tags(journal, entry_id, [word])
    reflection_actions.add_reflection(journal, f"I learned {word}", entry_id=entry_id)
    goal_actions.create_goal(journal, title=f"Goal {word}", why_it_matters=f"because {word}")
    picture = folder / f"picture-{word}.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    image.setText("Comment", word)  # the word is in the file's bytes (a PNG text chunk)
    assert image.save(str(picture))
    assert word.encode() in picture.read_bytes()
    notes = folder / f"notes-{word}.txt"
    notes.write_text(f"my notes about {word}\n" * 100, encoding="utf-8")
    result = attachment_actions.store_files(journal, [picture, notes]).value
    attachment_actions.attach_files(journal, entry_id, result.stored)
    entry_actions.save_revision(journal, entry_id)
    sha = result.stored[0].sha256
    made = make_thumbnail(
        blob_path(journal.paths, sha),
        thumbnail_path(journal.paths, sha),
        key=journal.paths.data_key,
    )
    assert made is not None and not made.isNull()
    assert thumbnail_path(journal.paths, sha).is_file()
    # An entry template of the student's own (a file in the data folder's templates/).
    save_template(journal.paths, f"tpl-{word[-4:]}", f"Template {word}", f"Start with {word}")
    assert any(word in t.body for t in list_templates(journal.paths))
    backup.make_backup(journal)


def _holders(folders: list[Path], word: str) -> list[str]:
    needles = [word.encode("utf-8"), word.encode("utf-16-le")]
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and any(n in path.read_bytes() for n in needles):
                found.append(str(path))
    return found


@pytest.mark.parametrize("locked", [True, False], ids=["locked", "plain"])
def test_canary_word_is_nowhere_on_disk_when_locked(
    locked: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    sources = tmp_path / "sources"  # where the student's own files come from (not scanned)
    sources.mkdir()
    root = tmp_path / "data"
    before, after = f"zq{secrets.token_hex(5)}", f"zq{secrets.token_hex(5)}"

    # Typed while the journal is plain, then the journal is locked...
    with Journal.open(root) as journal:
        _type_everywhere(journal, before, sources)
    if locked:
        recovery = crypto.enable_encryption(root, PASS)
        assert recovery
    # ...and typed again while it is locked.
    with Journal.open(root, passphrase=PASS if locked else None) as journal:
        assert journal.encrypted == locked
        _type_everywhere(journal, after, sources)

    scanned = [root, temp]
    # Every kind of file the journal keeps is there to be scanned.
    assert (root / "journal.db").is_file()
    for folder in ("attachments", "thumbnails", "backups", "templates"):
        assert [p for p in (root / folder).rglob("*") if p.is_file()], folder
    if locked:
        assert _holders(scanned, before) == []
        assert _holders(scanned, after) == []
        # Still all there for the one who knows the passphrase.
        with Journal.open(root, passphrase=PASS, read_only=True) as journal:
            from journal.core.filters import EntryFilter
            from journal.store.search import search_entry_ids

            with journal.read() as session:
                assert len(search_entry_ids(session, EntryFilter(text=before))) == 1
                assert len(search_entry_ids(session, EntryFilter(text=after))) == 1
            bodies = [t.body for t in list_templates(journal.paths)]
            assert any(before in b for b in bodies) and any(after in b for b in bodies)
    else:
        found = _holders(scanned, after)
        assert any(p.endswith("journal.db") or p.endswith("journal.db-wal") for p in found)
        assert any("/attachments/" in p for p in found)
        assert any("/backups/" in p for p in found)
        assert any("/templates/" in p for p in _holders(scanned, before))
