"""The vault's tables, as typed SQLAlchemy 2.0 models.

Times are naive local wall-clock times, as the program's figures are defined.
Codes from the glossary are stored as their code; custom event types and
departments live in tables so a program can add its own.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum as PyEnum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql import text

from peersupport_desktop.core.codes import (
    AttemptResult,
    CaseStatus,
    ContactKind,
    ContactMode,
    DebriefKind,
    DepartmentRule,
    EncounterState,
    FeedbackAnswer,
    MilestoneKind,
    Outcome,
    ReferralSource,
    ReferralStep,
    ResourceKind,
    Role,
    SupporterStatus,
    SurveyInstrument,
    TierReason,
)
from peersupport_desktop.core.working_time import OutreachClock

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


DEFAULT_PROGRAM_NAME = "Peer Support Program"  # until the coordinator names it


def code(enum_cls: type[PyEnum], name: str) -> Enum:
    """A glossary code column: stores the code text, checks it, reads back the enum."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Department(Base):
    __tablename__ = "departments"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    # Whether publications may print the name (services.departments): one first seen
    # in an imported notice is not, until the coordinator says so.
    named: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("1"))
    service_line: Mapped[str | None] = mapped_column(String(120))


class EventTypeRow(Base):
    """The glossary's event types plus any the program adds."""

    __tablename__ = "event_types"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label: Mapped[str] = mapped_column(String(120))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class Clinician(Base):
    __tablename__ = "clinicians"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(code(Role, "role"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    preferred_language: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_clinicians_email", "email"), Index("ix_clinicians_name", "name"))


class Event(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_type: Mapped[str] = mapped_column(ForeignKey("event_types.code"))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    description: Mapped[str | None] = mapped_column(String(500))
    # Where an imported notice came from, so the same notice is never imported twice.
    external_source: Mapped[str | None] = mapped_column(String(80))
    external_ref: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # A death on the unit, say: its cases are reached out to within the urgent target.
    urgent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))

    __table_args__ = (
        UniqueConstraint("external_source", "external_ref", name="external"),
        Index("ix_events_type", "event_type"),  # matching: experience with this kind of event
    )


class Supporter(Base):
    __tablename__ = "supporters"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(code(Role, "role"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    specialty: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    # ISO 639-1 codes, comma-separated ("en,es").
    languages: Mapped[str] = mapped_column(String(120), default="")
    training_date: Mapped[dt.date | None] = mapped_column(Date)
    refresher_due: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[SupporterStatus] = mapped_column(code(SupporterStatus, "supporter_status"))
    # The most open cases matching gives them; None = the program's default (Settings).
    capacity: Mapped[int | None] = mapped_column(Integer)
    # A supporter may also be a clinician of the hospital who is supported once.
    clinician_id: Mapped[int | None] = mapped_column(ForeignKey("clinicians.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (CheckConstraint("capacity >= 0", name="capacity"),)


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    clinician_id: Mapped[int] = mapped_column(ForeignKey("clinicians.id"))
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    referral_source: Mapped[ReferralSource] = mapped_column(code(ReferralSource, "referral_source"))
    referrer: Mapped[str | None] = mapped_column(String(200))
    referred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    status: Mapped[CaseStatus] = mapped_column(code(CaseStatus, "case_status"))
    supporter_id: Mapped[int | None] = mapped_column(ForeignKey("supporters.id"))
    outreach_due_at: Mapped[dt.datetime] = mapped_column(DateTime)
    first_outreach_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    outcome: Mapped[Outcome | None] = mapped_column(code(Outcome, "outcome"))
    next_follow_up: Mapped[dt.date | None] = mapped_column(Date)
    reopened_count: Mapped[int] = mapped_column(Integer, default=0)
    # The person's own wish about their supporter's department; None = the program's rule.
    department_preference: Mapped[DepartmentRule | None] = mapped_column(
        code(DepartmentRule, "department_rule")
    )
    # When retention removed who it was about (identity, contact details, notes).
    deidentified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The level of support now, and the highest reached (core.tiers); moves are kept
    # in tier_changes.
    tier: Mapped[int] = mapped_column(Integer, default=2, server_default=text("2"))
    highest_tier: Mapped[int] = mapped_column(Integer, default=2, server_default=text("2"))
    # When the next outreach attempt is due after an unanswered one; None: none due.
    next_attempt_due_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        # Each with the supporter, so matching's counts per supporter (open cases, recent
        # cases, cases after this kind of event) are read from the index alone. There is
        # no index on the supporter alone: SQLite chose it for those counts' GROUP BY
        # and read every row (100 ms at 100,000 cases instead of 6).
        Index("ix_cases_referred_at", "referred_at", "supporter_id"),
        Index("ix_cases_status", "status", "supporter_id"),
        Index("ix_cases_clinician", "clinician_id"),
        Index("ix_cases_event", "event_id", "supporter_id"),
        Index("ix_cases_follow_up", "next_follow_up"),  # the calendar's follow-ups
        # The figures' scans: answered from the index alone, without the wide rows.
        Index("ix_cases_timing", "referred_at", "first_outreach_at", "outreach_due_at", "outcome"),
        Index(
            "ix_cases_referral_splits",
            "referred_at",
            "event_id",
            "clinician_id",
            "referral_source",
            "highest_tier",
        ),
        Index("ix_cases_first_outreach", "first_outreach_at"),
        # Retention's count at each unlock: the cases not yet de-identified, by closing.
        Index("ix_cases_retention", "closed_at", sqlite_where=text("deidentified_at IS NULL")),
        CheckConstraint(
            "(status = 'closed') = (closed_at IS NOT NULL AND outcome IS NOT NULL)",
            name="closed_has_outcome",
        ),
        CheckConstraint("tier BETWEEN 1 AND 3", name="tier"),
        CheckConstraint("highest_tier BETWEEN tier AND 3", name="highest_tier"),
        # Today's outreach queue: the next tries due.
        Index("ix_cases_next_attempt", "next_attempt_due_at"),
    )


class TierChange(Base):
    """A case moved up or down a level of support, when and why."""

    __tablename__ = "tier_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    from_tier: Mapped[int] = mapped_column(Integer)
    to_tier: Mapped[int] = mapped_column(Integer)
    reason: Mapped[TierReason] = mapped_column(code(TierReason, "tier_reason"))

    __table_args__ = (
        Index("ix_tier_changes_case", "case_id", "changed_at"),
        CheckConstraint("from_tier BETWEEN 1 AND 3 AND to_tier BETWEEN 1 AND 3", name="tiers"),
        CheckConstraint("from_tier <> to_tier", name="a_move"),
    )


class Milestone(Base):
    """A dated step of an investigation or legal process, of an event (everyone it
    touched) or of one case; a check-in is due ``check_in_days`` before it."""

    __tablename__ = "milestones"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[MilestoneKind] = mapped_column(code(MilestoneKind, "milestone_kind"))
    on_date: Mapped[dt.date] = mapped_column(Date)
    check_in_days: Mapped[int] = mapped_column(Integer, default=7)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_milestones_on_date", "on_date"),
        Index("ix_milestones_event", "event_id"),
        Index("ix_milestones_case", "case_id"),
        CheckConstraint("(event_id IS NULL) <> (case_id IS NULL)", name="of_one"),
        CheckConstraint("check_in_days BETWEEN 0 AND 90", name="check_in"),
    )


class CaseClosing(Base):
    """Each time a case closed, kept through reopenings so past quarters' figures stay true."""

    __tablename__ = "case_closings"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    closed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    outcome: Mapped[Outcome] = mapped_column(code(Outcome, "outcome"))
    reopened_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_case_closings_case", "case_id"),
        # The figures' closings and the closings standing at a moment, from the index.
        Index("ix_case_closings_closed_at", "closed_at", "reopened_at", "outcome", "case_id"),
    )


class Contact(Base):
    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[ContactKind] = mapped_column(code(ContactKind, "contact_kind"))
    mode: Mapped[ContactMode] = mapped_column(code(ContactMode, "contact_mode"))
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    supporter_id: Mapped[int | None] = mapped_column(ForeignKey("supporters.id"))
    # ConversationPart codes, comma-separated: which parts happened, never what was said.
    parts: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str | None] = mapped_column(String(500))
    # An outreach attempt's result; None for a conversation, or an attempt logged before
    # results were kept.
    result: Mapped[AttemptResult | None] = mapped_column(code(AttemptResult, "attempt_result"))
    # The supporter found it hard: a check-in with them is proposed until they debrief.
    intense: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))

    __table_args__ = (
        # Covers "was this case reached by then?" without reading the contact rows.
        Index("ix_contacts_case", "case_id", "kind", "occurred_at"),
        Index("ix_contacts_occurred_at", "occurred_at", "duration_minutes", "supporter_id"),
        Index("ix_contacts_supporter", "supporter_id", "occurred_at"),  # "last supported"
        # The few intense ones, for Today's check-ins with supporters at every refresh.
        Index(
            "ix_contacts_intense", "supporter_id", "occurred_at", sqlite_where=text("intense = 1")
        ),
        CheckConstraint("duration_minutes >= 0", name="duration"),
    )


