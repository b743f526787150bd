"""the survey scoring keys a program enters, and which file brought each response

A survey's scoring key as the program enters it from the authors' form (each item's
factor and whether it is reverse-worded), one per survey, with the keys it replaced;
without one, the program's own item table scores it. Each survey response notes which
of its round's files brought it, so a file overlapping one imported before is caught
(a plain ADD COLUMN; older responses have none).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03 23:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INSTRUMENTS = ("svest", "svest_r")


def upgrade() -> None:
    op.execute("ALTER TABLE survey_responses ADD COLUMN batch INTEGER")
    op.create_table(
        "survey_keys",
        sa.Column(
            "instrument",
            sa.Enum(
                *INSTRUMENTS,
                name="survey_instrument",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("earlier", sa.Text(), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("instrument", name="pk_survey_keys"),
    )


def downgrade() -> None:
    op.drop_table("survey_keys")
    with op.batch_alter_table("survey_responses", schema=None) as batch_op:
        batch_op.drop_column("batch")
