"""Errors the districts package raises, each worded for the person who must act on it."""

from __future__ import annotations

from desktop.errors import FileProblem


class SourceError(FileProblem):
    """A source file is missing or malformed: names the file, the line when known, the problem."""


class BuildError(Exception):
    """The sources do not fit together (a district with no match, two members for one seat)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        listing = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"the dataset was not built; {len(problems)} problem(s):\n{listing}")


class DatasetError(Exception):
    """The built dataset is missing, unreadable or of another schema version."""


class LookupInputError(ValueError):
    """What the person asked cannot be looked up as given (latitude 500, a ward without a town)."""