class AvailabilitySlot(Base):
    """A weekly recurring slot (weekday 0 = Monday)."""

    __tablename__ = "availability_slots"
    id: Mapped[int] = mapped_column(primary_key=True)
    supporter_id: Mapped[int] = mapped_column(ForeignKey("supporters.id", ondelete="CASCADE"))
    weekday: Mapped[int] = mapped_column(Integer)
    starts: Mapped[dt.time] = mapped_column(Time)
    ends: Mapped[dt.time] = mapped_column(Time)

    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("starts < ends", name="order"),
    )


class AvailabilityException(Base):
    """A dated exception: away for a span, or an extra slot on a date."""

    __tablename__ = "availability_exceptions"
    id: Mapped[int] = mapped_column(primary_key=True)
    supporter_id: Mapped[int] = mapped_column(ForeignKey("supporters.id", ondelete="CASCADE"))
    available: Mapped[bool] = mapped_column(Boolean)  # False = away, True = extra slot
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (CheckConstraint("starts_at < ends_at", name="order"),)


class OnCallWeek(Base):
    """Who is first call in the week starting on ``week_start`` (a Monday)."""

    __tablename__ = "on_call_weeks"
    id: Mapped[int] = mapped_column(primary_key=True)
    week_start: Mapped[dt.date] = mapped_column(Date, unique=True)
    supporter_id: Mapped[int] = mapped_column(ForeignKey("supporters.id"))


