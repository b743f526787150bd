"""The records export: one row per case for program evaluation, only allowed fields,
k-anonymous on period, role, department, event type and referral source (k never
below the small-number threshold), sensitive columns banded and l-diverse, under
pseudonyms drawn afresh for each export. What the rows add up to is checked, with
every earlier publication of the same periods, by the disclosure check; where a
reader could work out a hidden count, the rows are generalised further."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import secrets
import typing
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    SQLColumnExpression,
    String,
    cast,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy import case as sql_case
from sqlalchemy.orm import Session

from peersupport_desktop.core import k_anonymity, record_bands
from peersupport_desktop.core.codes import CaseStatus
from peersupport_desktop.core.disclosure.model import Cell as ModelCell
from peersupport_desktop.core.disclosure.model import CellKind, Publication, Terms
from peersupport_desktop.core.disclosure.program_model import (
    ProgramModel,
    Span,
    Timing,
    group_departments,
)
from peersupport_desktop.core.export_table import Cell, ExportKind, ExportTable, Granularity
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.services.departments import publishing
from peersupport_desktop.services.export_fields import fields_of
from peersupport_desktop.services.export_request import (
    NEVER_EXPORTED,
    ExportRequest,
    dates_rule,
    in_progress,
    summary_periods,
)
from peersupport_desktop.services.figures import NO_DEPARTMENT
from peersupport_desktop.services.publication_log import earlier_publications, exposed
from peersupport_desktop.store.models import Case, Clinician, Contact, Department, Event
from peersupport_desktop.store.vault import Vault

HOUR_MS = 3_600_000
DAY_MS = 86_400_000
QUASI = ("role", "department", "event_type", "referral_source")  # beside the period


@dataclass(frozen=True, slots=True)
class CountedColumn:
    """A sensitive column whose answers, counted, are program figures a summary hides
    when small: the rows saying 'yes' to within target are the cases reached within
    it. Such counts go into the check; where they would give a hidden figure away,
    the column is not shown."""

    name: str
    answers: tuple[tuple[Callable[[Any], bool], tuple[str, ...]], ...]


COUNTED = (
    CountedColumn(
        "outreach_within_target",
        (
            (lambda v: v == 1, ("within_target",)),
            (lambda v: v == 0, ("late_outreach", "missed_without_outreach")),
            (lambda v: v is None, ("pending_outreach",)),
        ),
    ),
    # These two are counted by whether there was any outreach at all.
    CountedColumn(
        "hours_to_first_outreach",
        (
            (lambda reached_out: reached_out, ("within_target", "late_outreach")),
            (lambda reached_out: not reached_out, ("missed_without_outreach", "pending_outreach")),
        ),
    ),
    CountedColumn(
        "contacts",
        (
            (lambda contacted: contacted, ("within_target", "late_outreach")),
            (lambda contacted: not contacted, ("missed_without_outreach", "pending_outreach")),
        ),
    ),
)
# Which counted columns to show, tried in turn: all, then fewer and fewer.
CHOICES = tuple(
    columns
    for size in range(len(COUNTED), -1, -1)
    for columns in itertools.combinations(COUNTED, size)
)


def records_table(
    vault: Vault, request: ExportRequest, threshold: int, moment: dt.datetime
) -> ExportTable:
    """One row per case, k-anonymous and l-diverse, under fresh pseudonyms, proven
    together with every earlier publication of these periods."""
    quarters = sorted(set(request.quarters))
    by_year = request.granularity is Granularity.YEAR
    if by_year:
        summary_periods(quarters, request.granularity)  # the same rule: no gap in a year
    k = request.k or threshold
    with vault.reading() as session:
        found = _case_rows(session, quarters, moment)
    # The period a row starts from: its quarter, or its year when years were asked for.
    identifiers = [(row[1] if by_year else row[0], *row[1:6]) for row in found]
    profiles = _profiles(found, identifiers)
    departments = _department_labels(vault, found, k)
    model = _model(profiles)
    history = earlier_publications(vault, [str(q) for q in quarters])
    choice = _least_generalised(identifiers, profiles, model, k, threshold, history, departments)
    anonymous, publication = choice.anonymous, choice.publication
    hidden_columns = choice.withheld
    kept = [(shown, row) for shown, row in zip(anonymous.rows, found, strict=True) if shown]
    raw = [row[6:] for _, row in kept]
    diverse = record_bands.diversify(
        [shown.key for shown, _ in kept],
        raw,
        withheld={column.name for column in hidden_columns},
    )
    # Grouped by what a reader compares, and within a group by pseudonym, which is
    # random: the order the vault holds cases in (by referral) must not show.
    groups: dict[k_anonymity.QuasiIdentifiers, list[tuple[Cell, ...]]] = {}
    banded = diverse.table(raw)
    for name, (shown, _row), values in zip(_pseudonyms(len(kept)), kept, banded, strict=True):
        groups.setdefault(shown, []).append((name, *shown.key, *values))
    rows: list[tuple[Cell, ...]] = []
    for shown in sorted(groups, key=lambda combination: combination.key):
        rows += sorted(groups[shown])  # pseudonyms are unique: only they are compared
    return ExportTable(
        kind=ExportKind.RECORDS,
        fields=fields_of(ExportKind.RECORDS),
        rows=tuple(rows),
        rules=_rules(request, choice, diverse, len(history)) + in_progress(quarters, moment),
        periods=tuple(str(q) for q in quarters),
        threshold=threshold,
        k=anonymous.k,
        k_achieved=anonymous.achieved,
        publication=publication,
    )


def _department_labels(vault: Vault, found: Sequence[tuple[Any, ...]], k: int) -> dict[str, str]:
    """What each department is shown as: itself, its service line, or 'other
    departments' (the program's list, and fewer than k rows, decide)."""
    named, lines = publishing(vault)
    counts = Counter(row[3] for row in found)
    named = named | {NO_DEPARTMENT}  # "(no department)" names nobody
    groups = group_departments(counts, k, k_anonymity.OTHER_DEPARTMENTS, named, lines)
    return {member: label for label, members in groups.items() for member in members}


@dataclass(frozen=True, slots=True)
class _Choice:
    """The rows' generalisation and the counted columns shown, as checked."""

    anonymous: k_anonymity.KAnonymous
    publication: Publication
    columns: tuple[CountedColumn, ...]  # the counted columns shown
    refused: bool = False  # nothing published: any rows would give a hidden count away

    @property
    def withheld(self) -> list[CountedColumn]:
        return [column for column in COUNTED if column not in self.columns]


