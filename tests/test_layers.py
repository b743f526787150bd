"""The layers hold: every import in the package, read from the source, obeys the rules
of docs/ARCHITECTURE.md. Lazy imports inside functions count as much as the others.

    core      pure rules              imports nothing of ours above it, no Qt, no SQLAlchemy
    store     the vault               core
    reports   figures in, PDF out     core (and the packaged fonts); no services, no store
    services  what a coordinator does core, store, reports
    gui       the window              core, store (never its models), reports, services;
                                      no SQLAlchemy
    cli       the command line        anything (it starts the window too)
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import peersupport_desktop

PACKAGE = Path(peersupport_desktop.__file__).parent
ROOT_MODULES = {"resource_files", "__version__", "APP_ID", "APP_NAME"}  # the package's own

ALLOWED: dict[str, set[str]] = {
    "core": {"core"},
    "store": {"core", "store"},
    "reports": {"core", "reports", "root"},
    "services": {"core", "store", "reports", "services"},
    "gui": {"core", "store", "reports", "services", "gui", "root"},
    "cli": {"core", "store", "reports", "services", "gui", "cli", "root"},
}
FORBIDDEN_OUTSIDE: dict[str, tuple[str, ...]] = {
    "core": ("PySide6", "sqlalchemy", "alembic", "reportlab"),
    "store": ("PySide6", "reportlab"),
    "reports": ("PySide6", "sqlalchemy", "alembic"),
    "services": ("PySide6",),
    "gui": ("sqlalchemy", "alembic", "peersupport_desktop.store.models"),
}


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, module) for every module the file imports, names of ``from`` imports included."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"


def _layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "peersupport_desktop" or len(parts) == 1:
        return None
    return "root" if parts[1] in ROOT_MODULES else parts[1]


def _files() -> list[tuple[str, Path]]:
    return [
        (path.relative_to(PACKAGE).parts[0], path)
        for path in sorted(PACKAGE.rglob("*.py"))
        if len(path.relative_to(PACKAGE).parts) > 1
    ]


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_no_layer_imports_one_above_it_or_what_it_must_not_know(layer: str) -> None:
    broken = []
    for owner, path in _files():
        if owner != layer:
            continue
        where = path.relative_to(PACKAGE)
        for line, module in _imports(path):
            target = _layer_of(module)
            if target is not None and target not in ALLOWED[layer] and module in _modules():
                broken.append(f"{where}:{line} imports {module} ({target})")
            if any(
                module == name or module.startswith(name + ".")
                for name in FORBIDDEN_OUTSIDE.get(layer, ())
            ):
                broken.append(f"{where}:{line} imports {module}")
    assert not broken, "\n".join(broken)


def _modules() -> set[str]:
    """Every importable module and package of ours (a ``from x import name`` also names a
    function or class, which is no layer of its own)."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        parts = ("peersupport_desktop", *path.relative_to(PACKAGE).with_suffix("").parts)
        found.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return found


def test_every_module_belongs_to_a_known_layer() -> None:
    layers = {owner for owner, _ in _files()}
    assert layers <= set(ALLOWED), layers - set(ALLOWED)


def test_the_rules_catch_a_breach(tmp_path: Path) -> None:
    """The walk sees a lazy import inside a function, as the rule needs it to."""
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from peersupport_desktop.services import audit\n")
    assert (2, "peersupport_desktop.services") in list(_imports(sample))
    assert _layer_of("peersupport_desktop.services.audit") == "services"