class Training(Base):
    """One supporter's training; with a session, their attendance of it."""

    __tablename__ = "trainings"
    id: Mapped[int] = mapped_column(primary_key=True)
    supporter_id: Mapped[int] = mapped_column(ForeignKey("supporters.id"))
    title: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[dt.date] = mapped_column(Date)
    refresher: Mapped[bool] = mapped_column(Boolean, default=False)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("training_sessions.id", ondelete="CASCADE")
    )

    __table_args__ = (Index("ix_trainings_session", "session_id"),)


class TrainingSession(Base):
    """A training held for several supporters; its attendance is their Training rows."""

    __tablename__ = "training_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    held_on: Mapped[dt.date] = mapped_column(Date)
    refresher: Mapped[bool] = mapped_column(Boolean, default=False)
    minutes: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint("minutes IS NULL OR minutes BETWEEN 1 AND 2880", name="minutes"),
    )


class TrainingEvaluation(Base):
    """One attendee's short evaluation of a session: anonymous, never tied to a supporter."""

    __tablename__ = "training_evaluations"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_sessions.id", ondelete="CASCADE"))
    useful: Mapped[int | None] = mapped_column(Integer)  # 1 (not at all) to 5 (very)
    ready: Mapped[int | None] = mapped_column(Integer)  # 1 to 5: ready to support a colleague
    comment: Mapped[str | None] = mapped_column(String(1000))

    __table_args__ = (
        Index("ix_training_evaluations_session", "session_id"),
        CheckConstraint("useful IS NULL OR useful BETWEEN 1 AND 5", name="useful"),
        CheckConstraint("ready IS NULL OR ready BETWEEN 1 AND 5", name="ready"),
    )


