"""With a second screen the stations go to the audience and the notes stay with the student.

The offscreen platform takes its screens from a JSON file given when Qt starts,
so the case runs in a pytest of its own (tests/ui/two_screens_case.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_presenting_on_a_laptop_with_a_projector(tmp_path: Path) -> None:
    screens = tmp_path / "screens.json"
    screen = {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    screens.write_text(json.dumps({"screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768, **screen},
        {"name": "Projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, **screen},
    ]}), encoding="utf-8")  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/ui/two_screens_case.py"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout
