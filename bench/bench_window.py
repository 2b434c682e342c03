"""The main window with a five-year journal (2,000 entries, 20,000 revisions), offscreen.

Figures:
- ``window_show_bare``: a bare ``QMainWindow`` of the same size, from
  construction to shown, exposed and painted (median of several, in this process).
- ``window_show_main_2k_entries``: ``MainWindow(journal)`` the same way, and
  ``window_show_ratio_main_over_bare`` (budget ≤ 2×). Both are measured after a
  first throw-away window, so neither pays for starting the platform plugin;
  ``window_show_first_main_2k_entries`` is the first main window of the process.
- ``entry_switch_p50/p95_2k_entries``: selecting a row in ``window.entry_list``
  until a text widget of the window shows that entry's text: the next row each
  time (as with the Down key), then jumps to rows further down (budget ≤ 50 ms).

Only ``MainWindow(journal)``, ``window.entries`` (the entries model) and
``window.entry_list`` (the view) are relied on; everything else is found by
looking at the widgets, so the window can change without breaking this.
"""

from __future__ import annotations

import os
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
from bench.bench_store import FIVE_YEARS

SHOW_RUNS = 7
SWITCH_WARMUP = 5
SWITCH_NEXT = 100
SWITCH_JUMPS = 30
TIMEOUT_MS = 10_000.0
SHOW_BUDGET = 2.0
READABLE_BUDGET = 4.0
SWITCH_BUDGET_MS = 50.0

_CHECKBOX = re.compile(r"\[[ xX]\]")
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Text reduced to its letters and digits, so Markdown source and rendered
    Markdown (headings, checklists) compare equal."""
    return _NOT_WORD.sub("", _CHECKBOX.sub("", text)).casefold()


def _quiet_qt_messages() -> None:
    """Drop the offscreen plugin's known chatter; pass anything else on as a note."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind: Any, _context: Any, message: str) -> None:
        if "propagateSizeHints" not in message:
            note(f"qt: {message}")

    qInstallMessageHandler(handler)


def _application() -> Any:
    from PySide6.QtWidgets import QApplication

    _quiet_qt_messages()
    try:  # the composition root's application, when it still offers one
        from journal.app import create_application

        return create_application([])
    except (ImportError, AttributeError, TypeError) as exc:
        note(f"journal.app.create_application unavailable ({exc}); using a plain QApplication")
        return QApplication.instance() or QApplication([])


class _Painted:
    """Notes the first paint event of the widgets it watches."""

    def __init__(self, widgets: list[Any]) -> None:
        from PySide6.QtCore import QEvent, QObject

        outer = self

        class Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    outer.seen.add(id(watched))
                return False

        self.seen: set[int] = set()
        self.ids = {id(w) for w in widgets}
        self.widgets = widgets
        self.filter = Filter()
        for widget in widgets:
            widget.installEventFilter(self.filter)

    @property
    def done(self) -> bool:
        return self.ids <= self.seen

    def remove(self) -> None:
        import shiboken6

        for widget in self.widgets:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self.filter)


def _process_until(app: Any, condition: Callable[[], bool], what: str) -> None:
    deadline = now_ms() + TIMEOUT_MS
    while True:
        app.processEvents()
        if condition():
            return
        if now_ms() > deadline:
            raise SystemExit(f"bench_window: gave up waiting for {what}")


def _show_and_wait(app: Any, window: Any, extra_watched: list[Any]) -> None:
    """Show the window and process events until it is exposed and painted."""
    watched = [window, *[w for w in extra_watched if w is not None]]
    painted = _Painted(watched)
    window.show()

    def ready() -> bool:
        handle = window.windowHandle()
        return handle is not None and handle.isExposed() and painted.done

    try:
        _process_until(app, ready, "the window to be exposed and painted")
    finally:
        painted.remove()


def _dispose(app: Any, window: Any) -> None:
    import shiboken6
    from PySide6.QtCore import QEvent

    if shiboken6.isValid(window):
        window.close()
        window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def _list_viewport(window: Any) -> Any:
    view = getattr(window, "entry_list", None)
    if view is None or not view.isVisibleTo(window):
        return None
    return view.viewport()


def show_bare(app: Any, size: Any) -> float:
    from PySide6.QtWidgets import QMainWindow

    start = now_ms()
    window = QMainWindow()
    window.resize(size)
    _show_and_wait(app, window, [])
    took = now_ms() - start
    _dispose(app, window)
    return took


