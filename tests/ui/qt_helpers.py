"""Small typed helpers for reading Qt widgets in tests.

PySide6's stubs say many getters may return ``None`` (``topLevelItem``,
``itemAt``, ``popup``); a test knows the thing is there and says so here.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLayout, QTreeWidget, QTreeWidgetItem, QWidget

T = TypeVar("T")


def present(value: T | None) -> T:
    """``value``, which the test expects Qt to have returned."""
    assert value is not None
    return value


def top_level_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    return [present(tree.topLevelItem(i)) for i in range(tree.topLevelItemCount())]


def child_items(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [present(item.child(i)) for i in range(item.childCount())]


def layout_widget(layout: QLayout, index: int) -> QWidget:
    """The widget in ``layout`` at ``index``."""
    return present(present(layout.itemAt(index)).widget())
