"""Items drawn on a canvas, exposed to screen readers as accessible children.

A custom-painted widget (the timeline, the attributes chart) is one opaque
object to a screen reader unless it says what it draws. A widget that
implements :class:`ItemHost` (``accessible_item_count`` and
``accessible_item``) and is registered with :func:`expose_items` gets a
:class:`QAccessibleInterface` from Qt's accessibility factory whose children
are its items: each has a name, a role, a place on screen and states
(selected, focused, off screen). On Linux Qt's AT-SPI bridge turns them into
objects Orca can move through; on Windows and macOS the UI Automation and
NSAccessibility bridges do the same.

Lifetime: Qt's accessibility cache owns registered interfaces. The widget's
interface is deleted by Qt with the widget; the items' interfaces are kept by
the widget's interface and handed back to Qt for deletion when the widget
goes (``destroyed``), so Python never frees an interface Qt still holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QWidget
from shiboken6 import Shiboken


@dataclass(frozen=True)
class AccessibleItem:
    """One thing a widget draws, as a screen reader should hear it."""

    name: str
    role: QAccessible.Role
    rect: QRect  # in the widget's coordinates; empty when it is not drawn
    description: str = ""
    selected: bool = False


class ItemHost(Protocol):
    def accessible_item_count(self) -> int: ...

    def accessible_item(self, index: int) -> AccessibleItem | None: ...

    def accessible_current_item(self) -> int:
        """The item the keyboard is on (-1 for none)."""
        ...


# Widget classes whose items are exposed, with the role of the widget itself.
_ROLES: dict[type[QWidget], QAccessible.Role] = {}
_installed = False


def expose_items(widget_class: type[QWidget], role: QAccessible.Role) -> None:
    """Give every ``widget_class`` (an :class:`ItemHost`) an interface listing its items."""
    global _installed
    _ROLES[widget_class] = role
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    for widget_class, role in _ROLES.items():
        if isinstance(obj, widget_class):
            return ItemsAccessible(obj, role)
    return None


def notify_items_changed(widget: QWidget) -> None:
    """Tell screen readers the widget's items were replaced (new data, zoom, lanes)."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.ObjectReorder))


def notify_current_item(widget: QWidget, index: int) -> None:
    """Tell screen readers the keyboard moved to item ``index`` (when the widget has focus)."""
    if not QAccessible.isActive() or index < 0:
        return
    for kind in (QAccessible.Event.Selection, QAccessible.Event.Focus):
        if kind == QAccessible.Event.Focus and not widget.hasFocus():
            continue
        event = QAccessibleEvent(widget, kind)
        event.setChild(index)
        QAccessible.updateAccessibility(event)


class ItemsAccessible(QAccessibleWidget):
    """The widget's own interface: its children are its items."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)
        self._host = widget
        self._items: dict[int, ItemAccessible] = {}
        # Kept by the widget so Python holds the interface as long as Qt's cache does.
        widget._items_accessible = self  # type: ignore[attr-defined]
        widget.destroyed.connect(self._release_items)

    def _release_items(self) -> None:
        items, self._items = self._items, {}
        for item in items.values():
            if Shiboken.isValid(item):
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(item))

    def host(self) -> ItemHost | None:
        widget = self._host
        return widget if Shiboken.isValid(widget) else None  # type: ignore[return-value]

    def childCount(self) -> int:
        host = self.host()
        return host.accessible_item_count() if host is not None else 0

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        if not 0 <= index < self.childCount():
            return None
        item = self._items.get(index)
        if item is None:
            item = self._items[index] = ItemAccessible(self, index)
        return item

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if isinstance(child, ItemAccessible) and child.owner is self:
            return child.index
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        host = self.host()
        if host is None:
            return None
        point = self._host.mapFromGlobal(QPoint(x, y))
        for index in range(host.accessible_item_count()):
            item = host.accessible_item(index)
            if item is not None and item.rect.contains(point):
                return self.child(index)
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        host = self.host()
        if host is None or not self._host.hasFocus():
            return None
        current = host.accessible_current_item()
        return self.child(current) if current >= 0 else None


class ItemAccessible(QAccessibleInterface):
    """One drawn item: no object of its own, read from the host each time it is asked."""

    def __init__(self, owner: ItemsAccessible, index: int) -> None:
        super().__init__()
        self.owner = owner
        self.index = index

    def _item(self) -> AccessibleItem | None:
        if not Shiboken.isValid(self.owner):
            return None
        host = self.owner.host()
        if host is None or self.index >= host.accessible_item_count():
            return None
        return host.accessible_item(self.index)

    def isValid(self) -> bool:
        return self._item() is not None

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self.owner.window() if Shiboken.isValid(self.owner) else None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return self.owner if Shiboken.isValid(self.owner) else None

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def text(self, kind: QAccessible.Text) -> str:
        item = self._item()
        if item is None:
            return ""
        if kind == QAccessible.Text.Name:
            return item.name
        if kind == QAccessible.Text.Description:
            return item.description
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        return None

    def _visible_rect(self, item: AccessibleItem) -> QRect:
        host = self.owner.host()
        if host is None:
            return QRect()
        widget: QWidget = self.owner._host
        if not widget.isVisible():
            return QRect()
        return item.rect.intersected(widget.rect())

    def rect(self) -> QRect:
        item = self._item()
        if item is None:
            return QRect()
        shown = self._visible_rect(item)
        if shown.isEmpty():
            return QRect()
        widget: QWidget = self.owner._host
        return QRect(widget.mapToGlobal(shown.topLeft()), shown.size())

    def role(self) -> QAccessible.Role:
        item = self._item()
        return item.role if item is not None else QAccessible.Role.NoRole

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        item = self._item()
        if item is None:
            state.invalid = True
            return state
        state.selectable = True
        state.selected = item.selected
        if self._visible_rect(item).isEmpty():
            state.invisible = True
            state.offscreen = True
        host = self.owner.host()
        widget: QWidget = self.owner._host
        if host is not None and host.accessible_current_item() == self.index:
            state.focusable = True
            state.focused = widget.hasFocus()
        return state