class Debrief(Base):
    """A debrief or meeting of supporters: when, how long, its minutes; never a case."""

    __tablename__ = "debriefs"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[DebriefKind] = mapped_column(code(DebriefKind, "debrief_kind"))
    held_on: Mapped[dt.date] = mapped_column(Date)
    minutes: Mapped[int | None] = mapped_column(Integer)  # how long it lasted
    notes: Mapped[str | None] = mapped_column(String(4000))  # the meeting's minutes
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_debriefs_held_on", "held_on"),
        CheckConstraint("minutes IS NULL OR minutes BETWEEN 1 AND 1440", name="minutes"),
    )


class DebriefAttendee(Base):
    """A supporter credited with a debrief (a group debrief credits each who came)."""

    __tablename__ = "debrief_attendees"
    debrief_id: Mapped[int] = mapped_column(
        ForeignKey("debriefs.id", ondelete="CASCADE"), primary_key=True
    )
    supporter_id: Mapped[int] = mapped_column(ForeignKey("supporters.id"), primary_key=True)

    __table_args__ = (Index("ix_debrief_attendees_supporter", "supporter_id"),)


class FeedbackInvitation(Base):
    """An invitation to the feedback form after a case closed, under a fresh
    pseudonymous code (never the case reference) that its answers come back with."""

    __tablename__ = "feedback_invitations"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    invited_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_feedback_invitations_invited_at", "invited_at"),)


class FeedbackResponse(Base):
    """The answers that came back under an invitation's code: one per code."""

    __tablename__ = "feedback_responses"
    id: Mapped[int] = mapped_column(primary_key=True)
    invitation_id: Mapped[int] = mapped_column(
        ForeignKey("feedback_invitations.id", ondelete="CASCADE"), unique=True
    )
    answered_on: Mapped[dt.date] = mapped_column(Date)
    helpful: Mapped[int | None] = mapped_column(Integer)  # 1 (not at all) to 5 (very)
    wellbeing_better: Mapped[FeedbackAnswer | None] = mapped_column(
        code(FeedbackAnswer, "feedback_answer")
    )
    back_at_work: Mapped[FeedbackAnswer | None] = mapped_column(
        code(FeedbackAnswer, "feedback_answer")
    )
    would_recommend: Mapped[FeedbackAnswer | None] = mapped_column(
        code(FeedbackAnswer, "feedback_answer")
    )
    comment: Mapped[str | None] = mapped_column(String(2000))  # internal: never published
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint("helpful IS NULL OR helpful BETWEEN 1 AND 5", name="helpful"),
    )


class SurveyRound(Base):
    """One round of a unit survey (SVEST or SVEST-R) in one department."""

    __tablename__ = "survey_rounds"
    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    instrument: Mapped[SurveyInstrument] = mapped_column(
        code(SurveyInstrument, "survey_instrument")
    )
    label: Mapped[str] = mapped_column(String(80))  # "Before", "Spring 2026"
    held_on: Mapped[dt.date] = mapped_column(Date)  # when the round closed
    # SHA-256 of each file imported into it, comma-separated: the same file twice adds nothing.
    file_digests: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # The scoring key it was first scored with, kept for good (0: the program's own
    # table); None until its first answers come in.
    key_version: Mapped[int | None] = mapped_column(Integer, nullable=True)

    __table_args__ = (UniqueConstraint("department_id", "label", name="department_label"),)


class SurveyResponse(Base):
    """One respondent's answers, and nothing of who they are: no name, no e-mail, not
    even the survey tool's record number."""

    __tablename__ = "survey_responses"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("survey_rounds.id", ondelete="CASCADE"))
    # JSON: item key -> 1..5, as core/svest.py names the items; unanswered items absent.
    answers: Mapped[str] = mapped_column(String(2000))

    __table_args__ = (Index("ix_survey_responses_round", "round_id"),)


