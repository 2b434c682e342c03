"""Helpers for the portfolio window tests: windows with a fake dialog seam, busy workers."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journal.store.database import Journal
from journal.ui.main_window import MainWindow
from journal.ui.portfolio.review import open_review_window
from journal.ui.settings import Settings
from tests.ui.fakes import FakeAsker


def make_settings(folder: Path) -> Settings:
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    return settings


def open_window(qtbot: QtBot, journal: Journal, folder: Path) -> MainWindow:
    window = MainWindow(journal, make_settings(folder))
    window.portfolio.open_review = open_review_window
    window.ask = FakeAsker()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def close_review_windows() -> None:
    """Close any review window a test left open (each removes its temporary store)."""
    from journal.ui.portfolio.review import ReviewWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ReviewWindow):
            widget.ask = FakeAsker()
            widget.close()


@contextmanager
def blocked(window: MainWindow) -> Iterator[None]:
    """Keep the window's writer (its runner's worker) busy until the block ends.

    Work queued meanwhile (an export, say) starts only afterwards, so a test
    can press Cancel before it begins, every time.
    """
    import threading

    release = threading.Event()
    started = threading.Event()

    def hold() -> None:
        started.set()
        release.wait(10)

    window.runner.tasks.run(hold, on_done=lambda _r: None)
    started.wait(10)
    try:
        yield
    finally:
        release.set()


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` (as shown) that have no accessible name."""
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractItemView)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or isinstance(widget, QHeaderView):
            continue
        if not widget.isVisibleTo(root) or widget.accessibleName():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()} {widget.toolTip()}")
    return missing
