"""`tier`, `referrals` and `referral-step`: a case's tier and its referrals on, from a script."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.core.codes import ContactKind, ReferralStep, TierReason
from peersupport_desktop.services import contacts, referral_steps, resources, tiers
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.services.test_services import REFERRED, contact, referral

OFFERED = REFERRED + dt.timedelta(hours=3)  # 1 September 2026; the step due 8 September


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> Path:
    """One reached case (PS-000001) offered the EAP (offer 1)."""
    path = tmp_path / "program.vault"
    with make_vault(path) as vault:
        case = referral(vault)
        contacts.log_contact(vault, case.id, contact(ContactKind.CONVERSATION, 2))
        eap = resources.add_resource(vault, resources.ResourceInput(kind="eap", name="EAP"))
        resources.offer_resource(vault, case.id, eap.id, OFFERED)
    return path


def run(path: Path, passfile: Path, *words: str) -> int:
    command, *rest = words
    return main([command, "--vault", str(path), "--passphrase-file", str(passfile), *rest])


def test_tier_shows_then_moves_a_case(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, passfile, "tier", "--case", "PS-000001") == ExitCode.OK
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "PS-000001: Tier 2: a trained peer supporter (highest reached: tier 2)",
        "No moves: the case is at the tier it started at.",
    ]
    # A label as the reason, the reference in small letters.
    moved = ("--case", "ps-000001", "--to", "3", "--reason", "Distress persists")
    assert run(program, passfile, "tier", *moved, "--at", "2026-09-03T10:00") == ExitCode.OK
    assert (
        "PS-000001: Tier 3: professional help (highest reached: tier 3)" in capsys.readouterr().out
    )
    assert run(program, passfile, "tier", "--case", "1", "--json") == ExitCode.OK
    shown = json.loads(capsys.readouterr().out)
    assert shown == {
        "case": "PS-000001", "tier": 3, "tier_label": "Tier 3: professional help",
        "highest_tier": 3,
        "moves": [{"changed_at": "2026-09-03T10:00:00", "from_tier": 2, "to_tier": 3,
                   "reason": "distress_persists", "reason_label": "Distress persists"}],
    }  # fmt: skip
    with open_vault(program, PASSPHRASE) as vault:
        history = tiers.tier_history(vault, 1)
    assert [(m.to_tier, m.reason) for m in history.moves] == [(3, TierReason.DISTRESS_PERSISTS)]


@pytest.mark.parametrize(
    ("words", "code", "sentence"),
    [
        (("--case", "PS-000001", "--to", "2", "--reason", "asked"), ExitCode.USAGE,
         "The case is at Tier 2 already."),
        (("--case", "PS-000001", "--to", "3", "--reason", "whim"), ExitCode.USAGE,
         "'whim' is not one of"),
        (("--case", "PS-000001", "--to", "3"), ExitCode.USAGE, "Give --to and --reason together"),
        (("--case", "PS-000001", "--to", "3", "--reason", "asked", "--at", "2026-08-01T09:00"),
         ExitCode.USAGE, "A tier cannot change before the referral."),
        (("--case", "PS-000099"), ExitCode.USAGE, "No case has that reference"),
    ],
)  # fmt: skip
def test_a_bad_tier_move_says_one_sentence(
    program: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    words: tuple[str, ...],
    code: ExitCode,
    sentence: str,
) -> None:
    assert run(program, passfile, "tier", *words) == code
    err = capsys.readouterr().err
    assert sentence in err and len(err.strip().splitlines()) == 1
    with open_vault(program, PASSPHRASE) as vault:
        assert tiers.tier_history(vault, 1).moves == ()


def test_a_bad_tier_is_refused_by_the_parser(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(program, passfile, "tier", "--case", "PS-000001", "--to", "4", "--reason", "asked")
    assert stopped.value.code == ExitCode.USAGE
    assert "the tier is 1, 2 or 3" in capsys.readouterr().err


def test_referral_steps_until_connected_and_the_listing(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, passfile, "referrals", "--json") == ExitCode.OK
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed == {
        "offer": 1, "case": "PS-000001", "resource": "EAP", "offered_at": "2026-09-01T11:30:00",
        "step": "offered", "step_label": "Offered", "step_at": "2026-09-01T11:30:00",
        "appointment_on": None, "due_on": "2026-09-08", "overdue": True,
    }  # fmt: skip
    assert run(program, passfile, "referrals", "--overdue", "--case", "PS-000001") == 0
    assert capsys.readouterr().out == (
        "offer 1, PS-000001, EAP: Offered on 2026-09-01; next step due 2026-09-08 (overdue)\n"
    )

    step = ("referral-step", "--offer", "1", "--step")
    assert run(program, passfile, *step, "Accepted", "--at", "2026-09-02T09:00") == 0
    assert capsys.readouterr().out == (
        "offer 1, PS-000001, EAP: Accepted on 2026-09-02; next step due 2026-09-09 (overdue)\n"
    )
    made = ("--at", "2026-09-04T09:00", "--appointment-on", "2026-09-10")
    assert run(program, passfile, *step, "appointment_made", *made) == 0
    assert "Appointment made on 2026-09-04, appointment 2026-09-10" in capsys.readouterr().out
    assert run(program, passfile, *step, "connected", "--at", "2026-09-10T15:00") == 0
    assert capsys.readouterr().out == (
        "offer 1, PS-000001, EAP: Connected on 2026-09-10, appointment 2026-09-10\n"
    )
    assert run(program, passfile, "referrals", "--overdue") == 0
    assert capsys.readouterr().out == "No referral step is overdue.\n"
    with open_vault(program, PASSPHRASE) as vault:
        (line,) = referral_steps.referrals(vault)
    assert (line.step, line.due_on) == (ReferralStep.CONNECTED, None)


@pytest.mark.parametrize(
    ("words", "sentence"),
    [
        (("--step", "connected"), "Record 'Accepted' first: a step cannot be skipped."),
        (("--step", "maybe"), "'maybe' is not one of"),
        (("--step", "accepted", "--at", "2026-08-30T09:00"), "cannot come before the step"),
        (("--step", "declined", "--appointment-on", "2026-09-10"), "Only an appointment made"),
    ],
)
def test_a_bad_step_says_one_sentence(
    program: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    words: tuple[str, ...],
    sentence: str,
) -> None:
    assert run(program, passfile, "referral-step", "--offer", "1", *words) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert sentence in err and len(err.strip().splitlines()) == 1
    with open_vault(program, PASSPHRASE) as vault:
        assert referral_steps.referrals(vault)[0].step is ReferralStep.OFFERED


def test_an_unknown_offer_fails(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(program, passfile, "referral-step", "--offer", "9", "--step", "lost") == (
        ExitCode.FAILED
    )
    assert "There is no resource offer with number 9." in capsys.readouterr().err
