"""Every change a person makes to a journal, one typed function each.

An action takes the open journal and plain arguments, runs in its own write
transaction, and returns an :class:`Outcome`: its value, the
:class:`Changes` it made (for views to refresh themselves) and, for
structural changes, the :class:`Inverse` that undoes it. No Qt: the window
runs actions through ``journal.ui.runner.ActionRunner``; the command line and
the tests call them directly.
"""

from journal.actions.base import (
    NOTHING,
    ActionInfo,
    Changes,
    Inverse,
    Kind,
    Outcome,
    Scope,
    action,
    info,
)

__all__ = [
    "NOTHING",
    "ActionInfo",
    "Changes",
    "Inverse",
    "Kind",
    "Outcome",
    "Scope",
    "action",
    "info",
]
