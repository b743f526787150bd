"""resource phone and hours

The resource directory says how to reach a service (its phone) and when (its
hours), beside the one free "contact" line the first versions kept. That line
stays, as any other way to reach the service (an email, a pager, a web page).
A contact that reads as a phone number (a digit, no "@" or web address, short
enough for the phone field) moves into the phone: nothing is lost, and whatever
stays behind is still shown and editable.
Plain ADD COLUMNs: SQLite adds a nullable column without copying the table.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-10 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("resources", sa.Column("phone", sa.String(40), nullable=True))
    op.add_column("resources", sa.Column("hours", sa.String(100), nullable=True))
    op.execute(
        "UPDATE resources SET phone = trim(contact), contact = NULL "
        "WHERE contact GLOB '*[0-9]*' AND contact NOT LIKE '%@%' "
        "AND contact NOT LIKE '%://%' AND lower(contact) NOT LIKE '%www.%' "
        "AND length(trim(contact)) <= 40"
    )


def downgrade() -> None:
    # The phone goes back into the contact line where that is empty.
    op.execute("UPDATE resources SET contact = phone WHERE contact IS NULL")
    op.drop_column("resources", "hours")
    op.drop_column("resources", "phone")
