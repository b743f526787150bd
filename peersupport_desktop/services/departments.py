"""Departments are named by the program; a new name creates one."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store.models import Department
from peersupport_desktop.store.vault import Vault


def department_id(session: Session, name: str | None, *, field: str = "department") -> int | None:
    """The id of the department with this name, created if new; None for no department."""
    if name is None or not name.strip():
        return None
    clean = " ".join(name.split())
    if len(clean) > 120:
        raise InvalidInput(field, "A department name can have at most 120 characters.")
    found = session.scalar(select(Department.id).where(Department.name == clean))
    if found is not None:
        return found
    department = Department(name=clean)
    session.add(department)
    session.flush()
    return department.id


def department_name(session: Session, department_id: int | None) -> str | None:
    if department_id is None:
        return None
    row = session.get(Department, department_id)
    return row.name if row else None


def department_names(vault: Vault) -> list[str]:
    with vault.reading() as session:
        return list(session.scalars(select(Department.name).order_by(Department.name)))
