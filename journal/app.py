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

    from journal.deployment import Deployment
    from journal.ui.main_window import MainWindow


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


def run_app(data_dir: Path, deployment: Deployment | None = None, *, ask_who: bool = True) -> int:
    """Paint the window's frame first; open the journal on the next turn of the event loop.

    With more than one journal known on this OS account, "Who's writing?" comes
    first (unless ``ask_who`` is False: a folder named on the command line). A
    portable journal (on a USB stick) is never added to the computer's list.

    Nothing here imports SQLAlchemy or the store before the frame is on screen
    (:mod:`journal.ui.startup`).
    """
    from PySide6.QtCore import QSettings

    from journal.ui.known_journals import KnownJournals
    from journal.ui.preferences import apply_theme
    from journal.ui.settings import Settings
    from journal.ui.startup import Launcher, StartupFrame

    school = deployment.school if deployment is not None else None
    if school is not None and school.language_for():
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale(school.language_for() or ""))
    app = create_application()
    settings = Settings(QSettings())
    apply_theme(app, settings.theme)
    portable = deployment is not None and deployment.portable
    known = None if portable else KnownJournals(settings.store)
    frame = StartupFrame()
    from journal.smoke import exit_after_first_paint

    exit_after_first_paint(app, frame)  # only when a start-up benchmark asks
    frame.show()

    def after_open(window: MainWindow) -> None:
        from journal.store.read_models.profile import journal_profile
        from journal.ui.portfolio.review import open_review_window

        window.portfolio.open_review = open_review_window
        # Welcomed or not is this journal's own memory: a second journal asks its own student.
        if not journal_profile(window.journal).welcome_done:
            window.show_welcome()
        if deployment is not None:
            _apply_deployment(window, deployment)

    launcher = Launcher(
        frame,
        data_dir,
        settings,
        after_open=after_open,
        backups_dir=school.backup_dir(settings.backup_dir) if school is not None else None,
        known=known,
        ask_who=ask_who,
        hide_names=school.hide_names_at_start if school is not None else False,
    )
    launcher.start()
    try:
        return int(app.exec())
    finally:
        journal = launcher.journal
        if journal is not None:
            journal.close()


def _apply_deployment(window: MainWindow, deployment: Deployment) -> None:
    """School defaults on the open window; what went wrong is said in the status bar."""
    from journal.deployment import load_school_packs

    problems = list(deployment.problems)
    if deployment.school.prompt_packs:
        problems += load_school_packs(window.journal, deployment.school.prompt_packs)
    if not deployment.school.sample_journal:
        window.sample_action.setVisible(False)
        dialog = getattr(window, "welcome_dialog", None)
        if dialog is not None:
            dialog.sample_check.setChecked(False)
            dialog.sample_check.setVisible(False)
    if problems:
        window.statusBar().showMessage(" ".join(problems))


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
