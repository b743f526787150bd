"""indexes for the figures

Covering indexes, so the quarterly figures read index pages instead of wide rows.
Indexes need no table copy on SQLite, so these are plain statements, not batch mode.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 00:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_case_closings_standing", "case_closings", ["closed_at", "reopened_at", "case_id"]
    )
    op.create_index("ix_cases_first_outreach", "cases", ["first_outreach_at"])
    op.create_index(
        "ix_cases_timing",
        "cases",
        ["referred_at", "first_outreach_at", "outreach_due_at", "outcome"],
    )
    op.drop_index("ix_contacts_case", table_name="contacts")
    op.create_index("ix_contacts_case", "contacts", ["case_id", "kind", "occurred_at"])


def downgrade() -> None:
    op.drop_index("ix_contacts_case", table_name="contacts")
    op.create_index("ix_contacts_case", "contacts", ["case_id"])
    op.drop_index("ix_cases_timing", table_name="cases")
    op.drop_index("ix_cases_first_outreach", table_name="cases")
    op.drop_index("ix_case_closings_standing", table_name="case_closings")
