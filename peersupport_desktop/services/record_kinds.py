"""Every kind of record a file can bring in, by the name the command line and the
watch folder know it by. Each kind's module is imported only when it is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from peersupport_desktop.core.record_layout import Layout
from peersupport_desktop.services.record_import import RecordKind, recognise
from peersupport_desktop.store.vault import Vault

# name -> the module whose KIND it is. Survey answers are not here: a round names its
# unit and instrument, which a file alone does not say (services/survey_answers.py).
_MODULES: dict[str, str] = {
    "supporters": "peersupport_desktop.services.roster_import",
    "feedback": "peersupport_desktop.services.feedback_import",
    "debriefs": "peersupport_desktop.services.debrief_import",
    "trainings": "peersupport_desktop.services.training_import",
    "training_evaluations": "peersupport_desktop.services.training_evaluation_import",
    "encounters": "peersupport_desktop.services.reported_encounters",
}

# The kinds a file dropped in the watch folder may be: what survey tools send nightly.
WATCHED: tuple[str, ...] = ("feedback", "encounters")


def kind_names() -> tuple[str, ...]:
    return tuple(_MODULES)


def record_kind(name: str) -> RecordKind:
    kind: RecordKind = importlib.import_module(_MODULES[name]).KIND
    return kind


def watched_kind(vault: Vault, headers: Sequence[str]) -> tuple[RecordKind, str] | None:
    """The watched kind whose standard columns or saved mapping the file's columns fit,
    with the source's name; None when none does."""
    for name in WATCHED:
        kind = record_kind(name)
        found = recognise(vault, kind.layout, headers)
        if found is not None:
            return kind, found[0]
    return None


def layouts() -> list[Layout]:
    return [record_kind(name).layout for name in _MODULES]
