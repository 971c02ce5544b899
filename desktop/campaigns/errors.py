"""Errors the campaigns package raises, each worded for the person who must act on it."""

from __future__ import annotations

from desktop.errors import FileProblem


class CampaignError(FileProblem):
    """A campaign file is missing or malformed: names the file, the line when known, the problem."""


class RenderError(ValueError):
    """A text cannot be filled in: a value it needs is missing, or a value is not one it takes."""


def campaign_problem(error: CampaignError) -> str:
    """One sentence for an organizer: which file, where, what, and what to do."""
    where = f", line {error.line}" if error.line is not None else ""
    return (
        f"The campaign file {error.path}{where} is not usable ({error.problem}): fix it, or"
        " remove it to use the campaign the app comes with."
    )
