"""The portfolio timeline with 10,000 entries and about 100,000 revisions, offscreen.

Figures:
- ``timeline_first_paint_10k_entries``: construct ``TimelineView(journal)``
  (which loads the timeline data), size it and render its first frame into a
  ``QImage`` (median of several fresh views; budget ≤ 150 ms), with the
  first view of the process reported on its own and the time split into
  loading (``timeline_load_10k_entries``) and building + painting the frame.
- ``timeline_pan_step_p50/p95`` and ``timeline_zoom_step_p50/p95``: one pan
  (40 px) or one zoom step (×1.25 or ÷1.25 about a random point) followed by
  building and painting the new frame, at every level from "fit all" to one
  week; revision times the step needs are loaded inside the step (budget
  p95 ≤ 16 ms). The same steps in CPU time of this thread
  (``*_cpu_p50/p95``) leave out time the machine gave to other processes, which
  on a shared machine is most of the tail. A full sweep of Python's cyclic
  garbage collector over the whole process (tens of ms, whoever allocated
  last) lands in some steps: ``timeline_gc_full_sweeps_in_tour`` counts them
  and ``timeline_gc_full_sweep_max`` gives the longest.
- ``timeline_frame_peak_*``: Python memory (tracemalloc) allocated while
  building and painting one frame at "fit all" and at one week, the items the
  frame holds, and the timeline data kept for the whole journal: a frame's
  cost follows the screen, not the journal.
"""

from __future__ import annotations

import gc
import os
import random
import time
import tracemalloc
from datetime import date
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench._common import (
    demo_journal,
    median,
    note,
    now_ms,
    percentile,
    report,
    working_copy,
)
from journal.demo import DemoSize

TEN_K = DemoSize(entries=10_000, years=5, seed=7, revisions_per_entry=9.5, images=False)
TODAY = date(2026, 6, 30)  # the demo's "today", so every run draws the same picture
WIDTH, HEIGHT = 1280, 640
FIRST_PAINT_RUNS = 7
PAN_STEPS_PER_LEVEL = 30
FIRST_PAINT_BUDGET_MS = 150.0
STEP_BUDGET_MS = 16.0


def _render(view: Any, image: Any) -> None:
    from PySide6.QtGui import QPainter

    painter = QPainter(image)
    try:
        view.render_view(painter)
    finally:
        painter.end()


def _new_image() -> Any:
    from PySide6.QtGui import QImage

    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0xFFFFFFFF)
    return image


def _first_paint(journal: Any) -> tuple[float, float]:
    """(total ms, load ms) for one fresh view: construct + load + size + first frame."""
    from journal.ui.timeline.view import TimelineView

    image = _new_image()
    gc.collect()
    start = now_ms()
    view = TimelineView(journal, today=TODAY)
    loaded = now_ms()
    view.resize(WIDTH, HEIGHT)
    _render(view, image)
    total = now_ms() - start
    view.deleteLater()
    return total, loaded - start


def _span(view: Any) -> float:
    start, end = view.visible_range()
    return float(end - start)


def _steps(journal: Any) -> tuple[dict[str, list[float]], Any]:
    """Pan and zoom step times over a tour from "fit all" down to one week and back."""
    from journal.ui.timeline.view import TimelineView

    rnd = random.Random(5)
    view = TimelineView(journal, today=TODAY)
    view.resize(WIDTH, HEIGHT)
    image = _new_image()
    view.fit_all()
    _render(view, image)
    times: dict[str, list[float]] = {"pan": [], "zoom": [], "pan_cpu": [], "zoom_cpu": []}
    pans, zooms = times["pan"], times["zoom"]

    def step(action: Any, into: list[float]) -> None:
        cpu = time.thread_time_ns()
        start = now_ms()
        action()
        _render(view, image)
        into.append(now_ms() - start)
        kind = "pan_cpu" if into is pans else "zoom_cpu"
        times[kind].append((time.thread_time_ns() - cpu) / 1e6)

    def pan_a_while() -> None:
        for i in range(PAN_STEPS_PER_LEVEL):
            dx = 40.0 if (i // 10) % 2 == 0 else -40.0
            step(lambda dx=dx: view.pan_by(dx), pans)

    # Aim the zoom at the busiest recent stretch, as a student looking at this term.
    view.show_range(date(2026, 1, 5), date(2026, 6, 28))
    _render(view, image)
    view.fit_all()
    _render(view, image)
    levels = 0
    while _span(view) > 7.5:
        for _ in range(3):
            anchor = 148 + rnd.uniform(0.4, 0.6) * (WIDTH - 148)
            step(lambda a=anchor: view.zoom_by(1.25, a), zooms)
        pan_a_while()
        levels += 1
    while _span(view) < 365 * 5:
        for _ in range(3):
            anchor = 148 + rnd.uniform(0.3, 0.7) * (WIDTH - 148)
            step(lambda a=anchor: view.zoom_by(1 / 1.25, a), zooms)
        pan_a_while()
        levels += 1
    note(f"step tour: {levels} zoom levels, {len(pans)} pans, {len(zooms)} zoom steps")
    return times, view


class _GcWatch:
    """Counts full (generation 2) collections and their longest pause."""

    def __init__(self) -> None:
        self.sweeps: list[float] = []
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._started = now_ms()
        else:
            self.sweeps.append(now_ms() - self._started)

    def __enter__(self) -> _GcWatch:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self)


