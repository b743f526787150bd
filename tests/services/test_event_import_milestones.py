"""The notice import's optional columns: an urgent event, and its milestones' dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from peersupport_desktop.cli import main
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.core.codes import MilestoneKind
from peersupport_desktop.services import audit, milestones, settings
from peersupport_desktop.services.event_import import import_file
from peersupport_desktop.services.import_mappings import save_mapping
from peersupport_desktop.store.models import Case, Event, Milestone
from peersupport_desktop.store.vault import Vault, create_vault, open_vault
from tests.conftest import PASSPHRASE

TODAY = dt.date.today()
EVENT_DAY = (TODAY - dt.timedelta(days=10)).isoformat()
REFERRED = dt.datetime.combine(TODAY - dt.timedelta(days=9), dt.time(10))
RCA = TODAY + dt.timedelta(days=20)
TRIAL = TODAY + dt.timedelta(days=400)
HEADER = (
    "event_ref,event_date,event_type,clinician_name,clinician_role,referral_source,"
    "referred_at,urgent,rca_meeting_on,trial_on"
)


def notices(tmp_path: Path, *rows: str, header: str = HEADER, name: str = "n.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def row(ref: str, name: str, urgent: str = "", rca: str = "", trial: str = "") -> str:
    return (
        f"{ref},{EVENT_DAY},unexpected_death,{name},nurse,self,{REFERRED.isoformat()},"
        f"{urgent},{rca},{trial}"
    )


def case_due(vault: Vault, name_ref: str) -> dt.datetime:
    with vault.reading() as session:
        due = session.scalar(
            select(Case.outreach_due_at)
            .join(Event, Event.id == Case.event_id)
            .where(Event.external_ref == name_ref)
            .order_by(Case.id)
        )
    assert due is not None
    return due


def test_urgency_and_milestones_come_with_the_event(vault: Vault, tmp_path: Path) -> None:
    path = notices(
        tmp_path,
        row("E-1", "Ann Lee", urgent="Yes", rca=RCA.isoformat()),
        row("E-1", "Bo Chan", trial=TRIAL.isoformat()),  # the same event: its trial too
        row("E-2", "Cy Dorn", urgent="0"),
    )
    result = import_file(vault, path)
    assert (result.events, result.cases, result.rejected, result.milestones) == (2, 3, (), 2)
    assert result.summary().endswith(", 0 rows rejected, 2 new milestones.")
    with vault.reading() as session:
        urgent = dict(session.execute(select(Event.external_ref, Event.urgent)).all())
        kept = session.execute(
            select(Milestone.kind, Milestone.on_date, Milestone.check_in_days)
            .join(Event, Event.id == Milestone.event_id)
            .where(Event.external_ref == "E-1")
            .order_by(Milestone.on_date)
        ).all()
    assert urgent == {"E-1": True, "E-2": False}
    assert kept == [(MilestoneKind.RCA_MEETING, RCA, 7), (MilestoneKind.TRIAL, TRIAL, 7)]
    # The urgent event's cases are due within the urgent target (30 clock minutes).
    assert case_due(vault, "E-1") == REFERRED + dt.timedelta(minutes=30)
    assert case_due(vault, "E-2") == REFERRED + dt.timedelta(hours=24)
    # Both people of the event get a check-in before its milestones.
    due = milestones.check_ins_due(vault, TODAY, RCA)
    assert sorted(c.clinician for c in due) == ["Ann Lee", "Bo Chan"]
    assert len(audit.entries(vault, action="milestone.add")) == 2


def test_the_same_file_again_adds_no_milestone_and_a_new_date_is_added(
    vault: Vault, tmp_path: Path
) -> None:
    first = notices(tmp_path, row("E-1", "Ann Lee", rca=RCA.isoformat()))
    import_file(vault, first)
    again = import_file(vault, first)
    assert (again.cases, again.milestones) == (0, 0)
    assert again.summary() == "Nothing new: all 1 rows were imported before."
    # The risk system's next export: the trial is set, and the event became urgent.
    later = notices(
        tmp_path,
        row("E-1", "Ann Lee", urgent="true", rca=RCA.isoformat(), trial=TRIAL.isoformat()),
        row("E-1", "Bo Chan"),
        name="later.csv",
    )
    result = import_file(vault, later)
    assert (result.cases, result.duplicates, result.milestones) == (1, 1, 1)
    assert "1 new milestone." in result.summary()
    with vault.reading() as session:
        assert session.scalar(select(Event.urgent).where(Event.external_ref == "E-1")) is True
        due = session.scalars(select(Case.outreach_due_at).order_by(Case.id)).all()
    # Marked urgent as the window marks it: the waiting case is retargeted, the new one too.
    assert due == [REFERRED + dt.timedelta(minutes=30)] * 2
    assert len(audit.entries(vault, action="event.urgent")) == 1
    # A later file saying "no" does not unmark it: that is the coordinator's to decide.
    import_file(vault, notices(tmp_path, row("E-1", "Ann Lee", urgent="no"), name="no.csv"))
    with vault.reading() as session:
        assert session.scalar(select(Event.urgent).where(Event.external_ref == "E-1")) is True


@pytest.mark.parametrize(
    ("cells", "reason"),
    [
        ({"urgent": "maybe"}, "urgent is not yes or no (yes, no, true, false, 1 or 0)."),
        ({"rca": "next Tuesday"}, "rca_meeting_on is not an ISO 8601 date (like 2026-03-31)."),
        ({"rca": (TODAY - dt.timedelta(days=11)).isoformat()},
         "rca_meeting_on must come on or after the date of its event."),
        ({"trial": TODAY.replace(year=TODAY.year + 11).isoformat()},
         "trial_on must be at most 10 years ahead."),
    ],
)  # fmt: skip
def test_a_bad_cell_rejects_its_row_with_its_line_and_why_never_its_content(
    vault: Vault, tmp_path: Path, cells: dict[str, str], reason: str
) -> None:
    path = notices(tmp_path, row("E-1", "Ann Lee"), row("E-2", "Bo Chan", **cells))
    result = import_file(vault, path)
    assert result.cases == 1
    ((line, said),) = [(r.line, r.reason) for r in result.rejected]
    assert (line, said) == (3, reason)
    assert not any(value in said for value in cells.values() if value != "maybe")
    assert "maybe" not in said.replace("yes or no", "")
    with vault.reading() as session:
        assert session.scalars(select(Milestone.id)).all() == []


def test_rows_of_one_event_must_agree_on_its_dates_and_urgency(
    vault: Vault, tmp_path: Path
) -> None:
    other = (RCA + dt.timedelta(days=1)).isoformat()
    path = notices(
        tmp_path,
        row("E-1", "Ann Lee", urgent="yes", rca=RCA.isoformat()),
        row("E-1", "Bo Chan", rca=other),
        row("E-1", "Cy Dorn", urgent="no"),
        row("E-1", "Di Egan", urgent="1", rca=RCA.isoformat()),  # agrees: imported
    )
    result = import_file(vault, path)
    assert result.cases == 2 and result.milestones == 1
    assert [(r.line, r.reason) for r in result.rejected] == [
        (3, "rca_meeting_on differs from line 2 of the same event_ref."),
        (4, "urgent differs from line 2 of the same event_ref."),
    ]


def test_a_file_that_breaks_halfway_stores_no_milestone(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "broken.csv"
    good = row("E-1", "Ann Lee", urgent="yes", rca=RCA.isoformat())
    path.write_text(f'{HEADER}\n{good}\nE-2,"{EVENT_DAY}\n', encoding="utf-8")
    with pytest.raises(Exception, match="not valid CSV"):
        import_file(vault, path)
    with vault.reading() as session:
        assert session.scalars(select(Milestone.id)).all() == []
        assert session.scalars(select(Event.id)).all() == []


def test_a_mapped_file_names_its_own_columns(vault: Vault, tmp_path: Path) -> None:
    header = "Ticket;Date;Kind;Person;Job;Origin;Priority;Deposition"
    path = notices(
        tmp_path,
        f"T-9;{EVENT_DAY};trauma;Ann Lee;nurse;self;TRUE;{RCA.isoformat()}",
        header=header,
    )
    columns = dict(
        zip(
            ("event_ref", "event_date", "event_type", "clinician_name", "clinician_role",
             "referral_source", "urgent", "deposition_on"),
            header.split(";"),
            strict=True,
        )
    )  # fmt: skip
    save_mapping(vault, "Risk system", columns)
    settings.change_settings(vault, milestone_check_in_days=3)
    result = import_file(vault, path)
    assert (result.source, result.cases, result.milestones) == ("Risk system", 1, 1)
    with vault.reading() as session:
        kept = session.execute(select(Milestone.kind, Milestone.check_in_days)).one()
        assert session.scalar(select(Event.urgent)) is True
    assert tuple(kept) == (MilestoneKind.DEPOSITION, 3)  # the setting's days


def test_import_events_on_the_command_line_takes_the_columns(
    tmp_path: Path, passfile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault_path = tmp_path / "program.vault"
    create_vault(vault_path, PASSPHRASE).close()
    path = notices(
        tmp_path,
        row("E-1", "Ann Lee", urgent="yes", rca=RCA.isoformat()),
        row("E-2", "Bo Chan", trial="2026-02-30"),
    )
    code = main(
        ["import-events", str(path), "--vault", str(vault_path), "--passphrase-file", str(passfile)]
    )
    assert code == ExitCode.PARTIAL
    said = capsys.readouterr()
    assert "events: 1  cases: 1" in said.out
    assert said.err == "line 3: trial_on is not an ISO 8601 date (like 2026-03-31).\n"
    with open_vault(vault_path, PASSPHRASE) as vault:
        ((check_in),) = milestones.check_ins_due(vault, TODAY, RCA)
        assert check_in.kind is MilestoneKind.RCA_MEETING and check_in.for_event
