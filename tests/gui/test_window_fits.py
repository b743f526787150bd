"""Every page and dialog fits a laptop: 1280 by 720 at 100%, and 1920 by 1080 at 150%
(which leaves the same 1280 by 720 to lay out in), with room for a task bar and a
title bar. Each screen is its own process, laid out by ``window_sizes``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOM = (1280, 640)  # 720 less a task bar and a window's title bar


def laid_out(tmp_path: Path, width: int, height: int, scale: float) -> dict[str, object]:
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": width, "height": height,
                          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
        )
    )  # fmt: skip
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "QT_SCALE_FACTOR": str(scale),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.window_sizes"],
        capture_output=True, text=True, env=environment, timeout=120, check=True,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize(("width", "height", "scale"), [(1280, 720, 1.0), (1920, 1080, 1.5)])
def test_every_page_and_dialog_fits_a_laptop(
    tmp_path: Path, width: int, height: int, scale: float
) -> None:
    result = laid_out(tmp_path, width, height, scale)
    assert result["screen"] == {"width": 1280, "height": 720}
    assert result["ratio"] == scale
    assert result["missed"] == [], "a dialog this check does not open"
    sizes = result["sizes"]
    assert isinstance(sizes, dict) and len(sizes) > 20
    too_large = {
        name: size
        for name, size in sizes.items()
        if max(size["width"], size["min_width"]) > ROOM[0]
        or max(size["height"], size["min_height"]) > ROOM[1]
    }
    assert too_large == {}
