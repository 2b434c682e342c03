"""Every page, dialog and the review window work on a 1024×600 and a 1366×768 screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from journal.demo import DemoSize, generate_demo
from journal.store.database import Journal
from journal.store.models import Goal, Revision
from journal.ui.main_window import MainWindow
from journal.ui.settings import Settings
from journal.ui.window_fit import initial_size
from tests.ui.fakes import FakeAsker
from tests.ui.screen_helpers import SCREENS, fit_problems, settle


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    s.first_run_done = True
    return s


@pytest.fixture
def demo(journal: Journal) -> Journal:
    """A year of a student's journal: entries with drafts, files, goals, an exhibition."""
    generate_demo(journal, DemoSize(entries=16), today=date(2026, 5, 1))
    return journal


@pytest.fixture
def window(qtbot: QtBot, demo: Journal, settings: Settings) -> Iterator[MainWindow]:
    w = MainWindow(demo, settings)
    w.ask = FakeAsker()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_page_fits_the_screen(window: MainWindow, screen: QSize) -> None:
    problems = {}
    # Twice round: a page visited earlier must not keep the window big.
    for _round in range(2):
        for page, name in window._page_names:
            window.show_page(page)
            settle()
            found = fit_problems(window, screen)
            if found:
                problems[name.replace("&", "")] = found
    assert problems == {}


def _first_goal_and_drafts(journal: Journal) -> tuple[str, str, str, str]:
    with journal.read() as s:
        goal_id = s.scalars(select(Goal.id)).first()
        rows = s.execute(select(Revision.entry_id, Revision.id).order_by(Revision.created_at))
        by_entry: dict[str, list[str]] = {}
        for entry_id, revision_id in rows:
            by_entry.setdefault(entry_id, []).append(revision_id)
    assert goal_id is not None
    entry_id, drafts = next((e, r) for e, r in by_entry.items() if len(r) >= 2)
    return goal_id, entry_id, drafts[0], drafts[-1]


def _dialogs(window: MainWindow, tmp_path: Path) -> dict[str, Callable[[], QWidget]]:
    from journal.ui.diff_view import DiffDialog
    from journal.ui.exhibitions.add_entry import AddEntryDialog
    from journal.ui.goals.link_evidence import LinkEvidenceDialog
    from journal.ui.goals.wizard import GoalWizard
    from journal.ui.portfolio.class_overview import ClassOverviewDialog
    from journal.ui.portfolio.export_dialog import ExportDialog
    from journal.ui.portfolio.import_dialog import ImportDialog
    from journal.ui.preferences import PreferencesDialog
    from journal.ui.prompts_panel import PromptLibraryDialog
    from journal.ui.shortcuts_dialog import ShortcutsDialog
    from journal.ui.templates_dialog import TemplatePicker
    from journal.ui.trash import TrashDialog
    from journal.ui.welcome import WelcomeDialog

    goal_id, entry_id, older, newer = _first_goal_and_drafts(window.journal)
    runner, ask, root = window.runner, window.ask, window.journal.paths.root
    (tmp_path / "class").mkdir()
    return {
        "preferences": lambda: PreferencesDialog(window.settings, root, window),
        "export": lambda: ExportDialog(runner, ask, window, timeline=None),
        "import": lambda: ImportDialog(runner, tmp_path / "feedback.json", window),
        "templates": lambda: TemplatePicker(window.journal.paths, ask, window),
        "trash": lambda: TrashDialog(runner, ask, window),
        "add station": lambda: AddEntryDialog(runner, window),
        "prompt library": lambda: PromptLibraryDialog(runner, window),
        "compare drafts": lambda: DiffDialog(runner, entry_id, older, newer, window),
        "goal wizard": lambda: GoalWizard(runner, parent=window),
        "link evidence": lambda: LinkEvidenceDialog(runner, goal_id, window),
        "class overview": lambda: ClassOverviewDialog(tmp_path / "class", parent=window),
        "welcome": lambda: WelcomeDialog(root, window),
        "keyboard shortcuts": lambda: ShortcutsDialog(window),
    }


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_dialog_fits_the_screen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, screen: QSize
) -> None:
    problems = {}
    for name, make in _dialogs(window, tmp_path).items():
        dialog = make()
        if hasattr(dialog, "ask"):
            dialog.ask = FakeAsker()
        qtbot.addWidget(dialog)
        dialog.show()
        settle()
        found = fit_problems(dialog, screen)
        if found:
            problems[name] = found
        dialog.close()
        if isinstance(dialog, QDialog):
            dialog.reject()
    assert problems == {}


def test_first_start_fits_the_available_screen() -> None:
    assert initial_size(QRect(0, 0, 1366, 728)).height() <= 728
    assert initial_size(QRect(0, 0, 1024, 560)).width() <= 1024
    assert initial_size(QRect(0, 0, 2560, 1400)) == QSize(1280, 800)


def test_window_fits_the_screen_it_opens_on(
    qtbot: QtBot, demo: Journal, settings: Settings
) -> None:
    w = MainWindow(demo, settings)
    qtbot.addWidget(w)
    available = w.screen().availableGeometry()
    assert w.width() <= available.width() and w.height() <= available.height()


def test_size_position_and_docks_come_back_as_left(
    qtbot: QtBot, demo: Journal, settings: Settings
) -> None:
    first = MainWindow(demo, settings)
    first.ask = FakeAsker()
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(40, 30, 700, 520)
    first.history_dock.hide()
    settle()
    kept = first.geometry()
    first.close()
    assert settings.window_geometry and settings.window_state

    again = MainWindow(demo, settings)
    again.ask = FakeAsker()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    settle()
    assert again.geometry() == kept
    assert again.history_dock.isHidden()
    assert not again.details_dock.isHidden()


def test_a_review_window_fits_small_screens(
    qtbot: QtBot, demo: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from journal.portfolio.export import export_portfolio
    from journal.portfolio.review import load_for_review
    from journal.ui.portfolio.review import ReviewWindow

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    archive = export_portfolio(demo, tmp_path / "student.portfolio.zip").path
    review = ReviewWindow(load_for_review(archive))
    review.ask = FakeAsker()
    qtbot.addWidget(review)
    review.show()
    qtbot.waitExposed(review)
    problems = {}
    for screen in SCREENS:
        # Choosing another draft in History must not grow the window either.
        review.history.focus_list()
        settle()
        for step in range(3):
            found = fit_problems(review, screen)
            if found:
                problems[(screen.toTuple(), step)] = found
            view = review.history.list_view
            if view.model().rowCount() > step:
                view.setCurrentIndex(view.model().index(step, 0))
            settle()
    review.close()
    QApplication.processEvents()
    assert problems == {}
