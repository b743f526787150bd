"""department publishing

The program's department list decides what a publication may name: a department
the coordinator has not marked to be named (one first seen in an imported notice,
say "Private practice Dr Jane Roe") is always grouped, and a small one goes into
the service line the coordinator assigned it, when that line is large enough.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 10:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMNs. Departments already kept were the program's own: named.
    op.execute("ALTER TABLE departments ADD COLUMN named BOOLEAN NOT NULL DEFAULT 1")
    op.execute("ALTER TABLE departments ADD COLUMN service_line VARCHAR(120)")


def downgrade() -> None:
    with op.batch_alter_table("departments", schema=None) as batch_op:
        batch_op.drop_column("service_line")
        batch_op.drop_column("named")
