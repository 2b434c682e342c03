"""Fixtures for the widget tests."""

from __future__ import annotations

import pytest

from tests.ui.fakes import FakeAsker


@pytest.fixture
def fake_asker() -> FakeAsker:
    """A dialog seam that says yes, picks no files and records what it was asked."""
    return FakeAsker()
