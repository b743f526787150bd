"""Commands for cases themselves: the list, a new referral, one case's record and its
changes (supporter, follow-up, department wish, closing, reopening), and the supporters
the program suggests for it.

`cases`, `new-case`, `case` and `match` call the services the window calls
(services/case_list.py, cases.py, matching.py), so every rule and audit entry is theirs.

What they print never names the person supported: a case is its reference (PS-…), the
person their role and department. Terminal scroll-back, a cron job's mail and a
script's log are outside the vault; the window, behind its passphrase, shows names.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias

from peersupport_desktop.cli.argument_types import day, moment
from peersupport_desktop.cli.console import say
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.cli.record_commands import add_listing_options, check_listing_output

if TYPE_CHECKING:
    from peersupport_desktop.core.matching import Ranking
    from peersupport_desktop.services.case_list import CaseRow
    from peersupport_desktop.services.cases import CaseDetail, NewCase
    from peersupport_desktop.services.record_listing import Listing
    from peersupport_desktop.store.vault import Vault

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
STATUSES = "new|outreach_attempted|in_support|referred|closed|open"
OUTCOMES = "supported|declined|unreachable|referred_on"
PREFERENCES = "outside|within|either|program"
CASE_COLUMNS = (
    "case", "status", "role", "department", "event", "event_type", "referred_at",
    "outreach_due_at",
    "first_outreach_at", "overdue", "supporter", "next_follow_up", "next_attempt_due_at",
)  # fmt: skip


def register(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """The four commands, on the main parser."""
    listing = sub.add_parser(
        "cases",
        parents=[common],
        help="list the cases by reference (never by name), newest referral first",
    )
    listing.add_argument(
        "--status", metavar="STATUS", help=f"only cases at this status: {STATUSES}"
    )
    listing.add_argument(
        "--overdue", action="store_true", help="only cases still waiting past their outreach target"
    )
    listing.add_argument(
        "--supporter", metavar="NAME|EMAIL", help="only the cases assigned to this supporter"
    )
    listing.add_argument(
        "--referred-from", type=day, metavar="YYYY-MM-DD", help="only referrals on or after"
    )
    listing.add_argument(
        "--referred-to", type=day, metavar="YYYY-MM-DD", help="only referrals on or before"
    )
    add_listing_options(listing)
    listing.set_defaults(handler=list_cases)

    new = sub.add_parser(
        "new-case",
        parents=[common],
        help="take in a referral: the clinician, the event and the case, at once",
    )
    person = new.add_argument_group("the clinician (new, or --same-clinician-as)")
    person.add_argument("--name", metavar="NAME", help="the clinician's name")
    person.add_argument(
        "--role", metavar="ROLE", help="attending, trainee, nurse, app, pharmacist, other_staff"
    )
    person.add_argument("--department", metavar="NAME", help="the clinician's department")
    person.add_argument("--email", metavar="ADDRESS")
    person.add_argument("--phone", metavar="NUMBER")
    person.add_argument("--language", metavar="LANGUAGE", help="preferred language (en, Spanish…)")
    person.add_argument(
        "--same-clinician-as",
        metavar="PS-000012",
        help="the clinician of that case (a second event for the same person)",
    )
    event = new.add_argument_group("the event (new, or --same-event-as)")
    event.add_argument("--event-type", metavar="TYPE", help="a code or label, e.g. adverse_event")
    event.add_argument(
        "--event-date", type=day, metavar="YYYY-MM-DD", help="when it happened (default: today)"
    )
    event.add_argument("--event-department", metavar="NAME", help="where it happened")
    event.add_argument("--description", metavar="TEXT", help="a few words; no clinical detail")
    event.add_argument(
        "--same-event-as",
        metavar="PS-000012",
        help="the event of that case (one more person it involved)",
    )
    referral = new.add_argument_group("the referral")
    referral.add_argument(
        "--source",
        required=True,
        metavar="SOURCE",
        help="self, colleague, leader, safety_report, risk_management, claims_notice, "
        "program, other (a code or a label)",
    )
    referral.add_argument("--referrer", metavar="TEXT", help="who referred, in a few words")
    referral.add_argument("--referred-at", type=moment, metavar="ISO", help="when (default: now)")
    referral.add_argument(
        "--urgent",
        action="store_true",
        help="the event is urgent: its cases get the urgent outreach target",
    )
    new.add_argument("--json", action="store_true", help="say the new case as JSON")
    new.set_defaults(handler=new_case)

    one = sub.add_parser(
        "case",
        parents=[common],
        help="show one case's record; with options, assign, set the follow-up, close, reopen",
    )
    one.add_argument("--case", required=True, metavar="PS-000012", help="the case's reference")
    one.add_argument(
        "--assign",
        metavar="NAME|EMAIL",
        help="assign this supporter (none: nobody); see 'match' for the best fit",
    )
    one.add_argument(
        "--follow-up",
        type=_day_or_none,
        metavar="YYYY-MM-DD|none",
        help="the day of the next follow-up (none: no follow-up)",
    )
    one.add_argument(
        "--department-preference",
        metavar="RULE",
        help=f"the person's wish about their supporter's department: {PREFERENCES} "
        "(program: the program's rule)",
    )
    closing = one.add_mutually_exclusive_group()
    closing.add_argument("--close", metavar="OUTCOME", help=f"close it: {OUTCOMES}")
    closing.add_argument("--reopen", action="store_true", help="reopen a closed case")
    one.add_argument(
        "--at", type=moment, metavar="ISO", help="when it closed or reopened (default: now)"
    )
    one.add_argument("--json", action="store_true", help="show it as JSON")
    one.set_defaults(handler=show_or_change_case)

    match = sub.add_parser(
        "match",
        parents=[common],
        help="the supporters suggested for a case, best first, and who is excluded and why",
    )
    match.add_argument("--case", required=True, metavar="PS-000012", help="the case's reference")
    match.add_argument("--json", action="store_true", help="list them as JSON")
    match.set_defaults(handler=suggest)


# -- cases ---------------------------------------------------------------------


def list_cases(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.cli.record_commands import show_listing
    from peersupport_desktop.cli.supporter_choice import supporter_id_of
    from peersupport_desktop.services.case_list import all_case_rows
    from peersupport_desktop.services.clock import now

    refused = check_listing_output(args)
    if refused is not None:
        return refused
    wanted = _status_filter(args.status)
    with _open(args) as vault:
        supporter = None if args.supporter is None else supporter_id_of(vault, args.supporter)
        moment_now = now()
        rows = [
            row for row in all_case_rows(vault) if _kept(row, args, wanted, supporter, moment_now)
        ]
        return show_listing(args, vault, case_listing(rows, moment_now), _case_line)


def case_listing(rows: list[CaseRow], at: dt.datetime) -> Listing:
    from peersupport_desktop.services.record_listing import Listing

    return Listing(
        "Cases",
        CASE_COLUMNS,
        [
            (
                row.reference,
                row.status.value,
                row.role.value,
                row.department or None,
                row.event_id,
                row.event_type,
                _iso(row.referred_at),
                _iso(row.outreach_due_at),
                _iso(row.first_outreach_at),
                row.overdue(at),
                row.supporter or None,
                row.next_follow_up,
                _iso(row.next_attempt_due_at),
            )
            for row in rows
        ],
    )


def _kept(
    row: CaseRow,
    args: argparse.Namespace,
    wanted: frozenset[str] | None,
    supporter: int | None,
    at: dt.datetime,
) -> bool:
    if wanted is not None and row.status.value not in wanted:
        return False
    if args.overdue and not row.overdue(at):
        return False
    if supporter is not None and row.supporter_id != supporter:
        return False
    referred = row.referred.date()
    if args.referred_from is not None and referred < args.referred_from:
        return False
    return args.referred_to is None or referred <= args.referred_to


def _status_filter(given: str | None) -> frozenset[str] | None:
    from peersupport_desktop.core.codes import CaseStatus
    from peersupport_desktop.services.validation import code_value

    if given is None:
        return None
    if given.strip().casefold() == "open":
        return frozenset(s.value for s in CaseStatus if s is not CaseStatus.CLOSED)
    return frozenset({code_value("status", CaseStatus, given).value})


def _case_line(row: dict[str, Any]) -> str:
    person = row["role"] + (f", {row['department']}" if row["department"] else "")
    said = f"{row['case']}  {row['status']}  {person}  {row['event_type']}"
    said += f"  referred {_minutes(row['referred_at'])}"
    if row["supporter"]:
        said += f"  supporter {row['supporter']}"
    if row["overdue"]:
        said += "  overdue for outreach"
    return said


# -- new-case ------------------------------------------------------------------


def new_case(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services import cases
    from peersupport_desktop.services.errors import InvalidInput

    if (args.name is None) == (args.same_clinician_as is None):
        raise InvalidInput(
            "clinician", "Give the clinician's --name and --role, or --same-clinician-as a case."
        )
    if (args.event_type is None) == (args.same_event_as is None):
        raise InvalidInput("event", "Give the --event-type, or --same-event-as a case.")
    if args.name is not None and args.role is None:
        raise InvalidInput("clinician_role", "Give the clinician's --role with their --name.")
    with _open(args) as vault:
        opened = cases.open_case(vault, _referral(vault, args))
        detail = cases.get_case(vault, opened.id, opening=False)
    urgent = detail.event.urgent
    if args.json:
        say(json.dumps(_case_json(detail), ensure_ascii=False, indent=2))
        return ExitCode.OK
    due = _minutes(opened.outreach_due_at.isoformat())
    say(f"Opened {opened.reference}: outreach due {due}{' (urgent)' if urgent else ''}.")
    return ExitCode.OK


def _referral(vault: Vault, args: argparse.Namespace) -> NewCase:
    from peersupport_desktop.services import cases, clinicians, events
    from peersupport_desktop.services.case_references import case_id_of
    from peersupport_desktop.services.clock import now

    clinician_id = event_id = None
    clinician = event = None
    if args.same_clinician_as is not None:
        clinician_id = cases.get_case(
            vault, case_id_of(vault, args.same_clinician_as), opening=False
        ).case.clinician_id
    else:
        clinician = clinicians.ClinicianInput(
            name=args.name, role=args.role, department=args.department, email=args.email,
            phone=args.phone, preferred_language=args.language,
        )  # fmt: skip
    if args.same_event_as is not None:
        event_id = cases.get_case(
            vault, case_id_of(vault, args.same_event_as), opening=False
        ).case.event_id
    else:
        event = events.EventInput(
            event_type=_event_type_code(vault, args.event_type),
            occurred_on=args.event_date or now().date(),
            department=args.event_department,
            description=args.description,
        )
    return cases.NewCase(
        referral_source=args.source, clinician_id=clinician_id, clinician=clinician,
        event_id=event_id, event=event, referrer=args.referrer,
        referred_at=args.referred_at, urgent=args.urgent,
    )  # fmt: skip


def _event_type_code(vault: Vault, given: str) -> str:
    """The program's event type by its code or its label, its own types included."""
    from peersupport_desktop.services.errors import InvalidInput
    from peersupport_desktop.services.events import event_types

    wanted = given.strip().casefold()
    known = event_types(vault)
    for code, label in known:
        if wanted in (code.casefold(), label.casefold()):
            return code
    allowed = ", ".join(code for code, _label in known)
    raise InvalidInput("event_type", f"'{given}' is not one of: {allowed}.")


