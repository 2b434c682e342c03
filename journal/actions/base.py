"""What every action returns: its value, what changed, and how to undo it.

An action is a plain function ``(journal, *args) -> Outcome``: it opens its
own write transaction, changes the journal, and says which kinds of things
changed (so every view can decide for itself whether to redraw) and, for a
structural change, which action puts things back. No Qt here: the command
line and the tests call the same functions the window does.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, ParamSpec, TypeVar

T = TypeVar("T")
P = ParamSpec("P")


class Kind(enum.StrEnum):
    """The kinds of things an action can change."""

    ENTRIES = "entries"  # an entry was made, trashed, restored or deleted (the list changes)
    TEXT = "text"  # an entry's working title or body
    REVISIONS = "revisions"  # a revision was cut (history, growth, word counts)
    DETAILS = "details"  # date, attributes, privacy
    TAGS = "tags"
    ATTACHMENTS = "attachments"
    GOALS = "goals"
    EVIDENCE = "evidence"
    REFLECTIONS = "reflections"
    PROMPTS = "prompts"
    FEEDBACK = "feedback"
    PROFILE = "profile"  # the learner's name and statement
    TEMPLATES = "templates"
    TRASH = "trash"
    EXHIBITIONS = "exhibitions"


@dataclass(frozen=True)
class Changes:
    """Which kinds of things an action changed, and the ids it touched."""

    kinds: frozenset[Kind] = frozenset()
    entry_ids: frozenset[str] = frozenset()
    goal_ids: frozenset[str] = frozenset()
    everything: bool = False

    @classmethod
    def of(
        cls,
        *kinds: Kind,
        entries: Iterable[str] = (),
        goals: Iterable[str] = (),
    ) -> Changes:
        return cls(frozenset(kinds), frozenset(entries), frozenset(goals))

    @classmethod
    def all(cls) -> Changes:
        """Anything may have changed (an import, a restored backup)."""
        return cls(frozenset(Kind), everything=True)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds,
            self.entry_ids | other.entry_ids,
            self.goal_ids | other.goal_ids,
            self.everything or other.everything,
        )

    def __bool__(self) -> bool:
        return bool(self.kinds) or self.everything

    def touches(self, *kinds: Kind) -> bool:
        return self.everything or any(k in self.kinds for k in kinds)

    def touches_entry(self, entry_id: str | None, *kinds: Kind) -> bool:
        """True if this entry (or every entry) changed in one of these ways."""
        if entry_id is None or not self.touches(*kinds):
            return False
        return self.everything or not self.entry_ids or entry_id in self.entry_ids


NOTHING = Changes()


@dataclass(frozen=True)
class Inverse:
    """The action (and its arguments) that undoes another one."""

    action: Callable[..., Outcome[Any]]
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    value: T
    changes: Changes = NOTHING
    # How to put things back; None for changes that are not undone this way
    # (typing has the editor's own undo; history is append-only).
    inverse: Inverse | None = None


class Scope(enum.StrEnum):
    JOURNAL = "journal"  # changes the student's journal
    REVIEW = "review"  # changes only a teacher's review (comments), never a journal


@dataclass(frozen=True)
class ActionInfo:
    name: str
    scope: Scope
    # The words for Edit → Undo (English; the UI translates them in the "Actions" context).
    label: str


_INFO_ATTR = "__journal_action__"


def action(
    label: str, *, scope: Scope = Scope.JOURNAL
) -> Callable[[Callable[P, Outcome[T]]], Callable[P, Outcome[T]]]:
    """Mark a function as an action: it changes something a person owns."""

    def mark(fn: Callable[P, Outcome[T]]) -> Callable[P, Outcome[T]]:
        setattr(fn, _INFO_ATTR, ActionInfo(fn.__name__, scope, label))
        return fn

    return mark


def info(fn: Callable[..., Any]) -> ActionInfo | None:
    """The action's description, or None if ``fn`` is not an action."""
    return getattr(fn, _INFO_ATTR, None)
