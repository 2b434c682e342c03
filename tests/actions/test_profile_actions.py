"""The learner's own details and the settings that belong to their journal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from journal.actions import Kind, Outcome
from journal.actions import profile as act
from journal.store.database import Journal
from journal.store.errors import JournalError
from journal.store.peek import peek_learner_name
from journal.store.read_models.profile import journal_profile


def _undo(journal: Journal, outcome: Outcome[Any]) -> None:
    assert outcome.inverse is not None
    step = outcome.inverse
    step.action(journal, *step.args, **step.kwargs)


def test_a_new_journal_has_not_welcomed_anyone(journal: Journal) -> None:
    profile = journal_profile(journal)
    assert profile.welcome_done is False
    assert profile.name == "" and profile.last_entry_id == "" and profile.preferences == {}


def test_finishing_the_welcome_keeps_the_name_in_the_journal(journal: Journal) -> None:
    outcome = act.finish_welcome(journal, "  Sam   Rivera ")
    assert outcome.changes.touches(Kind.PROFILE)
    profile = journal_profile(journal)
    assert (profile.name, profile.welcome_done) == ("Sam Rivera", True)
    # Readable without opening the journal, for "Who's writing?".
    assert peek_learner_name(journal.paths.root) == "Sam Rivera"
    _undo(journal, outcome)  # the name goes back; the welcome stays answered
    profile = journal_profile(journal)
    assert (profile.name, profile.welcome_done) == ("", True)


def test_renaming_is_undoable(journal: Journal) -> None:
    act.finish_welcome(journal, "Sam")
    outcome = act.set_learner_name(journal, "Samira Rivera")
    assert outcome.changes.touches(Kind.PROFILE)
    assert journal_profile(journal).name == "Samira Rivera"
    _undo(journal, outcome)
    assert journal_profile(journal).name == "Sam"


def test_a_name_too_long_is_refused_and_changes_nothing(journal: Journal) -> None:
    act.set_learner_name(journal, "Sam")
    with pytest.raises(JournalError):
        act.set_learner_name(journal, "x" * (act.MAX_NAME_LENGTH + 1))
    assert journal_profile(journal).name == "Sam"


def test_the_place_is_remembered_by_the_journal(journal: Journal) -> None:
    outcome = act.remember_place(journal, "entry-1", "timeline")
    assert outcome.inverse is None and not outcome.changes
    profile = journal_profile(journal)
    assert (profile.last_entry_id, profile.last_page) == ("entry-1", "timeline")


def test_journal_preferences_are_checked_and_undoable(journal: Journal) -> None:
    outcome = act.set_journal_preference(journal, "export_name", "first-initial")
    assert journal_profile(journal).preference("export_name") == "first-initial"
    with pytest.raises(JournalError):
        act.set_journal_preference(journal, "export_name", "nickname")
    with pytest.raises(JournalError):
        act.set_journal_preference(journal, "colour", "blue")
    _undo(journal, outcome)
    assert journal_profile(journal).preference("export_name") == "full"


def test_peeking_a_folder_without_a_journal_finds_no_name(tmp_path: Path) -> None:
    assert peek_learner_name(tmp_path / "nothing") == ""
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "journal.db").write_bytes(b"not a database")
    assert peek_learner_name(tmp_path / "broken") == ""
