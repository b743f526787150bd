"""A small program built through the services, touching every table."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peersupport_desktop.core.codes import (
    ContactKind,
    ContactMode,
    ConversationPart,
    MilestoneKind,
    Outcome,
    TierReason,
)
from peersupport_desktop.core.export_table import ExportFormat
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.services import (
    availability,
    cases,
    contacts,
    exports,
    highlights,
    import_mappings,
    milestones,
    resources,
    settings,
    supporters,
    tiers,
)
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.store.vault import Vault

# Planted strings: tests search the vault's bytes for them.
CLINICIAN_NAME = "Zoë Quixwell-Ångström"
CLINICIAN_EMAIL = "zoe.quixwell@example.org"
SECOND_NAME = "Bartholomew Nguyen-Okafor"
NOTE = "Prefers a call after the night shift"


@dataclass(frozen=True)
class BuiltProgram:
    case_id: int
    second_case_id: int
    supporter_id: int
    resource_id: int
    event_id: int


def build_program(vault: Vault, *, base: dt.datetime | None = None) -> BuiltProgram:
    base = base or dt.datetime(2026, 7, 6, 9, 0)
    mentor = supporters.add_supporter(
        vault,
        supporters.SupporterInput(
            name="Dr Ada Mentor",
            role="attending",
            department="Anesthesiology",
            languages=("en", "fr"),
            training_date=dt.date(2025, 3, 1),
            refresher_due=dt.date(2027, 3, 1),
            capacity=3,
        ),
    )
    availability.add_slot(vault, mentor.id, 1, dt.time(12), dt.time(14))
    availability.add_exception(
        vault,
        mentor.id,
        available=False,
        starts_at=dt.datetime(2026, 8, 1),
        ends_at=dt.datetime(2026, 8, 15),
    )
    availability.set_on_call(vault, dt.date(2026, 7, 6), mentor.id)
    supporters.add_training(vault, mentor.id, "Refresher 2026", dt.date(2026, 3, 1), refresher=True)
    # Built more than once into one vault (to make it larger), it reuses its entry: the
    # directory refuses two active resources alike.
    known = {r.name: r for r in resources.list_resources(vault)}
    eap = known.get("Employee Assistance Program") or resources.add_resource(
        vault, resources.ResourceInput(kind="eap", name="Employee Assistance Program")
    )
    first = cases.open_case(
        vault,
        cases.NewCase(
            referral_source="safety_report",
            referrer="Patient-safety office",
            referred_at=base,
            clinician=ClinicianInput(
                name=CLINICIAN_NAME,
                role="trainee",
                department="Surgery",
                email=CLINICIAN_EMAIL,
                phone="+1 555 0100",
                preferred_language="en",
            ),
            event=EventInput(
                event_type="unexpected_death",
                occurred_on=base.date(),
                department="Surgery",
                description="Night-shift event",
            ),
        ),
    )
    second = cases.open_case(
        vault,
        cases.NewCase(
            referral_source="colleague",
            referred_at=base + dt.timedelta(hours=2),
            clinician=ClinicianInput(name=SECOND_NAME, role="nurse", department="Surgery"),
            event_id=first.event_id,
        ),
    )
    cases.assign_supporter(vault, first.id, mentor.id)
    contacts.log_contact(
        vault,
        first.id,
        contacts.ContactInput(
            kind=ContactKind.OUTREACH_ATTEMPT,
            mode=ContactMode.PHONE,
            occurred_at=base + dt.timedelta(hours=3),
            supporter_id=mentor.id,
            note=NOTE,
        ),
    )
    contacts.log_contact(
        vault,
        first.id,
        contacts.ContactInput(
            kind=ContactKind.CONVERSATION,
            mode=ContactMode.VIDEO,
            occurred_at=base + dt.timedelta(hours=20),
            duration_minutes=35,
            supporter_id=mentor.id,
            parts=(ConversationPart.LISTENING, ConversationPart.COPING),
        ),
    )
    offer = resources.offer_resource(vault, first.id, eap.id, base + dt.timedelta(days=1))
    resources.record_response(vault, offer.id, accepted=True)
    cases.set_next_follow_up(vault, first.id, (base + dt.timedelta(days=7)).date())
    cases.close_case(vault, first.id, Outcome.SUPPORTED, base + dt.timedelta(days=20))
    summary = exports.build_export(vault, exports.ExportRequest((Quarter.containing(base),)))
    summary_file = vault.path.with_name("summary.json")
    exports.save_export(vault, summary, ExportFormat.JSON, summary_file, replace=True)
    settings.add_holiday(vault, dt.date(2026, 12, 25), "Christmas Day")
    import_mappings.save_mapping(
        vault,
        "Safety reporting system",
        {
            "event_ref": "Incident", "event_date": "Date", "event_type": "Category",
            "clinician_name": "Staff", "clinician_role": "Job", "referral_source": "Origin",
        },
    )  # fmt: skip
    highlights.set_highlights(
        vault, Quarter.containing(base), "Two new supporters finished their training."
    )
    _follow_the_person(vault, second.id, first.event_id, base)
    _evaluation_and_care(vault, first.id, mentor.id, base)
    return BuiltProgram(first.id, second.id, mentor.id, eap.id, first.event_id)


def _follow_the_person(vault: Vault, case_id: int, event_id: int, base: dt.datetime) -> None:
    """A move up a tier and a milestone, so every table holds a row (issue 23)."""
    tiers.move_tier(vault, case_id, 3, TierReason.DISTRESS_PERSISTS, base + dt.timedelta(days=2))
    milestones.add_milestone(
        vault, event_id=event_id, kind=MilestoneKind.RCA_MEETING,
        on_date=(base + dt.timedelta(days=30)).date(), check_in_days=7,
    )  # fmt: skip


def _unit_survey(vault: Vault, case_id: int, day: dt.date) -> None:
    """A round of SVEST-R answers in a department, through the survey import (issue 24)."""
    from peersupport_desktop.core.notice_files import FileRow, NoticeTable
    from peersupport_desktop.services import survey_answers, unit_surveys
    from peersupport_desktop.services.departments import department_names
    from peersupport_desktop.services.record_import import import_table

    unit = department_names(vault)[0]
    held = unit_surveys.create_round(
        vault, unit=unit, label=f"Before {case_id}", held_on=day, instrument="svest_r"
    )
    kind = survey_answers.round_kind(vault, held.id)
    keys = kind.layout.keys
    # The case's id in base 5 over the first items: each call's answers its own, as two
    # rounds holding one file are refused.
    cells = tuple(str((case_id // 5**i) % 5 + 1) if i < 6 else "3" for i in range(len(keys)))
    table = NoticeTable(keys, (FileRow(2, cells),), "utf-8", ",")
    import_table(vault, kind, table, mapping={key: key for key in keys})
    _survey_key(vault)


def _survey_key(vault: Vault) -> None:
    """An SVEST key the program entered (its own table with item 1 reverse-worded); no
    SVEST round is held here, so nothing is scored with it."""
    from peersupport_desktop.core.notice_files import FileRow, NoticeTable
    from peersupport_desktop.services.record_import import import_table
    from peersupport_desktop.services.survey_keys import ScoringKey, key_listing

    listed = key_listing(vault, "svest")
    cells = [[str(v) for v in row] for row in listed.rows]
    cells[0][2] = "no" if cells[0][2] == "yes" else "yes"
    rows = tuple(FileRow(n, tuple(row)) for n, row in enumerate(cells, 2))
    import_table(vault, ScoringKey("svest"), NoticeTable(listed.columns, rows, "utf-8", ","))


def _feedback(vault: Vault, case_id: int, at: dt.datetime) -> None:
    """The closed case invited to the feedback form, and its answers imported by code."""
    from peersupport_desktop.core.notice_files import FileRow, NoticeTable
    from peersupport_desktop.services import feedback
    from peersupport_desktop.services.feedback_import import KIND
    from peersupport_desktop.services.record_import import import_table

    invitation = feedback.invite(vault, case_id, at)
    keys = KIND.layout.keys
    answers = (invitation.code, (at + dt.timedelta(days=1)).date().isoformat(), "5", "yes",
               "partly", "yes", "Thank you")  # fmt: skip
    table = NoticeTable(keys, (FileRow(2, answers),), "utf-8", ",")
    import_table(vault, KIND, table, mapping={key: key for key in keys})


def _evaluation_and_care(vault: Vault, case_id: int, supporter_id: int, base: dt.datetime) -> None:
    """Feedback, a unit survey, a training session, a debrief and a reported encounter,
    so every table holds a row (issue 24). Each part goes through its service once
    the service exists."""
    from peersupport_desktop.services import debriefs, training_sessions

    day = base.date()
    _unit_survey(vault, case_id, day)
    held = training_sessions.add_session(
        vault, training_sessions.TrainingSessionInput("Refresher", day, (supporter_id,))
    )
    training_sessions.add_evaluation(
        vault, held.id, training_sessions.EvaluationInput(5, 4, "Good")
    )
    debriefs.add_debrief(vault, debriefs.DebriefInput("group", day, (supporter_id,), minutes=60))
    _feedback(vault, case_id, base + dt.timedelta(days=21))
    _reported_encounter(vault)


def _reported_encounter(vault: Vault) -> None:
    """An encounter a supporter reported on the survey form, on the first open case (the
    first case is closed by now), through the encounters' import; left awaiting the
    coordinator, so the figures count no more contacts than before."""
    from peersupport_desktop.core.codes import CaseStatus
    from peersupport_desktop.core.notice_files import FileRow, NoticeTable
    from peersupport_desktop.services.case_list import all_case_rows
    from peersupport_desktop.services.record_import import import_table
    from peersupport_desktop.services.reported_encounters import KIND

    case = next(row for row in all_case_rows(vault) if row.status is not CaseStatus.CLOSED)
    on = case.referred_at[:10]
    keys = ("case_code", "occurred_on", "minutes", "mode", "follow_up_needed", "intense")
    cells = (case.reference, on, "30", "phone call", "yes", "yes")
    table = NoticeTable(keys, (FileRow(2, cells),), "utf-8", ",")
    import_table(vault, KIND, table, mapping={key: key for key in keys})
