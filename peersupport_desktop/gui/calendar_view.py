"""The program's calendar, painted: a month of days or a week of hours.

Each supporter has a colour of their own, always beside their name (never colour
alone). A day or an hour is selected by mouse or keyboard; the page lists who is
free then. Painting reads a plan computed once per period, so it stays quick with
hundreds of supporters: a cell draws as many lines as fit and ends with "+N more",
and its tooltip lists everyone. Only an overdue follow-up is in the alert colour, and
it says "overdue" too. A check-in before a milestone (a deposition, a hearing) shows on
its day beside the follow-ups. The week view shows each day's follow-ups and check-ins
under its name and a line at the current time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, QLine, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from peersupport_desktop.core.plurals import counted
from peersupport_desktop.gui.look import alert_colour, is_dark
from peersupport_desktop.services.calendar_plan import CalendarPlan, FreeEntry, PlannedCheckIn

FIRST_HOUR, LAST_HOUR = 7, 21  # the week view's rows: 07:00 to 21:00
GOLDEN = 0.618033988749895
TOOLTIP_PEOPLE = 30  # a tooltip taller than this would not fit a laptop's screen
NOW_TICK_MS = 60_000  # the current-time line moves on by the minute


class Mode(Enum):
    MONTH = "month"
    WEEK = "week"


class LineKind(Enum):
    ON_CALL = "on call"
    FOLLOW_UP = "follow-up"
    OVERDUE = "overdue follow-up"
    CHECK_IN = "check-in before a milestone"
    FREE = "free"
    MORE = "more"


@dataclass(frozen=True, slots=True)
class CellLine:
    """One line of a month cell, as painted."""

    text: str
    kind: LineKind
    supporter_id: int | None = None  # a free line's swatch


def check_in_sentence(check_in: PlannedCheckIn) -> str:
    """A check-in in full, for a tooltip or the page's list of the day."""
    return (
        f"Check-in before {check_in.kind.label.lower()} on "
        f"{check_in.milestone_on:%A %d %B}: {check_in.reference}"
    )


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

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Calendar")
        # Not a tooltip: each day's cell has its own (the names a full cell leaves out).
        self.setAccessibleDescription(
            "Who is free and which follow-ups are due, day by day; "
            "the arrows move, Page Up and Page Down change the period."
        )
        self.mode = Mode.MONTH
        self.clock = clock
        self._fixed_today = today  # a test's day; otherwise the clock's, read each time
        self.selected_day = self.today
        self.selected_hour = 12
        self.plan = CalendarPlan(self.today, self.today)
        self.now_ticker = QTimer(self)
        self.now_ticker.setInterval(NOW_TICK_MS)
        self.now_ticker.timeout.connect(self._tick)
        self.now_ticker.start()

    @property
    def today(self) -> dt.date:
        """Today as the clock has it now: a view left open past midnight moves on."""
        return self._fixed_today or self.clock().date()

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

    def is_overdue(self, day: dt.date) -> bool:
        """A follow-up planned before today and still open (the plan holds open cases)."""
        return day < self.today

    def follow_up_line(self, day: dt.date, reference: str) -> CellLine:
        """The word first: a narrow cell cuts the reference's end, never "Overdue"."""
        if self.is_overdue(day):
            return CellLine(f"Overdue: {reference}", LineKind.OVERDUE)
        return CellLine(f"Follow-up: {reference}", LineKind.FOLLOW_UP)

    @staticmethod
    def check_in_line(check_in: PlannedCheckIn) -> CellLine:
        """The word first, then what comes when, then the case: "Check-in: deposition
        14 Dec · PS-000012"."""
        what = check_in.kind.label.lower()
        return CellLine(
            f"Check-in: {what} {check_in.milestone_on:%d %b} · {check_in.reference}",
            LineKind.CHECK_IN,
        )

    def month_lines(self, day: dt.date, room: int) -> list[CellLine]:
        """What a month cell with ``room`` lines shows: all of it, or what fits and "+N more"."""
        lines: list[CellLine] = []
        if day.weekday() == 0 and (name := self.plan.on_call_for(day)):
            lines.append(CellLine(f"On call: {name}", LineKind.ON_CALL))
        lines.extend(self.follow_up_line(day, ref) for ref in self.plan.follow_ups.get(day, ()))
        lines.extend(self.check_in_line(c) for c in self.plan.check_ins.get(day, ()))
        lines.extend(
            CellLine(f"{e.starts:%H:%M} {e.name}", LineKind.FREE, e.supporter_id)
            for e in self.plan.free.get(day, ())
        )
        if len(lines) <= room:
            return lines
        if room <= 0:
            return []
        shown = lines[: room - 1]
        return [*shown, CellLine(f"+{len(lines) - len(shown)} more", LineKind.MORE)]

    def week_follow_ups(self, day: dt.date) -> CellLine | None:
        """The line under a day's name in the week view: its follow-ups (and check-ins
        before milestones), counted."""
        references = self.plan.follow_ups.get(day, ())
        check_ins = self.plan.check_ins.get(day, ())
        if check_ins:
            return self._week_check_ins(day, references, check_ins)
        if not references:
            return None
        if len(references) == 1:
            return self.follow_up_line(day, references[0])
        text = counted(len(references), "follow-up")
        if self.is_overdue(day):
            return CellLine(f"Overdue: {text}", LineKind.OVERDUE)
        return CellLine(text, LineKind.FOLLOW_UP)

    def _week_check_ins(
        self, day: dt.date, references: Sequence[str], check_ins: Sequence[PlannedCheckIn]
    ) -> CellLine:
        if not references and len(check_ins) == 1:
            return self.check_in_line(check_ins[0])
        parts = [counted(len(references), "follow-up")] if references else []
        text = ", ".join([*parts, counted(len(check_ins), "check-in")])
        if references and self.is_overdue(day):
            return CellLine(f"Overdue: {text}", LineKind.OVERDUE)
        return CellLine(text, LineKind.CHECK_IN)

    def tooltip_at(self, point: QPoint) -> str:
        """Everything about the day (month) or hour (week) under ``point``, in full."""
        if self.mode is Mode.WEEK and point.y() < self._header_height():
            start, _end = self.visible_range()
            grid = self._grid()
            if not grid.left() <= point.x() < grid.right():
                return ""
            column = (point.x() - grid.left()) * 7 // grid.width()
            day = start + dt.timedelta(days=column)
            return "\n".join([f"{day:%A %d %B}", *self._follow_up_lines(day)])
        hit = self.slot_at(point)
        if hit is None:
            return ""
        day, hour = hit
        if hour is None:
            starts = dt.datetime.combine(day, dt.time())
            heading, ends = f"{day:%A %d %B}", starts + dt.timedelta(days=1)
        else:
            starts = dt.datetime.combine(day, dt.time(hour))
            ends = starts + dt.timedelta(hours=1)
            heading = f"{day:%A %d %B}, {starts:%H:%M}-{ends:%H:%M}"
        lines = [heading]
        if name := self.plan.on_call_for(day):
            lines.append(f"First call this week: {name}")
        lines.extend(self._follow_up_lines(day))
        free = self.plan.free_during(starts, ends)
        if not free:
            lines.append("Nobody is free then.")
        else:
            lines.append("Free:")
            lines.extend(
                f"  {e.starts:%H:%M}-{e.ends:%H:%M}  {e.name}" for e in free[:TOOLTIP_PEOPLE]
            )
            if len(free) > TOOLTIP_PEOPLE:
                lines.append(
                    f"  and {len(free) - TOOLTIP_PEOPLE} more: select the day to see everyone"
                )
        return "\n".join(lines)

    def _follow_up_lines(self, day: dt.date) -> list[str]:
        said = "overdue" if self.is_overdue(day) else "due"
        lines = [f"Follow-up {said}: {ref}" for ref in self.plan.follow_ups.get(day, ())]
        return lines + [check_in_sentence(c) for c in self.plan.check_ins.get(day, ())]

    def now_line(self) -> QLine | None:
        """Where the week view marks the current time: across today's column."""
        if self.mode is not Mode.WEEK:
            return None
        now = self.clock()
        start, end = self.visible_range()
        if not start <= now.date() <= end:
            return None
        hours = now.hour + now.minute / 60 - FIRST_HOUR
        if not 0 <= hours < LAST_HOUR - FIRST_HOUR:
            return None
        grid = self._grid()
        cell = self._cell(grid, (now.date() - start).days, 0, 1)
        y = grid.top() + round(hours * grid.height() / (LAST_HOUR - FIRST_HOUR))
        return QLine(cell.left() + 1, y, cell.right() - 1, y)

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

    def _tick(self) -> None:
        if self.mode is Mode.WEEK and self.isVisible():
            self.update()  # the current-time line moves

    # -- Qt events ------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

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
        lines = 1 if self.mode is Mode.MONTH else 2  # the week's second: its follow-ups
        return lines * self.fontMetrics().height() + 8

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
            if self.mode is Mode.MONTH:
                painter.drawText(
                    QRect(left, 0, right - left, self._header_height()),
                    Qt.AlignmentFlag.AlignCenter,
                    f"{day:%a}",
                )
                continue
            line = self.fontMetrics().height()
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(
                QRect(left, 4, right - left, line), Qt.AlignmentFlag.AlignCenter, f"{day:%a %d %b}"
            )
            follow_ups = self.week_follow_ups(day)
            if follow_ups is not None:
                painter.setPen(self._colour(follow_ups.kind))
                elided = self.fontMetrics().elidedText(
                    follow_ups.text, Qt.TextElideMode.ElideRight, right - left - 4
                )
                painter.drawText(
                    QRect(left, 4 + line, right - left, line), Qt.AlignmentFlag.AlignCenter, elided
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
            for cell_line in self.month_lines(day, self.month_room()):
                y = self._paint_line(painter, inner, y, cell_line)
        if self.hasFocus():
            self._focus_frame(painter, self._month_cell(grid, start))

    def day_rect(self, day: dt.date) -> QRect | None:
        """A month cell's rectangle, or a week column's (hours only), if ``day`` is shown."""
        start, end = self.visible_range()
        if not start <= day <= end:
            return None
        index = (day - start).days
        if self.mode is Mode.MONTH:
            return self._cell(self._grid(), index % 7, index // 7, 6)
        return self._cell(self._grid(), index, 0, 1)

    def month_room(self) -> int:
        """The lines a month cell has below its day number."""
        line = self.fontMetrics().height()
        inner_height = self._grid().height() // 6 - 4
        return max(0, (inner_height - 1 - line) // line)

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
        self._paint_now(painter)

    def _paint_now(self, painter: QPainter) -> None:
        """A line with a dot at its start: a shape, not a colour alone, says "now"."""
        line = self.now_line()
        if line is None:
            return
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, 2))
        painter.drawLine(line)
        painter.setBrush(colour)
        painter.drawEllipse(line.p1(), 4, 4)
        painter.setBrush(Qt.BrushStyle.NoBrush)

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

    def _colour(self, kind: LineKind) -> QColor:
        if kind is LineKind.OVERDUE:
            return alert_colour()
        if kind is LineKind.MORE:
            return self.palette().color(QPalette.ColorRole.PlaceholderText)
        return self.palette().color(QPalette.ColorRole.Text)

    def _paint_line(self, painter: QPainter, inner: QRect, y: int, cell_line: CellLine) -> int:
        """One line of a month cell; a free supporter's behind their colour's swatch."""
        metrics = self.fontMetrics()
        left, width = inner.left(), inner.width()
        if cell_line.supporter_id is not None:
            swatch = metrics.height() - 6
            painter.fillRect(
                QRect(left, y + 3, swatch, swatch), supporter_colour(cell_line.supporter_id)
            )
            left, width = left + swatch + 4, width - swatch - 4
        painter.setPen(self._colour(cell_line.kind))
        elided = metrics.elidedText(cell_line.text, Qt.TextElideMode.ElideRight, width)
        painter.drawText(left, y + metrics.ascent(), elided)
        return y + metrics.height()

    def _focus_frame(self, painter: QPainter, cell: QRect) -> None:
        pen = painter.pen()
        pen.setColor(self.palette().color(QPalette.ColorRole.Highlight))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawRect(cell.adjusted(1, 1, -1, -1))
