"""Locking the open journal with a passphrase, changing it, and taking it off.

Long work (locking rewrites every file): run with ``runner.submit``. None of
these can be undone from Edit → Undo; each has its own opposite, which asks
for the passphrase again.
"""

from __future__ import annotations

from collections.abc import Callable

from journal.actions.base import Changes, Outcome, action
from journal.store import crypto
from journal.store.database import Journal


@action("Lock with a passphrase")
def lock_journal(
    journal: Journal, passphrase: str, *, progress: Callable[[int, int], None] | None = None
) -> Outcome[str]:
    """Encrypt the open journal; the value is the recovery key (to show once)."""
    recovery = crypto.enable_encryption(
        journal.paths.root,
        passphrase,
        backups_dir=journal.paths.backup_root,
        progress=progress,
        journal=journal,
    )
    return Outcome(recovery, Changes())


@action("Remove the passphrase")
def unlock_journal(
    journal: Journal,
    secret: str,
    *,
    recovery_key: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Outcome[None]:
    """Store the open journal without encryption again (its passphrase or recovery key)."""
    crypto.disable_encryption(
        journal.paths.root,
        None if recovery_key else secret,
        recovery_key=secret if recovery_key else None,
        backups_dir=journal.paths.backup_root,
        progress=progress,
        journal=journal,
    )
    return Outcome(None, Changes())


@action("Change the passphrase")
def change_passphrase(
    journal: Journal, old: str, new: str, *, recovery_key: bool = False
) -> Outcome[None]:
    """A new passphrase for the open journal (unlocked by the old one or the recovery key)."""
    crypto.change_passphrase(
        journal.paths.root,
        None if recovery_key else old,
        new,
        recovery_key=old if recovery_key else None,
    )
    return Outcome(None, Changes())
