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
    # The window really is drawn at twice its size in such a process...
    ratio = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtWidgets import QApplication;"
         " print(QApplication([]).primaryScreen().devicePixelRatio())"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert ratio.stdout.strip() == "2.0", ratio.stderr
    # ...and there the 1920x1080 layout cases pass as they do at 100 %.
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/gui/test_layout.py", "-k", "1920x1080"],
        cwd=PROJECT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "2 passed" in done.stdout, done.stdout[-2000:]
