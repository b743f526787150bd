"""export log

Every anonymized export leaves a record: when, what kind, which periods and
fields, the small-number threshold, the k asked for and achieved, and the file's
SHA-256; never any of its content.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "export_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("file_format", sa.String(length=10), nullable=False),
        sa.Column("periods", sa.String(length=400), nullable=False),
        sa.Column("fields", sa.String(length=2000), nullable=False),
        sa.Column("threshold", sa.Integer(), nullable=False),
        sa.Column("k", sa.Integer(), nullable=True),
        sa.Column("k_achieved", sa.Integer(), nullable=True),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_log")),
    )
    op.create_index("ix_export_log_at", "export_log", ["at"])


def downgrade() -> None:
    op.drop_index("ix_export_log_at", table_name="export_log")
    op.drop_table("export_log")
