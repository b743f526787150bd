"""Page one of the quarterly report read back: the summary's figures are the key
figures, its arrows and sentences say what the figures say, and targets are judged
against the printed rate."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services import settings
from peersupport_desktop.services.quarterly_reports import report_pdf
from peersupport_desktop.store.vault import Vault
from tests.known_program import AS_OF, Q3, build_known_program
from tests.pdf_text import chart_values, key_figure, lines_after, pages

# The summary's rows, the key figure each repeats, and the sentence's subject.
ROWS = (
    ("Referrals (new cases)", "Referrals (new cases)", "Referrals"),
    ("People reached (a conversation)", "People reached (a conversation)", "People reached"),
    ("Reached out to within 24 h", "Outreach within 24 h", "Outreach within 24 h"),
    ("Acceptance rate", "Acceptance rate", "Acceptance"),
    ("Referred on to professional help", "Referred to resources",
     "Referrals on to professional help"),
    ("Active trained supporters", "Active trained supporters", "Active trained supporters"),
)  # fmt: skip


@pytest.fixture
def known(vault: Vault) -> Vault:
    build_known_program(vault)
    return vault


def flat(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(pages(pdf)))


def number(said: str) -> int | None:
    return int(said.rstrip("%").replace(",", "")) if re.fullmatch(r"[\d,]+%?", said) else None


def arrow(now: str, before: str) -> str:
    a, b = number(now), number(before)
    if a is None or b is None:
        return "–"
    if a == b:
        return "= same"
    points = " pts" if now.endswith("%") else ""
    return f"▲ +{a - b}{points}" if a > b else f"▼ −{b - a}{points}"


def sentence(subject: str, now: str, before: str, year_ago: str) -> str:
    """The sentence a reader expects from the three printed values."""
    ago = {"–": "nothing to measure"}.get(year_ago, year_ago)
    if now == "hidden":
        return f"{subject}: hidden this quarter, to protect small numbers."
    a, b = number(now), number(before)
    if b is None:
        absent = "hidden" if before == "hidden" else "nothing to measure"
        return f"{subject}: {now} this quarter, {absent} in Q2 2026 (Q3 2025: {ago})."
    assert a is not None
    if a == b:
        return f"{subject} stayed at {now}, as in Q2 2026 (Q3 2025: {ago})."
    verb = "rose" if a > b else "fell"
    return f"{subject} {verb} from {before} in Q2 2026 to {now} (Q3 2025: {ago})."


@pytest.mark.parametrize("edition", [Edition.INTERNAL, Edition.LEADERSHIP])
def test_the_summary_repeats_the_key_figures_with_arrows_and_sentences(
    known: Vault, edition: Edition
) -> None:
    pdf = report_pdf(known, Q3, edition, as_of=AS_OF)
    first = pages(pdf)[0]
    text = "\n".join(pages(pdf))
    assert lines_after(first, "Summary", 5) == ["Q3 2026", "Q2 2026", "Change", "Q3 2025", "Change"]
    said = flat(pdf)
    for row, key, subject in ROWS:
        now, before, year_ago, _year = key_figure(text, key)
        printed = lines_after(first, row, 5)
        assert printed == [now, before, arrow(now, before), year_ago, arrow(now, year_ago)], row
        assert sentence(subject, now, before, year_ago) in said, row
        assert "" not in printed  # never an empty cell


def test_the_internal_summary_of_the_known_program(known: Vault) -> None:
    said = flat(report_pdf(known, Q3, Edition.INTERNAL, as_of=AS_OF))
    for expected in (
        "Referrals rose from 1 in Q2 2026 to 4 (Q3 2025: 0).",
        "Outreach within 24 h fell from 100% in Q2 2026 to 25% (Q3 2025: nothing to measure).",
        "Acceptance rose from 0% in Q2 2026 to 67% (Q3 2025: nothing to measure).",
        "Active trained supporters stayed at 1, as in Q2 2026 (Q3 2025: 1).",
    ):
        assert expected in said


def test_the_leadership_summary_says_hidden_in_words(known: Vault) -> None:
    pdf = report_pdf(known, Q3, Edition.LEADERSHIP, as_of=AS_OF)
    assert "Referrals: hidden this quarter, to protect small numbers." in flat(pdf)
    assert "fewer than" not in pages(pdf)[0]  # hidden small and hidden protecting read alike


def test_targets_are_judged_on_the_printed_rate(known: Vault) -> None:
    current = settings.get_settings(known)
    settings.update_settings(
        known,
        dataclasses.replace(
            current, target_within_percent=25, target_acceptance_percent=70,
            target_refresher_percent=None,
        ),
    )  # fmt: skip
    pdf = report_pdf(known, Q3, Edition.INTERNAL, as_of=AS_OF)
    first = "\n".join(pages(pdf))
    targets = first[first.index("\nTargets\n") :]
    assert lines_after(targets, "Reached out to within 24 h", 3) == ["25%", "25%", "Met"]
    assert lines_after(targets, "Acceptance rate", 3) == ["67%", "70%", "Not met"]
    assert "current refresher" not in targets.split("A target is met")[0]  # no target set
    # The targets are drawn as lines on their trend charts.
    assert "target 25%" in flat(pdf) and "target 70%" in flat(pdf)


def test_no_targets_no_section(known: Vault) -> None:
    text = "\n".join(pages(report_pdf(known, Q3, Edition.INTERNAL, as_of=AS_OF)))
    assert "\nTargets\n" not in text and not re.search(r"target \d+%", text)


def test_the_trend_charts_print_the_key_figures_of_their_quarters(known: Vault) -> None:
    pdf = report_pdf(known, Q3, Edition.INTERNAL, as_of=AS_OF)
    text = "\n".join(pages(pdf))
    quarters = [str(q) for q in Q3.back(8)]
    referrals = chart_values(pdf, "Referrals", quarters)
    now, before, year_ago, _ = key_figure(text, "Referrals (new cases)")
    assert (referrals["2026Q3"], referrals["2026Q2"], referrals["2025Q3"]) == (
        now,
        before,
        year_ago,
    )
    within = chart_values(pdf, "Reached out to within 24 h", quarters)
    assert within["2026Q3"] == key_figure(text, "Outreach within 24 h")[0]
    assert "2025Q3" not in within  # nothing to measure: no point, no label


def test_refresher_currency_is_not_judged_for_a_quarter_long_past(known: Vault) -> None:
    # Due dates keep no history: a year on, today's would be taken for the quarter's.
    current = settings.get_settings(known)
    settings.update_settings(known, dataclasses.replace(current, target_refresher_percent=80))
    a_year_on = AS_OF + dt.timedelta(days=365)
    text = "\n".join(pages(report_pdf(known, Q3, Edition.INTERNAL, as_of=a_year_on)))
    targets = text[text.index("\nTargets\n") :]
    assert lines_after(targets, "Trained supporters with a current refresher", 3) == [
        "–", "80%", "not judged",
    ]  # fmt: skip
    soon = "\n".join(pages(report_pdf(known, Q3, Edition.INTERNAL, as_of=AS_OF)))
    assert lines_after(
        soon[soon.index("\nTargets\n") :], "Trained supporters with a current refresher", 3
    )[2] in ("Met", "Not met")
