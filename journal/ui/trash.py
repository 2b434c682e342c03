"""The trash: deleted entries, restorable until the student empties it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.actions import entries
from journal.core.filters import EntryFilter
from journal.ui.dialogs import Asker
from journal.ui.entry_model import EntryListModel
from journal.ui.runner import ActionRunner


class TrashDialog(QDialog):
    """Signals:
    restored(str): an entry came back from the trash.
    emptied(int): the trash was emptied (how many entries were deleted for good).
    """

    restored = Signal(str)
    emptied = Signal(int)

    def __init__(self, runner: ActionRunner, ask: Asker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trash"))
        self._runner = runner
        self._ask = ask
        self.model = EntryListModel(runner, self)
        self.model.set_filter(EntryFilter(trashed=True))
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Entries in the trash"))
        self.list.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.note = QLabel(
            self.tr(
                "Entries here keep all their drafts. "
                "Restore one to put it back in your journal."
            )
        )
        self.note.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore selected entries"))
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        self.empty_button.setAccessibleName(self.tr("Empty the trash"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the trash"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty)
        self.model.reloaded.connect(self._update_buttons)
        self._update_buttons()
        self.resize(420, 420)

    def _update_buttons(self) -> None:
        has_any = self.model.total > 0
        self.restore_button.setEnabled(has_any)
        self.empty_button.setEnabled(has_any)

    def restore_selected(self) -> None:
        rows = sorted({i.row() for i in self.list.selectionModel().selectedIndexes()})
        if not rows and self.model.rowCount() > 0:
            rows = [0]
        ids = [self.model.entry_id(r) for r in rows]
        for entry_id in ids:
            if self._runner.run(entries.restore_from_trash, entry_id, initiator=self) is None:
                break
            self.restored.emit(entry_id)

    def empty(self) -> None:
        count = self.model.total
        if not count:
            return
        if not self._ask.confirm(
            self.tr("Empty the trash?"),
            self.tr("%n entry(s) and all their drafts will be deleted for good. "
                    "This can't be undone.", "", count),
            yes=self.tr("Delete for good"),
        ):
            return
        removed = self._runner.value(entries.empty_trash, initiator=self)
        if removed is not None:
            self.emptied.emit(removed)
