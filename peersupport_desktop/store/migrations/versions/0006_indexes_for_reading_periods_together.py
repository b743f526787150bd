"""indexes for reading periods together

The figures read each slice of time once and each table from an index alone: the
referral splits need the case's event, clinician and source beside its referral time;
contacts their minutes and supporter beside their time; closings their outcome.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 12:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_cases_referral_splits",
        "cases",
        ["referred_at", "event_id", "clinician_id", "referral_source"],
    )
    op.drop_index("ix_contacts_occurred_at", table_name="contacts")
    op.create_index(
        "ix_contacts_occurred_at", "contacts", ["occurred_at", "duration_minutes", "supporter_id"]
    )
    # The new closings index starts with the columns of the old 'standing' one.
    op.drop_index("ix_case_closings_standing", table_name="case_closings")
    op.drop_index("ix_case_closings_closed_at", table_name="case_closings")
    op.create_index(
        "ix_case_closings_closed_at",
        "case_closings",
        ["closed_at", "reopened_at", "outcome", "case_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_case_closings_closed_at", table_name="case_closings")
    op.create_index("ix_case_closings_closed_at", "case_closings", ["closed_at"])
    op.create_index(
        "ix_case_closings_standing", "case_closings", ["closed_at", "reopened_at", "case_id"]
    )
    op.drop_index("ix_contacts_occurred_at", table_name="contacts")
    op.create_index("ix_contacts_occurred_at", "contacts", ["occurred_at"])
    op.drop_index("ix_cases_referral_splits", table_name="cases")
