"""publication log

Every publication that leaves the vault (a saved leadership report, a summary or
records export) keeps, in the vault, the cells it published and the true counts and
relations behind them, so the next publication of the same periods is checked
together with it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "publication_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("quarters", sa.String(length=400), nullable=False),
        sa.Column("export_id", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["export_id"], ["export_log.id"], name=op.f("fk_publication_log_export_id_export_log")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publication_log")),
    )


def downgrade() -> None:
    op.drop_table("publication_log")
