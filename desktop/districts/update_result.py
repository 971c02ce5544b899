"""What an update of the legislators' data ends with: a result to show, or one sentence why not.

Both updates (`tabling data update`, with or without `--roster-only`) end here, and the
command and the window print the same lines.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from desktop.districts import changes
from desktop.districts.errors import BuildError


class UpdateFailed(Exception):
    """The update stopped before replacing anything; its text is one plain sentence."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(
            f"{reason[:1].upper()}{reason[1:]}; the legislators' data was not changed."
        )


@dataclass
class UpdateResult:
    path: Path  # the dataset written (or that would be, on a dry run)
    as_of: dt.date
    applied: bool  # False on a dry run
    changes: changes.Changes
    notes: list[str] = field(default_factory=list)
    cross_check: list[str] = field(default_factory=list)
    vacant: list[str] = field(default_factory=list)  # the State seats with nobody, by name

    def summary(self) -> list[str]:
        """The lines the command prints and the window shows."""
        lines = []
        if self.changes.none:
            lines.append(f"No changes: the legislators' data is current as of {self.as_of}.")
        else:
            lines += [*self.changes.seats, *self.changes.contacts, *self.changes.maps]
        if self.vacant:
            lines.append(f"Vacant seats ({len(self.vacant)}): {', '.join(self.vacant)}.")
        else:
            lines.append("Vacant seats: none.")
        lines += self.notes
        lines += self.cross_check
        if not self.applied:
            lines.append("Dry run: nothing was changed.")
        return lines


def failure_from_build(exc: BuildError) -> UpdateFailed:
    first, others = exc.problems[0], len(exc.problems) - 1
    more = f"; and {others} more problem(s)" if others else ""
    return UpdateFailed(f"the downloaded data does not fit together ({first}{more})")
