"""Even with the log at DEBUG, a geocoded address never reaches the log file."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from desktop.geocoding import CensusGeocoder
from desktop.logs import setup_logging
from tests.geocoding.census_server import FakeCensus, census_match


@pytest.fixture
def debug_log() -> Iterator[object]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    path = setup_logging(logging.DEBUG)
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    logging.getLogger("urllib3").setLevel(logging.NOTSET)


def test_the_address_is_not_logged_at_debug(
    debug_log: object, geocoder: CensusGeocoder, census: FakeCensus
) -> None:
    census.matches = [census_match("77 QUIMBY ST, OSTERVILLE, MA, 02655", -71.39, 41.63)]
    assert geocoder.locate("77 Quimby St, Osterville, MA") is not None
    for handler in logging.getLogger().handlers:
        handler.flush()
    lines = debug_log.read_text(encoding="utf-8").splitlines()  # type: ignore[attr-defined]
    # The loopback test server (werkzeug, in this process) logs its own request lines.
    ours = "\n".join(line for line in lines if " werkzeug: " not in line)
    assert "urllib3" in ours or "census" in ours  # the log did record the request
    assert "Quimby" not in ours and "QUIMBY" not in ours
    assert logging.getLogger("urllib3").getEffectiveLevel() >= logging.WARNING
