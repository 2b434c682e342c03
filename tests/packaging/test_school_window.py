"""School defaults reach the open window: no sample journal, packs loaded, problems said."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from journal.app import _apply_deployment
from journal.deployment import Deployment, SchoolDefaults
from journal.store.database import Journal
from journal.store.prompts import list_packs
from journal.ui.main_window import MainWindow
from journal.ui.settings import Settings

PACK = {
    "format": "learning-journal-prompt-pack",
    "version": 1,
    "name": "Year 9 history",
    "author": "Mr Adeyemi",
    "prompts": [{"id": "h-1", "text": "What did the source not say?", "attribute": "voice"}],
}


def test_school_defaults_apply_to_the_window(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    pack = tmp_path / "year9.json"
    pack.write_text(json.dumps(PACK), encoding="utf-8")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(journal, settings)
    qtbot.addWidget(window)
    window.show()
    school = SchoolDefaults(prompt_packs=(pack, tmp_path / "missing.json"), sample_journal=False)
    deployment = Deployment(tmp_path, True, False, school, ("The school file has a typo.",))
    _apply_deployment(window, deployment)

    assert not window.sample_action.isVisible()
    with journal.read() as session:
        assert [p.name for p in list_packs(session)] == ["Year 9 history"]
    message = window.statusBar().currentMessage()
    assert message.startswith("The school file has a typo. The school's prompt pack ")
    assert "missing.json was not loaded" in message
    window.close()
