"""One way to run work off the GUI thread: a JobSlot (gui/background_job.py). A
hand-written thread catches what its author thought of, keeps its own bookkeeping,
and is easily missed when the window locks; a slot says every failure in a sentence,
and ``wait`` ends its job and drops what it was about to say."""

from __future__ import annotations

import ast
from pathlib import Path

import peersupport_desktop.gui

GUI = Path(peersupport_desktop.gui.__file__).parent
HOME = GUI / "background_job.py"


def _names_used(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)} | {
        node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)
    }


def test_threads_and_jobs_are_made_only_by_the_job_slot() -> None:
    elsewhere = [
        f"{path.relative_to(GUI)} uses {name}"
        for path in sorted(GUI.rglob("*.py"))
        if path != HOME and "forms" not in path.parts
        for name in sorted(_names_used(path) & {"QThread", "BackgroundJob", "QThreadPool"})
    ]
    assert not elsewhere, "\n".join(elsewhere)
