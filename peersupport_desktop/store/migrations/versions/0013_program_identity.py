"""program identity

The report's cover and footers name the hospital and the program lead, and show the
program's logo. Plain ADD COLUMNs: SQLite adds a nullable column without copying the
table, and an older vault simply has none of them set.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-12 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("program_settings", sa.Column("hospital_name", sa.String(200), nullable=True))
    op.add_column("program_settings", sa.Column("program_lead", sa.String(200), nullable=True))
    op.add_column("program_settings", sa.Column("logo", sa.LargeBinary(), nullable=True))
    op.add_column("program_settings", sa.Column("logo_type", sa.String(20), nullable=True))


def downgrade() -> None:
    for column in ("logo_type", "logo", "program_lead", "hospital_name"):
        op.drop_column("program_settings", column)
