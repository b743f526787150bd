"""support that follows the person

Tiers of support on each case, with every move up or down kept (tier_changes);
outreach attempts' results and the next try due; urgent events; referrals on to
professional help followed step by step until connected; milestones of
investigations and legal processes. The settings that go with them.

Large tables gain plain ADD COLUMNs (no copy; SQLite keeps their CHECKs). An older
vault's cases start at tier 2 (what a referral to the program is), its attempts have
no recorded result, and its offers stand at the step their answer says.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 16:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _code(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def _checked(values: Sequence[str], column: str) -> str:
    listed = ", ".join(f"'{v}'" for v in values)
    return f"CHECK ({column} IN ({listed}))"


RESULTS = ("no_answer", "voicemail", "message_sent", "reached", "declined")
STEPS = ("offered", "accepted", "declined", "appointment_made", "connected", "lost")
REASONS = (
    "distress_persists", "asked", "safety", "legal_process", "improving", "local_enough",
    "declined_professional", "other",
)  # fmt: skip
MILESTONES = (
    "rca_meeting", "peer_review", "board_hearing", "deposition", "trial", "settlement", "other",
)  # fmt: skip
SPLITS_INDEX = ("referred_at", "event_id", "clinician_id", "referral_source")
SETTINGS = (
    # (column, default, check's name, lowest, highest)
    ("retry_after_hours", 24, "retry_after", 1, 168),
    ("max_attempts", 3, "max_attempts", 1, 10),
    ("urgent_target_minutes", 30, "urgent_target", 5, 1440),
    ("milestone_check_in_days", 7, "milestone_check_in", 0, 90),
    ("referral_step_days", 7, "referral_step", 1, 90),
)


def upgrade() -> None:
    for statement in (
        "ALTER TABLE cases ADD COLUMN tier INTEGER NOT NULL DEFAULT 2 "
        "CONSTRAINT ck_cases_tier CHECK (tier BETWEEN 1 AND 3)",
        "ALTER TABLE cases ADD COLUMN highest_tier INTEGER NOT NULL DEFAULT 2 "
        "CONSTRAINT ck_cases_highest_tier CHECK (highest_tier BETWEEN tier AND 3)",
        "ALTER TABLE cases ADD COLUMN next_attempt_due_at DATETIME",
        "ALTER TABLE events ADD COLUMN urgent BOOLEAN NOT NULL DEFAULT 0",
        "ALTER TABLE contacts ADD COLUMN result VARCHAR(32) "
        f"CONSTRAINT ck_contacts_attempt_result {_checked(RESULTS, 'result')}",
        "ALTER TABLE resource_offers ADD COLUMN step VARCHAR(32) NOT NULL DEFAULT 'offered' "
        f"CONSTRAINT ck_resource_offers_referral_step {_checked(STEPS, 'step')}",
        "ALTER TABLE resource_offers ADD COLUMN decided_at DATETIME",
        "ALTER TABLE resource_offers ADD COLUMN appointment_made_at DATETIME",
        "ALTER TABLE resource_offers ADD COLUMN appointment_on DATE",
        "ALTER TABLE resource_offers ADD COLUMN connected_at DATETIME",
        "ALTER TABLE resource_offers ADD COLUMN lost_at DATETIME",
        "ALTER TABLE resource_offers ADD COLUMN step_due_on DATE",
        # An answered offer stands at its answer; when it came was not kept.
        "UPDATE resource_offers SET step = CASE accepted WHEN 1 THEN 'accepted' "
        "WHEN 0 THEN 'declined' ELSE 'offered' END",
    ):
        op.execute(statement)
    op.create_index("ix_cases_next_attempt", "cases", ["next_attempt_due_at"])
    op.create_index("ix_resource_offers_due", "resource_offers", ["step_due_on"])
    # The report's splits by highest tier are read from the index, as the others are.
    op.drop_index("ix_cases_referral_splits", table_name="cases")
    op.create_index("ix_cases_referral_splits", "cases", [*SPLITS_INDEX, "highest_tier"])
    op.create_table(
        "tier_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("from_tier", sa.Integer(), nullable=False),
        sa.Column("to_tier", sa.Integer(), nullable=False),
        sa.Column("reason", _code("tier_reason", *REASONS), nullable=False),
        sa.CheckConstraint(
            "from_tier BETWEEN 1 AND 3 AND to_tier BETWEEN 1 AND 3", name="ck_tier_changes_tiers"
        ),
        sa.CheckConstraint("from_tier <> to_tier", name="ck_tier_changes_a_move"),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_tier_changes_case_id_cases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_tier_changes"),
    )
    op.create_index("ix_tier_changes_case", "tier_changes", ["case_id", "changed_at"])
    op.create_table(
        "milestones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("kind", _code("milestone_kind", *MILESTONES), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("check_in_days", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("(event_id IS NULL) <> (case_id IS NULL)", name="ck_milestones_of_one"),
        sa.CheckConstraint("check_in_days BETWEEN 0 AND 90", name="ck_milestones_check_in"),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name="fk_milestones_event_id_events", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_milestones_case_id_cases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_milestones"),
    )
    op.create_index("ix_milestones_on_date", "milestones", ["on_date"])
    op.create_index("ix_milestones_event", "milestones", ["event_id"])
    op.create_index("ix_milestones_case", "milestones", ["case_id"])
    with op.batch_alter_table("program_settings", schema=None) as batch_op:
        for column, default, check, lowest, highest in SETTINGS:
            batch_op.add_column(
                sa.Column(column, sa.Integer(), nullable=False, server_default=str(default))
            )
            batch_op.create_check_constraint(check, f"{column} BETWEEN {lowest} AND {highest}")


def downgrade() -> None:
    with op.batch_alter_table("program_settings", schema=None) as batch_op:
        for column, _default, check, _lowest, _highest in reversed(SETTINGS):
            batch_op.drop_constraint(f"ck_program_settings_{check}", type_="check")
            batch_op.drop_column(column)
    op.drop_table("milestones")
    op.drop_table("tier_changes")
    op.drop_index("ix_cases_referral_splits", table_name="cases")
    op.create_index("ix_cases_referral_splits", "cases", list(SPLITS_INDEX))
    op.drop_index("ix_resource_offers_due", table_name="resource_offers")
    op.drop_index("ix_cases_next_attempt", table_name="cases")
    with op.batch_alter_table("resource_offers", schema=None) as batch_op:
        for column in ("step_due_on", "lost_at", "connected_at", "appointment_on",
                       "appointment_made_at", "decided_at", "step"):  # fmt: skip
            batch_op.drop_column(column)
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_column("result")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("urgent")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        for column in ("next_attempt_due_at", "highest_tier", "tier"):
            batch_op.drop_column(column)
