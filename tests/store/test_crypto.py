"""Lock and encryption at rest: passphrase, recovery key, all-or-nothing conversion."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from journal.actions import attachments as attachment_actions
from journal.actions import entries as entry_actions
from journal.core.filters import EntryFilter
from journal.store import backup, crypto
from journal.store import sqlite as sq
from journal.store.attachments import blob_path, read_blob
from journal.store.check import check_journal
from journal.store.database import Journal
from journal.store.errors import (
    DiskFullError,
    EncryptionStateError,
    JournalError,
    KeyFileDamagedError,
    NewerEncryptionError,
    PassphraseRequiredError,
    WrongPassphraseError,
)
from journal.store.paths import JournalPaths
from journal.store.search import search_entry_ids

PASS = "correct horse battery"


def _snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != "journal.lock"
    }


def _fill(root: Path, tmp_path: Path) -> tuple[str, str]:
    """An entry with a picture attached, and a backup; returns (entry id, attachment sha)."""
    picture = tmp_path / "drawing.txt"
    picture.write_bytes(b"my drawing of a volcano " * 5000)  # several file chunks
    with Journal.open(root) as journal:
        entry_id = entry_actions.create_entry(
            journal, title="Volcanoes", body="Magma rises through the crust"
        ).value
        stored = attachment_actions.store_files(journal, [picture]).value.stored
        attachment_actions.attach_files(journal, entry_id, stored)
        entry_actions.save_revision(journal, entry_id)
        backup.make_backup(journal)
    return entry_id, stored[0].sha256


def test_lock_open_search_and_unlock(data_dir: Path, tmp_path: Path) -> None:
    entry_id, sha = _fill(data_dir, tmp_path)
    plain_blob = blob_path(JournalPaths(data_dir), sha).read_bytes()
    assert not crypto.is_encrypted(data_dir)

    recovery = crypto.enable_encryption(data_dir, PASS)

    assert crypto.is_encrypted(data_dir)
    assert len(crypto.normalize_recovery_key(recovery)) == 30
    assert not (data_dir / crypto.PENDING_MARKER).exists()
    assert not list(data_dir.rglob("*.lj-encrypt"))
    # Nothing under the folder reads as plain SQLite or holds the attachment's bytes.
    for path in data_dir.rglob("*"):
        if path.is_file() and path.name not in ("journal.lock", "journal.key"):
            data = path.read_bytes()
            assert not data.startswith(b"SQLite format 3"), path
            assert b"volcano" not in data and b"Magma" not in data, path
    assert sq.quick_check(data_dir / "journal.db") != "ok"  # plain SQLite can't read it

    with pytest.raises(PassphraseRequiredError, match="type its passphrase"):
        Journal.open(data_dir)
    with pytest.raises(WrongPassphraseError, match="not the one this journal was locked with"):
        Journal.open(data_dir, passphrase="wrong horse battery")
    # A refused open leaves the folder free: the right passphrase opens it at once.
    with Journal.open(data_dir, passphrase=PASS) as journal:
        assert journal.encrypted
        with journal.read() as session:
            assert search_entry_ids(session, EntryFilter(text="magma")) == [entry_id]
        assert read_blob(journal.paths, sha) == plain_blob
        assert check_journal(journal) == []
        backup.make_backup(journal)
        newest = backup.list_backups(journal.paths)[0].path
        assert not newest.read_bytes().startswith(b"SQLite format 3")
        assert journal.paths.data_key is not None
        assert backup.journal_file_problem(newest, journal.paths.data_key.db_key) is None
        # A new attachment in a locked journal is stored encrypted.
        extra = tmp_path / "notes.txt"
        extra.write_bytes(b"second file about lava")
        stored = attachment_actions.store_files(journal, [extra]).value.stored[0]
        assert b"lava" not in blob_path(journal.paths, stored.sha256).read_bytes()
        assert read_blob(journal.paths, stored.sha256) == b"second file about lava"
    opened = Journal.open(data_dir, recovery_key=recovery.lower().replace("-", " "))
    with opened as journal, journal.read() as session:
        assert search_entry_ids(session, EntryFilter(text="crust")) == [entry_id]
    opened = Journal.open(data_dir, passphrase=PASS, read_only=True)
    with opened as journal, journal.read() as session:
        assert search_entry_ids(session, EntryFilter(text="volcanoes")) == [entry_id]

    crypto.disable_encryption(data_dir, PASS)

    assert not crypto.is_encrypted(data_dir)
    assert (data_dir / "journal.db").read_bytes().startswith(b"SQLite format 3")
    with Journal.open(data_dir) as journal:
        assert not journal.encrypted
        assert blob_path(journal.paths, sha).read_bytes() == plain_blob
        assert check_journal(journal) == []
        for info in backup.list_backups(journal.paths):
            assert backup.journal_file_problem(info.path) is None


def test_change_passphrase_keeps_recovery_key(data_dir: Path, tmp_path: Path) -> None:
    entry_id, _ = _fill(data_dir, tmp_path)
    recovery = crypto.enable_encryption(data_dir, PASS)
    db_before = (data_dir / "journal.db").read_bytes()
    with pytest.raises(WrongPassphraseError):
        crypto.change_passphrase(data_dir, "not it at all", "a brand new phrase")
    with pytest.raises(JournalError, match="at least 8 characters"):
        crypto.change_passphrase(data_dir, PASS, "short")
    crypto.change_passphrase(data_dir, PASS, "a brand new phrase")
    assert (data_dir / "journal.db").read_bytes() == db_before  # only the key file changed
    with pytest.raises(WrongPassphraseError):
        Journal.open(data_dir, passphrase=PASS)
    opened = Journal.open(data_dir, passphrase="a brand new phrase")
    with opened as journal, journal.read() as session:
        assert search_entry_ids(session, EntryFilter(text="magma")) == [entry_id]
    # Forgotten passphrase: the recovery key sets a new one.
    crypto.change_passphrase(data_dir, None, "third phrase here", recovery_key=recovery)
    Journal.open(data_dir, passphrase="third phrase here").close()
    with pytest.raises(EncryptionStateError, match="already locked"):
        crypto.enable_encryption(data_dir, "another phrase")


def test_failure_half_way_through_locking_changes_nothing(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_id, _ = _fill(data_dir, tmp_path)
    before = _snapshot(data_dir)
    calls = 0
    real = crypto._transform_file

    def failing(*args: object) -> None:
        nonlocal calls
        calls += 1
        real(*args)  # type: ignore[arg-type]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(crypto, "_transform_file", failing)
    with pytest.raises(DiskFullError, match=r"disk is full.*nothing was changed"):
        crypto.enable_encryption(data_dir, PASS)
    assert calls == 1
    assert _snapshot(data_dir) == before
    assert not crypto.is_encrypted(data_dir)
    with Journal.open(data_dir) as journal, journal.read() as session:
        assert search_entry_ids(session, EntryFilter(text="magma")) == [entry_id]


def test_crash_after_commit_is_finished_by_the_next_open(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_id, sha = _fill(data_dir, tmp_path)

    real = crypto.finish_pending

    def crash(paths: JournalPaths) -> bool:
        if not (paths.root / crypto.PENDING_MARKER).exists():
            return real(paths)  # the check before locking starts
        raise KeyboardInterrupt  # the process stops right after the key file appeared

    monkeypatch.setattr(crypto, "finish_pending", crash)
    with pytest.raises(KeyboardInterrupt):
        crypto.enable_encryption(data_dir, PASS)
    monkeypatch.undo()
    assert crypto.is_encrypted(data_dir)
    assert (data_dir / "journal.db").read_bytes().startswith(b"SQLite format 3")  # not yet
    assert list(data_dir.rglob("*.lj-encrypt"))
    with Journal.open(data_dir, passphrase=PASS) as journal:
        with journal.read() as session:
            assert search_entry_ids(session, EntryFilter(text="magma")) == [entry_id]
        assert read_blob(journal.paths, sha).startswith(b"my drawing")
    assert not list(data_dir.rglob("*.lj-encrypt"))
    assert not (data_dir / "journal.db").read_bytes().startswith(b"SQLite format 3")


def test_crash_before_commit_is_undone_by_the_next_open(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_id, _ = _fill(data_dir, tmp_path)
    before = _snapshot(data_dir)
    real = crypto._transform_file

    def killed(*args: object) -> None:
        real(*args)  # type: ignore[arg-type]
        raise SystemExit(137)

    monkeypatch.setattr(crypto, "_transform_file", killed)
    # SystemExit is not caught as an error: staged files are still cleaned up on the way out.
    with pytest.raises(SystemExit):
        crypto.enable_encryption(data_dir, PASS)
    assert _snapshot(data_dir) == before
    # A harder stop leaves the marker and staged copies behind: the next open removes them.
    (data_dir / crypto.PENDING_MARKER).write_text(crypto.ENCRYPT_SUFFIX)
    staged = data_dir / ("journal.db" + crypto.ENCRYPT_SUFFIX)
    staged.write_bytes(b"half written")
    with Journal.open(data_dir) as journal, journal.read() as session:
        assert search_entry_ids(session, EntryFilter(text="magma")) == [entry_id]
    assert not staged.exists() and not (data_dir / crypto.PENDING_MARKER).exists()


def test_key_file_problems_are_one_clear_sentence(data_dir: Path, tmp_path: Path) -> None:
    _fill(data_dir, tmp_path)
    crypto.enable_encryption(data_dir, PASS)
    key_file = data_dir / "journal.key"
    good = key_file.read_text()
    key_file.write_text(good[: len(good) // 2])
    with pytest.raises(KeyFileDamagedError, match=r"key file .* is damaged"):
        Journal.open(data_dir, passphrase=PASS)
    document = json.loads(good)
    document["version"] = 99
    key_file.write_text(json.dumps(document))
    with pytest.raises(NewerEncryptionError, match="newer version"):
        Journal.open(data_dir, passphrase=PASS)
    document = json.loads(good)
    document["slots"][0]["wrapped"] = document["slots"][1]["wrapped"]
    key_file.write_text(json.dumps(document))
    with pytest.raises(WrongPassphraseError):
        Journal.open(data_dir, passphrase=PASS)
    key_file.write_text(good)
    Journal.open(data_dir, passphrase=PASS).close()


def test_disk_too_small_is_refused_before_anything_is_written(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(data_dir, tmp_path)
    before = _snapshot(data_dir)
    monkeypatch.setattr(
        crypto.shutil, "disk_usage", lambda _p: crypto.shutil._ntuple_diskusage(10**9, 0, 1000)
    )
    with pytest.raises(DiskFullError, match=r"needs about .* MB free"):
        crypto.enable_encryption(data_dir, PASS)
    assert _snapshot(data_dir) == before


def test_file_cipher_detects_tampering() -> None:
    cipher = crypto.DataKey(b"k" * 32).files
    data = os.urandom(200_000)
    sealed = cipher.encrypt_bytes(data)
    assert cipher.decrypt_bytes(sealed) == data
    assert cipher.decrypt_bytes(cipher.encrypt_bytes(b"")) == b""
    with pytest.raises(ValueError):
        cipher.decrypt_bytes(sealed[:-100])  # truncated
    with pytest.raises(ValueError):
        cipher.decrypt_bytes(sealed[: 16 + 65536 + 16])  # the last chunks dropped
    flipped = bytearray(sealed)
    flipped[100] ^= 1
    with pytest.raises(ValueError):
        cipher.decrypt_bytes(bytes(flipped))
    with pytest.raises(ValueError):
        crypto.DataKey(b"x" * 32).files.decrypt_bytes(sealed)


def test_sqlcipher_has_fts5_with_the_journal_tokenizer(tmp_path: Path) -> None:
    con = sq.connect(tmp_path / "f.db", key=b"z" * 32)
    con.execute("CREATE VIRTUAL TABLE f USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
    con.execute("INSERT INTO f VALUES ('un café crème')")
    assert con.execute("SELECT body FROM f WHERE f MATCH 'cafe'").fetchall() == [("un café crème",)]
    con.close()



_KILLER = """
import os, signal, sys
from pathlib import Path
from journal.store import crypto

