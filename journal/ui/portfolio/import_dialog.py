"""File → Import…: feedback, a portfolio, a jrnl journal, a Day One export or a prompt pack.

The kind is recognised from the file's content (or chosen by the student when
it can't be); the import is the :func:`~journal.actions.portfolio.import_any_file`
action, submitted to the runner (the writer thread, with progress and Cancel),
which checks everything before it changes anything and then tells every view
what changed. The dialog ends with a one-sentence summary (counted with
plurals), or the one-sentence refusal (and then the journal is exactly as it was).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
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

from journal.actions.portfolio import ImportReport, UnknownKind, import_any_file
from journal.store.errors import JournalError
from journal.ui.runner import ActionRunner
from journal.ui.tasks import CancelToken

__all__ = ["ImportDialog", "UnknownKind", "import_filter", "import_summary"]


def import_filter() -> str:
    return QCoreApplication.translate(
        "ImportDialog",
        "Files Learning Journal can import (*.feedback.json *.portfolio.zip *.zip *.json *.txt)"
        ";;All files (*)",
    )


class ImportWords(QObject):
    """What an import did, in words, counted with plurals ("Added 1 new comment").

    A QObject so that its counted strings reach the translation file (lupdate
    finds plurals only in ``self.tr``) and read right even in English.
    """

    def summary(self, report: ImportReport) -> str:
        """One sentence saying what an import added."""
        counts = report.counts
        if report.kind == "feedback":
            who = report.author or self.tr("your teacher")
            added, already = counts.get("comments", 0), counts.get("already_here", 0)
            if added == 0:
                text = self.tr(
                    "The %n comment(s) from %1 were already in your journal.",
                    "",
                    already,
                )
            else:
                text = self.tr(
                    "Added %n new comment(s) from %1; look for the New mark.",
                    "",
                    added,
                )
            return text.replace("%1", who)
        if report.kind == "pack":
            prompts = counts.get("prompts", 0)
            if report.author:
                text = self.tr("Imported the prompt pack “%1” by %2 (%n prompt(s)).", "", prompts)
            else:
                text = self.tr("Imported the prompt pack “%1” (%n prompt(s)).", "", prompts)
            return text.replace("%1", report.name).replace("%2", report.author)
        if report.kind in ("jrnl", "dayone"):
            tool = "jrnl" if report.kind == "jrnl" else "Day One"
            added, already = counts.get("entries", 0), counts.get("already_here", 0)
            if added == 0:
                text = self.tr("The %n entry(s) from %1 were already in your journal.", "", already)
                return text.replace("%1", tool)
            text = self.tr(
                "Imported %n entry(s) from %1, private until you share them.",
                "",
                added,
            )
            text = text.replace("%1", tool)
            if already:
                text += " " + self.tr("%n entry(s) were already here.", "", already)
            return text
        if report.kind == "portfolio":
            if not any(counts.values()):
                return self.tr(
                    "Everything in the portfolio was already in this journal; nothing was added.",
                )
            parts = (
                self.tr("%n new entry(s)", "", counts.get("entries", 0)),
                self.tr("%n revision(s)", "", counts.get("revisions", 0)),
                self.tr("%n goal(s)", "", counts.get("goals", 0)),
                self.tr("%n reflection(s)", "", counts.get("reflections", 0)),
            )
            text = self.tr("Imported the portfolio: %1, %2, %3 and %4.")
            for number, part in enumerate(parts, start=1):
                text = text.replace(f"%{number}", part)
            merged = counts.get("entries_merged", 0)
            if merged:
                text += " " + self.tr("%n entry(s) already here got what was new.", "", merged)
            return text
        return report.summary


def import_summary(report: ImportReport) -> str:
    """One sentence saying what an import added, its counts in the student's language."""
    return ImportWords().summary(report)


class ImportDialog(QDialog):
    """Import one file on the runner's writer thread and say what happened.

    Signals:
        imported(object): the :class:`~journal.actions.portfolio.ImportReport` of an
            import that went in (the views have already been told what changed).
        refused(str): the one sentence saying why nothing was imported.
    """

    imported = Signal(object)
    refused = Signal(str)

    def __init__(
        self,
        runner: ActionRunner,
        path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.path = Path(path)
        self._token: CancelToken | None = None
        self.import_result: ImportReport | None = None
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
        # Read-only (one check): nothing can be imported, and the dialog says so.
        self._writable = runner.allows(import_any_file)
        if not self._writable:
            self.result_label.setText(
                self.tr("This journal is open read-only, so nothing can be imported into it.")
            )
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
        self.import_button.setEnabled(not busy and self._writable)
        self.kind_combo.setEnabled(not busy and self._writable)
        self.stop_button.setVisible(busy)
        self.progress.setVisible(busy)

    def start(self) -> bool:
        """Import in the background; False if one is running, or the journal is read-only."""
        if self.busy or not self._writable:
            return False
        self.import_result = None
        self.message = ""
        self.result_label.setText(self.tr("Checking the file before anything changes…"))
        self.progress.setRange(0, 0)
        self._token = CancelToken()  # busy until the runner answers
        self._set_busy(True)
        kind = self.chosen_kind()
        # Only a portfolio import can stop partway; the others are quick and all-or-nothing.
        self.stop_button.setEnabled(kind in (None, "portfolio"))
        token = self.runner.submit(
            import_any_file,
            self.path,
            kind,
            label=self.tr("Importing %1…").replace("%1", self.path.name),
            parent=self,
            on_done=self._done,
            on_error=self._failed,
            initiator=self,
        )
        if token is None:  # refused (the runner already said why)
            self._token = None
            self._set_busy(False)
            self.result_label.clear()
            return False
        self._token = token
        return True

    def stop(self) -> None:
        if self._token is not None:
            self._token.cancel()
            self.result_label.setText(self.tr("Stopping; nothing will be added…"))

    def _done(self, result: ImportReport) -> None:
        self._token = None
        self._set_busy(False)
        self.import_result = result
        self.message = import_summary(result)
        self.set_kind(result.kind)  # say what kind of file it turned out to be
        self.result_label.setText(self.message)
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
