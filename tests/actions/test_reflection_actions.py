"""Reflection, prompt and statement actions: what they change, what they report, how they undo."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from journal.actions import Kind, Outcome, info
from journal.actions import entries as entry_actions
from journal.actions import prompts as prompt_actions
from journal.actions import reflections as act
from journal.actions import statement as statement_actions
from journal.core.enums import utcnow
from journal.store.database import Journal
from journal.store.errors import JournalError, NotFoundError
from journal.store.prompts import PromptPackError
from journal.store.read_models import prompts as prompt_reads
from journal.store.read_models import reflections as reads
from journal.store.read_models.reflections import Conditions

PACK = {
    "format": "learning-journal-prompt-pack",
    "version": 1,
    "name": "Science term",
    "author": "Ms Okafor",
    "prompts": [
        {"id": "s1", "text": "What did my experiment show me?", "attribute": "voice"},
        {"id": "s2", "text": "Who checked my method?", "attribute": "social"},
    ],
}


def _undo(journal: Journal, outcome: Outcome[Any]) -> Outcome[Any]:
    assert outcome.inverse is not None
    step = outcome.inverse
    return step.action(journal, *step.args, **step.kwargs)


def test_every_action_is_described() -> None:
    for fn in (
        act.add_reflection,
        act.update_reflection,
        act.delete_reflection,
        act.restore_reflection,
        prompt_actions.set_prompt_enabled,
        prompt_actions.add_my_prompt,
        prompt_actions.update_my_prompt,
        prompt_actions.delete_my_prompt,
        prompt_actions.set_pack_enabled,
        prompt_actions.import_prompt_pack,
        prompt_actions.remove_pack,
        statement_actions.save_profile_statement,
    ):
        described = info(fn)
        assert described is not None and described.label


def test_answering_reports_reflections_for_its_entry(journal: Journal) -> None:
    entry_id = entry_actions.create_entry(journal, title="Bridge", body="b").value
    outcome = act.add_reflection(
        journal,
        "Testing with weights showed the weak joint.",
        prompt_id="voice-01",
        entry_id=entry_id,
        conditions=Conditions(how="making", went_well=4),
    )
    view = outcome.value
    assert outcome.changes.touches_entry(entry_id, Kind.REFLECTIONS)
    assert outcome.inverse is None  # a new answer is deleted from the card, not undone
    assert (view.prompt_id, view.entry_id) == ("voice-01", entry_id)
    assert view.prompt_text and view.attribute
    assert reads.reflections_about(journal, entry_id=entry_id) == [view]


def test_a_bad_answer_changes_nothing(journal: Journal) -> None:
    with pytest.raises(JournalError):
        act.add_reflection(journal, "x", conditions=Conditions(went_well=9))
    with pytest.raises(NotFoundError):
        act.add_reflection(journal, "x", prompt_id="no-such-prompt")
    assert reads.reflections_about(journal) == []


def test_deleting_an_answer_is_undone_exactly(journal: Journal) -> None:
    entry_id = entry_actions.create_entry(journal, title="Poem", body="b").value
    view = act.add_reflection(
        journal,
        "Reading it aloud helped.",
        prompt_id="voice-01",
        entry_id=entry_id,
        conditions=Conditions("library", "peer", "talking", "morning", 3, 5),
    ).value
    deleted = act.delete_reflection(journal, view.id)
    assert deleted.value == view
    assert deleted.changes.touches_entry(entry_id, Kind.REFLECTIONS)
    assert reads.reflections_about(journal) == []
    restored = _undo(journal, deleted)
    assert restored.value == view
    assert reads.read_reflection(journal, view.id) == view
    assert restored.changes.touches(Kind.REFLECTIONS)
    # ... and the undo can itself be undone (redo).
    _undo(journal, restored)
    assert reads.reflections_about(journal) == []


def test_an_answer_comes_back_without_links_to_what_has_gone_since(journal: Journal) -> None:
    mine = prompt_actions.add_my_prompt(journal, "What surprised me?", "selfdiscovery").value
    view = act.add_reflection(journal, "The ending.", prompt_id=mine.id).value
    deleted = act.delete_reflection(journal, view.id)
    prompt_actions.delete_my_prompt(journal, mine.id)
    restored = _undo(journal, deleted).value
    assert restored.id == view.id and restored.prompt_id is None
    assert (restored.prompt_text, restored.body) == ("What surprised me?", "The ending.")


def test_deleting_an_answer_that_is_gone_says_so(journal: Journal) -> None:
    with pytest.raises(NotFoundError):
        act.delete_reflection(journal, "nope")


def test_changing_an_answer_is_undone_by_its_inverse(journal: Journal) -> None:
    view = act.add_reflection(journal, "first", conditions=Conditions(went_well=2)).value
    changed = act.update_reflection(
        journal, view.id, body="second", conditions=Conditions(with_whom="group", went_well=4)
    )
    assert changed.value.body == "second"
    assert changed.changes.touches(Kind.REFLECTIONS)
    _undo(journal, changed)
    back = reads.read_reflection(journal, view.id)
    assert (back.body, back.conditions) == ("first", Conditions(went_well=2))
    same = act.update_reflection(journal, view.id, body="first")
    assert not same.changes and same.inverse is None


def test_answer_to_finds_todays_answer_only(journal: Journal) -> None:
    today = utcnow().astimezone().date()
    assert reads.answer_to(journal, "voice-01", day=today) is None
    view = act.add_reflection(journal, "Now.", prompt_id="voice-01").value
    assert reads.answer_to(journal, "voice-01", day=today) == view
    assert reads.answer_to(journal, "voice-01", day=today - timedelta(days=1)) is None
    assert reads.answer_to(journal, "voice-02", day=today) is None


def test_switching_a_prompt_off_is_undone(journal: Journal) -> None:
    outcome = prompt_actions.set_prompt_enabled(journal, "voice-01", False)
    assert outcome.changes.touches(Kind.PROMPTS)
    assert "voice-01" not in {p.id for p in prompt_reads.prompts(journal)}
    _undo(journal, outcome)
    assert "voice-01" in {p.id for p in prompt_reads.prompts(journal)}


def test_my_prompt_is_added_changed_and_undone(journal: Journal) -> None:
    added = prompt_actions.add_my_prompt(journal, "What made me laugh?", "voice", learn_best=True)
    mine = prompt_reads.prompt_library(journal).mine
    assert [(p.text, p.learn_best) for p in mine] == [("What made me laugh?", True)]
    changed = prompt_actions.update_my_prompt(
        journal, added.value.id, text="What made me smile?", attribute="social"
    )
    assert prompt_reads.get_prompt(journal, added.value.id).text == "What made me smile?"  # type: ignore[union-attr]
    _undo(journal, changed)
    back = prompt_reads.get_prompt(journal, added.value.id)
    assert back is not None and (back.text, back.attribute, back.learn_best) == (
        "What made me laugh?",
        "voice",
        True,
    )
    _undo(journal, added)
    assert prompt_reads.prompt_library(journal).mine == ()


def test_a_pack_is_imported_switched_and_removed(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "science.json"
    path.write_text(json.dumps(PACK), encoding="utf-8")
    steps: list[tuple[int, int]] = []
    imported = prompt_actions.import_prompt_pack(
        journal, path, progress=lambda d, t: steps.append((d, t))
    )
    assert (imported.value.name, imported.value.prompts) == ("Science term", 2)
    assert imported.changes.touches(Kind.PROMPTS) and steps
    assert sum(p.source == "pack" for p in prompt_reads.prompts(journal)) == 2
    off = prompt_actions.set_pack_enabled(journal, imported.value.id, False)
    assert all(p.source != "pack" for p in prompt_reads.prompts(journal))
    _undo(journal, off)
    assert sum(p.source == "pack" for p in prompt_reads.prompts(journal)) == 2
    prompt_actions.remove_pack(journal, imported.value.id)
    assert prompt_reads.prompt_library(journal).packs == ()


def test_a_broken_pack_is_refused_and_changes_nothing(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({**PACK, "prompts": [{"id": "a"}]}), encoding="utf-8")
    with pytest.raises(PromptPackError):
        prompt_actions.import_prompt_pack(journal, path)
    assert prompt_reads.prompt_library(journal).packs == ()


def test_statement_reports_profile_only_when_it_changes(journal: Journal) -> None:
    saved = statement_actions.save_profile_statement(journal, "  I like quiet mornings. ")
    assert saved.value is True and saved.changes.touches(Kind.PROFILE)
    assert reads.statement(journal) == "I like quiet mornings."
    again = statement_actions.save_profile_statement(journal, "I like quiet mornings.")
    assert again.value is False and not again.changes
    statement_actions.save_profile_statement(journal, "Mornings, then talking.")
    snapshot = reads.learning_profile(journal)
    assert snapshot.profile.statement == "Mornings, then talking."
    assert [v.statement for v in snapshot.history] == ["I like quiet mornings."]


def test_read_models_for_prompts_are_stable(journal: Journal) -> None:
    day = date(2026, 3, 14)
    first = prompt_reads.daily_prompt(journal, day)
    assert first is not None and prompt_reads.daily_prompt(journal, day) == first
    other = prompt_reads.another_prompt(journal, first.id, seen=[first.id], day=day)
    assert other is not None and other.id != first.id
    moment = prompt_reads.moment_prompt(journal, "after_revision", key="r1", day=day)
    assert moment is not None and moment.moment == "after_revision"
