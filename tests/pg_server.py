"""The hub tests' PostgreSQL server (a fixture for the session): tests/pg_cluster.py starts
it and stops it afterwards. A missing server is a test failure, not a skip: CI installs it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.pg_cluster import NoServer, PgServer, running

__all__ = ["PgServer", "pg_server"]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        with running() as server:
            yield server
    except NoServer as exc:
        pytest.fail(str(exc), pytrace=False)
