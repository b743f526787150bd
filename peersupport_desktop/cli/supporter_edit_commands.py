"""Commands for one supporter on the roster: adding them, and showing or changing their
details, their own capacity (or the program's default) and their status.

`add-supporter` and `supporter` call the services the supporter dialog and the
Supporters page call (services/supporters.py). Importing and listing the whole roster
are `import-supporters` and `supporters` (cli/supporter_commands.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TYPE_CHECKING, TypeAlias

from peersupport_desktop.cli.argument_types import day
from peersupport_desktop.cli.console import say
from peersupport_desktop.cli.exit_codes import ExitCode

if TYPE_CHECKING:
    from peersupport_desktop.services.supporters import SupporterInput, SupporterRecord
    from peersupport_desktop.store.vault import Vault

Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
ROLES = "attending|trainee|nurse|app|pharmacist|other_staff"
DEFAULT = "default"  # a capacity of "default": the program's (Settings)
NONE = "none"


def register(sub: Subcommands, common: argparse.ArgumentParser) -> None:
    """The two commands, on the main parser."""
    add = sub.add_parser("add-supporter", parents=[common], help="add a supporter to the roster")
    add.add_argument("--name", required=True, metavar="NAME")
    add.add_argument("--role", required=True, metavar="ROLE", help=f"{ROLES} (a code or label)")
    _detail_options(add)
    add.add_argument("--json", action="store_true", help="say the supporter as JSON")
    add.set_defaults(handler=add_one)

    one = sub.add_parser(
        "supporter",
        parents=[common],
        help="show one supporter; with options, change their details, capacity or status",
    )
    one.add_argument(
        "--supporter", required=True, metavar="NAME|EMAIL", help="the supporter, as on the roster"
    )
    one.add_argument("--name", metavar="NAME", help="a new name")
    one.add_argument("--role", metavar="ROLE", help=ROLES)
    _detail_options(one)
    one.add_argument(
        "--status",
        metavar="STATUS",
        help="active, paused (no new cases for now) or retired (keeps their history)",
    )
    one.add_argument(
        "--training",
        metavar="TITLE",
        help="a training they had, with --held-on (a first one sets when they were trained)",
    )
    one.add_argument("--held-on", type=day, metavar="YYYY-MM-DD", help="the training's day")
    one.add_argument(
        "--refresher", action="store_true", help="the training is a refresher (puts the next off)"
    )
    one.add_argument("--json", action="store_true", help="show them as JSON")
    one.set_defaults(handler=show_or_change_one)


def _detail_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--department", metavar="NAME", help="('' for none)")
    parser.add_argument("--specialty", metavar="TEXT", help="('' for none)")
    parser.add_argument("--email", metavar="ADDRESS", help="('' for none)")
    parser.add_argument("--phone", metavar="NUMBER", help="('' for none)")
    parser.add_argument(
        "--languages",
        metavar="LANGUAGE[,...]",
        help="the languages they support people in, codes or names ('' for none)",
    )
    parser.add_argument(
        "--trained-on",
        type=_day_or_none,
        metavar="YYYY-MM-DD|none",
        help="their initial training (none: not trained yet)",
    )
    parser.add_argument(
        "--refresher-due",
        type=_day_or_none,
        metavar="YYYY-MM-DD|none",
        help="when their refresher is due (none: no date)",
    )
    parser.add_argument(
        "--capacity",
        type=_capacity,
        metavar="N|default",
        help="the most open cases they take, 0 to 50 (default: the program's, in Settings)",
    )
    parser.add_argument(
        "--same-person-as",
        metavar="PS-000012|none",
        help="the clinician of that case is this supporter (never matched to their own event)",
    )


def add_one(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.services import supporters

    with _open(args) as vault:
        data = supporters.SupporterInput(
            name=args.name,
            role=args.role,
            department=args.department,
            specialty=args.specialty,
            email=args.email,
            phone=args.phone,
            languages=_languages(args.languages) or (),
            training_date=_date(args.trained_on, None),
            refresher_due=_date(args.refresher_due, None),
            capacity=None if args.capacity in (None, DEFAULT) else args.capacity,
            clinician_id=_same_person(vault, args.same_person_as, None),
        )
        added = supporters.add_supporter(vault, data)
    if args.json:
        say(json.dumps(supporter_json(added), ensure_ascii=False, indent=2))
    else:
        say(f"Added supporter {added.id} to the roster: takes up to {_capacity_text(added)}.")
    return ExitCode.OK


def show_or_change_one(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.cli.supporter_choice import supporter_id_of
    from peersupport_desktop.services import supporters
    from peersupport_desktop.services.errors import InvalidInput

    if (args.training is None) != (args.held_on is None) or (args.refresher and not args.training):
        raise InvalidInput("training", "Give a --training with the day it was --held-on.")
    with _open(args) as vault:
        person = supporters.get_supporter(vault, supporter_id_of(vault, args.supporter))
        if args.training is not None:  # as the availability dialog's Add training
            supporters.add_training(
                vault, person.id, args.training, args.held_on, refresher=args.refresher
            )
            person = supporters.get_supporter(vault, person.id)
        if _edits(args):
            person = supporters.edit_supporter(vault, person.id, _edited(vault, args, person))
        if args.status is not None:
            person = supporters.set_status(vault, person.id, args.status)
    if args.json:
        say(json.dumps(supporter_json(person), ensure_ascii=False, indent=2))
        return ExitCode.OK
    for line in _supporter_text(person):
        say(line)
    return ExitCode.OK


def _edits(args: argparse.Namespace) -> bool:
    given = (
        args.name, args.role, args.department, args.specialty, args.email, args.phone,
        args.languages, args.trained_on, args.refresher_due, args.capacity, args.same_person_as,
    )  # fmt: skip
    return any(value is not None for value in given)


def _edited(vault: Vault, args: argparse.Namespace, old: SupporterRecord) -> SupporterInput:
    """The supporter as they are, with what the options change."""
    from peersupport_desktop.services.supporters import SupporterInput

    def kept(given: str | None, value: str | None) -> str | None:
        return value if given is None else given

    if args.capacity is None:
        capacity = old.own_capacity
    else:
        capacity = None if args.capacity == DEFAULT else args.capacity
    languages = _languages(args.languages)
    return SupporterInput(
        name=kept(args.name, old.name) or "",
        role=old.role if args.role is None else args.role,
        department=kept(args.department, old.department),
        specialty=kept(args.specialty, old.specialty),
        email=kept(args.email, old.email),
        phone=kept(args.phone, old.phone),
        languages=old.languages if languages is None else languages,
        training_date=_date(args.trained_on, old.training_date),
        refresher_due=_date(args.refresher_due, old.refresher_due),
        capacity=capacity,
        clinician_id=_same_person(vault, args.same_person_as, old.clinician_id),
    )


def supporter_json(person: SupporterRecord) -> dict[str, object]:
    return {
        "supporter": person.id,
        "name": person.name,
        "role": person.role.value,
        "department": person.department,
        "specialty": person.specialty,
        "email": person.email,
        "phone": person.phone,
        "languages": list(person.languages),
        "trained_on": None if person.training_date is None else person.training_date.isoformat(),
        "refresher_due": (
            None if person.refresher_due is None else person.refresher_due.isoformat()
        ),
        "status": person.status.value,
        "capacity": person.capacity,
        "own_capacity": person.own_capacity,
        "linked_to_clinician": person.clinician_id is not None,
    }


def _supporter_text(person: SupporterRecord) -> list[str]:
    where = f", {person.department}" if person.department else ""
    trained = "not trained yet" if person.training_date is None else f"{person.training_date}"
    refresher = "none due" if person.refresher_due is None else f"due {person.refresher_due}"
    languages = ", ".join(person.languages) or "none given"
    return [
        f"{person.name}: {person.role.label}{where} ({person.status.label.lower()})",
        f"Takes up to {_capacity_text(person)}",
        f"Trained: {trained}; refresher {refresher}",
        f"Languages: {languages}",
    ]


def _capacity_text(person: SupporterRecord) -> str:
    cases = f"{person.capacity} open case{'' if person.capacity == 1 else 's'}"
    return cases + (", the program's default" if person.own_capacity is None else "")


def _same_person(vault: Vault, given: str | None, kept: int | None) -> int | None:
    """The clinician record of the case named, so matching never offers them their own
    event; ``none`` unlinks."""
    from peersupport_desktop.services.case_references import case_id_of
    from peersupport_desktop.services.cases import get_case

    if given is None:
        return kept
    if given.strip().casefold() == NONE:
        return None
    return get_case(vault, case_id_of(vault, given), opening=False).case.clinician_id


def _languages(given: str | None) -> tuple[str, ...] | None:
    if given is None:
        return None
    return tuple(part.strip() for part in given.split(",") if part.strip())


def _date(given: dt.date | str | None, kept: dt.date | None) -> dt.date | None:
    if given is None:
        return kept
    return given if isinstance(given, dt.date) else None  # "none": no date


def _day_or_none(text: str) -> dt.date | str:
    return NONE if text.strip().casefold() == NONE else day(text)


def _capacity(text: str) -> int | str:
    if text.strip().casefold() == DEFAULT:
        return DEFAULT
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            "give the capacity as a whole number, or default"
        ) from None
