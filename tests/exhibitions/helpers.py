"""Building small exhibitions for the tests: entries with drafts, photos with EXIF GPS."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from journal.actions import attachments as att_act
from journal.actions import entries as entry_act
from journal.actions import exhibitions as act
from journal.actions import profile as profile_act
from journal.actions.base import Outcome
from journal.core.enums import Privacy
from journal.store.database import Journal


def undo(journal: Journal, outcome: Outcome[Any]) -> Outcome[Any]:
    assert outcome.inverse is not None, "this action should be undoable"
    step = outcome.inverse
    return step.action(journal, *step.args, **step.kwargs)


def entry_with_drafts(journal: Journal, title: str, *bodies: str) -> tuple[str, list[str]]:
    """An entry with one revision per body; returns its id and the revision ids, oldest first."""
    entry_id = entry_act.create_entry(journal, title=title).value
    entry_act.set_privacy(journal, entry_id, Privacy.SHAREABLE)
    revisions = []
    for i, body in enumerate(bodies):
        entry_act.save_draft(journal, entry_id, title, body)
        info = entry_act.save_revision(journal, entry_id, note=f"Change {i + 1}").value
        assert info is not None
        revisions.append(info.id)
    return entry_id, revisions


def criterion(journal: Journal, text: str = "My bridge holds 2 kg") -> str:
    from journal.store import goals

    with journal.write() as session:
        goal = goals.create_goal(session, title="Build a bridge")
        goal_id = goal if isinstance(goal, str) else goal.id
        return goals.add_criterion(session, goal_id, text)


def _exif_with_gps() -> bytes:
    """A big-endian TIFF/EXIF block: Make, Orientation 6, and a GPS IFD with a latitude."""
    make = b"SpyPhone\x00"
    # IFD0 at 8: 3 entries (Make, Orientation, GPS pointer), next IFD 0.
    ifd0_size = 2 + 3 * 12 + 4
    make_off = 8 + ifd0_size
    gps_off = make_off + len(make)
    entries = [
        struct.pack(">HHII", 0x010F, 2, len(make), make_off),
        struct.pack(">HHIHH", 0x0112, 3, 1, 6, 0),
        struct.pack(">HHII", 0x8825, 4, 1, gps_off),
    ]
    ifd0 = struct.pack(">H", 3) + b"".join(entries) + struct.pack(">I", 0)
    lat_off = gps_off + 2 + 2 * 12 + 4
    gps = (
        struct.pack(">H", 2)
        + struct.pack(">HHI4s", 0x0001, 2, 2, b"N\x00\x00\x00")
        + struct.pack(">HHII", 0x0002, 5, 3, lat_off)
        + struct.pack(">I", 0)
        + struct.pack(">6I", 51, 1, 30, 1, 1234, 100)
    )
    return b"Exif\x00\x00" + b"MM\x00\x2a" + struct.pack(">I", 8) + ifd0 + make + gps


def jpeg_with_gps() -> bytes:
    """A real (tiny) JPEG made by Qt, with an APP1 EXIF segment holding GPS and a comment."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(32, 24, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 90, 40))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")  # type: ignore[call-overload]
    buffer.close()
    jpeg = bytes(data.data())
    exif = _exif_with_gps()
    app1 = b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif
    comment = b"Taken at 12 Home Street"
    com = b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment
    return jpeg[:2] + app1 + com + jpeg[2:]


def png_with_text() -> bytes:
    """A 2×2 PNG with a tEXt chunk (where a camera app might leave a location)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(
            ">I", zlib.crc32(kind + data) & 0xFFFFFFFF
        )

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"tEXt", b"Location\x0051.5 N, 0.1 W")
        + chunk(b"eXIf", _exif_with_gps()[6:])
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


@dataclass
class Built:
    exhibition_id: str
    stations: list[str]
    entries: list[str]
    revisions: list[list[str]]
    photo_id: str  # attachment id of the GPS photo
    people_id: str  # attachment id of the photo that shows other people


def build_exhibition(journal: Journal, tmp_path: Path, *, name: str = "Sam Rivera") -> Built:
    """Three stations, two photos (one with GPS, one showing other people), all captions."""
    profile_act.set_learner_name(journal, name)
    entries, revisions = [], []
    for title, bodies in (
        ("Bridge model", ("First try: paper.", "Second: straws.", "Final: balsa truss.")),
        ("Poem about rain", ("Rain rain.", "Rain on the tin roof, slow.")),
        ("Fractions game", ("Rules v1",)),
    ):
        entry_id, revs = entry_with_drafts(journal, title, *bodies)
        entries.append(entry_id)
        revisions.append(revs)
    photo = tmp_path / "bridge.jpg"
    photo.write_bytes(jpeg_with_gps())
    people = tmp_path / "team.png"
    people.write_bytes(png_with_text())
    stored = att_act.store_files(journal, [photo, people]).value.stored
    att_act.attach_files(journal, entries[0], stored)
    # A new revision so the pinned (latest) draft carries the photos.
    entry_act.save_draft(journal, entries[0], "Bridge model", "Final: balsa truss, tested.")
    info = entry_act.save_revision(journal, entries[0], note="Added the photos").value
    assert info is not None
    revisions[0].append(info.id)

    exhibition_id = act.create_exhibition(
        journal, "How I learned to build", format="presentation", claim="Failing <b>helps</b>"
    ).value
    stations = [act.add_station(journal, exhibition_id, e).value for e in entries]
    for n, station_id in enumerate(stations):
        act.set_captions(journal, station_id, topic=f"Topic {n + 1}", myself=f"Me {n + 1}")
        act.set_time_share(journal, station_id, 120)
    from journal.store.read_models.attachments import entry_attachments

    files = {f.filename: f.attachment_id for f in entry_attachments(journal, entries[0])}
    act.describe_attachment(journal, files["bridge.jpg"], alt_text="A balsa bridge on two desks")
    act.describe_attachment(
        journal, files["team.png"], alt_text="My team holding the bridge", shows_people=True
    )
    return Built(
        exhibition_id, stations, entries, revisions, files["bridge.jpg"], files["team.png"]
    )
