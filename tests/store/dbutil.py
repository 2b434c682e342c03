"""Helpers for store and CLI tests: look inside a journal file without the app."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from journal.store.sqlite import readonly_uri


def all_rows(
    db_file: Path, *, include_search_index: bool = True
) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (sorted), keyed by table name."""
    con = sqlite3.connect(readonly_uri(db_file), uri=True)
    try:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        if not include_search_index:
            names = [n for n in names if not n.startswith("entry_fts")]
        rows: dict[str, list[tuple[Any, ...]]] = {}
        for name in names:
            if name == "entry_fts":  # the virtual table itself reads through to entries
                continue
            fetched = con.execute(f'SELECT * FROM "{name}"').fetchall()
            rows[name] = sorted(fetched, key=repr)
        return rows
    finally:
        con.close()


def row_counts(db_file: Path) -> dict[str, int]:
    return {name: len(rows) for name, rows in all_rows(db_file).items()}


def execute(db_file: Path, sql: str, *params: Any) -> None:
    """Change a journal file behind the app's back (to damage it on purpose)."""
    con = sqlite3.connect(db_file)
    try:
        con.execute(sql, params)
        con.commit()
    finally:
        con.close()
