"""An exhibition page from a journal locked with a passphrase shows the pictures (decrypted)."""

from __future__ import annotations

import base64
import re
from pathlib import Path

from journal.portfolio.exhibition import export_exhibition
from journal.store import crypto
from journal.store.database import Journal
from tests.exhibitions.helpers import build_exhibition

PASS = "gallery walk phrase"


def test_exhibition_page_of_a_locked_journal_has_its_pictures(
    data_dir: Path, tmp_path: Path
) -> None:
    with Journal.open(data_dir, auto_backup=False) as journal:
        built = build_exhibition(journal, tmp_path)
        plain_page = tmp_path / "plain.exhibition.html"
        export_exhibition(journal, built.exhibition_id, plain_page, audience="panel")
    crypto.enable_encryption(data_dir, PASS)
    with Journal.open(data_dir, passphrase=PASS, auto_backup=False) as journal:
        locked_page = tmp_path / "locked.exhibition.html"
        export_exhibition(journal, built.exhibition_id, locked_page, audience="panel")

    def pictures(page: Path) -> list[bytes]:
        found = re.findall(r'src="data:image/[a-z+]+;base64,([A-Za-z0-9+/=]*)"', page.read_text())
        return [base64.b64decode(data) for data in found]

    assert pictures(locked_page)
    assert pictures(locked_page) == pictures(plain_page)
