"""File → Import…: feedback, a portfolio, a jrnl journal, a Day One export or a prompt pack.

The kind is recognised from the file's content (or chosen by the student when
it can't be); the import runs in the background through
:mod:`journal.portfolio.imports`, which checks everything before it changes
anything. The dialog ends with the importer's one-sentence summary, or its
one-sentence refusal (and then the journal is exactly as it was).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.portfolio.errors import ImportRefused
from journal.portfolio.imports import ImportResult, detect_kind, import_file
from journal.store.database import Journal
from journal.store.errors import JournalError
from journal.ui.tasks import CancelToken, TaskRunner


def import_filter() -> str:
    return QCoreApplication.translate(
        "ImportDialog",
        "Files Learning Journal can import (*.feedback.json *.portfolio.zip *.zip *.json *.txt)"
        ";;All files (*)",
    )


class UnknownKind(ImportRefused):
    """The file's content didn't say what it is; the student can choose its kind."""


def run_import(
    journal: Journal,
    path: Path,
    kind: str | None,
    progress: object = None,
    cancelled: object = None,
) -> ImportResult:
    """The import itself (any thread): recognise the kind, then import all or nothing."""
    if kind is None and path.is_file() and os.access(path, os.R_OK):
        try:
            kind = detect_kind(path)
        except ImportRefused as exc:
            raise UnknownKind(str(exc)) from None
    if kind == "portfolio":
        from journal.portfolio.portfolio_import import import_portfolio

        return import_portfolio(journal, path, progress, cancelled)  # type: ignore[arg-type]
    return import_file(journal, path, kind, progress=progress)  # type: ignore[arg-type]


class ImportDialog(QDialog):
    """Import one file in the background and say what happened.

    Signals:
        imported(object): the :class:`ImportResult` of an import that went in.
        refused(str): the one sentence saying why nothing was imported.
    """

    imported = Signal(object)
    refused = Signal(str)

    def __init__(
        self,
        journal: Journal,
        path: Path,
        tasks: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        self.path = Path(path)
        self.tasks = tasks or TaskRunner(self)
        self._token: CancelToken | None = None
        self.import_result: ImportResult | None = None
        self.message = ""
        self.setWindowTitle(self.tr("Import"))
        self.setAccessibleName(self.tr("Import a file"))
        self.resize(560, 240)

        self.heading = QLabel(self.tr("Importing %1").replace("%1", self.path.name), self)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("What kind of file it is"))
        for text, kind in (
            (self.tr("Find out from the file"), None),
            (self.tr("Feedback from a teacher (.feedback.json)"), "feedback"),
            (self.tr("A portfolio file (.portfolio.zip)"), "portfolio"),
            (self.tr("A jrnl journal (text or JSON)"), "jrnl"),
            (self.tr("A Day One export (.zip)"), "dayone"),
            (self.tr("A teacher's prompt pack"), "pack"),
        ):
            self.kind_combo.addItem(text, kind)
        kind_label = QLabel(self.tr("&Kind of file:"), self)
        kind_label.setBuddy(self.kind_combo)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setRange(0, 0)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAccessibleName(self.tr("What happened"))
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.import_button.setAccessibleName(self.tr("Import"))
        self.stop_button = QPushButton(self.tr("&Stop"), self)
        self.stop_button.setAccessibleName(self.tr("Stop importing"))
        self.stop_button.setToolTip(self.tr("Stop before anything is added"))
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))

        form = QFormLayout()
        form.addRow(kind_label, self.kind_combo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label, 1)
        layout.addLayout(buttons)

        self.import_button.clicked.connect(lambda: self.start())
        self.stop_button.clicked.connect(self.stop)
        self.close_button.clicked.connect(self.reject)
        self._set_busy(False)
        self.progress.hide()

    @property
    def busy(self) -> bool:
        return self._token is not None

    def chosen_kind(self) -> str | None:
        kind = self.kind_combo.currentData()
        return str(kind) if kind else None

    def set_kind(self, kind: str | None) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

    def _set_busy(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy)
        self.kind_combo.setEnabled(not busy)
        self.stop_button.setVisible(busy)
        self.progress.setVisible(busy)

    def start(self) -> bool:
        """Import in the background; False if an import is already running."""
        if self.busy:
            return False
        token = CancelToken()
        self._token = token
        self.import_result = None
        self.message = ""
        self.result_label.setText(self.tr("Checking the file before anything changes…"))
        self.progress.setRange(0, 0)
        self._set_busy(True)
        journal, path, kind = self.journal, self.path, self.chosen_kind()
        # Only a portfolio import can stop partway; the others are quick and all-or-nothing.
        self.stop_button.setEnabled(kind in (None, "portfolio"))

        def report(done: int, total: int) -> None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

        self.tasks.run(
            lambda progress: run_import(journal, path, kind, progress, lambda: token.cancelled),
            on_done=self._done,
            on_error=self._failed,
            on_progress=report,
            owner=self,
        )
        return True

    def stop(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.result_label.setText(self.tr("Stopping; nothing will be added…"))

    def _done(self, result: ImportResult) -> None:
        self._token = None
        self._set_busy(False)
        self.import_result = result
        self.message = result.summary
        self.set_kind(result.kind)  # say what kind of file it turned out to be
        self.result_label.setText(result.summary)
        self.import_button.hide()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.imported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._token = None
        self._set_busy(False)
        if isinstance(exc, UnknownKind):
            message = self.tr(
                "Learning Journal can't tell what kind of file %1 is; choose its kind above "
                "and press Import again."
            ).replace("%1", self.path.name)
            self.kind_combo.setFocus()
        elif isinstance(exc, JournalError):
            message = str(exc)
            self.import_button.setText(self.tr("Try &again"))
        else:
            message = (
                self.tr("Something went wrong while importing %1 (%2); nothing was changed.")
                .replace("%1", self.path.name)
                .replace("%2", str(exc))
            )
        self.message = message
        self.result_label.setText(message)
        self.refused.emit(message)

    def reject(self) -> None:
        if self.busy:
            self.stop()
            return
        super().reject()
