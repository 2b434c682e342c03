"""Errors the store raises, each with one sentence a student can act on."""

from __future__ import annotations


class JournalError(Exception):
    """A problem the user can do something about; ``str(err)`` is the message."""


class JournalLockedError(JournalError):
    pass


class ReadOnlyFolderError(JournalError):
    pass


class DiskFullError(JournalError):
    pass


class CorruptDatabaseError(JournalError):
    pass


class NotFoundError(JournalError):
    pass


class PassphraseRequiredError(JournalError):
    """The journal is locked with a passphrase and none was given."""


class WrongPassphraseError(JournalError):
    pass


class KeyFileDamagedError(JournalError):
    pass


class NewerEncryptionError(JournalError):
    pass


class EncryptionStateError(JournalError):
    """Asked to lock a locked journal, or to unlock a plain one."""
