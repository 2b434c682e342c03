"""Keyboard only: Tab reaches every control once, in reading order, in sight, with focus shown.

Also: every control has a name a screen reader can say (clear buttons of
line edits and dock buttons included).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from journal.store.database import Journal
from journal.ui.main_window import MainWindow
from journal.ui.portfolio.export_dialog import ExportDialog
from journal.ui.settings import Settings
from tests.ui.dialog_catalogue import all_dialogs, demo_journal
from tests.ui.fakes import FakeAsker
from tests.ui.keyboard_helpers import (
    describe,
    focus_hidden,
    tab_stops_expected,
    unnamed,
    walk,
)
from tests.ui.screen_helpers import settle

SMALL = QSize(1024, 560)


@pytest.fixture
def window(qtbot: QtBot, journal: Journal, tmp_path: Path) -> Iterator[MainWindow]:
    demo_journal(journal)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    w = MainWindow(journal, settings)
    w.ask = FakeAsker()
    qtbot.addWidget(w)
    w.resize(SMALL)
    w.show()
    qtbot.waitExposed(w)
    settle()
    yield w


def _check_walk(top: QWidget, start: QWidget | None = None) -> dict[str, list[str]]:
    expected = tab_stops_expected(top)
    assert expected, f"{describe(top)} has no controls to reach"
    focus = QApplication.focusWidget()
    first = start or (focus if focus in expected else expected[0])
    result = walk(top, first)
    missing = [describe(w) for w in expected if w not in result.stops]
    found = {
        "problems": result.problems,
        "not reached": missing,
        "focus not shown": focus_hidden(result, top),
    }
    return {k: v for k, v in found.items() if v}


def test_tab_walks_every_page(window: MainWindow) -> None:
    problems = {}
    for page, name in window._page_names:
        window.show_page(page)
        settle()
        found = _check_walk(window)
        if found:
            problems[name.replace("&", "")] = found
    assert problems == {}


def test_journal_page_is_walked_in_reading_order(window: MainWindow) -> None:
    stops = walk(window, window.filters.search).stops
    editor = window.editor
    order = [
        window.filters.search,
        window.entry_list,
        editor.title_edit,
        editor.body_edit,
        window.note_edit,
        window.save_button,
    ]
    positions = [stops.index(w) for w in order]
    assert positions == sorted(positions), [describe(stops[p]) for p in positions]
    # The formatting buttons sit between the title and the text, as on screen.
    buttons = [w for w in stops if isinstance(w, QToolButton) and editor.toolbar.isAncestorOf(w)]
    assert len(buttons) == len(editor.format_actions) + 1  # and Preview
    assert all(stops.index(editor.title_edit) < stops.index(b) for b in buttons)
    assert all(stops.index(b) < stops.index(editor.body_edit) for b in buttons)
    # Each panel is visited in one go, its own Close and Float buttons first.
    for dock in (window.details_dock, window.attachments_dock):
        inside = [i for i, w in enumerate(stops) if dock.isAncestorOf(w)]
        assert inside == list(range(inside[0], inside[0] + len(inside))), dock.objectName()
        names = {stops[i].accessibleName() for i in inside[:2]}
        title = dock.windowTitle()
        assert names == {f"Close the {title} panel", f"Float or dock the {title} panel"}


def test_panels_behind_another_tab_are_no_tab_stops(window: MainWindow) -> None:
    window.history_dock.raise_()
    settle()
    stops = walk(window, window.entry_list).stops
    hidden = [w for w in stops if window.attachments_dock.isAncestorOf(w)]
    assert hidden == []
    assert any(window.history.isAncestorOf(w) for w in stops)
    # Its tab chosen again, the attachments panel is reachable at once.
    window.attachments_dock.raise_()
    window.attachments.view.setFocus(Qt.FocusReason.TabFocusReason)
    assert window.attachments.view.hasFocus()


def test_focus_scrolls_into_view_every_round(window: MainWindow) -> None:
    details = window.details
    date_edit = next(w for w in walk(window, window.entry_list).stops if details.isAncestorOf(w))
    # Second round: the details panel was scrolled down on the way; the date is shown again.
    result = walk(window, window.entry_list)
    assert date_edit in result.stops
    assert result.problems == []


def test_every_dialog_can_be_walked_with_tab(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    problems = {}
    for name, make in all_dialogs(window, tmp_path).items():
        dialog = make()
        if hasattr(dialog, "ask"):
            dialog.ask = FakeAsker()
        qtbot.addWidget(dialog)
        dialog.show()
        settle()
        if isinstance(dialog, ExportDialog):
            # Its preview of what will leave is made off the GUI thread: walk it when ready.
            qtbot.waitUntil(dialog.export_button.isEnabled, timeout=20000)
        found = _check_walk(dialog)
        if found:
            problems[name] = found
        if isinstance(dialog, QDialog):
            dialog.reject()
        dialog.close()
    assert problems == {}


def test_every_control_of_the_window_and_dialogs_has_a_name(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.details.tags_edit.setText("art, science")
    problems = {}
    for page, name in window._page_names:
        window.show_page(page)
        settle()
        missing = unnamed(window)
        if missing:
            problems[name] = missing
    for name, make in all_dialogs(window, tmp_path).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        settle()
        missing = unnamed(dialog)
        if missing:
            problems[name] = missing
        dialog.close()
    assert problems == {}


def test_the_tags_clear_button_and_dock_buttons_have_names(window: MainWindow) -> None:
    tags = window.details.tags_edit
    tags.setText("art")
    settle()
    clear = [b for b in tags.findChildren(QToolButton) if b.isVisible()]
    assert clear and all(b.accessibleName() == "Clear Tags" for b in clear)
    for dock in window.findChildren(QDockWidget):
        buttons: list[QWidget] = [
            b for b in dock.findChildren(QToolButton) if b.parentWidget() is dock
        ]
        buttons += [
            b
            for b in dock.findChildren(QWidget)
            if b.objectName() in {"qt_dockwidget_closebutton", "qt_dockwidget_floatbutton"}
        ]
        assert all(b.accessibleName() for b in buttons), dock.objectName()


def test_the_review_window_is_walked_and_named(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from journal.portfolio.export import export_portfolio
    from journal.portfolio.review import load_for_review
    from journal.ui.portfolio.review import ReviewWindow

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    archive = export_portfolio(window.journal, tmp_path / "student.portfolio.zip").path
    review = ReviewWindow(load_for_review(archive))
    review.ask = FakeAsker()
    qtbot.addWidget(review)
    review.resize(SMALL)
    review.show()
    qtbot.waitExposed(review)
    settle()
    try:
        assert _check_walk(review, review.entry_list) == {}
        assert unnamed(review) == []
    finally:
        review.close()
        settle()
