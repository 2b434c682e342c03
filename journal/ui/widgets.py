"""Small widgets more than one screen uses: muted secondary text and rows of chips.

- :class:`MutedLabel`: secondary text, softer than the main text yet easy to read.
- :class:`FlowLayout`: widgets left to right, wrapping onto new lines.
- :class:`ChipGroup`: a wrapping row of toggle chips where at most one is on.
- :func:`clear_layout`: empty a layout that is refilled on every reload.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QPushButton, QSizePolicy, QWidget


def clear_layout(layout: QLayout) -> None:
    """Take every item out of ``layout``; its widgets vanish now and are deleted later."""
    while (item := layout.takeAt(0)) is not None:
        if (widget := item.widget()) is not None:
            widget.hide()
            widget.deleteLater()


class MutedLabel(QLabel):
    """Secondary text: softer than the main text, yet with enough contrast to read easily.

    (The palette's placeholder colour is too faint for sentences.) It follows
    palette changes, such as the system switching to dark mode.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._apply_colour()

    def _apply_colour(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)
        back = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
        muted = QColor(
            round(text.red() * 0.72 + back.red() * 0.28),
            round(text.green() * 0.72 + back.green() * 0.28),
            round(text.blue() * 0.72 + back.blue() * 0.28),
        )
        if palette.color(QPalette.ColorRole.Text) != muted:
            palette.setColor(QPalette.ColorRole.WindowText, muted)
            palette.setColor(QPalette.ColorRole.Text, muted)
            self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.setPalette(QPalette())
            self._apply_colour()


CHIP_STYLE = (
    'QPushButton[chip="true"] { border: 1px solid palette(mid); border-radius: 12px;'
    " padding: 3px 11px; background: palette(button); }"
    'QPushButton[chip="true"]:checked { background: #2f6fdb; color: white;'
    " border-color: #2f6fdb; }"
    'QPushButton[chip="true"]:focus { border: 2px solid #1f4fa8; }'
)


# -- a wrapping row of chips ---------------------------------------------------------


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping onto new lines (Qt's flow-layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        # Ideally everything on one line; narrower widths wrap (heightForWidth).
        width = sum(i.sizeHint().width() for i in self._items)
        width += self._spacing * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line > 0:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class ChipGroup(QWidget):
    """A row of toggle chips where at most one is on; pressing an "on" chip turns it off.

    Tab reaches the group once (on the chosen chip, or the first); Left and
    Right move between chips; Space chooses.

    Signals:
        changed: the choice changed (including to nothing).
    """

    changed = Signal()

    def __init__(
        self, title: str, options: Sequence[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        self._title = title
        self._value: str | None = None
        self.buttons: dict[str, QPushButton] = {}
        layout = FlowLayout(self)
        for value, text in options:
            button = QPushButton(text, self)
            button.setProperty("chip", "true")
            button.setCheckable(True)
            button.setAccessibleName(
                self.tr("%1: %2", "group, choice").replace("%1", title).replace("%2", text)
            )
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, v=value: self._clicked(v))
            button.installEventFilter(self)
            layout.addWidget(button)
            self.buttons[value] = button
        self.setStyleSheet(CHIP_STYLE)
        self._update_focus_stops()

    def value(self) -> str | None:
        return self._value

    def set_value(self, value: str | None) -> None:
        if value is not None and value not in self.buttons:
            value = None
        if value == self._value:
            self._sync()
            return
        self._value = value
        self._sync()
        self.changed.emit()

    def _clicked(self, value: str) -> None:
        self.set_value(None if self._value == value else value)

    def _sync(self) -> None:
        for value, button in self.buttons.items():
            button.setChecked(value == self._value)
        self._update_focus_stops()

    def _update_focus_stops(self) -> None:
        current = self._value if self._value is not None else next(iter(self.buttons), None)
        for value, button in self.buttons.items():
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if value == current else Qt.FocusPolicy.ClickFocus
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
            if step is not None:
                buttons = list(self.buttons.values())
                if watched in buttons:
                    index = buttons.index(watched)
                    buttons[(index + step) % len(buttons)].setFocus(Qt.FocusReason.TabFocusReason)
                    return True
        return super().eventFilter(watched, event)
