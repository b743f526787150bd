"""languages as codes

Languages were typed freely, so "English" was kept as "english" and never matched a
clinician's "en". Each one the list knows becomes its ISO 639-1 code; one it does
not know is kept as typed (shown as typed, matched only by the same spelling).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-11 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# The live list, not a copy frozen here: it only ever gains languages, and a name it
# knows keeps its code, so running this later turns at least as much into codes.
from peersupport_desktop.core.languages import language_code

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _coded(text: str) -> str:
    return language_code(text) or text.strip().lower()


def upgrade() -> None:
    connection = op.get_bind()
    supporters = connection.execute(sa.text("SELECT id, languages FROM supporters")).all()
    for supporter_id, languages in supporters:
        coded = ",".join(dict.fromkeys(_coded(x) for x in (languages or "").split(",") if x))
        if coded != languages:
            connection.execute(
                sa.text("UPDATE supporters SET languages = :coded WHERE id = :id"),
                {"coded": coded, "id": supporter_id},
            )
    spoken = connection.execute(
        sa.text(
            "SELECT DISTINCT preferred_language FROM clinicians "
            "WHERE preferred_language IS NOT NULL"
        )
    ).scalars()
    for language in list(spoken):
        if _coded(language) != language:
            connection.execute(
                sa.text(
                    "UPDATE clinicians SET preferred_language = :coded "
                    "WHERE preferred_language = :typed"
                ),
                {"coded": _coded(language), "typed": language},
            )


def downgrade() -> None:
    pass  # codes read well enough to an older version: nothing to undo
