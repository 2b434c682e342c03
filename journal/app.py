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
    install_translations(app, chosen_language())
    return app


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Load the app's translation for ``language`` (None or "": the system's); returns its code.

    English is loaded too when it is the language: its plural forms ("1 entry",
    "2 entries") come from journal_en.qm. A right-to-left language (Arabic)
    lays the whole app out right to left. When the chosen language is not the
    system's, dates and numbers follow the chosen one (``QLocale.setDefault``).
    Calling it again with another language swaps the translators.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
    from PySide6.QtGui import QGuiApplication

    from journal.core.languages import is_right_to_left, set_content_language, supported
    from journal.resources import resource_path

    system = supported(QLocale.system().name())
    code = supported(language) if language else system
    if app.property("journal_language") == code:
        return code
    for old in app.findChildren(QTranslator):
        if old.objectName() in ("journal-translator", "journal-qt-translator"):
            app.removeTranslator(old)
            old.deleteLater()
    if code != system:
        QLocale.setDefault(QLocale(code))
    elif language is not None and app.property("journal_language"):
        QLocale.setDefault(QLocale.system())
    folder = str(resource_path("translations"))
    ours = QTranslator(app)
    ours.setObjectName("journal-translator")
    if ours.load(f"journal_{code}", folder) or ours.load("journal_en", folder):
        app.installTranslator(ours)
    qt_own = QTranslator(app)
    qt_own.setObjectName("journal-qt-translator")
    if qt_own.load(
        QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if is_right_to_left(code)
            else Qt.LayoutDirection.LeftToRight
        )
    set_content_language(code)  # the built-in prompts, templates and exports follow
    app.setProperty("journal_language", code)
    return code


def chosen_language() -> str:
    """The language picked in Preferences ("" follows the system)."""
    from PySide6.QtCore import QSettings

    from journal.ui.settings import Settings

    return Settings(QSettings()).language


def run_app(data_dir: Path, deployment: Deployment | None = None, *, ask_who: bool = True) -> int:
    """Paint the window's frame first; open the journal on the next turn of the event loop.

    With more than one journal known on this OS account, "Who's writing?" comes
    first (unless ``ask_who`` is False: a folder named on the command line). A
    portable journal (on a USB stick) is never added to the computer's list.

    Nothing here imports SQLAlchemy or the store before the frame is on screen
    (:mod:`journal.ui.startup`).
    """
    from PySide6.QtCore import QSettings, QTimer

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
    if school is not None:
        install_translations(app, school.language_for(settings.language))
    apply_theme(app, settings.theme)
    portable = deployment is not None and deployment.portable
    known = None if portable else KnownJournals(settings.store)
    frame = StartupFrame(settings.window_geometry)
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
    # Temporary folders a crashed copy left behind are removed once the window is up.
    QTimer.singleShot(2000, _clean_leftovers)
    try:
        return int(app.exec())
    finally:
        journal = launcher.journal
        if journal is not None:
            journal.close()
        _quit_cleanly()


def _clean_leftovers() -> None:
    """Scan the temp folder on a thread of its own: file work stays off the GUI thread."""
    import threading

    from journal.store.scratch import clean_abandoned

    threading.Thread(target=clean_abandoned, name="journal-leftovers", daemon=True).start()


def _quit_cleanly() -> None:
    """No copy handed to the system's viewer outlives the app."""
    from journal.store.scratch import clear_open_copies

    clear_open_copies()


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
