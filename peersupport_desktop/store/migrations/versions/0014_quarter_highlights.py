"""quarter highlights

The coordinator's free-text highlights of a quarter, one row a quarter, shown in the
report's Highlights section. A new table: an older vault simply has none.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-13 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "quarter_highlights",
        sa.Column("quarter", sa.String(length=6), nullable=False),
        sa.Column("text", sa.String(length=2000), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("quarter", name=op.f("pk_quarter_highlights")),
    )


def downgrade() -> None:
    op.drop_table("quarter_highlights")
