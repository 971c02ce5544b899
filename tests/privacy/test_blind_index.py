"""Blind index: same person, same digest; nothing readable; salted per installation."""

from __future__ import annotations

import pytest

from desktop.privacy import blind_index
from desktop.privacy.blind_index import (
    BlindIndex,
    IndexCost,
    normalize_email,
    normalize_name_address,
    normalize_phone,
)

SALT = bytes(range(16))
OTHER_SALT = bytes(range(16, 32))
SEP = "\x1f"


@pytest.fixture(scope="module")
def index() -> BlindIndex:
    return BlindIndex(SALT)


# --- normalization, checked without hashing --------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "jane@example.com",
        "Jane@Example.com ",
        " JANE@EXAMPLE.COM\n",
        "\uff4a\uff41\uff4e\uff45@example.com",  # full-width, from an East Asian keyboard
    ],
)
def test_email_normalization(value: str) -> None:
    assert normalize_email(value) == "jane@example.com"


def test_email_mailbox_tricks_are_left_alone() -> None:
    assert normalize_email("jane.doe+table@example.com") == "jane.doe+table@example.com"


@pytest.mark.parametrize(
    "value",
    [
        "+16175551234",
        "+1 (617) 555-1234",
        "1.617.555.1234",
        "+1 617 \u0665\u0665\u0665 \uff11\uff12\uff13\uff14",  # Arabic-Indic, full-width
    ],
)
def test_phone_normalization(value: str) -> None:
    assert normalize_phone(value) == "16175551234"


@pytest.mark.parametrize("value", [None, "", "   ", "+", "(   ) -"])
def test_phone_with_no_digits_gives_none(index: BlindIndex, value: str | None) -> None:
    assert normalize_phone(value) is None
    assert index.phone(value) is None


@pytest.mark.parametrize("value", [None, "", "  \n"])
def test_empty_email_gives_none(index: BlindIndex, value: str | None) -> None:
    assert normalize_email(value) is None
    assert index.email(value) is None


def test_name_address_normalization() -> None:
    assert normalize_name_address("Jane", "Doe", "123 Main Street", "Boston") == SEP.join(
        ["jane", "doe", "123 main st", "boston"]
    )


@pytest.mark.parametrize(
    ("first", "last", "street", "town"),
    [
        ("JANE", "doe", "123 main st.", "  BOSTON "),
        ("Jane", "Doe", "123  Main   St", "boston"),
        ("Jáne", "Dõe", "123 Maïn Street", "Bôston"),
        ("Jane", "Doe", "123 Main St.", "Boston!"),
    ],
)
def test_name_address_variants_agree(first: str, last: str, street: str, town: str) -> None:
    expected = normalize_name_address("Jane", "Doe", "123 Main Street", "Boston")
    assert normalize_name_address(first, last, street, town) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("12 Saint James Avenue", "12 St. James Ave"),
        ("5 Elm Road, Apt 3", "5 Elm Rd #3"),
        ("5 Elm Road Unit 3", "5 elm rd no. 3"),
        ("40 North Main Street", "40 N Main St"),
        ("7 First Street", "7 1st St"),
        ("9 Court Street", "9 Ct St"),
    ],
)
def test_street_spellings_agree(a: str, b: str) -> None:
    assert normalize_name_address("Ana", "Silva", a, "Lowell") == normalize_name_address(
        "Ana", "Silva", b, "Lowell"
    )


def test_names_lose_spaces_punctuation_and_accents() -> None:
    assert normalize_name_address("Jean-Pierre", "O'Brien", "1 Elm St", "Salem") == (
        normalize_name_address("Jean Pierre", "OBrien", "1 Elm St", "Salem")
    )
    assert normalize_name_address("Nguyễn Văn", "An", "1 Elm St", "Salem") == (
        normalize_name_address("nguyen van", "an", "1 Elm St", "Salem")
    )
    assert normalize_name_address("Пётр", "Иванов", "1 Elm St", "Salem") == (
        normalize_name_address("Петр", "иванов", "1 Elm St", "Salem")
    )


def test_names_in_other_scripts_survive() -> None:
    normalized = normalize_name_address("小明", "王", "1 Elm St", "Malden")
    assert normalized == SEP.join(["小明", "王", "1 elm st", "malden"])
    normalized = normalize_name_address("민준", "김", "1 Elm St", "Malden")
    assert normalized is not None
    assert normalized.startswith("민준")  # Hangul put back together after NFKD


