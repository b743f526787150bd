"""Starting the program does not wait for the database layer.

SQLAlchemy and Alembic take the best part of a second to import. The window's unlock
dialog shows first and loads them while the passphrase is typed; --version and --help
never need them. An import at the top of the command line's modules would undo that
for every start, so this looks in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys


def _loaded_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    ran = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return set(ran.stdout.split())


def test_the_command_line_and_the_window_start_without_the_database_layer() -> None:
    loaded = _loaded_after("import peersupport_desktop.cli\nimport peersupport_desktop.gui.launch")
    assert "peersupport_desktop.cli.commands" in loaded  # the probe did import them
    assert "PySide6.QtWidgets" in loaded
    assert not {"sqlalchemy", "alembic", "reportlab"} & loaded


def test_the_probe_sees_the_database_layer_when_it_is_imported() -> None:
    assert "sqlalchemy" in _loaded_after("import peersupport_desktop.store.vault")
