"""Preferences → "Lock with a passphrase": turn the lock on and off, change the passphrase.

Widgets only: every change runs as an action (``journal.actions.lock``)
through the ActionRunner; locking and unlocking rewrite every file, so they
go through ``runner.submit`` (progress, off the GUI thread). The recovery key
is shown once, with Copy and Save buttons, and is kept nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.actions import lock
from journal.ui.widgets import MutedLabel

if TYPE_CHECKING:
    from journal.ui.runner import ActionRunner

MIN_PASSPHRASE = 8


class PassphraseDialog(QDialog):
    """Asks for the current passphrase and/or a new one (typed twice), without showing them."""

    def __init__(
        self, title: str, *, current: bool, new: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        form = QFormLayout()
        self.current = self._field(self.tr("Current passphrase"))
        self.new = self._field(self.tr("New passphrase"))
        self.again = self._field(self.tr("New passphrase again"))
        self.use_recovery = QCheckBox(self.tr("I forgot it: use my &recovery key"))
        self.use_recovery.setAccessibleName(self.tr("Use recovery key"))
        self.use_recovery.toggled.connect(self._recovery_toggled)
        if current:
            self.current_label = QLabel(self.tr("&Current passphrase:"))
            self.current_label.setBuddy(self.current)
            form.addRow(self.current_label, self.current)
            form.addRow(self.use_recovery)
        if new:
            label = QLabel(self.tr("&New passphrase:"))
            label.setBuddy(self.new)
            form.addRow(label, self.new)
            label = QLabel(self.tr("Type it &again:"))
            label.setBuddy(self.again)
            form.addRow(label, self.again)
            form.addRow(
                MutedLabel(
                    self.tr(
                        "At least %1 characters; a few words you will remember are best."
                    ).replace("%1", str(MIN_PASSPHRASE))
                )
            )
        self._asks = (current, new)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Passphrase message"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName(title)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def _recovery_toggled(self, on: bool) -> None:
        self.current.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        )
        self.current.setAccessibleName(
            self.tr("Recovery key") if on else self.tr("Current passphrase")
        )
        self.current_label.setText(
            self.tr("&Recovery key:") if on else self.tr("&Current passphrase:")
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)

    def _check_and_accept(self) -> None:
        current, new = self._asks
        if current and not self.current.text():
            self._say(self.tr("Type the current passphrase (or the recovery key)."))
            return
        if new:
            chosen = self.new.text()
            if len(chosen) < MIN_PASSPHRASE:
                self._say(
                    self.tr("A passphrase needs at least %1 characters.").replace(
                        "%1", str(MIN_PASSPHRASE)
                    )
                )
                return
            if chosen != chosen.strip():
                self._say(self.tr("A passphrase can't start or end with a space."))
                return
            if self.again.text() != chosen:
                self._say(self.tr("The two new passphrases are not the same; type them again."))
                self.again.clear()
                return
        self.accept()

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            for field in (self.current, self.new, self.again):
                field.clear()


def can_print() -> bool:
    """Whether Qt's printing module is there (the frozen app leaves it out to save space)."""
    import importlib.util

    try:
        return importlib.util.find_spec("PySide6.QtPrintSupport") is not None
    except (ImportError, ValueError):
        return False


def print_on_paper(parent: QWidget, text: str) -> bool:
    """Print ``text`` after the system's print dialog; False if cancelled."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document = QTextDocument()
    document.setPlainText(text)
    document.print_(printer)
    return True


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once, with Copy, Save and Print buttons."""

    def __init__(
        self,
        recovery_key: str,
        *,
        save_file: Callable[[str, str], Path | None] | None = None,
        print_text: Callable[[QWidget, str], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._print_text = print_text or print_on_paper
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setAccessibleName(self.tr("Your recovery key"))
        self._key = recovery_key
        self._save_file = save_file
        intro = QLabel(
            self.tr(
                "Your journal is locked. If you ever forget your passphrase, this recovery "
                "key is the only other way to open it. It is shown only now: copy it, save "
                "it or write it down, and keep it somewhere safe, away from this computer."
            )
        )
        intro.setWordWrap(True)
        self.key_field = QLineEdit(recovery_key)
        self.key_field.setReadOnly(True)
        self.key_field.setAccessibleName(self.tr("Recovery key"))
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 2)
        self.key_field.setFont(font)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the recovery key"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(self.tr("&Save to a file…"))
        self.save_button.setAccessibleName(self.tr("Save the recovery key to a file"))
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.print_button.clicked.connect(self.print_key)
        # Without Qt's printing module (the packaged app), Save is the way to paper.
        self.print_button.setVisible(print_text is not None or can_print())
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Recovery key message"))
        done = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        done.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("I have kept it"))
        done.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("I have kept my recovery key")
        )
        done.rejected.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_field)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(done)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._key)
        self.message.setText(self.tr("Copied. Paste it somewhere safe."))

    def _key_text(self) -> str:
        return (
            self.tr("Learning Journal recovery key") + "\n\n" + self._key + "\n\n"
            + self.tr("It opens your journal if you forget your passphrase.") + "\n"
        )

    def print_key(self) -> None:
        if self._print_text(self, self._key_text()):
            self.message.setText(self.tr("Sent to the printer. Keep the page somewhere safe."))

    def save(self) -> None:
        if self._save_file is None:
            return
        target = self._save_file(
            self.tr("Save the recovery key"), "learning-journal-recovery-key.txt"
        )
        if target is None:
            return
        try:
            Path(target).write_text(self._key_text(), encoding="utf-8")
        except OSError as exc:
            self.message.setText(
                self.tr("The key could not be saved there (%1); choose another place.").replace(
                    "%1", exc.strerror or str(exc)
                )
            )
            return
        self.message.setText(self.tr("Saved to %1.").replace("%1", str(target)))

    def done(self, result: int) -> None:
        self.key_field.clear()
        self._key = ""
        super().done(result)


