"""The look follows the system: icons and the warning colour are drawn from the
palette in use (light, dark) and give way to a high-contrast theme's own colours."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from peersupport_desktop.gui import palette_icons
from peersupport_desktop.gui.look import alert_colour, icon
from peersupport_desktop.gui.palette_icons import BLUE, DARK_BLUE


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#171717"), (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#303134"), (QPalette.ColorRole.ButtonText, "#e8eaed"),
    ):  # fmt: skip
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def restored_palette(configured_app: QApplication) -> Iterator[QApplication]:
    saved = QPalette(configured_app.palette())
    yield configured_app
    configured_app.setPalette(saved)


def colours_drawn(drawn: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> set[str]:
    image = drawn.pixmap(QSize(48, 48), mode).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_icons_are_drawn_for_a_light_and_a_dark_palette(restored_palette: QApplication) -> None:
    assert colours_drawn(icon("today")) == {BLUE}
    restored_palette.setPalette(dark_palette())
    assert colours_drawn(icon("today")) == {DARK_BLUE}  # the same icon, drawn anew
    assert alert_colour().lightness() > 128  # a light red on a dark window
    assert alert_colour().name() in colours_drawn(icon("overdue"))
    assert alert_colour().name() in colours_drawn(icon("overdue"), QIcon.Mode.Active)  # hovered
    assert palette_icons.high_contrast() is False  # the real query: no preference offscreen


def test_high_contrast_draws_in_the_themes_own_colours(
    restored_palette: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The operating system's setting, which the offscreen platform cannot change.
    monkeypatch.setattr(palette_icons, "high_contrast", lambda: True)
    theme = dark_palette()
    theme.setColor(QPalette.ColorRole.ButtonText, QColor("#ffff00"))  # a yellow-on-black theme
    theme.setColor(QPalette.ColorRole.WindowText, QColor("#ffff00"))
    restored_palette.setPalette(theme)
    assert colours_drawn(icon("supporters")) == {"#ffff00"}
    assert alert_colour().name() == "#ffff00"  # the words and the ⚠ carry the warning
    disabled = colours_drawn(icon("supporters"), QIcon.Mode.Disabled)
    assert disabled == {
        theme.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText).name()
    }


def test_an_icon_stays_sharp_at_150_percent() -> None:
    drawn = icon("today").pixmap(QSize(20, 20), 1.5)
    assert drawn.deviceIndependentSize().toSize() == QSize(20, 20)
    assert drawn.size() == QSize(30, 30)
    assert drawn.devicePixelRatio() == 1.5
    assert colours_drawn(icon("today")) == {BLUE}  # and drawn, not blank
