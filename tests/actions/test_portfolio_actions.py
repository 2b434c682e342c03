"""Portfolio actions: imports say precisely what they changed, exports change nothing."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from journal.actions import Kind, Scope, info
from journal.actions import portfolio as act
from journal.portfolio.errors import ExportCancelled, ImportRefused
from journal.portfolio.feedback import FeedbackComment, new_feedback_file, write_feedback_file
from journal.store.database import Journal
from journal.store.models import LearnerProfile
from journal.store.read_models import feedback as read
from tests.portfolio.conftest import SECRET, Filled, db_fingerprint, fill

FIXTURES = Path(__file__).resolve().parents[1] / "portfolio" / "fixtures"
PACK = {
    "format": "learning-journal-prompt-pack",
    "version": 1,
    "name": "Year 8 science",
    "author": "Ms Okafor",
    "prompts": [{"id": "sci-1", "text": "What surprised me?", "attribute": "voice"}],
}


@pytest.fixture
def filled(journal: Journal) -> Filled:
    return fill(journal)


@pytest.fixture
def second_journal(tmp_path: Path) -> Iterator[Journal]:
    journal = Journal.open(tmp_path / "second", auto_backup=False)
    try:
        yield journal
    finally:
        journal.close()


def _feedback_file(filled: Filled, folder: Path, *comments: tuple[str, str, str]) -> Path:
    with filled.journal.read() as session:
        profile = session.scalar(select(LearnerProfile))
        assert profile is not None
        journal_id = profile.journal_id
    feedback = new_feedback_file(
        portfolio_id=str(uuid.uuid4()),
        journal_id=journal_id,
        student_name="Ada Example",
        author_name="Mr Lee",
    )
    for kind, target_id, body in comments:
        feedback.comments.append(
            FeedbackComment(str(uuid.uuid4()), kind, target_id, body, "Mr Lee")
        )
    return write_feedback_file(feedback, folder / "ada.feedback.json")


class Token:
    def __init__(self, cancelled: bool = False) -> None:
        self.cancelled = cancelled


def test_every_portfolio_action_is_described_with_its_scope() -> None:
    scopes: dict[Callable[..., Any], Scope] = {
        act.import_any_file: Scope.JOURNAL,
        act.mark_feedback_read: Scope.JOURNAL,
        act.export_portfolio: Scope.REVIEW,  # writes a file, never the journal
    }
    for fn, scope in scopes.items():
        described = info(fn)
        assert described is not None and described.label and described.scope is scope


def test_importing_feedback_reports_feedback_on_the_entries_it_is_about(
    filled: Filled, tmp_path: Path
) -> None:
    path = _feedback_file(
        filled,
        tmp_path,
        ("revision", filled.revision_ids[0], "A brave first try."),
        ("goal", filled.goal_id, "Well planned."),
    )
    outcome = act.import_any_file(filled.journal, path)
    report = outcome.value
    assert (report.kind, report.author, report.counts) == (
        "feedback",
        "Mr Lee",
        {"comments": 2, "already_here": 0},
    )
    assert outcome.changes.touches(Kind.FEEDBACK)
    assert not outcome.changes.touches(Kind.ENTRIES, Kind.TEXT, Kind.REVISIONS)
    assert outcome.changes.entry_ids == {filled.shared_id}  # the revision's entry
    assert outcome.changes.goal_ids == {filled.goal_id}
    assert outcome.inverse is None

    again = act.import_any_file(filled.journal, path, "feedback")
    assert again.value.counts == {"comments": 0, "already_here": 2}
    assert not again.changes  # nothing new: no view redraws


def test_feedback_for_another_journal_is_refused_and_changes_nothing(
    filled: Filled, tmp_path: Path
) -> None:
    feedback = new_feedback_file(
        portfolio_id=str(uuid.uuid4()),
        journal_id=str(uuid.uuid4()),
        student_name="Sam Rivera",
        author_name="Ms Park",
    )
    feedback.comments.append(
        FeedbackComment(str(uuid.uuid4()), "entry", filled.shared_id, "Hi.", "Ms Park")
    )
    path = write_feedback_file(feedback, tmp_path / "sam.feedback.json")
    before = db_fingerprint(filled.journal)
    with pytest.raises(ImportRefused, match="Sam Rivera’s portfolio"):
        act.import_any_file(filled.journal, path)
    assert db_fingerprint(filled.journal) == before


def test_each_kind_of_import_reports_what_it_can_change(filled: Filled, tmp_path: Path) -> None:
    jrnl = act.import_any_file(filled.journal, FIXTURES / "jrnl_journal.txt")
    assert jrnl.value.kind == "jrnl" and jrnl.value.counts["entries"] == 4
    assert jrnl.changes.touches(Kind.ENTRIES, Kind.REVISIONS)
    assert not jrnl.changes.touches(Kind.FEEDBACK, Kind.GOALS)

    pack_path = tmp_path / "science.json"
    pack_path.write_text(json.dumps(PACK), encoding="utf-8")
    pack = act.import_any_file(filled.journal, pack_path)
    assert (pack.value.kind, pack.value.name, pack.value.author) == (
        "pack",
        "Year 8 science",
        "Ms Okafor",
    )
    assert pack.value.counts == {"prompts": 1}
    assert pack.changes.touches(Kind.PROMPTS) and not pack.changes.touches(Kind.ENTRIES)


def test_importing_a_portfolio_may_change_anything(
    filled: Filled, tmp_path: Path, second_journal: Journal
) -> None:
    archive = act.export_portfolio(filled.journal, tmp_path / "ada.portfolio.zip").value.path
    outcome = act.import_any_file(second_journal, archive, progress=lambda _d, _t: None)
    assert outcome.value.kind == "portfolio" and outcome.value.counts["entries"] == 2
    assert outcome.changes.everything
    again = act.import_any_file(second_journal, archive, "portfolio")
    assert not any(again.value.counts.values()) and not again.changes


def test_a_cancelled_portfolio_import_adds_nothing(
    filled: Filled, tmp_path: Path, second_journal: Journal
) -> None:
    archive = act.export_portfolio(filled.journal, tmp_path / "ada.portfolio.zip").value.path
    before = db_fingerprint(second_journal)
    with pytest.raises(ImportRefused):
        act.import_any_file(second_journal, archive, cancel=Token(cancelled=True))
    assert db_fingerprint(second_journal) == before


def test_a_file_of_unknown_kind_is_said_to_be_unknown(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_text('{"hello": "there"}')
    with pytest.raises(act.UnknownKind):
        act.import_any_file(journal, path)
    with pytest.raises(ImportRefused) as missing:
        act.import_any_file(journal, tmp_path / "gone.json")
    assert not isinstance(missing.value, act.UnknownKind)  # nothing to choose a kind for


def test_export_writes_the_file_and_changes_nothing(filled: Filled, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    before = db_fingerprint(filled.journal)
    outcome = act.export_portfolio(
        filled.journal,
        tmp_path / "ada.portfolio.zip",
        progress=lambda done, total: seen.append((done, total)),
        cancel=Token(),
    )
    assert outcome.value.path.is_file()
    assert SECRET.encode() not in outcome.value.path.read_bytes()
    assert not outcome.changes and outcome.inverse is None
    assert seen and seen[-1][0] == seen[-1][1]
    assert db_fingerprint(filled.journal) == before


def test_a_cancelled_export_leaves_no_file(filled: Filled, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportCancelled):
        act.export_portfolio(filled.journal, out / "x.portfolio.zip", cancel=Token(True))
    assert list(out.iterdir()) == []


def test_marking_feedback_read_reports_the_entries_whose_marks_change(filled: Filled) -> None:
    shown = read.comments_on_entry(filled.journal, filled.shared_id)
    assert [(c.body, c.unread) for c in shown] == [("Great testing!", True)]
    outcome = act.mark_feedback_read(filled.journal, [c.id for c in shown])
    assert outcome.value == [shown[0].id]
    assert outcome.changes.touches_entry(filled.shared_id, Kind.FEEDBACK)
    assert not outcome.changes.touches_entry(filled.xss_id, Kind.FEEDBACK)
    assert not read.comments_on_entry(filled.journal, filled.shared_id)[0].unread
    again = act.mark_feedback_read(filled.journal, [shown[0].id])
    assert again.value == [] and not again.changes


def test_a_read_only_runner_refuses_imports_but_still_exports(
    filled: Filled, tmp_path: Path, qapp: object
) -> None:
    from journal.ui.runner import ActionRunner

    runner = ActionRunner(filled.journal, lambda _t, _m: None, read_only=True)
    assert not runner.allows(act.import_any_file)
    assert not runner.allows(act.mark_feedback_read)
    assert runner.allows(act.export_portfolio)
    runner.deleteLater()


# -- read models --------------------------------------------------------------------------


def test_feedback_read_models_name_targets_and_find_the_next_new_comment(
    filled: Filled, tmp_path: Path
) -> None:
    path = _feedback_file(
        filled,
        tmp_path,
        ("entry", filled.xss_id, "Careful with tags."),
        ("criterion", filled.criterion_id, "Explained clearly."),
    )
    imported = act.import_any_file(filled.journal, path)
    assert imported.changes.goal_ids == {filled.goal_id}  # through its success criterion
    targets = read.entry_targets(filled.journal, filled.shared_id)
    assert [t.kind for t in targets] == ["entry", "revision", "revision", "revision"]
    assert [t.seq for t in targets[1:]] == [3, 2, 1] and targets[1].latest
    goal = read.goal_targets(filled.journal, filled.goal_id)
    assert [t.kind for t in goal][:2] == ["goal", "criterion"]
    assert {t.id for t in goal} >= {filled.criterion_id, filled.checkpoint_id}

    on_goal = read.comments_on_goal(filled.journal, filled.goal_id)
    assert [(c.target.kind, c.body) for c in on_goal] == [("criterion", "Explained clearly.")]
    assert read.unread_count(filled.journal) == 3
    gone = read.describe_targets(filled.journal, [("entry", "no-such-entry")])
    assert not gone[("entry", "no-such-entry")].exists

    assert read.next_unread(filled.journal, except_entry=filled.shared_id) == (
        "entry",
        filled.xss_id,
    )
    for entry_id in (filled.shared_id, filled.xss_id):
        ids = [c.id for c in read.comments_on_entry(filled.journal, entry_id)]
        act.mark_feedback_read(filled.journal, ids)
    assert read.next_unread(filled.journal) == ("goal", filled.goal_id)
    assert read.next_unread(filled.journal, except_goal=filled.goal_id) is None


def test_private_items_are_what_stays_on_this_computer(filled: Filled) -> None:
    entries, goals = read.private_items(filled.journal)
    assert [e.id for e in entries] == [filled.private_id]
    assert [g.id for g in goals] == [filled.private_goal_id]
