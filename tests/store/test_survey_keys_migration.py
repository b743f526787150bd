"""A vault as issue 24's release leaves it (0017) gains survey keys, the key each round
is scored with and the program's lowest threshold, keeping its rounds' answers: a round already
answered keeps the program's own table, and a regrown export of its responses is
still caught."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from peersupport_desktop.services.survey_answers import AlreadyImported, import_answers
from peersupport_desktop.services.survey_keys import key_in_use
from peersupport_desktop.services.survey_results import round_result
from peersupport_desktop.store import schema_migrations
from peersupport_desktop.store.models import ProgramSettings, SurveyRound
from peersupport_desktop.store.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.store.old_vaults import vault_at

AT = "'2026-07-02 08:00:00.000000'"


def answers(k: int) -> dict[str, int]:
    """A respondent whose answers vary (twelve of them, each their own)."""
    return {f"svest_r_{n:02d}": (n * (k % 4 + 1) + k // 4) % 5 + 1 for n in range(1, 36)}


def test_a_0017_vault_keeps_its_survey_answers(new_vault_path: Path, tmp_path: Path) -> None:
    old = vault_at(new_vault_path, "0017")
    with old.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO departments (id, name) VALUES (1, 'NICU')")
        connection.exec_driver_sql(
            "INSERT INTO program_settings (id, program_name, outreach_target_hours, "
            "small_number_threshold, auto_lock_minutes) VALUES (1, 'Program', 24, 11, 10)"
        )
        connection.exec_driver_sql(
            "INSERT INTO survey_rounds (id, department_id, instrument, label, held_on, "
            f"file_digests, created_at) VALUES (1, 1, 'svest_r', 'Spring', '2026-03-01', 'x', {AT})"
        )
        for k in range(12):
            connection.exec_driver_sql(
                "INSERT INTO survey_responses (round_id, answers) VALUES (1, ?)",
                (json.dumps(answers(k), sort_keys=True),),
            )
    old.close()

    with open_vault(new_vault_path, PASSPHRASE) as vault:
        assert schema_migrations.current_revision(vault.engine) == schema_migrations.head_revision()
        assert round_result(vault, 1).round.respondents == 12
        assert not key_in_use(vault, "svest_r").settled  # no key yet: the shipped table
        # Its answers were scored with the program's own table: it keeps it for good.
        with vault.reading() as session:
            answered = session.get(SurveyRound, 1)
            assert answered is not None and answered.key_version == 0
        assert round_result(vault, 1).round.scored_with == "the program's own table (provisional)"
        regrown = tmp_path / "regrown.csv"
        with regrown.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow([f"svest_{n}" for n in range(1, 36)])
            writer.writerows([[str(v) for v in answers(k).values()] for k in range(13)])
        with pytest.raises(AlreadyImported, match="and 4 more hold responses imported before"):
            import_answers(vault, 1, regrown)
        # Its earlier thresholds were not kept: with survey figures, the floor of 5.
        with vault.reading() as session:
            program = session.get(ProgramSettings, 1)
            assert program is not None
            assert (program.small_number_threshold, program.lowest_threshold) == (11, 5)
