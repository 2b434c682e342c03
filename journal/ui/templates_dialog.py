"""New entry from a template, and saving the current entry as a template."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.store.errors import JournalError
from journal.store.paths import JournalPaths
from journal.store.templates import Template, delete_template, list_templates
from journal.ui.dialogs import Asker


class TemplatePicker(QDialog):
    """Choose a template; a preview shows what the new entry will start with.

    Signals:
        chosen(object): the Template to start a new entry from.
    """

    chosen = Signal(object)

    def __init__(self, paths: JournalPaths, ask: Asker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New entry from a template"))
        self._paths = paths
        self._ask = ask
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("What the new entry starts with"))
        self.delete_button = QPushButton(self.tr("&Delete my template"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected template of mine"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start writing"))
        ok.setAccessibleName(self.tr("Start a new entry from this template"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start from a shape that helps you think:")))
        layout.addLayout(body)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(self._show_preview)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.delete_button.clicked.connect(self.delete_selected)
        self.resize(640, 380)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for template in list_templates(self._paths):
            label = (
                template.title
                if template.builtin
                else self.tr("%1 (mine)").replace("%1", template.title)
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, template)
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def selected(self) -> Template | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_preview(self) -> None:
        template = self.selected()
        self.preview.setPlainText(template.body if template else "")
        self.delete_button.setEnabled(bool(template and not template.builtin))

    def delete_selected(self) -> None:
        template = self.selected()
        if template is None or template.builtin:
            return
        if not self._ask.confirm(
            self.tr("Delete this template?"),
            self.tr("“%1” will be deleted. Entries made from it keep their text.").replace(
                "%1", template.title
            ),
            yes=self.tr("Delete"),
        ):
            return
        try:
            delete_template(self._paths, template.name)
        except JournalError as exc:
            self._ask.error(self.tr("The template could not be deleted"), str(exc))
        self.reload()

    def accept(self) -> None:
        template = self.selected()
        if template is not None:
            self.chosen.emit(template)
        super().accept()
