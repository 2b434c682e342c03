"""The Journal page's filters narrow the timeline only with a notice that says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from journal.actions import entries as act
from journal.core.filters import EntryFilter
from journal.store.database import Journal
from journal.ui.main_window import MainWindow
from journal.ui.settings import Settings


def test_filtered_list_shows_a_notice_on_the_timeline_and_show_everything_clears_it(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    for title in ("Volcano notes", "Fractions", "Poem draft"):
        act.create_entry(journal, title=title, body=f"{title} body")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(journal, settings)
    qtbot.addWidget(window)
    window.show()
    window.filters.search.setText("volcano")
    window.filters.flush()
    assert window.entries.total == 1

    window.show_page(window.timeline_page)
    page = window.timeline_page
    assert page.filter_notice.isVisibleTo(page)
    assert "volcano" in page.filter_label.text()
    assert page.view.entry_filter() == window.filters.current_filter()

    page.show_all_button.click()
    assert not page.filter_notice.isVisibleTo(page)
    assert page.view.entry_filter() == EntryFilter()

    # Back to the list and again to the timeline: the choice holds for the same search.
    window.show_page(window.splitter)
    window.show_page(page)
    assert page.view.entry_filter() == EntryFilter()


def test_unfiltered_list_shows_no_notice(qtbot: QtBot, journal: Journal, tmp_path: Path) -> None:
    act.create_entry(journal, title="One", body="x")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(journal, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_page(window.timeline_page)
    assert not window.timeline_page.filter_notice.isVisibleTo(window.timeline_page)


def test_growth_view_says_a_draft_was_restored_as_history_does(
    qtbot: QtBot, journal: Journal
) -> None:
    from PySide6.QtWidgets import QLabel

    from journal.store.read_models.entries import revisions_of
    from journal.ui.timeline.growth import GrowthView

    entry_id = act.create_entry(journal, title="Essay", body="first words").value
    act.save_draft(journal, entry_id, "Essay", "second words here")
    act.save_revision(journal, entry_id, note="more detail")
    first = revisions_of(journal, entry_id)[0]
    act.restore_revision(journal, first.id)
    growth = GrowthView(journal)
    qtbot.addWidget(growth)
    growth.set_entry(entry_id)
    texts = [label.text() for label in growth.findChildren(QLabel)]
    assert "Restored from draft 1" in texts
    assert "First draft" in texts
    assert "more detail" in texts
