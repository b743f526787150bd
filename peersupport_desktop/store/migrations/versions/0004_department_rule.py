"""department rule and matching indexes

Where a clinician's supporter comes from: the program's rule (outside the person's
department by default) and, on a case, the person's own wish, which overrides it.
Indexes for matching's counts per supporter and the roster's "last supported".

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Indexes on cases that gain the supporter, so matching's counts need no table rows.
WIDER = {
    "ix_cases_referred_at": ["referred_at"],
    "ix_cases_status": ["status"],
    "ix_cases_event": ["event_id"],
}


def _rule() -> sa.Enum:
    return sa.Enum(
        "outside",
        "within",
        "either",
        name="department_rule",
        native_enum=False,
        create_constraint=True,
        length=32,
    )


def upgrade() -> None:
    with op.batch_alter_table("program_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("department_rule", _rule(), nullable=False, server_default="outside")
        )
    # A plain ADD COLUMN: no copy of the largest table, and SQLite keeps its CHECK.
    op.execute(
        "ALTER TABLE cases ADD COLUMN department_preference VARCHAR(32) "
        "CONSTRAINT ck_cases_department_rule "
        "CHECK (department_preference IN ('outside', 'within', 'either'))"
    )
    for name, columns in WIDER.items():
        op.drop_index(name, table_name="cases")
        op.create_index(name, "cases", [*columns, "supporter_id"])
    op.drop_index("ix_cases_supporter", table_name="cases")
    op.create_index("ix_cases_follow_up", "cases", ["next_follow_up"])
    op.create_index("ix_events_type", "events", ["event_type"])
    op.create_index("ix_contacts_supporter", "contacts", ["supporter_id", "occurred_at"])


def downgrade() -> None:
    op.drop_index("ix_contacts_supporter", table_name="contacts")
    op.drop_index("ix_events_type", table_name="events")
    op.drop_index("ix_cases_follow_up", table_name="cases")
    op.create_index("ix_cases_supporter", "cases", ["supporter_id"])
    for name, columns in WIDER.items():
        op.drop_index(name, table_name="cases")
        op.create_index(name, "cases", columns)
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("department_preference")
    with op.batch_alter_table("program_settings", schema=None) as batch_op:
        batch_op.drop_column("department_rule")
