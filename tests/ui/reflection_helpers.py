"""Helpers for the goal, prompt and profile screen tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path


class FakeAsker:
    """Stands in for the dialog seam: records questions and errors, answers as told."""

    def __init__(self, answer: bool = True, file: Path | None = None) -> None:
        self.answer = answer
        self.file = file
        self.asked: list[str] = []
        self.errors: list[str] = []

    def confirm(self, title: str, text: str, *, yes: str | None = None) -> bool:
        self.asked.append(text)
        return self.answer

    def inform(self, title: str, text: str) -> None:
        self.asked.append(text)

    def error(self, title: str, text: str) -> None:
        self.errors.append(text)

    def open_file(self, title: str, filter_text: str = "") -> Path | None:
        return self.file


class MemoryDaily:
    """The prompt card's memory of the last prompt of the day, kept in a dict."""

    def __init__(self) -> None:
        self.shown: dict[date, str] = {}

    def previous_for(self, day: date) -> str | None:
        earlier = [d for d in self.shown if d < day]
        return self.shown[max(earlier)] if earlier else None

    def remember(self, day: date, prompt_id: str) -> None:
        self.shown.setdefault(day, prompt_id)
