"""Tiers of support: a case moves up or down with a reason and a date, each move kept."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from peersupport_desktop.core import tiers as tier_words
from peersupport_desktop.core.codes import ContactKind, Outcome, TierReason
from peersupport_desktop.services import audit, cases, contacts, retention, settings, tiers
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store.vault import Vault
from tests.services.test_services import REFERRED, contact, referral


def test_a_new_case_is_at_tier_2_with_no_moves(vault: Vault) -> None:
    case = referral(vault)
    history = tiers.tier_history(vault, case.id)
    assert (history.tier, history.highest_tier, history.moves) == (2, 2, ())
    assert history.label == "Tier 2: a trained peer supporter" == tier_words.LABELS[2]
    assert history.reference == case.reference


def test_moves_are_kept_in_order_and_the_highest_tier_stays(vault: Vault) -> None:
    case = referral(vault)
    up = REFERRED + dt.timedelta(days=2)
    down = REFERRED + dt.timedelta(days=20)
    tiers.move_tier(vault, case.id, 3, TierReason.DISTRESS_PERSISTS, up)
    # A label is as good as a code (the command line passes either).
    history = tiers.move_tier(vault, case.id, 1, "Improving", down)
    assert (history.tier, history.highest_tier) == (1, 3)
    assert [(m.from_tier, m.to_tier, m.reason, m.changed_at) for m in history.moves] == [
        (2, 3, TierReason.DISTRESS_PERSISTS, up),
        (3, 1, TierReason.IMPROVING, down),
    ]
    assert history.moves[0].up and not history.moves[1].up
    assert tiers.tier_history(vault, case.id) == history
    assert [e.action for e in audit.entries(vault)].count("case.tier") == 2


@pytest.mark.parametrize(
    ("to_tier", "reason", "at", "sentence"),
    [
        (2, "asked", REFERRED + dt.timedelta(days=1), "The case is at Tier 2 already."),
        (4, "asked", REFERRED + dt.timedelta(days=1), "The tier is 1, 2 or 3."),
        (0, "asked", REFERRED + dt.timedelta(days=1), "The tier is 1, 2 or 3."),
        (3, "whim", REFERRED + dt.timedelta(days=1), "'whim' is not one of"),
        (3, "asked", REFERRED - dt.timedelta(minutes=1), "cannot change before the referral"),
        (3, "asked", dt.datetime.now() + dt.timedelta(days=1), "cannot be dated in the future"),
    ],
)
def test_a_bad_move_is_refused_in_one_sentence(
    vault: Vault, to_tier: int, reason: str, at: dt.datetime, sentence: str
) -> None:
    case = referral(vault)
    with pytest.raises(InvalidInput, match=sentence.replace(".", r"\.")):
        tiers.move_tier(vault, case.id, to_tier, reason, at)
    history = tiers.tier_history(vault, case.id)
    assert (history.tier, history.highest_tier, history.moves) == (2, 2, ())
    assert "case.tier" not in {e.action for e in audit.entries(vault)}


def test_a_move_never_comes_before_the_last_one(vault: Vault) -> None:
    case = referral(vault)
    tiers.move_tier(vault, case.id, 3, "safety", REFERRED + dt.timedelta(days=5))
    with pytest.raises(InvalidInput, match="before the case's last one"):
        tiers.move_tier(vault, case.id, 2, "improving", REFERRED + dt.timedelta(days=4))
    assert tiers.tier_history(vault, case.id).tier == 3


def test_a_closed_case_keeps_its_tier_until_reopened(vault: Vault) -> None:
    case = referral(vault)
    contacts.log_contact(vault, case.id, contact(ContactKind.CONVERSATION, 2))
    cases.close_case(vault, case.id, Outcome.SUPPORTED, REFERRED + dt.timedelta(days=3))
    with pytest.raises(InvalidInput, match="The case is closed: reopen it"):
        tiers.move_tier(vault, case.id, 3, "asked", REFERRED + dt.timedelta(days=4))
    cases.reopen_case(vault, case.id, REFERRED + dt.timedelta(days=5))
    assert tiers.move_tier(vault, case.id, 3, "asked", REFERRED + dt.timedelta(days=6)).tier == 3


def test_a_de_identified_case_keeps_its_tier(vault: Vault) -> None:
    case = referral(vault)
    contacts.log_contact(vault, case.id, contact(ContactKind.CONVERSATION, 2))
    cases.close_case(vault, case.id, Outcome.SUPPORTED, REFERRED + dt.timedelta(days=3))
    settings.change_settings(vault, retention_months=1)
    assert retention.deidentify_past_retention(vault, dt.date(2026, 11, 1)) == 1
    with pytest.raises(
        InvalidInput, match=re.escape("A de-identified case keeps the tier it had.")
    ):
        tiers.move_tier(vault, case.id, 3, "asked", REFERRED + dt.timedelta(days=4))