root = Path(sys.argv[1])
when = sys.argv[2]
if when == "staging":
    real = crypto._transform_file
    def transform(*args):
        real(*args)
        os.kill(os.getpid(), signal.SIGKILL)  # after one staged attachment
    crypto._transform_file = transform
else:
    real_finish = crypto.finish_pending
    def finish(paths):
        if (paths.root / crypto.PENDING_MARKER).exists() and paths.key_file.exists():
            os.kill(os.getpid(), signal.SIGKILL)  # the key file is in place, nothing moved
        return real_finish(paths)
    crypto.finish_pending = finish
crypto.enable_encryption(root, sys.argv[3])
"""


@pytest.mark.parametrize("when", ["staging", "committed"])
def test_a_killed_process_leaves_a_journal_that_opens(
    when: str, data_dir: Path, tmp_path: Path
) -> None:
    import signal
    import subprocess
    import sys

    entry_id, sha = _fill(data_dir, tmp_path)
    before = _snapshot(data_dir)
    done = subprocess.run(
        [sys.executable, "-c", _KILLER, str(data_dir), when, PASS],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert (data_dir / crypto.PENDING_MARKER).exists()
    if when == "staging":
        assert not crypto.is_encrypted(data_dir)
        with Journal.open(data_dir) as journal, journal.read() as session:
            assert search_entry_ids(session, EntryFilter(text="magma")) == [entry_id]
        after = _snapshot(data_dir)
        # Only what opening always does (its WAL); every staged copy is gone.
        assert {k: v for k, v in after.items() if not k.startswith("journal.db")} == {
            k: v for k, v in before.items() if not k.startswith("journal.db")
        }
        assert not list(data_dir.rglob("*.lj-encrypt"))
    else:
        assert crypto.is_encrypted(data_dir)
        with Journal.open(data_dir, passphrase=PASS) as journal:
            with journal.read() as session:
                assert search_entry_ids(session, EntryFilter(text="magma")) == [entry_id]
            assert read_blob(journal.paths, sha).startswith(b"my drawing")
        assert not list(data_dir.rglob("*.lj-encrypt"))
        for path in data_dir.rglob("*"):
            if path.is_file() and path.name not in ("journal.lock", "journal.key"):
                assert b"volcano" not in path.read_bytes(), path
    assert not (data_dir / crypto.PENDING_MARKER).exists()


def test_a_missing_key_file_is_named_not_called_damage(data_dir: Path, tmp_path: Path) -> None:
    from journal.store.recovery import recover

    _fill(data_dir, tmp_path)
    crypto.enable_encryption(data_dir, PASS)
    key_file = data_dir / "journal.key"
    kept = key_file.read_bytes()
    key_file.unlink()
    before = _snapshot(data_dir)
    with pytest.raises(KeyFileDamagedError, match=r"journal\.key is missing"):
        Journal.open(data_dir)
    with pytest.raises(KeyFileDamagedError, match=r"journal\.key is missing"):
        recover(JournalPaths(data_dir))
    assert _snapshot(data_dir) == before  # repair moved nothing aside
    key_file.write_bytes(kept)
    Journal.open(data_dir, passphrase=PASS).close()


def test_templates_and_damaged_copies_set_aside_are_locked_too(
    data_dir: Path, tmp_path: Path
) -> None:
    from journal.store.templates import get_template, save_template

    _fill(data_dir, tmp_path)
    aside = data_dir / "damaged-20260101T000000000000Z.db"
    aside.write_bytes(b"SQLite format 3\x00 an old copy with the word pelican in it")
    save_template(JournalPaths(data_dir), "owl-notes", "Owl notes", "pelican pellets")
    crypto.enable_encryption(data_dir, PASS)
    assert b"pelican" not in aside.read_bytes()
    assert b"pelican" not in (data_dir / "templates" / "owl-notes.md").read_bytes()
    with Journal.open(data_dir, passphrase=PASS) as journal:
        assert "pelican" in get_template(journal.paths, "owl-notes").body
    crypto.disable_encryption(data_dir, PASS)
    assert aside.read_bytes().endswith(b"the word pelican in it")
    assert b"pelican pellets" in (data_dir / "templates" / "owl-notes.md").read_bytes()
