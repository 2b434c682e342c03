"""Portfolio export: time against copying the same bytes, and peak memory as attachments grow.

Figures:
- ``export_2k_entries_s``: exporting a 2,000-entry demo journal (about 8,000
  revisions, every entry shareable or private as the demo makes them) with its
  demo pictures plus 100 photos of 1 MiB (incompressible, like JPEGs) to a
  ``*.portfolio.zip`` (median of 3; each run writes, fsyncs and renames).
- ``copy_same_bytes_s``: copying a file of exactly the archive's bytes with
  ``shutil.copyfile`` plus fsync on the same disk (median of 3).
- ``export_vs_copy_ratio``: the two above; budget ≤ 2.
- ``export_2k_entries_pages_only_s``: the same journal without the big photos,
  which shows what rendering 2,000 pages costs on its own.
- ``export_attachments_vs_copy_ratio``: what the 100 photos add to the export
  (the two exports' difference) against copying the archive: the per-byte cost
  of streaming attachments (hash, zip, fsync) beside a plain copy.
- ``export_peak_mib_<n>_attachments``: tracemalloc peak during an export of a
  300-entry journal carrying n photos of 1 MiB (0, 50, 200), and the ratio of
  the largest to the smallest (flat means close to 1).
"""

from __future__ import annotations

import os
import random
import shutil
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bench._common import demo_journal, median, note, report, scratch_dir
from journal.demo import DemoSize

if TYPE_CHECKING:
    from journal.store.database import Journal

TWO_THOUSAND = DemoSize(entries=2000, years=5, seed=11, revisions_per_entry=4.0, images=True)
SMALL = DemoSize(entries=300, years=1, seed=12, revisions_per_entry=3.0, images=True)
PHOTO_BYTES = 1024 * 1024
RUNS = 3


def _with_photos(count: int, seed: int = 5) -> Callable[[Journal], dict[str, int]]:
    """A ``prepare`` step: attach ``count`` incompressible 1 MiB photos to shareable entries."""

    def prepare(journal: Journal) -> dict[str, int]:
        from sqlalchemy import select

        from journal.store.attachments import attach, store_bytes
        from journal.store.models import Entry

        rnd = random.Random(seed)
        with journal.read() as session:
            ids = list(
                session.scalars(
                    select(Entry.id).where(Entry.privacy == "shareable").order_by(Entry.seq)
                )
            )
        stored = [
            store_bytes(journal.paths, rnd.randbytes(PHOTO_BYTES), f"photo-{i + 1}.jpg")
            for i in range(count)
        ]
        with journal.write() as session:
            for i, file in enumerate(stored):
                attach(session, ids[i % len(ids)], file)
        return {"photos": count}

    return prepare


def _export(folder: Path, out: Path) -> float:
    from journal.portfolio.export import export_portfolio
    from journal.store.database import Journal

    with Journal.open(folder, read_only=True) as journal:
        start = time.perf_counter()
        export_portfolio(journal, out)
        return time.perf_counter() - start


def _copy(source: Path, target: Path) -> float:
    start = time.perf_counter()
    shutil.copyfile(source, target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    return time.perf_counter() - start


def bench_time() -> None:
    big = demo_journal(
        "export2k", TWO_THOUSAND, prepare=_with_photos(100), recipe="photos-100x1MiB"
    )
    plain = demo_journal("export2k-plain", TWO_THOUSAND)
    note(f"2k journal: {big.counts}")
    with scratch_dir("export-") as work:
        out = work / "a.portfolio.zip"
        _export(big.path, out)  # warm the page cache and imports
        exports = [_export(big.path, out) for _ in range(RUNS)]
        size = out.stat().st_size
        copies = [_copy(out, work / f"copy-{i}.zip") for i in range(RUNS)]
        note(f"archive: {size / 1e6:.1f} MB")
        plain_out = work / "plain.portfolio.zip"
        _export(plain.path, plain_out)
        pages_only = median([_export(plain.path, plain_out) for _ in range(RUNS)])
    report("export_2k_entries_s", median(exports), "s")
    report("copy_same_bytes_s", median(copies), "s")
    report("export_vs_copy_ratio", median(exports) / median(copies), "x", at_most=2.0)
    report("export_2k_entries_pages_only_s", pages_only, "s")
    added = max(median(exports) - pages_only, 0.0)
    report("export_attachments_vs_copy_ratio", added / median(copies), "x")


def bench_memory() -> None:
    peaks: dict[int, float] = {}
    for count in (0, 50, 200):
        cached = demo_journal(
            f"exportmem{count}", SMALL, prepare=_with_photos(count), recipe=f"photos-{count}x1MiB"
        )
        with scratch_dir("export-mem-") as work:
            _export(cached.path, work / "warm.portfolio.zip")
            tracemalloc.start()
            _export(cached.path, work / "m.portfolio.zip")
            _current, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        peaks[count] = peak / (1024 * 1024)
        report(f"export_peak_mib_{count}_attachments", peaks[count], "MiB")
    report("export_peak_ratio_200_vs_0_attachments", peaks[200] / peaks[0], "x", at_most=1.5)


def main() -> None:
    bench_time()
    bench_memory()


if __name__ == "__main__":
    main()
