"""The Flatpak installs the same Python dependencies as pyproject.toml declares.

PySide6 comes from the Flatpak's PySide base app; every other dependency must be
in ``python3-requirements.json`` with the same version range, or the Flatpak
starts without it (as it once did, missing four of them).
"""

from __future__ import annotations

import json
import re
import shlex
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9_.-]+", requirement)
    assert match is not None, requirement
    return match.group(0).lower().replace("_", "-")


def test_the_flatpak_installs_every_dependency_but_pyside() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = {
        _name(r): r.replace(" ", "")
        for r in project["project"]["dependencies"]
        if not _name(r).startswith("pyside6")
    }
    module = json.loads(
        (ROOT / "packaging/flatpak/python3-requirements.json").read_text(encoding="utf-8")
    )
    installed: dict[str, str] = {}
    for command in module["build-commands"]:
        words = shlex.split(command)
        assert words[:2] == ["pip3", "install"], command
        for word in words[2:]:
            if not word.startswith("-") and not word.startswith("/"):
                installed[_name(word)] = word.replace(" ", "")
    assert installed == wanted
