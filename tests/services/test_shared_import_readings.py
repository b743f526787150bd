"""The imports read a file's cells the same way: a supporter found by the roster's
folding ("Zoe" finds "Zoë"), dates by the roster's rules with a time stamp's local day,
and one yes-or-no; the command line finds supporters the same way."""

from __future__ import annotations

import csv
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from peersupport_desktop.cli.supporter_choice import supporter_id_of
from peersupport_desktop.services import supporters
from peersupport_desktop.services.debrief_import import KIND as DEBRIEFS
from peersupport_desktop.services.debriefs import list_debriefs
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.record_import import RowsRejected, import_records
from peersupport_desktop.services.training_import import KIND as TRAININGS
from peersupport_desktop.services.training_sessions import list_sessions
from peersupport_desktop.store.vault import Vault


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows(rows)
    return path


@pytest.fixture
def zoe(vault: Vault) -> int:
    data = supporters.SupporterInput(name="Zoë  Dupont", role="nurse")
    return supporters.add_supporter(vault, data).id


@pytest.fixture
def two_hours_ahead(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "CEST-2")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_zoe_finds_zoe_with_her_accent_everywhere(vault: Vault, zoe: int, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "debriefs.csv",
        [["held_on", "kind", "attendees"], ["5 October 2026", "group", "zoe dupont"]],
    )
    assert import_records(vault, DEBRIEFS, path).added == 1
    assert [a.id for a in list_debriefs(vault)[0].attendees] == [zoe]
    assert supporter_id_of(vault, "  ZOE   Dupont ") == zoe


def test_a_shared_folded_name_is_refused_in_one_sentence(vault: Vault, zoe: int) -> None:
    supporters.add_supporter(vault, supporters.SupporterInput(name="Zoe Dupont", role="nurse"))
    with pytest.raises(InvalidInput, match="share that name") as refused:
        supporter_id_of(vault, "Zoe Dupont")
    assert "Dupont" not in str(refused.value)


def test_a_training_time_stamp_counts_on_its_local_day(
    vault: Vault, zoe: int, tmp_path: Path, two_hours_ahead: None
) -> None:
    path = write_csv(
        tmp_path / "trainings.csv",
        [
            ["held_on", "title", "supporter", "refresher"],
            ["2026-10-05T22:30:00Z", "Refresher", "Zoe Dupont", "Checked"],
        ],
    )
    assert import_records(vault, TRAININGS, path).added == 1
    (held,) = list_sessions(vault)
    assert (held.held_on.isoformat(), held.refresher) == ("2026-10-06", True)


def test_an_ambiguous_day_is_refused_by_every_import(
    vault: Vault, zoe: int, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "trainings.csv",
        [["held_on", "title", "supporter"], ["05/10/2026", "Basics", "Zoe Dupont"]],
    )
    with pytest.raises(RowsRejected) as rejected:
        import_records(vault, TRAININGS, path)
    (problem,) = rejected.value.problems
    assert problem.reason.startswith("The day it was held could be read day first or month")
