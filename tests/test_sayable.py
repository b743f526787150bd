"""One base class for the errors a person may read (core.sayable.Sayable): every error
the package defines derives from it, save the few that never reach a person, so the
window and the command line need no list of their own that could fall behind."""

from __future__ import annotations

import importlib
import pkgutil

import peersupport_desktop
from peersupport_desktop.cli import _FAILURES
from peersupport_desktop.core.sayable import Sayable

# Raised and caught inside one module, or a test's own failure: never shown.
INTERNAL = {
    "peersupport_desktop.core.event_notices._RowProblem",  # becomes a rejected row
    "peersupport_desktop.core.lifecycle.TransitionError",  # becomes InvalidInput
    "peersupport_desktop.core.feedback_codes.UnknownAnswer",  # becomes a rejected row
    "peersupport_desktop.core.yes_no.NotYesOrNo",  # becomes a rejected row
    "peersupport_desktop.services.feedback_import._Problem",  # becomes a rejected row
    "peersupport_desktop.cli.self_test.SelfTestFailed",  # the self-test's own report
}


def _package_errors() -> set[type[BaseException]]:
    found: set[type[BaseException]] = set()
    for info in pkgutil.walk_packages(peersupport_desktop.__path__, "peersupport_desktop."):
        if ".migrations" in info.name or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, BaseException)
                and value.__module__ == module.__name__
            ):
                found.add(value)
    return found


def test_every_error_the_package_defines_is_sayable_or_internal() -> None:
    errors = _package_errors()
    assert len(errors) > 20  # the walk found them
    named = {f"{kind.__module__}.{kind.__qualname__}": kind for kind in errors}
    assert set(named) >= INTERNAL
    not_sayable = {name for name, kind in named.items() if not issubclass(kind, Sayable)}
    assert not_sayable == INTERNAL


def test_the_command_line_maps_only_sayable_errors_to_exit_codes() -> None:
    assert all(issubclass(kind, Sayable) for kind, _ in _FAILURES)
