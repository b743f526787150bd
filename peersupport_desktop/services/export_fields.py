"""The allowlist: every field an anonymized export may write, and the stored columns
it comes from. Nothing else is ever written.

Each source column's class (store.column_classes) must permit it: records carry
quasi-identifiers and statistics only; a summary may also count sensitive values
(closings by outcome, resources accepted), never show one. Identifiers and free
text reach neither. ``check_allowed`` runs at import, so a field added here from
a forbidden column stops the application rather than leak.
"""

from __future__ import annotations

from peersupport_desktop.core.data_classes import DataClass
from peersupport_desktop.core.export_table import ExportField, ExportKind
from peersupport_desktop.store.column_classes import classification

ALLOWED_CLASSES: dict[ExportKind, frozenset[DataClass]] = {
    ExportKind.RECORDS: frozenset({DataClass.QUASI_IDENTIFIER, DataClass.STATISTIC}),
    ExportKind.SUMMARY: frozenset(
        {DataClass.QUASI_IDENTIFIER, DataClass.STATISTIC, DataClass.SENSITIVE}
    ),
}

RECORD_FIELDS: tuple[ExportField, ...] = (
    ExportField("pseudonym", "a random name for the case, drawn for this export only", ()),
    ExportField("period", "the quarter (or year) of the referral", ("cases.referred_at",)),
    ExportField("role", "the clinician's role (glossary code)", ("clinicians.role",)),
    ExportField("department", "the clinician's department", ("departments.name",)),
    ExportField("event_type", "the kind of event (glossary code)", ("events.event_type",)),
    ExportField(
        "referral_source", "who referred the case (glossary code)", ("cases.referral_source",)
    ),
    ExportField("status", "open or closed, now (never which way it went)", ("cases.status",)),
    ExportField(
        "hours_to_first_outreach",
        "hours from referral to the first contact, in bands (0-3 h, 4-23 h, 24-71 h, 72+ h, "
        "or coarser); empty when none yet or not shown",
        ("cases.referred_at", "cases.first_outreach_at"),
    ),
    ExportField(
        "outreach_within_target",
        "yes or no; empty while the target has not passed and no one has reached out",
        ("cases.first_outreach_at", "cases.outreach_due_at"),
    ),
    ExportField(
        "contacts",
        "how many contacts were logged, in bands (0, 1, 2-3, 4-6, 7+, or coarser)",
        ("contacts.kind",),
    ),
    ExportField(
        "days_to_close",
        "days from referral to the last closing, in bands (0-6 d, 7-29 d, 30-89 d, 90+ d, "
        "or coarser); empty while open",
        ("cases.referred_at", "cases.closed_at"),
    ),
    ExportField("reopened", "yes if the case was ever reopened", ("cases.reopened_count",)),
)

SUMMARY_FIELDS: tuple[ExportField, ...] = (
    ExportField("period", "the quarter (or year) the figure covers", ("cases.referred_at",)),
    ExportField(
        "table",
        "'program' for the program's figures, or the split: event_type, referral_source, "
        "role, department, outcome",
        (),
    ),
    ExportField(
        "category",
        "'all', a category of the split (glossary code or department), or 'total'",
        (
            "events.event_type",
            "cases.referral_source",
            "clinicians.role",
            "departments.name",
            "case_closings.outcome",
        ),
    ),
    ExportField("figure", "which figure (definitions as in the program's METRICS)", ()),
    ExportField(
        "value",
        "the figure: a whole number, 'hidden' for a small count or a "
        "cell hidden to protect another, empty when it does not apply",
        (
            "cases.referred_at",
            "cases.first_outreach_at",
            "cases.outreach_due_at",
            "cases.outcome",
            "contacts.kind",
            "contacts.occurred_at",
            "contacts.duration_minutes",
            "resource_offers.offered_at",
            "resource_offers.accepted",
            "case_closings.closed_at",
            "case_closings.outcome",
            "supporters.status",
            "supporters.training_date",
            "trainings.held_on",
        ),
    ),
)


def fields_of(kind: ExportKind) -> tuple[ExportField, ...]:
    return RECORD_FIELDS if kind is ExportKind.RECORDS else SUMMARY_FIELDS


def forbidden_sources(kind: ExportKind) -> list[str]:
    """The source columns whose class does not allow this kind of export (none, we trust)."""
    allowed = ALLOWED_CLASSES[kind]
    return [
        source
        for field in fields_of(kind)
        for source in field.sources
        if classification(*source.split(".")) not in allowed
    ]


def check_allowed() -> None:
    for kind in ExportKind:
        if bad := forbidden_sources(kind):
            raise RuntimeError(f"Export fields draw on columns they may not: {', '.join(bad)}")


check_allowed()
