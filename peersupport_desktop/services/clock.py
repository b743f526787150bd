"""The one source of "now" for the services: local wall-clock time, whole seconds."""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)