class LockSection(QGroupBox):
    """The "Lock with a passphrase" group of Preferences."""

    def __init__(
        self,
        runner: ActionRunner,
        *,
        save_file: Callable[[str, str], Path | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Lock with a passphrase"), parent)
        self.runner = runner
        self._save_file = save_file
        #: How the recovery key is printed (tests replace it; the default asks the system).
        self.print_text: Callable[[QWidget, str], bool] | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Lock status"))
        self.lock_button = QPushButton(self.tr("&Lock with a passphrase…"))
        self.lock_button.setAccessibleName(self.tr("Lock the journal with a passphrase"))
        self.change_button = QPushButton(self.tr("C&hange passphrase…"))
        self.change_button.setAccessibleName(self.tr("Change the passphrase"))
        self.remove_button = QPushButton(self.tr("&Remove the lock…"))
        self.remove_button.setAccessibleName(self.tr("Remove the passphrase lock"))
        for button in (self.lock_button, self.change_button, self.remove_button):
            button.setAutoDefault(False)
        self.lock_button.clicked.connect(self.ask_lock)
        self.change_button.clicked.connect(self.ask_change)
        self.remove_button.clicked.connect(self.ask_remove)
        row = QHBoxLayout()
        for button in (self.lock_button, self.change_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(
            MutedLabel(
                self.tr(
                    "When the journal is locked, everything in its folder (entries, files, "
                    "pictures and backups) is encrypted, and it opens only with the passphrase."
                )
            )
        )
        self.refresh()

    def refresh(self) -> None:
        locked = self.runner.journal.encrypted
        self.status.setText(
            self.tr("This journal is locked with a passphrase.")
            if locked
            else self.tr("This journal is not locked: anyone using this computer can open it.")
        )
        writable = not self.runner.read_only
        self.lock_button.setVisible(not locked)
        self.change_button.setVisible(locked)
        self.remove_button.setVisible(locked)
        for button in (self.lock_button, self.change_button, self.remove_button):
            button.setEnabled(writable)

    def _ask(self, title: str, *, current: bool, new: bool, then: Callable[[], None]) -> None:
        dialog = PassphraseDialog(title, current=current, new=new, parent=self)
        self.passphrase_dialog = dialog

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                then()
            for field in (dialog.current, dialog.new, dialog.again):
                field.clear()  # the passphrase is not kept in a widget
            self.passphrase_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def ask_lock(self) -> None:
        def go() -> None:
            assert self.passphrase_dialog is not None
            chosen = self.passphrase_dialog.new.text()
            self.runner.submit(
                lock.lock_journal,
                chosen,
                label=self.tr("Locking your journal…"),
                parent=self,
                on_done=self._locked,
                initiator=self,
            )

        self._ask(self.tr("Lock with a passphrase"), current=False, new=True, then=go)

    def _locked(self, recovery_key: str) -> None:
        self.refresh()
        dialog = RecoveryKeyDialog(
            recovery_key, save_file=self._save_file, print_text=self.print_text, parent=self
        )
        self.recovery_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "recovery_dialog", None))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def ask_change(self) -> None:
        def go() -> None:
            dialog = self.passphrase_dialog
            assert dialog is not None
            self.runner.run(
                lock.change_passphrase,
                dialog.current.text(),
                dialog.new.text(),
                recovery_key=dialog.use_recovery.isChecked(),
                initiator=self,
            )

        self._ask(self.tr("Change passphrase"), current=True, new=True, then=go)

    def ask_remove(self) -> None:
        def go() -> None:
            dialog = self.passphrase_dialog
            assert dialog is not None
            self.runner.submit(
                lock.unlock_journal,
                dialog.current.text(),
                recovery_key=dialog.use_recovery.isChecked(),
                label=self.tr("Removing the lock…"),
                parent=self,
                on_done=lambda _none: self.refresh(),
                initiator=self,
            )

        self._ask(self.tr("Remove the lock"), current=True, new=False, then=go)
