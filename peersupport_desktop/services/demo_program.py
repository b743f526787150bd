"""A realistic, deterministic synthetic program, so anyone can try the application at once.

Same seed and same ``as_of``: the same rows, byte for byte. Names are synthetic,
emails use the reserved example.org domain and phone numbers the 555 range.
Rows are written with bulk inserts in one transaction, so 100,000 cases take
seconds; every row still obeys the case lifecycle (core/lifecycle.py).
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import func, select

from peersupport_desktop.core.codes import (
    AttemptResult,
    CaseStatus,
    ContactKind,
    ContactMode,
    ConversationPart,
    EventType,
    MilestoneKind,
    Outcome,
    ReferralSource,
    ReferralStep,
    ResourceKind,
    Role,
    SupporterStatus,
    TierReason,
)
from peersupport_desktop.core.lifecycle import CaseFacts, allowed_outcomes, open_status
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.core.tiers import LOCAL, PEER, PROFESSIONAL
from peersupport_desktop.services import audit
from peersupport_desktop.services.cases import reference_for
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.demo_care import CareGenerator
from peersupport_desktop.services.settings import due_rule
from peersupport_desktop.store.models import (
    AvailabilityException,
    AvailabilitySlot,
    Base,
    Case,
    CaseClosing,
    Clinician,
    Contact,
    Department,
    Event,
    Milestone,
    OnCallWeek,
    Resource,
    ResourceOffer,
    Supporter,
    TierChange,
    Training,
)
from peersupport_desktop.store.vault import Vault

BATCH = 5000
# Following the person (issue 23), as the settings' defaults have it.
URGENT_KINDS = frozenset({EventType.UNEXPECTED_DEATH, EventType.WORKPLACE_VIOLENCE})
URGENT_MINUTES, RETRY_HOURS, MAX_TRIES, STEP_DAYS = 30, 24, 3, 7
UNANSWERED = [AttemptResult.NO_ANSWER, AttemptResult.VOICEMAIL, AttemptResult.MESSAGE_SENT]
# The share of events of a kind that bring an investigation's or a process's dates.
MILESTONE_SHARE = {
    EventType.LITIGATION: 0.8, EventType.BOARD_COMPLAINT: 0.8, EventType.UNEXPECTED_DEATH: 0.4,
    EventType.ADVERSE_EVENT: 0.25, EventType.MEDICAL_ERROR: 0.25,
}  # fmt: skip

DEPARTMENTS = (
    "Anesthesiology", "Cardiology", "Emergency Medicine", "Family Medicine", "ICU",
    "Internal Medicine", "Neurology", "Obstetrics and Gynecology", "Oncology",
    "Pediatrics", "Psychiatry", "Surgery",
)  # fmt: skip
FIRST_NAMES = (
    "Aisha", "Akira", "Alejandro", "Amara", "Ana", "Anders", "Ayşe", "Beatriz", "Chen", "Chidi",
    "Dagny", "Dmitri", "Elif", "Émile", "Farah", "Fatima", "Freya", "Gabriel", "Hana", "Hiroshi",
    "Ingrid", "Isabel", "Jamal", "Jia", "Joaquín", "José", "Kai", "Kavya", "Leila", "Liam",
    "Lucía", "Malik", "Mei", "Mateus", "Nadia", "Niamh", "Noah", "Olu", "Priya", "Rafael",
    "Rania", "Ravi", "Ren", "Rosa", "Sanjay", "Siobhán", "Sofia", "Tomás", "Valentina", "Wei",
    "Yara", "Yusuf", "Zanele", "Zoë",
)  # fmt: skip
LAST_NAMES = (
    "Abebe", "Adeyemi", "Ahmed", "Andersen", "Ångström", "Bianchi", "Chowdhury", "Costa",
    "Dubois", "Eriksson", "Fernández", "Fischer", "García", "Haddad", "Hoang", "Ivanova",
    "Jensen", "Kato", "Kaur", "Kowalski", "Lefèvre", "Lindqvist", "Mahlangu", "Mbeki",
    "Mendoza", "Müller", "Nakamura", "Nguyen", "Novák", "Núñez", "O'Brien", "Okafor",
    "Olsen", "Papadopoulos", "Park", "Patel", "Petrov", "Quispe", "Rossi", "Saito", "Santos",
    "Schmidt", "Silva", "Singh", "Sørensen", "Tanaka", "Van der Berg", "Walker", "Yılmaz",
    "Zhang",
)  # fmt: skip
SPECIALTIES = {
    Role.ATTENDING: ("Surgeon", "Intensivist", "Hospitalist", "Anesthesiologist", "Oncologist"),
    Role.TRAINEE: ("Surgical resident", "Medicine resident", "Pediatrics fellow"),
    Role.NURSE: ("ICU nurse", "ED nurse", "Charge nurse", "Labor and delivery nurse"),
    Role.APP: ("Nurse practitioner", "Physician assistant"),
    Role.PHARMACIST: ("Clinical pharmacist",),
    Role.OTHER_STAFF: ("Respiratory therapist", "Social worker"),
}
LANGUAGES = ("en", "en", "en", "es", "fr", "zh", "ar", "pt", "tl", "vi")
RESOURCES = {  # name, phone, hours, other contact
    ResourceKind.EAP: ("Employee Assistance Program", "555-0100", "24 hours, every day", None),
    ResourceKind.MENTAL_HEALTH: (
        "Clinician Mental Health Service",
        "555-0101",
        "Weekdays 8:00-18:00",
        None,
    ),
    ResourceKind.PHP: ("State Physician Health Program", "555-0102", "Weekdays 9:00-17:00", None),
    ResourceKind.LEGAL_RISK: ("Risk Management and Claims Support", "555-0103", None, None),
    ResourceKind.CHAPLAINCY: ("Spiritual Care and Chaplaincy", None, "24 hours", "Pager 555-0104"),
    ResourceKind.WELLNESS: ("Clinician Wellness Program", None, None, "wellness@example.org"),
    ResourceKind.OTHER: ("Financial Counselling", "555-0105", "By appointment", None),
}
NOTES = (
    "Left voicemail",
    "Prefers text messages",
    "Asked to be called after the night shift",
    "Will reach out again next week",
    "Met in the family room",
)
# Weights after the sources' calibration: adverse events and deaths most common.
EVENT_WEIGHTS = {
    EventType.ADVERSE_EVENT: 24, EventType.UNEXPECTED_DEATH: 18, EventType.MEDICAL_ERROR: 10,
    EventType.NEAR_MISS: 6, EventType.COMPLICATION: 12, EventType.TRAUMA: 9,
    EventType.LITIGATION: 5, EventType.BOARD_COMPLAINT: 3, EventType.WORKPLACE_VIOLENCE: 5,
    EventType.STRAIN: 4, EventType.OTHER: 4,
}  # fmt: skip
ROLE_WEIGHTS = {
    Role.ATTENDING: 30, Role.TRAINEE: 25, Role.NURSE: 30, Role.APP: 8, Role.PHARMACIST: 3,
    Role.OTHER_STAFF: 4,
}  # fmt: skip
SOURCE_WEIGHTS = {
    ReferralSource.SELF: 14, ReferralSource.COLLEAGUE: 20, ReferralSource.LEADER: 18,
    ReferralSource.SAFETY_REPORT: 22, ReferralSource.RISK_MANAGEMENT: 10,
    ReferralSource.CLAIMS_NOTICE: 6, ReferralSource.PROGRAM: 7, ReferralSource.OTHER: 3,
}  # fmt: skip
CONVERSATION_PARTS = (
    ConversationPart.INVITATION,
    ConversationPart.LISTENING,
    ConversationPart.REFLECTING,
    ConversationPart.REFRAMING,
    ConversationPart.SENSE_MAKING,
    ConversationPart.COPING,
    ConversationPart.CLOSING,
)


_C = TypeVar("_C")


def _weighted(weights: dict[_C, int]) -> tuple[list[_C], list[int]]:
    """Choices and cumulative weights, computed once for rng.choices(cum_weights=...)."""
    running, cumulative = 0, []
    for weight in weights.values():
        running += weight
        cumulative.append(running)
    return list(weights), cumulative


EVENT_CHOICES = _weighted(EVENT_WEIGHTS)
ROLE_CHOICES = _weighted(ROLE_WEIGHTS)
SOURCE_CHOICES = _weighted(SOURCE_WEIGHTS)
MODES = [mode.value for mode in ContactMode]


@dataclass(frozen=True, slots=True)
class DemoSummary:
    supporters: int
    clinicians: int
    events: int
    group_events: int
    cases: int
    contacts: int
    resource_offers: int
    trainings: int


@dataclass(slots=True)
class _Rows:
    """Everything to insert, table by table, with ids assigned here."""

    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, table: str, row: dict[str, Any]) -> int:
        rows = self.tables.setdefault(table, [])
        if "id" not in Base.metadata.tables[table].c:  # a link table (debrief_attendees)
            rows.append(row)
            return 0
        row.setdefault("id", len(rows) + 1)
        rows.append(row)
        return int(row["id"])

    def count(self, table: str) -> int:
        return len(self.tables.get(table, []))


def fill_demo_program(
    vault: Vault,
    *,
    cases: int = 400,
    seed: int = 2026,
    as_of: dt.datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty vault with a synthetic program spanning the last eight quarters."""
    if cases < 1:
        raise ValueError("A demo program needs at least one case.")
    moment = (as_of or now()).replace(microsecond=0)
    with vault.transaction() as session:
        if session.scalar(select(func.count()).select_from(Case)):
            raise ValueError("The vault already holds cases: a demo fills only a new vault.")
        rows = _Generator(random.Random(seed), moment, due_rule(session)).program(cases)
        # Parents before children, whatever order the rows were made in.
        tables = [
            (t.name, rows.tables[t.name])
            for t in Base.metadata.sorted_tables
            if t.name in rows.tables
        ]
        total = sum(len(table_rows) for _table, table_rows in tables)
        done = 0
        cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        for table, table_rows in tables:
            columns = list(table_rows[0])
            statement = (  # names from our own schema, never from input
                f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608
                f"VALUES ({', '.join('?' for _ in columns)})"
            )
            for batch in _batches(table_rows):
                # Straight to the driver: SQLAlchemy's per-value processing would
                # double the time. _stored() writes each value as SQLAlchemy would.
                cursor.executemany(
                    statement, [tuple(_stored(r[c]) for c in columns) for r in batch]
                )
                done += len(batch)
                if progress is not None:
                    progress(done, total)
        audit.record(session, "demo.fill", "vault", None)
    return DemoSummary(
        supporters=rows.count(Supporter.__tablename__),
        clinicians=rows.count(Clinician.__tablename__),
        events=rows.count(Event.__tablename__),
        group_events=_group_events(rows),
        cases=rows.count(Case.__tablename__),
        contacts=rows.count(Contact.__tablename__),
        resource_offers=rows.count(ResourceOffer.__tablename__),
        trainings=rows.count(Training.__tablename__),
    )


