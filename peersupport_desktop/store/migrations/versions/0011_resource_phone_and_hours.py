"""resource phone and hours

The resource directory says how to reach a service (its phone) and when (its
hours), beside the one free "contact" line the first versions kept. That line
stays, as any other way to reach the service (an email, a pager, a web page).
A contact that is a phone number and nothing else (digits, the usual separators,
an extension) moves into the phone; anything more ("Pager 555-0104") stays whole as
the other contact: nothing is lost, and both are shown and editable.
Plain ADD COLUMNs: SQLite adds a nullable column without copying the table.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-10 10:00:00
"""

import re
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
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, contact FROM resources WHERE contact IS NOT NULL")
    ).all()
    for resource_id, contact in rows:
        if _is_phone_number(contact):
            connection.execute(
                sa.text("UPDATE resources SET phone = :phone, contact = NULL WHERE id = :id"),
                {"phone": contact.strip(), "id": resource_id},
            )


# A number and nothing else: digits with the usual separators, an optional + and an
# extension ("+1 (555) 010-0100 ext. 12"). "Pager 555-0104" or "24/7 line 555-0100"
# say more than a number, and stay whole in the other contact.
_PHONE = re.compile(r"^\+?[\d\s().\-/]*\d[\d\s().\-/]*((ext\.?|x)\s*\d+)?$", re.IGNORECASE)


def _is_phone_number(text: str) -> bool:
    plain = text.strip()
    return len(plain) <= 40 and _PHONE.match(plain) is not None


def downgrade() -> None:
    # The phone goes back into the contact line where that is empty.
    op.execute("UPDATE resources SET contact = phone WHERE contact IS NULL")
    op.drop_column("resources", "hours")
    op.drop_column("resources", "phone")
