"""backups, retention and who did what

The settings gain the backup folder; a case remembers when it was de-identified
under the retention setting; each audit entry names the computer account that
did it; indexes let retention count what it has not de-identified yet and the
audit view find one record's entries.
Plain ADD COLUMNs: SQLite adds a nullable column without copying the table.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("program_settings", sa.Column("backup_folder", sa.String(1000), nullable=True))
    op.add_column("cases", sa.Column("deidentified_at", sa.DateTime(), nullable=True))
    op.add_column("audit_log", sa.Column("actor", sa.String(100), nullable=True))
    op.create_index(
        "ix_cases_retention",
        "cases",
        ["closed_at"],
        sqlite_where=sa.text("deidentified_at IS NULL"),
    )
    op.create_index("ix_audit_log_record", "audit_log", ["record_kind", "record_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_record", table_name="audit_log")
    op.drop_index("ix_cases_retention", table_name="cases")
    op.drop_column("audit_log", "actor")
    op.drop_column("cases", "deidentified_at")
    op.drop_column("program_settings", "backup_folder")
