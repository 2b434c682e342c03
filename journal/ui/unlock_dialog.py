"""The small dialog that asks for a locked journal's passphrase (or its recovery key).

It never touches the database: it is given a function that checks a secret
(off the GUI thread, since scrypt takes a tenth of a second on purpose) and
returns the unlocked key, or raises a JournalError whose sentence is shown.
Each wrong try makes the next one wait longer (1, 2, 4 … seconds, at most
30), so guessing at a shared laptop is slow.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from journal.store.crypto import DataKey

#: Longest wait after wrong tries, in milliseconds.
MAX_WAIT_MS = 30_000


class UnlockDialog(QDialog):
    """Asks for the passphrase; ``key`` holds the unlocked key once accepted.

    ``check(secret, use_recovery_key)`` returns the key or raises a JournalError.
    """

    def __init__(
        self,
        check: Callable[[str, bool], DataKey],
        *,
        folder: str = "",
        base_wait_ms: int = 1000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("UnlockDialog")
        self.setWindowTitle(self.tr("Unlock your journal"))
        self.setAccessibleName(self.tr("Unlock your journal"))
        self.setModal(True)
        self._check = check
        self._base_wait_ms = base_wait_ms
        self.failures = 0
        self.wait_ms = 0
        self.key: DataKey | None = None
        self._tasks = TaskRunner(self)
        self._busy = False

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.folder = QLabel(folder)
        self.folder.setWordWrap(True)
        self.folder.setAccessibleName(self.tr("Journal folder"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.textChanged.connect(self._update_buttons)
        self.recovery = QCheckBox(self.tr("Use my &recovery key instead"))
        self.recovery.setAccessibleName(self.tr("Use recovery key"))
        self.recovery.toggled.connect(self._recovery_toggled)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Unlock message"))
        self.buttons = QDialogButtonBox()
        self.open_button: QPushButton = self.buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setAccessibleName(self.tr("Open the journal"))
        self.open_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        if folder:
            layout.addWidget(self.folder)
        layout.addWidget(self.secret)
        layout.addWidget(self.recovery)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._wait_timer = QTimer(self)
        self._wait_timer.setSingleShot(True)
        self._wait_timer.timeout.connect(self._end_wait)
        self._recovery_toggled(False)
        self._update_buttons()

    # -- state -------------------------------------------------------------------

    def _recovery_toggled(self, on: bool) -> None:
        if on:
            self.intro.setText(
                self.tr("Type the recovery key you were given when you locked this journal.")
            )
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.secret.setAccessibleName(self.tr("Recovery key"))
            self.secret.setPlaceholderText(self.tr("ABCDE-FGHIJ-…"))
        else:
            self.intro.setText(self.tr("This journal is locked. Type its passphrase to open it."))
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret.setAccessibleName(self.tr("Passphrase"))
            self.secret.setPlaceholderText("")
        self.secret.clear()
        self.secret.setFocus()

    def _update_buttons(self) -> None:
        waiting = self._wait_timer.isActive()
        self.open_button.setEnabled(bool(self.secret.text()) and not waiting and not self._busy)

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)

    # -- trying ------------------------------------------------------------------

    def _try(self) -> None:
        secret = self.secret.text()
        if not secret or self._busy or self._wait_timer.isActive():
            return
        self._busy = True
        self._update_buttons()
        self._show(self.tr("Checking…"))
        use_recovery = self.recovery.isChecked()
        self._tasks.run(
            lambda: self._check(secret, use_recovery),
            on_done=self._unlocked,
            on_error=self._refused,
            owner=self,
        )

    def _unlocked(self, key: DataKey) -> None:
        self._busy = False
        self.key = key
        self.secret.clear()
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        from journal.store.errors import JournalError, WrongPassphraseError

        self._busy = False
        if not isinstance(exc, JournalError):
            self._show(self.tr("The journal could not be unlocked (%1).").replace("%1", str(exc)))
            self._update_buttons()
            return
        if isinstance(exc, WrongPassphraseError):
            self.failures += 1
            self.wait_ms = min(MAX_WAIT_MS, self._base_wait_ms * 2 ** (self.failures - 1))
            seconds = max(1, round(self.wait_ms / 1000))
            self._show(
                str(exc)
                + " "
                + self.tr("You can try again in %n second(s).", "", seconds)
            )
            self.secret.selectAll()
            self._wait_timer.start(self.wait_ms)
        else:
            self._show(str(exc))
        self._update_buttons()

    def _end_wait(self) -> None:
        self._update_buttons()
        if self.failures:
            self._show(self.tr("Try again."))
        self.secret.setFocus()

    def done(self, result: int) -> None:
        self._wait_timer.stop()
        super().done(result)