def _least_generalised(
    identifiers: Sequence[tuple[str, ...]],
    profiles: Counter[tuple[Any, ...]],
    model: ProgramModel,
    k: int,
    threshold: int,
    history: Sequence[Publication],
    departments: dict[str, str],
) -> _Choice:
    """The first step of the ladder, and the most counted columns, at which what the
    rows add up to lets a reader holding the earlier publications work out nothing
    new; at the ladder's end, nothing."""
    before = exposed(history, threshold)
    at_least = 0
    while True:
        trial = k_anonymity.anonymize(identifiers, k, at_least=at_least, departments=departments)
        counts = _Counts.of(profiles, trial)
        # A counted column goes before any detail of the identifiers does.
        for columns in CHOICES:
            candidate = _publication(model, counts, threshold, columns)
            if exposed([candidate, *history], threshold) <= before:
                return _Choice(trial, candidate, columns)
        if at_least >= len(k_anonymity.LADDER):
            nothing = _nothing(trial)
            empty = _publication(model, _Counts.of(profiles, nothing), threshold, ())
            return _Choice(nothing, empty, (), refused=True)
        at_least = max(at_least, len(trial.steps)) + 1


def _nothing(anonymous: k_anonymity.KAnonymous) -> k_anonymity.KAnonymous:
    return dataclasses.replace(
        anonymous,
        rows=tuple(None for _ in anonymous.rows),
        achieved=None,
        periods_left_out=True,
        published=dict.fromkeys(anonymous.published),
    )


@dataclass(frozen=True, slots=True)
class _Counts:
    """What a reader counts in the rows: each published period's quarters, the
    categories behind each value shown, and how many rows give each answer of a
    counted column."""

    quarters: dict[str, set[str]]
    members: dict[tuple[str, str, str], set[str]]
    answers: dict[tuple[str, str, int], int]

    @classmethod
    def of(cls, profiles: Counter[tuple[Any, ...]], anonymous: k_anonymity.KAnonymous) -> _Counts:
        quarters: dict[str, set[str]] = defaultdict(set)
        members: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        for identifiers, shown in anonymous.published.items():
            if shown is not None:
                for index, dimension in enumerate(QUASI):
                    members[(shown.period, dimension, shown[index + 2])].add(identifiers[index + 2])
        # Each answer of each counted column, by published period.
        given: Counter[tuple[str, int, Any]] = Counter()
        for (identifiers, quarter, *values), n in profiles.items():
            shown = anonymous.published[identifiers]
            if shown is not None:
                quarters[shown.period].add(quarter)
                for index, value in enumerate(values):
                    given[(shown.period, index, value)] += n
        answers: dict[tuple[str, str, int], int] = defaultdict(int)
        for (period, index, value), n in given.items():
            column = COUNTED[index]
            for number, (says, _figures) in enumerate(column.answers):
                if says(value):
                    answers[(period, column.name, number)] += n
        return cls(quarters, members, answers)


