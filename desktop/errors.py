"""Errors shared across the app's packages."""

from __future__ import annotations

from pathlib import Path


class CheckFailed(Exception):
    """A self-check's answer was wrong: the message says what was expected."""


class FileProblem(Exception):
    """A file is missing or malformed: names the file, the line when known, and the problem."""

    def __init__(self, path: Path | str, problem: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        self.problem = problem
        where = f"{self.path}, line {line}" if line is not None else str(self.path)
        super().__init__(f"{where}: {problem}")
