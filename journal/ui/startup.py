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

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal.ui.window_fit import place_window

if TYPE_CHECKING:
    from journal.store.crypto import DataKey
    from journal.store.database import Journal
    from journal.ui.idle import IdleWatcher
    from journal.ui.known_journals import KnownJournals
    from journal.ui.main_window import MainWindow
    from journal.ui.settings import Settings
    from journal.ui.unlock_dialog import UnlockDialog
    from journal.ui.whos_writing import WhoIsWriting

FIRST_PAINT_WAIT_MS = 500


class StartupFrame(QMainWindow):
    """What the student sees while the journal opens (a few hundred milliseconds)."""

    def __init__(self, geometry: bytes = b"") -> None:
        super().__init__()
        self.setObjectName("StartupFrame")
        self.setWindowTitle(self.tr("Learning Journal"))
        # Where the student left the window last time (the window takes over this
        # geometry), or the default size fitted to the screen.
        place_window(self, geometry)
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
        # Offered only when the journal turns out to be damaged.
        self.recover_button = QPushButton(self.tr("&Bring my journal back"))
        self.recover_button.setAccessibleName(self.tr("Bring my journal back from its backup"))
        self.recover_button.hide()
        self.open_button = QPushButton(self.tr("&Open my journal"))
        self.open_button.setAccessibleName(self.tr("Open my journal"))
        self.open_button.hide()
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        self._centre_layout = centre_layout
        self.chooser: WhoIsWriting | None = None
        centre_layout.addStretch(1)
        centre_layout.addWidget(self.message)
        for button in (self.recover_button, self.open_button):
            centre_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        centre_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(centre)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 700])
        self.setCentralWidget(splitter)
        self.statusBar().showMessage(self.tr("Opening your journal…"))

    def show_chooser(self, chooser: WhoIsWriting) -> None:
        """Several journals live here: ask whose it is before opening one."""
        self.hide_chooser()
        self.message.hide()
        self.chooser = chooser
        self._centre_layout.insertWidget(1, chooser)
        chooser.show()  # added after the frame was shown: it doesn't show by itself
        self.statusBar().showMessage(self.tr("Choose your journal."))
        chooser.focus_first()

    def hide_chooser(self) -> None:
        if self.chooser is not None:
            self.chooser.hide()
            self.chooser.deleteLater()
            self.chooser = None
        self.message.setText(self.tr("Opening your journal…"))
        self.message.setAccessibleName(self.message.text())
        self.message.show()
        self.statusBar().showMessage(self.tr("Opening your journal…"))

    def show_problem(self, text: str) -> None:
        """The journal could not be opened: say why, where the student is looking."""
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().showMessage(self.tr("The journal is not open."))

    def offer_recovery(self) -> None:
        """The journal file is damaged: say what can be done, in plain words."""
        self.show_problem(
            self.tr(
                "Your journal file is damaged, so it can't be opened as it is.\n\n"
                "Learning Journal can bring it back from its newest good backup, then "
                "rescue everything newer that can still be read. The damaged file is "
                "kept aside, so nothing is thrown away."
            )
        )
        self.recover_button.show()
        self.recover_button.setFocus()

    def show_recovered(self, report: str) -> None:
        self.recover_button.hide()
        self.show_problem(self.tr("Your journal is back.") + "\n\n" + report)
        self.open_button.show()
        self.open_button.setFocus()


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
        known: KnownJournals | None = None,
        hide_names: bool = False,
        ask_who: bool = True,
    ) -> None:
        super().__init__(frame)
        self.frame = frame
        frame.recover_button.clicked.connect(self.recover)
        frame.open_button.clicked.connect(self._open)
        self.data_dir = data_dir
        self.settings = settings
        self.after_open = after_open
        # Set by the school defaults; otherwise the student's choice in Preferences.
        self.backups_dir = backups_dir
        self.window: MainWindow | None = None
        self.journal: Journal | None = None
        #: The unlocked key of a journal locked with a passphrase (asked for by a dialog).
        self.key: DataKey | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.idle: IdleWatcher | None = None
        # The journals this OS account knows; with more than one, "Who's writing?" comes first.
        self.known = known
        self.hide_names = hide_names
        self.ask_who_first = ask_who
        # New journals ("Add my journal") go beside the first folder, whoever opened last.
        self.home_dir = data_dir

    recovered = Signal(object)

    def _backups_dir(self) -> Path | None:
        """The school's backup folder, else the one chosen in Preferences, else the default."""
        if self.backups_dir is not None:
            return self.backups_dir
        return Path(self.settings.backup_dir).expanduser() if self.settings.backup_dir else None

    def recover(self) -> None:
        """Restore the newest good backup and salvage what is newer (off the GUI thread)."""
        from journal.store.paths import JournalPaths
        from journal.store.recovery import recover
        from journal.ui.tasks import TaskRunner

        paths = JournalPaths(self.data_dir, self._backups_dir())
        self.frame.recover_button.setEnabled(False)
        self.frame.message.setText(self.tr("Bringing your journal back…"))
        self._tasks = TaskRunner(self)
        keep = self.settings.backup_keep

        def done(report: object) -> None:
            self.frame.show_recovered(report.summary())  # type: ignore[attr-defined]
            self.recovered.emit(report)

        def failed(exc: BaseException) -> None:
            self.frame.recover_button.setEnabled(True)
            self.frame.show_problem(str(exc))

        self._tasks.run(lambda: recover(paths, keep_backups=keep), on_done=done, on_error=failed)

    def start(self) -> None:
        """Open the journal once the frame has painted (or after half a second at most)."""
        self._started = False
        self.frame.installEventFilter(self)
        # A frame that never paints (minimised, on a locked screen) must not wait forever.
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._open_once)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.frame and event.type() == QEvent.Type.Paint:
            # The next turn of the event loop, after this paint has reached the screen.
            QTimer.singleShot(0, self._open_once)
        return False

    def _open_once(self) -> None:
        if self._started:
            return
        self._started = True
        self.frame.removeEventFilter(self)
        if self.known is not None:
            self.known.add(self.data_dir)
            if self.ask_who_first and len(self.known.journals()) > 1:
                self.ask_who()
                return
        self._open()

    def _ask_passphrase(self) -> None:
        """The journal is locked: ask for its passphrase (or recovery key), then open it."""
        from journal.store import crypto
        from journal.ui.unlock_dialog import UnlockDialog

        root = self.data_dir

        def check(secret: str, use_recovery_key: bool) -> DataKey:
            if use_recovery_key:
                return crypto.unlock(root, recovery_key=secret)
            return crypto.unlock(root, passphrase=secret)

        self.frame.show_problem(self.tr("This journal is locked with a passphrase."))
        self.frame.open_button.show()
        dialog = UnlockDialog(check, folder=str(root), parent=self.frame)
        self.unlock_dialog = dialog

        def finished(result: int) -> None:
            self.unlock_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted and dialog.key is not None:
                self.key = dialog.key
                self.frame.open_button.hide()
                self.frame.message.setText(self.tr("Opening your journal…"))
                QTimer.singleShot(0, self._open)
            else:
                self.frame.open_button.setFocus()

        dialog.finished.connect(finished)
        dialog.open()

    # -- locking ------------------------------------------------------------------
    def _watch_idle(self) -> None:
        """A journal locked with a passphrase locks itself when nobody is using it."""
        from journal.ui.idle import IdleWatcher

        if self.idle is not None:
            self.idle.stop()
            self.idle = None
        if self.journal is None or not self.journal.encrypted:
            return
        self.idle = IdleWatcher(self.settings.auto_lock_minutes, self)
        self.idle.idle.connect(self.lock)

    def _lock_state_changed(self) -> None:
        journal, window = self.journal, self.window
        if journal is None or window is None:
            return
        window.refresh_lock_action()
        if journal.encrypted != (self.idle is not None):
            self._watch_idle()
        elif self.idle is not None and self.idle.minutes != self.settings.auto_lock_minutes:
            self.idle.set_minutes(self.settings.auto_lock_minutes)

    def lock(self) -> bool:
        """Lock the open journal: the draft is saved, its window (every view of its
        text) closes, copies handed to the system's viewer are removed, the key is
        forgotten, and the passphrase is asked for again. False if it stayed open."""
        from journal.store.scratch import clear_open_copies

        journal = self.journal
        if journal is None or not journal.encrypted or not self._close_window(locking=True):
            return False
        clear_open_copies()
        self.frame.message.setText(self.tr("Your journal is locked."))
        self._open()  # asks for the passphrase (or recovery key) again
        return True

    def _close_window(self, *, locking: bool) -> bool:
        """Close the journal's window (its draft saved first) and the journal, and
        forget its key; the frame stays up. False if the window stayed open."""
        window, journal = self.window, self.journal
        if window is None or journal is None:
            return False
        self.frame.setGeometry(window.geometry())
        self.frame.show()  # first, so closing the window doesn't end the app
        if not (window.close_for_lock() if locking else window.close()):
            self.frame.hide()
            return False
        if self.idle is not None:
            self.idle.stop()
            self.idle = None
        self.window = None
        self.journal = None
        self.key = None  # forgotten: the journal asks for its passphrase again
        window.runner.wait()  # the writer has finished before the journal closes
        window.deleteLater()
        journal.close()
        return True

    # -- several journals on one OS account ------------------------------------------
    def ask_who(self, problem: str = "") -> None:
        """Show "Who's writing?" in the frame (names read from inside each journal)."""
        from journal.ui.whos_writing import WhoIsWriting

        assert self.known is not None
        chooser = WhoIsWriting(self.known.journals(), hide_names=self.hide_names)
        chooser.chosen.connect(self.open_folder)
        chooser.add_requested.connect(self.add_journal)
        self.frame.show_chooser(chooser)
        if problem:
            chooser.show_problem(problem)

    def open_folder(self, folder: Path) -> None:
        """Open the journal in ``folder`` (chosen on "Who's writing?")."""
        self.frame.hide_chooser()
        self.data_dir = Path(folder)
        self.key = None  # another journal: its own passphrase
        self._open()

    def add_journal(self) -> None:
        """A new, empty journal for a student who has none on this computer yet."""
        assert self.known is not None
        self.open_folder(self.known.new_folder(self.home_dir))

    def switch_journal(self) -> bool:
        """Close this journal's window (its draft saved first), then ask "Who's writing?".

        False if the window stayed open (the student went back to unsaved work).
        """
        if not self._close_window(locking=False):
            return False
        if self.known is not None:
            self.ask_who()
        else:
            self._open()
        return True

    def _open(self) -> None:
        from journal.store.database import Journal
        from journal.store.errors import CorruptDatabaseError, JournalError
        from journal.store.paths import JournalPaths

        if self.key is None and JournalPaths(self.data_dir).key_file.exists():
            self._ask_passphrase()
            return
        try:
            journal = Journal.open(
                self.data_dir,
                keep_backups=self.settings.backup_keep,
                backups_dir=self._backups_dir(),
                key=self.key,
            )
        except CorruptDatabaseError as exc:
            self.frame.offer_recovery()
            self.failed.emit(str(exc))
            return
        except JournalError as exc:
            if self.known is not None and len(self.known.journals()) > 1:
                # Say why where the student chose, so they can choose again.
                self.ask_who(str(exc))
            else:
                self.frame.show_problem(str(exc))
            self.failed.emit(str(exc))
            return
        from journal.ui.main_window import MainWindow

        self.journal = journal
        if self.known is not None:
            self.known.add(self.data_dir)
        window = MainWindow(journal, self.settings)
        if self.known is not None:
            window.switch_action.setVisible(True)
            window.switch_requested.connect(self.switch_journal)
        window.lock_requested.connect(self.lock)
        # Locked later from Preferences: the idle lock and Lock now start then.
        window.runner.journal_changed.connect(lambda *_: self._lock_state_changed())
        self._watch_idle()
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
