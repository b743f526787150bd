"""The audit view's read of the log: filters, order, pages, plain words, the export log
joined in, case references, and never a name or a note in anything it returns."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from peersupport_desktop.core.codes import ContactKind, ContactMode, SupporterStatus
from peersupport_desktop.core.export_table import ExportFormat, ExportKind
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services import (
    audit,
    cases,
    clinicians,
    contacts,
    exports,
    import_mappings,
    quarterly_reports,
    resources,
    settings,
    supporters,
    vault_care,
)
from peersupport_desktop.services.audit import AuditFilter, AuditViewEntry, count_log, read_log
from peersupport_desktop.services.audit_actions import (
    DESCRIPTIONS,
    GROUP_OF_PREFIX,
    ActionGroup,
    describe,
    group_of,
)
from peersupport_desktop.services.clinicians import ClinicianInput
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.services.events import EventInput
from peersupport_desktop.store.models import AuditEntry
from peersupport_desktop.store.vault import Vault
from tests.program_builder import CLINICIAN_NAME, NOTE, SECOND_NAME, build_program

PACKAGE = Path(__file__).resolve().parents[2] / "peersupport_desktop"
DAY = dt.datetime(2026, 3, 2, 9, 0)


EVERYTHING = AuditFilter()


def every_entry(
    vault: Vault, wanted: AuditFilter = EVERYTHING, limit: int = 1000
) -> list[AuditViewEntry]:
    """Every page of a read, joined."""
    page = read_log(vault, wanted, limit=limit)
    shown = list(page.entries)
    while page.more is not None:
        page = read_log(vault, wanted, limit=limit, after=page.more)
        shown.extend(page.entries)
    return shown


def planted(vault: Vault, *rows: tuple[dt.datetime, str, str, int | None]) -> None:
    """Entries written at chosen moments, as services would have written them then."""
    with vault.transaction() as session:
        session.add_all(
            AuditEntry(at=at, action=action, record_kind=kind, record_id=rid, actor="tester")
            for at, action, kind, rid in rows
        )


def without_views(entries: list[AuditViewEntry]) -> list[AuditViewEntry]:
    return [e for e in entries if e.action != "audit.view"]


# -- every action has words ------------------------------------------------------------


def _recorded_actions() -> Iterator[tuple[str, int, ast.expr]]:
    """The action argument of every audit.record / record_many call in the package."""
    for path in sorted(PACKAGE.rglob("*.py")):
        if "forms" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            via_module = (
                isinstance(func, ast.Attribute)
                and func.attr in ("record", "record_many")
                and isinstance(func.value, ast.Name)
                and func.value.id == "audit"
            )
            inside_audit = (
                path.name == "audit.py"
                and isinstance(func, ast.Name)
                and func.id in ("record", "record_many")
            )
            if (via_module or inside_audit) and len(node.args) >= 2:
                yield str(path.relative_to(PACKAGE)), node.lineno, node.args[1]


def test_every_action_code_in_the_source_has_a_description() -> None:
    found = list(_recorded_actions())
    assert len(found) > 40  # the scan does find the calls
    for where, line, action in found:
        if isinstance(action, ast.Constant) and isinstance(action.value, str):
            assert action.value in DESCRIPTIONS, f"{where}:{line}: {action.value} has no words"
        elif isinstance(action, ast.JoinedStr):
            head = action.values[0]
            assert isinstance(head, ast.Constant) and isinstance(head.value, str)
            prefix = head.value
            assert prefix.endswith(".")
            assert any(code.startswith(prefix) for code in DESCRIPTIONS), f"{where}:{line}"
        else:
            pytest.fail(f"{where}:{line}: an audit action must be a literal or an f-string")


def test_codes_made_from_codes_are_all_described() -> None:
    # The f-strings above: one code per value of the enum they are made from.
    made = (
        {f"supporter.{s.value}" for s in SupporterStatus}
        | {f"report.{e.value}" for e in Edition}
        | {f"export.{k.value}" for k in ExportKind}
    )
    assert made <= DESCRIPTIONS.keys()


def test_every_described_code_belongs_to_a_group() -> None:
    for code in DESCRIPTIONS:
        assert group_of(code) is not None, code
    assert set(GROUP_OF_PREFIX.values()) == set(ActionGroup)


def test_an_unknown_code_shows_as_itself_and_filters_by_its_prefix(vault: Vault) -> None:
    planted(vault, (DAY, "case.teleport", "case", None), (DAY, "zebra.feed", "zebra", 3))
    assert describe("case.teleport") == "case.teleport"
    shown = {e.action: e for e in every_entry(vault)}
    assert shown["case.teleport"].description == "case.teleport"
    assert shown["case.teleport"].group is ActionGroup.CASES
    assert shown["zebra.feed"].record == "Zebra 3"
    in_cases = {e.action for e in every_entry(vault, AuditFilter(group=ActionGroup.CASES))}
    assert in_cases == {"case.teleport"}


# -- order, pages, periods -----------------------------------------------------------------


def test_newest_first_a_page_at_a_time_with_ties(vault: Vault) -> None:
    # Three entries share each moment: the page boundary falls inside a tie.
    planted(
        vault,
        *((DAY + dt.timedelta(minutes=n // 3), "settings.edit", "settings", 1) for n in range(25)),
    )
    first = read_log(vault, limit=7)
    assert len(first.entries) == 7 and first.more is not None
    assert first.total == 26  # with this read's own entry, from the index
    shown = every_entry(vault, limit=7)
    keys = [(e.at, e.id) for e in shown]
    assert keys == sorted(keys, reverse=True)
    assert len({e.id for e in shown}) == len(shown)
    assert len(without_views(shown)) == 25


def test_a_period_takes_whole_days(vault: Vault) -> None:
    planted(
        vault,
        (dt.datetime(2026, 3, 1, 23, 59, 59), "settings.edit", "settings", 1),
        (dt.datetime(2026, 3, 2, 0, 0), "vault.backup", "vault", None),
        (dt.datetime(2026, 3, 3, 23, 59, 59), "vault.check", "vault", None),
        (dt.datetime(2026, 3, 4, 0, 0), "settings.holiday", "settings", 1),
    )
    march = AuditFilter(since=dt.date(2026, 3, 2), until=dt.date(2026, 3, 3))
    page = read_log(vault, march)
    assert [e.action for e in page.entries] == ["vault.check", "vault.backup"]
    assert page.total == 2 and page.more is None
    assert count_log(vault, march) == 2
    from_the_third = AuditFilter(since=dt.date(2026, 3, 3))
    assert "settings.holiday" in {e.action for e in read_log(vault, from_the_third).entries}
    with pytest.raises(InvalidInput) as refused:
        read_log(vault, AuditFilter(since=dt.date(2026, 3, 3), until=dt.date(2026, 3, 2)))
    assert refused.value.field == "period"


def test_reading_the_log_is_itself_audited_once_per_view(vault: Vault) -> None:
    planted(vault, *((DAY, "vault.check", "vault", None) for _ in range(5)))
    first = read_log(vault, limit=2)
    assert first.entries[0].action == "audit.view"
    assert first.entries[0].description == "Viewed the audit log"
    assert first.entries[0].actor == audit.actor()
    assert first.more is not None
    read_log(vault, limit=2, after=first.more)  # more of the same view: no new entry
    assert len(audit.entries(vault, action="audit.view")) == 1


# -- kinds of work -------------------------------------------------------------------------


def test_each_kind_of_work_shows_its_own_actions(vault: Vault, tmp_path: Path) -> None:
    build_program(vault)
    vault_care.back_up(vault, tmp_path / "backup.vault")
    expected = {
        ActionGroup.CASES: {"case.open", "case.assign", "case.follow_up", "case.close",
                            "resource.add", "resource.offer", "resource.response",
                            "milestone.add", "case.tier", "case.list", "feedback.invite"},
        ActionGroup.CONTACTS: {"contact.log"},
        ActionGroup.SUPPORTERS: {"supporter.add", "availability.add", "availability.exception",
                                 "training.add", "training.session_add", "training.evaluation",
                                 "debrief.add"},
        ActionGroup.CALENDAR: {"oncall.set"},
        ActionGroup.REPORTS: {"export.summary", "report.highlights"},
        ActionGroup.IMPORTS: {"import.mapping", "import.encounters", "import.feedback",
                              "import.survey", "import.survey_key", "import.survey_round"},
        ActionGroup.SETTINGS: {"settings.holiday"},
        ActionGroup.VAULT: {"vault.backup", "audit.view"},
    }  # fmt: skip
    for group, actions in expected.items():
        wanted = AuditFilter(group=group)
        shown = every_entry(vault, wanted)
        assert {e.action for e in shown} == actions, group
        assert all(e.group is group for e in shown)
        assert count_log(vault, wanted) == len(shown)


def test_a_rare_kind_is_found_past_the_newest_entries(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Older than the window searched through the index: found by the pass over the table,
    in order, a page at a time, and counted alike."""
    monkeypatch.setattr(audit, "PAGE", 4)
    monkeypatch.setattr(audit, "INDEX_WINDOW_PAGES", 2)  # the newest 8 entries
    old = [(DAY + dt.timedelta(minutes=n), "settings.edit", "settings", 1) for n in range(7)]
    recent = [
        (DAY + dt.timedelta(hours=1, minutes=n), "case.list", "case", None) for n in range(30)
    ]
    newest = [(DAY + dt.timedelta(hours=2), "settings.holiday", "settings", 1)]
    planted(vault, *old, *recent, *newest)
    wanted = AuditFilter(group=ActionGroup.SETTINGS)
    first = read_log(vault, wanted, limit=4)
    assert [e.action for e in first.entries] == ["settings.holiday"] + ["settings.edit"] * 3
    assert first.total is None and first.more is not None  # a full page: counted apart
    shown = every_entry(vault, wanted, limit=4)
    assert [e.at for e in shown] == sorted((at for at, *_ in old + newest), reverse=True)
    assert count_log(vault, wanted) == 8
    # Narrowed to a period as well: through the index or not, the same entries.
    early = AuditFilter(since=DAY.date(), until=DAY.date(), group=ActionGroup.SETTINGS)
    assert len(every_entry(vault, early, limit=3)) == 8


