"""Search over 10,000 entries, in process and as whole processes side by side with jrnl.

Figures:
- ``search_p50/p95_10k_entries``: ``search_entries`` (relevance order, 50
  results, as ``journal search`` asks) over a mix of common words, rare words,
  two-word queries, prefixes typed so far, and filters; each search in its own
  ``journal.read()`` session as the app does. Per-kind p95s follow.
- ``search_ids_p50/p95_10k_entries``: the same mix through ``search_entry_ids``
  with no limit, newest first: what the entries list asks for as you type.
- ``search_process_ours/jrnl_<word>``: the median time of a whole process,
  ``journal --data-dir D search WORD`` against ``jrnl -contains WORD`` on the
  same 10,000 entries written in jrnl's plain-text format, and the ratio.
- ``python_startup``, ``journal_version_process`` and
  ``search_process_sqlite3_floor_<word>`` (python, ``import sqlite3`` and the
  same FTS5 query) show where a search process's time goes.

Whole processes run with ``PYTHONPYCACHEPREFIX`` pointing into the bench cache,
so both programs run from compiled bytecode as an installed app would, even when
``PYTHONDONTWRITEBYTECODE`` is set in the environment.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bench._common import (
    demo_journal,
    geomean,
    median,
    note,
    now_ms,
    percentile,
    process_env,
    report,
    scratch_dir,
    working_copy,
)
from journal.demo import DemoSize

if TYPE_CHECKING:
    from journal.store.database import Journal
    from journal.store.search import EntryFilter

TEN_THOUSAND = DemoSize(entries=10000, years=5, seed=11, revisions_per_entry=4.0, images=False)
# The demo's vocabulary is small (every word is in hundreds of entries), so a
# few rare words are written into some entries: word -> how many entries.
RARE_WORDS = {"axolotl": 1, "tessellation": 3, "photosynthesis": 10, "zeppelin": 30}
RECIPE = "rare-words-v1:" + ",".join(f"{w}={n}" for w, n in RARE_WORDS.items())

REPEATS = 20
SEARCH_BUDGET_MS = 20.0
PROCESS_RUNS = 7
# Rare (1 entry), medium (hundreds) and common (thousands) words.
PROCESS_WORDS = ("axolotl", "grandmother", "learned")
FLOOR_WORD = "grandmother"


def _queries() -> list[tuple[str, EntryFilter]]:
    from journal.store.search import EntryFilter

    common = ["learned", "the", "teacher", "friend", "work"]
    rare = [*RARE_WORDS, "quasar"]  # the last one is in no entry at all
    two_words = ["volcano foam", "my grandmother", "fresh idea", "help teacher"]
    prefixes = ["vol", "gran", "expe", "te", "photo"]
    queries: list[tuple[str, EntryFilter]] = []
    queries += [("common", EntryFilter(text=t)) for t in common]
    queries += [("rare", EntryFilter(text=t)) for t in rare]
    queries += [("two_words", EntryFilter(text=t)) for t in two_words]
    queries += [("prefix", EntryFilter(text=t)) for t in prefixes]
    queries += [
        ("filter", EntryFilter(text="poem", tags=("english",))),
        ("filter", EntryFilter(text="learned", attributes=("voice",))),
        ("filter", EntryFilter(text="help", since=date(2024, 1, 1), until=date(2024, 12, 31))),
        ("filter", EntryFilter(tags=("science",))),
    ]
    return queries


def _describe(flt: EntryFilter) -> str:
    parts = [repr(flt.text)] if flt.text else []
    parts += [f"tag={t}" for t in flt.tags] + [f"attribute={a}" for a in flt.attributes]
    if flt.since or flt.until:
        parts.append(f"{flt.since}..{flt.until}")
    return " ".join(parts)


def _add_rare_words(journal: Journal) -> dict[str, int]:
    from sqlalchemy import select

    from journal.store.entries import save_revision
    from journal.store.models import Entry

    rnd = random.Random(99)
    with journal.write() as session:
        rows = list(session.execute(select(Entry.id, Entry.body).order_by(Entry.seq)))
        for word, how_many in RARE_WORDS.items():
            for entry_id, body in rnd.sample(rows, how_many):
                save_revision(
                    session, entry_id, body=f"{body}\n\nToday I found out what a {word} is."
                )
    return {f"entries_with_{w}": n for w, n in RARE_WORDS.items()}


def bench_in_process(journal: Journal) -> None:
    from journal.store.search import SortOrder, search_entries, search_entry_ids

    queries = _queries()
    by_kind: dict[str, list[float]] = {}
    pooled: list[float] = []
    ids_pooled: list[float] = []
    hits: dict[str, int] = {}
    for rep in range(REPEATS + 1):
        for kind, flt in queries:
            order = SortOrder.RELEVANCE if flt.text.strip() else SortOrder.LEARNED_NEWEST
            start = now_ms()
            with journal.read() as session:
                found = search_entries(session, flt, order)
            took = now_ms() - start
            start = now_ms()
            with journal.read() as session:
                ids = search_entry_ids(session, flt, SortOrder.LEARNED_NEWEST)
            ids_took = now_ms() - start
            if rep == 0:  # warm-up round: compile statements, fill caches
                hits[_describe(flt)] = len(ids)
                if kind != "rare" and not found:
                    raise SystemExit(f"bench_search: '{flt.text}' found nothing")
                continue
            pooled.append(took)
            ids_pooled.append(ids_took)
            by_kind.setdefault(kind, []).append(took)
    note("matching entries per query: " + ", ".join(f"{q}: {n}" for q, n in hits.items()))
    report("search_p50_10k_entries", percentile(pooled, 50), "ms")
    report("search_p95_10k_entries", percentile(pooled, 95), "ms", at_most=SEARCH_BUDGET_MS)
    for kind, values in by_kind.items():
        report(f"search_p95_{kind}_10k_entries", percentile(values, 95), "ms")
    report("search_ids_p50_10k_entries", percentile(ids_pooled, 50), "ms")
    report("search_ids_p95_10k_entries", percentile(ids_pooled, 95), "ms")


# -- whole processes ------------------------------------------------------------------
def write_jrnl_journal(journal: Journal, target: Path) -> int:
    """The journal's live entries in jrnl's plain-text format, oldest first."""
    from sqlalchemy import select

    from journal.store.models import Entry

    count = 0
    with journal.read() as session, target.open("w", encoding="utf-8") as out:
        rows = session.execute(
            select(Entry.created_at, Entry.title, Entry.body)
            .where(Entry.deleted_at.is_(None))
            .order_by(Entry.created_at)
        )
        for created, title, body in rows:
            out.write(f"[{created:%Y-%m-%d %H:%M}] {title}\n{body}\n\n")
            count += 1
    return count


def write_jrnl_config(config_home: Path, journal_file: Path) -> None:
    """jrnl's own defaults (jrnl/config.py get_default_config), pointing at our file.

    The version is jrnl's own, quoted, so jrnl does not rewrite the file on
    every run (an unquoted 4.6 would load as a float and differ).
    """
    from jrnl import __version__ as jrnl_version

    folder = config_home / "jrnl"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "jrnl.yaml").write_text(
        f"""version: '{jrnl_version}'
