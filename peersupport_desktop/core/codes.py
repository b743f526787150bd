"""The canonical codes of the glossary: stored and exchanged as the code, shown as the label."""

from __future__ import annotations

from enum import StrEnum


class LabelledCode(StrEnum):
    """A code with a human label; subclasses define ``_labels``."""

    @property
    def label(self) -> str:
        return _LABELS[type(self)][self.value]

    @classmethod
    def parse(cls, text: str) -> LabelledCode:
        """Accept a code or a label, in any letter case; raise ValueError otherwise."""
        wanted = text.strip().casefold()
        for member in cls:
            if wanted in (member.value.casefold(), member.label.casefold()):
                return member
        raise ValueError(f"'{text}' is not a known {cls.__name__} code or label")


class EventType(LabelledCode):
    ADVERSE_EVENT = "adverse_event"
    UNEXPECTED_DEATH = "unexpected_death"
    MEDICAL_ERROR = "medical_error"
    NEAR_MISS = "near_miss"
    COMPLICATION = "complication"
    TRAUMA = "trauma"
    LITIGATION = "litigation"
    BOARD_COMPLAINT = "board_complaint"
    WORKPLACE_VIOLENCE = "workplace_violence"
    STRAIN = "strain"
    OTHER = "other"


class Role(LabelledCode):
    ATTENDING = "attending"
    TRAINEE = "trainee"
    NURSE = "nurse"
    APP = "app"
    PHARMACIST = "pharmacist"
    OTHER_STAFF = "other_staff"


class ReferralSource(LabelledCode):
    SELF = "self"
    COLLEAGUE = "colleague"
    LEADER = "leader"
    SAFETY_REPORT = "safety_report"
    RISK_MANAGEMENT = "risk_management"
    CLAIMS_NOTICE = "claims_notice"
    PROGRAM = "program"
    OTHER = "other"


class ContactKind(LabelledCode):
    OUTREACH_ATTEMPT = "outreach_attempt"
    CONVERSATION = "conversation"
    FOLLOW_UP = "follow_up"
    GROUP_SESSION = "group_session"

    @property
    def reaches_person(self) -> bool:
        """Whether this contact is a conversation with the person (an attempt is not)."""
        return self is not ContactKind.OUTREACH_ATTEMPT


class ContactMode(LabelledCode):
    PHONE = "phone"
    IN_PERSON = "in_person"
    VIDEO = "video"
    MESSAGE = "message"


class Outcome(LabelledCode):
    SUPPORTED = "supported"
    DECLINED = "declined"
    UNREACHABLE = "unreachable"
    REFERRED_ON = "referred_on"


class ResourceKind(LabelledCode):
    EAP = "eap"
    MENTAL_HEALTH = "mental_health"
    PHP = "php"
    LEGAL_RISK = "legal_risk"
    CHAPLAINCY = "chaplaincy"
    WELLNESS = "wellness"
    OTHER = "other"


class ConversationPart(LabelledCode):
    """The parts of a peer-support conversation (Brigham model); never what was said."""

    OUTREACH_CALL = "outreach_call"
    INVITATION = "invitation"
    LISTENING = "listening"
    REFLECTING = "reflecting"
    REFRAMING = "reframing"
    SENSE_MAKING = "sense_making"
    COPING = "coping"
    CLOSING = "closing"
    RESOURCES = "resources"


class SupporterStatus(LabelledCode):
    ACTIVE = "active"
    PAUSED = "paused"
    RETIRED = "retired"


class DepartmentRule(LabelledCode):
    """Where a clinician's supporter comes from: the program's setting, or the person's wish."""

    OUTSIDE = "outside"
    WITHIN = "within"
    EITHER = "either"


class CaseStatus(LabelledCode):
    NEW = "new"
    OUTREACH_ATTEMPTED = "outreach_attempted"
    IN_SUPPORT = "in_support"
    REFERRED = "referred"
    CLOSED = "closed"


class TierReason(LabelledCode):
    """Why a case moved to another level of support (Scott's three tiers)."""

    DISTRESS_PERSISTS = "distress_persists"
    ASKED = "asked"
    SAFETY = "safety"
    LEGAL_PROCESS = "legal_process"
    IMPROVING = "improving"
    LOCAL_ENOUGH = "local_enough"
    DECLINED_PROFESSIONAL = "declined_professional"
    OTHER = "other"


class AttemptResult(LabelledCode):
    """What came of an outreach attempt."""

    NO_ANSWER = "no_answer"
    VOICEMAIL = "voicemail"
    MESSAGE_SENT = "message_sent"
    REACHED = "reached"
    DECLINED = "declined"

    @property
    def unanswered(self) -> bool:
        """Nobody answered yet: another try is due."""
        return self in (AttemptResult.NO_ANSWER, AttemptResult.VOICEMAIL,
                        AttemptResult.MESSAGE_SENT)  # fmt: skip


class ReferralStep(LabelledCode):
    """Where a referral on to professional help stands; each step is dated."""

    OFFERED = "offered"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    APPOINTMENT_MADE = "appointment_made"
    CONNECTED = "connected"
    LOST = "lost"

    @property
    def open(self) -> bool:
        """A next step is awaited (and has a due date)."""
        return self in (ReferralStep.OFFERED, ReferralStep.ACCEPTED,
                        ReferralStep.APPOINTMENT_MADE)  # fmt: skip


