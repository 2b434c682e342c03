"""An exhibition travels inside the portfolio archive (a teacher sees it in review),
but only when everything it shows is already in the portfolio."""

from __future__ import annotations

import zipfile
from pathlib import Path

from journal.actions import exhibitions as act
from journal.portfolio.export import export_portfolio
from journal.portfolio.model import ExportOptions, RevisionChoice
from journal.portfolio.review import load_for_review
from tests.portfolio.conftest import SECRET, Filled


def _names(path: Path) -> set[str]:
    with zipfile.ZipFile(path) as archive:
        return set(archive.namelist())


def _read(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode()


def _exhibition(filled: Filled, title: str, entry_ids: list[str]) -> str:
    exhibition_id = act.create_exhibition(filled.journal, title, format="conference").value
    for entry_id in entry_ids:
        station = act.add_station(filled.journal, exhibition_id, entry_id).value
        act.set_captions(filled.journal, station, topic="Triangles hold.", myself="I persist.")
    return exhibition_id


def test_the_exhibition_is_a_page_in_the_archive_linked_from_the_overview(
    filled: Filled, tmp_path: Path
) -> None:
    shown = _exhibition(filled, "How I built a bridge", [filled.shared_id])
    out = tmp_path / "p.portfolio.zip"
    export_portfolio(filled.journal, out)
    page_name = f"exhibitions/{shown}.html"
    assert page_name in _names(out)
    page = _read(out, page_name)
    assert "How I built a bridge" in page and "Triangles hold." in page
    assert f'href="exhibitions/{shown}.html"' in _read(out, "index.html")

    with load_for_review(out) as review:
        [exhibition] = review.exhibitions
        title, file = exhibition.title, exhibition.page
        assert exhibition.id == shown
        assert title.startswith("How I built a bridge")
        assert file.read_text(encoding="utf-8") == page
        assert file.is_relative_to(review.folder)  # removed with the review
    assert not file.exists()


def test_an_exhibition_showing_a_private_entry_stays_behind(
    filled: Filled, tmp_path: Path
) -> None:
    mixed = _exhibition(filled, "Everything", [filled.shared_id, filled.private_id])
    out = tmp_path / "p.portfolio.zip"
    export_portfolio(filled.journal, out)
    assert not any(n.startswith("exhibitions/") for n in _names(out))
    assert "Everything" not in _read(out, "index.html")
    with zipfile.ZipFile(out) as archive:
        assert all(SECRET.encode() not in archive.read(n) for n in archive.namelist())
    del mixed


def test_a_pinned_draft_the_portfolio_leaves_out_keeps_the_exhibition_out(
    filled: Filled, tmp_path: Path
) -> None:
    """With only first and last versions exported, a station pinned to the middle
    draft would show a draft the student chose not to send."""
    exhibition_id = _exhibition(filled, "Middle draft", [filled.shared_id])
    from journal.store.read_models.exhibitions import entry_drafts, exhibition_detail

    drafts = entry_drafts(filled.journal, filled.shared_id)
    assert len(drafts) == 3
    (station,) = exhibition_detail(filled.journal, exhibition_id).stations
    act.pin_revision(filled.journal, station.id, drafts[1].revision_id)
    out = tmp_path / "first-last.portfolio.zip"
    export_portfolio(filled.journal, out, ExportOptions(revisions=RevisionChoice.FIRST_LAST))
    assert not any(n.startswith("exhibitions/") for n in _names(out))
    everything = tmp_path / "all.portfolio.zip"
    export_portfolio(filled.journal, everything)
    assert f"exhibitions/{exhibition_id}.html" in _names(everything)
