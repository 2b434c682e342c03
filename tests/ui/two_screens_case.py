"""Presenting with a laptop and a projector (run by test_two_screens.py with two offscreen screens).

Not collected on its own (its name does not start with ``test_``): the screens a
Qt process has are fixed when it starts, so this file runs in a pytest of its
own whose offscreen platform is configured with two screens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from journal.actions import exhibitions as act
from journal.store.database import Journal
from journal.ui.exhibitions import ExhibitionsPage
from journal.ui.runner import ActionRunner
from tests.exhibitions.helpers import entry_with_drafts
from tests.ui.fakes import FakeAsker


def test_the_audience_gets_the_other_screen_and_s_swaps_them(
    qtbot: QtBot, runner: ActionRunner, journal: Journal, fake_asker: FakeAsker
) -> None:
    laptop, projector = QGuiApplication.screens()
    assert (laptop.name(), projector.name()) == ("Laptop", "Projector")
    exhibition_id = act.create_exhibition(journal, "Show").value
    for title in ("Straw bridge", "Winter poem"):
        entry_id, _ = entry_with_drafts(journal, title, "A draft")
        act.add_station(journal, exhibition_id, entry_id)
    act.set_notes(journal, _first_station(journal, exhibition_id), "Say why.")
    page = ExhibitionsPage(runner, fake_asker)
    qtbot.addWidget(page)
    page.setScreen(laptop)
    page.setGeometry(laptop.availableGeometry().adjusted(40, 40, -40, -40))
    page.show()
    qtbot.waitExposed(page)

    window = page.present(rehearse=False)
    assert window is not None
    view = window.presenter
    assert view is not None, "with two screens the presenter view opens by itself"
    qtbot.waitUntil(lambda: window.isFullScreen() and view.isVisible())
    assert window.screen() is projector and window.geometry() == projector.geometry()
    assert view.screen() is laptop and laptop.geometry().contains(view.geometry().center())
    assert view.notes.toPlainText() == "Say why."
    assert view.swap_hint.isVisible()

    # The computer guessed the screens the wrong way round: S swaps them.
    QTest.keyClick(window, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: window.screen() is laptop)
    assert window.isFullScreen() and window.geometry() == laptop.geometry()
    assert view.screen() is projector and projector.geometry().contains(view.geometry().center())
    # Keys pressed in the presenter view still drive the show, and S swaps back.
    view.notes.setFocus()
    QTest.keyClick(view.notes, Qt.Key.Key_Right)
    assert window.index == 1
    QTest.keyClick(view.notes, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: window.screen() is projector)
    assert view.screen() is laptop
    QTest.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())


def _first_station(journal: Journal, exhibition_id: str) -> str:
    from journal.store.read_models.exhibitions import exhibition_detail

    return exhibition_detail(journal, exhibition_id).stations[0].id