def show_main(app: Any, folder: Path, keep: bool = False) -> tuple[float, Any, Any]:
    """Time MainWindow(journal) to shown and painted. Returns (ms, window, journal)."""
    from journal.store.database import Journal
    from journal.ui.main_window import MainWindow

    journal = Journal.open(folder, auto_backup=False)
    start = now_ms()
    window = MainWindow(journal)
    # The list's viewport is watched too: the entries must be drawn, not just the frame.
    _show_and_wait(app, window, [_list_viewport(window)])
    took = now_ms() - start
    if not keep:
        close_main(app, window, journal)
        return took, None, None
    return took, window, journal


def close_main(app: Any, window: Any, journal: Any) -> None:
    _dispose(app, window)
    journal.close()


# -- switching entries --------------------------------------------------------------
def _source(view_model: Any, index: Any) -> tuple[Any, Any]:
    from PySide6.QtCore import QAbstractProxyModel

    model = view_model
    while isinstance(model, QAbstractProxyModel):
        index = model.mapToSource(index)
        model = model.sourceModel()
    return model, index


def _entry_id(view_model: Any, index: Any) -> str | None:
    model, source_index = _source(view_model, index)
    id_role = getattr(type(model), "IdRole", None)
    if id_role is not None:
        value = model.data(source_index, id_role)
        if isinstance(value, str) and value:
            return value
    if hasattr(model, "entry_id"):
        try:
            return str(model.entry_id(source_index.row()))
        except Exception:
            return None
    return None


def _texts(window: Any) -> list[str]:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    texts: list[str] = []
    for kind in (QPlainTextEdit, QTextEdit):
        texts += [w.toPlainText() for w in window.findChildren(kind) if w.isVisible()]
    texts += [w.text() for w in window.findChildren(QLineEdit) if w.isVisible()]
    return texts


def _ensure_rows(view_model: Any, rows: int) -> None:
    from PySide6.QtCore import QModelIndex

    while view_model.rowCount() < rows and view_model.canFetchMore(QModelIndex()):
        view_model.fetchMore(QModelIndex())


def bench_switching(app: Any, window: Any, journal: Any) -> list[float]:
    from sqlalchemy import select

    from journal.store.models import Entry

    view = window.entry_list
    model = view.model()
    if model is not window.entries:
        note("entry_list shows a proxy of window.entries; mapping rows through it")
    total = getattr(window.entries, "total", None)
    _ensure_rows(model, SWITCH_WARMUP + SWITCH_NEXT + 1)
    rows = list(range(SWITCH_WARMUP + SWITCH_NEXT))
    rnd = random.Random(5)
    span = int(total) if isinstance(total, int) and total > 0 else 2000
    rows += sorted(rnd.sample(range(len(rows), span), SWITCH_JUMPS))
    _ensure_rows(model, rows[-1] + 1)
    if model.rowCount() <= rows[-1]:
        rows = [r for r in rows if r < model.rowCount()]

    ids = [_entry_id(model, model.index(r, 0)) for r in rows]
    if any(i is None for i in ids):
        raise SystemExit("bench_window: can't tell which entry a row of entry_list shows")
    with journal.read() as session:
        rows_found = session.execute(select(Entry.id, Entry.body).where(Entry.id.in_(set(ids))))
        found = {entry_id: body for entry_id, body in rows_found}
    expected = [normalise(found.get(i, "") or "") for i in ids]

    # Start from a known place, then step through.
    view.setFocus()
    timings: list[float] = []
    previous = ""
    for k, (row, want) in enumerate(zip(rows, expected, strict=True)):
        if not want or want == previous:
            continue  # nothing to tell this entry from the one before
        index = model.index(row, 0)
        start = now_ms()
        view.setCurrentIndex(index)
        view.scrollTo(index)

        def editor_shows(want: str = want) -> bool:
            return any(want in normalise(t) for t in _texts(window))

        _process_until(app, editor_shows, f"the editor to show the entry in row {row}")
        took = now_ms() - start
        previous = want
        if k >= SWITCH_WARMUP:
            timings.append(took)
    return timings


# -- whole processes: launch to first paint ---------------------------------------------
# Self-contained on purpose: the bare run must import nothing but PySide6.
_CHILD = r"""
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

kind, folder = sys.argv[1], sys.argv[2]
launcher = None
if kind == "main":
    # The app's own start-up path: the frame paints, then the journal opens.
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from journal.app import create_application
    from journal.ui.settings import Settings
    from journal.ui.startup import Launcher, StartupFrame
    app = create_application([])
    window = StartupFrame()
    launcher = Launcher(window, Path(folder), Settings(QSettings()))
    watched = [window, window.entry_list.viewport()]
else:
    app = QApplication([])
    window = QMainWindow()
    window.resize(int(sys.argv[3]), int(sys.argv[4]))
    watched = [window]
seen = set()
class Filter(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            seen.add(id(obj))
        return False
spy = Filter()
for w in watched:
    w.installEventFilter(spy)
window.show()
if launcher is not None:
    launcher.start()
while not (window.windowHandle() is not None and window.windowHandle().isExposed()
           and all(id(w) in seen for w in watched)):
    app.processEvents()
print("painted", flush=True)
if launcher is not None:
    # First entry readable: the real window has painted an entry's text in its editor.
    # (An application-wide filter: the editor may paint in the same turn it appears.)
    import time
    seen.clear()
    app.installEventFilter(spy)
    deadline = time.monotonic() + 60
    def readable():
        main = launcher.window
        if main is None or not main.isVisible() or not main.editor.body():
            return False
        return id(main.editor.body_edit.viewport()) in seen
    while not readable():
        app.processEvents()
        if time.monotonic() > deadline:
            print("timeout", flush=True)
            raise SystemExit(1)
print("readable", flush=True)
"""


