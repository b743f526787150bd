"""The Qt binding itself: a release that leaks references would crash a long session.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call of a void
method; the calendar's painting used up None's count in seconds and the process
died. Python 3.12 made None immortal, so the check only means something before it.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_calls_keep_none_alive() -> None:
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        painter.fillRect(QRect(0, 0, 4, 4), QColor("red"))
        painter.setPen(QColor("blue"))
        label.setText("x")
    painter.end()
    assert sys.getrefcount(None) >= before - 10  # a leak would show as about -1,500
