"""What each audit action code means, in plain words, and which kind of work it is.

One mapping for every code a service records, so the audit view never shows a
code where a sentence belongs (a test holds every ``audit.record`` call in the
source to it). A code missing here (written by another version) still shows,
as itself.
"""

from __future__ import annotations

from enum import Enum


class ActionGroup(Enum):
    """The kinds of work the audit view filters by, in the order it offers them."""

    CASES = "cases"
    CONTACTS = "contacts"
    SUPPORTERS = "supporters"
    CALENDAR = "calendar"
    REPORTS = "reports"
    IMPORTS = "imports"
    SETTINGS = "settings"
    VAULT = "vault"

    @property
    def label(self) -> str:
        return _GROUP_LABELS[self]


_GROUP_LABELS = {
    ActionGroup.CASES: "Cases",
    ActionGroup.CONTACTS: "Contacts",
    ActionGroup.SUPPORTERS: "Supporters",
    ActionGroup.CALENDAR: "Calendar",
    ActionGroup.REPORTS: "Reports and exports",
    ActionGroup.IMPORTS: "Imports",
    ActionGroup.SETTINGS: "Settings",
    ActionGroup.VAULT: "Vault",
}

# A code's group follows from the part before its dot, so a code this version does
# not know (a newer one wrote it) still falls in its group when filtering.
GROUP_OF_PREFIX: dict[str, ActionGroup] = {
    "case": ActionGroup.CASES,
    "clinician": ActionGroup.CASES,
    "event": ActionGroup.CASES,
    "event_type": ActionGroup.CASES,
    "resource": ActionGroup.CASES,  # offers on a case, and the directory they come from
    "milestone": ActionGroup.CASES,  # an investigation's or legal process's dates
    "retention": ActionGroup.CASES,  # closed cases losing who they were about
    "feedback": ActionGroup.CASES,  # invitations after a case closed, and their answers
    "contact": ActionGroup.CONTACTS,
    "encounter": ActionGroup.CONTACTS,  # encounters supporters reported, confirmed or not
    "supporter": ActionGroup.SUPPORTERS,
    "training": ActionGroup.SUPPORTERS,
    "debrief": ActionGroup.SUPPORTERS,  # supporters' own debriefs and meetings
    "availability": ActionGroup.SUPPORTERS,
    "oncall": ActionGroup.CALENDAR,
    "calendar": ActionGroup.CALENDAR,
    "report": ActionGroup.REPORTS,
    "export": ActionGroup.REPORTS,
    "import": ActionGroup.IMPORTS,
    "settings": ActionGroup.SETTINGS,
    "department": ActionGroup.SETTINGS,  # how the department list lets reports name them
    "vault": ActionGroup.VAULT,
    "demo": ActionGroup.VAULT,
    "audit": ActionGroup.VAULT,
}

