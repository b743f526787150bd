"""event notice imports and the working-hours outreach clock

The settings gain how the outreach target is counted (clock hours or the
working week's hours), the working week, the watch folder and the anniversary
reminders; holidays and the saved column mappings of each source system get
tables of their own.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _clock() -> sa.Enum:
    return sa.Enum(
        "hours",
        "working_hours",
        name="outreach_clock",
        native_enum=False,
        create_constraint=True,
        length=32,
    )


def upgrade() -> None:
    with op.batch_alter_table("program_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("outreach_clock", _clock(), nullable=False, server_default="hours")
        )
        batch_op.add_column(
            sa.Column(
                "working_days", sa.String(length=20), nullable=False, server_default="0,1,2,3,4"
            )
        )
        batch_op.add_column(
            sa.Column("working_starts", sa.Time(), nullable=False, server_default="08:00:00.000000")
        )
        batch_op.add_column(
            sa.Column("working_ends", sa.Time(), nullable=False, server_default="17:00:00.000000")
        )
        batch_op.add_column(sa.Column("watch_folder", sa.String(length=1000), nullable=True))
        batch_op.add_column(sa.Column("anniversary_reminder_days", sa.Integer(), nullable=True))
        batch_op.create_check_constraint("working_hours", "working_starts < working_ends")
        batch_op.create_check_constraint(
            "anniversary",
            "anniversary_reminder_days IS NULL OR anniversary_reminder_days BETWEEN 1 AND 90",
        )
    op.create_table(
        "holidays",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holidays")),
        sa.UniqueConstraint("day", name=op.f("uq_holidays_day")),
    )
    op.create_table(
        "import_mappings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("columns", sa.String(length=4000), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mappings")),
        sa.UniqueConstraint("name", name=op.f("uq_import_mappings_name")),
    )


def downgrade() -> None:
    op.drop_table("import_mappings")
    op.drop_table("holidays")
    with op.batch_alter_table("program_settings", schema=None) as batch_op:
        batch_op.drop_constraint("ck_program_settings_anniversary", type_="check")
        batch_op.drop_constraint("ck_program_settings_working_hours", type_="check")
        for column in (
            "anniversary_reminder_days",
            "watch_folder",
            "working_ends",
            "working_starts",
            "working_days",
            "outreach_clock",
        ):
            batch_op.drop_column(column)
