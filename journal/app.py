"""The composition root: paths, the journal, settings and the main window.

Nothing else reaches for globals; everything the window needs is built here
and handed over.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from journal import APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication


def create_application(argv: list[str] | None = None) -> QApplication:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(argv if argv is not None else sys.argv[:1])
    )
    app.setApplicationName("LearningJournal")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("LearningJournal")
    app.setApplicationVersion(__version__)
    install_translations(app)
    return app


def install_translations(app: QCoreApplication) -> None:
    """Load the app's translation for the user's language (English plurals at least)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from journal.resources import resource_path

    if app.property("journal_translations_installed"):
        return
    folder = str(resource_path("translations"))
    ours = QTranslator(app)
    if ours.load(QLocale(), "journal", "_", folder) or ours.load("journal_en", folder):
        app.installTranslator(ours)
    qt_own = QTranslator(app)
    if qt_own.load(
        QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
    app.setProperty("journal_translations_installed", True)


def run_app(data_dir: Path) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from journal.store.database import Journal
    from journal.store.errors import JournalError
    from journal.ui.main_window import MainWindow
    from journal.ui.portfolio.review import open_review_window
    from journal.ui.preferences import apply_theme
    from journal.ui.settings import Settings

    app = create_application()
    settings = Settings(QSettings())
    apply_theme(app, settings.theme)
    try:
        journal = Journal.open(
            data_dir,
            keep_backups=settings.backup_keep,
            backups_dir=Path(settings.backup_dir).expanduser() if settings.backup_dir else None,
        )
    except JournalError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window = MainWindow(journal, settings)
    window.portfolio.open_review = open_review_window
    window.show()
    if not settings.first_run_done:
        window.show_welcome()
    try:
        return int(app.exec())
    finally:
        journal.close()


def run_review(path: Path) -> int:
    """``journal review FILE``: check the portfolio, then open it read-only for a teacher.

    The portfolio goes into a temporary store of its own (removed when the
    window closes); no journal folder is opened. A file that can't be trusted
    raises a :class:`JournalError` with one sentence, before any window opens.
    """
    from PySide6.QtCore import QSettings

    from journal.portfolio.review import load_for_review
    from journal.ui.portfolio.review import open_review_window
    from journal.ui.preferences import apply_theme
    from journal.ui.settings import Settings

    app = create_application()
    settings = Settings(QSettings())
    apply_theme(app, settings.theme)
    session = load_for_review(Path(path))
    try:
        window = open_review_window(session, settings)
        window.show()
        return int(app.exec())
    finally:
        session.close()
