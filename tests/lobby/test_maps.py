"""The maps: each district's fill is its count's class (or its position's colour), read
back from the drawn figure's collections, one entry per district in the dataset."""

from __future__ import annotations

import sqlite3
import warnings
from pathlib import Path

import numpy as np
from matplotlib.colors import to_rgba

from desktop.districts.dataset import Dataset
from desktop.lobby.map_text import (
    CLASS_COLOURS,
    NOT_VISITED_COLOUR,
    POSITION_COLOURS,
    MapText,
    signup_class,
)
from desktop.lobby.maps import positions_map, signups_map

# One district in each class, House and Senate, Boston's small ones among them.
HOUSE = {"3rd Hampshire": 4, "11th Suffolk": 5, "1st Suffolk": 12, "2nd Berkshire": 30,
         "5th Suffolk": 77, "4th Barnstable": 250}  # fmt: skip
SENATE = {"First Suffolk": 9, "Cape and Islands": 100}


def dataset_districts(path: Path, chamber: str) -> set[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT name FROM districts WHERE chamber = ?", (chamber,))
        return {name for (name,) in rows}


def fills(collection: object) -> list[tuple[float, ...]]:
    return [tuple(np.round(c, 4)) for c in collection.get_facecolors()]  # type: ignore[attr-defined]


def rgba(colour: str) -> tuple[float, ...]:
    return tuple(np.round(to_rgba(colour), 4))


def test_each_district_is_filled_with_its_count_class(dataset: Dataset) -> None:
    drawn = signups_map(dataset.path, {"house": HOUSE, "senate": SENATE})
    drawn.png(dpi=40)  # drawn for real: the colours below are what was rendered
    for chamber, counts in (("house", HOUSE), ("senate", SENATE)):
        layer = drawn.layers[chamber]
        assert set(layer.names) == dataset_districts(dataset.path, chamber)
        main, inset = fills(layer.main), fills(layer.inset)
        assert len(main) == len(layer.names) and inset == main
        for name, fill in zip(layer.names, main, strict=True):
            expected = CLASS_COLOURS[signup_class(counts.get(name, 0))]
            assert fill == rgba(expected), name
    house = dict(zip(drawn.layers["house"].names, fills(drawn.layers["house"].main), strict=True))
    # Six districts, six classes, six different fills: no two classes share a colour.
    assert len({house[name] for name in HOUSE}) == 6
    assert house["3rd Hampshire"] == house["2nd Hampden"]  # 4 signers look like none


def test_class_bounds() -> None:
    assert [signup_class(n) for n in (0, 4, 5, 9, 10, 24, 25, 49, 50, 99, 100, 5000)] == [
        0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]  # fmt: skip


def test_each_visited_district_shows_its_position(dataset: Dataset) -> None:
    known = {"house": {"3rd Hampshire": "supports", "11th Suffolk": "opposes"},
             "senate": {"First Suffolk": "not_said", "Cape and Islands": "undecided"}}  # fmt: skip
    drawn = positions_map(dataset.path, known)
    for chamber in ("house", "senate"):
        layer = drawn.layers[chamber]
        for name, fill in zip(layer.names, fills(layer.main), strict=True):
            position = known[chamber].get(name)
            colour = POSITION_COLOURS[position] if position else NOT_VISITED_COLOUR
            assert fill == rgba(colour), name


def test_the_legend_and_titles_come_in_the_words_given(dataset: Dataset) -> None:
    classes = ("menos de 5", "5 a 9", "10 a 24", "25 a 49", "50 a 99", "100 o más")
    text = MapText(signups_title="Inscripciones por distrito", inset="Gran Boston", classes=classes)
    figure = signups_map(dataset.path, {}, text).figure
    legend_texts = [t.get_text() for t in figure.legends[0].get_texts()]
    assert legend_texts == list(text.classes)
    assert figure.get_suptitle() == "Inscripciones por distrito"
    titles = {ax.get_title() for ax in figure.axes for ax in [ax, *ax.child_axes]}
    assert {"Gran Boston", "House districts", "Senate districts"} <= titles


def test_chinese_words_print_in_the_bundled_fallback_font(dataset: Dataset) -> None:
    text = MapText(signups_title="各选区登记人数", inset="大波士顿地区",
                   chambers={"house": "众议院选区", "senate": "参议院选区"})  # fmt: skip
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns of each glyph no font has
        png = signups_map(dataset.path, {}, text, ["house"]).png(dpi=30)
    assert png.startswith(b"\x89PNG")
