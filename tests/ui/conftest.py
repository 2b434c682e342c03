"""Fixtures for the widget tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import pytest

from journal.ui.dialogs import Asker
from tests.ui.fakes import FakeAsker

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


@pytest.fixture
def fake_asker() -> FakeAsker:
    """A dialog seam that says yes, picks no files and records what it was asked."""
    return FakeAsker()


@pytest.fixture(autouse=True)
def _no_modal_keep_or_discard(monkeypatch: pytest.MonkeyPatch) -> None:
    """A widget left holding typed work asks before it closes; a real question box is modal.

    A test that doesn't put a FakeAsker in a dialog's ``ask`` would hang when the
    widget closes at teardown, so the real seam's question answers "discard" here.
    Tests that check the question use a FakeAsker (it records it).
    """
    monkeypatch.setattr(Asker, "keep_or_discard", lambda self, *args, **kwargs: True)


Speak = Callable[[str | None], str]


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Speak]:
    """Install a language ("es", "ar", None for the system's) for one test; English comes back."""
    from PySide6.QtCore import QLocale, Qt

    from journal.app import install_translations

    locale = QLocale()

    def install(language: str | None) -> str:
        return install_translations(qapp, language)

    yield install
    install_translations(qapp, "en")
    QLocale.setDefault(locale)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
