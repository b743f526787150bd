"""How a survey response is recognised when a file brings it again, with nothing of
who gave it: by its answers to the items.

Two people giving the same answers to every item they answered is unlikely only when
the answers are varied. A response is compared when it answers at least half the
items and at least ``MIN_VARIED`` of them differ from its most common answer; answers
straight-lined or nearly so ("3" throughout), or too sparse, are alike across people
and are never compared (two units' files may each hold one). The desired-support
options are left out: a file exported without them is the same responses.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping

from peersupport_desktop.core.svest import Instrument, needed

MIN_VARIED = 5  # items answered otherwise than the response's most common answer


def fingerprint(survey: Instrument, answers: Mapping[str, int]) -> str | None:
    """The response's item answers as one text, or None when they are too alike or too
    few to tell one person's from another's."""
    items = {item.key: answers[item.key] for item in survey.items if item.key in answers}
    if len(items) < needed(len(survey.items)):
        return None
    most = Counter(items.values()).most_common(1)[0][1]
    if len(items) - most < MIN_VARIED:
        return None
    return json.dumps(items, sort_keys=True)
