"""Walking a window with Tab as a keyboard user would, and what they should meet on the way."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.ui.screen_helpers import settle


@dataclass
class Walk:
    stops: list[QWidget] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    looks: dict[int, QImage] = field(default_factory=dict)


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    return f"{type(widget).__name__}({widget.accessibleName() or widget.objectName()!r})"


def _rect_in(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())


def on_screen(widget: QWidget, top: QWidget) -> bool:
    """Shown inside the window and not scrolled or clipped out of sight."""
    if widget is top:
        return widget.isVisible()
    where = _rect_in(widget, top)
    if not widget.isVisible() or not top.rect().intersects(where):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        area = parent.parentWidget()
        in_view = not isinstance(area, QAbstractScrollArea) or parent is not area.viewport()
        if not in_view and not _rect_in(parent, top).intersects(where):
            return False  # scrolled out of its scroll area's view
        parent = parent.parentWidget()
    return True


def walk(top: QWidget, start: QWidget, limit: int = 200) -> Walk:
    """Tab from ``start`` until focus comes back to it; every stop is checked on the way."""
    result = Walk()
    top.activateWindow()
    settle()  # active first: focus given to an inactive window arrives as "window activated"
    start.clearFocus()
    settle()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    current = QApplication.focusWidget()
    if current is None:
        result.problems.append("nothing has focus at the start")
        return result
    first = current
    presses = 0
    while presses < limit:
        if current not in result.stops:
            if current.window() is not top:
                result.problems.append(f"focus left the window for {describe(current)}")
                return result
            result.stops.append(current)
            result.looks[id(current)] = _around(current, top)
            if not current.isEnabled():
                result.problems.append(f"{describe(current)} is disabled but has focus")
            if not on_screen(current, top):
                result.problems.append(f"{describe(current)} has focus out of sight")
        QTest.keyClick(current, Qt.Key.Key_Tab)
        presses += 1
        settle()
        following = QApplication.focusWidget()
        if following is None:
            result.problems.append(f"focus was lost after {describe(current)}")
            return result
        if following is first:
            return result
        if following in result.stops and following is not current:
            loop = [describe(w) for w in result.stops[result.stops.index(following) :]]
            result.problems.append(f"Tab is trapped in {loop} and never gets back to the start")
            return result
        current = following
    result.problems.append(f"no way back to the start after {limit} presses of Tab")
    return result


def _takes_tab(widget: QWidget) -> bool:
    policy = widget.focusPolicy()
    return bool(policy & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def _owned_by_compound(widget: QWidget) -> bool:
    """Inner parts (a spin box's or combo box's line edit) are reached through their owner."""
    parent = widget.parentWidget()
    if not isinstance(parent, QAbstractSpinBox | QComboBox):
        return False
    return parent.focusProxy() is widget or widget.focusProxy() is parent


def _unchecked_radio(widget: QWidget) -> bool:
    """Tab reaches a group of radio buttons at its chosen one; arrows move within it."""
    if not isinstance(widget, QRadioButton) or widget.isChecked():
        return False
    group = widget.group()
    return widget.autoExclusive() or (group is not None and group.exclusive())


def tab_stops_expected(top: QWidget) -> list[QWidget]:
    """Every visible, enabled control of ``top`` that a keyboard user must be able to reach."""
    expected = []
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisible() or not widget.isEnabled():
            continue
        if not _takes_tab(widget) or _owned_by_compound(widget) or _unchecked_radio(widget):
            continue
        expected.append(widget)
    return expected


def _around(widget: QWidget, top: QWidget) -> QImage:
    """The window's pixels around ``widget`` (a focus ring may be drawn just outside it)."""
    return top.grab(_rect_in(widget, top).adjusted(-4, -4, 4, 4)).toImage()


def focus_hidden(result: Walk, top: QWidget) -> list[str]:
    """Stops that look the same with and without focus (the student can't see where they are)."""
    hidden = []
    for widget in result.stops:
        if not widget.isVisible() or widget.isWindow():
            continue  # a window with focus of its own (a presenter's screen) is the focus
        widget.clearFocus()
        settle()
        if _around(widget, top) == result.looks[id(widget)]:
            hidden.append(describe(widget))
    return hidden


INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QTabBar,
)


def unnamed(top: QWidget) -> list[str]:
    """Controls (focusable or clickable, clear buttons of line edits included) with no name."""
    missing = []
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisibleTo(top):
            continue
        interactive = isinstance(widget, INTERACTIVE) or _takes_tab(widget)
        if not interactive or _owned_by_compound(widget):
            continue
        if isinstance(widget, QAbstractButton) and not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), QDockWidget) and not widget.isVisible():
            continue
        if type(widget).__name__ in {"QScrollBar", "QSplitterHandle", "QHeaderView"}:
            continue
        if not widget.accessibleName().strip():
            missing.append(describe(widget) + f" in {describe(widget.parentWidget())}")
    return missing
