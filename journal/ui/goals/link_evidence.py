"""Linking an entry, or one particular version of it, to a goal as evidence."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from journal.actions.goals import link_evidence
from journal.store.read_models import goals as read_goals
from journal.store.read_models.entries import revisions_of
from journal.store.search import EntryFilter
from journal.ui.entry_model import EntryListModel
from journal.ui.goals import labels
from journal.ui.runner import ActionRunner


class LinkEvidenceDialog(QDialog):
    """Find an entry, choose a version (or "as it is now") and, if it fits, a criterion.

    Show it with ``show()``; Link (Enter on the list) links it through the
    runner (Edit → Undo unlinks it again).

    Signals:
        evidence_linked(str): the new link's id.
    """

    evidence_linked = Signal(str)

    def __init__(self, runner: ActionRunner, goal_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.goal_id = goal_id
        self.setWindowTitle(self.tr("Link evidence"))
        self.resize(560, 520)
        goal = read_goals.goal_detail(runner.journal, goal_id)

        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Find an entry"))
        self.search.setPlaceholderText(self.tr("Find an entry…"))
        self.search.setClearButtonEnabled(True)
        self.entries = EntryListModel(runner, self)
        self.entry_list = QListView(self)
        self.entry_list.setModel(self.entries)
        self.entry_list.setAccessibleName(self.tr("Entries"))
        self.entry_list.setUniformItemSizes(True)
        self.version = QComboBox(self)
        self.version.setAccessibleName(self.tr("Which version"))
        self.criterion = QComboBox(self)
        self.criterion.setAccessibleName(self.tr("Which criterion it shows"))
        self.criterion.addItem(self.tr("The goal as a whole"), None)
        for c in goal.criteria:
            self.criterion.addItem(c.text, c.id)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note about the evidence"))
        self.note.setPlaceholderText(self.tr("What does it show? (optional)"))
        self.buttons = QDialogButtonBox(self)
        self.link_button = self.buttons.addButton(
            self.tr("&Link"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.link_button.setAccessibleName(self.tr("Link as evidence"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        intro = QLabel(
            self.tr("Which piece of work shows progress towards “%1”?").replace(
                "%1", goal.title or self.tr("this goal")
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Version:"), self.version)
        form.addRow(self.tr("It &shows:"), self.criterion)
        form.addRow(self.tr("N&ote:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.entry_list, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.search.textChanged.connect(
            lambda text: self.entries.set_filter(EntryFilter(text=text))
        )
        self.entries.reloaded.connect(self._select_first)
        self.entry_list.selectionModel().selectionChanged.connect(self._entry_chosen)
        self.entry_list.activated.connect(lambda _i: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.entries.reload()
        self.search.setFocus()

    def _select_first(self) -> None:
        if self.entries.rowCount() > 0:
            self.entry_list.setCurrentIndex(self.entries.index(0, 0))
        else:
            self._entry_chosen(QItemSelection(), QItemSelection())

    def selected_entry(self) -> str | None:
        index = self.entry_list.currentIndex()
        return self.entries.entry_id(index.row()) if index.isValid() else None

    def select_entry(self, entry_id: str) -> bool:
        row = self.entries.row_of(entry_id)
        if row is None:
            return False
        self.entry_list.setCurrentIndex(self.entries.index(row, 0))
        return True

    def _entry_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.version.clear()
        entry_id = self.selected_entry()
        self.link_button.setEnabled(entry_id is not None and not self.runner.read_only)
        if entry_id is None:
            return
        self.version.addItem(self.tr("As it is now (follows new versions)"), None)
        revisions = revisions_of(self.runner.journal, entry_id)
        rows = [(r.id, r.seq, r.created_at, r.note or "") for r in revisions]
        for rev_id, seq, created, note in reversed(rows):
            text = self.tr("Version %1 · %2").replace("%1", str(seq))
            text = text.replace("%2", labels.short_date(created.astimezone().date()))
            if note:
                text += f" · {note[:60]}"
            self.version.addItem(text, rev_id)

    def accept(self) -> None:
        entry_id = self.selected_entry()
        if entry_id is None:
            return
        link_id = self.runner.value(
            link_evidence,
            self.goal_id,
            entry_id=entry_id,
            revision_id=self.version.currentData(),
            criterion_id=self.criterion.currentData(),
            note=self.note.text().strip(),
            initiator=self,
        )
        if link_id is None:
            return  # the runner said why; the dialog stays open
        super().accept()
        self.evidence_linked.emit(link_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Down from the search box goes to the results, as in a search field anywhere.
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus():
            self.entry_list.setFocus()
            return
        super().keyPressEvent(event)
