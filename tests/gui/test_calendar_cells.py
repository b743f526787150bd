"""The Calendar's cells: names never cut without a way to read them, only overdue
follow-ups in the alert colour, the week's follow-ups and current time, and an
overdue refresher flagged where a supporter is put on call."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, QRect
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from peersupport_desktop.gui.calendar_view import CalendarView, LineKind, Mode
from peersupport_desktop.gui.look import alert_colour
from peersupport_desktop.services import availability, cases, supporters
from peersupport_desktop.services.calendar_plan import calendar_plan
from peersupport_desktop.store.vault import Vault
from tests.gui.test_supporters_and_calendar import window_on
from tests.gui.window_helpers import referral

NAMES = ("Ana Soon", "Ben Later", "Cy Moreau", "Dee Okafor", "Eli Brandt")


def trained(name: str, refresher_due: dt.date | None = None) -> supporters.SupporterInput:
    return supporters.SupporterInput(
        name=name,
        role="nurse",
        training_date=dt.date(2024, 1, 1),
        refresher_due=refresher_due or dt.date(2030, 1, 1),
    )


def planned_view(
    qtbot: QtBot, vault: Vault, day: dt.date, *, size: tuple[int, int]
) -> CalendarView:
    """A calendar showing ``day``'s period as the page plans it, at ``size``."""
    view = CalendarView(today=dt.date.today())
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    view.select(day)
    view.set_plan(calendar_plan(vault, *view.visible_range()))
    return view


def alert_pixels(image: QImage, area: QRect) -> int:
    """Pixels near the alert colour in ``area`` (text is anti-aliased: near, not equal)."""
    red = alert_colour()
    count = 0
    for x in range(area.left(), area.right()):
        for y in range(area.top(), area.bottom()):
            pixel = image.pixelColor(x, y)
            distance = (
                abs(pixel.red() - red.red())
                + abs(pixel.green() - red.green())
                + abs(pixel.blue() - red.blue())
            )
            count += distance < 60
    return count


def tooltip(view: CalendarView, day: dt.date) -> str:
    area = view.day_rect(day)
    assert area is not None
    point = area.center()
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, point, view.mapToGlobal(point)))
    return QToolTip.text()


def test_a_full_month_cell_says_how_many_more_and_its_tooltip_names_everyone(
    qtbot: QtBot, vault: Vault
) -> None:
    day = dt.date.today()
    for name in NAMES:
        person = supporters.add_supporter(vault, trained(name))
        availability.add_slot(vault, person.id, day.weekday(), dt.time(9), dt.time(11))
    view = planned_view(qtbot, vault, day, size=(700, 460))  # cells of a laptop's window
    room = view.month_room()
    assert 1 <= room < len(NAMES)
    lines = view.month_lines(day, room)
    assert len(lines) == room
    assert lines[-1].kind is LineKind.MORE
    assert lines[-1].text == f"+{len(NAMES) - (room - 1)} more"
    text = tooltip(view, day)
    assert all(f"09:00-11:00  {name}" in text for name in NAMES)
    # Given room, every name shows and nothing is counted away.
    assert [line.text for line in view.month_lines(day, 10)] == [f"09:00 {n}" for n in NAMES]


def test_only_an_overdue_follow_up_is_red_and_it_says_so(qtbot: QtBot, vault: Vault) -> None:
    today = dt.date.today()
    yesterday = today - dt.timedelta(days=1)
    late = referral(vault, "Kai Mercer", hours_ago=72)
    due = referral(vault, "Lena Park", hours_ago=72)
    cases.set_next_follow_up(vault, late, yesterday)
    cases.set_next_follow_up(vault, due, today)
    late_ref = cases.get_case(vault, late).case.reference
    due_ref = cases.get_case(vault, due).case.reference
    view = planned_view(qtbot, vault, yesterday, size=(1000, 640))  # both days are shown
    assert [(x.text, x.kind) for x in view.month_lines(yesterday, 5)] == [
        (f"Overdue: {late_ref}", LineKind.OVERDUE)
    ]
    assert [(x.text, x.kind) for x in view.month_lines(today, 5)] == [
        (f"Follow-up: {due_ref}", LineKind.FOLLOW_UP)
    ]
    assert f"Follow-up overdue: {late_ref}" in tooltip(view, yesterday)
    assert f"Follow-up due: {due_ref}" in tooltip(view, today)
    image = view.grab().toImage()
    late_cell, due_cell = view.day_rect(yesterday), view.day_rect(today)
    assert late_cell is not None and due_cell is not None
    assert alert_pixels(image, late_cell) > 20
    assert alert_pixels(image, due_cell) == 0


