"""The clinicians the program supports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peersupport_desktop.core.codes import Role
from peersupport_desktop.services import audit
from peersupport_desktop.services.clock import now
from peersupport_desktop.services.departments import department_id, department_name
from peersupport_desktop.services.errors import NotFound
from peersupport_desktop.services.validation import (
    code_value,
    optional_email,
    optional_language,
    optional_text,
    required_text,
)
from peersupport_desktop.store.models import Clinician
from peersupport_desktop.store.vault import Vault


@dataclass(frozen=True, slots=True)
class ClinicianInput:
    name: str
    role: Role | str
    department: str | None = None
    email: str | None = None
    phone: str | None = None
    preferred_language: str | None = None


@dataclass(frozen=True, slots=True)
class ClinicianRecord:
    id: int
    name: str
    role: Role
    department: str | None
    email: str | None
    phone: str | None
    preferred_language: str | None
    created_at: dt.datetime


def add_clinician(vault: Vault, data: ClinicianInput) -> ClinicianRecord:
    with vault.transaction() as session:
        row = insert_clinician(session, data)
        audit.record(session, "clinician.add", "clinician", row.id)
        return to_record(session, row)


def edit_clinician(vault: Vault, clinician_id: int, data: ClinicianInput) -> ClinicianRecord:
    with vault.transaction() as session:
        row = _get(session, clinician_id)
        _fill(session, row, data)
        audit.record(session, "clinician.edit", "clinician", row.id)
        return to_record(session, row)


def get_clinician(vault: Vault, clinician_id: int) -> ClinicianRecord:
    with vault.reading() as session:
        return to_record(session, _get(session, clinician_id))


def find_clinicians(vault: Vault, text: str, *, limit: int = 20) -> list[ClinicianRecord]:
    """Clinicians whose name or email contains ``text``, for completion in forms."""
    pattern = f"%{text.strip().lower()}%"
    query = (
        select(Clinician)
        .where(func.lower(Clinician.name).like(pattern) | Clinician.email.like(pattern))
        .order_by(Clinician.name)
        .limit(limit)
    )
    with vault.reading() as session:
        return [to_record(session, row) for row in session.scalars(query)]


def insert_clinician(session: Session, data: ClinicianInput) -> Clinician:
    row = Clinician(created_at=now())
    _fill(session, row, data)
    session.add(row)
    session.flush()
    return row


def _fill(session: Session, row: Clinician, data: ClinicianInput) -> None:
    row.name = required_text("clinician_name", data.name, max_length=200, what="The name")
    row.role = code_value("clinician_role", Role, data.role)
    row.department_id = department_id(session, data.department, field="clinician_department")
    row.email = optional_email("clinician_email", data.email)
    row.phone = optional_text("clinician_phone", data.phone, max_length=40, what="A phone number")
    row.preferred_language = optional_language("preferred_language", data.preferred_language)


def _get(session: Session, clinician_id: int) -> Clinician:
    row = session.get(Clinician, clinician_id)
    if row is None:
        raise NotFound("clinician", clinician_id)
    return row


def to_record(session: Session, row: Clinician) -> ClinicianRecord:
    return ClinicianRecord(
        id=row.id,
        name=row.name,
        role=row.role,
        department=department_name(session, row.department_id),
        email=row.email,
        phone=row.phone,
        preferred_language=row.preferred_language,
        created_at=row.created_at,
    )
