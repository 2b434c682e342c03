"""The frozen app (PyInstaller onedir): size on disk, compressed, and launch to first paint.

Budgets (DESIGN.md): onedir ≤ 200 MB, compressed ≤ 60 MB, frozen launch to
first paint ≤ 1.3× running from the source venv. Both launches take the app's
real start-up path (``journal --data-dir DIR``) and quit when the window's
frame first paints (``JOURNAL_EXIT_AFTER_FIRST_PAINT``); runs are interleaved
so a busy machine slows both alike. Skips with a note when there is no frozen
build (``make frozen`` makes one in dist/learning-journal).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import zipfile
from pathlib import Path

from bench._common import REPO_ROOT, median, note, now_ms, report

ONEDIR = Path(os.environ.get("JOURNAL_FROZEN_DIR") or REPO_ROOT / "dist" / "learning-journal")
RUNS = int(os.environ.get("BENCH_FROZEN_RUNS") or 5)
SIZE_BUDGET_MB = 200
COMPRESSED_BUDGET_MB = 60
START_BUDGET = 1.3
LAUNCH_TIMEOUT_S = 60


def _executable() -> Path | None:
    for name in ("journal", "journal.exe"):
        if (ONEDIR / name).is_file():
            return ONEDIR / name
    return None


def _tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _compressed_bytes(folder: Path, out: Path) -> int:
    """The onedir as a deflated zip (what a download or an Intune .intunewin roughly weighs)."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.is_symlink():
                archive.write(path, path.relative_to(folder.parent))
    return out.stat().st_size


def _launch(command: list[str], env: dict[str, str]) -> float:
    start = now_ms()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)  # fmt: skip
    # A launch that never paints must not hang the benchmark (or CI).
    watchdog = threading.Timer(LAUNCH_TIMEOUT_S, child.kill)
    watchdog.start()
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        took = now_ms() - start
    finally:
        watchdog.cancel()
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()
        _, errors = child.communicate()
    if line.strip() != "first-paint":
        raise SystemExit(f"bench_frozen: {command[0]} did not paint: {errors[-800:]}")
    return took


def main() -> None:
    exe = _executable()
    if exe is None:
        note(f"no frozen build in {ONEDIR}; run 'make frozen' first (skipped).")
        return
    size_mb = _tree_bytes(ONEDIR) / 1e6
    report("frozen_onedir_size", size_mb, "MB", at_most=SIZE_BUDGET_MB)
    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as tmp:
        zipped = _compressed_bytes(ONEDIR, Path(tmp) / "onedir.zip") / 1e6
        report("frozen_onedir_zip_size", zipped, "MB", at_most=COMPRESSED_BUDGET_MB)

        env = dict(os.environ, JOURNAL_EXIT_AFTER_FIRST_PAINT="1")
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["HOME"] = str(Path(tmp) / "home")  # settings of the runs stay in here
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "home" / "config")
        data = str(Path(tmp) / "data")
        source = [sys.executable, "-m", "journal", "--data-dir", data]
        frozen = [str(exe), "--data-dir", data]
        _launch(source, env)  # warm-up: bytecode caches, the OS file cache
        _launch(frozen, env)
        source_ms: list[float] = []
        frozen_ms: list[float] = []
        for _ in range(RUNS):
            source_ms.append(_launch(source, env))
            frozen_ms.append(_launch(frozen, env))
    report("start_to_first_paint_source", median(source_ms), "ms")
    report("start_to_first_paint_frozen", median(frozen_ms), "ms")
    report(
        "start_ratio_frozen_over_source",
        median(frozen_ms) / median(source_ms),
        "x",
        at_most=START_BUDGET,
    )


if __name__ == "__main__":
    main()
