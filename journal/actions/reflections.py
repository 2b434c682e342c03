"""Actions on reflections: answering a prompt, changing an answer, deleting it."""

from __future__ import annotations

from journal.actions.base import Changes, Inverse, Kind, Outcome, action
from journal.store import reflections as store
from journal.store.database import Journal
from journal.store.reflections import Conditions, ReflectionView


def _changes(view: ReflectionView) -> Changes:
    return Changes.of(
        Kind.REFLECTIONS,
        entries=[view.entry_id] if view.entry_id else [],
        goals=[view.goal_id] if view.goal_id else [],
    )


@action("Answer a prompt")
def add_reflection(
    journal: Journal,
    body: str,
    *,
    prompt_id: str | None = None,
    prompt_text: str | None = None,
    attribute: str | None = None,
    conditions: Conditions | None = None,
    entry_id: str | None = None,
    revision_id: str | None = None,
    goal_id: str | None = None,
    checkpoint_id: str | None = None,
) -> Outcome[ReflectionView]:
    """Record an answer (and its learning conditions) about an entry, revision, goal
    or checkpoint."""
    with journal.write() as session:
        view = store.add_reflection(
            session,
            body,
            prompt_id=prompt_id,
            prompt_text=prompt_text,
            attribute=attribute,
            conditions=conditions,
            entry_id=entry_id,
            revision_id=revision_id,
            goal_id=goal_id,
            checkpoint_id=checkpoint_id,
        )
    return Outcome(view, _changes(view))


@action("Change an answer")
def update_reflection(
    journal: Journal,
    reflection_id: str,
    *,
    body: str | None = None,
    conditions: Conditions | None = None,
) -> Outcome[ReflectionView]:
    """Change an answer's words and/or its learning conditions."""
    with journal.write() as session:
        before = store.get_reflection(session, reflection_id)
        view = store.update_reflection(session, reflection_id, body=body, conditions=conditions)
    if (view.body, view.conditions) == (before.body, before.conditions):
        return Outcome(view)
    return Outcome(
        view,
        _changes(view),
        Inverse(
            update_reflection,
            (reflection_id,),
            {"body": before.body, "conditions": before.conditions},
        ),
    )


@action("Delete an answer")
def delete_reflection(journal: Journal, reflection_id: str) -> Outcome[ReflectionView]:
    """Delete an answer; undo puts it back as it was. The value is what was deleted."""
    with journal.write() as session:
        view = store.get_reflection(session, reflection_id)
        store.delete_reflection(session, reflection_id)
    return Outcome(view, _changes(view), Inverse(restore_reflection, (view,)))


@action("Bring back an answer")
def restore_reflection(journal: Journal, view: ReflectionView) -> Outcome[ReflectionView]:
    """Put a deleted answer back (the inverse of :func:`delete_reflection`)."""
    with journal.write() as session:
        restored = store.restore_reflection(session, view)
    return Outcome(restored, _changes(restored), Inverse(delete_reflection, (restored.id,)))
