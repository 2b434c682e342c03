"""Whose a portfolio is, and fresh ids for one that came from another journal.

Every row that can leave the machine has an id, and a portfolio says which
journal it came from (``profile.journal_id``). Ids are only ever matched
within one journal: a portfolio of this journal (or one going into a new,
empty journal, which then takes its identity) merges by id, so an entry that
is already here gains the revisions it lacks. A portfolio of *another* journal
never merges into this journal's records, even when an id happens to be the
same: :func:`with_fresh_ids` gives everything in it a new id, made from the
other journal's id and the old one, so importing the same portfolio twice
still adds nothing twice, and a later export of that journal adds to the same
copies.
"""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from journal.portfolio.data import PortfolioData

NAMESPACE = uuid.UUID("b0c3a9e4-51d2-4f0e-9a57-2f8e6c1d7a30")
# Fields that name something outside the portfolio's own records: never renamed.
_OUTSIDE = frozenset({"journal_id", "portfolio_id", "prompt_id", "source_file_id"})


def fresh_id(journal_id: str, old_id: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{journal_id}\x1f{old_id}"))


def _records(value: Any) -> list[Any]:
    """Every plain-data record in the portfolio (entries, revisions, goals' parts, …)."""
    found: list[Any] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            found.append(item)
            stack.extend(getattr(item, f.name) for f in dataclasses.fields(item))
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
    return found


def _id_fields(record: Any) -> list[str]:
    return [
        f.name
        for f in dataclasses.fields(record)
        if (f.name == "id" or f.name.endswith("_id")) and f.name not in _OUTSIDE
    ]


def with_fresh_ids(data: PortfolioData) -> PortfolioData:
    """``data`` (changed in place) with every id it defines, and every reference to one, new."""
    journal_id = data.profile.journal_id
    records = _records(data)
    defined = {r.id for r in records if isinstance(getattr(r, "id", None), str)}
    renamed = {old: fresh_id(journal_id, old) for old in defined}
    for record in records:
        for name in _id_fields(record):
            value = getattr(record, name)
            if isinstance(value, str) and value in renamed:
                object.__setattr__(record, name, renamed[value])
    return data
