"""How a survey response is recognised when a file brings it again, with nothing of
who gave it: by its answers to the items.

Two people giving the same answers to every item they answered is unlikely only when
the answers are varied. A response is compared when it answers at least half the
items and at least ``MIN_VARIED`` of them differ from the most common answer within
their own factor. Answers straight-lined overall ("3" throughout) or section by
section (1 on every distress item, 4 on every support item: staff with no event to
speak of, often the same in every round), or too sparse, are alike across people and
are never compared. The desired-support options are left out: a file exported
without them holds the same responses.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache

from peersupport_desktop.core.svest import Instrument, needed

MIN_VARIED = 5  # items answered otherwise than the most common answer of their factor


def fingerprint(survey: Instrument, answers: Mapping[str, int]) -> str | None:
    """The response's item answers as one text, or None when they are too alike or too
    few to tell one person's from another's."""
    groups = _factor_items(survey)
    items = {key: answers[key] for keys in groups for key in keys if key in answers}
    if len(items) < needed(len(survey.items)):
        return None
    varied = 0
    for keys in groups:
        values = [items[key] for key in keys if key in items]
        if values:
            varied += len(values) - max(map(values.count, set(values)))
    if varied < MIN_VARIED:
        return None
    return json.dumps(items, sort_keys=True, separators=(",", ":"))


@cache
def _factor_items(survey: Instrument) -> tuple[tuple[str, ...], ...]:
    """Each factor's item keys, worked out once per key (every stored response is
    fingerprinted at each import)."""
    return tuple(tuple(i.key for i in survey.items_of(f.key)) for f in survey.factors)
