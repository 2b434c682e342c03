"""Text scaled to 200 % (a student who needs large print): nothing on any page or the
main dialogs is clipped, and the high-contrast theme keeps every text readable."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from journal.store.database import Journal
from journal.ui.main_window import MainWindow
from journal.ui.preferences import PreferencesDialog, apply_theme, contrast_palette
from journal.ui.settings import Settings
from journal.ui.welcome import WelcomeDialog
from tests.ui.fakes import FakeAsker
from tests.ui.pseudo_locale import clipped


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    before = QFont(qapp.font())
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * 2)
    qapp.setFont(bigger)
    try:
        yield
    finally:
        qapp.setFont(before)


def test_at_200_percent_no_text_is_clipped(
    qtbot: QtBot, journal: Journal, tmp_path: Path, large_text: None
) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(journal, settings)
    window.ask = FakeAsker()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []
    for action in window.page_actions:
        action.trigger()
        qtbot.wait(50)
        QApplication.processEvents()
        problems += [f"page {action.text()}: {p}" for p in clipped(window)]
    dialogs: list[tuple[str, Callable[[], QDialog]]] = [
        ("Preferences", lambda: PreferencesDialog(settings, journal.paths.root, window)),
        ("Welcome", lambda: WelcomeDialog(journal.paths.root, window)),
    ]
    for where, make in dialogs:
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(50)
        problems += [f"{where}: {p}" for p in clipped(dialog)]
        dialog.reject()
    assert not problems, "\n" + "\n".join(problems)


def _contrast(a: QPalette.ColorRole, b: QPalette.ColorRole, palette: QPalette) -> float:
    def luminance(role: QPalette.ColorRole) -> float:
        colour = palette.color(role)
        channels = []
        for c in (colour.redF(), colour.greenF(), colour.blueF()):
            channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
        r, g, bl = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_high_contrast_theme_gives_every_text_at_least_aaa_contrast(
    qapp: QApplication,
) -> None:
    role = QPalette.ColorRole
    palette = contrast_palette()
    for text, background in (
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.PlaceholderText, role.Base),
        (role.ToolTipText, role.ToolTipBase),
        (role.Link, role.Base),
    ):
        assert _contrast(text, background, palette) >= 7.0, (text, background)
    before = QPalette(qapp.palette())
    try:
        apply_theme(qapp, "contrast")
        assert qapp.palette().color(role.Window) == palette.color(role.Window)
        assert qapp.palette().color(role.Highlight) == palette.color(role.Highlight)
    finally:
        apply_theme(qapp, "system")
        qapp.setPalette(before)