class SurveyKey(Base):
    """A survey's scoring key as the program entered it from the authors' form, numbered
    per survey; the newest scores rounds whose answers come in after it."""

    __tablename__ = "survey_keys"
    id: Mapped[int] = mapped_column(primary_key=True)
    instrument: Mapped[SurveyInstrument] = mapped_column(
        code(SurveyInstrument, "survey_instrument")
    )
    version: Mapped[int] = mapped_column(Integer)  # 1, 2, … (0 is the program's own table)
    # JSON: [[item number, factor key, reverse-worded], ...] in item order.
    items: Mapped[str] = mapped_column(Text)
    entered_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint("version >= 1", name="version"),
        UniqueConstraint("instrument", "version", name="instrument_version"),
    )


class ReportedEncounter(Base):
    """An encounter a supporter reported on the survey tool's form, attached to its case
    by the case code, awaiting the coordinator's confirmation; confirmed, it is a contact."""

    __tablename__ = "reported_encounters"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    supporter_id: Mapped[int | None] = mapped_column(ForeignKey("supporters.id"))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    mode: Mapped[ContactMode] = mapped_column(code(ContactMode, "contact_mode"))
    tier: Mapped[int | None] = mapped_column(Integer)
    follow_up_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    intense: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[EncounterState] = mapped_column(
        code(EncounterState, "encounter_state"), default=EncounterState.WAITING
    )
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    # SHA-256 of the row's meaning: the same row imported again adds nothing.
    row_key: Mapped[str] = mapped_column(String(64), unique=True)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_reported_encounters_state", "state", "occurred_on"),
        Index("ix_reported_encounters_case", "case_id"),
        CheckConstraint("minutes BETWEEN 0 AND 1440", name="minutes"),
        CheckConstraint("tier IS NULL OR tier BETWEEN 1 AND 3", name="tier"),
    )


class Resource(Base):
    """An entry of the directory of professional services outside the program."""

    __tablename__ = "resources"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ResourceKind] = mapped_column(code(ResourceKind, "resource_kind"))
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    hours: Mapped[str | None] = mapped_column(String(100))  # when it answers, as said
    # Any other way to reach it (an email, a pager, a web page); before 0011, the only one.
    contact: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(String(500))
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # False: no longer offered


class ResourceOffer(Base):
    __tablename__ = "resource_offers"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    resource_id: Mapped[int] = mapped_column(ForeignKey("resources.id"))
    offered_at: Mapped[dt.datetime] = mapped_column(DateTime)
    accepted: Mapped[bool | None] = mapped_column(Boolean)  # None: not yet known
    # Followed until connected: offered -> accepted or declined -> appointment made ->
    # connected (or lost), each step dated; an open step is due by step_due_on.
    step: Mapped[ReferralStep] = mapped_column(
        code(ReferralStep, "referral_step"), default=ReferralStep.OFFERED,
        server_default=ReferralStep.OFFERED.value,
    )  # fmt: skip
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    appointment_made_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    appointment_on: Mapped[dt.date | None] = mapped_column(Date)  # the appointment itself
    connected_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    lost_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    step_due_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (
        Index("ix_resource_offers_case", "case_id"),
        Index("ix_resource_offers_due", "step_due_on"),  # Today's overdue steps
    )


