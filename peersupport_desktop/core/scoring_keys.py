"""A survey's scoring key as the program enters it from the authors' form: each item's
number, factor and whether it is reverse-worded; checked whole, and turned into the
instrument the vault then scores with.

A key must give each of the survey's items exactly once, and each of its factors at
least two items (a factor of one item has no reliability the sources could report).
The factors are the instrument's own: a key cannot add a factor or drop one, so
rounds scored before and after a key stay comparable factor by factor.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from peersupport_desktop.core.plurals import counted
from peersupport_desktop.core.sayable import Sayable
from peersupport_desktop.core.svest import Factor, Instrument, Item, item_key

FEWEST_ITEMS = 2  # a factor's, in a key


class KeyProblem(Sayable, ValueError):
    """The key as a whole cannot score the survey; said in one sentence."""


@dataclass(frozen=True, slots=True)
class KeyRow:
    number: int  # the item's place on the form
    factor: str  # a Factor's key
    reverse: bool


def _folded(text: str) -> str:
    """Case, hyphens, underscores and spacing folded: "Non-work-related support" and
    "nonwork related  support" are one name."""
    words = re.sub(r"[\s_\-]+", " ", text.casefold()).strip()
    return words.replace("nonwork", "non work")


def factor_named(survey: Instrument, text: str) -> Factor | None:
    """The survey's factor a key file names: by its key, the sources' name or the
    program's label; None when the survey has no such factor."""
    wanted = _folded(text)
    for factor in survey.factors:
        if wanted in {_folded(factor.key), _folded(factor.named), _folded(factor.label)}:
            return factor
    return None


def rows_of(survey: Instrument) -> tuple[KeyRow, ...]:
    """The key an instrument scores with, as rows (to list it, or compare two)."""
    return tuple(KeyRow(item.number, item.factor, item.reverse) for item in survey.items)


def check(survey: Instrument, rows: Sequence[KeyRow]) -> None:
    """KeyProblem unless every item is given once and every factor has enough items."""
    counts = Counter(row.number for row in rows)
    twice = sorted(number for number, count in counts.items() if count > 1)
    if twice:
        raise KeyProblem(
            f"The key gives {_numbers(twice)} more than once: each item must have one factor."
        )
    missing = sorted(set(range(1, len(survey.items) + 1)) - set(counts))
    if missing:
        raise KeyProblem(
            f"The key leaves out {_numbers(missing)}: it must give each of the "
            f"{survey.title}'s {len(survey.items)} items its factor."
        )
    per_factor = Counter(row.factor for row in rows)
    for factor in survey.factors:
        if per_factor[factor.key] < FEWEST_ITEMS:
            has = counted(per_factor[factor.key], "item")
            raise KeyProblem(
                f"The key gives '{factor.named}' {has}: each of the survey's factors needs "
                f"at least {FEWEST_ITEMS}."
            )


def _numbers(numbers: Sequence[int]) -> str:
    said = ", ".join(str(n) for n in numbers[:10]) + (", …" if len(numbers) > 10 else "")
    return f"item{'s' if len(numbers) > 1 else ''} {said}"


def keyed(survey: Instrument, rows: Sequence[KeyRow]) -> Instrument:
    """The survey scored with the program's key (checked first): settled, as the key is
    the authors' form's own. Items are labelled by factor, their wording being the
    authors'."""
    check(survey, rows)
    names = {factor.key: factor.named for factor in survey.factors}
    items = tuple(
        Item(
            item_key(survey.code, row.number),
            row.number,
            row.factor,
            row.reverse,
            names[row.factor],
        )
        for row in sorted(rows, key=lambda row: row.number)
    )
    return Instrument(
        survey.code,
        survey.name,
        survey.title,
        "the program's scoring key, entered from the authors' form",
        survey.factors,
        items,
        survey.support,
        settled=True,
    )
