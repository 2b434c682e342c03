"""Tab goes round the export and preferences dialogs once, in reading order (no loop).

Both were found over AT-SPI by tests/a11y/test_atspi.py; these are the fast checks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from journal.ui.portfolio.export_dialog import ExportDialog
from journal.ui.preferences import PreferencesDialog
from journal.ui.settings import Settings
from tests.ui.fakes import FakeAsker


def _tab_round(qtbot: QtBot, dialog: QDialog, start: QWidget) -> list[QWidget]:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    visited = [start]
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget is start:
            return visited
        assert widget not in visited, f"Tab loops back to {widget.accessibleName()!r}"
        visited.append(widget)
    raise AssertionError("Tab never came back to where it started")


def test_export_dialog_tab_goes_round_once(
    qtbot: QtBot, runner: object, fake_asker: FakeAsker
) -> None:
    dialog = ExportDialog(runner, fake_asker, None, timeline=None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    # Export is a Tab stop once the preview has loaded (off the GUI thread).
    qtbot.waitUntil(lambda: not dialog.busy and dialog.export_button.isEnabled())
    visited = _tab_round(qtbot, dialog, dialog.include_private)
    assert visited[-2:] == [dialog.export_button, dialog.close_button]
    assert dialog.tree in visited


def test_preferences_tab_reaches_the_backup_folder_in_reading_order(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = PreferencesDialog(Settings(), tmp_path)
    qtbot.addWidget(dialog)
    visited = _tab_round(qtbot, dialog, dialog.data_folder_edit)
    order = [dialog.show_data_button, dialog.backup_folder_edit, dialog.choose_backup_button]
    assert [w for w in visited if w in order] == order
