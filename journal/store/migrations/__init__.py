"""Alembic migrations, shipped inside the package and applied on open."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import RevisionError
from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str | None:
    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_known(revision: str | None) -> bool:
    """True for an unversioned database and for every schema this version of the app knows.

    False means a newer Learning Journal wrote the file: migrating it would fail.
    """
    if revision is None:
        return True
    try:
        return ScriptDirectory(str(MIGRATIONS_DIR)).revision_map.get_revision(revision) is not None
    except RevisionError:
        return False


def is_at_head(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()


def upgrade_to_head(engine: Engine) -> None:
    if is_at_head(engine):
        return
    command.upgrade(alembic_config(engine), "head")
