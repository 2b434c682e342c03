"""Help → Keyboard shortcuts: every action of the window that has a shortcut.

The list is made from the window's own QActions when the dialog opens, so it
is never out of step with the keys that really work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, keys) for each action of ``window`` and its children that has a shortcut.

    Actions of panels and context menus count too (Delete in the attachments list).
    """
    rows: dict[tuple[str, str], None] = {}
    for action in [*window.actions(), *window.findChildren(QAction)]:
        if not isinstance(action, QAction) or not action.isVisible() or action.isSeparator():
            continue
        keys = [s for s in action.shortcuts() if not s.isEmpty()]
        if not keys:
            continue
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        text = text.rstrip(".…").strip()
        shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows[(text, shown)] = None
    return sorted(rows, key=lambda row: row[0].casefold())


class ShortcutsDialog(QDialog):
    """A table of the window's keyboard shortcuts, generated from its actions."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        intro = QLabel(self.tr("Everything you can do from the keyboard in this window:"))
        intro.setWordWrap(True)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (text, keys) in enumerate(rows):
            for column, value in enumerate((text, keys)):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def rows(self) -> list[tuple[str, str]]:
        table = self.table
        return [
            (table.item(r, 0).text(), table.item(r, 1).text())  # type: ignore[union-attr]
            for r in range(table.rowCount())
        ]
