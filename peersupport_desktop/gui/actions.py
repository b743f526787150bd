"""The application's actions in one registry, outside any window class."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from peersupport_desktop.gui.lock_key import LockKey
from peersupport_desktop.gui.look import icon


@dataclass(frozen=True, slots=True)
class ActionSpec:
    key: str
    text: str
    shortcut: str
    icon: str | None
    tip: str


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_case", "&New case…", "Ctrl+N", "new-case", "Take in a referral"),
    ActionSpec("find", "&Find…", "Ctrl+F", "find", "Find a case by name, reference or department"),
    ActionSpec("lock", "&Lock", "Ctrl+L", "lock", "Lock the vault and hide everything"),
    ActionSpec("print", "&Print…", "Ctrl+P", "print", "Print the quarterly report"),
    ActionSpec("export", "&Anonymized export…", "Ctrl+E", "export",
               "Export anonymized figures or records to share, after a preview"),
    ActionSpec("import", "&Import event notices…", "Ctrl+I", None,
               "Import a CSV file of event notices as outreach cases"),
    ActionSpec("back_up", "&Back up now", "Ctrl+Shift+B", None,
               "Make an encrypted backup in the backup folder now"),
    ActionSpec("backups", "Backups and &restore…", "", None,
               "See the backups, verify one and restore it"),
    ActionSpec("check", "&Check the vault", "", None,
               "Run both integrity checks on the vault"),
    ActionSpec("change_passphrase", "Change the &passphrase…", "", None,
               "Re-encrypt the vault under a new passphrase"),
    ActionSpec("quit", "&Quit", "Ctrl+Q", None, "Close the application"),
    ActionSpec("privacy", "Show &initials only", "Ctrl+Shift+I", None,
               "Show initials instead of names, for a screen others can see"),
    ActionSpec("shortcuts", "&Keyboard shortcuts", "F1", None,
               "Every key the window answers to"),
    ActionSpec("getting_started", "&Getting started list", "", None,
               "Show the getting-started list on Today again"),
    ActionSpec("about", "&About Peer Support Desktop", "", None,
               "The version, the vault in use, and what stays on this computer"),
)  # fmt: skip


def build_actions(
    parent: QWidget, handlers: Mapping[str, Callable[[], object]]
) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(spec.text, parent)
        action.setShortcut(QKeySequence(spec.shortcut))
        action.setStatusTip(spec.tip)
        action.setToolTip(f"{spec.tip} ({spec.shortcut})" if spec.shortcut else spec.tip)
        if spec.icon:
            action.setIcon(icon(spec.icon))
        if spec.key == "privacy":
            action.setCheckable(True)
            action.toggled.connect(lambda _checked, h=handlers[spec.key]: h())
        else:
            action.triggered.connect(lambda _checked=False, h=handlers[spec.key]: h())
        if spec.key == "lock":
            LockKey(action)  # from any window, a dialog in front included
        actions[spec.key] = action
    return actions
