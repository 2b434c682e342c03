"""Shared fixtures: every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from journal.store.database import Journal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point every data and settings folder at the test's own temp dir."""
    monkeypatch.setenv("JOURNAL_DATA_DIR", str(tmp_path / "default-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture(scope="session")
def _template_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal migrated to head once per session; tests get copies."""
    root = tmp_path_factory.mktemp("template") / "journal"
    Journal.open(root, auto_backup=False).close()
    return root


@pytest.fixture
def data_dir(tmp_path: Path, _template_journal: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(_template_journal, target, ignore=shutil.ignore_patterns("journal.lock"))
    return target


@pytest.fixture
def journal(data_dir: Path) -> Iterator[Journal]:
    j = Journal.open(data_dir, auto_backup=False)
    try:
        yield j
    finally:
        j.close()


@pytest.fixture(autouse=True, scope="session")
def _translations(qapp: QApplication) -> None:
    """The app's translations (English plural forms) are installed as in the real app."""
    from journal.app import install_translations

    install_translations(qapp)


@pytest.fixture
def runner(journal: Journal, qapp: object) -> Iterator[object]:
    """An ActionRunner on the test's journal; failures it would show are kept in ``errors``."""
    from journal.ui.runner import ActionRunner

    errors: list[tuple[str, str]] = []
    action_runner = ActionRunner(journal, lambda title, text: errors.append((title, text)))
    action_runner.errors = errors  # type: ignore[attr-defined]
    yield action_runner
    action_runner.wait()
    action_runner.deleteLater()
