from __future__ import annotations

import pytest

from desktop.districts.names import district_key, place_key
from desktop.districts.sources import house_display_name, senate_display_name


@pytest.mark.parametrize(
    ("spellings", "key"),
    [
        (["4th Hampden", "Fourth Hampden", "FOURTH  hampden"], "4 hampden"),
        (
            ["37th Middlesex", "Thirty-Seventh Middlesex", "Thirty Seventh Middlesex"],
            "37 middlesex",
        ),
        (["20th Middlesex", "Twentieth Middlesex"], "20 middlesex"),
        (["11th Suffolk", "Eleventh Suffolk"], "11 suffolk"),
        (
            [
                "Second Plymouth and Norfolk",
                "Second Plymouth & Norfolk",
                "2nd Plymouth and Norfolk",
            ],
            "2 plymouth and norfolk",
        ),
        (
            [
                "Berkshire, Hampden, Franklin and Hampshire",
                "Berkshire, Hampden, Franklin & Hampshire",
                "Berkshire Hampden Franklin and Hampshire",
            ],
            "berkshire hampden franklin and hampshire",
        ),
    ],
)
def test_every_spelling_of_a_district_has_one_key(spellings: list[str], key: str) -> None:
    assert {district_key(s) for s in spellings} == {key}


def test_display_names_follow_the_house_and_senate_forms() -> None:
    assert house_display_name("Thirty-Seventh Middlesex") == "37th Middlesex"
    assert house_display_name("Twenty-Second Middlesex") == "22nd Middlesex"
    assert (
        house_display_name("Barnstable, Dukes and Nantucket") == "Barnstable, Dukes and Nantucket"
    )
    assert senate_display_name("Norfolk, Plymouth & Bristol") == "Norfolk, Plymouth and Bristol"


@pytest.mark.parametrize(
    ("typed", "official"),
    [
        ("north attleborough", "North Attleborough"),
        ("MANCHESTER BY THE SEA", "Manchester-by-the-Sea"),
        ("  Manchester-by-the-Sea, MA ", "Manchester-by-the-Sea"),
        ("Middleboro", "Middleborough"),
        ("East Hampton", "Easthampton"),
        ("Mt Washington", "Mount Washington"),
        ("Gt Barrington", "Great Barrington"),
        ("Fóxborough", "Foxborough"),
        ("o'neil", "ONeil"),
    ],
)
def test_place_keys_ignore_case_spacing_punctuation_and_accents(typed: str, official: str) -> None:
    assert place_key(typed) == place_key(official)


def test_different_places_keep_different_keys() -> None:
    assert place_key("Boston") != place_key("East Boston")
    assert place_key("Attleboro") != place_key("North Attleborough")
