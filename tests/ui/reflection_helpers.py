"""Helpers for the prompt card tests."""

from __future__ import annotations

from datetime import date


class MemoryDaily:
    """The prompt card's memory of the last prompt of the day, kept in a dict."""

    def __init__(self) -> None:
        self.shown: dict[date, str] = {}

    def previous_for(self, day: date) -> str | None:
        earlier = [d for d in self.shown if d < day]
        return self.shown[max(earlier)] if earlier else None

    def remember(self, day: date, prompt_id: str) -> None:
        self.shown.setdefault(day, prompt_id)
