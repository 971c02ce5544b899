"""The route sheet read back with poppler: offices in walking order, on one or two pages."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from desktop.districts.dataset import Dataset
from desktop.lobby.delivery import StackView, walking_order
from desktop.lobby.route_sheet import write_route_sheet
from desktop.lobby.visits import offices


def _every_office(dataset: Dataset) -> list[StackView]:
    return walking_order(
        [
            StackView(f"S-AAAA-{n:04d}", m.name, m.chamber, m.district, m.room or "", 2, None, "")
            for n, m in enumerate(offices(dataset))
        ]
    )


def _text(pdf: Path, *options: str) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(pdf), "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    found = re.search(r"^Pages:\s+(\d+)$", info.stdout, re.MULTILINE)
    assert found is not None
    return int(found[1])


def test_a_long_run_keeps_to_two_pages_in_walking_order(dataset: Dataset, tmp_path: Path) -> None:
    stops = _every_office(dataset)[:150]
    out = tmp_path / "route.pdf"
    sheet = write_route_sheet("Delivery route: test", stops, out)
    assert sheet.pages == _pages(out) == 2 and (sheet.stacks, sheet.letters) == (150, 300)
    # Landscape, in two columns: read each page's left half, then its right half.
    halves = [
        _text(out, "-f", str(page), "-l", str(page), "-x", str(x), "-y", "0", "-W", "396",
              "-H", "612")
        for page in (1, 2)
        for x in (0, 396)
    ]  # fmt: skip
    flat = " ".join(" ".join(halves).split())
    # Each office numbered in turn, with its code, in the order of the rooms.
    at = [flat.index(f"{n}. {stop.member_name}") for n, stop in enumerate(stops, start=1)]
    assert at == sorted(at)
    assert all(stop.code in flat for stop in stops)


def test_a_short_run_is_one_page(dataset: Dataset, tmp_path: Path) -> None:
    out = tmp_path / "route.pdf"
    assert write_route_sheet("Delivery route: test", _every_office(dataset)[:20], out).pages == 1
    assert _pages(out) == 1
