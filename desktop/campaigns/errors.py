"""Errors the campaigns package raises, each worded for the person who must act on it."""

from __future__ import annotations

from desktop.errors import FileProblem


class CampaignError(FileProblem):
    """A campaign file is missing or malformed: names the file, the line when known, the problem."""


class RenderError(ValueError):
    """A text cannot be filled in: a value it needs is missing, or a value is not one it takes."""
