"""Lobby day (issue 16): the delivery run, visit reports, and the event's picture."""
