"""evaluation and care of the supporters

Feedback from the people supported (invitations under pseudonymous codes, and the
answers that came back); unit surveys (SVEST, SVEST-R) by round, with no
respondent's identity; training sessions with their attendance and anonymous
evaluations; debriefs and meetings of supporters, crediting each who came;
encounters supporters reported, awaiting the coordinator; intense contacts; a
program default capacity (a supporter's own becomes optional) and how often a
supporter should debrief; saved column mappings by the kind of file they read.

The supporters table (hundreds of rows) is copied to make its capacity optional;
an older vault's supporters keep the capacity they had. The contacts table gains
a plain ADD COLUMN (no copy).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 18:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _code(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


DEBRIEF_KINDS = ("one_to_one", "group", "meeting")
ANSWERS = ("yes", "partly", "no")
STATES = ("waiting", "confirmed", "dismissed")
INSTRUMENTS = ("svest", "svest_r")
MODES = ("phone", "in_person", "video", "message")


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), nullable=False)


def _foreign(column: str, table: str, source: str, ondelete: str | None = None) -> sa.Constraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{table}.id"], name=f"fk_{source}_{column}_{table}", ondelete=ondelete
    )


def upgrade() -> None:
    op.execute("ALTER TABLE contacts ADD COLUMN intense BOOLEAN NOT NULL DEFAULT 0")
    op.create_index(
        "ix_contacts_intense",
        "contacts",
        ["supporter_id", "occurred_at"],
        sqlite_where=sa.text("intense = 1"),
    )
    with op.batch_alter_table("supporters", schema=None) as batch_op:
        batch_op.alter_column("capacity", existing_type=sa.Integer(), nullable=True)
    with op.batch_alter_table("program_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("default_capacity", sa.Integer(), nullable=False, server_default="3")
        )
        batch_op.add_column(
            sa.Column("debrief_every_days", sa.Integer(), nullable=True, server_default="120")
        )
        batch_op.add_column(
            sa.Column("feedback_form_address", sa.String(length=500), nullable=True)
        )
        batch_op.create_check_constraint("default_capacity", "default_capacity BETWEEN 1 AND 50")
        batch_op.create_check_constraint(
            "debrief_every",
            "debrief_every_days IS NULL OR debrief_every_days BETWEEN 7 AND 730",
        )
    with op.batch_alter_table("import_mappings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=32), nullable=False, server_default="events")
        )
        batch_op.drop_constraint("uq_import_mappings_name", type_="unique")
        batch_op.create_unique_constraint("kind_name", ["kind", "name"])

    op.create_table(
        "training_sessions",
        _id(),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("refresher", sa.Boolean(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "minutes IS NULL OR minutes BETWEEN 1 AND 2880", name="ck_training_sessions_minutes"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_training_sessions"),
    )
    with op.batch_alter_table("trainings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("session_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_trainings_session_id_training_sessions",
            "training_sessions",
            ["session_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_index("ix_trainings_session", ["session_id"])
    op.create_table(
        "training_evaluations",
        _id(),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("useful", sa.Integer(), nullable=True),
        sa.Column("ready", sa.Integer(), nullable=True),
        sa.Column("comment", sa.String(length=1000), nullable=True),
        sa.CheckConstraint(
            "useful IS NULL OR useful BETWEEN 1 AND 5", name="ck_training_evaluations_useful"
        ),
        sa.CheckConstraint(
            "ready IS NULL OR ready BETWEEN 1 AND 5", name="ck_training_evaluations_ready"
        ),
        _foreign("session_id", "training_sessions", "training_evaluations", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_training_evaluations"),
    )
    op.create_index("ix_training_evaluations_session", "training_evaluations", ["session_id"])

    op.create_table(
        "debriefs",
        _id(),
        sa.Column("kind", _code("debrief_kind", *DEBRIEF_KINDS), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("notes", sa.String(length=4000), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "minutes IS NULL OR minutes BETWEEN 1 AND 1440", name="ck_debriefs_minutes"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_debriefs"),
    )
    op.create_index("ix_debriefs_held_on", "debriefs", ["held_on"])
    op.create_table(
        "debrief_attendees",
        sa.Column("debrief_id", sa.Integer(), nullable=False),
        sa.Column("supporter_id", sa.Integer(), nullable=False),
        _foreign("debrief_id", "debriefs", "debrief_attendees", "CASCADE"),
        _foreign("supporter_id", "supporters", "debrief_attendees"),
        sa.PrimaryKeyConstraint("debrief_id", "supporter_id", name="pk_debrief_attendees"),
    )
    op.create_index("ix_debrief_attendees_supporter", "debrief_attendees", ["supporter_id"])

    op.create_table(
        "feedback_invitations",
        _id(),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("invited_at", sa.DateTime(), nullable=False),
        _foreign("case_id", "cases", "feedback_invitations", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_feedback_invitations"),
        sa.UniqueConstraint("case_id", name="uq_feedback_invitations_case_id"),
        sa.UniqueConstraint("code", name="uq_feedback_invitations_code"),
    )
    op.create_index("ix_feedback_invitations_invited_at", "feedback_invitations", ["invited_at"])
    op.create_table(
        "feedback_responses",
        _id(),
        sa.Column("invitation_id", sa.Integer(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("helpful", sa.Integer(), nullable=True),
        sa.Column("wellbeing_better", _code("feedback_answer", *ANSWERS), nullable=True),
        sa.Column("back_at_work", _code("feedback_answer", *ANSWERS), nullable=True),
        sa.Column("would_recommend", _code("feedback_answer", *ANSWERS), nullable=True),
        sa.Column("comment", sa.String(length=2000), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "helpful IS NULL OR helpful BETWEEN 1 AND 5", name="ck_feedback_responses_helpful"
        ),
        _foreign("invitation_id", "feedback_invitations", "feedback_responses", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_feedback_responses"),
        sa.UniqueConstraint("invitation_id", name="uq_feedback_responses_invitation_id"),
    )

    op.create_table(
        "survey_rounds",
        _id(),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("instrument", _code("survey_instrument", *INSTRUMENTS), nullable=False),
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("file_digests", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _foreign("department_id", "departments", "survey_rounds"),
        sa.PrimaryKeyConstraint("id", name="pk_survey_rounds"),
        sa.UniqueConstraint("department_id", "label", name="department_label"),
    )
    op.create_table(
        "survey_responses",
        _id(),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("answers", sa.String(length=2000), nullable=False),
        _foreign("round_id", "survey_rounds", "survey_responses", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_survey_responses"),
    )
    op.create_index("ix_survey_responses_round", "survey_responses", ["round_id"])

    op.create_table(
        "reported_encounters",
        _id(),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("supporter_id", sa.Integer(), nullable=True),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("mode", _code("contact_mode", *MODES), nullable=False),
        sa.Column("tier", sa.Integer(), nullable=True),
        sa.Column("follow_up_needed", sa.Boolean(), nullable=False),
        sa.Column("intense", sa.Boolean(), nullable=False),
        sa.Column("state", _code("encounter_state", *STATES), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("row_key", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("minutes BETWEEN 0 AND 1440", name="ck_reported_encounters_minutes"),
        sa.CheckConstraint(
            "tier IS NULL OR tier BETWEEN 1 AND 3", name="ck_reported_encounters_tier"
        ),
        _foreign("case_id", "cases", "reported_encounters", "CASCADE"),
        _foreign("supporter_id", "supporters", "reported_encounters"),
        _foreign("contact_id", "contacts", "reported_encounters", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_reported_encounters"),
        sa.UniqueConstraint("row_key", name="uq_reported_encounters_row_key"),
    )
    op.create_index("ix_reported_encounters_state", "reported_encounters", ["state", "occurred_on"])
    op.create_index("ix_reported_encounters_case", "reported_encounters", ["case_id"])


def downgrade() -> None:
    for table in (
        "reported_encounters", "survey_responses", "survey_rounds", "feedback_responses",
        "feedback_invitations", "debrief_attendees", "debriefs", "training_evaluations",
    ):  # fmt: skip
        op.drop_table(table)
    with op.batch_alter_table("trainings", schema=None) as batch_op:
        batch_op.drop_index("ix_trainings_session")
        batch_op.drop_constraint("fk_trainings_session_id_training_sessions", type_="foreignkey")
        batch_op.drop_column("session_id")
    op.drop_table("training_sessions")
    with op.batch_alter_table("import_mappings", schema=None) as batch_op:
        batch_op.drop_constraint("kind_name", type_="unique")
        batch_op.create_unique_constraint("uq_import_mappings_name", ["name"])
        batch_op.drop_column("kind")
    with op.batch_alter_table("program_settings", schema=None) as batch_op:
        batch_op.drop_constraint("ck_program_settings_debrief_every", type_="check")
        batch_op.drop_constraint("ck_program_settings_default_capacity", type_="check")
        batch_op.drop_column("feedback_form_address")
        batch_op.drop_column("debrief_every_days")
        batch_op.drop_column("default_capacity")
    op.execute("UPDATE supporters SET capacity = 3 WHERE capacity IS NULL")
    with op.batch_alter_table("supporters", schema=None) as batch_op:
        batch_op.alter_column("capacity", existing_type=sa.Integer(), nullable=False)
    op.drop_index("ix_contacts_intense", table_name="contacts")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_column("intense")
