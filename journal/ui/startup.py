"""Paint first: the window's frame shows before the journal is even imported.

:class:`StartupFrame` imports nothing but Qt. It is shown at once, with the
window's menus, an empty entries list and a quiet "Opening your journal…";
:class:`Launcher` then opens the journal on the next turn of the event loop
(importing SQLAlchemy and the store only then), builds the real window at the
same place and size, and hands over to it. If the journal can't be opened,
the frame says why in one sentence instead of a blank window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from journal.store.database import Journal
    from journal.ui.main_window import MainWindow
    from journal.ui.settings import Settings

WINDOW_SIZE = (1280, 800)


class StartupFrame(QMainWindow):
    """What the student sees while the journal opens (a few hundred milliseconds)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("StartupFrame")
        self.setWindowTitle(self.tr("Learning Journal"))
        self.resize(*WINDOW_SIZE)
        # The same menus the window will have, so nothing jumps when it arrives.
        for title in (
            self.tr("&File"),
            self.tr("&Edit"),
            self.tr("&View"),
            self.tr("&Go"),
            self.tr("&Reflect"),
            self.tr("&Help"),
        ):
            self.menuBar().addMenu(title).setEnabled(False)
        search = QLineEdit()
        search.setPlaceholderText(self.tr("Search my journal…"))
        search.setAccessibleName(self.tr("Search entries"))
        search.setEnabled(False)
        self.entry_list = QListView()
        self.entry_list.setAccessibleName(self.tr("Entries"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(search)
        left_layout.addWidget(self.entry_list, 1)
        self.message = QLabel(self.tr("Opening your journal…"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.message.text())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.message)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 700])
        self.setCentralWidget(splitter)
        self.statusBar().showMessage(self.tr("Opening your journal…"))

    def show_problem(self, text: str) -> None:
        """The journal could not be opened: say why, where the student is looking."""
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().showMessage(self.tr("The journal is not open."))


class Launcher(QObject):
    """Opens the journal after the frame has painted, then shows the real window.

    Signals:
        opened(object): the main window is shown (the MainWindow).
        failed(str): the journal could not be opened (one sentence, shown in the frame).
    """

    opened = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        frame: StartupFrame,
        data_dir: Path,
        settings: Settings,
        *,
        after_open: Callable[[MainWindow], None] | None = None,
        backups_dir: Path | None = None,
    ) -> None:
        super().__init__(frame)
        self.frame = frame
        self.data_dir = data_dir
        self.settings = settings
        self.after_open = after_open
        # Set by the school defaults; otherwise the student's choice in Preferences.
        self.backups_dir = backups_dir
        self.window: MainWindow | None = None
        self.journal: Journal | None = None

    def start(self) -> None:
        # Zero-delay: runs after the frame's first paint has been processed.
        QTimer.singleShot(0, self._open)

    def _open(self) -> None:
        from journal.store.database import Journal
        from journal.store.errors import JournalError

        try:
            journal = Journal.open(
                self.data_dir,
                keep_backups=self.settings.backup_keep,
                backups_dir=self.backups_dir
                or (
                    Path(self.settings.backup_dir).expanduser()
                    if self.settings.backup_dir
                    else None
                ),
            )
        except JournalError as exc:
            self.frame.show_problem(str(exc))
            self.failed.emit(str(exc))
            return
        from journal.ui.main_window import MainWindow

        self.journal = journal
        window = MainWindow(journal, self.settings)
        window.setGeometry(self.frame.geometry())
        if self.frame.isMaximized():
            window.showMaximized()
        else:
            window.show()
        self.frame.hide()
        self.window = window
        if self.after_open is not None:
            self.after_open(window)
        self.opened.emit(window)