# -- records ---------------------------------------------------------------------------------


def test_a_case_reference_finds_the_case_its_contacts_and_offers(vault: Vault) -> None:
    built = build_program(vault)
    cases.get_case(vault, built.case_id)  # opening it to read counts too
    reference = cases.reference_for(built.case_id)
    other = cases.reference_for(built.second_case_id)
    for typed in (reference, reference.lower(), f"  {reference} "):
        shown = every_entry(vault, AuditFilter(record=typed))
        actions = [e.action for e in shown]
        assert actions.count("case.view") == 1
        assert {"case.open", "case.assign", "contact.log", "resource.offer",
                "resource.response", "case.close"} <= set(actions)  # fmt: skip
        assert all(reference in e.record for e in shown)
        assert not any(other in e.record for e in shown)
    opened = next(e for e in shown if e.action == "case.view")
    assert (opened.description, opened.record) == ("Opened a case", reference)
    logged = next(e for e in shown if e.action == "contact.log")
    assert logged.record.startswith("Contact ") and logged.record.endswith(f" · {reference}")


def test_a_kind_and_number_finds_that_record(vault: Vault) -> None:
    built = build_program(vault)
    shown = every_entry(vault, AuditFilter(record=f"Supporter {built.supporter_id}"))
    assert {e.action for e in shown} == {"supporter.add"}
    assert shown[0].record == f"Supporter {built.supporter_id}"
    assert every_entry(vault, AuditFilter(record="export 1"))[0].action == "export.summary"
    assert every_entry(vault, AuditFilter(record="supporter 999")) == []


