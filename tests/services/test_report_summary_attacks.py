"""Attacks on what the report's summary, trends and targets add: the same quarter a
year ago, a rate for each of eight quarters, a target met or not. Written as a hostile
reader holding every report published, with their own calculator (tests/attacker.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.reports.figure_text import Edition
from peersupport_desktop.services import settings, supporters
from peersupport_desktop.services.quarterly_reports import produce_report, publish_report
from peersupport_desktop.store.vault import Vault
from tests.attacker import Reader, protected
from tests.known_program import talk
from tests.pdf_text import chart_values, key_figure, lines_after, pages
from tests.services.test_disclosure_attacks import referrals

T = 11
Q3 = Quarter(2026, 3)


def published(vault: Vault, quarter: Quarter, as_of: dt.datetime) -> tuple[bytes, str]:
    """The leadership edition as saved (so logged), and its text."""
    report = produce_report(vault, quarter, Edition.LEADERSHIP, as_of=as_of)
    publish_report(vault, report, None)
    return report.pdf, "\n".join(pages(report.pdf))


def helper(vault: Vault) -> int:
    person = supporters.SupporterInput(
        name="Sam Helper", role="nurse", training_date=dt.date(2024, 1, 1), capacity=50
    )
    return supporters.add_supporter(vault, person).id


def reached_within_target(
    vault: Vault, quarter: Quarter, count: int, supporter: int, start: int = 0
) -> None:
    for n, case_id in enumerate(referrals(vault, quarter, count, start=start)):
        talk(vault, case_id, an_hour_after(quarter, start + n), 20, supporter)


def an_hour_after(quarter: Quarter, number: int) -> dt.datetime:
    """An hour after the referral ``referrals`` makes as its ``number``-th."""
    return quarter.starts + dt.timedelta(days=2 + number % 60, hours=10)


def test_the_same_quarter_a_year_ago_is_not_subtracted_from_last_years_report(
    vault: Vault,
) -> None:
    # 2025Q3 had 3 referrals. Last January's report of 2025Q4 showed 2025 to date and
    # 2025Q3 as its quarter before; this year's Q3 report shows 2025Q3 again, a year ago.
    for quarter in (Quarter(2025, 1), Quarter(2025, 2), Quarter(2025, 4), *Q3.back(3)):
        referrals(vault, quarter, 15)
    referrals(vault, Quarter(2025, 3), 3)
    reader = Reader()
    for quarter, as_of in ((Quarter(2025, 4), dt.datetime(2026, 1, 12, 9)),
                           (Q3, dt.datetime(2026, 10, 12, 9))):  # fmt: skip
        pdf, text = published(vault, quarter, as_of)
        now, before, year_ago, to_date = key_figure(text, "Referrals (new cases)")
        year = quarter.year
        reader.saw({str(quarter): 1}, now)
        reader.saw({str(quarter.previous()): 1}, before)
        reader.saw({str(quarter.back(5)[0]): 1}, year_ago)
        reader.saw({f"{year}Q{n}": 1 for n in range(1, quarter.number + 1)}, to_date)
        trend = [str(q) for q in quarter.back(8)]
        for name, value in chart_values(pdf, "Referrals", trend).items():
            reader.saw({name: 1}, value)
        if quarter == Q3:
            assert year_ago == "hidden"
    assert protected(reader.bounds({"2025Q3": 1}), T)


def test_a_trend_rate_does_not_give_a_few_missed_cases_away(vault: Vault) -> None:
    # 2026Q2: 15 referrals, 13 reached the same day, 2 never: 87% would pin the 2.
    someone = helper(vault)
    reached_within_target(vault, Quarter(2026, 1), 20, someone)
    ids = referrals(vault, Quarter(2026, 2), 15, start=100)
    for n, case_id in enumerate(ids[:13]):
        talk(vault, case_id, an_hour_after(Quarter(2026, 2), 100 + n), 20, someone)
    reached_within_target(vault, Q3, 20, someone, start=200)
    pdf, text = published(vault, Q3, dt.datetime(2026, 10, 12, 9))
    trend = [str(q) for q in Q3.back(8)]
    rates = chart_values(pdf, "Reached out to within 24 h", trend)
    counts = chart_values(pdf, "Referrals", trend)
    reader = Reader()
    reader.saw({"within": 1, "missed": 1}, counts["2026Q2"])  # granted: nobody late
    shown = [r for r in (rates.get("2026Q2"), key_figure(text, "Outreach within 24 h")[1])]
    for rate in shown:
        assert rate is not None
        if rate != "hidden":  # p - 0.5 <= 100 w / (w + m) < p + 0.5
            p = int(rate.rstrip("%"))
            reader.between({"within": 100 - (p - 0.5), "missed": -(p - 0.5)}, 0, float("inf"))
            reader.between({"within": 100 - (p + 0.5), "missed": -(p + 0.5)}, -float("inf"), -0.5)
    assert protected(reader.bounds({"missed": 1}), T)
    assert rates["2026Q3"] == "100%"  # the quarter itself is measured and shown


def test_a_target_is_not_judged_beside_a_hidden_rate(vault: Vault) -> None:
    current = settings.get_settings(vault)
    settings.update_settings(vault, dataclasses.replace(current, target_within_percent=80))
    ids = referrals(vault, Q3, 15)
    someone = helper(vault)
    for n, case_id in enumerate(ids[:13]):
        talk(vault, case_id, an_hour_after(Q3, n), 20, someone)
    _pdf, text = published(vault, Q3, dt.datetime(2026, 10, 12, 9))
    targets = text[text.index("\nTargets\n") :]
    row = lines_after(targets, "Reached out to within 24 h", 4)
    # "Not met" or "Met" would say on which side of 80% the hidden 87% lies.
    assert row[:2] == ["hidden", "80%"]
    assert "Met" not in " ".join(row) and "met" not in row[2]
