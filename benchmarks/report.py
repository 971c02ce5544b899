"""The printed table and the JSON file: what the measurements are, in one glance."""

from __future__ import annotations

import json
import platform
import sys
from pathlib import Path
from typing import Any

import shapely

from benchmarks.timing import Measurement

_COLUMNS = ("measurement", "ours", "baseline", "ratio", "target", "met", "baseline is")


def _row(m: Measurement) -> tuple[str, ...]:
    met = "" if m.target_met is None else ("yes" if m.target_met else "NO")
    return (
        m.name,
        f"{m.ours:,.1f} {m.unit}",
        f"{m.baseline:,.1f} {m.unit}",
        f"{m.ratio:.2f}x",
        m.target or "-",
        met or "-",
        m.baseline_name,
    )


def table(measurements: list[Measurement]) -> str:
    """A plain-text table, numeric columns right-aligned, then one note per row."""
    rows = [_COLUMNS, *map(_row, measurements)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_COLUMNS))]
    numeric = {1, 2, 3}

    def line(row: tuple[str, ...]) -> str:
        cells = (
            cell.rjust(width) if i in numeric else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        )
        return "  ".join(cells).rstrip()

    out = [line(rows[0]), "  ".join("-" * w for w in widths), *map(line, rows[1:])]
    out.append("")
    out.append("medians; ratio = ours / baseline, both measured in this run, interleaved")
    out += [f"  {m.name}: {m.note} ({m.rounds} rounds)" for m in measurements]
    return "\n".join(out)


def environment() -> dict[str, Any]:
    return {
        "python": sys.version.split()[0],
        "shapely": shapely.__version__,
        "platform": platform.platform(),
        "machine": platform.machine(),
    }


def write_json(path: Path, measurements: list[Measurement], settings: dict[str, Any]) -> None:
    document = {
        "environment": environment(),
        "settings": settings,
        "measurements": [m.to_json() for m in measurements],
    }
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
