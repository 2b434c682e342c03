"""Errors of files coming in and going out, each one sentence a student can act on."""

from __future__ import annotations

from journal.store.errors import JournalError


class ImportRefused(JournalError):
    """A file that was not taken in because it can't be trusted or isn't what it claims.

    Raised before anything changes: the journal is exactly as it was.
    """


class ExportCancelled(JournalError):
    """The person stopped an export; no partial file was left behind."""


class ExportFailed(JournalError):
    """An export could not be written; no partial file was left behind."""