def _profiles(
    found: Sequence[tuple[Any, ...]], identifiers: Sequence[tuple[str, ...]]
) -> Counter[tuple[Any, ...]]:
    """Rows alike in all a reader counts (identifiers, quarter, the counted columns'
    answers), with how many: far fewer than a large program's cases."""
    return Counter(
        (ident, row[0], row[8], row[7] is not None, row[9] > 0)
        for ident, row in zip(identifiers, found, strict=True)
    )


def _model(profiles: Counter[tuple[Any, ...]]) -> ProgramModel:
    """The program's counts as far as these rows tell them: each quarter's referrals,
    split each way, and when their outreach came (the same counts, for the same cases,
    as the summary's; the check matches them up)."""
    splits: dict[str, dict[str, Counter[str]]] = defaultdict(
        lambda: {dimension: Counter() for dimension in QUASI}
    )
    timing: dict[str, Counter[str]] = defaultdict(Counter)
    for (identifiers, quarter, within, reached_out, _contacted), n in profiles.items():
        for index, dimension in enumerate(QUASI):
            splits[quarter][dimension][identifiers[index + 2]] += n
        answer = (
            "pending" if within is None
            else "within" if within
            else "late" if reached_out
            else "missed"
        )  # fmt: skip
        timing[quarter][answer] += n
    model = ProgramModel()
    for quarter in sorted(splits):
        t = timing[quarter]
        model.add_referrals(
            quarter, splits[quarter], Timing(t["within"], t["late"], t["missed"], t["pending"])
        )
    return model


def _publication(
    model: ProgramModel, counts: _Counts, threshold: int, counted: Sequence[CountedColumn]
) -> Publication:
    """What the rows tell a reader who counts them: each period's rows, and for each
    identifier the rows of each value shown (a group's members are the categories
    folded into it)."""
    cells: list[ModelCell] = []

    def count(key: tuple[str, str, str, str], terms: Terms) -> None:
        cells.append(ModelCell(key, CellKind.COUNT, terms))

    for period, quarters_in in counts.quarters.items():
        span = Span(tuple(sorted(quarters_in)))
        count((period, "rows", "program", "all"), model.added(span, "referrals"))
        for (shown_period, dimension, value), categories in sorted(counts.members.items()):
            if shown_period == period:
                terms = tuple(
                    t
                    for c in sorted(categories)
                    for t in model.added(span, "referrals", dimension, c)
                )
                count((period, "rows", dimension, value), terms)
        for column in counted:
            for number, (_says, figures) in enumerate(column.answers):
                terms = tuple(t for f in figures for t in model.added(span, f))
                rows = counts.answers.get((period, column.name, number), 0)
                if model.truth(terms) == rows:  # the same cases, as a reader would assume
                    count((period, "rows", column.name, str(number)), terms)
    return Publication(
        name="records",
        threshold=threshold,
        variables=dict(model.variables),
        relations=model.checked_relations(),
        cells=tuple(cells),
    )


