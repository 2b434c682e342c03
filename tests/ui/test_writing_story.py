"""Issue 3's "done when", as a student would do it, with the keyboard alone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journal.store.database import Journal
from journal.store.entries import list_revisions, revision_body
from journal.ui.main_window import MainWindow
from journal.ui.settings import Settings
from tests.ui.fakes import FakeAsker

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _keys(qtbot: QtBot, text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def test_write_attach_revise_compare_restore_find_and_reopen(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    picture = tmp_path / "model.png"
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    assert image.save(str(picture))
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))

    journal = Journal.open(data_dir, auto_backup=False)
    window = MainWindow(journal, settings)
    window.ask = FakeAsker(files=[picture])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # Write an entry: Ctrl+N, a title, Enter to the text (Tab would visit the
    # formatting buttons first, in reading order).
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    _keys(qtbot, "Volcano model")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    _keys(qtbot, "My volcano erupted with baking soda.")
    entry_id = window.current_entry_id
    assert entry_id is not None

    # Attach a picture (Ctrl+Shift+A; the file picker is the seam).
    qtbot.keyClick(window, Qt.Key.Key_A, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.attachments.model.rowCount() == 1, timeout=10000)

    # Three revisions, each with a note typed into the note field (Enter saves).
    for addition, note in (
        (" It foamed.", "added what happened"),
        (" Vinegar made it faster.", "added my test"),
        (" Next time: measure it.", "added a next step"),
    ):
        window.editor.focus_body()
        window.editor.body_edit.moveCursor(window.editor.body_edit.textCursor().MoveOperation.End)
        _keys(qtbot, addition)
        window.note_edit.setFocus()
        _keys(qtbot, note)
        qtbot.keyClick(window.note_edit, Qt.Key.Key_Return)
    with journal.read() as s:
        revisions = list_revisions(s, entry_id)
        with_picture = [bool(r.attachments) for r in revisions]
    assert [r.note for r in revisions][-3:] == [
        "added what happened",
        "added my test",
        "added a next step",
    ]
    assert with_picture[-3:] == [True, True, True]  # the picture is in every later draft
    first, last = revisions[0], revisions[-1]

    # Compare first and latest side by side (Ctrl+Shift+D).
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL_SHIFT)
    dialog = window.diff_dialog
    assert (dialog.older_id, dialog.newer_id) == (first.id, last.id)
    assert "Next time" in dialog.newer_view.toPlainText()
    dialog.close()

    # Restore the first: history (Ctrl+H), pick the oldest, Ctrl+Shift+R.
    qtbot.keyClick(window, Qt.Key.Key_H, CTRL)
    window.history.select_revisions([first.id])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, CTRL_SHIFT)
    assert window.editor.body() == revision_body(first)

    # Find it by a word (Ctrl+F), open it with the keyboard.
    window.new_entry(title="Something else", body="unrelated")
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    _keys(qtbot, "baking")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.entries.total == 1
    window.entry_list.setFocus()
    qtbot.keyClick(window.entry_list, Qt.Key.Key_Home)
    assert window.current_entry_id == entry_id

    # Close, reopen: everything is there.
    window.close()
    journal.close()
    journal = Journal.open(data_dir, auto_backup=False)
    try:
        again = MainWindow(journal, settings)
        qtbot.addWidget(again)
        assert again.current_entry_id == entry_id
        assert again.editor.body() == revision_body(first)
        with journal.read() as s:
            history = list_revisions(s, entry_id)
        assert len(history) == len(revisions) + 1
        assert history[-1].restored_from_id == first.id
        assert again.attachments.model.rowCount() == 1
        again.close()
    finally:
        journal.close()
