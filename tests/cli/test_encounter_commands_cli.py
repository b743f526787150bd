"""`import-encounters`, `encounters` and `encounter --confirm | --dismiss`: a survey
tool's file in (whole or not at all), the list as text, JSON or a file, and each
encounter confirmed as a contact or dismissed; a listing re-imported adds nothing."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.core.codes import ContactKind
from peersupport_desktop.services import cases, contacts, supporters
from peersupport_desktop.store.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.services.test_services import referral

HEADER = ["case_code", "occurred_on", "minutes", "mode", "tier", "follow_up_needed", "intense"]


@pytest.fixture
def program(tmp_path: Path, make_vault: Callable[..., Vault]) -> Path:
    path = tmp_path / "program.vault"
    with make_vault(path) as vault:
        case = referral(vault)  # Ingrid Solberg, PS-000001, referred 2026-09-01 08:30
        mentor = supporters.add_supporter(
            vault, supporters.SupporterInput(name="Ana Ruiz", role="nurse", email="ana@h.org")
        )
        cases.assign_supporter(vault, case.id, mentor.id)
    return path


def run(path: Path, passfile: Path, command: str, *extra: str) -> int:
    return main([command, "--vault", str(path), "--passphrase-file", str(passfile), *extra])


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows(rows)
    return path


def test_import_list_confirm_and_dismiss(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_csv(
        tmp_path / "encounters.csv",
        [
            HEADER,
            ["PS-000001", "2026-09-02", "40", "Phone call", "3", "yes", "yes"],
            ["ps 1", "2026-09-09", "15", "text", "", "no", ""],
        ],
    )
    assert run(program, passfile, "import-encounters", str(source)) == ExitCode.OK
    assert capsys.readouterr().out == (
        "Reported encounters: 2 rows read, 2 added. They await confirmation on Today.\n"
    )
    assert run(program, passfile, "encounters", "--waiting") == ExitCode.OK
    assert capsys.readouterr().out.splitlines() == [
        "1: PS-000001 2026-09-02, 40 min, phone, tier 3 (case at tier 2), follow-up needed, "
        "intense, by Ana Ruiz — awaiting confirmation",
        "2: PS-000001 2026-09-09, 15 min, message, by Ana Ruiz — awaiting confirmation",
    ]
    assert run(program, passfile, "encounter", "--confirm", "1") == ExitCode.OK
    assert capsys.readouterr().out == "Confirmed encounter 1: contact 1 of PS-000001.\n"
    assert run(program, passfile, "encounter", "--dismiss", "2") == ExitCode.OK
    assert capsys.readouterr().out == "Dismissed encounter 2.\n"
    assert run(program, passfile, "encounters", "--waiting") == ExitCode.OK
    assert capsys.readouterr().out == "No reported encounters.\n"
    assert run(program, passfile, "encounters", "--json") == ExitCode.OK
    listed = json.loads(capsys.readouterr().out)
    assert [(r["id"], r["state"], r["contact_id"]) for r in listed] == [
        (1, "confirmed", 1),
        (2, "dismissed", None),
    ]
    with open_vault(program, PASSPHRASE) as vault, vault.reading() as session:
        (logged,) = contacts.contacts_of(session, 1)
    assert (logged.kind, logged.duration_minutes, logged.intense) == (
        ContactKind.CONVERSATION, 40, True,
    )  # fmt: skip
    # Done once is done: a second confirmation is refused in one sentence.
    assert run(program, passfile, "encounter", "--confirm", "1") == ExitCode.USAGE
    assert capsys.readouterr().err == "That encounter was already confirmed.\n"
    assert run(program, passfile, "encounter", "--dismiss", "99") == ExitCode.FAILED


def test_a_bad_row_imports_nothing_and_every_bad_line_is_said(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_csv(
        tmp_path / "bad.csv",
        [
            HEADER,
            ["PS-000001", "2026-09-02", "40", "phone", "", "", ""],
            ["PS-000777", "2026-09-02", "40", "phone", "", "", ""],
            ["PS-000001", "2026-09-02", "forty", "phone", "", "", ""],
        ],
    )
    assert run(program, passfile, "import-encounters", str(source)) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "Nothing was imported: 2 rows cannot be. Mend them and import the file again.",
        "  line 3: No case has this case code.",
        "  line 4: The minutes are not a whole number from 0 to 1440.",
    ]
    assert run(program, passfile, "encounters") == ExitCode.OK
    assert capsys.readouterr().out == "No reported encounters.\n"


def test_a_mapping_saved_once_reads_the_next_export_and_a_listing_re_imports_unchanged(
    program: Path, passfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_vault(program, PASSPHRASE) as vault:
        from peersupport_desktop.services.record_import import import_records
        from peersupport_desktop.services.reported_encounters import KIND

        first = write_csv(
            tmp_path / "redcap.csv",
            [
                ["record_id", "respondent_email", "case", "enc_date", "enc_minutes", "enc_mode"],
                ["1", "someone@h.org", "PS-000001", "2026-09-03", "30", "In person"],
            ],
        )
        mapping = {
            "case_code": "case",
            "occurred_on": "enc_date",
            "minutes": "enc_minutes",
            "mode": "enc_mode",
        }
        import_records(vault, KIND, first, mapping=mapping, source="REDCap")
    nightly = write_csv(
        tmp_path / "nightly.csv",
        [
            ["record_id", "respondent_email", "case", "enc_date", "enc_minutes", "enc_mode"],
            ["1", "someone@h.org", "PS-000001", "2026-09-03", "30", "In person"],
            ["2", "someone@h.org", "PS-000001", "2026-09-10", "20", "Zoom"],
        ],
    )
    assert run(program, passfile, "import-encounters", str(nightly), "--mapping", "redcap") == 0
    assert capsys.readouterr().out == (
        "Reported encounters: 2 rows read, 1 added, 1 already in the vault. "
        "They await confirmation on Today.\n"
    )
    for suffix in (".csv", ".xlsx"):
        out = tmp_path / f"listed{suffix}"
        assert run(program, passfile, "encounters", "--out", str(out)) == ExitCode.OK
        assert capsys.readouterr().out == f"Wrote 2 rows to {out}.\n"
        assert run(program, passfile, "import-encounters", str(out)) == ExitCode.OK
        assert "0 added, 2 already in the vault" in capsys.readouterr().out
    sheet = openpyxl.load_workbook(tmp_path / "listed.xlsx").active
    assert sheet is not None
    assert [cell.value for cell in sheet[1]][:4] == ["id", "case_code", "occurred_on", "minutes"]
    assert run(program, passfile, "encounters", "--out", str(tmp_path / "x.txt")) == (
        ExitCode.USAGE
    )
