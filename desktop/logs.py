"""Logging to a file in the user's folder, and an exception hook that never leaks values.

Logs say what happened (an exception's type and where), never the values involved:
an exception's message can quote what a signer typed, so it is left out.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from desktop import paths
from desktop.private_files import create_private_file, private_folder

LOG_FILE = "tabling.log"
log = logging.getLogger("desktop")


def log_dir() -> Path:
    return paths.user_home() / "logs"


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every log file, the first and each one after a rotation, created 0600."""

    def _open(self) -> Any:
        create_private_file(Path(self.baseFilename))
        return super()._open()


def setup_logging(level: int = logging.INFO) -> Path:
    folder = private_folder(log_dir())
    handler = _PrivateRotatingFileHandler(
        folder / LOG_FILE, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    # urllib3 logs each request line at DEBUG, query string included: for the geocoder
    # that is a signer's street address. It never logs below WARNING here.
    logging.getLogger("urllib3").setLevel(max(level, logging.WARNING))
    return folder / LOG_FILE


def describe_exception(kind: type[BaseException], trace: TracebackType | None) -> str:
    """`ValueError at desktop/x.py:12 in f <- ...`: the type and the frames, no message."""
    frames = traceback.extract_tb(trace)
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in reversed(frames))
    return f"{kind.__module__}.{kind.__qualname__} at {where or 'unknown place'}"


ExceptionHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_exception_hook(show: Callable[[str], None] | None = None) -> ExceptionHook:
    """Log uncaught exceptions (without their messages); `show` tells the person at the screen."""

    def hook(kind: type[BaseException], _value: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, _value, trace)
            return
        text = describe_exception(kind, trace)
        log.error("uncaught %s", text)
        if show is not None:
            show(text)

    sys.excepthook = hook
    return hook