def test_the_week_shows_follow_ups_and_the_current_time(qtbot: QtBot, vault: Vault) -> None:
    today = dt.date.today()
    first = referral(vault, "Kai Mercer", hours_ago=2)
    second = referral(vault, "Lena Park", hours_ago=2)
    for case_id in (first, second):
        cases.set_next_follow_up(vault, case_id, today)
    ten_thirty = dt.datetime.combine(today, dt.time(10, 30))
    view = CalendarView(today=today, clock=lambda: ten_thirty)
    qtbot.addWidget(view)
    view.resize(1000, 640)
    view.show()
    view.set_mode(Mode.WEEK)
    view.set_plan(calendar_plan(vault, *view.visible_range()))
    header = view.week_follow_ups(today)
    assert header is not None and (header.text, header.kind) == ("2 follow-ups", LineKind.FOLLOW_UP)
    references = [cases.get_case(vault, c).case.reference for c in (first, second)]
    column = view.day_rect(today)
    assert column is not None
    header_tip = view.tooltip_at(QPoint(column.center().x(), 5))
    assert all(f"Follow-up due: {ref}" in header_tip for ref in references)
    line = view.now_line()
    assert line is not None
    # 10:30 is three and a half of the fourteen hours down the grid, in today's column.
    grid_top, grid_height = column.top(), column.height()
    assert abs(line.y1() - (grid_top + grid_height * 3.5 / 14)) <= 1
    assert column.left() <= line.x1() < line.x2() <= column.right()
    image = view.grab().toImage()
    middle = (line.x1() + line.x2()) // 2
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    assert image.pixelColor(middle, line.y1()) == QColor(highlight.rgb())
    view.set_mode(Mode.MONTH)
    assert view.now_line() is None  # the month has no hours


def test_an_overdue_refresher_is_flagged_where_first_call_is_chosen(
    qtbot: QtBot, vault: Vault
) -> None:
    lapsed = supporters.add_supporter(
        vault,
        trained("Lena Park", refresher_due=dt.date.today() - dt.timedelta(days=30)),
    )
    current = supporters.add_supporter(vault, trained("Ana Soon"))
    window = window_on(qtbot, vault, 3)
    page = window.calendar
    combo = page.ui.supporterCombo
    assert combo.itemText(combo.findData(lapsed.id)) == "Lena Park (refresher overdue)"
    assert combo.itemText(combo.findData(current.id)) == "Ana Soon"
    combo.setCurrentIndex(combo.findData(current.id))
    assert not page.ui.refresherLabel.isVisible()
    combo.setCurrentIndex(combo.findData(lapsed.id))
    assert page.ui.refresherLabel.isVisible()
    assert "Lena Park's refresher training is overdue" in page.ui.refresherLabel.text()
    assert page.ui.onCallButton.text() == "Make Lena Park first &call this week"
    page.ui.onCallButton.click()
    (week,) = availability.on_call_weeks(vault, *page.view.visible_range())
    assert week.supporter_id == lapsed.id  # flagged, not refused
    assert page.ui.onCallLabel.text() == "First call this week: Lena Park (refresher overdue)"
    page.clear()  # what a lock does: no line still names her
    shown = [page.ui.refresherLabel.text(), page.ui.onCallLabel.text(), page.ui.onCallButton.text()]
    assert not [text for text in shown if "Lena" in text]
    window.close()


def test_a_view_left_open_past_midnight_moves_its_today_on(qtbot: QtBot) -> None:
    moment = [dt.datetime(2026, 12, 3, 23, 59)]
    view = CalendarView(clock=lambda: moment[0])
    qtbot.addWidget(view)
    assert view.today == dt.date(2026, 12, 3)
    assert not view.is_overdue(dt.date(2026, 12, 3))
    moment[0] = dt.datetime(2026, 12, 4, 0, 1)
    assert view.today == dt.date(2026, 12, 4)
    assert view.is_overdue(dt.date(2026, 12, 3))  # yesterday's follow-up turns red
