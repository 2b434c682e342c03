"""Alembic environment: runs against the engine handed over in config.attributes."""

from __future__ import annotations

from alembic import context

from journal.store.models import Base
from journal.store.sqlite import is_fts_table

config = context.config


def include_name(name, type_, parent_names):
    # The FTS5 index and its shadow tables are managed by hand in migrations.
    return not (type_ == "table" and name and is_fts_table(name))


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=True,
            include_name=include_name,
            compare_type=True,
        )
        context.run_migrations()


run_migrations_online()
