"""The program's calendar, painted: a month of days or a week of hours.

Each supporter has a colour of their own, always beside their name (never colour
alone). A day or an hour is selected by mouse or keyboard; the page lists who is
free then. Painting reads a plan computed once per period, so it stays quick with
hundreds of supporters: a cell draws as many names as fit and counts the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from peersupport_desktop.gui.look import alert_colour, is_dark
from peersupport_desktop.services.calendar_plan import CalendarPlan, FreeEntry

FIRST_HOUR, LAST_HOUR = 7, 21  # the week view's rows: 07:00 to 21:00
GOLDEN = 0.618033988749895


class Mode(Enum):
    MONTH = "month"
    WEEK = "week"


def supporter_colour(supporter_id: int) -> QColor:
    """A hue of their own, spread by the golden ratio so neighbours differ."""
    hue = (supporter_id * GOLDEN) % 1.0
    return QColor.fromHslF(hue, 0.55, 0.62 if is_dark() else 0.45)


def swatch(supporter_id: int, size: int = 12) -> QIcon:
    """The supporter's colour as a small square, shown beside their name."""
    pixmap = QPixmap(size, size)
    pixmap.fill(supporter_colour(supporter_id))
    return QIcon(pixmap)


class CalendarView(QWidget):
    selection_changed = Signal()
    period_changed = Signal()  # the visible days changed: a new plan is wanted

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Calendar: arrows move, Page Up and Page Down change period")
        self.mode = Mode.MONTH
        self.today = today or dt.date.today()
        self.selected_day = self.today
        self.selected_hour = 12
        self.plan = CalendarPlan(self.today, self.today)

    def sizeHint(self) -> QSize:
        return QSize(900, 620)

    # -- what is shown --------------------------------------------------------
    def visible_range(self) -> tuple[dt.date, dt.date]:
        """The first and last day drawn: six whole weeks, or one."""
        if self.mode is Mode.WEEK:
            monday = self.selected_day - dt.timedelta(days=self.selected_day.weekday())
            return monday, monday + dt.timedelta(days=6)
        first_of_month = self.selected_day.replace(day=1)
        start = first_of_month - dt.timedelta(days=first_of_month.weekday())
        return start, start + dt.timedelta(days=41)

    def title(self) -> str:
        if self.mode is Mode.MONTH:
            return f"{self.selected_day:%B %Y}"
        start, _end = self.visible_range()
        return f"Week of {start:%d %b %Y}"

    def selected_span(self) -> tuple[dt.datetime, dt.datetime]:
        """The selected day (month view) or hour (week view)."""
        day = dt.datetime.combine(self.selected_day, dt.time())
        if self.mode is Mode.MONTH:
            return day, day + dt.timedelta(days=1)
        starts = day + dt.timedelta(hours=self.selected_hour)
        return starts, starts + dt.timedelta(hours=1)

    def set_plan(self, plan: CalendarPlan) -> None:
        self.plan = plan
        self.update()

    def set_mode(self, mode: Mode) -> None:
        if mode is not self.mode:
            self.mode = mode
            self._moved(period=True)

    # -- moving -----------------------------------------------------------------
    def select(self, day: dt.date, hour: int | None = None) -> None:
        before = self.visible_range()
        self.selected_day = day
        if hour is not None:
            self.selected_hour = min(max(hour, FIRST_HOUR), LAST_HOUR - 1)
        self._moved(period=self.visible_range() != before)

    def go(self, periods: int) -> None:
        """Forward or back by whole months or weeks."""
        if self.mode is Mode.WEEK:
            self.select(self.selected_day + dt.timedelta(weeks=periods))
            return
        month = self.selected_day.month - 1 + periods
        year = self.selected_day.year + month // 12
        first = dt.date(year, month % 12 + 1, 1)
        self.select(first)

    def go_today(self) -> None:
        self.select(self.today)

    def _moved(self, *, period: bool) -> None:
        if period:
            self.period_changed.emit()
        self.selection_changed.emit()
        self.update()

    # -- Qt events ------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        day, hour = self.selected_day, self.selected_hour
        week_view = self.mode is Mode.WEEK
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1) if week_view else (-7, 0),
            Qt.Key.Key_Down: (0, 1) if week_view else (7, 0),
        }
        if key in moves:
            days, hours = moves[Qt.Key(key)]
            self.select(day + dt.timedelta(days=days), hour + hours)
        elif key == Qt.Key.Key_PageUp:
            self.go(-1)
        elif key == Qt.Key.Key_PageDown:
            self.go(1)
        elif key == Qt.Key.Key_Home:
            self.go_today()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        hit = self.slot_at(event.position().toPoint())
        if hit is not None:
            self.select(*hit)

    def slot_at(self, point: QPoint) -> tuple[dt.date, int | None] | None:
        start, _end = self.visible_range()
        grid = self._grid()
        if not grid.contains(point):
            return None
        if self.mode is Mode.MONTH:
            column = (point.x() - grid.left()) * 7 // grid.width()
            row = (point.y() - grid.top()) * 6 // grid.height()
            return start + dt.timedelta(days=row * 7 + column), None
        column = (point.x() - grid.left()) * 7 // grid.width()
        hours = LAST_HOUR - FIRST_HOUR
        row = (point.y() - grid.top()) * hours // grid.height()
        return start + dt.timedelta(days=column), FIRST_HOUR + row

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        self._paint_day_names(painter)
        if self.mode is Mode.MONTH:
            self._paint_month(painter)
        else:
            self._paint_week(painter)
        painter.end()

    # -- painting ---------------------------------------------------------------
    def _header_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _hours_width(self) -> int:
        return 0 if self.mode is Mode.MONTH else self.fontMetrics().horizontalAdvance("00:00") + 10

    def _grid(self) -> QRect:
        return self.rect().adjusted(self._hours_width(), self._header_height(), -1, -1)

    def _paint_day_names(self, painter: QPainter) -> None:
        grid = self._grid()
        start, _end = self.visible_range()
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        for column in range(7):
            left = grid.left() + column * grid.width() // 7
            right = grid.left() + (column + 1) * grid.width() // 7
            day = start + dt.timedelta(days=column)
            label = f"{day:%a}" if self.mode is Mode.MONTH else f"{day:%a %d %b}"
            painter.drawText(
                QRect(left, 0, right - left, self._header_height()),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )

    def _cell(self, grid: QRect, column: int, row: int, rows: int) -> QRect:
        left = grid.left() + column * grid.width() // 7
        right = grid.left() + (column + 1) * grid.width() // 7
        top = grid.top() + row * grid.height() // rows
        bottom = grid.top() + (row + 1) * grid.height() // rows
        return QRect(left, top, right - left, bottom - top)

    def _paint_month(self, painter: QPainter) -> None:
        grid = self._grid()
        start, _end = self.visible_range()
        palette = self.palette()
        line = self.fontMetrics().height()
        grid_pen = palette.color(QPalette.ColorRole.Mid)
        faint = palette.color(QPalette.ColorRole.PlaceholderText)
        text = palette.color(QPalette.ColorRole.Text)
        for index in range(42):
            day = start + dt.timedelta(days=index)
            cell = self._cell(grid, index % 7, index // 7, 6)
            if day == self.selected_day:
                painter.fillRect(cell, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(grid_pen)
            painter.drawRect(cell)
            inner = cell.adjusted(4, 2, -4, -2)
            bold = QFont(self.font())
            bold.setBold(day == self.today)
            painter.setFont(bold)
            in_month = day.month == self.selected_day.month
            painter.setPen(text if in_month else faint)
            number = f"{day.day}" + ("  today" if day == self.today else "")
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, number)
            painter.setFont(self.font())
            y = inner.top() + line
            if index % 7 == 0 and (name := self.plan.on_call_for(day)):
                painter.setPen(text)
                y = self._line(painter, inner, y, f"On call: {name}")
            for reference in self.plan.follow_ups.get(day, ()):
                if y + line > inner.bottom():
                    break
                painter.setPen(alert_colour())
                y = self._line(painter, inner, y, f"{reference} follow-up")
            self._paint_free(painter, inner, y, self.plan.free.get(day, ()), times=True)
        if self.hasFocus():
            self._focus_frame(painter, self._month_cell(grid, start))

    def _month_cell(self, grid: QRect, start: dt.date) -> QRect:
        index = (self.selected_day - start).days
        return self._cell(grid, index % 7, index // 7, 6)

    def _paint_week(self, painter: QPainter) -> None:
        grid = self._grid()
        start, _end = self.visible_range()
        palette = self.palette()
        rows = LAST_HOUR - FIRST_HOUR
        text = palette.color(QPalette.ColorRole.Text)
        painter.setPen(text)
        for row in range(rows):
            top = self._cell(grid, 0, row, rows).top()
            painter.drawText(
                QRect(0, top, self._hours_width() - 4, self.fontMetrics().height()),
                Qt.AlignmentFlag.AlignRight,
                f"{FIRST_HOUR + row:02d}:00",
            )
        for column in range(7):
            day = start + dt.timedelta(days=column)
            for row in range(rows):
                cell = self._cell(grid, column, row, rows)
                hour = FIRST_HOUR + row
                if day == self.selected_day and hour == self.selected_hour:
                    painter.fillRect(cell, palette.color(QPalette.ColorRole.AlternateBase))
                painter.setPen(palette.color(QPalette.ColorRole.Mid))
                painter.drawRect(cell)
                starts = dt.datetime.combine(day, dt.time(hour))
                free = self.plan.free_during(starts, starts + dt.timedelta(hours=1))
                self._paint_free(
                    painter, cell.adjusted(3, 1, -3, -1), cell.top() + 1, free, times=False
                )
        if self.hasFocus():
            column = (self.selected_day - start).days
            self._focus_frame(
                painter, self._cell(grid, column, self.selected_hour - FIRST_HOUR, rows)
            )

    def _paint_free(
        self,
        painter: QPainter,
        inner: QRect,
        y: int,
        entries: Sequence[FreeEntry],
        *,
        times: bool,
    ) -> None:
        """As many "■ 12:00 Name" lines as fit, then "+N more free"."""
        line = self.fontMetrics().height()
        swatch = line - 6
        room = max(0, (inner.bottom() - y) // line)
        if not entries or room == 0:
            return
        shown = entries if len(entries) <= room else entries[: room - 1]
        text = self.palette().color(QPalette.ColorRole.Text)
        for entry in shown:
            painter.fillRect(
                QRect(inner.left(), y + 3, swatch, swatch), supporter_colour(entry.supporter_id)
            )
            label = f"{entry.starts:%H:%M} {entry.name}" if times else entry.name
            painter.setPen(text)
            elided = self.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideRight, inner.width() - swatch - 4
            )
            painter.drawText(inner.left() + swatch + 4, y + self.fontMetrics().ascent(), elided)
            y += line
        if len(shown) < len(entries):
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                inner.left(),
                y + self.fontMetrics().ascent(),
                f"+{len(entries) - len(shown)} more free",
            )

    def _line(self, painter: QPainter, inner: QRect, y: int, label: str) -> int:
        elided = self.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(inner.left(), y + self.fontMetrics().ascent(), elided)
        return y + self.fontMetrics().height()

    def _focus_frame(self, painter: QPainter, cell: QRect) -> None:
        pen = painter.pen()
        pen.setColor(self.palette().color(QPalette.ColorRole.Highlight))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawRect(cell.adjusted(1, 1, -1, -1))