@pytest.mark.parametrize("typed", ["PS-999999", "nothing like it", "42"])
def test_a_record_not_found_is_one_sentence(vault: Vault, typed: str) -> None:
    build_program(vault)
    with pytest.raises(InvalidInput) as refused:
        read_log(vault, AuditFilter(record=typed))
    assert refused.value.field == "record"
    assert typed not in str(refused.value)


def test_a_record_and_a_kind_together(vault: Vault) -> None:
    built = build_program(vault)
    reference = cases.reference_for(built.case_id)
    shown = every_entry(vault, AuditFilter(record=reference, group=ActionGroup.CONTACTS))
    assert [e.action for e in shown] == ["contact.log", "contact.log"]


# -- exports ----------------------------------------------------------------------------------


def test_an_export_shows_its_log_entry(vault: Vault) -> None:
    build_program(vault)  # saves a JSON summary of 2026Q3
    (logged,) = exports.export_log(vault)
    reports = every_entry(vault, AuditFilter(group=ActionGroup.REPORTS))
    (entry,) = [e for e in reports if e.action.startswith("export.")]  # beside the highlights
    assert entry.description == "Saved an anonymized export (summary)"
    assert entry.record == "Export 1"
    assert entry.export is not None
    assert entry.export.file_format == "json"
    assert entry.export.periods == ("2026Q3",)
    assert entry.export.rows == logged.rows
    assert entry.export.k_achieved == logged.k_achieved
    assert entry.export.sha256 == logged.sha256
    assert entry.export.short_sha256 == logged.sha256[:12]
    assert entry.export.summary.startswith("JSON · 2026Q3 · ")
    assert f"SHA-256 {logged.sha256[:12]}…" in entry.export.summary
    assert logged.sha256 not in entry.export.summary  # the whole one is for the tooltip


