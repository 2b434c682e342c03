"""Entry actions: each says what changed and knows how to undo itself."""

from __future__ import annotations

from datetime import date

import pytest

from journal.actions import Kind, info
from journal.actions import entries as act
from journal.core.enums import Attribute, Privacy
from journal.store.database import Journal
from journal.store.read_models.entries import read_entry, revisions_of


def _undo(journal: Journal, outcome: act.Outcome) -> None:
    assert outcome.inverse is not None
    step = outcome.inverse
    step.action(journal, *step.args, **step.kwargs)


def test_every_action_is_described() -> None:
    for fn in (act.create_entry, act.save_draft, act.save_revision, act.trash_entry):
        described = info(fn)
        assert described is not None and described.label


def test_create_then_save_revision_reports_text_and_revisions(journal: Journal) -> None:
    created = act.create_entry(journal)
    entry_id = created.value
    assert created.changes.touches(Kind.ENTRIES)
    draft = act.save_draft(journal, entry_id, "Volcanoes", "Magma rises.")
    assert draft.value is True
    assert draft.changes.touches_entry(entry_id, Kind.TEXT)
    saved = act.save_revision(journal, entry_id, note="first go")
    assert saved.value is not None and saved.value.seq == 1
    assert saved.changes.touches_entry(entry_id, Kind.REVISIONS)
    again = act.save_revision(journal, entry_id)
    assert again.value is None
    assert not again.changes.touches(Kind.REVISIONS)


def test_draft_identical_to_working_text_changes_nothing(journal: Journal) -> None:
    entry_id = act.create_entry(journal, title="A", body="b").value
    outcome = act.save_draft(journal, entry_id, "A", "b")
    assert outcome.value is False
    assert not outcome.changes


@pytest.mark.parametrize(
    ("change", "check"),
    [
        (
            lambda j, e: act.set_learned_on(j, e, date(2020, 2, 29)),
            lambda s: s.learned_on,
        ),
        (
            lambda j, e: act.set_attributes(j, e, {Attribute.VOICE, Attribute.SOCIAL}),
            lambda s: s.attributes,
        ),
        (lambda j, e: act.set_privacy(j, e, Privacy.SHAREABLE), lambda s: s.privacy),
        (lambda j, e: act.set_tags(j, e, ["maths", "C++"]), lambda s: s.tags),
        (lambda j, e: act.trash_entry(j, e), lambda s: s.in_trash),
    ],
    ids=["date", "attributes", "privacy", "tags", "trash"],
)
def test_structural_change_is_undone_by_its_inverse(journal: Journal, change, check) -> None:  # type: ignore[no-untyped-def]
    entry_id = act.create_entry(journal, title="T", body="B").value
    act.set_tags(journal, entry_id, ["science"])
    before = check(read_entry(journal, entry_id))
    outcome = change(journal, entry_id)
    assert check(read_entry(journal, entry_id)) != before
    _undo(journal, outcome)
    assert check(read_entry(journal, entry_id)) == before


def test_restore_appends_and_reports_revisions(journal: Journal) -> None:
    entry_id = act.create_entry(journal, title="T", body="one").value
    act.save_draft(journal, entry_id, "T", "two")
    act.save_revision(journal, entry_id)
    first = revisions_of(journal, entry_id)[0]
    outcome = act.restore_revision(journal, first.id)
    assert outcome.value.seq == 3 and outcome.value.restored_from_id == first.id
    assert read_entry(journal, entry_id).body == "one"
    assert outcome.changes.touches_entry(entry_id, Kind.REVISIONS, Kind.TEXT)