class ProgramSettings(Base):
    """The program's settings: exactly one row, id 1."""

    __tablename__ = "program_settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    program_name: Mapped[str] = mapped_column(String(200), default=DEFAULT_PROGRAM_NAME)
    outreach_target_hours: Mapped[int] = mapped_column(Integer, default=24)
    small_number_threshold: Mapped[int] = mapped_column(Integer, default=11)
    # The lowest threshold ever in force: a figure shown under it may be held by a
    # reader, whatever the threshold is now (services/survey_answers.py).
    lowest_threshold: Mapped[int] = mapped_column(Integer, default=11)
    auto_lock_minutes: Mapped[int] = mapped_column(Integer, default=10)
    # Months after closing before a case is de-identified; None = retention off.
    retention_months: Mapped[int | None] = mapped_column(Integer)
    # Where supporters come from, unless the person on a case wishes otherwise.
    department_rule: Mapped[DepartmentRule] = mapped_column(
        code(DepartmentRule, "department_rule"), default=DepartmentRule.OUTSIDE
    )
    # How the outreach target is counted: clock hours, or the working week's hours.
    outreach_clock: Mapped[OutreachClock] = mapped_column(
        code(OutreachClock, "outreach_clock"), default=OutreachClock.HOURS
    )
    working_days: Mapped[str] = mapped_column(String(20), default="0,1,2,3,4")  # 0 = Monday
    working_starts: Mapped[dt.time] = mapped_column(Time, default=dt.time(8))
    working_ends: Mapped[dt.time] = mapped_column(Time, default=dt.time(17))
    # A folder whose event-notice files are imported while the vault is unlocked.
    watch_folder: Mapped[str | None] = mapped_column(String(1000))
    # Days ahead to remind of a serious event's first anniversary; None = off.
    anniversary_reminder_days: Mapped[int | None] = mapped_column(Integer)
    # Where backups go (an external drive, say); None = a "backups" folder beside the vault.
    backup_folder: Mapped[str | None] = mapped_column(String(1000))
    # Who the program is, for the report's cover and footers; None = not given.
    hospital_name: Mapped[str | None] = mapped_column(String(200))
    program_lead: Mapped[str | None] = mapped_column(String(200))
    # The program's logo, kept in the vault (never a file beside it): "png" or "jpeg".
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_type: Mapped[str | None] = mapped_column(String(20))
    # The quarterly report's targets, whole percents; None = no target.
    target_within_percent: Mapped[int | None] = mapped_column(Integer)
    target_acceptance_percent: Mapped[int | None] = mapped_column(Integer)
    target_refresher_percent: Mapped[int | None] = mapped_column(Integer)
    # Outreach that follows the person: hours before another try after an unanswered
    # attempt, and how many tries before "unreachable" is proposed.
    retry_after_hours: Mapped[int] = mapped_column(Integer, default=24, server_default=text("24"))
    max_attempts: Mapped[int] = mapped_column(Integer, default=3, server_default=text("3"))
    # An urgent event's own outreach target (RISE answers within 30 minutes).
    urgent_target_minutes: Mapped[int] = mapped_column(
        Integer, default=30, server_default=text("30")
    )
    # Days before a milestone to check in; days an open referral step is given.
    milestone_check_in_days: Mapped[int] = mapped_column(
        Integer, default=7, server_default=text("7")
    )
    referral_step_days: Mapped[int] = mapped_column(Integer, default=7, server_default=text("7"))
    # Open cases a supporter is given unless their own capacity says otherwise.
    default_capacity: Mapped[int] = mapped_column(Integer, default=3, server_default=text("3"))
    # Days after which a supporter without a debrief or meeting is listed; None = off.
    debrief_every_days: Mapped[int | None] = mapped_column(
        Integer, default=120, server_default=text("120")
    )
    # Where the feedback form lives (the survey tool's address), for the invitations.
    feedback_form_address: Mapped[str | None] = mapped_column(String(500))

    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("working_starts < working_ends", name="working_hours"),
        CheckConstraint(
            "anniversary_reminder_days IS NULL OR anniversary_reminder_days BETWEEN 1 AND 90",
            name="anniversary",
        ),
        CheckConstraint("outreach_target_hours BETWEEN 1 AND 720", name="target"),
        CheckConstraint("small_number_threshold >= 5", name="threshold"),
        CheckConstraint("auto_lock_minutes BETWEEN 1 AND 30", name="auto_lock"),
        CheckConstraint("retention_months IS NULL OR retention_months >= 1", name="retention"),
        CheckConstraint(
            "target_within_percent IS NULL OR target_within_percent BETWEEN 1 AND 100",
            name="within_target",
        ),
        CheckConstraint(
            "target_acceptance_percent IS NULL OR target_acceptance_percent BETWEEN 1 AND 100",
            name="acceptance_target",
        ),
        CheckConstraint(
            "target_refresher_percent IS NULL OR target_refresher_percent BETWEEN 1 AND 100",
            name="refresher_target",
        ),
        CheckConstraint("retry_after_hours BETWEEN 1 AND 168", name="retry_after"),
        CheckConstraint("max_attempts BETWEEN 1 AND 10", name="max_attempts"),
        CheckConstraint("urgent_target_minutes BETWEEN 5 AND 1440", name="urgent_target"),
        CheckConstraint("milestone_check_in_days BETWEEN 0 AND 90", name="milestone_check_in"),
        CheckConstraint("referral_step_days BETWEEN 1 AND 90", name="referral_step"),
        CheckConstraint("default_capacity BETWEEN 1 AND 50", name="default_capacity"),
        CheckConstraint(
            "debrief_every_days IS NULL OR debrief_every_days BETWEEN 7 AND 730",
            name="debrief_every",
        ),
    )


