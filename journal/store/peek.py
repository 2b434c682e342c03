"""A quick look inside a journal folder without opening it: whose journal is it?

Used by the "Who's writing?" screen before any journal is opened (and before
SQLAlchemy is imported): one read-only SQLite query per folder, nothing
written, no lock taken. A folder with no journal yet, or one that can't be
read, simply has no name.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

DATABASE_NAME = "journal.db"


def peek_learner_name(folder: Path) -> str:
    """The learner's name kept in the journal in ``folder``; "" if none or unreadable."""
    database = Path(folder) / DATABASE_NAME
    if not database.is_file():
        return ""
    try:
        con = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return ""
    with contextlib.closing(con):
        try:
            row = con.execute("SELECT name FROM learner_profile LIMIT 1").fetchone()
        except sqlite3.Error:
            return ""
    return str(row[0]) if row and isinstance(row[0], str) else ""


def has_journal(folder: Path) -> bool:
    return (Path(folder) / DATABASE_NAME).is_file()
