"""The report's count of cases by the highest tier of support reached, and referrals
on followed until connected: checked by hand, and attacked as a hostile reader."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from peersupport_desktop.core.codes import ReferralStep
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services import supporters
from peersupport_desktop.services.quarterly_reports import report_pdf
from peersupport_desktop.store.models import Case, ResourceOffer
from peersupport_desktop.store.vault import Vault
from tests.attacker import Reader, protected
from tests.known_program import AS_OF, Q3, build_known_program, refer, talk
from tests.pdf_text import key_figure, pages, section
from tests.services.test_disclosure_attacks import referrals

T = 11


def reach_tier(vault: Vault, case_ids: list[int], tier: int) -> None:
    """Cases whose support reached ``tier`` (as the tier service leaves them)."""
    with vault.transaction() as session:
        session.execute(
            update(Case).where(Case.id.in_(case_ids)).values(tier=tier, highest_tier=tier)
        )


def test_the_known_program_by_highest_tier_and_connected(vault: Vault) -> None:
    build_known_program(vault)
    with vault.reading() as session:
        rows = session.execute(select(Case.id, Case.referred_at).order_by(Case.id)).all()
    q3 = [case_id for case_id, at in rows if Q3.starts <= at < Q3.ends]
    reach_tier(vault, q3[:1], 3)
    reach_tier(vault, q3[1:2], 1)
    with vault.transaction() as session:
        session.execute(
            update(ResourceOffer)
            .where(ResourceOffer.accepted.is_(True))
            .values(step=ReferralStep.CONNECTED, connected_at=dt.datetime(2026, 9, 1, 9))
        )
    pdf = report_pdf(vault, Q3, Edition.INTERNAL, as_of=AS_OF)
    text = "\n".join(pages(pdf))
    assert section(text, "By highest tier of support reached") == {
        "Tier 1: local, unit-based support": "1",
        "Tier 2: a trained peer supporter": "2",
        "Tier 3: professional help": "1",
        "Total": "4",
    }
    assert key_figure(text, "… connected") == ["1", "0", "0", "1"]
    flat = " ".join(text.split())
    assert "about 30% at tier 2 (Scott et al.)" in flat  # the internal edition's reference
    assert "Tier 2: a trained peer supporter 50%" in flat  # its share, beside the line


def test_a_few_cases_at_tier_three_cannot_be_subtracted(vault: Vault) -> None:
    ids = referrals(vault, Q3, 30)
    reach_tier(vault, ids[:3], 3)
    text = "\n".join(pages(report_pdf(vault, Q3, Edition.LEADERSHIP, as_of=AS_OF)))
    tiers = section(text, "By highest tier of support reached")
    assert "Tier 3: professional help" not in tiers  # grouped, never named when small
    reader = Reader()
    reader.saw({"tier2": 1, "tier3": 1}, key_figure(text, "Referrals (new cases)")[0])
    reader.saw({"tier2": 1, "tier3": 1}, tiers["Total"])
    reader.saw({"tier2": 1}, tiers.get("Tier 2: a trained peer supporter", "hidden"))
    reader.saw({"tier3": 1}, tiers.get("Other tiers", "hidden"))
    assert protected(reader.bounds({"tier3": 1}), T)
    assert "Scott et al." not in text  # the reference is the internal edition's


def test_each_case_is_measured_against_its_own_target(vault: Vault) -> None:
    """By hand: an urgent case reached after 45 minutes missed its 30; an ordinary one
    reached after 5 hours made its 24; so outreach within target is 50%."""
    someone = supporters.add_supporter(
        vault, supporters.SupporterInput(name="Sam Helper", role="nurse")
    ).id
    referred = dt.datetime(2026, 8, 4, 9)
    urgent = refer(vault, referred, "Ari Urgent", "nurse", "ICU", event_type="unexpected_death",
                   urgent=True)  # fmt: skip
    ordinary = refer(vault, referred, "Bea Usual", "nurse", "ICU", event_type="trauma")
    talk(vault, urgent.id, referred + dt.timedelta(minutes=45), 20, someone)
    talk(vault, ordinary.id, referred + dt.timedelta(hours=5), 20, someone)
    text = "\n".join(pages(report_pdf(vault, Q3, Edition.INTERNAL, as_of=AS_OF)))
    assert key_figure(text, "Outreach within 24 h")[0] == "50%"
    assert "an urgent event's cases within its own target (30 minutes)" in " ".join(text.split())
