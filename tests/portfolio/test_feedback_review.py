"""Teacher review and feedback: from a student's export to comments on the student's items."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from journal.portfolio.errors import ImportRefused
from journal.portfolio.export import export_portfolio
from journal.portfolio.feedback import (
    feedback_for_entry,
    feedback_marks,
    list_feedback,
    mark_feedback_read,
    read_feedback_file,
    unread_feedback_count,
)
from journal.portfolio.imports import import_file
from journal.portfolio.model import ExportOptions
from journal.portfolio.review import load_for_review, verify_portfolio
from journal.store.database import Journal
from journal.store.entries import create_entry
from journal.store.models import Entry, Feedback
from tests.portfolio.conftest import Filled, db_fingerprint, table_counts


@pytest.fixture
def exported(filled: Filled, tmp_path: Path) -> Path:
    out = tmp_path / "ada.portfolio.zip"
    export_portfolio(filled.journal, out, ExportOptions(include_private=True))
    return out


def test_teacher_reviews_comments_and_student_sees_the_comments(
    filled: Filled, exported: Path, tmp_path: Path, second_journal: Journal
) -> None:
    teacher_before = db_fingerprint(second_journal)  # the teacher's own journal
    with load_for_review(exported) as review:
        assert review.journal.read_only
        assert review.student_name == "Ada Example"
        assert "Ada Example’s portfolio" in review.banner and "read-only" in review.banner
        with review.journal.read() as s:
            titles = set(s.scalars(select(Entry.title)))
        assert "Bridge of straws" in titles
        with pytest.raises(Exception, match="read-only"), review.journal.write():
            pass
        one = review.add_comment("entry", filled.shared_id, "Clear testing!", author_name="Mr Lee")
        review.add_comment("entry", filled.xss_id, "Tell me more.")
        review.add_comment("goal", filled.goal_id, "Well planned.")
        review.add_comment("revision", filled.revision_ids[0], "Good first try.")
        review.add_comment("criterion", filled.criterion_id, "Yes.")
        review.add_comment("checkpoint", filled.checkpoint_id, "On track.")
        with pytest.raises(ValueError):
            review.add_comment("entry", "not-in-this-portfolio", "x")
        with pytest.raises(ValueError):
            review.add_comment("entry", filled.shared_id, "   ")
        assert review.comments_on("entry", filled.shared_id) == [one]
        out = review.write_feedback(tmp_path / review.default_feedback_name(), author_name="Mr Lee")
        folder = review.folder
    assert not folder.exists()
    assert db_fingerprint(second_journal) == teacher_before

    document = json.loads(out.read_text())
    assert document["format"] == "learning-journal-feedback" and document["format_version"] == "1.0"
    assert document["portfolio"]["journal_id"]
    assert document["portfolio"]["student_name"] == "Ada Example"
    assert len(document["comments"]) == 6

    result = import_file(filled.journal, out)
    assert result.kind == "feedback" and result.counts["comments"] == 6
    with filled.journal.read() as s:
        on_entry = [f.body for f in feedback_for_entry(s, filled.shared_id)]
        assert "Clear testing!" in on_entry and "Good first try." in on_entry
        goal_comments = list_feedback(s, target_kind="goal", target_ids=[filled.goal_id])
        assert [f.body for f in goal_comments] == ["Well planned."]
        marks = feedback_marks(s)
        assert marks[filled.shared_id].unread == 3  # two new here plus one from before
        assert marks[filled.xss_id].total == 1
        unread = unread_feedback_count(s)
    with filled.journal.write() as s:
        ids = [f.id for f in feedback_for_entry(s, filled.shared_id)]
        assert mark_feedback_read(s, ids) == 3
    with filled.journal.read() as s:
        assert unread_feedback_count(s) == unread - 3
        assert feedback_marks(s)[filled.shared_id].unread == 0


def test_reimporting_feedback_adds_nothing_twice(
    filled: Filled, exported: Path, tmp_path: Path
) -> None:
    with load_for_review(exported) as review:
        review.add_comment("entry", filled.shared_id, "Nice.")
        out = review.write_feedback(tmp_path / "f.feedback.json", author_name="Mr Lee")
    import_file(filled.journal, out, "feedback")
    counts = table_counts(filled.journal)
    again = import_file(filled.journal, out, "feedback")
    assert again.counts == {"comments": 0, "already_here": 1}
    assert table_counts(filled.journal) == counts


def test_feedback_for_another_journal_is_refused(
    filled: Filled, exported: Path, tmp_path: Path, second_journal: Journal
) -> None:
    with load_for_review(exported) as review:
        review.add_comment("entry", filled.shared_id, "Nice.")
        out = review.write_feedback(tmp_path / "f.feedback.json")
    fingerprint = db_fingerprint(second_journal)
    with pytest.raises(ImportRefused, match="Ada Example’s portfolio, not on this journal"):
        import_file(second_journal, out, "feedback")
    assert db_fingerprint(second_journal) == fingerprint


def test_feedback_naming_unknown_items_adds_nothing(
    filled: Filled, exported: Path, tmp_path: Path
) -> None:
    with load_for_review(exported) as review:
        review.add_comment("entry", filled.shared_id, "Good.")
        review.add_comment("goal", filled.goal_id, "Good goal.")
        out = review.write_feedback(tmp_path / "f.feedback.json")
    document = json.loads(out.read_text())
    document["comments"][1]["target"]["id"] = "99999999-9999-4999-8999-999999999999"
    out.write_text(json.dumps(document))
    counts = table_counts(filled.journal)
    with pytest.raises(ImportRefused, match="a goal that isn't in this journal"):
        import_file(filled.journal, out, "feedback")
    assert table_counts(filled.journal) == counts  # all or nothing: not even the good one


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(format_version="9.0"), "newer Learning Journal"),
        (lambda d: d.update(format="other"), "not a Learning Journal feedback file"),
        (lambda d: d["comments"][0].update(body=17), "should be text"),
        (lambda d: d["comments"][0].update(body="x" * 30_000), "longer than"),
        (lambda d: d["comments"][0]["target"].update(kind="exhibition"), "should be one of"),
        (lambda d: d["comments"].append(dict(d["comments"][0])), "used twice"),
        (lambda d: d.pop("portfolio"), "should be an object"),
    ],
)
def test_malformed_feedback_is_refused_in_one_sentence(
    filled: Filled, exported: Path, tmp_path: Path, change: object, words: str
) -> None:
    with load_for_review(exported) as review:
        review.add_comment("entry", filled.shared_id, "Good.")
        out = review.write_feedback(tmp_path / "f.feedback.json")
    document = json.loads(out.read_text())
    change(document)  # type: ignore[operator]
    out.write_text(json.dumps(document))
    with pytest.raises(ImportRefused) as caught:
        read_feedback_file(out)
    assert words in str(caught.value)
    assert str(caught.value).endswith(".")
    out.write_bytes(b"{broken")
    with pytest.raises(ImportRefused, match="not valid JSON"):
        import_file(filled.journal, out, "feedback")


def test_feedback_written_after_entry_deleted_for_good_is_refused(
    filled: Filled, exported: Path, tmp_path: Path
) -> None:
    with load_for_review(exported) as review:
        review.add_comment("entry", filled.xss_id, "Hmm.")
        out = review.write_feedback(tmp_path / "f.feedback.json")
    with filled.journal.write() as s:
        entry = s.get(Entry, filled.xss_id)
        s.delete(entry)
    with pytest.raises(ImportRefused, match="deleted for good"):
        import_file(filled.journal, out)
    with filled.journal.read() as s:
        assert s.scalar(select(Feedback).where(Feedback.body == "Hmm.")) is None


def test_verify_portfolio_summarises_without_a_store(filled: Filled, exported: Path) -> None:
    info = verify_portfolio(exported)
    assert (info.student_name, info.entries, info.goals) == ("Ada Example", 3, 2)
    assert info.revisions == 5


def test_student_entries_created_after_export_do_not_matter(
    filled: Filled, exported: Path, tmp_path: Path
) -> None:
    with filled.journal.write() as s:
        create_entry(s, title="Later", body="after the export")
    with load_for_review(exported) as review:
        review.add_comment("entry", filled.shared_id, "Still fine.")
        out = review.write_feedback(tmp_path / "f.feedback.json")
    assert import_file(filled.journal, out).counts["comments"] == 1


def test_teacher_can_continue_feedback_saved_earlier(
    filled: Filled, exported: Path, tmp_path: Path
) -> None:
    with load_for_review(exported) as review:
        review.add_comment("entry", filled.shared_id, "First thought.")
        saved = review.write_feedback(tmp_path / "f.feedback.json", author_name="Mr Lee")
    with load_for_review(exported) as review:
        assert review.continue_feedback(saved) == 1
        review.add_comment("goal", filled.goal_id, "Second thought.")
        review.write_feedback(saved)
    document = json.loads(saved.read_text())
    assert [c["body"] for c in document["comments"]] == ["First thought.", "Second thought."]
    assert document["author"]["name"] == "Mr Lee"
    other = tmp_path / "other.portfolio.zip"
    export_portfolio(filled.journal, other)
    with load_for_review(other) as review, pytest.raises(ImportRefused, match="another portfolio"):
        review.continue_feedback(saved)
