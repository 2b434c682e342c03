"""Helpers shared by the ``bench_*.py`` modules: reporting, statistics, cached journals.

The protocol (see bench/README.md): a module exposes ``main() -> None`` and
prints one ``name: value unit`` line per figure on stdout through
:func:`report`; anything else (progress, budget verdicts) goes to stderr as a
``#`` line through :func:`note`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journal.demo import DemoSize
    from journal.store.database import Journal

REPO_ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = Path(os.environ.get("BENCH_CACHE_DIR") or REPO_ROOT / "build" / "bench-cache")
# Working copies live beside the cache, on the same disk as a real data folder
# would be: a tmpfs /tmp would make synchronous=FULL commits look free.
WORK_DIR = CACHE_DIR / "work"
# Bump when the way a cached journal is built changes in a way the key misses.
CACHE_FORMAT = "1"


# -- printing -----------------------------------------------------------------
def fmt(value: float) -> str:
    """Three significant figures or so, without scientific notation."""
    if not math.isfinite(value):
        return str(value)
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def note(message: str) -> None:
    """A progress or explanation line on stderr (never a figure)."""
    print(f"# {message}", file=sys.stderr, flush=True)


def report(
    name: str,
    value: float,
    unit: str,
    *,
    at_most: float | None = None,
    at_least: float | None = None,
) -> None:
    """Print one figure as ``name: value unit``; with a budget, a verdict on stderr."""
    print(f"{name}: {fmt(value)} {unit}", flush=True)
    if at_most is not None:
        verdict = "ok" if value <= at_most else "OVER BUDGET"
        note(f"budget {name} ≤ {fmt(at_most)} {unit}: {verdict}")
    if at_least is not None:
        verdict = "ok" if value >= at_least else "UNDER BUDGET"
        note(f"budget {name} ≥ {fmt(at_least)} {unit}: {verdict}")


# -- statistics ----------------------------------------------------------------
def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0–100) with linear interpolation, like numpy's default."""
    if not values:
        raise ValueError("percentile of no values")
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * p / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def geomean(values: Sequence[float]) -> float:
    return math.exp(sum(math.log(v) for v in values) / len(values))


def now_ms() -> float:
    return time.perf_counter_ns() / 1e6


def time_ms(action: Callable[[], object]) -> float:
    """How long one call takes, in milliseconds."""
    start = time.perf_counter_ns()
    action()
    return (time.perf_counter_ns() - start) / 1e6


def process_env(**overrides: str) -> dict[str, str]:
    """Environment for timing a whole process: bytecode cached as in an installed app.

    Editable installs have no ``.pyc`` files of their own, and
    ``PYTHONDONTWRITEBYTECODE`` would make every start compile ``journal/`` from
    source; a cache prefix under the bench cache keeps compiled files out of the
    source tree.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(CACHE_DIR / "pycache")
    env.update(overrides)
    return env


# -- cached journals --------------------------------------------------------------
@dataclass(frozen=True)
class CachedJournal:
    path: Path
    counts: dict[str, int]


def _source_digest(extra: str) -> str:
    """Changes when the demo generator, the migrations or the caller's recipe change."""
    digest = hashlib.sha256(CACHE_FORMAT.encode())
    digest.update((REPO_ROOT / "journal" / "demo.py").read_bytes())
    versions = REPO_ROOT / "journal" / "store" / "migrations" / "versions"
    for path in sorted(versions.glob("*.py")):
        digest.update(path.name.encode())
    digest.update(extra.encode())
    return digest.hexdigest()[:10]


def demo_journal(
    label: str,
    size: DemoSize,
    *,
    prepare: Callable[[Journal], dict[str, int] | None] | None = None,
    recipe: str = "",
) -> CachedJournal:
    """A journal made by ``journal.demo.generate_demo``, built once and cached.

    It lives in ``build/bench-cache/<label>-e<entries>-y<years>-r<revs>-s<seed>-<img>-<digest>/``
    and is rebuilt when ``journal/demo.py``, the migrations or ``recipe`` (a
    string that names what ``prepare`` does) change. ``prepare`` may change the
    journal further after the demo is generated. Treat the cached folder as
    read-only: open a :func:`working_copy` to write to it.
    """
    from journal.demo import generate_demo
    from journal.store.database import Journal

    key = (
        f"{label}-e{size.entries}-y{size.years}-r{size.revisions_per_entry:g}-s{size.seed}-"
        f"{'img' if size.images else 'noimg'}-{_source_digest(recipe)}"
    )
    final = CACHE_DIR / key
    meta = final / "bench-cache.json"
    if meta.is_file():
        return CachedJournal(final, json.loads(meta.read_text(encoding="utf-8")))

    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    for stale in CACHE_DIR.glob(f"{label}-e{size.entries}-*"):
        if stale != final and stale.is_dir():
            note(f"removing stale cached journal {stale.name}")
            shutil.rmtree(stale, ignore_errors=True)
    building = Path(tempfile.mkdtemp(prefix=f".building-{label}-", dir=CACHE_DIR))
    note(f"building cached journal {key} (first run only; reruns reuse it)")
    started = time.perf_counter()
    try:
        with Journal.open(building, auto_backup=False) as journal:
            counts = dict(generate_demo(journal, size))
            if prepare is not None:
                counts.update(prepare(journal) or {})
        (building / "bench-cache.json").write_text(json.dumps(counts), encoding="utf-8")
        try:
            building.rename(final)
        except OSError:
            if not meta.is_file():  # not simply another run that finished first
                raise
            shutil.rmtree(building, ignore_errors=True)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    note(f"built {key} in {time.perf_counter() - started:.1f} s: {counts}")
    return CachedJournal(final, counts)


@contextlib.contextmanager
def working_copy(source: Path) -> Iterator[Path]:
    """A throw-away copy of a cached journal folder, removed afterwards."""
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    holder = Path(tempfile.mkdtemp(prefix="copy-", dir=WORK_DIR))
    target = holder / "journal"
    try:
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("journal.lock"))
        # Write the copy out now: otherwise the first fsyncs of the benchmark
        # (a commit with synchronous=FULL) pay for flushing the whole copy.
        if hasattr(os, "sync"):
            os.sync()
        yield target
    finally:
        shutil.rmtree(holder, ignore_errors=True)


@contextlib.contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    """An empty folder under the bench work dir, removed afterwards."""
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=prefix, dir=WORK_DIR))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
