"""Autosave: a word typed is a word kept.

The working draft is written about a second and a half after typing stops
(without touching history); a revision is cut after a quiet period of
editing, on leaving the entry and on quit. Writes are small single-row
transactions, well under a frame on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from journal.actions import entries
from journal.core.enums import RevisionReason, utcnow
from journal.store.errors import JournalError
from journal.store.read_models.entries import RevisionInfo
from journal.ui.runner import ActionRunner


class AutosaveController(QObject):
    """Keeps one entry's editor text safe.

    Signals:
        draft_saved(datetime): the working draft was written.
        revision_saved(str, str): a revision was cut (entry id, revision id).
        save_failed(str): a write failed; the message is one clear sentence.
        dirty_changed(bool): whether there is typing not yet written to disk.
    """

    draft_saved = Signal(object)
    revision_saved = Signal(str, str)
    save_failed = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(
        self,
        runner: ActionRunner,
        read_text: Callable[[], tuple[str, str]],
        *,
        delay_ms: int = 1500,
        quiet_minutes: float = 10.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._read_text = read_text
        self.entry_id: str | None = None
        self._dirty = False
        # Set when the draft on disk differs from the latest revision.
        self._draft_ahead = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(delay_ms)
        self._draft_timer.timeout.connect(self.save_draft)
        self._quiet_timer = QTimer(self)
        self._quiet_timer.setSingleShot(True)
        self._quiet_timer.setInterval(int(quiet_minutes * 60_000))
        self._quiet_timer.timeout.connect(lambda: self.cut_revision(RevisionReason.QUIET))
        self.last_saved_at: datetime | None = None

    # -- configuration ---------------------------------------------------
    def set_delay_ms(self, delay_ms: int) -> None:
        self._draft_timer.setInterval(delay_ms)

    def set_quiet_minutes(self, minutes: float) -> None:
        self._quiet_timer.setInterval(int(minutes * 60_000))

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def has_unsaved_changes(self) -> bool:
        """Typing not yet cut into a revision (on disk as a draft or not yet)."""
        return self._dirty or self._draft_ahead

    # -- following the editor ---------------------------------------------
    def set_entry(self, entry_id: str | None, *, draft_ahead: bool = False) -> None:
        self._draft_timer.stop()
        self._quiet_timer.stop()
        self.entry_id = entry_id
        self._set_dirty(False)
        self._draft_ahead = draft_ahead
        self.last_saved_at = None

    def mark_draft_ahead(self) -> None:
        """Something besides typing (files added or taken out) changed since the last revision."""
        if self.entry_id is not None:
            self._draft_ahead = True

    def note_edit(self) -> None:
        if self.entry_id is None:
            return
        self._set_dirty(True)
        self._draft_timer.start()
        self._quiet_timer.start()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    # -- writing -----------------------------------------------------------
    def save_draft(self) -> bool:
        """Write the editor's text as the working draft now. False if the write failed."""
        self._draft_timer.stop()
        if self.entry_id is None or not self._dirty:
            return True
        title, body = self._read_text()
        try:
            outcome = self._runner.run(
                entries.save_draft, self.entry_id, title, body, initiator=self, quiet=True
            )
        except JournalError as exc:
            self.save_failed.emit(str(exc))
            self._draft_timer.start()  # try again later; the text is still in the editor
            return False
        self._set_dirty(False)
        if outcome is not None and outcome.value:
            self._draft_ahead = True
        self.last_saved_at = utcnow()
        self.draft_saved.emit(self.last_saved_at)
        return True

    def cut_revision(
        self, reason: RevisionReason | str = RevisionReason.SAVE, note: str | None = None
    ) -> RevisionInfo | None:
        """Save the draft and cut a revision of it (nothing if the text is unchanged)."""
        self._quiet_timer.stop()
        if self.entry_id is None:
            return None
        if not self.save_draft():
            return None
        try:
            outcome = self._runner.run(
                entries.save_revision,
                self.entry_id,
                note=note,
                reason=RevisionReason(reason),
                initiator=self,
                quiet=True,
            )
        except JournalError as exc:
            self.save_failed.emit(str(exc))
            return None
        revision = outcome.value if outcome is not None else None
        self._draft_ahead = False
        self.last_saved_at = utcnow()
        if revision is not None:
            self.revision_saved.emit(self.entry_id, revision.id)
        return revision

    def leave(self, reason: RevisionReason | str = RevisionReason.LEAVE) -> bool:
        """Before the editor shows something else: keep everything typed. False on failure."""
        if self.entry_id is None:
            return True
        if self.has_unsaved_changes:
            self.cut_revision(reason)
        return not self.has_unsaved_changes