def _stored(value: object) -> object:
    """A value in the text form SQLAlchemy's SQLite types store (tests pin this)."""
    if isinstance(value, dt.datetime):
        return value.isoformat(" ", "microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat("microseconds")
    if isinstance(value, bool):
        return int(value)
    return value


def _batches(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]


def _group_events(rows: _Rows) -> int:
    per_event: dict[int, int] = {}
    for row in rows.tables.get(Case.__tablename__, []):
        per_event[row["event_id"]] = per_event.get(row["event_id"], 0) + 1
    return sum(1 for n in per_event.values() if n >= 2)


class _Generator:
    def __init__(
        self, rng: random.Random, as_of: dt.datetime, due: Callable[[dt.datetime], dt.datetime]
    ) -> None:
        self.rng = rng
        self.as_of = as_of
        self.due = due  # the program's outreach clock: referral time -> due time
        self.starts = Quarter.containing(as_of).back(8)[0].starts
        self.rows = _Rows()
        self.t = {
            name: model.__tablename__
            for name, model in {
                "department": Department, "supporter": Supporter, "training": Training,
                "slot": AvailabilitySlot, "exception": AvailabilityException,
                "oncall": OnCallWeek, "resource": Resource, "clinician": Clinician,
                "event": Event, "case": Case, "contact": Contact, "closing": CaseClosing,
                "offer": ResourceOffer, "tier": TierChange, "milestone": Milestone,
            }.items()
        }  # fmt: skip
        self.supporter_ids: list[int] = []
        self.resource_ids: dict[ResourceKind, int] = {}

    def program(self, cases: int) -> _Rows:
        for name in DEPARTMENTS:
            self.rows.add(self.t["department"], {"name": name})
        self._supporters(min(40, max(8, 6 + cases // 40)))
        self._on_call()
        for kind, (name, phone, hours, contact) in RESOURCES.items():
            row = {
                "kind": kind.value,
                "name": name,
                "phone": phone,
                "hours": hours,
                "contact": contact,
                "notes": None,
                "active": True,
            }
            self.resource_ids[kind] = self.rows.add(self.t["resource"], row)
        self._cases(cases)
        # Its own random stream, drawn last: the cases and contacts stay as they were.
        care = random.Random(self.rng.random())
        CareGenerator(care, self.as_of, self.rows.tables, self.rows.add).fill()
        return self.rows

    # -- the roster ---------------------------------------------------------
    def _supporters(self, count: int) -> None:
        rng = self.rng
        for n in range(count):
            role = rng.choices(list(ROLE_WEIGHTS), weights=[30, 20, 30, 10, 5, 5])[0]
            trained = (self.starts - dt.timedelta(days=rng.randint(30, 1400))).date()
            refresher_due = trained + dt.timedelta(days=730)
            if refresher_due < self.as_of.date() and rng.random() < 0.8:
                refresher_due = self.as_of.date() + dt.timedelta(days=rng.randint(-40, 500))
            status = SupporterStatus.ACTIVE
            if n >= 6 and rng.random() < 0.12:
                status = rng.choice([SupporterStatus.PAUSED, SupporterStatus.RETIRED])
            name = self._name()
            supporter_id = self.rows.add(
                self.t["supporter"],
                {
                    "name": f"Dr {name}" if role is Role.ATTENDING else name,
                    "role": role.value,
                    "department_id": rng.randint(1, len(DEPARTMENTS)),
                    "specialty": rng.choice(SPECIALTIES[role]),
                    "email": self._email(name, "supporter"),
                    "phone": f"+1 555 01{rng.randint(0, 99):02d}",
                    "languages": ",".join(sorted({"en", rng.choice(LANGUAGES)})),
                    "training_date": trained,
                    "refresher_due": refresher_due,
                    "status": status.value,
                    "capacity": rng.randint(2, 5),
                    "clinician_id": None,
                    "created_at": dt.datetime.combine(trained, dt.time(9)),
                },
            )
            if status is SupporterStatus.ACTIVE:
                self.supporter_ids.append(supporter_id)
            self.rows.add(
                self.t["training"],
                {"supporter_id": supporter_id, "title": "Peer supporter training",
                 "held_on": trained, "refresher": False},
            )  # fmt: skip
            if rng.random() < 0.5:
                held = trained + dt.timedelta(days=rng.randint(300, 700))
                if held <= self.as_of.date():
                    self.rows.add(
                        self.t["training"],
                        {"supporter_id": supporter_id, "title": "Refresher workshop",
                         "held_on": held, "refresher": True},
                    )  # fmt: skip
            for weekday in rng.sample(range(5), rng.randint(1, 3)):
                start = rng.choice([8, 10, 12, 14, 16])
                self.rows.add(
                    self.t["slot"],
                    {"supporter_id": supporter_id, "weekday": weekday,
                     "starts": dt.time(start), "ends": dt.time(start + 2)},
                )  # fmt: skip
            if rng.random() < 0.3:
                away = self.as_of + dt.timedelta(days=rng.randint(-20, 40))
                self.rows.add(
                    self.t["exception"],
                    {"supporter_id": supporter_id, "available": False,
                     "starts_at": away.replace(hour=0, minute=0, second=0),
                     "ends_at": away.replace(hour=0, minute=0, second=0)
                     + dt.timedelta(days=rng.randint(2, 14))},
                )  # fmt: skip

    def _on_call(self) -> None:
        week = (self.starts - dt.timedelta(days=self.starts.weekday())).date()
        last = self.as_of.date() + dt.timedelta(days=28)
        turn = 0
        while week <= last:
            supporter = self.supporter_ids[turn % len(self.supporter_ids)]
            self.rows.add(self.t["oncall"], {"week_start": week, "supporter_id": supporter})
            week += dt.timedelta(days=7)
            turn += 1

    # -- referrals and their cases ------------------------------------------
    def _cases(self, count: int) -> None:
        rng = self.rng
        sizes: list[int] = []  # clinicians per event; about 15% are group events
        planned = 0
        while planned < count:
            size = min(1 if rng.random() < 0.85 else rng.randint(2, 5), count - planned)
            sizes.append(size)
            planned += size
        span = (self.as_of - self.starts).total_seconds()
        moments = sorted(rng.random() for _ in sizes)
        # The newest events (1%, at least two) came in during the last day, so the
        # demo always shows someone awaiting outreach.
        fresh = min(len(sizes), max(2, len(sizes) // 100))
        for n in range(len(sizes) - fresh, len(sizes)):
            moments[n] = 1 - rng.uniform(0, 20 * 3600) / span
        moments.sort()
        for moment, size in zip(moments, sizes, strict=True):
            referred = self.starts + dt.timedelta(seconds=int(moment * span))
            event_type = rng.choices(EVENT_CHOICES[0], cum_weights=EVENT_CHOICES[1])[0]
            department = rng.randint(1, len(DEPARTMENTS))
            occurred = referred - dt.timedelta(hours=rng.randint(2, 72))
            # A death or violence on the unit is now and then marked urgent.
            urgent = event_type in URGENT_KINDS and rng.random() < 0.3
            event_id = self.rows.add(
                self.t["event"],
                {
                    "event_type": event_type.value,
                    "occurred_on": occurred.date(),
                    "department_id": department,
                    "description": None if rng.random() < 0.7 else "Reported through the unit",
                    "external_source": None,
                    "external_ref": None,
                    "created_at": referred,
                    "urgent": urgent,
                },
            )
            if rng.random() < MILESTONE_SHARE.get(event_type, 0.0):
                self._milestone(event_id, event_type, referred)
            for member in range(size):
                # Group members are referred over the next hours, never past as_of.
                when = min(
                    referred + dt.timedelta(minutes=rng.randint(0, 600) * member), self.as_of
                )
                self._case(event_id, department, when, urgent=urgent)

    def _milestone(self, event_id: int, event_type: EventType, referred: dt.datetime) -> None:
        """An investigation's or a legal process's next date, weeks or months on."""
        kind = (
            self.rng.choice([MilestoneKind.DEPOSITION, MilestoneKind.TRIAL])
            if event_type is EventType.LITIGATION
            else MilestoneKind.BOARD_HEARING
            if event_type is EventType.BOARD_COMPLAINT
            else self.rng.choice([MilestoneKind.RCA_MEETING, MilestoneKind.PEER_REVIEW])
        )
        self.rows.add(
            self.t["milestone"],
            {"event_id": event_id, "case_id": None, "kind": kind.value,
             "on_date": (referred + dt.timedelta(days=self.rng.randint(14, 120))).date(),
             "check_in_days": 7, "created_at": referred},
        )  # fmt: skip

    def _case(self, event_id: int, department: int, referred: dt.datetime, *, urgent: bool) -> None:
        rng = self.rng
        role = rng.choices(ROLE_CHOICES[0], cum_weights=ROLE_CHOICES[1])[0]
        name = self._name()
        clinician_id = self.rows.add(
            self.t["clinician"],
            {
                "name": name,
                "role": role.value,
                "department_id": department if rng.random() < 0.8 else rng.randint(1, 12),
                "email": self._email(name, "clinician"),
                "phone": f"+1 555 02{rng.randint(0, 99):02d}",
                "preferred_language": rng.choice(LANGUAGES),
                "created_at": referred,
            },
        )
        case_id = self.rows.count(self.t["case"]) + 1
        supporter = rng.choice(self.supporter_ids) if rng.random() < 0.9 else None
        history = self._history(case_id, referred, supporter, urgent=urgent)
        self.rows.add(
            self.t["case"],
            {
                "id": case_id,
                "reference": reference_for(case_id),
                "clinician_id": clinician_id,
                "event_id": event_id,
                "referral_source": rng.choices(SOURCE_CHOICES[0], cum_weights=SOURCE_CHOICES[1])[
                    0
                ].value,
                "referrer": None if rng.random() < 0.5 else "Unit manager",
                "referred_at": referred,
                "outreach_due_at": self._due(referred, urgent=urgent),
                "supporter_id": supporter,
                **history,
            },
        )

    def _due(self, referred: dt.datetime, *, urgent: bool) -> dt.datetime:
        """The outreach target: an urgent event's own, in clock minutes, or the program's."""
        return referred + dt.timedelta(minutes=URGENT_MINUTES) if urgent else self.due(referred)

    def _history(
        self, case_id: int, referred: dt.datetime, supporter: int | None, *, urgent: bool
    ) -> dict[str, Any]:
        """Contacts, offers and closings for one case; returns the case's own columns."""
        rng = self.rng
        age = self.as_of - referred
        contacts: list[tuple[dt.datetime, ContactKind]] = []
        # First outreach: mostly within the target, some late, the newest maybe not yet;
        # an urgent case's within minutes, mostly.
        delay = dt.timedelta(seconds=int(3600 * rng.lognormvariate(1.6, 0.9)))
        if urgent:
            delay = dt.timedelta(minutes=int(rng.lognormvariate(2.8, 0.6)))
        elif rng.random() < 0.1:
            delay += dt.timedelta(hours=rng.randint(24, 96))
        moment = referred + delay
        reached = rng.random() < 0.83
        if age < dt.timedelta(days=1) and rng.random() < 0.7:
            moment = self.as_of + dt.timedelta(days=1)  # not reached out to yet
        for _ in range(
            rng.choices([0, 1, 2], weights=[60, 30, 10])[0] if reached else rng.randint(1, 3)
        ):
            if moment <= self.as_of:
                contacts.append((moment, ContactKind.OUTREACH_ATTEMPT))
            moment += dt.timedelta(hours=rng.randint(3, 30))
        if reached and moment <= self.as_of:
            contacts.append((moment, ContactKind.CONVERSATION))
            for _ in range(rng.choices([0, 1, 2], weights=[45, 40, 15])[0]):
                moment += dt.timedelta(days=rng.randint(5, 30))
                if moment <= self.as_of:
                    contacts.append((moment, ContactKind.FOLLOW_UP))
        offered: dt.datetime | None = None
        talked = [when for when, kind in contacts if kind.reaches_person]
        if talked and rng.random() < 0.11:
            offered = talked[0] + dt.timedelta(hours=rng.randint(1, 48))
            if offered > self.as_of:
                offered = None
        facts = CaseFacts(
            status=CaseStatus.NEW,
            has_first_outreach=bool(contacts),
            has_conversation=bool(talked),
            has_attempt=any(kind is ContactKind.OUTREACH_ATTEMPT for _w, kind in contacts),
            has_resource_offered=offered is not None,
        )
        status = open_status(facts)
        for when, kind in contacts:
            self._contact(case_id, when, kind, supporter)
        if offered is not None:
            self._offer(case_id, offered)
        tier = self._tiers(case_id, talked, offered)
        last = max([referred, *(when for when, _k in contacts), *([offered] if offered else [])])
        columns: dict[str, Any] = {
            "status": status.value,
            "first_outreach_at": contacts[0][0] if contacts else None,
            "closed_at": None,
            "outcome": None,
            "next_follow_up": None,
            "reopened_count": 0,
            **tier,
            "next_attempt_due_at": self._next_try(contacts),
        }
        closing = last + dt.timedelta(days=rng.randint(1, 40))
        if age > dt.timedelta(days=21) and closing <= self.as_of and rng.random() < 0.93:
            outcome = self._outcome(status)
            if rng.random() < 0.03 and closing + dt.timedelta(days=10) <= self.as_of:
                # Closed once, reopened, then closed again: both closings are kept.
                first_outcome = self._outcome(status)
                self.rows.add(
                    self.t["closing"],
                    {"case_id": case_id, "closed_at": closing, "outcome": first_outcome.value,
                     "reopened_at": closing + dt.timedelta(days=3)},
                )  # fmt: skip
                closing += dt.timedelta(days=10)
                columns["reopened_count"] = 1
            self.rows.add(
                self.t["closing"],
                {"case_id": case_id, "closed_at": closing, "outcome": outcome.value,
                 "reopened_at": None},
            )  # fmt: skip
            columns.update(
                status=CaseStatus.CLOSED.value, closed_at=closing, outcome=outcome.value,
                next_attempt_due_at=None,
            )  # fmt: skip
        elif status in (CaseStatus.IN_SUPPORT, CaseStatus.REFERRED) and rng.random() < 0.6:
            columns["next_follow_up"] = self.as_of.date() + dt.timedelta(days=rng.randint(-3, 21))
        return columns

    def _offer(self, case_id: int, offered: dt.datetime) -> None:
        """A referral on, followed step by step as far as the demo's today."""
        rng = self.rng
        row: dict[str, Any] = {
            "case_id": case_id, "resource_id": self.resource_ids[rng.choice(list(RESOURCES))],
            "offered_at": offered, "accepted": None, "step": ReferralStep.OFFERED.value,
            "decided_at": None, "appointment_made_at": None, "appointment_on": None,
            "connected_at": None, "lost_at": None, "step_due_on": None,
        }  # fmt: skip
        moment = offered
        for step, after_days in (
            (rng.choices([ReferralStep.ACCEPTED, ReferralStep.DECLINED], weights=[80, 20])[0], 10),
            (ReferralStep.APPOINTMENT_MADE, 20),
            (rng.choices([ReferralStep.CONNECTED, ReferralStep.LOST], weights=[85, 15])[0], 40),
        ):
            moment += dt.timedelta(days=rng.randint(1, after_days), hours=rng.randint(0, 8))
            if moment > self.as_of:
                break
            row["step"] = step.value
            if step in (ReferralStep.ACCEPTED, ReferralStep.DECLINED):
                row.update(accepted=step is ReferralStep.ACCEPTED, decided_at=moment)
            elif step is ReferralStep.APPOINTMENT_MADE:
                row.update(
                    appointment_made_at=moment,
                    appointment_on=(moment + dt.timedelta(days=rng.randint(2, 10))).date(),
                )
            else:
                row["connected_at" if step is ReferralStep.CONNECTED else "lost_at"] = moment
            if not step.open:
                break
        if ReferralStep(row["step"]).open:
            row["step_due_on"] = (moment + dt.timedelta(days=STEP_DAYS)).date()
        self.rows.add(self.t["offer"], row)

    def _tiers(
        self, case_id: int, talked: list[dt.datetime], offered: dt.datetime | None
    ) -> dict[str, int]:
        """The case's tier: some supported on their unit (tier 1), most by a trained
        peer (tier 2), about one in ten escalated to professional help (tier 3),
        always so when referred on (Lane et al.: 10.8% escalated)."""
        rng = self.rng
        if talked and (offered is not None or rng.random() < 0.03):
            when = offered or talked[0] + dt.timedelta(days=rng.randint(1, 10))
            when = min(when, self.as_of)
            reason = rng.choice([TierReason.DISTRESS_PERSISTS, TierReason.ASKED,
                                 TierReason.LEGAL_PROCESS, TierReason.SAFETY])  # fmt: skip
            self.rows.add(
                self.t["tier"],
                {"case_id": case_id, "changed_at": when, "from_tier": PEER,
                 "to_tier": PROFESSIONAL, "reason": reason.value},
            )  # fmt: skip
            return {"tier": PROFESSIONAL, "highest_tier": PROFESSIONAL}
        if rng.random() < 0.12:  # logged by the program, supported on the unit
            return {"tier": LOCAL, "highest_tier": LOCAL}
        return {"tier": PEER, "highest_tier": PEER}

    def _next_try(self, contacts: list[tuple[dt.datetime, ContactKind]]) -> dt.datetime | None:
        """After unanswered attempts and no conversation, the next try is due a day on,
        until three tries have been made."""
        attempts = [when for when, kind in contacts if kind is ContactKind.OUTREACH_ATTEMPT]
        if not attempts or len(attempts) < len(contacts) or len(attempts) >= MAX_TRIES:
            return None
        return attempts[-1] + dt.timedelta(hours=RETRY_HOURS)

    def _outcome(self, status: CaseStatus) -> Outcome:
        allowed = allowed_outcomes(status)
        weights = {Outcome.SUPPORTED: 80, Outcome.DECLINED: 10, Outcome.UNREACHABLE: 60,
                   Outcome.REFERRED_ON: 12}  # fmt: skip
        return self.rng.choices(allowed, weights=[weights[o] for o in allowed])[0]

    def _contact(
        self, case_id: int, when: dt.datetime, kind: ContactKind, supporter: int | None
    ) -> None:
        rng = self.rng
        talks = kind.reaches_person
        parts: tuple[ConversationPart, ...] = ()
        if talks:
            chosen = set(rng.sample(CONVERSATION_PARTS, rng.randint(3, len(CONVERSATION_PARTS))))
            parts = tuple(p for p in ConversationPart if p in chosen)
        result = None if talks else rng.choices(UNANSWERED, weights=[50, 35, 15])[0].value
        self.rows.add(
            self.t["contact"],
            {
                "case_id": case_id,
                "kind": kind.value,
                "mode": rng.choice(MODES) if talks else ContactMode.PHONE.value,
                "occurred_at": when,
                "duration_minutes": rng.randint(15, 45) if talks else rng.randint(0, 5),
                "supporter_id": supporter,
                "parts": ",".join(p.value for p in parts),
                "note": rng.choice(NOTES) if rng.random() < 0.12 else None,
                "result": result,
            },
        )

    def _name(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    def _email(self, name: str, kind: str) -> str:
        # "Émile Núñez" writes as emile.nunez, as a hospital's mail system would.
        plain = unicodedata.normalize("NFKD", name.lower().replace(" ", "."))
        local = "".join(ch for ch in plain if ch.isascii() and (ch.isalnum() or ch == "."))
        return f"{local}.{kind}{self.rng.randint(1, 99999)}@example.org"
