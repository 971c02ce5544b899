"""The tabling app: sign people in at a booth and reach their Massachusetts legislators."""

__version__ = "0.1.0"
