"""Two students, one OS account: "Who's writing?", each their own journal, their own name."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from journal.actions import entries as act
from journal.actions.profile import finish_welcome
from journal.portfolio.export import ExportFormat
from journal.store.database import Journal
from journal.store.read_models.profile import journal_profile
from journal.ui.known_journals import KnownJournal, KnownJournals
from journal.ui.main_window import MainWindow
from journal.ui.portfolio.export_dialog import ExportDialog
from journal.ui.settings import Settings
from journal.ui.startup import Launcher, StartupFrame
from journal.ui.whos_writing import WhoIsWriting
from tests.ui.fakes import FakeAsker


def _journal(folder: Path, name: str, title: str) -> str:
    with Journal.open(folder, auto_backup=False) as journal:
        if name:
            finish_welcome(journal, name)
        return act.create_entry(journal, title=title, body=f"{title} body").value


def _settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "computer.ini"), QSettings.Format.IniFormat))


def _entry_ids(window: MainWindow) -> set[str]:
    model = window.entries
    while model.canFetchMore():
        model.fetchMore()
    return {model.entry_id(row) for row in range(model.rowCount())}


def _start(
    qtbot: QtBot, first: Path, settings: Settings, *, hide_names: bool = False
) -> tuple[StartupFrame, Launcher]:
    frame = StartupFrame()
    qtbot.addWidget(frame)
    frame.show()
    launcher = Launcher(
        frame, first, settings, known=KnownJournals(settings.store), hide_names=hide_names
    )
    launcher.start()
    qtbot.waitUntil(lambda: frame.chooser is not None, timeout=10000)
    return frame, launcher


def _opened(qtbot: QtBot, launcher: Launcher) -> MainWindow:
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
    window = launcher.window
    assert window is not None
    window.ask = FakeAsker()
    # Not handed to qtbot: the launcher closes and deletes windows on a switch.
    return window


def _click(chooser: WhoIsWriting | None, text: str) -> None:
    assert chooser is not None
    button = next(b for b in chooser.buttons if b.text() == text)
    assert button.accessibleName()
    button.click()


def test_two_students_each_see_only_their_own_journal_and_rename_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    ana_dir, ben_dir = tmp_path / "ana", tmp_path / "ben"
    ana_entry = _journal(ana_dir, "Ana Lopez", "Ana's volcano")
    ben_entry = _journal(ben_dir, "Ben Okafor", "Ben's bridge")
    settings = _settings(tmp_path)
    known = KnownJournals(settings.store)
    known.add(ana_dir)
    known.add(ben_dir)

    frame, launcher = _start(qtbot, ana_dir, settings)
    # Several journals on this account: nothing opens until the student says whose.
    assert launcher.window is None
    assert frame.chooser is not None and frame.chooser.isVisible()
    assert frame.chooser.buttons[0].hasFocus() or not frame.isActiveWindow()
    assert [b.text() for b in frame.chooser.buttons] == ["Ana Lopez", "Ben Okafor"]
    assert frame.chooser.add_button.accessibleName() == "Add my journal"

    _click(frame.chooser, "Ben Okafor")
    ben = _opened(qtbot, launcher)
    assert _entry_ids(ben) == {ben_entry}
    assert ben.windowTitle() == "Ben Okafor's Learning Journal"
    assert ben.switch_action.isVisible()
    file_menu = ben.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu) and ben.switch_action in file_menu.actions()

    # The quick switch closes Ben's journal (draft saved, place kept) and asks again.
    ben.open_entry(ben_entry)
    ben.editor.body_edit.setFocus()
    ben.editor.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(ben.editor.body_edit, ", and more")
    ben.switch_action.trigger()
    assert not ben.isVisible()
    assert launcher.window is None and launcher.journal is None
    assert frame.isVisible() and frame.chooser is not None and frame.chooser.isVisible()
    with Journal.open(ben_dir, auto_backup=False) as closed:  # its lock was let go
        assert journal_profile(closed).last_entry_id == ben_entry
        from journal.store.read_models.entries import read_entry

        assert read_entry(closed, ben_entry).body == "Ben's bridge body, and more"

    _click(frame.chooser, "Ana Lopez")
    ana = _opened(qtbot, launcher)
    assert _entry_ids(ana) == {ana_entry}
    assert ben_entry not in _entry_ids(ana)

    # Ana changes her name from the Today page's greeting.
    ana.show_page(ana.today_page)
    today = ana.today_page
    assert today.greeting.text() == "Hello, Ana Lopez"
    today.name_button.click()
    assert today.name_edit.isVisible() and today.name_edit.text() == "Ana Lopez"
    today.name_edit.setText("Ana María Lopez")  # QTest can't type "í"
    qtbot.keyClick(today.name_edit, Qt.Key.Key_Return)
    assert today.greeting.text() == "Hello, Ana María Lopez"
    assert ana.windowTitle() == "Ana María Lopez's Learning Journal"

    # The next export carries the new name in its title.
    dialog = ExportDialog(ana.runner, FakeAsker(), ana, timeline=None)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10000):
        pass
    dialog.set_format(ExportFormat.ARCHIVE)
    out = tmp_path / "ana.portfolio.zip"
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        assert dialog.export(out)
    with zipfile.ZipFile(out) as archive:
        index = archive.read("index.html").decode("utf-8")
        data = json.loads(archive.read("portfolio.json"))
    assert "Ana María Lopez’s learning portfolio" in index
    assert "A student" not in index
    assert data["profile"]["name"] == "Ana María Lopez"
    dialog.close()

    # Ben's journal never heard of Ana's new name; the chooser reads names from each journal.
    ana.switch_action.trigger()
    assert frame.chooser is not None
    assert [b.text() for b in frame.chooser.buttons] == ["Ana María Lopez", "Ben Okafor"]
    frame.close()


def test_names_hidden_by_the_school_the_student_types_theirs(qtbot: QtBot, tmp_path: Path) -> None:
    ana_dir, ben_dir = tmp_path / "ana", tmp_path / "ben"
    _journal(ana_dir, "Ana Lopez", "Ana's volcano")
    ben_entry = _journal(ben_dir, "Ben Okafor", "Ben's bridge")
    settings = _settings(tmp_path)
    known = KnownJournals(settings.store)
    known.add(ana_dir)
    known.add(ben_dir)

    frame, launcher = _start(qtbot, ana_dir, settings, hide_names=True)
    chooser = frame.chooser
    assert chooser is not None and chooser.name_edit is not None
    assert chooser.buttons == []  # no one's name is on show
    qtbot.keyClicks(chooser.name_edit, "Someone Else")
    qtbot.keyClick(chooser.name_edit, Qt.Key.Key_Return)
    assert launcher.window is None
    assert "No journal on this computer has that name" in chooser.problem.text()
    chooser.name_edit.clear()
    qtbot.keyClicks(chooser.name_edit, "  ben   OKAFOR ")
    qtbot.keyClick(chooser.name_edit, Qt.Key.Key_Return)
    ben = _opened(qtbot, launcher)
    assert _entry_ids(ben) == {ben_entry}
    ben.close()
    frame.close()


def test_add_my_journal_starts_an_empty_journal_that_is_remembered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    ana_dir, ben_dir = tmp_path / "ana", tmp_path / "ben"
    _journal(ana_dir, "Ana Lopez", "Ana's volcano")
    _journal(ben_dir, "Ben Okafor", "Ben's bridge")
    settings = _settings(tmp_path)
    known = KnownJournals(settings.store)
    known.add(ana_dir)
    known.add(ben_dir)
    frame, launcher = _start(qtbot, ana_dir, settings)
    assert frame.chooser is not None
    frame.chooser.add_button.click()
    window = _opened(qtbot, launcher)
    assert _entry_ids(window) == set()
    assert journal_profile(window.journal).welcome_done is False  # it will welcome its student
    assert window.journal.paths.root not in (ana_dir, ben_dir)
    assert len(KnownJournals(settings.store).journals()) == 3
    window.close()
    frame.close()


def test_one_known_journal_opens_straight_away(qtbot: QtBot, tmp_path: Path) -> None:
    ana_dir = tmp_path / "ana"
    ana_entry = _journal(ana_dir, "Ana Lopez", "Ana's volcano")
    settings = _settings(tmp_path)
    frame = StartupFrame()
    qtbot.addWidget(frame)
    frame.show()
    launcher = Launcher(frame, ana_dir, settings, known=KnownJournals(settings.store))
    launcher.start()
    window = _opened(qtbot, launcher)
    assert frame.chooser is None
    assert _entry_ids(window) == {ana_entry}
    assert KnownJournals(settings.store).folders() == [ana_dir]
    window.close()


def test_escape_on_the_welcome_asks_again_next_time_and_says_where_to_name(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "new"
    Journal.open(folder, auto_backup=False).close()
    with Journal.open(folder, auto_backup=False) as journal:
        window = MainWindow(journal, _settings(tmp_path))
        window.ask = FakeAsker()
        qtbot.addWidget(window)
        window.show()
        window.show_welcome()
        qtbot.keyClick(window.welcome_dialog, Qt.Key.Key_Escape)
        profile = journal_profile(journal)
        assert (profile.name, profile.welcome_done) == ("", False)
        assert "Preferences" in window.statusBar().currentMessage()
        window.show_welcome()
        window.welcome_dialog.name_edit.setText("Noor")
        window.welcome_dialog.start_button.click()
        profile = journal_profile(journal)
        assert (profile.name, profile.welcome_done) == ("Noor", True)
        assert window.windowTitle() == "Noor's Learning Journal"
        window.close()


def test_preferences_change_the_name_and_how_it_appears_on_portfolios(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from journal.ui.preferences import PreferencesDialog

    folder = tmp_path / "sam"
    _journal(folder, "Sam Rivera", "Sam's poem")
    with Journal.open(folder, auto_backup=False) as journal:
        window = MainWindow(journal, _settings(tmp_path))
        window.ask = FakeAsker()
        qtbot.addWidget(window)
        dialog = PreferencesDialog(window.settings, folder, window, runner=window.runner)
        qtbot.addWidget(dialog)
        assert dialog.name_edit.text() == "Sam Rivera"
        assert dialog.name_edit.accessibleName() and dialog.export_name_combo.accessibleName()
        dialog.name_edit.setText("Samira  Rivera")
        dialog.export_name_combo.setCurrentIndex(dialog.export_name_combo.findData("first-initial"))
        dialog.accept()
        profile = journal_profile(journal)
        assert profile.name == "Samira Rivera"
        assert profile.preference("export_name") == "first-initial"
        assert window.windowTitle() == "Samira Rivera's Learning Journal"
        window.runner.undo_stack.undo()  # the style, then the name, are undoable
        window.runner.undo_stack.undo()
        assert journal_profile(journal).name == "Sam Rivera"
        window.close()


def test_the_journal_remembers_its_own_page_and_entry(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "sam"
    first = _journal(folder, "Sam Rivera", "Sam's poem")
    with Journal.open(folder, auto_backup=False) as journal:
        second = act.create_entry(journal, title="Sam's second poem").value
        window = MainWindow(journal, _settings(tmp_path))
        window.ask = FakeAsker()
        qtbot.addWidget(window)
        window.open_entry(first)
        window.show_page(window.timeline_page)
        window.close()
        profile = journal_profile(journal)
        assert (profile.last_entry_id, profile.last_page) == (first, "timeline")
        # Another computer's settings file: the journal still knows where Sam was.
        again = MainWindow(journal, _settings(tmp_path / "elsewhere"))
        again.ask = FakeAsker()
        qtbot.addWidget(again)
        assert again.current_entry_id == first != second
        assert again.page_key() == "timeline"
        again.close()


def test_a_journal_that_cannot_open_says_why_on_the_chooser(qtbot: QtBot, tmp_path: Path) -> None:
    import sqlite3

    ana_dir, ben_dir = tmp_path / "ana", tmp_path / "ben"
    _journal(ana_dir, "Ana Lopez", "Ana's volcano")
    _journal(ben_dir, "Ben Okafor", "Ben's bridge")
    with sqlite3.connect(ben_dir / "journal.db") as con:  # written by a newer app
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.close()
    settings = _settings(tmp_path)
    known = KnownJournals(settings.store)
    known.add(ana_dir)
    known.add(ben_dir)
    frame, launcher = _start(qtbot, ana_dir, settings)
    with qtbot.waitSignal(launcher.failed, timeout=10000) as failed:
        _click(frame.chooser, "Ben Okafor")
    assert launcher.window is None
    # The chooser is back, saying why, so Ben (or someone else) can choose again.
    assert frame.chooser is not None and frame.chooser.isVisibleTo(frame)
    assert frame.chooser.problem.text() == failed.args[0] != ""
    _click(frame.chooser, "Ana Lopez")
    ana = _opened(qtbot, launcher)
    assert ana.windowTitle() == "Ana Lopez's Learning Journal"
    ana.close()
    frame.close()


def test_who_is_writing_is_named_and_keyboard_reachable(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.ui.portfolio_helpers import unnamed_controls

    journals = [KnownJournal(tmp_path / "a", "Ana Lopez"), KnownJournal(tmp_path / "b", "")]
    for hide in (False, True):
        chooser = WhoIsWriting(journals, hide_names=hide)
        qtbot.addWidget(chooser)
        chooser.show()
        qtbot.waitExposed(chooser)
        assert unnamed_controls(chooser) == []
        chooser.focus_first()
        seen = []
        for _ in range(4):
            seen.append(chooser.focusWidget())
            chooser.focusNextChild()
        reachable = [w for w in seen if w is not None]
        assert chooser.add_button in reachable
        if hide:
            assert chooser.name_edit in reachable and chooser.open_button in reachable
        else:
            assert set(chooser.buttons) <= set(reachable)
            assert chooser.buttons[1].text() == "A journal with no name yet (b)"
        with qtbot.waitSignal(chooser.add_requested):
            chooser.add_button.setFocus()
            qtbot.keyClick(chooser.add_button, Qt.Key.Key_Space)


def test_a_named_folder_opens_straight_away_even_with_others_known(
    qtbot: QtBot, tmp_path: Path
) -> None:
    ana_dir, ben_dir = tmp_path / "ana", tmp_path / "ben"
    _journal(ana_dir, "Ana Lopez", "Ana's volcano")
    ben_entry = _journal(ben_dir, "Ben Okafor", "Ben's bridge")
    settings = _settings(tmp_path)
    KnownJournals(settings.store).add(ana_dir)
    frame = StartupFrame()
    qtbot.addWidget(frame)
    frame.show()
    launcher = Launcher(
        frame, ben_dir, settings, known=KnownJournals(settings.store), ask_who=False
    )
    launcher.start()
    ben = _opened(qtbot, launcher)
    assert frame.chooser is None and _entry_ids(ben) == {ben_entry}
    assert KnownJournals(settings.store).folders() == [ana_dir, ben_dir]
    ben.close()