class Holiday(Base):
    """A day the working-hours outreach clock does not count."""

    __tablename__ = "holidays"
    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    name: Mapped[str] = mapped_column(String(120))


class ImportMapping(Base):
    """How one source system's notice files name the canonical columns.

    ``columns`` is JSON: canonical column -> the file's column name. Column names
    only, never a cell of a file.
    """

    __tablename__ = "import_mappings"
    id: Mapped[int] = mapped_column(primary_key=True)
    # What the files hold: "events" (notices), or a record kind (services/record_kinds.py).
    kind: Mapped[str] = mapped_column(String(32), default="events", server_default="events")
    name: Mapped[str] = mapped_column(String(80))
    columns: Mapped[str] = mapped_column(String(4000))
    used_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("kind", "name", name="kind_name"),)


class AuditEntry(Base):
    """Who did what, when: the action and the record, never its content."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(60))
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int | None] = mapped_column(Integer)
    actor: Mapped[str | None] = mapped_column(String(100))  # the computer account

    __table_args__ = (
        Index("ix_audit_log_at", "at"),
        # The audit view's record filter (a case's entries). None on the action: SQLite
        # would take it for common kinds too, slower than reading by time.
        Index("ix_audit_log_record", "record_kind", "record_id"),
    )


class ExportEntry(Base):
    """One anonymized export: what rules made it and the file's SHA-256, never its content.

    Department names or periods may be in the file; none of it is kept here.
    """

    __tablename__ = "export_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20))
    file_format: Mapped[str] = mapped_column(String(10))
    periods: Mapped[str] = mapped_column(String(400))  # "2026Q2,2026Q3"
    fields: Mapped[str] = mapped_column(String(2000))  # the field names written
    threshold: Mapped[int] = mapped_column(Integer)
    k: Mapped[int | None] = mapped_column(Integer)
    k_achieved: Mapped[int | None] = mapped_column(Integer)
    rows: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_export_log_at", "at"),)


class PublicationEntry(Base):
    """What one publication showed and the counts behind it (services.publication_log):
    the next publication of the same periods is checked together with it."""

    __tablename__ = "publication_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20))  # "report", "summary", "records"
    quarters: Mapped[str] = mapped_column(String(400))  # "2026Q2,2026Q3"
    export_id: Mapped[int | None] = mapped_column(ForeignKey("export_log.id"))
    body: Mapped[str] = mapped_column(Text)  # core.disclosure.stored's JSON


class QuarterHighlights(Base):
    """The coordinator's own words on a quarter, for the report's Highlights section.

    Written by hand, so never exported: only the report shows it (services.highlights).
    """

    __tablename__ = "quarter_highlights"
    quarter: Mapped[str] = mapped_column(String(6), primary_key=True)  # "2026Q3"
    text: Mapped[str] = mapped_column(String(2000))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
