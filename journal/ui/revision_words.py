"""How a revision is described to the student: one wording for History and "How it grew".

The strings live in the "RevisionHistory" translation context, where the
History panel has always looked them up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal.core.enums import RevisionReason


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("RevisionHistory", text, disambiguation, n)


def reason_words(reason: str, restored_from_seq: int | None) -> str:
    """Why this revision was kept, in a student's words."""
    if reason == RevisionReason.RESTORE:
        if restored_from_seq is None:
            return _tr("Restored from an earlier draft")
        return _tr("Restored from draft %1").replace("%1", str(restored_from_seq))
    reasons: dict[str, str] = {
        RevisionReason.SAVE: _tr("Saved"),
        RevisionReason.LEAVE: _tr("Kept when you moved to another entry"),
        RevisionReason.QUIET: _tr("Kept after a pause in writing"),
        RevisionReason.QUIT: _tr("Kept when you closed the app"),
        RevisionReason.IMPORT: _tr("Brought in from a portfolio"),
    }
    return reasons.get(reason, _tr("Saved"))


def note_words(reason: str, note: str, seq: int, restored_from_seq: int | None) -> str:
    """The note as History shows it: the student's note, with the reason when it says something."""
    if reason == RevisionReason.RESTORE:
        said = reason_words(reason, restored_from_seq)
        if note:
            return _tr("%1: %2", "reason, note").replace("%1", said).replace("%2", note)
        return said
    if note:
        return note
    if reason == RevisionReason.SAVE:
        return _tr("First draft") if seq == 1 else ""
    return reason_words(reason, restored_from_seq)
