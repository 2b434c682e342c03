"""The store: opening a five-year journal, and saving revisions as the journal grows.

Figures:
- ``journal_open_2k_entries``: ``Journal.open`` of a 2,000-entry / 20,000-revision
  journal (median of several opens in one process); the first open of a fresh
  copy, which also takes the daily automatic backup, is printed apart.
- ``first_entry_ids_2k_entries``: from calling ``Journal.open`` to holding the
  list of entry ids the window shows first (newest first).
- ``revision_save_p50/p95_<n>_revisions``: ``save_revision`` in its own
  ``journal.write()`` transaction (``synchronous=FULL``, WAL, as in production),
  the text changing every time, in journals of about 1k, 10k and 100k revisions;
  then the ratio 100k/1k of the p50 and p95 (flat means close to 1).
"""

from __future__ import annotations

import contextlib
import importlib
import random

from bench._common import (
    demo_journal,
    median,
    note,
    now_ms,
    percentile,
    report,
    working_copy,
)
from journal.demo import SENTENCES, DemoSize

# A five-year journal: 2,000 entries and about 20,000 revisions (with pictures).
FIVE_YEARS = DemoSize(entries=2000, years=5, seed=7, revisions_per_entry=9.7, images=True)
OPEN_RUNS = 7

# Journals of about 1k, 10k and 100k revisions, ten or so revisions per entry.
SAVE_SIZES = {
    "1k": DemoSize(entries=100, years=5, seed=7, revisions_per_entry=9.5, images=False),
    "10k": DemoSize(entries=1000, years=5, seed=7, revisions_per_entry=9.5, images=False),
    "100k": DemoSize(entries=10000, years=5, seed=7, revisions_per_entry=9.5, images=False),
}
SAVE_WARMUP = 20
SAVES = 400
SAVE_BUDGET_MS = 10.0


def bench_open() -> None:
    from journal.store.database import Journal
    from journal.store.search import EntryFilter, search_entry_ids

    cached = demo_journal("fiveyears", FIVE_YEARS)
    note(
        f"five-year journal: {cached.counts['entries']} entries, "
        f"{cached.counts['revisions']} revisions"
    )
    # Imported here, not timed: a running app has them already.
    importlib.import_module("journal.store.backup")
    importlib.import_module("journal.store.migrations")

    with working_copy(cached.path) as folder:
        # The first open of a fresh copy takes the daily automatic backup.
        start = now_ms()
        journal = Journal.open(folder)
        first_open = now_ms() - start
        journal.close()
        opens: list[float] = []
        firsts: list[float] = []
        count = 0
        for _ in range(OPEN_RUNS):
            start = now_ms()
            journal = Journal.open(folder)
            opened = now_ms()
            try:
                with journal.read() as session:
                    ids = search_entry_ids(session, EntryFilter())
                listed = now_ms()
            finally:
                journal.close()
            count = len(ids)
            opens.append(opened - start)
            firsts.append(listed - start)
        if count != cached.counts["entries"]:
            raise SystemExit(f"bench_store: expected {cached.counts['entries']} ids, got {count}")
    report("journal_open_with_daily_backup_2k_entries", first_open, "ms")
    report("journal_open_2k_entries", median(opens), "ms")
    report("first_entry_ids_2k_entries", median(firsts), "ms")


def _check_production_pragmas(journal: object) -> None:
    from journal.store.database import Journal

    assert isinstance(journal, Journal)
    with journal.write() as session:
        conn = session.connection()
        synchronous = conn.exec_driver_sql("PRAGMA synchronous").scalar()
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    if synchronous != 2 or str(mode).lower() != "wal":
        raise SystemExit(
            f"bench_store: expected synchronous=FULL (2) and WAL, got {synchronous} and {mode}"
        )


def bench_saves() -> None:
    """Saves in the 1k, 10k and 100k journals, interleaved round by round.

    Interleaving gives every size the same share of whatever else the machine
    (and its disk) is doing, so the ratio compares like with like.
    """
    from sqlalchemy import select

    from journal.store.database import Journal
    from journal.store.entries import save_revision
    from journal.store.models import Entry

    caches = {label: demo_journal(f"saves{label}", size) for label, size in SAVE_SIZES.items()}
    timings: dict[str, list[float]] = {label: [] for label in SAVE_SIZES}
    with contextlib.ExitStack() as stack:
        journals: dict[str, Journal] = {}
        bodies: dict[str, dict[str, str]] = {}
        for label, cached in caches.items():
            folder = stack.enter_context(working_copy(cached.path))
            journal = Journal.open(folder, auto_backup=False)
            stack.callback(journal.close)
            _check_production_pragmas(journal)
            with journal.read() as session:
                rows = session.execute(select(Entry.id, Entry.body).order_by(Entry.seq))
                bodies[label] = {entry_id: body for entry_id, body in rows}
            journals[label] = journal
        rnd = random.Random(2024)
        ids = {label: sorted(texts) for label, texts in bodies.items()}
        for k in range(SAVE_WARMUP + SAVES):
            for label, journal in journals.items():
                entry_id = ids[label][rnd.randrange(len(ids[label]))]
                body = f"{bodies[label][entry_id]}\n\n{rnd.choice(SENTENCES)} (edit {k})"
                bodies[label][entry_id] = body
                start = now_ms()
                with journal.write() as session:
                    revision = save_revision(session, entry_id, body=body)
                took = now_ms() - start
                if revision is None:
                    raise SystemExit("bench_store: a changed text did not make a revision")
                if k >= SAVE_WARMUP:
                    timings[label].append(took)

    results: dict[str, tuple[float, float]] = {}
    for label, cached in caches.items():
        note(f"{label}: journal of {cached.counts['revisions']} revisions, {SAVES} saves")
        p50, p95 = percentile(timings[label], 50), percentile(timings[label], 95)
        results[label] = (p50, p95)
        report(f"revision_save_p50_{label}_revisions", p50, "ms")
        report(f"revision_save_p95_{label}_revisions", p95, "ms", at_most=SAVE_BUDGET_MS)
    small, large = results["1k"], results["100k"]
    report("revision_save_p50_ratio_100k_over_1k", large[0] / small[0], "x")
    # "Flat" is read as: the 100k journal's p95 within 1.5x of the 1k journal's.
    report("revision_save_p95_ratio_100k_over_1k", large[1] / small[1], "x", at_most=1.5)


def main() -> None:
    bench_open()
    bench_saves()


if __name__ == "__main__":
    main()