class MilestoneKind(LabelledCode):
    """Dates of an investigation or legal process that bring distress again."""

    RCA_MEETING = "rca_meeting"
    PEER_REVIEW = "peer_review"
    BOARD_HEARING = "board_hearing"
    DEPOSITION = "deposition"
    TRIAL = "trial"
    SETTLEMENT = "settlement"
    OTHER = "other"


class DebriefKind(LabelledCode):
    """A gathering of supporters for their own sake: never about a case's content."""

    ONE_TO_ONE = "one_to_one"
    GROUP = "group"
    MEETING = "meeting"


class FeedbackAnswer(LabelledCode):
    """An answer of the feedback form to a yes-or-no question that allows "partly"."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class EncounterState(LabelledCode):
    """Where an encounter a supporter reported stands: awaiting the coordinator, or not."""

    WAITING = "waiting"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"


class SurveyInstrument(LabelledCode):
    """The unit surveys the program scores (core/svest.py has their items and sources)."""

    SVEST = "svest"
    SVEST_R = "svest_r"


_LABELS: dict[type[LabelledCode], dict[str, str]] = {
    EventType: {
        "adverse_event": "Adverse event",
        "unexpected_death": "Unexpected patient death",
        "medical_error": "Medical error",
        "near_miss": "Near miss",
        "complication": "Unexpected complication",
        "trauma": "Traumatic event or loss",
        "litigation": "Malpractice suit",
        "board_complaint": "Medical board complaint",
        "workplace_violence": "Workplace violence",
        "strain": "Sustained strain (e.g. pandemic)",
        "other": "Other",
    },
    Role: {
        "attending": "Attending physician",
        "trainee": "Resident or fellow",
        "nurse": "Nurse",
        "app": "Advanced practice provider",
        "pharmacist": "Pharmacist",
        "other_staff": "Other clinical staff",
    },
    ReferralSource: {
        "self": "Self-referral",
        "colleague": "Colleague",
        "leader": "Chair or manager",
        "safety_report": "Patient-safety report",
        "risk_management": "Risk management",
        "claims_notice": "Claims or board notice",
        "program": "Program outreach",
        "other": "Other",
    },
    ContactKind: {
        "outreach_attempt": "Outreach attempt",
        "conversation": "Conversation",
        "follow_up": "Follow-up",
        "group_session": "Group session",
    },
    ContactMode: {
        "phone": "Phone",
        "in_person": "In person",
        "video": "Video",
        "message": "Message",
    },
    Outcome: {
        "supported": "Supported",
        "declined": "Declined",
        "unreachable": "Unreachable",
        "referred_on": "Referred on",
    },
    ResourceKind: {
        "eap": "Employee assistance",
        "mental_health": "Mental-health care",
        "php": "Physician health program",
        "legal_risk": "Legal or risk support",
        "chaplaincy": "Chaplaincy",
        "wellness": "Wellness program",
        "other": "Other",
    },
    ConversationPart: {
        "outreach_call": "Outreach call",
        "invitation": "Invitation / opening",
        "listening": "Listening",
        "reflecting": "Reflecting",
        "reframing": "Reframing (normalizing)",
        "sense_making": "Sense-making",
        "coping": "Coping",
        "closing": "Closing (with a thank-you)",
        "resources": "Resources / referrals",
    },
    SupporterStatus: {
        "active": "Active",
        "paused": "Paused",
        "retired": "Retired",
    },
    DepartmentRule: {
        "outside": "From another department",
        "within": "From the same department",
        "either": "From any department",
    },
    CaseStatus: {
        "new": "New",
        "outreach_attempted": "Outreach attempted",
        "in_support": "In support",
        "referred": "Referred to resources",
        "closed": "Closed",
    },
    TierReason: {
        "distress_persists": "Distress persists",
        "asked": "The person asked for it",
        "safety": "A concern for their safety",
        "legal_process": "An investigation or legal process",
        "improving": "Improving",
        "local_enough": "Local support is enough",
        "declined_professional": "Declined professional help",
        "other": "Other reason",
    },
    AttemptResult: {
        "no_answer": "No answer",
        "voicemail": "Voicemail left",
        "message_sent": "Message sent",
        "reached": "Reached",
        "declined": "Declined",
    },
    ReferralStep: {
        "offered": "Offered",
        "accepted": "Accepted",
        "declined": "Declined",
        "appointment_made": "Appointment made",
        "connected": "Connected",
        "lost": "Lost to follow-up",
    },
    MilestoneKind: {
        "rca_meeting": "Root-cause analysis meeting",
        "peer_review": "Peer review",
        "board_hearing": "Board hearing",
        "deposition": "Deposition",
        "trial": "Trial",
        "settlement": "Settlement",
        "other": "Other milestone",
    },
    DebriefKind: {
        "one_to_one": "One-to-one debrief",
        "group": "Group debrief",
        "meeting": "Supporters' meeting",
    },
    FeedbackAnswer: {
        "yes": "Yes",
        "partly": "Partly",
        "no": "No",
    },
    EncounterState: {
        "waiting": "Awaiting confirmation",
        "confirmed": "Confirmed",
        "dismissed": "Dismissed",
    },
    SurveyInstrument: {
        "svest": "SVEST (29 items)",
        "svest_r": "SVEST-R (35 items)",
    },
}
