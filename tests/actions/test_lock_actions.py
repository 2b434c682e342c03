"""Locking the open journal (what Preferences does): it stays open and usable throughout."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal.actions import entries as act
from journal.actions import lock
from journal.core.filters import EntryFilter
from journal.store import crypto
from journal.store.database import Journal
from journal.store.errors import DiskFullError, WrongPassphraseError
from journal.store.search import search_entry_ids
from journal.store.templates import get_template, save_template

PASS = "a long walk home"


def _found(journal: Journal, text: str) -> list[str]:
    with journal.read() as session:
        return search_entry_ids(session, EntryFilter(text=text))


def test_lock_change_and_unlock_the_open_journal(journal: Journal) -> None:
    first = act.create_entry(journal, title="Before", body="written plainly").value
    steps: list[tuple[int, int]] = []
    recovery = lock.lock_journal(journal, PASS, progress=lambda d, t: steps.append((d, t))).value
    assert steps and steps[-1][0] == steps[-1][1]
    assert journal.encrypted and crypto.is_encrypted(journal.paths.root)
    # The same Journal object goes on working, now under the key.
    second = act.create_entry(journal, title="After", body="written locked").value
    assert _found(journal, "plainly") == [first]
    assert _found(journal, "locked") == [second]
    assert not (journal.paths.database.read_bytes().startswith(b"SQLite format 3"))

    with pytest.raises(WrongPassphraseError):
        lock.change_passphrase(journal, "not the passphrase", "another long one")
    lock.change_passphrase(journal, PASS, "another long one")
    lock.change_passphrase(journal, recovery, "third long phrase", recovery_key=True)
    with pytest.raises(WrongPassphraseError):
        lock.unlock_journal(journal, PASS)
    save_template(journal.paths, "lab-notes", "Lab notes", "Hypothesis about owls")
    template_file = journal.paths.root / "templates" / "lab-notes.md"
    assert b"owls" not in template_file.read_bytes()
    lock.unlock_journal(journal, "third long phrase")
    assert b"Hypothesis about owls" in template_file.read_bytes()  # plain Markdown again
    assert get_template(journal.paths, "lab-notes").body.strip() == "Hypothesis about owls"
    assert not journal.encrypted and not crypto.is_encrypted(journal.paths.root)
    assert journal.paths.database.read_bytes().startswith(b"SQLite format 3")
    third = act.create_entry(journal, title="Plain again", body="unlocked words").value
    assert _found(journal, "unlocked") == [third]
    assert _found(journal, "locked") == [second]


def test_a_failed_lock_leaves_the_open_journal_as_it_was(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = act.create_entry(journal, title="Kept", body="still plain").value

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(crypto, "_export_database", full)
    with pytest.raises(DiskFullError):
        lock.lock_journal(journal, PASS)
    assert not journal.encrypted and not crypto.is_encrypted(journal.paths.root)
    act.save_draft(journal, entry, "Kept", "still plain, and more")
    assert _found(journal, "more") == [entry]


def test_a_read_during_locking_waits_and_then_reads_the_locked_journal(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    entry = act.create_entry(journal, title="Waiting", body="patient words").value
    real = crypto._export_database
    results: list[list[str]] = []
    reader: list[threading.Thread] = []

    def export_and_read(*args: object) -> None:
        if not reader:  # another thread asks to read while the files are being rewritten
            thread = threading.Thread(target=lambda: results.append(_found(journal, "patient")))
            reader.append(thread)
            thread.start()
            thread.join(timeout=0.5)
            assert thread.is_alive()  # it waits for the journal instead of reading mid-change
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(crypto, "_export_database", export_and_read)
    lock.lock_journal(journal, PASS)
    reader[0].join(timeout=10)
    assert results == [[entry]]
    assert journal.encrypted