DESCRIPTIONS: dict[str, str] = {
    # Cases, and the people and events they are about
    "case.open": "Created a case",
    "case.view": "Opened a case",
    "case.list": "Listed the cases",
    "case.assign": "Assigned a supporter to a case",
    "case.preference": "Set a case's supporter department wish",
    "case.follow_up": "Set a case's next follow-up",
    "case.close": "Closed a case",
    "case.reopen": "Reopened a case",
    "case.tier": "Moved a case to another tier of support",
    "clinician.add": "Added a clinician",
    "clinician.edit": "Edited a clinician",
    "event.add": "Added an event",
    "event.view": "Looked up who an event involved",
    "event.urgent": "Marked an event urgent or not",
    "event_type.add": "Added an event type",
    "resource.add": "Added a resource",
    "resource.edit": "Edited a resource",
    "resource.deactivate": "Took a resource out of the offer list",
    "resource.reactivate": "Put a resource back in the offer list",
    "resource.offer": "Offered a resource",
    "resource.response": "Recorded the answer to a resource offer",
    # A referral's next step (services/referral_steps.py), one code per ReferralStep.
    "resource.accepted": "Recorded a referral as accepted",
    "resource.declined": "Recorded a referral as declined",
    "resource.appointment_made": "Recorded an appointment made for a referral",
    "resource.connected": "Recorded a referral as connected",
    "resource.lost": "Recorded a referral as lost",
    "milestone.add": "Added a milestone (an investigation's or legal process's date)",
    "milestone.edit": "Changed a milestone",
    "milestone.remove": "Removed a milestone",
    "retention.deidentify": "De-identified a case (retention period over)",
    "retention.run": "Applied the retention period",
    # Contacts
    "contact.log": "Logged a contact",
    "contact.edit": "Edited a contact",
    "encounter.confirm": "Confirmed an encounter a supporter reported (logged as a contact)",
    "encounter.dismiss": "Dismissed an encounter a supporter reported",
    # Supporters
    "supporter.add": "Added a supporter",
    "supporter.edit": "Edited a supporter",
    "supporter.active": "Made a supporter active",
    "supporter.paused": "Paused a supporter",
    "supporter.retired": "Retired a supporter",
    "training.add": "Recorded a training",
    "training.session_add": "Recorded a training session and who attended",
    "training.evaluation": "Added an anonymous evaluation of a training session",
    "debrief.add": "Logged a debrief or meeting",
    "debrief.edit": "Changed a debrief or meeting",
    "debrief.remove": "Removed a debrief or meeting",
    "availability.add": "Added a weekly availability slot",
    "availability.remove": "Removed a weekly availability slot",
    "availability.exception": "Added time away or an extra slot",
    "availability.exception_remove": "Removed time away or an extra slot",
    # Calendar
    "oncall.set": "Set the first-call supporter of a week",
    "oncall.clear": "Cleared the first-call supporter of a week",
    "calendar.availability_export": "Exported a supporter's availability (.ics)",
    "calendar.availability_import": "Imported a supporter's availability (.ics)",
    "calendar.oncall_export": "Exported the on-call rotation (.ics)",
    # Reports and exports
    "report.leadership": "Produced a report (leadership edition)",
    "report.internal": "Produced a report (internal edition)",
    "report.leadership_saved": "Saved a report (leadership edition)",
    "report.internal_saved": "Saved a report (internal edition)",
    "report.leadership_printed": "Printed a report (leadership edition)",
    "report.internal_printed": "Printed a report (internal edition)",
    "report.glance": "Produced a report (at a glance, leadership edition)",
    "report.glance_saved": "Saved a report (at a glance, leadership edition)",
    "report.glance_printed": "Printed a report (at a glance, leadership edition)",
    "report.coverage_saved": "Saved the event coverage report (internal, names people)",
    "report.highlights": "Wrote a quarter's highlights for the report",
    "report.highlights_removed": "Removed a quarter's highlights from the report",
    "export.summary": "Saved an anonymized export (summary)",
    "export.records": "Saved an anonymized export (records)",
    # Imports
    "import.events": "Imported event notices",
    "import.mapping": "Saved an import mapping",
    "import.supporters": "Imported the supporter roster",
    "import.feedback": "Imported feedback answers",
    "feedback.invite": "Invited a closed case's person to the feedback form",
    "feedback.code_shown": "Showed a feedback invitation's code again",
    "feedback.list": "Listed the feedback invitations and answers",
    "import.survey": "Imported a unit survey's answers",
    "import.survey_key": "Entered a survey's scoring key",
    "import.survey_round": "Added a unit survey round",
    "import.debriefs": "Imported debriefs and meetings",
    "import.trainings": "Imported training attendance",
    "import.training_evaluations": "Imported training evaluations",
    "import.encounters": "Imported encounters supporters reported",
    # Settings
    "settings.edit": "Changed the settings",
    "settings.holiday": "Changed the holidays",
    "settings.logo": "Changed the program's logo",
    "settings.logo_removed": "Removed the program's logo",
    "department.publishing": "Changed how a department is named in reports and exports",
    # The vault
    "vault.check": "Checked the vault's integrity",
    "vault.backup": "Made a backup",
    "vault.restore": "Restored a backup",
    "vault.rekey": "Changed the passphrase",
    "vault.lock_idle": "Locked the vault (after a while without input)",
    "vault.lock_sleep": "Locked the vault (the computer went to sleep)",
    "vault.lock_screen": "Locked the vault (with the screen)",
    "vault.lock_by_hand": "Locked the vault (by hand)",
    "vault.unlock": "Unlocked the vault",
    "demo.fill": "Filled the vault with a demo program",
    "audit.view": "Viewed the audit log",
}

# What the record column calls each kind of record (record_kind in the log).
RECORD_KINDS: dict[str, str] = {
    "case": "Case",
    "contact": "Contact",
    "clinician": "Clinician",
    "event": "Event",
    "event_type": "Event type",
    "resource": "Resource",
    "resource_offer": "Resource offer",
    "milestone": "Milestone",
    "supporter": "Supporter",
    "training": "Training",
    "training_session": "Training session",
    "debrief": "Debrief or meeting",
    "feedback_invitation": "Feedback invitation",
    "feedback_response": "Feedback answers",
    "survey_round": "Survey round",
    "reported_encounter": "Reported encounter",
    "availability_slot": "Availability slot",
    "availability_exception": "Time away or extra slot",
    "on_call_week": "On-call week",
    "export": "Export",
    "report": "Report",
    "import": "Import",
    "import_mapping": "Import mapping",
    "retention": "Retention",
    "settings": "Settings",
    "vault": "Vault",
    "audit": "Audit log",
}


def describe(action: str) -> str:
    """The action in plain words; a code this version does not know, as itself."""
    return DESCRIPTIONS.get(action, action)


def group_of(action: str) -> ActionGroup | None:
    return GROUP_OF_PREFIX.get(action.partition(".")[0])


def prefixes_of(group: ActionGroup) -> tuple[str, ...]:
    return tuple(prefix for prefix, g in GROUP_OF_PREFIX.items() if g is group)


def record_kind_label(record_kind: str) -> str:
    return RECORD_KINDS.get(record_kind, record_kind.replace("_", " ").capitalize())
