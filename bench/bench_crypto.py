"""A journal locked with a passphrase against the same journal plain.

Both are copies of the five-year journal (2,000 entries, about 20,000
revisions, with pictures), measured in the same process, interleaved round
by round so a busy machine slows both alike.

Figures:
- ``encrypt_2k_entries_s``: ``enable_encryption`` of the copy (rewrites the
  database, every attachment and backup; includes one scrypt). The plain copy
  is then VACUUMed, so both databases have the same freshly written layout.
- ``crypto_unlock_ms``: deriving the key from the passphrase (scrypt, on purpose slow).
- ``journal_open_plain/locked_2k_entries``: ``Journal.open`` (median), the locked
  one with the key already unlocked (what the window does after the dialog),
  and ``journal_open_ratio_locked_over_plain``.
- ``revision_save_p95_plain/locked_2k_entries`` and the ratio (budget ≤ 1.3).
- ``search_p95_plain/locked_2k_entries`` and the ratio (budget ≤ 1.3).
- ``export_plain/locked_2k_entries_s``: the portfolio archive (median of 3)
  and the ratio.
"""

from __future__ import annotations

import contextlib
import random

from bench._common import (
    demo_journal,
    median,
    note,
    now_ms,
    percentile,
    report,
    scratch_dir,
    working_copy,
)
from journal.demo import SENTENCES, DemoSize

# The same journal bench_store opens (shared cache).
FIVE_YEARS = DemoSize(entries=2000, years=5, seed=7, revisions_per_entry=9.7, images=True)
PASSPHRASE = "bench passphrase words"
OPEN_RUNS = 5
SAVE_WARMUP = 20
SAVES = 300
SEARCH_WARMUP = 20
SEARCHES = 300
EXPORTS = 3
RATIO_BUDGET = 1.3


