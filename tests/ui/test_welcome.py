from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from journal.ui.welcome import WelcomeDialog


def make_dialog(qtbot: QtBot, folder: Path, name: str = "") -> WelcomeDialog:
    dialog = WelcomeDialog(folder, name=name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_returns_the_typed_name_and_the_sample_choice(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path / "data")
    qtbot.waitUntil(dialog.name_edit.hasFocus)
    qtbot.keyClicks(dialog.name_edit, "  Sam   Rivera ")
    dialog.sample_check.setFocus()
    qtbot.keyClick(dialog.sample_check, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.name() == "Sam Rivera"
    assert dialog.wants_sample() is True


def test_starting_without_answers_gives_empty_name_and_no_sample(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, tmp_path / "data")
    with qtbot.waitSignal(dialog.accepted):
        dialog.start_button.click()
    assert dialog.name() == ""
    assert dialog.wants_sample() is False


def test_shows_where_the_data_lives(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "my journal"
    dialog = make_dialog(qtbot, folder, name="Alex")
    assert dialog.folder_edit.text() == str(folder)
    assert dialog.folder_edit.isReadOnly()
    assert dialog.name() == "Alex"
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "stays on this computer" in texts
    assert "portfolio" in texts


def test_every_focusable_control_has_an_accessible_name(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    focusable = [
        w
        for w in dialog.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible()
    ]
    assert {type(w).__name__ for w in focusable} >= {"QLineEdit", "QCheckBox", "QPushButton"}
    assert [w for w in focusable if not w.accessibleName()] == []
