"""The one stand-in for the window's dialog seam, :class:`journal.ui.dialogs.Asker`.

Use the ``fake_asker`` fixture (``tests/ui/conftest.py``) or build one with the
answers a test needs, and put it where the widget keeps its seam
(``window.ask = fake_asker``). Nothing here opens a dialog, so tests never block.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from journal.ui.dialogs import Asker


@dataclass(frozen=True)
class Question:
    """One thing the widget asked or told: which seam method, its title and text."""

    kind: str
    title: str
    text: str = ""


class FakeAsker(Asker):
    """Answers as told and records everything it was asked.

    ``asked`` holds the text of every confirmation, ``informed`` and ``errors``
    the messages shown, ``suggested`` the file names offered when saving, and
    ``questions`` all of them in order. Change ``answer`` and the paths between
    steps of a test to answer differently.
    """

    def __init__(
        self,
        *,
        answer: bool = True,
        open_path: Path | None = None,
        files: list[Path] | None = None,
        save_path: Path | None = None,
        folder_path: Path | None = None,
    ) -> None:
        # No parent widget: a fake never shows anything.
        self.answer = answer
        self.open_path = open_path
        self.files = files or []
        self.save_path = save_path
        self.folder_path = folder_path
        self.questions: list[Question] = []
        self.asked: list[str] = []
        self.informed: list[str] = []
        self.errors: list[str] = []
        self.suggested: list[str] = []

    def confirm(self, title: str, text: str, *, yes: str | None = None) -> bool:
        self.questions.append(Question("confirm", title, text))
        self.asked.append(text)
        return self.answer

    def keep_or_discard(
        self, title: str, text: str, *, discard: str, keep: str | None = None
    ) -> bool:
        """``answer`` True means "discard" (the question's destructive choice)."""
        self.questions.append(Question("keep_or_discard", title, text))
        self.asked.append(text)
        return self.answer

    def inform(self, title: str, text: str) -> None:
        self.questions.append(Question("inform", title, text))
        self.informed.append(text)

    def error(self, title: str, text: str) -> None:
        self.questions.append(Question("error", title, text))
        self.errors.append(text)

    def open_files(self, title: str, filter_text: str = "") -> list[Path]:
        self.questions.append(Question("open_files", title))
        return list(self.files)

    def open_file(self, title: str, filter_text: str = "") -> Path | None:
        self.questions.append(Question("open_file", title))
        return self.open_path

    def save_file(self, title: str, suggested: str, filter_text: str = "") -> Path | None:
        self.questions.append(Question("save_file", title, suggested))
        self.suggested.append(suggested)
        return self.save_path

    def folder(self, title: str) -> Path | None:
        self.questions.append(Question("folder", title))
        return self.folder_path


def asker_of(widget: object) -> FakeAsker:
    """The :class:`FakeAsker` a test put into ``widget.ask``."""
    ask = getattr(widget, "ask", None)
    assert isinstance(ask, FakeAsker), f"{type(widget).__name__}.ask is not a FakeAsker"
    return ask
