"""Export then import gives the same journal data; importing twice adds nothing twice."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from sqlalchemy import select

from journal.portfolio.export import collect_for_export, export_portfolio
from journal.portfolio.imports import import_file
from journal.portfolio.model import ExportOptions, PortfolioData
from journal.store.attachments import blob_path
from journal.store.database import Journal
from journal.store.entries import revision_is_intact, save_revision
from journal.store.models import LearnerProfile, Revision
from journal.store.search import EntryFilter, search_entry_ids
from tests.portfolio.conftest import Filled, table_counts

EVERYTHING = ExportOptions(include_private=True)


def comparable(data: PortfolioData) -> dict[str, Any]:
    plain = dataclasses.asdict(data)
    for key in ("portfolio_id", "created_at", "private_entries_left_out",
                "private_goals_left_out", "missing_attachments", "trashed_entries_left_out",
                "reflections_left_out", "feedback_left_out", "full_name"):  # fmt: skip
        plain.pop(key)
    return plain


def test_round_trip_into_a_new_journal_gives_the_same_data(
    filled: Filled, second_journal: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "ada.portfolio.zip"
    export_portfolio(filled.journal, out, EVERYTHING)
    result = import_file(second_journal, out, "portfolio")
    assert result.counts["entries"] == 3 and result.counts["goals"] == 2
    before = collect_for_export(filled.journal, EVERYTHING)
    after = collect_for_export(second_journal, EVERYTHING)
    assert comparable(after) == comparable(before)
    for sha in after.attachments:
        assert (
            blob_path(second_journal.paths, sha).read_bytes()
            == blob_path(filled.journal.paths, sha).read_bytes()
        )
    with second_journal.read() as s:
        assert all(revision_is_intact(r) for r in s.scalars(select(Revision)))
        # The imported text is searchable (the search index was kept in step).
        assert search_entry_ids(s, EntryFilter(text="triangles")) == [filled.shared_id]
        profile = s.scalar(select(LearnerProfile))
        assert profile is not None and profile.name == "Ada Example"


def test_importing_the_same_archive_twice_adds_nothing(
    filled: Filled, second_journal: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "ada.portfolio.zip"
    export_portfolio(filled.journal, out, EVERYTHING)
    import_file(second_journal, out)
    counts = table_counts(second_journal)
    again = import_file(second_journal, out)
    assert not any(again.counts.values())
    assert "already" in again.summary
    assert table_counts(second_journal) == counts


def test_merging_adds_only_the_missing_revisions(
    filled: Filled, second_journal: Journal, tmp_path: Path
) -> None:
    first = tmp_path / "first.portfolio.zip"
    export_portfolio(filled.journal, first)
    import_file(second_journal, first)
    with filled.journal.write() as s:
        save_revision(s, filled.shared_id, body="A fourth version after the fair.", note="Fair")
    later = tmp_path / "later.portfolio.zip"
    export_portfolio(filled.journal, later)
    result = import_file(second_journal, later)
    assert result.counts["revisions"] == 1 and result.counts["entries_merged"] == 1
    with second_journal.read() as s:
        seqs = list(
            s.scalars(
                select(Revision.seq)
                .where(Revision.entry_id == filled.shared_id)
                .order_by(Revision.seq)
            )
        )
    assert seqs == [1, 2, 3, 4]


def test_a_journal_with_its_own_entries_keeps_its_identity(
    filled: Filled, second_journal: Journal, tmp_path: Path
) -> None:
    from journal.store.entries import create_entry

    with second_journal.write() as s:
        create_entry(s, title="Mine", body="my own", privacy="shareable")
        mine = s.scalar(select(LearnerProfile))
        assert mine is not None
        own_id = mine.journal_id
    out = tmp_path / "ada.portfolio.zip"
    export_portfolio(filled.journal, out)
    import_file(second_journal, out)
    with second_journal.read() as s:
        profile = s.scalar(select(LearnerProfile))
        assert profile is not None and profile.journal_id == own_id
