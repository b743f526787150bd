"""Departments are named by the program; a new name creates one. The department list
also says what a publication may print: whether a department may be named, and the
service line a small one is grouped into (core.disclosure.program_model)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from peersupport_desktop.services import audit
from peersupport_desktop.services.errors import InvalidInput
from peersupport_desktop.store.models import Department
from peersupport_desktop.store.vault import Vault


def department_id(
    session: Session, name: str | None, *, field: str = "department", named: bool = True
) -> int | None:
    """The id of the department with this name, created if new (``named``: whether
    publications may print it; a name read from an imported file is not, until the
    coordinator says so); None for no department."""
    if name is None or not name.strip():
        return None
    clean = " ".join(name.split())
    if len(clean) > 120:
        raise InvalidInput(field, "A department name can have at most 120 characters.")
    found = session.scalar(select(Department.id).where(Department.name == clean))
    if found is not None:
        return found
    department = Department(name=clean, named=named)
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


@dataclass(frozen=True, slots=True)
class DepartmentSetting:
    name: str
    named: bool  # publications may print the name (when its count allows)
    service_line: str | None  # where it is grouped when too small to show alone


def department_settings(vault: Vault) -> list[DepartmentSetting]:
    with vault.reading() as session:
        rows = session.execute(
            select(Department.name, Department.named, Department.service_line).order_by(
                Department.name
            )
        )
        return [DepartmentSetting(name, bool(named), line) for name, named, line in rows]


def set_department(vault: Vault, setting: DepartmentSetting) -> None:
    """Change whether a department may be named and its service line."""
    line = " ".join((setting.service_line or "").split()) or None
    if line is not None and len(line) > 120:
        raise InvalidInput("service_line", "A service line's name can have at most 120 characters.")
    with vault.transaction() as session:
        row = session.scalar(select(Department).where(Department.name == setting.name))
        if row is None:
            raise InvalidInput("department", "There is no department of that name.")
        row.named, row.service_line = setting.named, line
        audit.record(session, "department.publishing", "department", row.id)


def publishing(vault: Vault) -> tuple[frozenset[str], dict[str, str]]:
    """The departments publications may name, and each grouped one's service line."""
    settings = department_settings(vault)
    return (
        frozenset(s.name for s in settings if s.named),
        {s.name: s.service_line for s in settings if s.service_line},
    )
