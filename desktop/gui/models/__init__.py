"""Thin Qt table models over lists of plain records."""
