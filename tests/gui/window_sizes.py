"""Lays out every page and dialog of the window on the screen this process was given
and prints each one's size as JSON; with a folder, saves a picture of each as well.

Run in its own process, so the screen can be a laptop's (the offscreen platform's
``configfile``) and the scaling 150% (``QT_SCALE_FACTOR``), as ``test_window_fits``
does:

    QT_QPA_PLATFORM=offscreen:configfile=screen.json QT_SCALE_FACTOR=1.5 \
        python -m tests.gui.window_sizes [PICTURES_FOLDER]
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QDialog, QWidget

import peersupport_desktop.gui as gui_package
from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.gui.launch import application
from peersupport_desktop.services import cases, resources, supporters
from peersupport_desktop.services.case_list import all_case_rows
from peersupport_desktop.services.demo_program import fill_demo_program
from peersupport_desktop.services.record_kinds import record_kind
from peersupport_desktop.store.vault import Vault, create_vault

PASSPHRASE = "window sizes are checked here"


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def every_dialog(window: QWidget, vault: Vault) -> Iterator[tuple[str, QDialog]]:
    """Each dialog of the application, filled as a coordinator would see it."""
    from peersupport_desktop.gui.appointment_dialog import AppointmentDialog
    from peersupport_desktop.gui.availability_dialog import AvailabilityDialog
    from peersupport_desktop.gui.backups_dialog import BackupsDialog
    from peersupport_desktop.gui.case_view import CaseView
    from peersupport_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog
    from peersupport_desktop.gui.contact_dialog import ContactDialog
    from peersupport_desktop.gui.coverage_dialog import CoverageDialog
    from peersupport_desktop.gui.create_vault_dialog import CreateVaultDialog
    from peersupport_desktop.gui.debriefs_dialog import DebriefsDialog
    from peersupport_desktop.gui.departments_dialog import DepartmentsDialog
    from peersupport_desktop.gui.export_dialog import ExportDialog
    from peersupport_desktop.gui.help_dialogs import ShortcutsDialog, shortcuts_of
    from peersupport_desktop.gui.highlights_dialog import HighlightsDialog
    from peersupport_desktop.gui.import_dialog import ImportDialog
    from peersupport_desktop.gui.match_dialog import MatchDialog
    from peersupport_desktop.gui.milestones_dialog import MilestonesDialog
    from peersupport_desktop.gui.new_case_dialog import NewCaseDialog
    from peersupport_desktop.gui.record_import_dialog import RecordImportDialog
    from peersupport_desktop.gui.resource_dialog import ResourceDialog
    from peersupport_desktop.gui.supporter_dialog import SupporterDialog
    from peersupport_desktop.gui.supporter_load_dialog import SupporterLoadDialog
    from peersupport_desktop.gui.tier_dialog import TierDialog
    from peersupport_desktop.gui.training_sessions_dialog import TrainingSessionsDialog
    from peersupport_desktop.gui.unlock_dialog import UnlockDialog

    busiest = max(
        (row.case_id for row in all_case_rows(vault)[:60]),
        key=lambda case_id: len(cases.get_case(vault, case_id, opening=False).contacts),
    )
    person = supporters.list_supporters(vault)[0]
    keeping = getattr(window, "keeping")  # noqa: B009  (the main window's, typed loosely)
    yield "case window", CaseView(vault, busiest, window)
    yield "contact", ContactDialog(vault, busiest, window)
    yield "new case", NewCaseDialog(vault, window)
    yield "best fit", MatchDialog(vault, busiest, window)
    yield "milestones", MilestonesDialog(vault, busiest, window)
    yield "export", ExportDialog(vault, window)
    yield "import", ImportDialog(vault, window)
    roster = RecordImportDialog(vault, record_kind("supporters"), window, path=_roster(vault))
    while roster.reading.busy:  # the file is read in the background: shown once read
        QApplication.processEvents()
    yield "record import", roster
    yield "supporter", SupporterDialog(vault, window, existing=person)
    yield "availability", AvailabilityDialog(vault, person.id, window)
    yield "supporters' load", SupporterLoadDialog(vault, window)
    yield "debriefs and meetings", DebriefsDialog(vault, window, one_to_one_with=person.id)
    yield "training sessions", TrainingSessionsDialog(vault, window)
    yield "departments", DepartmentsDialog(vault, window)
    yield "backups", BackupsDialog(vault, keeping, lambda _path, _passphrase: None, window)
    yield "change passphrase", ChangePassphraseDialog(vault, window)
    yield "create vault", CreateVaultDialog(vault.path.with_name("new.vault"), window)
    yield "unlock", UnlockDialog(vault.path, window, hint="Locked after a while without input.")
    yield "keyboard shortcuts", ShortcutsDialog(shortcuts_of(window), window)
    yield "resource", ResourceDialog(vault, window, existing=resources.list_resources(vault)[0])
    yield "highlights", HighlightsDialog(vault, Quarter.containing(dt.date.today()), window)
    yield "event coverage", CoverageDialog(vault, window)
    yield "tier", TierDialog(vault, busiest, window)
    yield "appointment", AppointmentDialog("Employee Assistance Program", window)
    from peersupport_desktop.gui.unit_surveys_dialog import NewRoundDialog, UnitSurveysDialog

    yield "unit surveys", UnitSurveysDialog(vault, window)
    yield "new survey round", NewRoundDialog(vault, window)
    from peersupport_desktop.core.codes import CaseStatus
    from peersupport_desktop.gui.feedback_dialog import FeedbackDialog
    from peersupport_desktop.gui.feedback_invitation_dialog import FeedbackInvitationDialog

    closed = next(row.case_id for row in all_case_rows(vault) if row.status is CaseStatus.CLOSED)
    yield "feedback invitation", FeedbackInvitationDialog(vault, closed, window)
    yield "feedback", FeedbackDialog(vault, window)


def _roster(vault: Vault) -> Path:
    """A roster whose columns are partly guessed, partly to map by hand, beside the vault."""
    path = vault.path.with_name("roster.csv")
    lines = ["Staff member,Work email,Job title,Unit of the hospital,Languages spoken,Caseload"]
    lines += [f"Person {n},p{n}@h.org,Nurse,Intensive care,English; Spanish,3" for n in range(7)]
    path.write_text("\n".join(lines) + "\n")
    return path


def dialog_classes() -> set[str]:
    """Every QDialog the package defines, so a new one cannot escape the check."""
    import importlib
    import pkgutil

    found: set[str] = set()
    for module_info in pkgutil.walk_packages(gui_package.__path__, "peersupport_desktop.gui."):
        if ".forms." in module_info.name:
            continue
        module = importlib.import_module(module_info.name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, QDialog) and value.__module__ == module.__name__:
                found.add(value.__name__)
    return found


def measure(widget: QWidget) -> dict[str, int]:
    hint = widget.minimumSizeHint()
    return {
        "width": widget.width(),
        "height": widget.height(),
        "min_width": max(hint.width(), widget.minimumWidth()),
        "min_height": max(hint.height(), widget.minimumHeight()),
    }


def main(pictures: Path | None) -> dict[str, object]:
    QStandardPaths.setTestModeEnabled(True)  # no settings of the person's own
    app = application()
    from peersupport_desktop.gui.main_window import MainWindow

    screen = app.primaryScreen().availableGeometry()
    sizes: dict[str, dict[str, int]] = {}
    shown: set[str] = set()
    with tempfile.TemporaryDirectory() as folder:
        vault = create_vault(Path(folder) / "sizes.vault", PASSPHRASE, check_strength=False)
        fill_demo_program(vault, cases=300, as_of=dt.datetime.now())
        window = MainWindow(vault)
        window.show()
        settle()
        sizes["main window, as opened"] = measure(window)
        for row, (title, _icon, _page) in enumerate(window.pages):
            window.navigation.setCurrentRow(row)
            settle()
            sizes[f"main window, {title}"] = measure(window)
            if pictures:
                window.grab().save(str(pictures / f"page-{row + 1}-{title}.png"))
        for name, dialog in every_dialog(window, vault):
            dialog.show()
            settle()
            sizes[name] = measure(dialog)
            shown.add(type(dialog).__name__)
            if pictures:
                dialog.grab().save(str(pictures / f"dialog-{name}.png"))
            dialog.hide()
            dialog.deleteLater()
        window.close()
        vault.close()
    return {
        "screen": {"width": screen.width(), "height": screen.height()},
        "ratio": app.primaryScreen().devicePixelRatio(),
        "sizes": sizes,
        "missed": sorted(dialog_classes() - shown),
    }


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    if folder:
        folder.mkdir(parents=True, exist_ok=True)
    print(json.dumps(main(folder)))
    sys.stdout.flush()
