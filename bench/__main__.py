"""Run the benchmarks: ``python -m bench [NAME ...]``.

Every module ``bench/bench_<name>.py`` runs in sorted order, each in its own
Python process (so a QApplication, environment variables or imports from one
module never colour the next). Name modules on the command line to run only
those: ``python -m bench store search``; ``--list`` names them all. Figures go to stdout as
``name: value unit`` lines; progress and budget verdicts go to stderr as
``#`` lines. The exit status is non-zero when any module failed.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent


def discover() -> list[str]:
    """Module names (``bench_store`` …) of every benchmark, sorted."""
    return sorted(p.stem for p in BENCH_DIR.glob("bench_*.py"))


def select(requested: list[str], available: list[str]) -> list[str]:
    chosen: list[str] = []
    for name in requested:
        module = name if name.startswith("bench_") else f"bench_{name}"
        module = module.removesuffix(".py")
        if module not in available:
            known = ", ".join(m.removeprefix("bench_") for m in available)
            raise SystemExit(f"bench: there is no benchmark '{name}' (known: {known}).")
        if module not in chosen:
            chosen.append(module)
    return chosen or available


def main(argv: list[str]) -> int:
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__.strip())
        return 0
    if "--list" in argv:
        print("\n".join(m.removeprefix("bench_") for m in discover()))
        return 0
    modules = select(argv, discover())
    failed: list[str] = []
    for module in modules:
        print(f"# {module}", file=sys.stderr, flush=True)
        started = time.perf_counter()
        # The child inherits stdout and stderr, so figures stream as they come.
        code = subprocess.call(
            [sys.executable, "-c", f"from bench import {module}; {module}.main()"],
            cwd=REPO_ROOT,
        )
        took = time.perf_counter() - started
        print(f"# {module} finished in {took:.1f} s (exit {code})", file=sys.stderr, flush=True)
        if code != 0:
            failed.append(module)
    if failed:
        print(f"# failed: {', '.join(failed)}", file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
