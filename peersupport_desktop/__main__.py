import os
import sys
from pathlib import Path

from peersupport_desktop.cli import main

# A windowed executable on Windows starts without standard streams; what the command
# line would print there (help, a usage error) goes nowhere rather than failing.
# Its console twin, peersupport-desktop.exe, is the one to run from a terminal.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, Path(os.devnull).open("w", encoding="utf-8"))  # noqa: SIM115

raise SystemExit(main())
