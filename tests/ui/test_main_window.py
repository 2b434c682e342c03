"""The main window used as a student would: typing, saving, restoring, finding."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from journal.store.database import Journal
from journal.store.entries import create_entry, get_entry, list_revisions, revision_body
from journal.store.models import Revision
from journal.ui.main_window import MainWindow
from journal.ui.settings import Settings
from tests.ui.fakes import FakeAsker
from tests.ui.qt_helpers import present


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    s.autosave_delay_ms = 500
    return s


@pytest.fixture
def window(
    qtbot: QtBot, journal: Journal, settings: Settings, fake_asker: FakeAsker
) -> MainWindow:
    w = MainWindow(journal, settings)
    w.ask = fake_asker
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _type(qtbot: QtBot, window: MainWindow, text: str) -> None:
    body = window.editor.body_edit
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, text)


def test_typing_then_waiting_autosaves_the_draft_without_a_revision(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    entry_id = window.new_entry()
    assert entry_id is not None
    _type(qtbot, window, "Beans grow toward the light")
    assert window.autosave.dirty
    qtbot.waitUntil(lambda: not window.autosave.dirty, timeout=3000)
    with journal.read() as s:
        entry = get_entry(s, entry_id)
        assert entry.body == "Beans grow toward the light"
        assert entry.has_unsaved_draft
        assert list_revisions(s, entry_id) == []
    assert "Saved" in window.save_state_label.text()


def test_save_revision_with_note_then_restore_appends(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    entry_id = window.new_entry()
    assert entry_id is not None
    _type(qtbot, window, "First try.")
    window.note_edit.setText("my first go")
    window.save_action.trigger()
    _type(qtbot, window, " Second try.")
    window.save_action.trigger()
    with journal.read() as s:
        revisions = list_revisions(s, entry_id)
    assert [r.note for r in revisions] == ["my first go", None]
    first = revisions[0]

    window.restore_revision(first.id)
    with journal.read() as s:
        after = list_revisions(s, entry_id)
        assert len(after) == 3
        assert revision_body(after[-1]) == "First try."
        assert after[-1].restored_from_id == first.id
    assert window.editor.body() == "First try."


def test_leaving_an_entry_with_changes_cuts_a_revision(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    first = window.new_entry()
    _type(qtbot, window, "Unsaved words")
    second = window.new_entry()
    assert first and second
    with journal.read() as s:
        revisions = list_revisions(s, first)
    assert [revision_body(r) for r in revisions] == ["Unsaved words"]
    assert revisions[0].reason == "leave"


def test_closing_the_window_keeps_everything(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    entry_id = window.new_entry()
    assert entry_id
    _type(qtbot, window, "Last words before quitting")
    window.close()
    with journal.read() as s:
        revisions = list_revisions(s, entry_id)
        assert revision_body(revisions[-1]) == "Last words before quitting"
        assert revisions[-1].reason == "quit"


def test_search_and_filters_narrow_the_list(
    qtbot: QtBot, journal: Journal, settings: Settings
) -> None:
    with journal.write() as s:
        create_entry(
            s, title="Volcano", body="lava and ash", attributes={"voice"}, tags=["science"]
        )
        create_entry(s, title="Poem", body="the river sings", attributes={"social"})
        create_entry(s, title="Bridge", body="straws and tape", tags=["design"])
    w = MainWindow(journal, settings)
    qtbot.addWidget(w)
    assert w.entries.total == 3
    qtbot.keyClicks(w.filters.search, "river")
    qtbot.waitUntil(lambda: w.entries.total == 1, timeout=2000)
    assert w.entries.data(w.entries.index(0, 0)).startswith("Poem")
    w.filters.search.clear()
    qtbot.waitUntil(lambda: w.entries.total == 3, timeout=2000)
    w.filters.attribute.setCurrentIndex(w.filters.attribute.findData("voice"))
    assert w.entries.total == 1
    w.filters.attribute.setCurrentIndex(0)
    w.filters.tag.setCurrentIndex(w.filters.tag.findData("design"))
    assert w.entries.total == 1
    assert w.entries.data(w.entries.index(0, 0)).startswith("Bridge")


def test_trash_and_restore_from_trash(qtbot: QtBot, window: MainWindow, journal: Journal) -> None:
    entry_id = window.new_entry(title="To be trashed", body="text")
    assert entry_id
    window.trash_action.trigger()
    assert window.entries.row_of(entry_id) is None
    window.show_trash()
    dialog = window.trash_dialog
    assert dialog.model.total == 1
    dialog.list.setCurrentIndex(dialog.model.index(0, 0))
    dialog.restore_selected()
    assert window.entries.row_of(entry_id) is not None


def test_emptying_the_trash_asks_first(qtbot: QtBot, window: MainWindow, journal: Journal) -> None:
    entry_id = window.new_entry(title="Gone", body="text")
    assert entry_id is not None
    window.trash_action.trigger()
    window.show_trash()
    asker = FakeAsker(answer=False)
    window.trash_dialog._ask = asker
    window.trash_dialog.empty()
    assert asker.asked, "emptying the trash must ask first"
    with journal.read() as s:
        assert s.get(type(get_entry(s, entry_id)), entry_id) is not None
    asker.answer = True
    window.trash_dialog.empty()
    with journal.read() as s:
        assert s.scalar(select(func.count()).select_from(Revision)) == 0


def test_keyboard_only_flow_creates_types_saves_with_note_and_opens_history(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    entry_id = window.current_entry_id
    assert entry_id is not None
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, "Fractions")  # the title has focus
    # Enter goes on to the text (Tab visits the formatting buttons on the way, in reading order).
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.keyClicks(QApplication.focusWidget(), "Halves and quarters")
    # Into the note field by keyboard, then Enter saves the revision.
    window.note_edit.setFocus()
    qtbot.keyClicks(window.note_edit, "started")
    qtbot.keyClick(window.note_edit, Qt.Key.Key_Return)
    with journal.read() as s:
        revisions = list_revisions(s, entry_id)
    assert [(r.title, revision_body(r), r.note) for r in revisions] == [
        ("Fractions", "Halves and quarters", "started")
    ]
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.history_dock.isVisible()
    assert window.history.isAncestorOf(present(QApplication.focusWidget()))


def _unnamed_focusable(window: MainWindow) -> list[str]:
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.parent() is not None and type(widget).__name__ in {
            "QWidget",
            "QScrollBar",
            "QSplitterHandle",
            "QFrame",
        }:
            continue
        if widget.objectName().startswith("qt_"):
            continue
        if not widget.accessibleName().strip():
            unnamed.append(f"{type(widget).__name__}({widget.objectName()})")
    return unnamed


def test_every_focusable_widget_on_every_page_has_an_accessible_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.new_entry(title="A", body="b")
    problems = {}
    for number, (page, _name) in enumerate(window._page_names, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentWidget() is page
        unnamed = _unnamed_focusable(window)
        if unnamed:
            problems[page.accessibleName()] = unnamed
    assert problems == {}


def test_pages_switch_by_keyboard_and_docks_follow_the_journal(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.new_entry(title="A", body="b")
    assert window.details_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.goals_page
    assert not window.details_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.splitter
    assert window.details_dock.isVisible()


def test_saving_a_revision_offers_a_reflection_prompt(qtbot: QtBot, window: MainWindow) -> None:
    window.new_entry()
    _type(qtbot, window, "I tried a new way to solve it.")
    window.save_action.trigger()
    assert window.after_revision_prompt.isVisible()
    window.after_revision_prompt.skipped.emit()
    assert not window.after_revision_prompt.isVisible()


CRASH_CHILD = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from journal.app import create_application
    from journal.store.database import Journal
    from journal.ui.main_window import MainWindow
    from journal.ui.settings import Settings
    app = create_application()
    settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    settings.autosave_delay_ms = 500
    journal = Journal.open(Path(sys.argv[1]), auto_backup=False)
    w = MainWindow(journal, settings)
    w.show()
    w.new_entry(title="Crash test")
    QTest.keyClicks(w.editor.body_edit, "words typed just before the power went out")
    deadline = time.time() + 10
    while w.autosave.dirty and time.time() < deadline:
        app.processEvents()
        time.sleep(0.05)
    print("typed", w.current_entry_id, flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)
    """
)


def test_a_crash_while_typing_reopens_with_the_draft(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    ini = tmp_path / "crash.ini"
    child = subprocess.Popen(
        [sys.executable, "-c", CRASH_CHILD, str(data_dir), str(ini)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("typed"), line
        entry_id = line.split()[1]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        if child.stdout is not None:
            child.stdout.close()

    journal = Journal.open(data_dir, auto_backup=False)
    try:
        settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
        w = MainWindow(journal, settings)
        qtbot.addWidget(w)
        assert w.current_entry_id == entry_id
        assert w.editor.body() == "words typed just before the power went out"
        assert "closed unexpectedly" in w.statusBar().currentMessage()
        w.close()
    finally:
        journal.close()


def test_new_entry_from_a_template_starts_with_its_text(
    qtbot: QtBot, window: MainWindow, journal: Journal
) -> None:
    window.template_action.trigger()
    picker = window.template_picker
    names = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert len(names) >= 4
    weekly = next(i for i, n in enumerate(names) if "eek" in n)
    picker.list.setCurrentRow(weekly)
    template = picker.selected()
    assert template is not None
    picker.accept()
    assert window.current_entry_id is not None
    assert window.editor.body() == template.body
    assert window.editor.title() == template.entry_title
