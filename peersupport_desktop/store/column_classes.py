"""Every stored column, classified once. Exports allow only what this says they may.

A test fails when a column is added to the models without a line here, so a new
field can never slip into an export unclassified.
"""

from __future__ import annotations

from peersupport_desktop.core.data_classes import DataClass

I = DataClass.IDENTIFIER  # noqa: E741
Q = DataClass.QUASI_IDENTIFIER
S = DataClass.SENSITIVE
F = DataClass.FREE_TEXT
T = DataClass.STATISTIC
N = DataClass.INTERNAL

COLUMN_CLASSES: dict[str, dict[str, DataClass]] = {
    "departments": {"id": N, "name": Q, "named": N, "service_line": Q},
    "event_types": {"code": T, "label": T, "builtin": N},
    "clinicians": {
        "id": N,
        "name": I,
        "role": Q,
        "department_id": Q,
        "email": I,
        "phone": I,
        "preferred_language": Q,
        "created_at": N,
    },
    "events": {
        "id": N,
        "event_type": Q,
        "occurred_on": Q,
        "department_id": Q,
        "description": F,
        "external_source": N,
        "external_ref": I,
        "created_at": N,
        "urgent": S,
    },
    "supporters": {
        "id": N,
        "name": I,
        "role": Q,
        "department_id": Q,
        "specialty": Q,
        "email": I,
        "phone": I,
        "languages": Q,
        "training_date": Q,
        "refresher_due": Q,
        "status": T,
        "capacity": T,
        "clinician_id": N,
        "created_at": N,
    },
    "cases": {
        "id": N,
        "reference": I,
        "clinician_id": N,
        "event_id": N,
        "referral_source": T,
        "referrer": I,
        "referred_at": Q,
        "status": T,
        "supporter_id": N,
        "outreach_due_at": Q,
        "first_outreach_at": Q,
        "closed_at": Q,
        "outcome": S,
        "next_follow_up": Q,
        "reopened_count": T,
        "department_preference": S,
        "deidentified_at": N,
        "tier": S,
        "highest_tier": S,
        "next_attempt_due_at": N,
    },
    "tier_changes": {
        "id": N,
        "case_id": N,
        "changed_at": Q,
        "from_tier": S,
        "to_tier": S,
        "reason": S,
    },
    # A deposition's or a hearing's date may point at one person: kept inside.
    "milestones": {
        "id": N,
        "event_id": N,
        "case_id": N,
        "kind": S,
        "on_date": I,
        "check_in_days": N,
        "created_at": N,
    },
    "case_closings": {"id": N, "case_id": N, "closed_at": Q, "outcome": S, "reopened_at": Q},
    "contacts": {
        "id": N,
        "case_id": N,
        "kind": T,
        "mode": T,
        "occurred_at": Q,
        "duration_minutes": T,
        "supporter_id": N,
        "parts": S,
        "note": F,
        "result": S,
    },
    "availability_slots": {"id": N, "supporter_id": N, "weekday": T, "starts": T, "ends": T},
    "availability_exceptions": {
        "id": N,
        "supporter_id": N,
        "available": T,
        "starts_at": Q,
        "ends_at": Q,
    },
    "on_call_weeks": {"id": N, "week_start": T, "supporter_id": N},
    "trainings": {"id": N, "supporter_id": N, "title": F, "held_on": Q, "refresher": T},
    "resources": {
        "id": N,
        "kind": T,
        "name": T,
        "phone": T,  # a service's own line, not a person's
        "hours": T,
        "contact": T,
        "notes": F,
        "active": N,
    },
    "resource_offers": {
        "id": N,
        "case_id": N,
        "resource_id": N,
        "offered_at": Q,
        "accepted": S,
        "step": S,
        "decided_at": Q,
        "appointment_made_at": Q,
        "appointment_on": I,
        "connected_at": Q,
        "lost_at": Q,
        "step_due_on": N,
    },
    "program_settings": {
        "id": N,
        "program_name": T,
        "outreach_target_hours": T,
        "small_number_threshold": T,
        "auto_lock_minutes": N,
        "retention_months": N,
        "department_rule": N,
        "outreach_clock": N,
        "working_days": N,
        "working_starts": N,
        "working_ends": N,
        "watch_folder": N,
        "anniversary_reminder_days": N,
        "backup_folder": N,
        "hospital_name": T,
        "program_lead": T,
        "logo": N,
        "logo_type": N,
        "target_within_percent": N,
        "target_acceptance_percent": N,
        "target_refresher_percent": N,
        "retry_after_hours": N,
        "max_attempts": N,
        "urgent_target_minutes": N,
        "milestone_check_in_days": N,
        "referral_step_days": N,
    },
    "holidays": {"id": N, "day": N, "name": N},
    # The coordinator's own words for the report: free text, so never exported.
    "quarter_highlights": {"quarter": N, "text": F, "updated_at": N},
    "import_mappings": {"id": N, "name": N, "columns": N, "used_at": N},
    "audit_log": {
        "id": N,
        "at": N,
        "action": N,
        "record_kind": N,
        "record_id": N,
        "actor": N,
    },
    "export_log": {
        "id": N,
        "at": N,
        "kind": N,
        "file_format": N,
        "periods": N,
        "fields": N,
        "threshold": N,
        "k": N,
        "k_achieved": N,
        "rows": N,
        "sha256": N,
    },
    # The exact counts behind a publication (department names among them): for the
    # disclosure check only, never exported.
    "publication_log": {
        "id": N,
        "at": N,
        "kind": N,
        "quarters": N,
        "export_id": N,
        "body": S,
    },
}


def classification(table: str, column: str) -> DataClass:
    return COLUMN_CLASSES[table][column]
