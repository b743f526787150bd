"""Field checks shared by the services; each failure names its field."""

from __future__ import annotations

import re
from typing import TypeVar

from peersupport_desktop.core.codes import LabelledCode
from peersupport_desktop.core.languages import language_code
from peersupport_desktop.services.errors import InvalidInput

C = TypeVar("C", bound=LabelledCode)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def required_text(field: str, value: str | None, *, max_length: int, what: str) -> str:
    clean = " ".join((value or "").split())
    if not clean:
        raise InvalidInput(field, f"{what} is required.")
    return optional_text(field, clean, max_length=max_length, what=what) or clean


def optional_text(field: str, value: str | None, *, max_length: int, what: str) -> str | None:
    if value is None:
        return None
    clean = value.strip()
    if not clean:
        return None
    if len(clean) > max_length:
        raise InvalidInput(field, f"{what} can have at most {max_length} characters.")
    return clean


def optional_email(field: str, value: str | None) -> str | None:
    clean = optional_text(field, value, max_length=254, what="An email address")
    if clean is not None and not _EMAIL.match(clean):
        raise InvalidInput(field, "That does not look like an email address.")
    return clean.lower() if clean else None


def code_value(field: str, enum_cls: type[C], value: C | str) -> C:
    if isinstance(value, enum_cls):
        return value
    try:
        return enum_cls(enum_cls.parse(str(value)))
    except ValueError:
        allowed = ", ".join(m.value for m in enum_cls)
        raise InvalidInput(field, f"'{value}' is not one of: {allowed}.") from None


def non_negative(field: str, value: int, *, what: str, maximum: int) -> int:
    if value < 0 or value > maximum:
        raise InvalidInput(field, f"{what} must be between 0 and {maximum}.")
    return value


UNKNOWN_LANGUAGE = "A language is not on the list: pick it from the list of languages."


def language_codes(
    field: str, values: tuple[str, ...] | list[str], kept: frozenset[str] = frozenset()
) -> list[str]:
    """Languages typed or picked, as their codes, each once (in the order given).
    ``kept``: what the record already holds, which passes as it is (a language an
    older version stored that the list does not know is not refused at every save)."""
    codes = []
    for value in values:
        if not value.strip():
            continue
        code = language_code(value) or (value if value in kept else None)
        if code is None:
            raise InvalidInput(field, UNKNOWN_LANGUAGE)
        codes.append(code)
    return list(dict.fromkeys(codes))


def optional_language(field: str, value: str | None) -> str | None:
    codes = language_codes(field, [value or ""])
    return codes[0] if codes else None
