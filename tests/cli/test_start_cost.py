"""Starting the program does not wait for the database layer.

SQLAlchemy and Alembic take the best part of a second to import. The window's unlock
dialog shows first and loads them while the passphrase is typed; --version and --help
never need them. An import at the top of the command line's modules would undo that
for every start, so this looks in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


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


def test_the_window_s_modules_load_after_the_unlock_dialog_shows(tmp_path: Path) -> None:
    """The dialog is asked for before the main window's modules are imported, and they
    are imported only once it has painted (on a real screen, not at the event loop's
    first turn, which comes before the dialog is drawn)."""
    probe = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtWidgets import QWidget
from peersupport_desktop.gui import launch
def asked(path, hint=""):
    print("asked", "peersupport_desktop.gui.main_window" in sys.modules)
    widget = QWidget()
    launch.after_first_paint(widget, launch._load_store)
    launch.QApplication.processEvents()
    print("before paint", "sqlalchemy" in sys.modules)
    widget.show()
    for _ in range(50):
        launch.QApplication.processEvents()
    print("after paint", "sqlalchemy" in sys.modules)
    return None
launch.obtain_vault = asked
print("run", launch.run(Path({str(tmp_path / "program.vault")!r}), demo=False))
"""
    ran = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert ran.stdout.split("\n")[:4] == [
        "asked False",
        "before paint False",
        "after paint True",
        "run 0",
    ]
