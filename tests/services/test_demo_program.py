"""The demo program: deterministic, varied, and true to the lifecycle."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import text

from peersupport_desktop.core.codes import CaseStatus, ContactKind, EventType, Outcome
from peersupport_desktop.core.lifecycle import CaseFacts, allowed_outcomes, open_status
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.services import cases, figures
from peersupport_desktop.services.demo_program import fill_demo_program
from peersupport_desktop.store.models import Base
from peersupport_desktop.store.vault import Vault, create_vault
from tests.conftest import PASSPHRASE
from tests.program_builder import build_program

AS_OF = dt.datetime(2026, 11, 20, 15, 0)
STORED_DATETIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")


def demo(path: Path, *, seed: int = 7, count: int = 400) -> Vault:
    vault = create_vault(path, PASSPHRASE)
    fill_demo_program(vault, cases=count, seed=seed, as_of=AS_OF)
    return vault


def contents(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    with vault.transaction() as session:
        return {
            t.name: [tuple(r) for r in session.execute(text(f"SELECT * FROM {t.name} ORDER BY 1"))]
            for t in Base.metadata.sorted_tables
            if t.name != "audit_log"
        }


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    from peersupport_desktop.store import keying
    from tests.conftest import CHEAP_KDF_ITERATIONS

    with pytest.MonkeyPatch.context() as patch:  # module scope: before the autouse fixture
        patch.setattr(keying, "KDF_ITERATIONS", CHEAP_KDF_ITERATIONS)
        return demo(tmp_path_factory.mktemp("demo") / "demo.vault")


def test_same_seed_same_program(tmp_path: Path) -> None:
    first, second = demo(tmp_path / "a.vault"), demo(tmp_path / "b.vault")
    assert contents(first) == contents(second)
    third = demo(tmp_path / "c.vault", seed=8)
    assert contents(third)["clinicians"] != contents(first)["clinicians"]


def test_every_status_outcome_and_event_type(demo_vault: Vault) -> None:
    with demo_vault.transaction() as session:
        statuses = {r[0] for r in session.execute(text("SELECT DISTINCT status FROM cases"))}
        outcomes = {r[0] for r in session.execute(text("SELECT DISTINCT outcome FROM cases"))}
        types = {r[0] for r in session.execute(text("SELECT DISTINCT event_type FROM events"))}
        groups = session.execute(
            text("SELECT count(*) FROM (SELECT event_id FROM cases GROUP BY 1 HAVING count(*) > 1)")
        ).scalar()
        reopened = session.execute(text("SELECT count(*) FROM cases WHERE reopened_count > 0"))
    assert statuses == {s.value for s in CaseStatus}
    assert outcomes - {None} == {o.value for o in Outcome}
    assert types == {e.value for e in EventType}
    assert groups and groups > 10
    assert reopened.scalar()


def test_every_case_obeys_the_lifecycle(demo_vault: Vault) -> None:
    with demo_vault.transaction() as session:
        rows = session.execute(
            text(
                "SELECT c.id, c.status, c.outcome, c.closed_at, c.first_outreach_at, "
                "c.referred_at, c.outreach_due_at, "
                "(SELECT urgent FROM events WHERE id = c.event_id), "
                "(SELECT min(occurred_at) FROM contacts WHERE case_id = c.id), "
                "(SELECT group_concat(DISTINCT kind) FROM contacts WHERE case_id = c.id), "
                "(SELECT count(*) FROM resource_offers WHERE case_id = c.id), "
                "(SELECT count(*) FROM case_closings WHERE case_id = c.id AND reopened_at IS NULL) "
                "FROM cases c"
            )
        ).all()
    for (
        case_id,
        status,
        outcome,
        closed_at,
        first,
        referred,
        due,
        urgent,
        earliest,
        kinds,
        offers,
        closings,
    ) in rows:
        kinds = set((kinds or "").split(",")) - {""}
        facts = CaseFacts(
            CaseStatus.NEW,
            has_first_outreach=first is not None,
            has_conversation=any(ContactKind(k).reaches_person for k in kinds),
            has_attempt="outreach_attempt" in kinds,
            has_resource_offered=offers > 0,
        )
        assert first == earliest, case_id
        parse = dt.datetime.fromisoformat
        target = dt.timedelta(minutes=30) if urgent else dt.timedelta(hours=24)
        assert parse(due) - parse(referred) == target
        if status == "closed":
            assert outcome in {o.value for o in allowed_outcomes(open_status(facts))}, case_id
            assert closed_at is not None and closings == 1
        else:
            assert status == open_status(facts).value, case_id
            assert outcome is None and closed_at is None and closings == 0


def test_nothing_is_dated_after_as_of_and_eight_quarters_are_covered(demo_vault: Vault) -> None:
    stamp = AS_OF.isoformat(" ", "microseconds")
    with demo_vault.transaction() as session:
        for column in ("cases.referred_at", "cases.closed_at", "contacts.occurred_at",
                       "resource_offers.offered_at", "case_closings.closed_at"):  # fmt: skip
            table, name = column.split(".")
            latest = session.execute(text(f"SELECT max({name}) FROM {table}")).scalar()
            assert latest <= stamp, column
    for quarter in Quarter.containing(AS_OF).back(8):
        assert figures.figures_for(demo_vault, quarter, as_of=AS_OF).referrals > 0


def test_values_are_stored_as_sqlalchemy_stores_them(demo_vault: Vault, vault: Vault) -> None:
    build_program(vault)  # rows written through the ORM, for comparison
    query = text("SELECT referred_at, outreach_due_at FROM cases LIMIT 1")
    with vault.transaction() as session:
        orm_written = session.execute(query).one()
    with demo_vault.transaction() as session:
        demo_written = session.execute(query).one()
        dates = session.execute(text("SELECT occurred_on FROM events LIMIT 1")).scalar()
        times = session.execute(text("SELECT starts FROM availability_slots LIMIT 1")).scalar()
    for value in (*orm_written, *demo_written):
        assert STORED_DATETIME.match(value)
    assert re.match(r"^\d{4}-\d\d-\d\d$", dates)
    assert re.match(r"^\d\d:\d\d:\d\d\.\d{6}$", times)
    detail = cases.get_case(demo_vault, 1)  # and the ORM reads them back
    assert detail.case.referred_at <= AS_OF


def test_a_vault_with_cases_is_refused(vault: Vault) -> None:
    build_program(vault)
    with pytest.raises(ValueError, match="already holds cases"):
        fill_demo_program(vault, cases=10, as_of=AS_OF)


def test_the_demo_follows_the_person_in_realistic_proportions(demo_vault: Vault) -> None:
    """Tiers (Lane et al.: about one in ten escalated), referrals on followed step by
    step, attempts with results and retries due, urgent events and milestones."""
    with demo_vault.reading() as session:

        def one(sql: str) -> object:
            return session.execute(text(sql)).scalar()

        cases = one("SELECT count(*) FROM cases")
        at_three = one("SELECT count(*) FROM cases WHERE highest_tier = 3")
        escalations = one("SELECT count(*) FROM tier_changes WHERE to_tier = 3")
        steps = {r[0] for r in session.execute(text("SELECT DISTINCT step FROM resource_offers"))}
        results = {r[0] for r in session.execute(text("SELECT DISTINCT result FROM contacts"))}
        loose = one(
            "SELECT count(*) FROM resource_offers WHERE (step IN ('offered', 'accepted', "
            "'appointment_made')) <> (step_due_on IS NOT NULL)"
        )
        retries = one("SELECT count(*) FROM cases WHERE next_attempt_due_at IS NOT NULL")
        urgent = one("SELECT count(*) FROM events WHERE urgent")
        milestones = one("SELECT count(*) FROM milestones")
    assert isinstance(cases, int) and isinstance(at_three, int)
    assert 0.05 < at_three / cases < 0.2 and escalations == at_three
    assert {"declined", "connected", "lost"} <= steps
    assert steps & {"offered", "accepted", "appointment_made"}  # some still followed
    assert results == {None, "no_answer", "voicemail", "message_sent"}
    assert loose == 0  # an open step has its due date, a finished one none
    assert retries and urgent and milestones


def test_evaluation_and_care_of_the_supporters_hold_together(demo_vault: Vault) -> None:
    """Feedback after closing, surveys before and after, sessions, debriefs and reported
    encounters, each tied to what the demo's cases and contacts say (issue 24)."""

    def rows(sql: str) -> list[tuple[object, ...]]:
        with demo_vault.transaction() as session:
            return [tuple(r) for r in session.execute(text(sql))]

    # Invitations only for closed cases, after they closed; answers after the invitation.
    assert rows(
        "SELECT count(*) FROM feedback_invitations i JOIN cases c ON c.id = i.case_id "
        "WHERE c.status <> 'closed' OR i.invited_at < c.closed_at"
    ) == [(0,)]
    invited, answered = rows(
        "SELECT count(*), count(r.id) FROM feedback_invitations i "
        "LEFT JOIN feedback_responses r ON r.invitation_id = i.id"
    )[0]
    assert isinstance(invited, int) and isinstance(answered, int)
    assert invited > 50 and 0.25 < answered / invited < 0.65
    assert rows(
        "SELECT count(*) FROM feedback_responses r JOIN feedback_invitations i "
        "ON i.id = r.invitation_id WHERE r.answered_on < date(i.invited_at)"
    ) == [(0,)]
    # Two rounds in three units; the small unit's rounds are under the threshold.
    sizes = rows(
        "SELECT r.department_id, r.label, count(a.id) FROM survey_rounds r "
        "JOIN survey_responses a ON a.round_id = r.id GROUP BY r.id ORDER BY r.id"
    )
    assert [size for *_, size in sizes] == [24, 27, 19, 22, 7, 9]
    # Every kind of gathering, group ones crediting several; no one-to-one with two.
    kinds = dict(rows("SELECT kind, count(*) FROM debriefs GROUP BY kind"))
    assert set(kinds) == {"meeting", "group", "one_to_one"}
    assert rows(
        "SELECT count(*) FROM (SELECT d.id FROM debriefs d JOIN debrief_attendees a "
        "ON a.debrief_id = d.id WHERE d.kind = 'one_to_one' GROUP BY d.id HAVING count(*) > 1)"
    ) == [(0,)]
    # Intense encounters, some not yet followed by a debrief of their supporter.
    assert rows("SELECT count(*) > 0 FROM contacts WHERE intense") == [(1,)]
    # Confirmed encounters are their contacts; a few await the coordinator.
    assert rows(
        "SELECT count(*) FROM reported_encounters e JOIN contacts c ON c.id = e.contact_id "
        "WHERE e.state = 'confirmed' AND (c.case_id <> e.case_id "
        "OR c.duration_minutes <> e.minutes)"
    ) == [(0,)]
    assert rows("SELECT count(*) FROM reported_encounters WHERE state = 'waiting'")[0][0] in {
        1, 2, 3, 4,
    }  # fmt: skip
    # Sessions' attendance is the supporters' trainings; evaluations carry no supporter.
    assert rows("SELECT count(*) FROM training_sessions") == [(4,)]
    assert rows("SELECT count(*) > 0 FROM trainings WHERE session_id IS NOT NULL") == [(1,)]
    assert rows("SELECT count(*) > 0 FROM supporters WHERE capacity IS NULL") == [(1,)]
