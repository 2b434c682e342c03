"""The layer rules: store, core and portfolio never import widgets or journal.ui."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "journal"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("layer", ["store", "core", "portfolio"])
def test_layer_imports_no_widgets_and_no_ui(layer: str) -> None:
    offenders = {}
    for path in (PACKAGE / layer).rglob("*.py"):
        bad = {
            name
            for name in _imports(path)
            if name.startswith(("PySide6.QtWidgets", "journal.ui"))
            or (layer in ("store", "core") and name.startswith("PySide6"))
        }
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert offenders == {}


def test_the_checker_sees_a_widget_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport journal.ui.main_window\n")
    assert {"PySide6.QtWidgets.QWidget", "journal.ui.main_window"} <= _imports(sample)
