"""The main window: the student's daily home."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal.store.database import Journal
from journal.store.entries import get_entry
from journal.store.search import EntryFilter
from journal.ui.entry_model import EntryListModel


class MainWindow(QMainWindow):
    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal
        self.setWindowTitle(self.tr("Learning Journal"))
        self.resize(1100, 720)

        self.entries = EntryListModel(journal, self)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search my journal…"))
        self.search_box.setAccessibleName(self.tr("Search entries"))
        self.search_box.setClearButtonEnabled(True)
        self.entry_list = QListView()
        self.entry_list.setModel(self.entries)
        self.entry_list.setAccessibleName(self.tr("Entries"))
        self.entry_list.setUniformItemSizes(True)
        self.editor = QPlainTextEdit()
        self.editor.setReadOnly(True)
        self.editor.setAccessibleName(self.tr("Entry text"))

        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search_box)
        layout.addWidget(self.entry_list)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)

        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        find_action = QAction(self.tr("&Find"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.search_box.setFocus)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(find_action)
        file_menu.addAction(quit_action)

        self._connect_signals()
        self.entries.reload()

    def _connect_signals(self) -> None:
        self.search_box.textChanged.connect(
            lambda text: self.entries.set_filter(EntryFilter(text=text))
        )
        self.entry_list.selectionModel().selectionChanged.connect(self._on_selection)
        self.entries.reloaded.connect(self._show_count)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n entries", "", self.entries.total))

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        entry_id = self.entries.entry_id(indexes[0].row())
        with self.journal.read() as session:
            entry = get_entry(session, entry_id)
            self.editor.setPlainText(entry.body)
