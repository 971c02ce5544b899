"""Files that hold personal data: the user's folder, logs and exports, readable by the owner alone.

The data folder and its logs folder are made 0700 and files in them 0600, by the window
and the command line alike. An export is written only to a real file (never through a
symbolic link, which could point anywhere), created 0600 or brought down to 0600 when it
replaces a file that was readable by others. A folder that does not exist is said in one
sentence, not a traceback.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

FOLDER_MODE = 0o700
FILE_MODE = 0o600


class PrivateFileError(ValueError):
    """A file cannot be written where asked; the text says why and what to do."""


def private_folder(path: Path, *, ours: bool = True) -> Path:
    """Make `path` (and its parents) if needed, the folder itself the owner's alone.

    `ours`: the app's own folder (the data folder, its logs), tightened to 0700 if someone
    loosened it; a folder the user chose for a file keeps its mode once it exists.
    """
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    if ours and os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        path.chmod(FOLDER_MODE)
    return path


def create_private_file(path: Path) -> Path:
    """Create `path` empty and 0600 if it is missing; tighten it to 0600 if it is not."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE))
    if os.name == "posix":
        path.chmod(FILE_MODE)
    return path


def check_target(path: Path) -> None:
    """Raise PrivateFileError unless `path` can be written as a private file."""
    folder = path.parent
    if not folder.is_dir():
        raise PrivateFileError(
            f"The folder {folder} does not exist: create it first, or choose another folder."
        )
    if path.is_symlink():
        raise PrivateFileError(
            f"{path} is a link to another file: choose a new file name, not a link."
        )
    if path.is_dir():
        raise PrivateFileError(f"{path} is a folder: give a file name inside it.")


@contextmanager
def open_private_text(path: Path) -> Iterator[TextIO]:
    """`path` opened for writing UTF-8 text (CSV-ready: newline=""), 0600, never via a link."""
    check_target(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(path, flags, FILE_MODE)
    except OSError as exc:  # a link made meanwhile (ELOOP), no permission, a full disk
        raise PrivateFileError(f"{path} cannot be written ({exc.strerror or exc}).") from None
    if hasattr(os, "fchmod"):
        os.fchmod(descriptor, FILE_MODE)  # an existing file keeps its mode through O_TRUNC
    with os.fdopen(descriptor, "w", newline="", encoding="utf-8") as handle:
        yield handle
