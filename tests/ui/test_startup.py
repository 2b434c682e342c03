"""Start-up: the frame paints before the store is imported; a damaged journal gets a way back."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from journal.actions import entries as act
from journal.store.backup import make_backup
from journal.store.database import Journal
from journal.store.read_models.entries import read_entry
from journal.ui.settings import Settings
from journal.ui.startup import Launcher, StartupFrame
from tests.store.test_recovery import damage_header


def _settings(tmp_path: Path) -> Settings:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return settings


def test_the_frame_is_built_without_importing_the_database_code() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from journal.ui.startup import StartupFrame\n"
        "frame = StartupFrame(); frame.show(); app.processEvents()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'journal.store'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert out.strip() == "[]"


def test_the_journal_opens_on_the_next_turn_and_takes_over_the_frame(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    with Journal.open(data_dir, auto_backup=False) as journal:
        act.create_entry(journal, title="Hello", body="First words")
    frame = StartupFrame()
    qtbot.addWidget(frame)
    frame.show()
    launcher = Launcher(frame, data_dir, _settings(tmp_path))
    launcher.start()
    assert launcher.window is None  # not yet: the frame paints first
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.editor.body() == "First words"
    assert not frame.isVisible()
    window.close()
    assert launcher.journal is not None
    launcher.journal.close()


def test_a_damaged_journal_is_brought_back_from_its_backup_by_one_button(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    with Journal.open(data_dir, auto_backup=False) as journal:
        kept = act.create_entry(journal, title="Kept", body="Saved before the backup").value
        make_backup(journal)
    damage_header(data_dir / "journal.db", random.Random(3))
    frame = StartupFrame()
    qtbot.addWidget(frame)
    frame.show()
    launcher = Launcher(frame, data_dir, _settings(tmp_path))
    launcher.start()
    qtbot.waitUntil(lambda: frame.recover_button.isVisible(), timeout=10000)
    assert "damaged" in frame.message.text()
    frame.recover_button.click()
    qtbot.waitUntil(lambda: frame.open_button.isVisible(), timeout=30000)
    assert "back" in frame.message.text()
    frame.open_button.click()
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    assert read_entry(window.journal, kept).title == "Kept"
    assert any(p.name != "journal.db" for p in data_dir.rglob("*journal*.db*"))  # kept aside
    window.close()
    assert launcher.journal is not None
    launcher.journal.close()


def test_the_frame_has_painted_before_the_journal_opens(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QEvent, QObject

    order: list[str] = []

    class PaintSpy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "paint" not in order:
                order.append("paint")
            return False

    frame = StartupFrame()
    qtbot.addWidget(frame)
    spy = PaintSpy()
    frame.installEventFilter(spy)
    launcher = Launcher(frame, data_dir, _settings(tmp_path))
    launcher.opened.connect(lambda _window: order.append("opened"))
    frame.show()
    launcher.start()  # at once, as run_app does: the open still waits for the paint
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
    assert order == ["paint", "opened"]
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    window.close()
    assert launcher.journal is not None
    launcher.journal.close()