def _case_rows(
    session: Session, quarters: list[Quarter], moment: dt.datetime
) -> Sequence[tuple[Any, ...]]:
    """(quarter, year, role, department, event type, source, closed, hours, within,
    contacts, days to close, reopened) per case."""
    # Stored as 'YYYY-MM-DD HH:MM:SS.ffffff' (SQLAlchemy's SQLite DATETIME), so the
    # year and month are fixed slices: cheaper than parsing each date.
    year = func.substr(Case.referred_at, 1, 4)
    month = cast(func.substr(Case.referred_at, 6, 2), Integer)
    quarter = year + "Q" + cast((month + 2) // 3, String)
    contacts = select(Contact.case_id, func.count().label("n")).group_by(Contact.case_id).subquery()
    first, due = Case.first_outreach_at, Case.outreach_due_at
    # Worked out by SQLite, not row by row in Python: the export of a large vault
    # stays within its few seconds. Codes come back as the stored text.
    query = (
        select(
            quarter,
            year,
            type_coerce(Clinician.role, String),
            func.coalesce(Department.name, NO_DEPARTMENT),
            Event.event_type,
            type_coerce(Case.referral_source, String),
            sql_case((Case.status == CaseStatus.CLOSED, 1), else_=0),
            _whole_units(first, Case.referred_at, HOUR_MS),
            sql_case(
                (first.is_not(None), sql_case((first <= due, 1), else_=0)),
                (due < moment, 0),
                else_=None,
            ),
            func.coalesce(contacts.c.n, 0),
            _whole_units(Case.closed_at, Case.referred_at, DAY_MS),
            sql_case((Case.reopened_count > 0, 1), else_=0),
        )
        .join(Clinician, Clinician.id == Case.clinician_id)
        .outerjoin(Department, Department.id == Clinician.department_id)
        .join(Event, Event.id == Case.event_id)
        .outerjoin(contacts, contacts.c.case_id == Case.id)
        .where(
            or_(*(Case.referred_at.between(start, end) for start, end in _ranges(quarters))),
            Case.referred_at <= moment,
        )
    )
    # Rows behave as tuples; typed as such for the slicing that follows.
    return typing.cast(Sequence[tuple[Any, ...]], session.connection().execute(query).all())


def _rules(
    request: ExportRequest, choice: _Choice, diverse: record_bands.Diverse, earlier: int
) -> tuple[str, ...]:
    anonymous, k = choice.anonymous, choice.anonymous.k
    if choice.refused:
        crowd = (
            "No row is published: beside the earlier reports and exports of these periods, "
            "any rows would give a hidden count away (cases entered since, say). Share the "
            "earlier export instead, or wait until the change reaches the threshold."
        )
    elif anonymous.achieved is None:
        crowd = f"No combination reached {k} rows, so no row is published."
    else:
        crowd = (
            f"Every combination of period, role, department, event type and referral source "
            f"holds at least {k} rows (k = {k}, never below the small-number threshold; the "
            f"smallest holds {anonymous.achieved})."
        )
    rules = [
        "One row per case, under a random pseudonym drawn for this export only: it links to "
        "no other export and to nothing in the program's records. Rows are in no "
        "meaningful order.",
        dates_rule(
            Granularity.YEAR if k_anonymity.YEARS_STEP in anonymous.steps else request.granularity,
            "Each row gives",
        ),
        crowd,
    ]
    if anonymous.steps:
        rules.append("To reach it: " + "; ".join(anonymous.steps) + ".")
    rules.append(
        "No single row is left out (a reader could find it by subtracting from a summary); "
        "a period whose cases cannot reach k together publishes no rows at all."
    )
    rules.append(
        "Hours, days and contacts are given in bands; status says only open or closed. "
        f"Within every combination each column holds at least {record_bands.L_DIVERSITY} "
        "different values, coarser bands being used where needed."
    )
    if choice.withheld and not choice.refused:
        names = ", ".join(column.name.replace("_", " ") for column in choice.withheld)
        rules.append(
            f"Not shown: {names}. Counted, together with what was published about these "
            "periods, it would give a hidden figure away."
        )
    if dropped := diverse.dropped():
        rules.append(
            "Not shown, as some combination had the same value in every row: "
            + ", ".join(name.replace("_", " ") for name in dropped)
            + "."
        )
    if earlier:
        rules.append(
            f"Checked with the {earlier} earlier publication(s) of these periods: what the "
            "rows add up to gives no hidden count away."
        )
    rules.append(NEVER_EXPORTED[:-1] + ", nor outcomes or decisions about resources.")
    return tuple(rules)


def _ranges(quarters: list[Quarter]) -> list[tuple[dt.datetime, dt.datetime]]:
    """Consecutive quarters as one closed range each (the last microsecond included)."""
    ranges: list[tuple[dt.datetime, dt.datetime]] = []
    for quarter in quarters:
        if ranges and ranges[-1][1] + dt.timedelta(microseconds=1) == quarter.starts:
            ranges[-1] = (ranges[-1][0], quarter.ends - dt.timedelta(microseconds=1))
        else:
            ranges.append((quarter.starts, quarter.ends - dt.timedelta(microseconds=1)))
    return ranges


def _whole_units(
    later: SQLColumnExpression[dt.datetime | None],
    earlier: SQLColumnExpression[dt.datetime],
    unit_ms: int,
) -> ColumnElement[int]:
    """Whole hours or days between two times, rounded down; NULL when ``later`` is."""
    days = func.julianday(later) - func.julianday(earlier)
    milliseconds = cast(func.round(days * DAY_MS), Integer)  # exact, unlike a float's floor
    return func.max(0, milliseconds // unit_ms)


def _pseudonyms(count: int) -> list[str]:
    """Fresh random names, unique within the export; 64 bits each, so two exports of
    the same program share none (and none says anything about the case)."""
    while True:
        drawn = secrets.token_bytes(8 * count).hex()
        names = [drawn[i : i + 16] for i in range(0, len(drawn), 16)]
        if len(set(names)) == count:  # a repeat is vanishingly rare: draw all again
            return names
