"""The export preview lists everything that will leave, and the archive holds nothing else."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from journal.portfolio.export import ExportFormat
from journal.portfolio.image_meta import clean_image
from journal.store.attachments import attach, store_bytes
from journal.store.database import Journal
from journal.store.models import Entry, Feedback, ProfileStatementVersion
from journal.ui.portfolio.export_dialog import ExportDialog
from journal.ui.runner import ActionRunner
from tests.exhibitions.helpers import jpeg_with_gps
from tests.portfolio.conftest import SECRET, SECRET_GOAL, fill
from tests.ui.fakes import FakeAsker

OLD_STATEMENT = "I used to think I learn best alone, in silence."
PRIVATE_FEEDBACK = "A comment on the diary, FEEDBACK-STAYS-9120"

# Fields of portfolio.json that are ids, times, hashes or codes, not words a person wrote.
NOT_TEXT = {
    "format", "format_version", "app_version", "portfolio_id", "journal_id", "sha256",
    "privacy", "attributes", "attribute", "status", "audience", "proposed_by", "reason",
    "target_kind", "author_role", "revisions", "include_private",
    # learning conditions are codes; the preview shows them as words (checked below)
    "place", "with_whom", "how", "time_of_day",
}  # fmt: skip


def _words(value: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """Every (field, text) a person wrote, anywhere in the exported data."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _words(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _words(v, key)
    elif isinstance(value, str) and value.strip():
        if key in NOT_TEXT or key == "id" or key.endswith(("_id", "_at", "_on")):
            return
        yield key, value


def _items(dialog: ExportDialog) -> Iterator[QTreeWidgetItem]:
    stack = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        if item is None:
            continue
        yield item
        stack += [item.child(i) for i in range(item.childCount())]


def _prepare(journal: Journal) -> bytes:
    filled = fill(journal)
    photo = jpeg_with_gps()
    stored = store_bytes(journal.paths, photo, "field-trip.jpg")
    with journal.write() as s:
        attach(s, filled.shared_id, stored)
        s.add(
            ProfileStatementVersion(
                statement=OLD_STATEMENT, written_at=datetime(2026, 1, 5, tzinfo=UTC)
            )
        )
        s.add(
            Feedback(
                author_name="Ms Park", target_kind="entry", target_id=filled.private_id,
                body=PRIVATE_FEEDBACK, written_at=datetime(2026, 3, 6, tzinfo=UTC),
            )
        )  # fmt: skip
        assert s.scalar(select(Entry.id).where(Entry.id == filled.shared_id))
    return photo


def _open(qtbot: QtBot, runner: ActionRunner) -> ExportDialog:
    dialog = ExportDialog(runner, FakeAsker(), timeline=None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.collected is not None, timeout=10000)
    return dialog


def test_the_preview_lists_every_kind_and_the_archive_holds_nothing_else(
    qtbot: QtBot, journal: Journal, runner: ActionRunner, tmp_path: Path
) -> None:
    photo = _prepare(journal)
    dialog = _open(qtbot, runner)
    texts = dialog.preview_texts()
    listed = "\n".join(texts)

    # The name as it will appear, the statement and its earlier version.
    assert "Ada Example" in texts
    assert "I learn best **by building** things and talking them through." in listed
    assert OLD_STATEMENT in listed
    # Every reflection's text: those that leave, and those that stay behind (unticked).
    for leaving in ("Working in a **group**.", "Towards engineering."):
        assert leaving in listed
    staying = [i for i in _items(dialog) if i.checkState(0) == Qt.CheckState.Unchecked]
    staying_texts = "\n".join(str(i.data(0, ExportDialog.TextRole) or "") for i in staying)
    assert f"Private feelings {SECRET}" in staying_texts
    assert f"About {SECRET_GOAL}" in staying_texts
    assert PRIVATE_FEEDBACK in staying_texts
    # Goals with criteria, learning conditions, feedback, files with their metadata.
    assert "The bridge holds 2 kg" in texts
    assert "energy 4 of 5" in listed
    assert "Great testing!" in listed
    assert any(t == "field-trip.jpg" for t in texts)
    assert "camera details and location removed" in listed
    # The "Staying" line names every kind that stays.
    line = dialog.totals_label.text()
    assert "Staying on this computer:" in line
    for kind in (
        "1 private entry", "1 private goal", "2 reflections about private things",
        "1 comment on private things", "1 entry in the trash",
    ):  # fmt: skip
        assert kind in line, (kind, line)
    # Texts on demand: selecting a reflection shows all of it below the list.
    reflection = next(i for i in _items(dialog) if i.text(0) == "What helped me?")
    dialog.tree.setCurrentItem(reflection)
    assert "Working in a **group**." in dialog.text_view.toPlainText()
    assert dialog.text_view.accessibleName()

    # Export what the preview shows and compare: nothing leaves that wasn't listed.
    out = tmp_path / "ada.portfolio.zip"
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        assert dialog.export(out)
    with zipfile.ZipFile(out) as archive:
        data = json.loads(archive.read("portfolio.json"))
        manifest = json.loads(archive.read("manifest.json"))
        members = {name: archive.read(name) for name in archive.namelist()}
    unlisted = [(key, text) for key, text in _words(data) if text not in listed]
    assert unlisted == []
    assert manifest["student_name"] in texts
    assert SECRET not in json.dumps(data) and SECRET_GOAL not in json.dumps(data)
    assert PRIVATE_FEEDBACK not in json.dumps(data)
    # Learning conditions leave as codes that the preview showed in words.
    assert {r.get("place") for r in data["reflections"]} >= {"classroom"}
    # The photo left without its EXIF/GPS block (and under its cleaned file's own hash).
    photos = [a for a in data["attachments"] if a["media_type"] == "image/jpeg"]
    assert len(photos) == 1
    sent = members[f"attachments/{photos[0]['sha256']}"]
    assert sent == clean_image(photo, "image/jpeg") and b"SpyPhone" not in sent
    assert b"SpyPhone" in photo


def test_the_name_can_leave_as_first_name_and_initial(
    qtbot: QtBot, journal: Journal, runner: ActionRunner, tmp_path: Path
) -> None:
    _prepare(journal)
    dialog = _open(qtbot, runner)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.name_combo.setCurrentIndex(dialog.name_combo.findData("first-initial"))
    assert "Ada E." in dialog.preview_texts()
    assert "Ada Example" not in "\n".join(dialog.preview_texts())
    assert "your full name" in dialog.totals_label.text()
    out = tmp_path / "ada.portfolio.zip"
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        assert dialog.export(out)
    with zipfile.ZipFile(out) as archive:
        everything = b"".join(archive.read(n) for n in archive.namelist())
        index = archive.read("index.html").decode("utf-8")
    assert "Ada E.’s learning portfolio" in index
    assert b"Ada Example" not in everything


def test_photos_keep_their_details_only_when_ticked(
    qtbot: QtBot, journal: Journal, runner: ActionRunner, tmp_path: Path
) -> None:
    photo = _prepare(journal)
    dialog = _open(qtbot, runner)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        dialog.keep_photo_metadata.setChecked(True)
    assert "camera details and location kept" in "\n".join(dialog.preview_texts())
    dialog.set_format(ExportFormat.ARCHIVE)
    out = tmp_path / "kept.portfolio.zip"
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        assert dialog.export(out)
    with zipfile.ZipFile(out) as archive:
        assert any(archive.read(n) == photo for n in archive.namelist())
