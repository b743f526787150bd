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
from collections import Counter
from collections.abc import Mapping

from peersupport_desktop.core.svest import Instrument, needed

MIN_VARIED = 5  # items answered otherwise than the most common answer of their factor


def fingerprint(survey: Instrument, answers: Mapping[str, int]) -> str | None:
    """The response's item answers as one text, or None when they are too alike or too
    few to tell one person's from another's."""
    items = {item.key: answers[item.key] for item in survey.items if item.key in answers}
    if len(items) < needed(len(survey.items)):
        return None
    varied = 0
    for factor in survey.factors:
        values = [items[i.key] for i in survey.items_of(factor.key) if i.key in items]
        if values:
            varied += len(values) - Counter(values).most_common(1)[0][1]
    if varied < MIN_VARIED:
        return None
    return json.dumps(items, sort_keys=True)
