"""The exhibition page: 12 stations, 24 photos of 2 MB, against reading and base64-encoding them.

Figures:
- ``exhibition_page_12_stations_24_photos_s``: ``export_exhibition`` writing the
  single-file ``*.exhibition.html`` to a new name (metadata stripped from every
  photo, each inlined as a data: URI, written under a temporary name, fsynced,
  renamed), median of 7 runs; before each timed write the files of earlier runs
  are removed and the disk synced, untimed.
- ``exhibition_read_base64_same_bytes_s``: reading the same 24 files and
  base64-encoding them, nothing else (median of 7, interleaved with the above).
- ``exhibition_page_ratio_over_read_base64``: the two above; budget ≤ 2.
- ``exhibition_read_base64_write_same_bytes_s`` and
  ``exhibition_page_ratio_over_read_base64_write``: the same baseline also writing
  the encoded bytes to one file and fsyncing it, which is the floor for any
  writer of this page: the rest of the ratio above is the disk, not the page.
- ``exhibition_page_over_an_earlier_copy_s`` and its ratio: the same export
  again over the page it just wrote (a student exporting after fixing a caption).
- ``exhibition_page_mb``: the page's size.
- ``exhibition_plan_ms``: reading the exhibition and planning it for a preset
  (what the export preview costs).

The photos are real JPEGs made by Qt from noise (about 2 MB each, so they do
not compress) with an EXIF block holding GPS, as a phone writes it.
"""

from __future__ import annotations

import base64
import os
import random
import struct
import time
from pathlib import Path

from bench._common import median, note, report, scratch_dir

STATIONS = 12
PHOTOS_PER_STATION = 2
TARGET_BYTES = 2 * 1024 * 1024
RUNS = 7


