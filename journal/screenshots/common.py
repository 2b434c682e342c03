"""What every screenshot does: let the widget settle, grab it, save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, path: Path, app: QApplication, *, clear_focus: bool = False) -> Path:
    """Show ``widget``, let it paint, and write it to ``path`` as PNG.

    With ``clear_focus`` no focus frame shows in the picture.
    """
    widget.show()
    settle(app)
    if clear_focus:
        widget.clearFocus()
        app.processEvents()
    widget.grab().save(str(path))
    print(f"wrote {path}")
    return path
