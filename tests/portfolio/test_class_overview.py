"""The class overview: one row per portfolio, broken files listed with their reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from journal.portfolio.class_overview import scan_class_folder
from journal.portfolio.export import export_portfolio
from journal.portfolio.model import ExportOptions
from journal.portfolio.review import load_for_review
from journal.store.database import Journal
from journal.store.entries import create_entry
from tests.portfolio.conftest import Filled
from tests.portfolio.hostile import member, read_members, rebuild_portfolio


def test_folder_of_portfolios_becomes_rows_and_broken_files_have_reasons(
    filled: Filled, second_journal: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "class"
    folder.mkdir()
    ada = folder / "ada.portfolio.zip"
    export_portfolio(filled.journal, ada, ExportOptions(include_private=True))
    with second_journal.write() as s:
        from sqlalchemy import select

        from journal.store.models import LearnerProfile

        profile = s.scalar(select(LearnerProfile))
        assert profile is not None
        profile.name = "Ben Second"
        create_entry(
            s, title="Only one", body="x", privacy="shareable", learned_on=date(2026, 1, 5)
        )
    export_portfolio(second_journal, folder / "ben.portfolio.zip")
    (folder / "empty.zip").write_bytes(b"")
    rebuild_portfolio(
        folder / "evil.portfolio.zip",
        read_members(ada),
        extra=[member("../../x.txt", b"x")],
    )
    (folder / "notes.txt").write_text("not a portfolio")
    with load_for_review(ada) as review:
        review.add_comment("entry", filled.shared_id, "Good.")
        review.add_comment("goal", filled.goal_id, "Good goal.")
        review.write_feedback(folder / "ada.feedback.json", author_name="Mr Lee")
    (folder / "junk.feedback.json").write_text("{")

    progress: list[tuple[int, int]] = []
    overview = scan_class_folder(folder, progress=lambda d, t: progress.append((d, t)))
    assert [r.student_name for r in overview.rows] == ["Ada Example", "Ben Second"]
    ada_row, ben_row = overview.rows
    assert (ada_row.entries, ada_row.revisions, ada_row.goals) == (3, 5, 2)
    assert ada_row.goal_status == {"achieved": 1, "active": 1}
    assert ada_row.period == (date(2026, 3, 2), date(2026, 3, 5))
    assert ada_row.last_activity is not None
    assert (ada_row.feedback_files, ada_row.feedback_comments) == (1, 2)
    assert (ben_row.entries, ben_row.feedback_files) == (1, 0)
    broken = {b.path.name: b.reason for b in overview.broken}
    assert set(broken) == {"empty.zip", "evil.portfolio.zip", "junk.feedback.json"}
    assert "not a zip" in broken["empty.zip"]
    assert "climbs out" in broken["evil.portfolio.zip"]
    assert progress[-1] == (4, 4)
