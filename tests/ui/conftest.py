"""Fixtures for the widget tests."""

from __future__ import annotations

import pytest

from journal.ui.dialogs import Asker
from tests.ui.fakes import FakeAsker


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
