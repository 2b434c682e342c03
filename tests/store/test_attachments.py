"""Attachments: stored once by their SHA-256, written safely, checked for damage."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from journal.store.attachments import (
    attach,
    blob_path,
    detach,
    store_bytes,
    store_file,
    verify,
)
from journal.store.database import Journal
from journal.store.entries import create_entry, list_revisions, save_revision
from journal.store.errors import JournalError
from journal.store.models import Attachment, EntryAttachment


def _temp_files(journal: Journal) -> list[Path]:
    return [p for p in journal.paths.attachments.rglob(".*") if p.is_file()]


def _stored_files(journal: Journal) -> list[Path]:
    return [p for p in journal.paths.attachments.rglob("*") if p.is_file()]


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "bridge photo.png"
    path.write_bytes(b"\x89PNG fake image " * 5000)
    return path


def test_the_same_bytes_are_stored_once_however_often_attached(
    journal: Journal, photo: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "same picture, other name.png"
    copy.write_bytes(photo.read_bytes())
    first = store_file(journal.paths, photo)
    second = store_file(journal.paths, copy)
    third = store_bytes(journal.paths, photo.read_bytes(), "generated.png")
    assert first.sha256 == second.sha256 == third.sha256
    assert first.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert _stored_files(journal) == [blob_path(journal.paths, first.sha256)]
    assert blob_path(journal.paths, first.sha256).read_bytes() == photo.read_bytes()

    with journal.write() as s:
        a = create_entry(s, title="Bridge", body="Photo of the bridge.")
        b = create_entry(s, title="Bridge again", body="Same photo.")
        attach(s, a.id, first)
        attach(s, a.id, second)
        attach(s, b.id, third)
    with journal.read() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 1
        assert s.scalar(select(func.count()).select_from(EntryAttachment)) == 3
        names = sorted(s.scalars(select(EntryAttachment.filename)))
    assert names == ["bridge photo.png", "generated.png", "same picture, other name.png"]
    assert _temp_files(journal) == []


def test_attachments_join_the_next_revision_and_count_as_a_change(
    journal: Journal, photo: Path
) -> None:
    stored = store_file(journal.paths, photo)
    with journal.write() as s:
        entry = create_entry(s, title="Bridge", body="Text stays the same.")
        link = attach(s, entry.id, stored)
        with_photo = save_revision(s, entry.id, note="Added a photo")
        assert with_photo is not None
        assert save_revision(s, entry.id) is None  # nothing changed since
        detach(s, link.id)
        without = save_revision(s, entry.id, note="Took the photo out")
        assert without is not None
    with journal.read() as s:
        revisions = list_revisions(s, entry.id)
        assert [len(r.attachments) for r in revisions] == [0, 1, 0]
        assert revisions[1].attachments[0].attachment.sha256 == stored.sha256


def test_temp_files_are_cleaned_up_when_adding_fails_or_is_cancelled(
    journal: Journal, photo: Path, tmp_path: Path
) -> None:
    with pytest.raises(JournalError, match="cancelled"):
        store_file(journal.paths, photo, cancelled=lambda: True)
    with pytest.raises(JournalError, match="can't be read"):
        store_file(journal.paths, tmp_path / "not there.png")

    def broken_progress(done: int, total: int) -> None:
        raise OSError(5, "Input/output error")

    with pytest.raises(JournalError, match="could not be added"):
        store_file(journal.paths, photo, progress=broken_progress)
    assert _temp_files(journal) == []
    assert _stored_files(journal) == []


def test_progress_is_reported_up_to_the_whole_size(journal: Journal, photo: Path) -> None:
    seen: list[tuple[int, int]] = []
    store_file(journal.paths, photo, progress=lambda done, total: seen.append((done, total)))
    size = photo.stat().st_size
    assert seen[-1] == (size, size)


def test_half_written_files_left_by_a_crash_are_removed_on_open(data_dir: Path) -> None:
    attachments = data_dir / "attachments"
    (attachments / ".incoming-abc123").write_bytes(b"half a photo")
    (attachments / ".generated-def456").write_bytes(b"half a picture")
    keep = attachments / "ab" / ("ab" + "0" * 62)
    keep.parent.mkdir()
    keep.write_bytes(b"a real attachment")
    Journal.open(data_dir, auto_backup=False).close()
    assert sorted(p for p in attachments.rglob("*") if p.is_file()) == [keep]


def test_verify_catches_missing_and_altered_files(journal: Journal, photo: Path) -> None:
    stored = store_file(journal.paths, photo)
    with journal.write() as s:
        entry = create_entry(s, title="Bridge", body="x")
        attach(s, entry.id, stored)
    path = blob_path(journal.paths, stored.sha256)
    with journal.read() as s:
        row = s.scalars(select(Attachment)).one()
        assert verify(journal.paths, row) is None
        path.write_bytes(path.read_bytes()[:-1] + b"!")
        assert verify(journal.paths, row) == "content does not match its hash"
        path.unlink()
        assert verify(journal.paths, row) == "missing"


def test_adding_the_same_file_again_repairs_a_damaged_copy(journal: Journal, photo: Path) -> None:
    stored = store_file(journal.paths, photo)
    path = blob_path(journal.paths, stored.sha256)
    data = path.read_bytes()
    path.write_bytes(bytes([data[0] ^ 1]) + data[1:])  # same size, one bit flipped
    store_file(journal.paths, photo)
    assert path.read_bytes() == photo.read_bytes()
    path.write_bytes(b"damaged")
    store_bytes(journal.paths, photo.read_bytes(), "again.png")
    assert path.read_bytes() == photo.read_bytes()
    assert _temp_files(journal) == []