def main() -> None:
    import sqlite3

    from sqlalchemy import select
    from sqlcipher3 import dbapi2 as sqlcipher

    from journal.core.filters import EntryFilter
    from journal.portfolio.export import export_portfolio
    from journal.store import crypto
    from journal.store.database import Journal
    from journal.store.entries import save_revision
    from journal.store.models import Entry
    from journal.store.search import search_entry_ids

    cached = demo_journal("fiveyears", FIVE_YEARS)
    # The two drivers bundle different SQLite versions: part of any difference is that.
    note(
        f"SQLite {sqlite3.sqlite_version} (plain, Python's sqlite3) against "
        f"SQLite {sqlcipher.sqlite_version} (locked, sqlcipher3)"
    )
    note(
        f"journal: {cached.counts['entries']} entries, {cached.counts['revisions']} revisions, "
        f"{cached.counts['attachments']} attachments"
    )
    with contextlib.ExitStack() as stack:
        plain_dir = stack.enter_context(working_copy(cached.path))
        locked_dir = stack.enter_context(working_copy(cached.path))
        out_dir = stack.enter_context(scratch_dir("crypto-export-"))

        start = now_ms()
        crypto.enable_encryption(locked_dir, PASSPHRASE)
        report("encrypt_2k_entries_s", (now_ms() - start) / 1000, "s")
        # Locking rewrites the database compactly (sqlcipher_export); the plain copy is
        # rewritten too (VACUUM), so the two differ only in encryption, not in layout.
        plain_db = sqlite3.connect(plain_dir / "journal.db")
        plain_db.execute("VACUUM")
        plain_db.close()
        unlocks = []
        for _ in range(3):
            start = now_ms()
            key = crypto.unlock(locked_dir, passphrase=PASSPHRASE)
            unlocks.append(now_ms() - start)
        report("crypto_unlock_ms", median(unlocks), "ms")

        folders = {"plain": (plain_dir, None), "locked": (locked_dir, key)}
        opens: dict[str, list[float]] = {name: [] for name in folders}
        for _ in range(OPEN_RUNS):
            for name, (folder, data_key) in folders.items():
                start = now_ms()
                journal = Journal.open(folder, key=data_key, auto_backup=False)
                opens[name].append(now_ms() - start)
                journal.close()
        for name in folders:
            report(f"journal_open_{name}_2k_entries", median(opens[name]), "ms")
        report(
            "journal_open_ratio_locked_over_plain",
            median(opens["locked"]) / median(opens["plain"]),
            "x",
        )

        journals = {
            name: Journal.open(folder, key=data_key, auto_backup=False)
            for name, (folder, data_key) in folders.items()
        }
        for journal in journals.values():
            stack.callback(journal.close)
        assert journals["locked"].encrypted and not journals["plain"].encrypted
        bodies: dict[str, dict[str, str]] = {}
        for name, journal in journals.items():
            with journal.read() as session:
                rows = session.execute(select(Entry.id, Entry.body).order_by(Entry.seq))
                bodies[name] = {entry_id: body for entry_id, body in rows}
        ids = sorted(bodies["plain"])

        # Revision saves, interleaved: the same entry and text in both journals.
        rnd = random.Random(2026)
        saves: dict[str, list[float]] = {name: [] for name in journals}
        for k in range(SAVE_WARMUP + SAVES):
            entry_id = ids[rnd.randrange(len(ids))]
            extra = f"\n\n{rnd.choice(SENTENCES)} (edit {k})"
            for name, journal in journals.items():
                body = bodies[name][entry_id] + extra
                bodies[name][entry_id] = body
                start = now_ms()
                with journal.write() as session:
                    revision = save_revision(session, entry_id, body=body)
                took = now_ms() - start
                if revision is None:
                    raise SystemExit("bench_crypto: a changed text did not make a revision")
                if k >= SAVE_WARMUP:
                    saves[name].append(took)
        for name in journals:
            report(f"revision_save_p95_{name}_2k_entries", percentile(saves[name], 95), "ms")
        report(
            "revision_save_p95_ratio_locked_over_plain",
            percentile(saves["locked"], 95) / percentile(saves["plain"], 95),
            "x",
            at_most=RATIO_BUDGET,
        )

        # Searches: words from the demo's sentences, some as prefixes.
        words = sorted({w.strip(".,;:!?()").lower() for s in SENTENCES for w in s.split()})
        words = [w for w in words if len(w) >= 4]
        searches: dict[str, list[float]] = {name: [] for name in journals}
        found: dict[str, int] = {name: 0 for name in journals}
        for k in range(SEARCH_WARMUP + SEARCHES):
            word = rnd.choice(words)
            text = word if k % 3 else word[: max(3, len(word) // 2)]
            for name, journal in journals.items():
                start = now_ms()
                with journal.read() as session:
                    hits = search_entry_ids(session, EntryFilter(text=text), limit=50)
                took = now_ms() - start
                if k >= SEARCH_WARMUP:
                    searches[name].append(took)
                    found[name] += len(hits)
        if found["plain"] != found["locked"] or not found["plain"]:
            raise SystemExit(f"bench_crypto: the two journals found different entries: {found}")
        for name in journals:
            report(f"search_p95_{name}_2k_entries", percentile(searches[name], 95), "ms")
        report(
            "search_p95_ratio_locked_over_plain",
            percentile(searches["locked"], 95) / percentile(searches["plain"], 95),
            "x",
            at_most=RATIO_BUDGET,
        )

        exports: dict[str, list[float]] = {name: [] for name in journals}
        for run in range(EXPORTS):
            for name, journal in journals.items():
                target = out_dir / f"{name}-{run}.portfolio.zip"
                start = now_ms()
                export_portfolio(journal, target)
                exports[name].append(now_ms() - start)
                target.unlink()
        for name in journals:
            report(f"export_{name}_2k_entries_s", median(exports[name]) / 1000, "s")
        report(
            "export_ratio_locked_over_plain",
            median(exports["locked"]) / median(exports["plain"]),
            "x",
        )


if __name__ == "__main__":
    main()
