"""A small dialog to choose entries for an exhibition by searching for them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.core.filters import EntryFilter
from journal.store.read_models.entry_list import entry_rows, matching_entry_ids
from journal.ui.runner import ActionRunner


class AddEntryDialog(QDialog):
    """Type to find entries; Enter (or Add) adds the chosen ones as stations."""

    def __init__(self, runner: ActionRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("Add entries to the exhibition"))
        self.setAccessibleName(self.tr("Add entries to the exhibition"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Find an entry:"))
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find an entry"))
        self.search.setPlaceholderText(self.tr("Words from its title or text"))
        label.setBuddy(self.search)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Entries found"))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add"))
        ok.setAccessibleName(self.tr("Add the chosen entries"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._find)
        self.search.returnPressed.connect(self.accept)
        self.results.itemActivated.connect(lambda _item: self.accept())
        self._find("")

    def _find(self, text: str) -> None:
        journal = self.runner.journal
        ids = matching_entry_ids(journal, EntryFilter(text=text))[:200]
        rows = entry_rows(journal, ids)
        self.results.clear()
        for entry_id in ids:
            row = rows.get(entry_id)
            if row is None:
                continue
            item = QListWidgetItem(
                self.tr("{title} ({day})").format(
                    title=row.title or self.tr("Untitled entry"), day=row.learned_on.isoformat()
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, entry_id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def chosen_ids(self) -> list[str]:
        items = self.results.selectedItems() or (
            [self.results.currentItem()] if self.results.currentItem() else []
        )
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items if item is not None]
