"""What a student on a small screen would run into: controls off the window, overlapping panels."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDockWidget,
    QFocusFrame,
    QMainWindow,
    QWidget,
)

# A 1024×600 netbook and a 1366×768 laptop, less a task bar and a title bar.
SCREENS = [QSize(1024, 600), QSize(1366, 768)]
TITLE_AND_TASK_BAR = 40


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def usable(screen: QSize) -> QSize:
    return QSize(screen.width(), screen.height() - TITLE_AND_TASK_BAR)


def _in_scrolled_content(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's content, where being out of view only means scrolling to it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return True
        parent = parent.parentWidget()
    return False


def shown_widgets(top: QWidget) -> Iterator[QWidget]:
    """Widgets of ``top`` a student can see and use (enabled, visible, in this window)."""
    for widget in top.findChildren(QWidget):
        if isinstance(widget, QFocusFrame):
            continue  # the keyboard focus ring is drawn just around a control
        if widget.window() is top and widget.isVisible() and widget.isEnabled():
            yield widget


def off_window(top: QWidget) -> list[str]:
    """Visible, usable widgets that lie (partly) outside the window."""
    inside = top.rect()
    bad = []
    for widget in shown_widgets(top):
        if _in_scrolled_content(widget, top):
            continue
        where = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
        if not inside.contains(where):
            name = widget.accessibleName() or widget.objectName()
            bad.append(f"{type(widget).__name__} {name!r} at {where.getRect()}")
    return bad


def overlapping_docks(window: QMainWindow) -> list[str]:
    docks = [
        d
        for d in window.findChildren(QDockWidget)
        if d.isVisible() and d.isEnabled() and not d.isFloating()
    ]
    clashes = []
    for i, a in enumerate(docks):
        for b in docks[i + 1 :]:
            if a.geometry().intersects(b.geometry()):
                clashes.append(f"{a.objectName()} overlaps {b.objectName()}")
    return clashes


def fit_problems(top: QWidget, screen: QSize) -> list[str]:
    """Everything wrong with ``top`` on a screen of this size (empty when it fits)."""
    room = usable(screen)
    problems = []
    minimum = top.minimumSizeHint().expandedTo(top.minimumSize())
    if minimum.width() > room.width() or minimum.height() > room.height():
        problems.append(f"minimum size {minimum.toTuple()} exceeds the screen {room.toTuple()}")
    # A main window fills the screen; a dialog opens at its preferred size, cut to the screen.
    top.resize(room if isinstance(top, QMainWindow) else top.sizeHint().boundedTo(room))
    settle()
    if top.width() > room.width() or top.height() > room.height():
        problems.append(f"grew to {top.size().toTuple()} on a screen of {room.toTuple()}")
    problems += off_window(top)
    if isinstance(top, QMainWindow):
        problems += overlapping_docks(top)
    return problems
