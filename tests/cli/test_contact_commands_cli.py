"""`contacts`, `log-contact` and `edit-contact`: a case's contacts from a script, through
the case window's service; a note is written, never printed."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.core.codes import (
    AttemptResult,
    CaseStatus,
    ContactKind,
    ContactMode,
    ConversationPart,
)
from peersupport_desktop.services import cases, supporters
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.services.test_services import referral

NOTE = "call back on the ward line"  # a note: stored, never printed


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> Path:
    """PS-000001, new, assigned to Rosa; Sam on the roster too."""
    path = tmp_path / "program.vault"
    with make_vault(path) as vault:
        case = referral(vault)
        rosa = supporters.add_supporter(
            vault,
            supporters.SupporterInput(name="Rosa Marquez", role="nurse", email="rosa@h.example"),
        )
        supporters.add_supporter(vault, supporters.SupporterInput(name="Sam Okafor", role="app"))
        cases.assign_supporter(vault, case.id, rosa.id)
    return path


def run(path: Path, passfile: Path, *words: str) -> int:
    command, *rest = words
    return main([command, "--vault", str(path), "--passphrase-file", str(passfile), *rest])


def test_log_then_list_then_edit_contacts(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    attempt = ("--case", "PS-000001", "--kind", "Outreach attempt", "--mode", "phone",
               "--at", "2026-09-01T09:00", "--result", "no_answer", "--note", NOTE)  # fmt: skip
    assert run(program, passfile, "log-contact", *attempt) == ExitCode.OK
    assert capsys.readouterr().out == (
        "Logged contact 1 on PS-000001: the case is outreach attempted.\n"
    )
    talk = ("--case", "PS-000001", "--kind", "conversation", "--mode", "video",
            "--at", "2026-09-01T14:00", "--minutes", "35", "--supporter", "Sam Okafor",
            "--parts", "listening,Coping", "--check-in", "week", "--intense")  # fmt: skip
    assert run(program, passfile, "log-contact", *talk) == ExitCode.OK
    assert capsys.readouterr().out == (
        "Logged contact 2 on PS-000001: the case is in support, next follow-up 2026-09-08.\n"
    )
    assert run(program, passfile, "contacts", "--case", "PS-000001") == ExitCode.OK
    listed = capsys.readouterr().out
    assert listed.splitlines() == [
        "1  PS-000001  2026-09-01 09:00  outreach_attempt  phone  0 min  no_answer"
        "  by Rosa Marquez",
        "2  PS-000001  2026-09-01 14:00  conversation  video  35 min  by Sam Okafor  intense",
    ]
    assert NOTE not in listed
    fix = ("--case", "PS-000001", "--contact", "2", "--minutes", "50", "--not-intense",
           "--supporter", "rosa@h.example")  # fmt: skip
    assert run(program, passfile, "edit-contact", *fix) == ExitCode.OK
    assert capsys.readouterr().out == "Changed contact 2 on PS-000001.\n"
    assert run(program, passfile, "contacts", "--case", "PS-000001", "--json") == ExitCode.OK
    shown = json.loads(capsys.readouterr().out)
    assert shown[1] == {
        "contact": 2, "case": "PS-000001", "occurred_at": "2026-09-01T14:00:00",
        "kind": "conversation", "mode": "video", "minutes": 50, "supporter": "Rosa Marquez",
        "parts": ["listening", "coping"], "result": None, "intense": False, "has_note": False,
    }  # fmt: skip
    assert (shown[0]["result"], shown[0]["has_note"]) == ("no_answer", True)
    with open_vault(program, PASSPHRASE) as vault:
        detail = cases.get_case(vault, 1, opening=False)
    first, second = detail.contacts
    assert (first.note, first.result, first.mode) == (
        NOTE,
        AttemptResult.NO_ANSWER,
        ContactMode.PHONE,
    )
    assert (second.kind, second.duration_minutes, second.intense) == (
        ContactKind.CONVERSATION, 50, False,
    )  # fmt: skip
    assert second.parts == (ConversationPart.LISTENING, ConversationPart.COPING)
    assert detail.case.status is CaseStatus.IN_SUPPORT
    assert detail.case.next_follow_up == dt.date(2026, 9, 8)


def test_a_contact_by_nobody_and_an_edit_that_keeps_the_rest(
    program: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = ("--case", "1", "--kind", "follow_up", "--mode", "message", "--supporter", "none",
             "--at", "2026-09-02T10:00")  # fmt: skip
    # Intense proposes a check-in with the supporter: with nobody named, refused.
    assert run(program, passfile, "log-contact", *words, "--intense") == ExitCode.USAGE
    assert "name the supporter who had it" in capsys.readouterr().err
    assert run(program, passfile, "log-contact", *words) == ExitCode.OK
    assert run(program, passfile, "edit-contact", "--case", "1", "--contact", "1") == ExitCode.OK
    with open_vault(program, PASSPHRASE) as vault:
        (kept,) = cases.get_case(vault, 1, opening=False).contacts
    assert (kept.supporter_id, kept.intense, kept.kind) == (None, False, ContactKind.FOLLOW_UP)
    capsys.readouterr()


@pytest.mark.parametrize(
    ("command", "words", "sentence"),
    [
        ("log-contact", ("--kind", "chat", "--mode", "phone"), "'chat' is not one of:"),
        ("log-contact", ("--kind", "conversation", "--mode", "phone", "--result", "voicemail"),
         "Only an outreach attempt has a result."),
        ("log-contact", ("--kind", "outreach_attempt", "--mode", "phone", "--result", "reached"),
         "Someone reached is a conversation"),
        ("log-contact", ("--kind", "conversation", "--mode", "phone", "--at", "2026-08-01T09:00"),
         "A contact cannot come before the referral."),
        ("log-contact", ("--kind", "conversation", "--mode", "phone", "--minutes", "2000"),
         "The duration in minutes must be between 0 and 1440."),
        ("log-contact", ("--kind", "conversation", "--mode", "phone", "--supporter", "Zed"),
         "No supporter has that name or email"),
        ("log-contact", ("--kind", "conversation", "--mode", "phone", "--parts", "chatting"),
         "'chatting' is not one of:"),
        ("edit-contact", ("--contact", "9"), "That case has no contact of that number."),
        ("edit-contact", ("--contact", "1", "--intense", "--not-intense"),
         "Give --intense or --not-intense, not both."),
        ("contacts", ("--case", "PS-000404"), "No case has that reference"),
    ],
)  # fmt: skip
def test_a_bad_contact_says_one_sentence(
    program: Path,
    passfile: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    words: tuple[str, ...],
    sentence: str,
) -> None:
    case = () if "--case" in words else ("--case", "PS-000001")
    assert run(program, passfile, command, *case, *words) == ExitCode.USAGE
    said = capsys.readouterr()
    assert said.err.startswith(sentence) and said.err.count("\n") == 1 and said.out == ""
    with open_vault(program, PASSPHRASE) as vault:
        assert cases.get_case(vault, 1, opening=False).contacts == []


def test_minutes_must_be_a_number(program: Path, passfile: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        run(program, passfile, "log-contact", "--case", "1", "--kind", "conversation",
            "--mode", "phone", "--minutes", "half an hour")  # fmt: skip
    assert exited.value.code == ExitCode.USAGE
