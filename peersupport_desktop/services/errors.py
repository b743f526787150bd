"""Errors a service raises for input a person can correct."""

from __future__ import annotations

from peersupport_desktop.core.sayable import Sayable


class InvalidInput(Sayable, ValueError):
    """One field's value is not acceptable; ``field`` names it so a form can show it there."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class NotFound(Sayable, LookupError):
    def __init__(self, kind: str, record_id: int) -> None:
        super().__init__(f"There is no {kind} with number {record_id}.")
        self.kind = kind
        self.record_id = record_id
