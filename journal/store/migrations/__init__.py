"""Alembic migrations, shipped inside the package and applied on open.

Opening a journal that is already up to date must not pay for importing
Alembic and loading every migration script (≈110 ms), so the newest revision
is also written down here as ``HEAD`` and compared with one SELECT; a test
keeps ``HEAD`` equal to the scripts' real head.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent

#: The newest migration; update it with every new script in versions/.
HEAD = "0004"


def alembic_config(engine: Engine) -> Config:
    import sys

    from alembic.config import Config

    # Alembic's default stdout is bound when it is first imported; pass the
    # current one so messages never go to a stream closed since.
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str | None:
    """The head according to the scripts themselves (slow: imports Alembic)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:  # no alembic_version table: a new, empty database
            return None


def is_known(revision: str | None) -> bool:
    """True for an unversioned database and for every schema this version of the app knows.

    False means a newer Learning Journal wrote the file: migrating it would fail.
    """
    if revision is None or revision == HEAD:
        return True
    from alembic.script import ScriptDirectory
    from alembic.script.revision import RevisionError

    try:
        return ScriptDirectory(str(MIGRATIONS_DIR)).revision_map.get_revision(revision) is not None
    except RevisionError:
        return False


def is_at_head(engine: Engine) -> bool:
    return current_revision(engine) == HEAD


def upgrade_to_head(engine: Engine) -> None:
    if is_at_head(engine):
        return
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
