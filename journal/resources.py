"""The one place that finds files in the top-level ``resources/`` folder.

Installed wheels carry the folder as ``journal/resources``; a source checkout
(including an editable install) has it beside the package.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [here / "resources", here.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Learning Journal's resources folder is missing; reinstall the app.")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
