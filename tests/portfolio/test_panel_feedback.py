"""The panel round trip: a reviewer leaves wows, wonders, questions and ratings on
an exhibition carried in a portfolio; the student imports them onto the stations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from journal.actions import exhibitions as act
from journal.core.exhibitions import PanelNoteKind
from journal.portfolio.errors import ImportRefused
from journal.portfolio.export import export_portfolio
from journal.portfolio.feedback import import_feedback, parse_feedback
from journal.portfolio.review import ReviewSession, load_for_review
from journal.store.database import Journal
from journal.store.models import PanelNote
from journal.store.read_models.exhibitions import exhibition_detail
from tests.portfolio.conftest import Filled


def _shown(filled: Filled) -> tuple[str, str]:
    exhibition_id = act.create_exhibition(filled.journal, "Bridges", format="presentation").value
    station_id = act.add_station(filled.journal, exhibition_id, filled.shared_id).value
    act.set_station_links(filled.journal, station_id, criterion_ids=[filled.criterion_id])
    return exhibition_id, station_id


def _review_notes(review: ReviewSession, exhibition_id: str, station_id: str) -> None:
    review.add_panel_note(exhibition_id, PanelNoteKind.WOW, "The triangles test!",
                          station_id=station_id)  # fmt: skip
    review.add_panel_note(exhibition_id, PanelNoteKind.WONDER, "Why straws, not card?",
                          station_id=station_id)  # fmt: skip
    review.add_panel_note(exhibition_id, PanelNoteKind.RATING, station_id=station_id,
                          criterion_id=_criterion(review), level=3)  # fmt: skip
    review.add_panel_note(exhibition_id, PanelNoteKind.QUESTION, "What would you change?")


def _criterion(review: ReviewSession) -> str:
    return review.exhibitions[0].stations[0].criteria[0][0]


def _panel_count(journal: Journal) -> int:
    with journal.read() as s:
        return int(s.scalar(select(func.count()).select_from(PanelNote)) or 0)


def test_panel_notes_go_out_in_the_feedback_file_and_land_on_the_station(
    filled: Filled, tmp_path: Path
) -> None:
    exhibition_id, station_id = _shown(filled)
    archive = export_portfolio(filled.journal, tmp_path / "p.portfolio.zip").path
    with load_for_review(archive) as review:
        [exhibition] = review.exhibitions
        assert exhibition.id == exhibition_id
        [station] = exhibition.stations
        assert station.id == station_id
        assert station.criteria == ((filled.criterion_id, "I explain why triangles help"),)
        _review_notes(review, exhibition_id, station_id)
        with pytest.raises(ValueError):  # a rating is of a criterion the station links to
            review.add_panel_note(exhibition_id, PanelNoteKind.RATING, station_id=station_id,
                                  criterion_id="not-linked", level=2)  # fmt: skip
        with pytest.raises(ValueError):
            review.add_panel_note(exhibition_id, PanelNoteKind.WOW, "   ")
        feedback = review.write_feedback(tmp_path / "ok.feedback.json", author_name="Ms Okafor")

    result = import_feedback(filled.journal, feedback)
    assert result.counts["comments"] == 4
    detail = exhibition_detail(filled.journal, exhibition_id)
    by_kind = {n.kind: n for n in detail.panel_notes}
    assert by_kind[PanelNoteKind.WOW].text == "The triangles test!"
    assert by_kind[PanelNoteKind.WOW].station_id == station_id
    assert by_kind[PanelNoteKind.WOW].author_name == "Ms Okafor"
    assert by_kind[PanelNoteKind.RATING].level == 3
    assert by_kind[PanelNoteKind.RATING].criterion_id == filled.criterion_id
    assert by_kind[PanelNoteKind.QUESTION].station_id is None
    # The same file again adds nothing twice.
    again = import_feedback(filled.journal, feedback)
    assert again.counts["comments"] == 0
    assert _panel_count(filled.journal) == 4


def _doc(filled: Filled, tmp_path: Path) -> tuple[dict[str, Any], str, str]:
    exhibition_id, station_id = _shown(filled)
    archive = export_portfolio(filled.journal, tmp_path / "p.portfolio.zip").path
    with load_for_review(archive) as review:
        _review_notes(review, exhibition_id, station_id)
        path = review.write_feedback(tmp_path / "f.feedback.json", author_name="Ms Okafor")
    return json.loads(path.read_text(encoding="utf-8")), exhibition_id, station_id


def test_a_station_from_another_exhibition_is_refused_and_nothing_is_added(
    filled: Filled, tmp_path: Path
) -> None:
    doc, _exhibition_id, _station_id = _doc(filled, tmp_path)
    other = act.create_exhibition(filled.journal, "Another").value
    doc["panel_notes"][0]["exhibition_id"] = other  # the station is not in that one
    path = tmp_path / "moved.feedback.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ImportRefused, match="isn't in this journal"):
        import_feedback(filled.journal, path)
    assert _panel_count(filled.journal) == 0


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("kind", "grade", "should be one of"),
        ("level", 7, "between 1 and 4"),
        ("station_id", "../../x", "should be an id"),
        ("text", "x" * 20_001, "20,000"),
    ],
)
def test_a_hostile_panel_note_is_refused_in_one_sentence(
    filled: Filled, tmp_path: Path, field: str, value: object, problem: str
) -> None:
    doc, _e, _s = _doc(filled, tmp_path)
    rating = next(n for n in doc["panel_notes"] if n["kind"] == "rating")
    rating[field] = value
    with pytest.raises(ImportRefused) as refused:
        parse_feedback(json.dumps(doc).encode(), "f.feedback.json")
    message = str(refused.value)
    assert problem in message and "\n" not in message


def test_a_version_1_0_file_without_panel_notes_still_imports(
    filled: Filled, tmp_path: Path
) -> None:
    doc, _e, _s = _doc(filled, tmp_path)
    doc["format_version"] = "1.0"
    del doc["panel_notes"]
    parsed = parse_feedback(json.dumps(doc).encode(), "old.feedback.json")
    assert parsed.panel_notes == []
