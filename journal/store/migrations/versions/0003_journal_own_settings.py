"""the journal's own settings: welcome done, last place, per-journal preferences

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

What belongs to a journal (not to the computer) moves into it, so a second
journal on the same OS account gets its own welcome and its own name: the
learner profile gains ``welcome_done``, ``last_entry_id``, ``last_page`` and
``preferences`` (a JSON object). A journal that already has a name has been
welcomed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "learner_profile",
        sa.Column("welcome_done", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "learner_profile",
        sa.Column("last_entry_id", sa.String(length=36), nullable=False, server_default=""),
    )
    op.add_column(
        "learner_profile",
        sa.Column("last_page", sa.String(length=32), nullable=False, server_default=""),
    )
    op.add_column(
        "learner_profile",
        sa.Column("preferences", sa.JSON(), nullable=False, server_default="{}"),
    )
    op.execute("UPDATE learner_profile SET welcome_done = 1 WHERE name != ''")


def downgrade() -> None:
    for column in ("preferences", "last_page", "last_entry_id", "welcome_done"):
        op.execute(f"ALTER TABLE learner_profile DROP COLUMN {column}")
