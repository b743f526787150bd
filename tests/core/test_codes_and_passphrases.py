"""Glossary codes and the passphrase rules."""

from __future__ import annotations

import pytest

from peersupport_desktop.core.codes import ContactKind, EventType, ReferralSource, Role
from peersupport_desktop.core.passphrase_policy import MIN_LENGTH, evaluate, normalize


def test_codes_and_labels_follow_the_glossary() -> None:
    assert EventType.UNEXPECTED_DEATH.label == "Unexpected patient death"
    assert Role.APP.label == "Advanced practice provider"
    assert ReferralSource.CLAIMS_NOTICE.label == "Claims or board notice"
    assert len(EventType) == 11 and len(Role) == 6 and len(ReferralSource) == 8


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trainee", Role.TRAINEE),
        ("TRAINEE", Role.TRAINEE),
        ("Resident or fellow", Role.TRAINEE),
        ("  resident OR fellow ", Role.TRAINEE),
        ("app", Role.APP),
    ],
)
def test_parse_accepts_codes_and_labels_in_any_case(text: str, expected: Role) -> None:
    assert Role.parse(text) is expected


def test_parse_refuses_unknown() -> None:
    with pytest.raises(ValueError, match="not a known Role"):
        Role.parse("surgeon")


def test_only_an_attempt_does_not_reach_the_person() -> None:
    assert [k for k in ContactKind if not k.reaches_person] == [ContactKind.OUTREACH_ATTEMPT]


@pytest.mark.parametrize(
    "weak",
    [
        "short phrase",
        "passwordpassword",
        "123456789012345",
        "qwertyuiopasdfgh",
        "aaaaaaaaaaaaaaaaaaaa",
        "iloveyouiloveyou",
    ],
)
def test_weak_passphrases_are_refused(weak: str) -> None:
    verdict = evaluate(weak)
    assert not verdict.acceptable
    assert verdict.problem.endswith(".")


@pytest.mark.parametrize(
    "strong",
    [
        "autumn piano lantern river",
        "Ünïcödé pässphrase ✓ 日本語のことば",
        "seven brass lanterns over the marsh",
        "x" * 3 + " mellow giraffe juggling tangerines " + "y" * 40,
    ],
)
def test_long_unusual_passphrases_pass_without_composition_rules(strong: str) -> None:
    verdict = evaluate(strong)
    assert verdict.acceptable, verdict.problem
    assert verdict.score >= 3


def test_length_counts_characters_not_bytes() -> None:
    assert len("日本語のことばがすきです、はい") == MIN_LENGTH
    assert "at least" not in evaluate("日本語のことばがすきです、はい").problem


def test_at_least_64_characters_are_allowed() -> None:
    assert evaluate("plum " * 40).problem != ""  # repetitive: refused for guessability
    long_phrase = "the night nurse hums old sea shanties while charting vitals quietly"
    assert len(long_phrase) > 64
    assert evaluate(long_phrase).acceptable


def test_control_characters_are_refused() -> None:
    assert not evaluate("autumn piano\x00lantern river").acceptable


def test_context_words_weaken_a_passphrase() -> None:
    phrase = "mercyhospitalpeersupport"
    assert (
        evaluate(phrase, context=("mercy", "hospital", "peer", "support")).score
        <= evaluate(phrase).score
    )


def test_normalization_is_nfkc() -> None:
    assert normalize("cafe\u0301") == "café"
    assert normalize("ﬁne") == "fine"


def test_a_passphrase_a_standard_client_would_read_as_a_raw_key_is_refused() -> None:
    for raw in ("x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'",
                "X'walking quietly along the harbor wall'"):  # fmt: skip
        verdict = evaluate(raw)
        assert not verdict.acceptable and "raw key" in verdict.problem
    assert evaluate("we said x'marks the spot' by the old harbor wall").acceptable
