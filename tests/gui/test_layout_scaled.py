"""The kiosk on a 4K screen at 200 % display scaling: the layout test again, in a process
of its own with QT_SCALE_FACTOR=2 (Qt reads it once, when the application starts), on a
3840x2160 screen that Qt lays out as 1920x1080."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def test_the_kiosk_fits_a_4k_screen_at_200_percent() -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/gui/test_layout.py", "tests/gui/test_layout_scaled.py",
         "-k", "1920x1080 or test_scale_is_two"],
        cwd=PROJECT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "3 passed" in done.stdout, done.stdout[-2000:]


def test_scale_is_two(qapp: object) -> None:
    """Run by the test above: the window really is drawn at twice its size."""
    from PySide6.QtWidgets import QApplication

    if os.environ.get("QT_SCALE_FACTOR") != "2":
        return  # on its own, at 100 %: nothing to check
    screen = QApplication.primaryScreen()
    assert screen is not None and screen.devicePixelRatio() == 2.0
