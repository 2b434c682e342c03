"""an exhibition's published address, for a QR code on its placards

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

A student who puts an exhibition online types its address; placards then
carry a QR code a visitor can scan.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "exhibitions",
        sa.Column("published_url", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.execute("ALTER TABLE exhibitions DROP COLUMN published_url")