# -- plain words, and nothing else ----------------------------------------------------------------

SENTINEL = "Quillon-Vesperine"


def test_a_session_of_work_in_plain_words_and_without_content(vault: Vault, tmp_path: Path) -> None:
    """A sentinel in every free text the coordinator typed; none of it comes back."""
    build_program(vault)
    case = cases.open_case(
        vault,
        cases.NewCase(
            referral_source="self",
            referrer=f"{SENTINEL} referrer",
            referred_at=DAY,
            clinician=ClinicianInput(
                name=f"{SENTINEL} Clinician", role="nurse", department=f"{SENTINEL} ward",
                email="quillon@example.org",
            ),
            event=EventInput("trauma", DAY.date(), description=f"{SENTINEL} event"),
        ),
    )  # fmt: skip
    cases.get_case(vault, case.id)
    clinicians.edit_clinician(
        vault, case.clinician_id, ClinicianInput(name=f"{SENTINEL} Renamed", role="nurse")
    )
    contacts.log_contact(
        vault,
        case.id,
        contacts.ContactInput(
            kind=ContactKind.CONVERSATION,
            mode=ContactMode.PHONE,
            occurred_at=DAY + dt.timedelta(hours=2),
            note=f"{SENTINEL} note",
        ),
    )
    supporters.add_supporter(
        vault, supporters.SupporterInput(name=f"{SENTINEL} Supporter", role="nurse")
    )
    resources.add_resource(vault, resources.ResourceInput("chaplaincy", f"{SENTINEL} chaplains"))
    settings.add_holiday(vault, dt.date(2026, 1, 1), f"{SENTINEL} day")
    columns = ("event_ref", "event_date", "event_type", "clinician_name", "clinician_role",
               "referral_source")  # fmt: skip
    import_mappings.save_mapping(vault, f"{SENTINEL} system", {c: c.title() for c in columns})
    quarterly_reports.report_pdf(vault, Quarter(2026, 1), Edition.LEADERSHIP)
    table = exports.build_export(vault, exports.ExportRequest((Quarter(2026, 1),)))
    exports.save_export(vault, table, ExportFormat.CSV, tmp_path / "summary.csv")
    vault_care.back_up(vault, tmp_path / "backup.vault")

    shown = every_entry(vault)
    words = {e.action: e.description for e in shown}
    assert words["case.view"] == "Opened a case"
    assert words["clinician.edit"] == "Edited a clinician"
    assert words["export.summary"] == "Saved an anonymized export (summary)"
    assert words["report.leadership"] == "Produced a report (leadership edition)"
    assert words["vault.backup"] == "Made a backup"
    assert not [e for e in shown if e.description == e.action]  # every code has its words

    reads = [
        AuditFilter(),
        *(AuditFilter(group=g) for g in ActionGroup),
        AuditFilter(record=case.reference),
        AuditFilter(since=DAY.date()),
    ]
    for wanted in reads:
        for entry in every_entry(vault, wanted):
            text = repr(dataclasses.astuple(entry))
            for content in (SENTINEL, CLINICIAN_NAME, SECOND_NAME, NOTE, "example.org"):
                assert content not in text, (wanted, entry.action)
