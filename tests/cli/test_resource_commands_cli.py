"""`resources`, `add-resource`, `resource` and `offer-resource`: the directory and an
offer from a script, through the Resources page's and the case window's service."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.core.codes import CaseStatus, ContactKind, ReferralStep, ResourceKind
from peersupport_desktop.services import cases, contacts, resources
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.services.test_services import contact, referral


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> Path:
    """PS-000001 reached; PS-000002 not yet."""
    path = tmp_path / "program.vault"
    with make_vault(path) as vault:
        case = referral(vault)
        contacts.log_contact(vault, case.id, contact(ContactKind.CONVERSATION, 2))
        referral(vault, "Tomas Berg")
    return path


def run(path: Path, passfile: Path, *words: str) -> int:
    command, *rest = words
    return main([command, "--vault", str(path), "--passphrase-file", str(passfile), *rest])


def test_the_directory_from_a_script_and_an_offer(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, passfile, "resources") == ExitCode.OK
    assert capsys.readouterr().out == "The resource directory is empty.\n"
    add = ("--kind", "Employee assistance", "--name", "EAP line", "--phone", "555-0100",
           "--hours", "24/7")  # fmt: skip
    assert run(program, passfile, "add-resource", *add) == ExitCode.OK
    assert capsys.readouterr().out == "Added resource 1 to the directory.\n"
    chaplain = ("--kind", "chaplaincy", "--name", "Chaplains", "--contact", "pager 4411")
    assert run(program, passfile, "add-resource", *chaplain) == ExitCode.OK
    change = ("--resource", "eap line", "--hours", "weekdays 8-18", "--notes", "ask for Jo")
    assert run(program, passfile, "resource", *change, "--json") == ExitCode.OK
    capsys.readouterr()
    assert run(program, passfile, "resource", "--resource", "2", "--active", "no") == ExitCode.OK
    assert capsys.readouterr().out == "2  chaplaincy  Chaplains  (no longer offered)\n"
    assert run(program, passfile, "resources", "--json") == ExitCode.OK
    assert json.loads(capsys.readouterr().out) == [
        {"resource": 1, "kind": "eap", "name": "EAP line", "phone": "555-0100",
         "hours": "weekdays 8-18", "contact": None, "notes": "ask for Jo", "active": True},
    ]  # fmt: skip
    assert run(program, passfile, "resources", "--all") == ExitCode.OK
    assert capsys.readouterr().out.splitlines() == [
        "2  chaplaincy  Chaplains  (no longer offered)",  # by kind, then name
        "1  eap  EAP line  555-0100",
    ]
    offer = ("--case", "PS-000001", "--resource", "EAP line", "--at", "2026-09-01T12:00")
    assert run(program, passfile, "offer-resource", *offer) == ExitCode.OK
    assert capsys.readouterr().out == (
        "Offered EAP line as offer 1; its next step is due 2026-09-08.\n"
    )
    with open_vault(program, PASSPHRASE) as vault:
        detail = cases.get_case(vault, 1, opening=False)
        entry = resources.get_resource(vault, 2)
    (offered,) = detail.offers
    assert (offered.resource_name, offered.step) == ("EAP line", ReferralStep.OFFERED)
    assert detail.case.status is CaseStatus.REFERRED
    assert (entry.kind, entry.active, entry.contact) == (
        ResourceKind.CHAPLAINCY,
        False,
        "pager 4411",
    )


@pytest.mark.parametrize(
    ("words", "sentence"),
    [
        (("offer-resource", "--case", "PS-000002", "--resource", "1"),
         "A case that is new cannot take the action 'refer'."),
        (("offer-resource", "--case", "PS-000001", "--resource", "Chaplains"),
         "That resource is no longer offered"),
        (("offer-resource", "--case", "PS-000001", "--resource", "7"),
         "No directory entry has that number."),
        (("offer-resource", "--case", "PS-000001", "--resource", "Yoga"),
         "No directory entry has that name"),
        (("add-resource", "--kind", "spa", "--name", "Spa"), "'spa' is not one of:"),
        (("add-resource", "--kind", "eap", "--name", "EAP line"),
         "The directory already offers a resource of this kind under this name"),
        (("resource", "--resource", "1", "--phone", "call us"),
         "A phone number needs at least one digit"),
    ],
)  # fmt: skip
def test_a_bad_resource_says_one_sentence(
    program: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    words: tuple[str, ...],
    sentence: str,
) -> None:
    with open_vault(program, PASSPHRASE) as vault:
        resources.add_resource(vault, resources.ResourceInput(kind="eap", name="EAP line"))
        chaplains = resources.add_resource(
            vault, resources.ResourceInput(kind="chaplaincy", name="Chaplains")
        )
        resources.set_resource_active(vault, chaplains.id, False)
    assert run(program, passfile, *words) == ExitCode.USAGE
    said = capsys.readouterr()
    assert sentence.casefold() in said.err.casefold() and said.err.count("\n") == 1
    with open_vault(program, PASSPHRASE) as vault:
        assert cases.get_case(vault, 1, opening=False).offers == []
        assert [(e.name, e.phone) for e in resources.list_resources(vault)] == [("EAP line", None)]
