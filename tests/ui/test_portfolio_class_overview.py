"""File → Class overview…: a folder of portfolios as a table; broken files apart."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from journal.portfolio.export import export_portfolio
from journal.portfolio.review import load_for_review
from journal.store.database import Journal
from journal.store.entries import create_entry
from journal.store.models import LearnerProfile
from journal.ui.portfolio.class_overview import ClassOverviewDialog, ClassOverviewModel
from journal.ui.portfolio.review import ReviewWindow
from tests.portfolio.conftest import fill
from tests.ui.fakes import asker_of
from tests.ui.portfolio_helpers import close_review_windows, open_window, unnamed_controls


@pytest.fixture(autouse=True)
def _no_review_window_left() -> Iterator[None]:
    yield
    close_review_windows()


def _second_student(root: Path) -> Journal:
    journal = Journal.open(root, auto_backup=False)
    with journal.write() as session:
        profile = session.scalar(select(LearnerProfile))
        assert profile is not None
        profile.name = "Ben Okafor"
        for day in (3, 10, 17):
            create_entry(
                session,
                title=f"Week of the {day}th",
                body="What I tried.",
                learned_on=date(2026, 2, day),
                privacy="shareable",
            )
    return journal


@pytest.fixture
def class_folder(journal: Journal, tmp_path: Path) -> Path:
    folder = tmp_path / "class"
    folder.mkdir()
    ada = export_portfolio(fill(journal).journal, folder / "ada.portfolio.zip").path
    ben = _second_student(tmp_path / "ben")
    try:
        export_portfolio(ben, folder / "ben.portfolio.zip")
    finally:
        ben.close()
    (folder / "chewed.portfolio.zip").write_bytes(b"PK\x03\x04 half a file")
    with load_for_review(ada) as review:  # feedback already written for Ada
        review.add_comment("goal", review.data.goals[0].id, "Well planned.", author_name="Mr Lee")
        review.add_comment("entry", review.data.entries[0].id, "Good start.")
        review.write_feedback(folder / "ada.feedback.json", author_name="Mr Lee")
    return folder


def _loaded(qtbot: QtBot, folder: Path) -> ClassOverviewDialog:
    dialog = ClassOverviewDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=30000):
        dialog.scan()
    return dialog


def _cells(model: ClassOverviewModel, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_class_overview_lists_good_portfolios_and_a_broken_one_with_its_reason(
    qtbot: QtBot, class_folder: Path, qtmodeltester: ModelTester
) -> None:
    dialog = _loaded(qtbot, class_folder)
    model = dialog.model
    assert model.rowCount() == 2
    ada, ben = _cells(model, 0), _cells(model, 1)
    assert ada[:4] == ["Ada Example", "2 Mar 2026 – 5 Mar 2026", "2", "4"]
    assert ada[4] == "1 (Achieved 1)"
    assert ada[6] == "2 comments"
    assert ben[:4] == ["Ben Okafor", "3 Feb 2026 – 17 Feb 2026", "3", "3"]
    assert ben[6] == "not yet"
    broken = dialog.broken_files()
    assert [name for name, _reason in broken] == ["chewed.portfolio.zip"]
    reason = broken[0][1]
    assert reason.startswith("chewed.portfolio.zip") and reason.endswith(".")
    assert dialog.broken_list.isVisible()
    assert dialog.broken_list.item(0).text() == f"chewed.portfolio.zip: {reason}"
    qtmodeltester.check(model)
    assert unnamed_controls(dialog) == []


def test_class_overview_sorts_by_a_column(qtbot: QtBot, class_folder: Path) -> None:
    dialog = _loaded(qtbot, class_folder)
    dialog.table.sortByColumn(ClassOverviewModel.ENTRIES, Qt.SortOrder.DescendingOrder)
    assert _cells(dialog.model, 0)[0] == "Ben Okafor"
    dialog.table.sortByColumn(ClassOverviewModel.STUDENT, Qt.SortOrder.AscendingOrder)
    assert _cells(dialog.model, 0)[0] == "Ada Example"


def test_enter_on_a_row_asks_for_that_portfolio_to_be_reviewed(
    qtbot: QtBot, class_folder: Path
) -> None:
    dialog = _loaded(qtbot, class_folder)
    dialog.table.selectRow(1)
    dialog.table.setFocus()
    with qtbot.waitSignal(dialog.review_requested, timeout=5000) as requested:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert requested.args[0] == class_folder / "ben.portfolio.zip"


def test_class_overview_from_the_window_opens_a_double_clicked_row_for_review(
    qtbot: QtBot, class_folder: Path, tmp_path: Path
) -> None:
    teacher = Journal.open(tmp_path / "teacher", auto_backup=False)
    try:
        window = open_window(qtbot, teacher, tmp_path)
        asker_of(window).folder_path = class_folder
        window.class_overview_action.trigger()
        dialog = window.portfolio.class_dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=30000)
        qtbot.waitExposed(dialog)
        centre = dialog.table.visualRect(dialog.model.index(0, 0)).center()
        viewport = dialog.table.viewport()
        with qtbot.waitSignal(window.portfolio.review_opened, timeout=20000) as opened:
            qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
            qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
        review = opened.args[0]
        assert isinstance(review, ReviewWindow)
        assert "Ada Example" in review.banner_label.text()
        qtbot.wait(300)
        assert len(window.portfolio.review_windows) == 1  # one double-click, one window
    finally:
        close_review_windows()
        teacher.close()


def test_an_empty_folder_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _loaded(qtbot, tmp_path)
    assert dialog.model.rowCount() == 0
    assert dialog.status_label.text() == "There are no portfolios in this folder."
    assert not dialog.broken_list.isVisible()
