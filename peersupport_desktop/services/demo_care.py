"""The demo program's evaluation and care of its supporters: feedback after closing,
unit surveys before and after, training sessions with their evaluations, debriefs and
meetings, intense encounters, and encounters supporters reported.

It works on the rows the demo generator made (services/demo_program.py), with its own
random stream, so the cases and contacts stay exactly as they were without it. The
proportions follow the issue's sources: about half of invited people answer a feedback
form, supporters meet each quarter (Brigham) and debrief in groups of about 15 for
about 77 minutes (forYOU, Nationwide Children's).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections.abc import Callable
from typing import Any

from peersupport_desktop.core.codes import (
    CaseStatus,
    ContactKind,
    DebriefKind,
    EncounterState,
    FeedbackAnswer,
    SupporterStatus,
    SurveyInstrument,
)
from peersupport_desktop.core.feedback_codes import ALPHABET, LENGTH, shown
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.core.svest import instrument

Row = dict[str, Any]
Add = Callable[[str, Row], int]

COMMENTS = (
    "It helped to hear that others have felt the same.",
    "I did not expect a call so soon; it mattered.",
    "Talking to someone outside my department made it easier.",
    "I would have liked a second conversation a few weeks later.",
    "Knowing the program exists changed how I think about that night.",
)
MEETING_NOTES = (
    "Quarterly supporters' meeting: the program's news, self-care, a skills practice "
    "on opening the first call."
)
GROUP_NOTES = "Team debrief after a hard week on the unit: how we are, what helps."
# Units surveyed before and after (index into the demo's departments), respondents per
# round; the last is a small unit whose results stay hidden under the threshold.
SURVEYED = ((0, 24, 27), (1, 19, 22), (5, 7, 9))
HELPFUL_WEIGHTS = (3, 5, 12, 30, 50)  # 1 … 5


class CareGenerator:
    def __init__(
        self, rng: random.Random, as_of: dt.datetime, tables: dict[str, list[Row]], add: Add
    ) -> None:
        self.rng = rng
        self.as_of = as_of
        self.today = as_of.date()
        self.tables = tables
        self.add = add

    def _rows(self, table: str) -> list[Row]:
        """The rows made so far of ``table`` (none, for a tiny demo without contacts)."""
        return self.tables.get(table, [])

    def fill(self) -> None:
        self._capacities()
        self._intense_contacts()
        self._training_sessions()
        self._meetings()
        self._group_debriefs()
        self._one_to_one_debriefs()
        self._feedback()
        self._surveys()
        self._reported_encounters()

    # -- supporters ---------------------------------------------------------
    def _active(self) -> list[Row]:
        return [s for s in self._rows("supporters") if s["status"] == SupporterStatus.ACTIVE]

    def _capacities(self) -> None:
        """About half the roster takes the program's default rather than a cap of its own."""
        for supporter in self._rows("supporters"):
            if self.rng.random() < 0.5:
                supporter["capacity"] = None

    def _intense_contacts(self) -> None:
        for contact in self._rows("contacts"):
            contact["intense"] = (
                contact["kind"] in (ContactKind.CONVERSATION, ContactKind.FOLLOW_UP)
                and contact["supporter_id"] is not None
                and self.rng.random() < 0.08
            )

    def _training_sessions(self) -> None:
        for training in self._rows("trainings"):
            training.setdefault("session_id", None)
        active = self._active()
        for months_ago in (20, 14, 8, 2):
            held = self.today - dt.timedelta(days=30 * months_ago + self.rng.randint(0, 20))
            came = self.rng.sample(active, min(len(active), self.rng.randint(6, 12)))
            session_id = self.add(
                "training_sessions",
                {"title": "Refresher workshop: the supportive conversation", "held_on": held,
                 "refresher": True, "minutes": 180,
                 "created_at": dt.datetime.combine(held, dt.time(17))},
            )  # fmt: skip
            for supporter in came:
                self.add(
                    "trainings",
                    {"supporter_id": supporter["id"], "title": "Refresher workshop",
                     "held_on": held, "refresher": True, "session_id": session_id},
                )  # fmt: skip
                due = held + dt.timedelta(days=730)
                if supporter["refresher_due"] is None or supporter["refresher_due"] < due:
                    supporter["refresher_due"] = due
                if self.rng.random() < 0.7:  # most hand in the evaluation, anonymously
                    self.add(
                        "training_evaluations",
                        {"session_id": session_id,
                         "useful": self.rng.choices((3, 4, 5), weights=(15, 45, 40))[0],
                         "ready": self.rng.choices((2, 3, 4, 5), weights=(5, 20, 50, 25))[0],
                         "comment": None},
                    )  # fmt: skip

    # -- debriefs and meetings ---------------------------------------------
    def _debrief(self, kind: DebriefKind, held: dt.date, minutes: int, notes: str | None,
                 supporters: list[int]) -> None:  # fmt: skip
        debrief_id = self.add(
            "debriefs",
            {"kind": kind.value, "held_on": held, "minutes": minutes, "notes": notes,
             "created_at": dt.datetime.combine(held, dt.time(18))},
        )  # fmt: skip
        for supporter_id in sorted(set(supporters)):
            self.add("debrief_attendees", {"debrief_id": debrief_id, "supporter_id": supporter_id})

    def _meetings(self) -> None:
        """A supporters' meeting in the middle month of each of the last eight quarters."""
        active = [s["id"] for s in self._active()]
        for quarter in Quarter.containing(self.as_of).back(8):
            held = quarter.starts.date() + dt.timedelta(days=40)
            if held > self.today:
                continue
            came = [s for s in active if self.rng.random() < 0.7]
            minutes = self.rng.randint(60, 90)
            self._debrief(DebriefKind.MEETING, held, minutes, MEETING_NOTES, came)

    def _group_debriefs(self) -> None:
        """A team debrief after about half the events that touched three or more people."""
        per_event: dict[int, list[Row]] = {}
        for case in self._rows("cases"):
            per_event.setdefault(case["event_id"], []).append(case)
        active = [s["id"] for s in self._active()]
        for cases in per_event.values():
            if len(cases) < 3 or self.rng.random() < 0.5:
                continue
            held = cases[0]["referred_at"].date() + dt.timedelta(days=self.rng.randint(3, 10))
            if held > self.today:
                continue
            came = [c["supporter_id"] for c in cases if c["supporter_id"] is not None]
            came += self.rng.sample(active, min(len(active), self.rng.randint(2, 6)))
            self._debrief(DebriefKind.GROUP, held, self.rng.randint(60, 95), GROUP_NOTES, came)

    def _one_to_one_debriefs(self) -> None:
        """Most intense encounters are followed by a one-to-one debrief within days; the
        latest few are not yet, so Today proposes the check-in."""
        for contact in self._rows("contacts"):
            if not contact["intense"] or self.rng.random() < 0.25:
                continue
            held = contact["occurred_at"].date() + dt.timedelta(days=self.rng.randint(1, 10))
            if held <= self.today - dt.timedelta(days=3):
                minutes = self.rng.randint(20, 45)
                self._debrief(DebriefKind.ONE_TO_ONE, held, minutes, None,
                              [contact["supporter_id"]])  # fmt: skip

    # -- feedback after closing --------------------------------------------
    def _feedback(self) -> None:
        codes: set[str] = set()
        for case in self._rows("cases"):
            closed = case.get("closed_at")
            if case["status"] != CaseStatus.CLOSED or closed is None or self.rng.random() < 0.3:
                continue
            invited = closed + dt.timedelta(days=self.rng.randint(1, 3), hours=2)
            if invited > self.as_of:
                continue
            code = self._code(codes)
            invitation_id = self.add(
                "feedback_invitations",
                {"case_id": case["id"], "code": code, "invited_at": invited},
            )
            answered = invited.date() + dt.timedelta(days=self.rng.randint(1, 14))
            if answered > self.today or self.rng.random() < 0.55:
                continue
            rng = self.rng
            self.add(
                "feedback_responses",
                {
                    "invitation_id": invitation_id,
                    "answered_on": answered,
                    "helpful": rng.choices(range(1, 6), weights=HELPFUL_WEIGHTS)[0],
                    "wellbeing_better": self._answer((55, 35, 10)),
                    "back_at_work": self._answer((80, 12, 8)),
                    "would_recommend": self._answer((85, 10, 5)),
                    "comment": rng.choice(COMMENTS) if rng.random() < 0.2 else None,
                    "imported_at": dt.datetime.combine(answered, dt.time(23, 30)),
                },
            )

    def _code(self, taken: set[str]) -> str:
        while True:
            code = shown("".join(self.rng.choice(ALPHABET) for _ in range(LENGTH)))
            if code not in taken:
                taken.add(code)
                return code

    def _answer(self, weights: tuple[int, int, int]) -> str | None:
        if self.rng.random() < 0.05:
            return None  # left blank
        choices = (FeedbackAnswer.YES, FeedbackAnswer.PARTLY, FeedbackAnswer.NO)
        return self.rng.choices(choices, weights=weights)[0].value

    # -- unit surveys ----------------------------------------------------------
    def _surveys(self) -> None:
        survey = instrument(SurveyInstrument.SVEST_R)
        before = self.today - dt.timedelta(days=540)
        after = self.today - dt.timedelta(days=60)
        for department_index, first, second in SURVEYED:
            department_id = self._rows("departments")[department_index]["id"]
            for label, held, respondents, better in (
                ("Before", before, first, 0.0),
                ("After", after, second, 0.5),
            ):
                round_id = self.add(
                    "survey_rounds",
                    {"department_id": department_id, "instrument": survey.code.value,
                     "label": label, "held_on": held, "file_digests": "",
                     "created_at": dt.datetime.combine(held, dt.time(12))},
                )  # fmt: skip
                for _ in range(respondents):
                    answers = self._svest_answers(survey, better)
                    self.add("survey_responses", {"round_id": round_id, "answers": answers})

    def _svest_answers(self, survey: Any, better: float) -> str:
        """One respondent: distress a little above the middle, support a little below,
        and ``better`` points of improvement after the program's first year."""
        answers: dict[str, int] = {}
        for item in survey.items:
            worse = survey.factor(item.factor).higher_is_worse
            centre = (3.3 - better if worse else 2.9 + better) + self.rng.uniform(-1.2, 1.2)
            value = min(5, max(1, round(6 - centre if item.reverse else centre)))
            if self.rng.random() > 0.03:  # now and then an item left blank
                answers[item.key] = value
        for option in survey.support:
            answers[option.key] = self.rng.choices(range(1, 6), weights=(5, 10, 20, 35, 30))[0]
        return json.dumps(answers, sort_keys=True)

    # -- encounters supporters reported ----------------------------------------
    def _reported_encounters(self) -> None:
        """A few dozen of the last quarter's conversations came in from the supporters'
        form and were confirmed; the last week's handful awaits the coordinator."""
        cases = {case["id"]: case for case in self._rows("cases")}
        recent = self.as_of - dt.timedelta(days=90)
        for contact in self._rows("contacts"):
            if (
                contact["occurred_at"] < recent
                or contact["kind"] not in (ContactKind.CONVERSATION, ContactKind.FOLLOW_UP)
                or contact["supporter_id"] is None
                or self.rng.random() < 0.7
            ):
                continue
            self._encounter(contact, EncounterState.CONFIRMED, contact["id"])
        open_cases = [
            c for c in cases.values()
            if c["status"] == CaseStatus.IN_SUPPORT and c["supporter_id"] is not None
        ]  # fmt: skip
        for case in self.rng.sample(open_cases, min(len(open_cases), 4)):
            when = self.as_of - dt.timedelta(days=self.rng.randint(0, 6), hours=3)
            if when < case["referred_at"]:
                continue
            row = {
                "case_id": case["id"],
                "occurred_at": when,
                "supporter_id": case["supporter_id"],
                "duration_minutes": self.rng.randint(20, 60),
                "mode": self.rng.choice(("phone", "in_person", "video")),
                "intense": False,
            }
            self._encounter(row, EncounterState.WAITING, None)

    def _encounter(self, contact: Row, state: EncounterState, contact_id: int | None) -> None:
        meaning = f"{contact['case_id']}|{contact['occurred_at']:%Y-%m-%d}|{contact['mode']}|"
        meaning += f"{contact['duration_minutes']}|{contact['supporter_id']}|{contact_id}"
        self.add(
            "reported_encounters",
            {
                "case_id": contact["case_id"],
                "supporter_id": contact["supporter_id"],
                "occurred_on": contact["occurred_at"].date(),
                "minutes": contact["duration_minutes"],
                "mode": contact["mode"],
                "tier": None,
                "follow_up_needed": self.rng.random() < 0.3,
                "intense": bool(contact["intense"]),
                "state": state.value,
                "contact_id": contact_id,
                "row_key": hashlib.sha256(meaning.encode()).hexdigest(),
                "received_at": min(contact["occurred_at"] + dt.timedelta(hours=6), self.as_of),
            },
        )
