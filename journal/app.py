"""The composition root: paths, the journal, services and the main window.

Nothing else reaches for globals; everything the window needs is built here
and handed over.
"""

from __future__ import annotations

import sys
from pathlib import Path

from journal import APP_NAME, __version__


def create_application(argv: list[str] | None = None):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("LearningJournal")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("LearningJournal")
    app.setApplicationVersion(__version__)
    return app


def run_app(data_dir: Path) -> int:
    from PySide6.QtWidgets import QMessageBox

    from journal.store.database import Journal
    from journal.store.errors import JournalError
    from journal.ui.main_window import MainWindow

    app = create_application()
    try:
        journal = Journal.open(data_dir)
    except JournalError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window = MainWindow(journal)
    window.show()
    try:
        return int(app.exec())
    finally:
        journal.close()
