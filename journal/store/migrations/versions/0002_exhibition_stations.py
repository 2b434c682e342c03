"""exhibitions: formats, stations, picture descriptions, runs and panel notes

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

The 0001 ``exhibition_items`` (an entry with a first and a final revision)
become ``exhibition_stations`` (one pinned draft, a growth strip, two
captions, criteria, attributes, talking notes, a time share); a station now
outlives its entry so the checklist can say which one to fix. Exhibitions get
a format, an audience preset, a time budget and sections; their old
``statement`` is the new ``claim``. Items carry over: the final revision is
pinned and the first and final make the growth strip.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE, never a batch "recreate": dropping the old exhibitions table
    # would cascade to its items (foreign keys are on while migrating).
    op.execute("ALTER TABLE exhibitions RENAME COLUMN statement TO claim")
    op.add_column(
        "exhibitions",
        sa.Column("format", sa.String(length=16), nullable=False, server_default="custom"),
    )
    op.add_column(
        "exhibitions", sa.Column("time_budget_s", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column(
        "exhibitions", sa.Column("sections", sa.JSON(), nullable=False, server_default="[]")
    )
    op.execute(
        "UPDATE exhibitions SET audience = 'panel' "
        "WHERE audience NOT IN ('panel', 'family', 'public')"
    )

    op.create_table(
        "exhibition_stations",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("exhibition_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=True),
        sa.Column("entry_title", sa.Text(), nullable=False),
        sa.Column("revision_id", sa.String(length=36), nullable=True),
        sa.Column("growth_revision_ids", sa.JSON(), nullable=False),
        sa.Column("caption_topic", sa.Text(), nullable=False),
        sa.Column("caption_self", sa.Text(), nullable=False),
        sa.Column("criterion_ids", sa.JSON(), nullable=False),
        sa.Column("attributes", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("time_share_s", sa.Integer(), nullable=False),
        sa.Column("section", sa.Text(), nullable=False),
        sa.Column("include_people_ids", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entries.id"],
            name=op.f("fk_exhibition_stations_entry_id_entries"), ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["exhibition_id"], ["exhibitions.id"],
            name=op.f("fk_exhibition_stations_exhibition_id_exhibitions"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["revision_id"], ["revisions.id"],
            name=op.f("fk_exhibition_stations_revision_id_revisions"), ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exhibition_stations")),
    )
    with op.batch_alter_table("exhibition_stations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exhibition_stations_entry_id"), ["entry_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_exhibition_stations_exhibition_id"), ["exhibition_id"], unique=False
        )

    op.create_table(
        "attachment_descriptions",
        sa.Column("attachment_id", sa.String(length=36), nullable=False),
        sa.Column("alt_text", sa.Text(), nullable=False),
        sa.Column("decorative", sa.Boolean(), nullable=False),
        sa.Column("shows_people", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"], ["attachments.id"],
            name=op.f("fk_attachment_descriptions_attachment_id_attachments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attachment_id", name=op.f("pk_attachment_descriptions")),
    )

    op.create_table(
        "exhibition_runs",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("exhibition_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("total_s", sa.Float(), nullable=False),
        sa.Column("timings", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["exhibition_id"], ["exhibitions.id"],
            name=op.f("fk_exhibition_runs_exhibition_id_exhibitions"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exhibition_runs")),
    )
    with op.batch_alter_table("exhibition_runs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exhibition_runs_exhibition_id"), ["exhibition_id"], unique=False
        )

    op.create_table(
        "exhibition_panel_notes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("exhibition_id", sa.String(length=36), nullable=False),
        sa.Column("run_id", sa.String(length=36), nullable=True),
        sa.Column("station_id", sa.String(length=36), nullable=True),
        sa.Column("criterion_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("author_name", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"], ["criteria.id"],
            name=op.f("fk_exhibition_panel_notes_criterion_id_criteria"), ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["exhibition_id"], ["exhibitions.id"],
            name=op.f("fk_exhibition_panel_notes_exhibition_id_exhibitions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["run_id"], ["exhibition_runs.id"],
            name=op.f("fk_exhibition_panel_notes_run_id_exhibition_runs"), ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["station_id"], ["exhibition_stations.id"],
            name=op.f("fk_exhibition_panel_notes_station_id_exhibition_stations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exhibition_panel_notes")),
    )
    with op.batch_alter_table("exhibition_panel_notes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exhibition_panel_notes_exhibition_id"), ["exhibition_id"],
            unique=False,
        )  # fmt: skip

    # Carry the old items over: the final revision is pinned, first and final are the strip.
    op.execute(
        """
        INSERT INTO exhibition_stations (
            id, exhibition_id, position, entry_id, entry_title, revision_id,
            growth_revision_ids, caption_topic, caption_self, criterion_ids, attributes,
            notes, time_share_s, section, include_people_ids)
        SELECT i.id, i.exhibition_id, i.position, i.entry_id,
               COALESCE((SELECT e.title FROM entries e WHERE e.id = i.entry_id), ''),
               COALESCE(i.final_revision_id, i.first_revision_id),
               CASE WHEN i.first_revision_id IS NOT NULL AND i.final_revision_id IS NOT NULL
                         AND i.first_revision_id != i.final_revision_id
                    THEN json_array(i.first_revision_id, i.final_revision_id)
                    ELSE '[]' END,
               i.caption_topic, i.caption_self, '[]', '[]', '', 0, '', '[]'
        FROM exhibition_items i
        """
    )
    with op.batch_alter_table("exhibition_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exhibition_items_exhibition_id"))
        batch_op.drop_index(batch_op.f("ix_exhibition_items_entry_id"))
    op.drop_table("exhibition_items")


def downgrade() -> None:
    op.create_table(
        "exhibition_items",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("exhibition_id", sa.String(length=36), nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("first_revision_id", sa.String(length=36), nullable=True),
        sa.Column("final_revision_id", sa.String(length=36), nullable=True),
        sa.Column("caption_topic", sa.Text(), nullable=False),
        sa.Column("caption_self", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entries.id"],
            name=op.f("fk_exhibition_items_entry_id_entries"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["exhibition_id"], ["exhibitions.id"],
            name=op.f("fk_exhibition_items_exhibition_id_exhibitions"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["final_revision_id"], ["revisions.id"],
            name=op.f("fk_exhibition_items_final_revision_id_revisions"), ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["first_revision_id"], ["revisions.id"],
            name=op.f("fk_exhibition_items_first_revision_id_revisions"), ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exhibition_items")),
    )
    with op.batch_alter_table("exhibition_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exhibition_items_entry_id"), ["entry_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_exhibition_items_exhibition_id"), ["exhibition_id"], unique=False
        )
    op.execute(
        """
        INSERT INTO exhibition_items (
            id, exhibition_id, entry_id, position, first_revision_id, final_revision_id,
            caption_topic, caption_self)
        SELECT s.id, s.exhibition_id, s.entry_id, s.position,
               json_extract(s.growth_revision_ids, '$[0]'), s.revision_id,
               s.caption_topic, s.caption_self
        FROM exhibition_stations s WHERE s.entry_id IS NOT NULL
        """
    )
    with op.batch_alter_table("exhibition_panel_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exhibition_panel_notes_exhibition_id"))
    op.drop_table("exhibition_panel_notes")
    with op.batch_alter_table("exhibition_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exhibition_runs_exhibition_id"))
    op.drop_table("exhibition_runs")
    op.drop_table("attachment_descriptions")
    with op.batch_alter_table("exhibition_stations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exhibition_stations_exhibition_id"))
        batch_op.drop_index(batch_op.f("ix_exhibition_stations_entry_id"))
    op.drop_table("exhibition_stations")
    for column in ("sections", "time_budget_s", "format"):
        op.execute(f"ALTER TABLE exhibitions DROP COLUMN {column}")
    op.execute("ALTER TABLE exhibitions RENAME COLUMN claim TO statement")
