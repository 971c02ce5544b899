"""Spellings of one street give one key; different streets keep different keys."""

from __future__ import annotations

import pytest

from desktop.streets.names import street_key

SAME = [
    ("Mass Ave", "Massachusetts Avenue", "Massachusetts Ave", "MASS. AVE."),
    ("1st St", "First Street", "1ST STREET"),
    ("N Main St", "North Main Street", "N. Main St."),
    ("St James Ave", "Saint James Avenue", "St. James Av"),
    ("Comm Ave", "Commonwealth Avenue"),
    ("Dot Ave", "Dorchester Avenue"),
    ("Mem Dr", "Memorial Drive"),
    ("Blue Hill Ave", "Blue Hills Avenue", "Bluehill Ave"),
    ("MLK Blvd", "Martin Luther King Jr Boulevard", "Martin Luther King, Jr. Blvd"),
    ("VFW Pkwy", "Veterans of Foreign Wars Parkway"),
    ("Twenty-First St", "21st Street", "Twenty First St"),
    ("Forty-Second St", "42nd St"),
    ("One Hundredth St", "100th St", "Hundredth Street"),
    ("One Hundred and First St", "101st St"),
    ("Rte 9", "Route 9", "State Rte 9", "State Hwy 9", "Highway 9", "MA Route 9"),
    ("US Hwy 1", "Route 1", "US Rte 1"),
    ("Rte 1A", "Route 1A"),
    ("Msgr O'Brien Hwy", "Monsignor OBrien Highway", "Msgr O\u2019Brien Hwy"),
    ("São João St", "Sao Joao Street"),
    ("Mt Vernon St", "Mount Vernon Street"),
    ("Centre St", "Center Street"),
    ("The Fenway", "Fenway"),
    ("Main St N", "Main Street North"),
    ("Long Wharf", "Long Whf"),
    ("Avenue Louis Pasteur", "Ave Louis Pasteur"),
]

DIFFERENT = [
    ("N St", "North St"),  # South Boston's N Street is not the North End's North Street
    ("E St", "East St"),
    ("N Main St", "Main St"),
    ("Main St", "Main Ave"),
    ("St James Ave", "James St"),
    ("Mass Ave", "Mass Pike"),
    ("1st St", "1st Ave"),
    ("Rte 9", "Rte 90"),
]


@pytest.mark.parametrize("spellings", SAME, ids=lambda s: s[0])
def test_spellings_of_one_street_agree(spellings: tuple[str, ...]) -> None:
    keys = {street_key(s).key for s in spellings}
    assert len(keys) == 1, keys


@pytest.mark.parametrize("pair", DIFFERENT, ids=lambda p: " / ".join(p))
def test_different_streets_differ(pair: tuple[str, str]) -> None:
    assert street_key(pair[0]).key != street_key(pair[1]).key


def test_the_key_reads_as_the_parts() -> None:
    assert street_key("North Main Street").key == "n main st"
    assert street_key("Massachusetts Avenue").key == "massachusetts ave"
    assert street_key("First Street").key == "1 st"
    assert street_key("Saint James Avenue").key == "saint james ave"
    assert street_key("State Hwy 2").key == "route 2"


def test_the_base_key_leaves_out_the_suffix() -> None:
    assert street_key("Dudley Street").base == "dudley" == street_key("Dudley").key
    assert street_key("Dudley Street").has_suffix and not street_key("Dudley").has_suffix
    assert street_key("N Main St").base == "n main"
    assert street_key("Broadway").base == "broadway"


def test_aliases_apply_only_to_the_whole_name() -> None:
    assert street_key("Mass Ave").key == "massachusetts ave"
    assert street_key("Old Mass Ave").key == "old mass ave"
    assert street_key("Dot Rock Ave").key == "dot rock ave"


def test_nothing_to_key() -> None:
    assert street_key("").key == ""
    assert street_key("  ,. ").key == ""
