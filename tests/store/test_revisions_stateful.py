"""Revisions under any sequence of user actions: history is append-only and always intact.

A Hypothesis state machine drives the real store (one journal per test, fresh
entries per example) and keeps its own model of what every entry's history
must be. After every step the database is compared with the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    invariant,
    rule,
    run_state_machine_as_test,
)

from journal.store.database import Journal
from journal.store.entries import (
    autosave_draft,
    create_entry,
    get_entry,
    list_revisions,
    restore_entry,
    restore_revision,
    revision_body,
    revision_digest,
    revision_is_intact,
    save_revision,
    trash_entry,
)


@dataclass(frozen=True)
class Snapshot:
    """Everything stored about one revision, as first seen."""

    id: str
    seq: int
    title: str
    body: str
    body_z: bytes
    sha256: str
    note: str | None
    reason: str
    restored_from_id: str | None
    created_at: datetime


@dataclass
class ModelEntry:
    title: str
    body: str
    trashed: bool = False
    # Expected history: (title, body, note, reason, restored_from_id); ids are
    # learned from the database the first time a revision is seen.
    expected: list[tuple[str, str, str | None, str, str | None]] = field(default_factory=list)
    seen: list[Snapshot] = field(default_factory=list)

    def latest_text(self) -> tuple[str, str] | None:
        if not self.expected:
            return None
        title, body, *_ = self.expected[-1]
        return title, body


# Small alphabets make "identical text" and tricky splits (the title/body
# separator \x1f typed into the text) common; free text covers the rest.
texts = st.one_of(
    st.sampled_from(["", "Volcano", "volcano", "Volcano ", "It erupted.", "a\x1f", "\x1fb"]),
    st.text(alphabet="ab \x1f\n", max_size=4),
    st.text(max_size=40),
)
notes = st.one_of(st.none(), st.just(""), st.text(min_size=1, max_size=20))


def _machine(journal: Journal) -> type[RuleBasedStateMachine]:
    class RevisionHistory(RuleBasedStateMachine):
        entries = Bundle("entries")

        def __init__(self) -> None:
            super().__init__()
            self.model: dict[str, ModelEntry] = {}

        # -- actions -----------------------------------------------------
        @rule(target=entries, title=texts, body=texts)
        def create(self, title: str, body: str) -> str:
            with journal.write() as s:
                entry_id = create_entry(s, title=title, body=body).id
            model = ModelEntry(title, body)
            if title or body:
                model.expected.append((title, body, None, "save", None))
            self.model[entry_id] = model
            return entry_id

        @rule(entry_id=entries, title=texts, body=texts)
        def autosave(self, entry_id: str, title: str, body: str) -> None:
            model = self.model[entry_id]
            with journal.write() as s:
                changed = autosave_draft(s, entry_id, title, body)
            assert changed == ((title, body) != (model.title, model.body))
            model.title, model.body = title, body

        @rule(entry_id=entries, new_text=st.none() | st.tuples(texts, texts), note=notes)
        def save(self, entry_id: str, new_text: tuple[str, str] | None, note: str | None) -> None:
            model = self.model[entry_id]
            with journal.write() as s:
                if new_text is None:
                    revision = save_revision(s, entry_id, note=note)
                else:
                    revision = save_revision(
                        s, entry_id, title=new_text[0], body=new_text[1], note=note
                    )
                new_id = None if revision is None else revision.id
            if new_text is not None:
                model.title, model.body = new_text
            if model.latest_text() == (model.title, model.body):
                assert new_id is None, "saving identical text must add nothing"
            else:
                assert new_id is not None, "changed text must become a revision"
                model.expected.append((model.title, model.body, note or None, "save", None))

        @rule(entry_id=entries, pick=st.integers(min_value=0, max_value=1000))
        def restore(self, entry_id: str, pick: int) -> None:
            model = self.model[entry_id]
            if not model.seen:
                return
            old = model.seen[pick % len(model.seen)]
            with journal.write() as s:
                result = restore_revision(s, old.id)
                result_title, result_body = result.title, revision_body(result)
            # An unsaved draft is kept as a revision before the old text returns.
            if model.latest_text() != (model.title, model.body):
                model.expected.append((model.title, model.body, None, "save", None))
            if model.latest_text() != (old.title, old.body):
                model.expected.append((old.title, old.body, None, "restore", old.id))
            model.title, model.body = old.title, old.body
            assert (result_title, result_body) == (old.title, old.body)

        @rule(entry_id=entries)
        def trash(self, entry_id: str) -> None:
            with journal.write() as s:
                trash_entry(s, entry_id)
            self.model[entry_id].trashed = True

        @rule(entry_id=entries)
        def undelete(self, entry_id: str) -> None:
            with journal.write() as s:
                restore_entry(s, entry_id)
            self.model[entry_id].trashed = False

        # -- what must always hold ---------------------------------------
        @invariant()
        def history_matches_model(self) -> None:
            with journal.read() as s:
                for entry_id, model in self.model.items():
                    entry = get_entry(s, entry_id)
                    assert (entry.title, entry.body) == (model.title, model.body)
                    assert (entry.deleted_at is not None) == model.trashed
                    revisions = list_revisions(s, entry_id)
                    assert [r.seq for r in revisions] == list(range(1, len(revisions) + 1))
                    assert len(revisions) == len(model.expected)
                    assert entry.revision_count == len(revisions)
                    for revision in revisions:
                        assert revision_is_intact(revision)
                        assert revision.sha256 == revision_digest(
                            revision.title, revision_body(revision)
                        )
                    # Revisions seen before are still there, unchanged byte for byte.
                    for before, revision in zip(model.seen, revisions, strict=False):
                        assert before == _snapshot(revision)
                    for revision in revisions[len(model.seen) :]:
                        model.seen.append(_snapshot(revision))
                    got = [
                        (r.title, revision_body(r), r.note, r.reason, r.restored_from_id)
                        for r in revisions
                    ]
                    assert got == model.expected

    return RevisionHistory


def _snapshot(revision: object) -> Snapshot:
    from journal.store.models import Revision

    assert isinstance(revision, Revision)
    return Snapshot(
        id=revision.id,
        seq=revision.seq,
        title=revision.title,
        body=revision_body(revision),
        body_z=bytes(revision.body_z),
        sha256=revision.sha256,
        note=revision.note,
        reason=revision.reason,
        restored_from_id=revision.restored_from_id,
        created_at=revision.created_at,
    )


def test_any_sequence_of_edits_keeps_history_append_only_and_intact(journal: Journal) -> None:
    run_state_machine_as_test(
        _machine(journal),
        settings=settings(
            max_examples=40,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )


def test_text_moved_across_the_title_body_separator_is_a_real_change(journal: Journal) -> None:
    """Title "a\\x1f" + body "b" and title "a" + body "\\x1fb" share a digest input."""
    with journal.write() as s:
        entry = create_entry(s, title="a\x1f", body="b")
    with journal.write() as s:
        revision = save_revision(s, entry.id, title="a", body="\x1fb")
        assert revision is not None
        assert (revision.title, revision_body(revision)) == ("a", "\x1fb")
    with journal.read() as s:
        assert len(list_revisions(s, entry.id)) == 2


def test_restoring_keeps_an_unsaved_draft_as_a_revision(journal: Journal) -> None:
    with journal.write() as s:
        entry = create_entry(s, title="Poem", body="First lines.")
        first = list_revisions(s, entry.id)[0].id
        save_revision(s, entry.id, body="Second lines.")
        autosave_draft(s, entry.id, "Poem", "Words typed but never saved.")
    with journal.write() as s:
        restore_revision(s, first)
    with journal.read() as s:
        bodies = [revision_body(r) for r in list_revisions(s, entry.id)]
    assert bodies == [
        "First lines.",
        "Second lines.",
        "Words typed but never saved.",
        "First lines.",
    ]
