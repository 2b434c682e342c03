"""Helpers for the portfolio window tests: a dialog seam that answers as told, windows."""

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
from journal.ui.settings import Settings


class FakeAsker:
    """Stands in for the window's ``ask``: records what was said, answers with set paths."""

    def __init__(self) -> None:
        self.answer = True
        self.save_path: Path | None = None
        self.open_path: Path | None = None
        self.folder_path: Path | None = None
        self.asked: list[str] = []
        self.errors: list[str] = []
        self.informed: list[str] = []
        self.suggested: list[str] = []

    def confirm(self, title: str, text: str, *, yes: str | None = None) -> bool:
        self.asked.append(text)
        return self.answer

    def inform(self, title: str, text: str) -> None:
        self.informed.append(text)

    def error(self, title: str, text: str) -> None:
        self.errors.append(text)

    def open_files(self, title: str, filter_text: str = "") -> list[Path]:
        return [self.open_path] if self.open_path else []

    def open_file(self, title: str, filter_text: str = "") -> Path | None:
        return self.open_path

    def save_file(self, title: str, suggested: str, filter_text: str = "") -> Path | None:
        self.suggested.append(suggested)
        return self.save_path

    def folder(self, title: str) -> Path | None:
        return self.folder_path


def make_settings(folder: Path) -> Settings:
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.first_run_done = True
    return settings


def open_window(qtbot: QtBot, journal: Journal, folder: Path) -> MainWindow:
    window = MainWindow(journal, make_settings(folder))
    window.ask = FakeAsker()  # type: ignore[assignment]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def asker(window: MainWindow) -> FakeAsker:
    assert isinstance(window.ask, FakeAsker)
    return window.ask


def close_review_windows() -> None:
    """Close any review window a test left open (each removes its temporary store)."""
    from journal.ui.portfolio.review import ReviewWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ReviewWindow):
            widget.ask = FakeAsker()  # type: ignore[assignment]
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