def _launch_to_paint(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Milliseconds from launch to the first painted frame, and to the first entry readable."""
    import subprocess
    import sys

    start = now_ms()
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        painted = now_ms() - start
        second = child.stdout.readline()
        readable = now_ms() - start
    finally:
        child.kill()
        _, errors = child.communicate()
    if line.strip() != "painted" or second.strip() != "readable":
        raise SystemExit(f"bench_window: the {args[0]} window process failed: {errors[-800:]}")
    return painted, readable


def bench_processes(folder: Path, width: int, height: int) -> None:
    """From launching Python to the first painted window, bare against ours."""
    from bench._common import process_env

    env = process_env()
    bare_args = ["bare", str(folder), str(width), str(height)]
    main_args = ["main", str(folder)]
    # Warm-up: bytecode, OS caches, and the journal's daily backup on this copy.
    _launch_to_paint(bare_args, env)
    _launch_to_paint(main_args, env)
    bare: list[float] = []
    ours: list[float] = []
    readable: list[float] = []
    for _ in range(SHOW_RUNS):
        bare.append(_launch_to_paint(bare_args, env)[0])
        painted, read = _launch_to_paint(main_args, env)
        ours.append(painted)
        readable.append(read)
    report("window_process_bare", median(bare), "ms")
    report("window_process_main_2k_entries", median(ours), "ms")
    report(
        "window_process_ratio_main_over_bare",
        median(ours) / median(bare),
        "x",
        at_most=SHOW_BUDGET,
    )
    report("window_process_first_entry_readable_2k_entries", median(readable), "ms")
    report(
        "window_process_ratio_readable_over_bare",
        median(readable) / median(bare),
        "x",
        at_most=READABLE_BUDGET,
    )


def main() -> None:
    os.environ["QT_QPA_PLATFORM"] = os.environ.get("BENCH_QT_QPA_PLATFORM", "offscreen")
    cached = demo_journal("fiveyears", FIVE_YEARS)
    note(
        f"five-year journal: {cached.counts['entries']} entries, "
        f"{cached.counts['revisions']} revisions"
    )
    with scratch_dir("window-home-") as home, working_copy(cached.path) as folder:
        # Keep QSettings, QStandardPaths and any default data folder away from the user's.
        os.environ["XDG_CONFIG_HOME"] = str(home / "config")
        os.environ["XDG_DATA_HOME"] = str(home / "data")
        os.environ["JOURNAL_DATA_DIR"] = str(folder)
        app = _application()
        # Warm-up: the platform plugin, fonts and styles start with the first window.
        from PySide6.QtCore import QSize

        import journal.ui.main_window

        show_bare(app, QSize(1100, 720))
        first, window, journal = show_main(app, folder, keep=True)
        size = window.size()
        close_main(app, window, journal)
        note(f"main window size {size.width()}x{size.height()}; the bare window gets the same")

        bare: list[float] = []
        main_times: list[float] = []
        for _ in range(SHOW_RUNS):
            bare.append(show_bare(app, size))
            main_times.append(show_main(app, folder)[0])
        report("window_show_first_main_2k_entries", first, "ms")
        report("window_show_bare", median(bare), "ms")
        report("window_show_main_2k_entries", median(main_times), "ms")
        report(
            "window_show_ratio_main_over_bare",
            median(main_times) / median(bare),
            "x",
            at_most=SHOW_BUDGET,
        )

        _, window, journal = show_main(app, folder, keep=True)
        try:
            timings = bench_switching(app, window, journal)
        finally:
            close_main(app, window, journal)
        note(f"{len(timings)} entry switches measured")
        report("entry_switch_p50_2k_entries", percentile(timings, 50), "ms")
        report(
            "entry_switch_p95_2k_entries", percentile(timings, 95), "ms", at_most=SWITCH_BUDGET_MS
        )
        bench_processes(folder, size.width(), size.height())


if __name__ == "__main__":
    main()