def _report_steps(times: dict[str, list[float]]) -> None:
    for kind in ("pan", "zoom"):
        wall, cpu = times[kind], times[f"{kind}_cpu"]
        report(f"timeline_{kind}_step_p50_10k_entries", percentile(wall, 50), "ms")
        report(
            f"timeline_{kind}_step_p95_10k_entries",
            percentile(wall, 95),
            "ms",
            at_most=STEP_BUDGET_MS,
        )
        report(f"timeline_{kind}_step_cpu_p50_10k_entries", percentile(cpu, 50), "ms")
        report(f"timeline_{kind}_step_cpu_p95_10k_entries", percentile(cpu, 95), "ms")


def _frame_memory(view: Any) -> tuple[float, dict[str, int]]:
    """Peak Python memory (MB) of building and painting one frame of ``view`` as it is."""
    image = _new_image()
    gc.collect()
    view._frame = None  # build the frame afresh, as after a pan or zoom
    tracemalloc.start()
    tracemalloc.reset_peak()
    _render(view, image)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6, view.frame_stats()


def _data_memory(journal: Any) -> float:
    """MB kept by the loaded timeline data of the whole journal."""
    from journal.store.timeline_data import load_timeline

    gc.collect()
    tracemalloc.start()
    with journal.read() as session:
        data = load_timeline(session, today=TODAY)
    gc.collect()
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del data
    return current / 1e6


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from journal.store.database import Journal

    app = QApplication.instance() or QApplication([])
    cached = demo_journal("timeline-10k", TEN_K)
    note(
        f"timeline journal: {cached.counts['entries']} entries, "
        f"{cached.counts['revisions']} revisions, {WIDTH}×{HEIGHT} px"
    )
    with working_copy(cached.path) as path, Journal.open(path, auto_backup=False) as journal:
        first_total, _first_load = _first_paint(journal)
        report("timeline_first_paint_first_view_10k_entries", first_total, "ms")
        totals, loads = [], []
        for _ in range(FIRST_PAINT_RUNS):
            total, load = _first_paint(journal)
            totals.append(total)
            loads.append(load)
            app.processEvents()
        report(
            "timeline_first_paint_10k_entries",
            median(totals),
            "ms",
            at_most=FIRST_PAINT_BUDGET_MS,
        )
        report("timeline_first_paint_max_10k_entries", max(totals), "ms")
        report("timeline_load_10k_entries", median(loads), "ms")
        report("timeline_first_frame_10k_entries", median(totals) - median(loads), "ms")

        with _GcWatch() as watch:
            times, view = _steps(journal)
        _report_steps(times)
        report("timeline_gc_full_sweeps_in_tour", len(watch.sweeps), "count")
        if watch.sweeps:
            report("timeline_gc_full_sweep_max", max(watch.sweeps), "ms")
        report("timeline_revision_cache_entries", view.revision_cache_size(), "count")

        view.fit_all()
        fit_mb, fit_stats = _frame_memory(view)
        view.show_range(date(2026, 3, 2), date(2026, 3, 8))
        week_mb, week_stats = _frame_memory(view)
        report("timeline_frame_peak_fit_all_10k_entries", fit_mb, "MB")
        report("timeline_frame_peak_one_week_10k_entries", week_mb, "MB")
        fit_items = fit_stats["markers"] + fit_stats["aggregates"]
        week_items = week_stats["markers"] + week_stats["aggregates"]
        report("timeline_frame_items_fit_all_10k_entries", fit_items, "count")
        report("timeline_frame_items_one_week_10k_entries", week_items, "count")
        note(f"fit all frame: {fit_stats}")
        note(f"one week frame: {week_stats}")
        report("timeline_data_memory_10k_entries", _data_memory(journal), "MB")
        view.deleteLater()
        app.processEvents()


if __name__ == "__main__":
    main()