# -- case ----------------------------------------------------------------------


def show_or_change_case(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.cli.supporter_choice import optional_supporter_id
    from peersupport_desktop.services import cases
    from peersupport_desktop.services.case_references import case_id_of
    from peersupport_desktop.services.errors import InvalidInput

    if args.at is not None and args.close is None and not args.reopen:
        raise InvalidInput("at", "--at dates a closing or a reopening: give --close or --reopen.")
    with _open(args) as vault:
        case_id = case_id_of(vault, args.case)
        changes: list[Callable[[], object]] = []
        # The order a coordinator would take them: a closed case reopens before it is
        # assigned, and is assigned before it closes again.
        if args.reopen:
            changes.append(lambda: cases.reopen_case(vault, case_id, args.at))
        if args.assign is not None:
            supporter_id = optional_supporter_id(vault, args.assign)
            changes.append(lambda: cases.assign_supporter(vault, case_id, supporter_id))
        if args.department_preference is not None:
            wish = args.department_preference
            rule = None if wish.strip().casefold() == "program" else wish
            changes.append(lambda: cases.set_department_preference(vault, case_id, rule))
        if args.follow_up is not None:
            follow_up = None if args.follow_up == "none" else args.follow_up
            changes.append(lambda: cases.set_next_follow_up(vault, case_id, follow_up))
        if args.close is not None:
            changes.append(lambda: cases.close_case(vault, case_id, args.close, args.at))
        for change in changes:
            change()
        # Read as the window opens a case: audited as a view when only shown.
        detail = cases.get_case(vault, case_id, opening=not changes)
    if args.json:
        say(json.dumps(_case_json(detail), ensure_ascii=False, indent=2))
        return ExitCode.OK
    for line in _case_text(detail):
        say(line)
    return ExitCode.OK


def _case_json(detail: CaseDetail) -> dict[str, object]:
    case, person, event = detail.case, detail.clinician, detail.event
    return {
        "case": case.reference,
        "status": case.status.value,
        "status_label": case.status.label,
        "outcome": None if case.outcome is None else case.outcome.value,
        "role": person.role.value,
        "department": person.department,
        "event": event.id,
        "event_type": event.event_type,
        "event_date": event.occurred_on.isoformat(),
        "event_department": event.department,
        "event_urgent": event.urgent,
        "event_cases": event.case_count,
        "referral_source": case.referral_source.value,
        "referred_at": case.referred_at.isoformat(),
        "outreach_due_at": case.outreach_due_at.isoformat(),
        "first_outreach_at": _iso_time(case.first_outreach_at),
        "next_attempt_due_at": _iso_time(case.next_attempt_due_at),
        "supporter": detail.supporter_name,
        "department_preference": (
            None if case.department_preference is None else case.department_preference.value
        ),
        "next_follow_up": None if case.next_follow_up is None else case.next_follow_up.isoformat(),
        "closed_at": _iso_time(case.closed_at),
        "reopened_count": case.reopened_count,
        "deidentified": case.deidentified_at is not None,
        "contacts": len(detail.contacts),
        "offers": len(detail.offers),
        "actions": sorted(action.value for action in detail.actions),
        "outcomes": [outcome.value for outcome in detail.outcomes],
    }


def _case_text(detail: CaseDetail) -> list[str]:
    case, person, event = detail.case, detail.clinician, detail.event
    status = case.status.label + (f": {case.outcome.label}" if case.outcome else "")
    where = f", {person.department}" if person.department else ""
    urgent = ", urgent" if event.urgent else ""
    lines = [
        f"{case.reference}: {status}",
        f"Person: {person.role.label}{where}",
        f"Event: {event.event_type_label} on {event.occurred_on.isoformat()}{urgent}, "
        f"{event.case_count} involved",
        f"Referred: {_minutes(case.referred_at.isoformat())} ({case.referral_source.label})",
    ]
    first = case.first_outreach_at
    lines.append(
        f"Outreach: due {_minutes(case.outreach_due_at.isoformat())}, "
        + ("not yet made" if first is None else f"first made {_minutes(first.isoformat())}")
    )
    lines.append(f"Supporter: {detail.supporter_name or 'nobody yet'}")
    follow_up = case.next_follow_up
    lines.append(f"Next follow-up: {'none' if follow_up is None else follow_up.isoformat()}")
    lines.append(f"Contacts: {len(detail.contacts)}; resources offered: {len(detail.offers)}")
    if case.deidentified_at is not None:
        lines.append("De-identified under the retention rule: it stays closed.")
    return lines


# -- match ---------------------------------------------------------------------


def suggest(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services.case_references import case_id_of
    from peersupport_desktop.services.matching import suggest_supporters

    with _open(args) as vault:
        ranking = suggest_supporters(vault, case_id_of(vault, args.case))
    if args.json:
        say(json.dumps(_ranking_json(ranking), ensure_ascii=False, indent=2))
        return ExitCode.OK
    for rank, suggestion in enumerate(ranking.suggestions, start=1):
        say(f"{rank}. {suggestion.candidate.name}: {suggestion.text}")
    if not ranking.suggestions:
        say("No supporter can be suggested for this case.")
    for excluded in ranking.excluded:
        say(f"excluded: {excluded.candidate.name}: {excluded.text}")
    return ExitCode.OK


def _ranking_json(ranking: Ranking) -> dict[str, object]:
    return {
        "suggested": [
            {
                "supporter": s.candidate.name,
                "score": round(s.score, 3),
                "reasons": list(s.reasons),
            }
            for s in ranking.suggestions
        ],
        "excluded": [
            {"supporter": e.candidate.name, "reasons": list(e.reasons)} for e in ranking.excluded
        ],
    }


# -- reading and saying --------------------------------------------------------


def _day_or_none(text: str) -> dt.date | str:
    return "none" if text.strip().casefold() == "none" else day(text)


def _iso(stored: str | None) -> str | None:
    """A time as the case list keeps it (stored text), as ISO 8601 to the second."""
    if stored is None:
        return None
    return dt.datetime.fromisoformat(stored).replace(microsecond=0).isoformat()


def _iso_time(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _minutes(iso: str) -> str:
    """2026-09-01T08:30:00 as 2026-09-01 08:30."""
    return iso.replace("T", " ")[:16]
