"""One date format throughout the window: the system locale's, with a four-digit year
(a two-digit year typed in Qt's editors is read as 19xx), ISO where no locale is set."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from peersupport_desktop.core.quarters import Quarter
from peersupport_desktop.gui import shown_dates
from peersupport_desktop.gui.case_table_model import CaseTableModel, Column
from peersupport_desktop.gui.new_case_dialog import NewCaseDialog
from peersupport_desktop.services.case_list import all_case_rows
from peersupport_desktop.store.vault import Vault
from tests.gui.window_helpers import referral


@pytest.fixture
def in_locale() -> Iterator[object]:
    saved = QLocale()

    def use(language: QLocale.Language, country: QLocale.Country) -> None:
        QLocale.setDefault(QLocale(language, country))

    yield use
    QLocale.setDefault(saved)


DAY = dt.date(2026, 12, 9)


@pytest.mark.parametrize(
    ("language", "country", "shown"),
    [
        (QLocale.Language.English, QLocale.Country.UnitedStates, "12/9/2026"),
        (QLocale.Language.English, QLocale.Country.UnitedKingdom, "09/12/2026"),
        (QLocale.Language.German, QLocale.Country.Germany, "09.12.2026"),
        (QLocale.Language.C, QLocale.Country.AnyCountry, "2026-12-09"),
    ],
)
def test_a_date_reads_the_locales_way_with_four_digits(
    in_locale: object, language: QLocale.Language, country: QLocale.Country, shown: str
) -> None:
    in_locale(language, country)  # type: ignore[operator]
    assert shown_dates.day(DAY) == shown
    assert shown_dates.stored_day("2026-12-09") == shown
    assert shown_dates.moment(dt.datetime(2026, 12, 9, 14, 20, 59)).startswith(shown)
    assert shown_dates.quarter(Quarter(2026, 3)) == "Q3 2026"


def test_every_editor_of_a_form_follows_the_locale(qtbot: QtBot, in_locale: object) -> None:
    in_locale(QLocale.Language.English, QLocale.Country.UnitedStates)  # type: ignore[operator]
    form = QWidget()
    qtbot.addWidget(form)
    date, both, time = QDateEdit(form), QDateTimeEdit(form), QTimeEdit(form)
    shown_dates.follow_locale(form)
    assert date.displayFormat() == "M/d/yyyy"
    assert both.displayFormat().startswith("M/d/yyyy ")
    assert time.displayFormat() == QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    date.setDate(QDate(1957, 3, 1))  # a year two digits would have made 2057 or 1957
    assert date.text() == "3/1/1957"


def test_the_case_list_and_a_form_show_the_same_format(
    qtbot: QtBot, vault: Vault, in_locale: object
) -> None:
    in_locale(QLocale.Language.English, QLocale.Country.UnitedKingdom)  # type: ignore[operator]
    referral(vault, "Ana Núñez", hours_ago=2)
    model = CaseTableModel()
    model.set_rows(all_case_rows(vault))
    referred = model.index(0, Column.REFERRED).data()
    # Referred two hours ago: yesterday in the first two hours of a day.
    day = (dt.datetime.now() - dt.timedelta(hours=2)).date()
    assert referred[:10] == day.strftime("%d/%m/%Y")
    dialog = NewCaseDialog(vault)
    qtbot.addWidget(dialog)
    assert dialog.ui.eventDateEdit.displayFormat() == "dd/MM/yyyy"
