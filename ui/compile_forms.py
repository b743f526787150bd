"""Compile every Designer form in ui/ into peersupport_desktop/gui/forms/ui_<name>.py.

Run after editing a form: python ui/compile_forms.py. A test checks that the
compiled files are current, so a form can never drift from its source.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

UI = Path(__file__).resolve().parent
FORMS = UI.parent / "peersupport_desktop" / "gui" / "forms"
HEADER = "# Generated from ui/{name}.ui by ui/compile_forms.py (pyside6-uic): do not edit.\n"


def compiled(form: Path) -> str:
    uic = Path(sys.executable).with_name("pyside6-uic")
    output = subprocess.run(  # noqa: S603 (our own tool, on our own files)
        [str(uic), "--no-autoconnection", str(form)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # pyside6-uic stamps its own header with the Qt version; ours names the source.
    body = "from PySide6" + output.split("from PySide6", 1)[1]
    # Typed, so the code composing a form stays checked by mypy --strict.
    signature = r"def (setupUi|retranslateUi)\(self, (\w+)\):"
    body = re.sub(signature, r"def \1(self, \2: Any) -> None:", body)
    return HEADER.format(name=form.stem) + "from typing import Any\n\n" + body


def target(form: Path) -> Path:
    return FORMS / f"ui_{form.stem}.py"


def main() -> int:
    FORMS.mkdir(parents=True, exist_ok=True)
    (FORMS / "__init__.py").write_text('"""Compiled Designer forms (see ui/compile_forms.py)."""\n')
    for form in sorted(UI.glob("*.ui")):
        target(form).write_text(compiled(form), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