journals:
  default:
    journal: '{journal_file}'
editor: ''
encrypt: false
template: false
default_hour: 9
default_minute: 0
timeformat: '%F %r'
tagsymbols: '#@'
highlight: true
linewrap: 79
indent_character: '|'
colors:
  body: none
  date: none
  tags: none
  title: none
""",
        encoding="utf-8",
    )


def _run(command: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = now_ms()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    return now_ms() - start, done


def bench_processes(journal: Journal, data_dir: Path) -> None:
    bin_dir = Path(sys.executable).parent
    ours_exe, jrnl_exe = bin_dir / "journal", bin_dir / "jrnl"
    for exe in (ours_exe, jrnl_exe):
        if not exe.exists():
            raise SystemExit(f"bench_search: {exe} is missing; run 'make bench' to install it")
    with scratch_dir("jrnl-") as home:
        journal_file = home / "journal.txt"
        written = write_jrnl_journal(journal, journal_file)
        note(f"jrnl journal: {written} entries, {journal_file.stat().st_size / 1e6:.1f} MB")
        write_jrnl_config(home / "config", journal_file)
        env = process_env(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_STATE_HOME=str(home / "state"),
            NO_COLOR="1",
        )
        env.pop("JOURNAL_DATA_DIR", None)
        db = data_dir / "journal.db"
        floor_script = (
            "import sqlite3, sys\n"
            f"con = sqlite3.connect('file:{db}?mode=ro', uri=True)\n"
            "q = '\"' + sys.argv[1] + '\"*'\n"
            "rows = con.execute('SELECT e.learned_on, e.title FROM entries e JOIN "
            "(SELECT rowid, rank FROM entry_fts WHERE entry_fts MATCH ?) f "
            "ON f.rowid = e.seq WHERE e.deleted_at IS NULL "
            "ORDER BY f.rank, e.learned_on DESC LIMIT 50', (q,)).fetchall()\n"
            "print('\\n'.join(f'{d}  {t}' for d, t in rows))\n"
        )
        commands: dict[str, list[str]] = {
            "python_startup": [sys.executable, "-c", "pass"],
            "journal_version_process": [str(ours_exe), "--version"],
            f"search_process_sqlite3_floor_{FLOOR_WORD}": [
                sys.executable,
                "-c",
                floor_script,
                FLOOR_WORD,
            ],
        }
        for word in PROCESS_WORDS:
            commands[f"search_process_ours_{word}"] = [
                str(ours_exe),
                "--data-dir",
                str(data_dir),
                "search",
                word,
            ]
            commands[f"search_process_jrnl_{word}"] = [str(jrnl_exe), "-contains", word]

        # Warm-up: compile bytecode, fill the OS cache, and check both work.
        for name, command in commands.items():
            _, done = _run(command, env)
            if done.returncode != 0:
                raise SystemExit(f"bench_search: {name} failed: {done.stderr.strip()[:500]}")
            if "Configuration updated" in done.stdout + done.stderr:
                _, done = _run(command, env)  # jrnl rewrote its config once; settle it
            if "_ours_" in name or "_floor_" in name:
                found = len(done.stdout.splitlines())
                note(f"{name}: {found} lines of results")
            elif "_jrnl_" in name:
                summary = re.search(r"(\d+|no) entr(?:y|ies) found", done.stderr)
                note(f"{name}: {summary.group(0) if summary else done.stderr.strip()[:200]}")

        timings: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(PROCESS_RUNS):
            for name, command in commands.items():
                took, done = _run(command, env)
                if done.returncode != 0:
                    raise SystemExit(f"bench_search: {name} failed: {done.stderr.strip()[:500]}")
                timings[name].append(took)

    medians = {name: median(values) for name, values in timings.items()}
    for name in commands:
        if not name.startswith("search_process_ours_") and not name.startswith(
            "search_process_jrnl_"
        ):
            report(name, medians[name], "ms")
    ratios: list[float] = []
    for word in PROCESS_WORDS:
        ours = medians[f"search_process_ours_{word}"]
        theirs = medians[f"search_process_jrnl_{word}"]
        report(f"search_process_ours_{word}", ours, "ms")
        report(f"search_process_jrnl_{word}", theirs, "ms")
        ratios.append(theirs / ours)
        report(f"search_process_ratio_jrnl_over_ours_{word}", theirs / ours, "x", at_least=10)
    report("search_process_ratio_jrnl_over_ours_geomean", geomean(ratios), "x", at_least=10)


def main() -> None:
    from journal.store.database import Journal

    cached = demo_journal("search", TEN_THOUSAND, prepare=_add_rare_words, recipe=RECIPE)
    note(
        f"search journal: {cached.counts['entries']} entries, "
        f"{cached.counts['revisions']} revisions"
    )
    with working_copy(cached.path) as folder:
        journal = Journal.open(folder, auto_backup=False)
        try:
            bench_in_process(journal)
            bench_processes(journal, folder)
        finally:
            journal.close()


if __name__ == "__main__":
    main()
