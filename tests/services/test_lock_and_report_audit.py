"""The audit log says when the vault was locked (and why) and unlocked, and each report
saved or printed, with its edition."""

from __future__ import annotations

from pathlib import Path

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services import audit, locking
from peersupport_desktop.services.audit import read_log
from peersupport_desktop.services.audit_actions import DESCRIPTIONS, ActionGroup
from peersupport_desktop.services.quarterly_reports import produce_report, publish_report
from peersupport_desktop.store.vault import Vault

QUARTER = Quarter(2026, 1)


def actions(vault: Vault) -> list[str]:
    return [e.action for e in reversed(audit.entries(vault))]


def test_every_lock_reason_and_saved_or_printed_edition_has_words() -> None:
    for why in locking.LockReason:
        assert DESCRIPTIONS[f"vault.{why.value}"].startswith("Locked the vault")
    for edition in Edition:
        assert edition.value in DESCRIPTIONS[f"report.{edition.value}_saved"]
        assert edition.value in DESCRIPTIONS[f"report.{edition.value}_printed"]


def test_locking_and_unlocking_are_entries_of_the_vault(vault: Vault) -> None:
    locking.record_lock(vault, locking.LockReason.IDLE)
    locking.record_unlock(vault)
    locking.record_lock(vault, locking.LockReason.BY_HAND)
    assert actions(vault)[-3:] == ["vault.lock_idle", "vault.unlock", "vault.lock_by_hand"]
    shown = read_log(vault).entries
    assert shown[1].description == "Locked the vault (by hand)"
    assert shown[2].description == "Unlocked the vault"
    assert shown[3].description == "Locked the vault (after a while without input)"
    assert {e.group for e in shown[1:4]} == {ActionGroup.VAULT}
    assert {e.record for e in shown[1:4]} == {""}


def test_each_saved_or_printed_report_is_an_entry(vault: Vault, tmp_path: Path) -> None:
    internal = produce_report(vault, QUARTER, Edition.INTERNAL)
    leadership = produce_report(vault, QUARTER, Edition.LEADERSHIP)
    assert actions(vault)[-2:] == ["report.internal", "report.leadership"]  # made, not saved
    publish_report(vault, internal, tmp_path / "internal.pdf")
    publish_report(vault, leadership, tmp_path / "leadership.pdf")
    publish_report(vault, leadership, None)  # printed
    assert actions(vault)[-3:] == [
        "report.internal_saved",
        "report.leadership_saved",
        "report.leadership_printed",
    ]
    words = [e.description for e in read_log(vault).entries[1:4]]
    assert words == [
        "Printed a report (leadership edition)",
        "Saved a report (leadership edition)",
        "Saved a report (internal edition)",
    ]
