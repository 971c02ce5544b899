"""A canvas for our PDFs, and writing them so that a file appears whole or not at all.

The PDF holds signers' names and addresses: it is written to a private temporary file
(mode 0600) beside the target and renamed onto it only once complete. A cancelled or
failed run removes the temporary file and leaves any earlier file at the target as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from desktop.letters import fonts

PAGE_WIDTH, PAGE_HEIGHT = LETTER  # US Letter, 612 x 792 points


@contextmanager
def atomic_path(out: Path | str) -> Iterator[Path]:
    """A temporary path beside `out` to write to; renamed onto `out` when the block ends well."""
    target = Path(out)
    handle, name = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.stem}-", suffix=".pdf.part"
    )
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def new_canvas(path: Path, title: str) -> Any:
    """A US Letter canvas writing to `path`, its metadata free of anything personal."""
    fonts.register_fonts()
    canvas = Canvas(
        str(path),
        pagesize=LETTER,
        pageCompression=1,
        initialFontName=fonts.REGULAR,
        initialFontSize=10,
        lang="en-US",
    )
    canvas.setTitle(title)
    canvas.setCreator("tabling")
    return canvas
