"""survey scoring keys, the key each round is scored with, the lowest threshold

A survey's scoring keys as the program enters them from the authors' form (each
item's factor and whether it is reverse-worded), numbered per survey; the newest
scores rounds whose answers come in after it, unless a round was made for an earlier
one. A round keeps the key it was first scored with (0: the program's own table), so
no result once shown is ever re-scored. The program remembers the lowest
small-number threshold it ever had: a figure shown under it may be held by a reader.
Plain ADD COLUMNs: a round already holding answers was scored with the program's own
table; an older vault's lowest threshold is its threshold now, or the floor of 5 if it
holds survey answers (the thresholds it had were not kept).

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
    op.execute(
        "ALTER TABLE program_settings ADD COLUMN lowest_threshold INTEGER NOT NULL DEFAULT 11"
    )
    # The thresholds an older vault had were not kept: where survey figures may have
    # been shown, the floor every threshold respects (5) is the safe guess.
    op.execute(
        "UPDATE program_settings SET lowest_threshold = CASE WHEN EXISTS "
        "(SELECT 1 FROM survey_responses) THEN 5 ELSE small_number_threshold END"
    )
    op.execute("ALTER TABLE survey_rounds ADD COLUMN key_version INTEGER")
    op.execute(
        "UPDATE survey_rounds SET key_version = 0 WHERE EXISTS "
        "(SELECT 1 FROM survey_responses WHERE survey_responses.round_id = survey_rounds.id)"
    )
    op.create_table(
        "survey_keys",
        sa.Column("id", sa.Integer(), nullable=False),
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
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("version >= 1", name="ck_survey_keys_version"),
        sa.PrimaryKeyConstraint("id", name="pk_survey_keys"),
        sa.UniqueConstraint("instrument", "version", name="instrument_version"),
    )


def downgrade() -> None:
    op.drop_table("survey_keys")
    with op.batch_alter_table("survey_rounds", schema=None) as batch_op:
        batch_op.drop_column("key_version")
    with op.batch_alter_table("program_settings", schema=None) as batch_op:
        batch_op.drop_column("lowest_threshold")
