"""When a supporter has gone too long without a debrief or a supporters' meeting: the
one rule the debrief log's list and the load view both say, and the one sentence each
says of the paused supporters that rule leaves out."""

from __future__ import annotations

import datetime as dt

from peersupport_desktop.core.codes import SupporterStatus
from peersupport_desktop.core.plurals import counted


def days_without_debrief(
    every: int | None,
    status: SupporterStatus,
    last: dt.date | None,
    trained: dt.date | None,
    joined: dt.date,
    today: dt.date,
) -> int | None:
    """Days since an active supporter's latest debrief (or, with none since their
    training, since they were trained or joined) when more than the program's interval
    ``every``; else None (and always None with the interval off)."""
    if every is None or status is not SupporterStatus.ACTIVE:
        return None
    if last is not None and trained is not None and last < trained:
        last = None  # a debrief before their training does not count
    days = (today - (last or trained or joined)).days
    return days if days > every else None


def paused_left_out(paused: int) -> str:
    """Said wherever supporters due a debrief are listed: a paused supporter is never
    listed (a break, not a lapse), and the coordinator should not think them forgotten.
    "" when none is paused."""
    if not paused:
        return ""
    verb = "is" if paused == 1 else "are"
    return f"{counted(paused, 'paused supporter')} {verb} not listed as due a debrief."
