"""Screenshots of the main window in Arabic (right to left) and Spanish, and of the
Journal page on a small school screen (1024×600)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from journal.screenshots.common import save, settle
from journal.store.database import Journal
from journal.ui.settings import Settings


def language_shots(journal: Journal, settings: Settings, out: Path, app: QApplication) -> None:
    from journal.app import install_translations
    from journal.ui.main_window import MainWindow

    try:
        for code, size in (("ar", (1366, 768)), ("es", (1366, 768))):
            install_translations(app, code)
            window = MainWindow(journal, settings)
            window.resize(*size)
            window.show()
            window.select_row(min(2, max(window.entries.rowCount() - 1, 0)))
            window.show_page(window.splitter)
            settle(app, 10)
            save(window, out / f"main-window-{code}.png", app)
            window.close()
    finally:
        install_translations(app, "en")
    small = MainWindow(journal, settings)
    small.resize(1024, 600)
    small.show()
    small.select_row(0)
    small.show_page(small.splitter)
    settle(app, 10)
    save(small, out / "journal-page-1024x600.png", app)
    small.close()
