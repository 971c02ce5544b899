"""The `tabling` command run in-process, for the tests of the dataset's commands."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.cli import main

Run = Callable[..., tuple[int, str, str]]  # argv → (exit code, stdout, stderr)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def tabling(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return tabling
