"""The compiled Designer forms match their sources, and every form is used."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "ui").glob("*.ui"))


def _compiler() -> object:
    spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "ui" / "compile_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.name)
def test_compiled_form_is_current(form: Path) -> None:
    compiler = _compiler()
    expected = compiler.compiled(form)  # type: ignore[attr-defined]
    target = compiler.target(form)  # type: ignore[attr-defined]
    assert target.read_text(encoding="utf-8") == expected, (
        f"{target.name} is stale: run python ui/compile_forms.py"
    )


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.name)
def test_every_form_is_used(form: Path) -> None:
    sources = "".join(
        path.read_text(encoding="utf-8")
        for path in (ROOT / "peersupport_desktop" / "gui").rglob("*.py")
        if "forms" not in path.parts
    )
    assert f"forms.ui_{form.stem} import" in sources
