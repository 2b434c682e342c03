"""What leaves the app can be read by whoever the student gives it to; the journal stays theirs.

Exports were written under an owner-only temporary name (0600, folders 0700)
and renamed into place with that mode: a teacher's shared folder or the school
web server could not open them. Every kind of export now gets the mode any new
file gets (0666/0777 less the umask); backups stay owner-only.
"""

from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal.portfolio.exhibition import ExhibitFormat, export_exhibition
from journal.portfolio.export import export_portfolio
from journal.portfolio.feedback import new_feedback_file, write_feedback_file
from journal.store.backup import make_backup
from journal.store.database import Journal
from journal.store.files import make_shareable, umask
from tests.exhibitions.helpers import build_exhibition

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture(params=[0o022, 0o077, 0o002])
def mask(request: pytest.FixtureRequest) -> Iterator[int]:
    before = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(before)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _every_export(journal: Journal, tmp_path: Path) -> list[Path]:
    work, out = tmp_path / "work", tmp_path / "out"
    work.mkdir(parents=True)
    out.mkdir(parents=True)
    built = build_exhibition(journal, work)
    made = [
        export_portfolio(journal, out / "me.portfolio.zip").path,
        export_portfolio(journal, out / "site", format="html").path,
        export_portfolio(journal, out / "me.pdf", format="pdf").path,
        write_feedback_file(
            new_feedback_file(
                portfolio_id=str(uuid.uuid4()), journal_id=str(uuid.uuid4()),
                student_name="Sam Rivera", author_name="Ms Diaz",
            ),
            out / "sam.feedback.json",
        ),
    ]  # fmt: skip
    for fmt in ExhibitFormat:
        made.append(
            export_exhibition(journal, built.exhibition_id, out / f"show-{fmt}", format=fmt).path
        )
    return made


def test_every_export_gets_the_mode_of_a_new_file(
    journal: Journal, tmp_path: Path, mask: int
) -> None:
    assert umask() == mask
    made = _every_export(journal, tmp_path)
    assert len(made) == 7
    for path in made:
        if path.is_dir():
            assert _mode(path) == 0o777 & ~mask, path
            inside = list(path.rglob("*"))
            assert any(p.is_dir() for p in inside) and any(p.is_file() for p in inside)
            for item in inside:
                want = (0o777 if item.is_dir() else 0o666) & ~mask
                assert _mode(item) == want, item
        else:
            assert _mode(path) == 0o666 & ~mask, path
    # Exporting again over the same files keeps them readable the same way.
    again = _every_export(journal, tmp_path / "second")
    assert all(_mode(p) in (0o666 & ~mask, 0o777 & ~mask) for p in again)


def test_backups_and_the_journal_stay_the_students_alone(
    journal: Journal, tmp_path: Path, mask: int
) -> None:
    assert _mode(journal.paths.root) == 0o700  # no other account can look in
    assert _mode(journal.paths.backups) == 0o700
    for backup in (make_backup(journal), make_backup(journal, out=tmp_path / "usb-copy.db")):
        assert _mode(backup) == 0o600, backup


def test_a_journal_folder_others_could_read_is_closed_at_open(tmp_path: Path, mask: int) -> None:
    folder = tmp_path / "journal"
    folder.mkdir()
    os.chmod(folder, 0o755)  # as an older version, or a copy, left it
    Journal.open(folder, auto_backup=False).close()
    assert _mode(folder) == 0o700


def test_a_folder_made_shareable_keeps_its_links_alone(tmp_path: Path, mask: int) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("mine")
    os.chmod(secret, 0o600)
    folder = tmp_path / "site"
    folder.mkdir(mode=0o700)
    (folder / "page.html").write_text("<p>hi</p>")
    (folder / "link").symlink_to(secret)
    make_shareable(folder)
    assert _mode(folder / "page.html") == 0o666 & ~mask
    assert _mode(secret) == 0o600  # a link inside is not followed
