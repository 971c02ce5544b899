"""Action Network as a transport: a record goes with its tags, which must exist first.

Action Network drops a tag it does not know without a word, so the tags are found or made
before the record is posted. Failing that is a server problem, not this record's, except
throttling (the record waits for a retry). A refused key and no connection at all are
server problems too: every record would fail the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.outbox.crm import (
    RETRY_STATUSES,
    ActionNetwork,
    CrmPermanentError,
    CrmTransientError,
)
from desktop.outbox.crm_person import CrmPerson
from desktop.outbox.errors import ServerProblem


class TagsUnavailable(ServerProblem):
    """The event's tags could not be found or created in the CRM: a server problem."""

    def __init__(self, detail: str) -> None:
        super().__init__(f"Action Network's tags could not be made sure of ({detail}).")


class KeyRefused(ServerProblem):
    """Action Network refused the API key: nothing can be sent until it is set again."""

    def __init__(self, summary: str) -> None:
        super().__init__(
            f"Action Network refused the API key ({summary}): set it again with"
            " `tabling secret set actionnetwork.api_key`."
        )


class Unreachable(ServerProblem):
    """No answer from Action Network at all (no network, no such host)."""


class CrmTransport:
    """Sends (person, tags) payloads through a client its caller owns and closes."""

    def __init__(self, network: ActionNetwork) -> None:
        self.network = network

    def open(self) -> None:
        """Nothing to do: the HTTP session connects on the first request."""

    def send(self, payload: tuple[CrmPerson, Sequence[str]]) -> None:
        person, tags = payload
        wanted = [t for t in tags if t]
        try:
            try:
                self.network.ensure_tags(wanted)
            except CrmTransientError as exc:
                if exc.status in RETRY_STATUSES or exc.status is None:
                    raise  # throttled or overloaded: the record waits for a retry
                raise TagsUnavailable(str(exc)) from exc
            except CrmPermanentError as exc:
                if exc.status in (401, 403):
                    raise
                raise TagsUnavailable(str(exc)) from exc
            self.network.signup(person, wanted)
        except CrmPermanentError as exc:
            if exc.status in (401, 403):  # the key, not the record
                raise KeyRefused(exc.summary) from exc
            raise
        except CrmTransientError as exc:
            if exc.status is None:  # no connection at all, not this record
                raise Unreachable(f"{exc}.") from exc
            raise

    def close(self) -> None:
        """The client is the caller's: left open for the next run."""
