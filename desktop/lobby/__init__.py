"""Lobby day (issue 16): the delivery run (stacks, route, scans), visit reports, and the
event's picture (report and maps)."""