def test_name_and_address_fields_do_not_run_together() -> None:
    assert normalize_name_address("Ann", "Marie", "1 Elm St", "Salem") != (
        normalize_name_address("Annmarie", "", "1 Elm St", "Salem")
    )


@pytest.mark.parametrize(
    ("first", "last", "street", "town"),
    [
        (None, None, None, None),
        ("", "", "1 Elm St", "Salem"),  # no name
        ("Jane", "Doe", None, "Salem"),  # no street: namesakes in a town would merge
        ("Jane", "Doe", "1 Elm St", "  "),  # no town
        ("Jane", "Doe", "Apt #", "Salem"),  # nothing left of the street
    ],
)
def test_name_address_without_enough_gives_none(
    index: BlindIndex, first: str | None, last: str | None, street: str | None, town: str | None
) -> None:
    assert normalize_name_address(first, last, street, town) is None
    assert index.name_address(first, last, street, town) is None


def test_one_name_is_enough() -> None:
    assert normalize_name_address("", "Madonna", "1 Elm St", "Salem") is not None


# --- digests ---------------------------------------------------------------------------


def test_same_email_same_digest(index: BlindIndex) -> None:
    assert index.email("Jane@Example.com ") == index.email("jane@example.com")


def test_same_phone_same_digest(index: BlindIndex) -> None:
    assert index.phone("+1 (617) 555-1234") == index.phone("+16175551234")


def test_same_person_same_digest(index: BlindIndex) -> None:
    assert index.name_address("Nguyễn", "An", "123 Main Street", "Boston") == (
        index.name_address("NGUYEN", "an", "123 main st.", "boston")
    )


def test_different_values_different_digests(index: BlindIndex) -> None:
    assert index.email("jane@example.com") != index.email("john@example.com")
    assert index.phone("+16175551234") != index.phone("+16175551235")
    assert index.name_address("Jane", "Doe", "123 Main St", "Boston") != (
        index.name_address("Jane", "Doe", "125 Main St", "Boston")
    )


def test_different_salts_different_digests(index: BlindIndex) -> None:
    other = BlindIndex(OTHER_SALT)
    assert index.email("jane@example.com") != other.email("jane@example.com")
    assert index.phone("+16175551234") != other.phone("+16175551234")


def test_one_value_in_two_fields_gives_unrelated_digests(index: BlindIndex) -> None:
    # A phone number typed into the email box must not match the phone index.
    assert index.email("16175551234") != index.phone("16175551234")


def test_digest_reveals_nothing_readable(index: BlindIndex) -> None:
    digest = index.phone("+16175551234")
    assert digest is not None
    assert len(digest) == 64
    assert int(digest, 16) >= 0  # hex
    assert "6175551234" not in digest


def test_digests_are_stable() -> None:
    # Stored digests must keep matching across releases: if this fails, the
    # normalization or the hash changed, and stored indexes need recomputing. The cost is
    # the one installations made before 2026-12 store with their salt.
    index = BlindIndex(SALT, IndexCost(2, 16 * 1024 * 1024))
    assert index.email("jane@example.com") == (
        "931191e6e6d856c75c0254de5a4df73e6e52ed922daa2b31dbcec5270078fb5a"
    )
    assert index.phone("+16175551234") == (
        "804aa9b5b1ebd73f2e32bcf4bc082ac570c0da7887f1b716c4e7df9b457097b3"
    )
    assert index.name_address("Jane", "Doe", "123 Main St", "Boston") == (
        "048f634665f8ab14568b6f14c4246ff01afb0ce6a664af87931c55a24a64f59a"
    )


def test_keyed_digests_are_stable_and_need_the_key() -> None:
    keyed = BlindIndex.keyed(bytes(range(32)))
    assert keyed.email("jane@example.com") == (
        "0d048a659b140f86397d33aeecb792eefda406afed0efe5bf22f00676398026f"
    )
    assert BlindIndex.keyed(bytes(32)).email("jane@example.com") != keyed.email("jane@example.com")
    with pytest.raises(ValueError):
        BlindIndex.keyed(bytes(16))


def test_the_hash_stays_slow_and_memory_hard() -> None:
    # Speed itself is not measured here (a test never fails because a machine is slow);
    # this guards the setting that makes brute-forcing phone numbers impractical.
    assert blind_index.INDEX_MEMLIMIT >= 16 * 1024 * 1024
    assert blind_index.INDEX_OPSLIMIT >= 2


def test_salt_must_be_16_bytes() -> None:
    with pytest.raises(ValueError, match="16 bytes"):
        BlindIndex(b"short")
