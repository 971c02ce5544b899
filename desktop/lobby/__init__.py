"""Lobby day at the State House: the delivery run (stacks, route, scans) and visit reports."""