def _exif() -> bytes:
    ifd0 = struct.pack(">H", 1) + struct.pack(">HHII", 0x8825, 4, 1, 26) + struct.pack(">I", 0)
    gps = struct.pack(">H", 1) + struct.pack(">HHI4s", 1, 2, 2, b"N\x00\x00\x00")
    gps += struct.pack(">I", 0)
    payload = b"Exif\x00\x00MM\x00\x2a" + struct.pack(">I", 8) + ifd0 + gps
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def _photo(seed: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    rnd = random.Random(seed)
    side = 900
    while True:
        pixels = rnd.randbytes(side * side * 4)
        image = QImage(pixels, side, side, side * 4, QImage.Format.Format_RGB32)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPEG", 92)  # type: ignore[call-overload]
        buffer.close()
        jpeg = bytes(data.data())
        if len(jpeg) >= TARGET_BYTES * 0.95:
            return jpeg[:2] + _exif() + jpeg[2:]
        side = int(side * (TARGET_BYTES / len(jpeg)) ** 0.5) + 8


def _build(folder: Path) -> tuple[str, list[Path]]:
    from journal.actions import attachments as att_act
    from journal.actions import entries as entry_act
    from journal.actions import exhibitions as act
    from journal.actions import profile as profile_act
    from journal.core.enums import Privacy
    from journal.store.database import Journal

    photos_dir = folder / "photos"
    photos_dir.mkdir()
    sources = []
    for n in range(STATIONS * PHOTOS_PER_STATION):
        path = photos_dir / f"photo-{n + 1}.jpg"
        path.write_bytes(_photo(n))
        sources.append(path)
    with Journal.open(folder / "journal", auto_backup=False) as journal:
        profile_act.set_learner_name(journal, "Sam Rivera")
        exhibition_id = act.create_exhibition(
            journal, "A year of making", format="conference"
        ).value
        for s in range(STATIONS):
            entry_id = entry_act.create_entry(journal, title=f"Project {s + 1}").value
            entry_act.set_privacy(journal, entry_id, Privacy.SHAREABLE)
            mine = sources[s * PHOTOS_PER_STATION : (s + 1) * PHOTOS_PER_STATION]
            stored = att_act.store_files(journal, mine).value.stored
            att_act.attach_files(journal, entry_id, stored)
            entry_act.save_draft(journal, entry_id, f"Project {s + 1}", "What I made. " * 40)
            entry_act.save_revision(journal, entry_id, note="With photos")
            station_id = act.add_station(journal, exhibition_id, entry_id).value
            act.set_captions(journal, station_id, topic="What I learned.", myself="About me.")
        from journal.store.read_models.exhibitions import exhibition_detail

        for station in exhibition_detail(journal, exhibition_id).stations:
            for file in station.files:
                act.describe_attachment(journal, file.attachment_id, alt_text="A photo of it")
        blobs = [f.path for s in exhibition_detail(journal, exhibition_id).stations
                 for f in s.files]  # fmt: skip
    return exhibition_id, blobs


def _read_and_encode(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        base64.b64encode(path.read_bytes())
    return time.perf_counter() - start


def _read_encode_write(paths: list[Path], out: Path) -> float:
    """The same, also writing the encoded bytes to one file and fsyncing it (as the page is)."""
    start = time.perf_counter()
    with open(out, "wb") as handle:
        for path in paths:
            handle.write(base64.b64encode(path.read_bytes()))
        handle.flush()
        os.fsync(handle.fileno())
    return time.perf_counter() - start


def _settle(work: Path, keep: Path | None = None) -> None:
    """Remove the pages and baseline files written so far and let the disk finish with them.

    Untimed: each timed write starts from a quiet disk, as an export does when a
    student makes one; otherwise one run measures the freeing of the last run's
    68 MB as much as its own writing.
    """
    for path in [*work.glob("show-*.exhibition.html"), work / "same-bytes.b64"]:
        if path != keep:
            path.unlink(missing_ok=True)
    os.sync()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["bench"])  # noqa: F841 - keeps Qt up
    from journal.portfolio.exhibition import export_exhibition, plan_exhibit
    from journal.store.database import Journal
    from journal.store.read_models.exhibitions import exhibition_detail

    with scratch_dir("exhibition-") as work:
        note("making 24 photos of 2 MB and a 12-station exhibition")
        exhibition_id, blobs = _build(work)
        total = sum(p.stat().st_size for p in blobs)
        note(f"photos: {len(blobs)}, {total / 1e6:.1f} MB")
        pages, baselines, written, overwrites, plans = [], [], [], [], []
        with Journal.open(work / "journal", read_only=True) as journal:
            export_exhibition(journal, exhibition_id, work / "warm.html", audience="family")
            _read_and_encode(blobs)
            for n in range(RUNS):
                out = work / f"show-{n}.exhibition.html"
                _settle(work)
                start = time.perf_counter()
                export_exhibition(journal, exhibition_id, out, audience="family")
                pages.append(time.perf_counter() - start)
                baselines.append(_read_and_encode(blobs))
                _settle(work, keep=out)
                written.append(_read_encode_write(blobs, work / "same-bytes.b64"))
                _settle(work, keep=out)
                start = time.perf_counter()
                export_exhibition(journal, exhibition_id, out, audience="family")
                overwrites.append(time.perf_counter() - start)
                start = time.perf_counter()
                plan_exhibit(exhibition_detail(journal, exhibition_id), "public")
                plans.append((time.perf_counter() - start) * 1000)
        size = out.stat().st_size
    report("exhibition_page_12_stations_24_photos_s", median(pages), "s")
    report("exhibition_read_base64_same_bytes_s", median(baselines), "s")
    report(
        "exhibition_page_ratio_over_read_base64", median(pages) / median(baselines), "x",
        at_most=2.0,
    )  # fmt: skip
    report("exhibition_read_base64_write_same_bytes_s", median(written), "s")
    report(
        "exhibition_page_ratio_over_read_base64_write", median(pages) / median(written), "x"
    )
    report("exhibition_page_over_an_earlier_copy_s", median(overwrites), "s")
    report(
        "exhibition_page_over_an_earlier_copy_ratio_over_read_base64",
        median(overwrites) / median(baselines), "x",
    )  # fmt: skip
    report("exhibition_page_mb", size / 1e6, "MB")
    report("exhibition_plan_ms", median(plans), "ms")


if __name__ == "__main__":
    main()
