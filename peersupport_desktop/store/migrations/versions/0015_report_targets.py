"""report targets

The coordinator's targets for the quarterly report (outreach within target, the
acceptance rate, refreshers not overdue), each a whole percent from 1 to 100 or
none. The table is copied (batch) for the checks; an older vault has no targets.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-14 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (column, check constraint's name)
TARGETS = (
    ("target_within_percent", "within_target"),
    ("target_acceptance_percent", "acceptance_target"),
    ("target_refresher_percent", "refresher_target"),
)


def upgrade() -> None:
    with op.batch_alter_table("program_settings", schema=None) as batch_op:
        for column, check in TARGETS:
            batch_op.add_column(sa.Column(column, sa.Integer(), nullable=True))
            batch_op.create_check_constraint(
                check, f"{column} IS NULL OR {column} BETWEEN 1 AND 100"
            )


def downgrade() -> None:
    with op.batch_alter_table("program_settings", schema=None) as batch_op:
        for column, check in reversed(TARGETS):
            batch_op.drop_constraint(f"ck_program_settings_{check}", type_="check")
            batch_op.drop_column(column)
