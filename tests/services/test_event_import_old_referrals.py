"""Notices referred long ago: counted before an import, and left out when asked, on a real vault.

A left-out row opens no case and is listed with the rejected rows (so the same file
can bring it in later); nothing is made up for it (no outreach, no closing).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from peersupport_desktop.core.event_notices import CANONICAL_COLUMNS
from peersupport_desktop.services import audit
from peersupport_desktop.services.case_list import all_case_rows
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.event_import import (
    import_file,
    import_table,
    old_referrals,
    read_notice_file,
    rejects_csv,
)
from peersupport_desktop.store.vault import Vault

LEFT_OUT = "Referred more than 30 days ago; left out at import."
MAPPING = {column: column for column in CANONICAL_COLUMNS}


def notice(ref: str, name: str, days_ago: int | None, email: str = "") -> str:
    """A canonical row referred ``days_ago`` (None: no referral time, the import's)."""
    referred = "" if days_ago is None else (now() - dt.timedelta(days=days_ago)).isoformat()
    event_day = (now() - dt.timedelta(days=days_ago or 0)).date().isoformat()
    return f"{ref},{event_day},trauma,,{name},nurse,,{email},,self,{referred}"


def notice_file(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "notices.csv"
    path.write_text("\n".join([",".join(CANONICAL_COLUMNS), *rows]) + "\n", encoding="utf-8")
    return path


def names(vault: Vault) -> set[str]:
    return {row.clinician for row in all_case_rows(vault)}


def test_old_referrals_are_left_out_listed_with_the_reason_and_recent_ones_imported(
    vault: Vault, tmp_path: Path
) -> None:
    path = notice_file(
        tmp_path,
        notice("E-1", "Old Ann", 45),
        notice("E-1", "Old Bo", 45, "bo@x.org"),
        notice("E-2", "Recent Cy", 3),
        notice("E-3", "Untimed Di", None),  # referred when imported: never old
        "E-4,2026-01-01,trauma,,Bad Eve,wizard,,,,self,",  # refused, as before
        notice("E-5", "Just Fay", 29),
    )
    table = read_notice_file(path)
    assert old_referrals(vault, table, MAPPING, "canonical", 30) == 2
    result = import_table(vault, table, MAPPING, "canonical", leave_out_older_than=30)
    assert names(vault) == {"Recent Cy", "Untimed Di", "Just Fay"}
    assert (result.cases, result.events, result.left_out, result.refused) == (3, 3, 2, 1)
    assert [(r.line, r.reason) for r in result.rejected] == [
        (2, LEFT_OUT),
        (3, LEFT_OUT),
        (6, "clinician_role is not a known code or label."),
    ]
    assert result.rejected[1].cells[4] == "Old Bo"  # the row as it was, to deal with by hand
    assert result.summary().endswith("1 row rejected, 2 old referrals left out.")
    saved = list(csv.reader(io.StringIO(rejects_csv(result.headers, result.rejected).decode())))
    assert [row[:2] for row in saved[1:3]] == [["2", LEFT_OUT], ["3", LEFT_OUT]]
    # Nothing is lost: the same file without leaving out brings them in, overdue.
    assert old_referrals(vault, table, MAPPING, "canonical", 30) == 2
    again = import_file(vault, path)
    assert (again.cases, again.duplicates, again.left_out) == (2, 3, 0)
    assert names(vault) >= {"Old Ann", "Old Bo"}
    old_cases = [r for r in all_case_rows(vault) if r.clinician.startswith("Old")]
    assert len(old_cases) == 2 and all(r.overdue(now()) for r in old_cases)
    # ...and once they are cases, they are duplicates, neither counted nor left out.
    assert old_referrals(vault, table, MAPPING, "canonical", 30) == 0
    third = import_table(vault, table, MAPPING, "canonical", leave_out_older_than=30)
    assert (third.cases, third.duplicates, third.left_out) == (0, 5, 0)
    imports = [e for e in audit.entries(vault) if e.action == "import.events"]
    assert len(imports) == 3


def test_an_old_referral_for_a_known_clinician_of_a_new_event_is_still_left_out(
    vault: Vault, tmp_path: Path
) -> None:
    import_file(vault, notice_file(tmp_path, notice("K-1", "Known Kim", 2, "kim@x.org")))
    path = notice_file(tmp_path, notice("K-2", "Known Kim", 60, "kim@x.org"))
    result = import_file(vault, path, leave_out_older_than=30)
    assert (result.cases, result.left_out, result.events) == (0, 1, 0)  # no empty event
    assert len(all_case_rows(vault)) == 1


def test_a_negative_number_of_days_is_refused(vault: Vault, tmp_path: Path) -> None:
    path = notice_file(tmp_path, notice("N-1", "Nia Park", 40))
    with pytest.raises(InvalidInput, match="number of days"):
        import_file(vault, path, leave_out_older_than=-1)
    assert all_case_rows(vault) == []
