"""Every page, dialog and the review window work on a 1024×600 and a 1366×768 screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from journal.store.database import Journal
from journal.ui.main_window import MainWindow
from journal.ui.settings import Settings
from journal.ui.window_fit import initial_size
from tests.ui.dialog_catalogue import all_dialogs, demo_journal, first_goal_and_drafts
from tests.ui.fakes import FakeAsker
from tests.ui.screen_helpers import SCREENS, fit_problems, settle


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    return s


@pytest.fixture
def demo(journal: Journal) -> Journal:
    """A year of a student's journal: entries with drafts, files, goals, an exhibition."""
    return demo_journal(journal)


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


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_timeline_views_and_a_goal_fit_the_screen(window: MainWindow, screen: QSize) -> None:
    goal_id, entry_id, _older, _newer = first_goal_and_drafts(window.journal)
    problems = {}
    window.show_page(window.timeline_page)
    timeline = window.timeline_page
    for index in range(timeline.tabs.count()):
        timeline.tabs.setCurrentIndex(index)
        settle()
        found = fit_problems(window, screen)
        if found:
            problems[timeline.tabs.tabText(index)] = found
    timeline.show_growth(entry_id)  # "How it grew", drafts and all
    settle()
    if found := fit_problems(window, screen):
        problems["how it grew"] = found
    window.show_goal(goal_id)
    settle()
    if found := fit_problems(window, screen):
        problems["a goal"] = found
    assert problems == {}


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_dialog_fits_the_screen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, screen: QSize
) -> None:
    problems = {}
    for name, make in all_dialogs(window, tmp_path).items():
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


def test_docks_come_back_even_when_closed_on_another_page(
    qtbot: QtBot, demo: Journal, settings: Settings
) -> None:
    first = MainWindow(demo, settings)
    first.ask = FakeAsker()
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.show_page(first.goals_page)
    settle()
    first.close()

    again = MainWindow(demo, settings)
    again.ask = FakeAsker()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    settle()
    # The journal remembers its page (Goals); the docks are back on the Journal page.
    again.show_page(again.splitter)
    settle()
    assert again.details_dock.isVisible()
    assert again.attachments_dock.isVisible() or again.history_dock.isVisible()


def test_the_app_starts_where_the_window_was_left(
    qtbot: QtBot, data_dir: Path, settings: Settings
) -> None:
    from journal.ui.startup import Launcher, StartupFrame

    with Journal.open(data_dir, auto_backup=False) as journal:
        first = MainWindow(journal, settings)
        first.ask = FakeAsker()
        qtbot.addWidget(first)
        first.show()
        qtbot.waitExposed(first)
        first.setGeometry(30, 40, 700, 500)
        settle()
        kept = first.geometry()
        first.close()

    # The start-up frame (painted before the journal opens) and then the window.
    frame = StartupFrame(settings.window_geometry)
    qtbot.addWidget(frame)
    frame.show()
    settle()
    assert frame.geometry() == kept
    launcher = Launcher(frame, data_dir, settings)
    launcher.start()
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.geometry() == kept
    window.ask = FakeAsker()
    window.close()
    assert launcher.journal is not None
    launcher.journal.close()


def test_a_first_start_frame_fits_the_screen(qtbot: QtBot) -> None:
    from journal.ui.startup import StartupFrame

    frame = StartupFrame()
    qtbot.addWidget(frame)
    available = frame.screen().availableGeometry()
    assert frame.width() <= available.width() and frame.height() <= available.height()
