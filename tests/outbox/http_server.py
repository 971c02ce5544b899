"""Loopback stand-ins for Action Network: its people endpoint, and a proxy that drops connections.

`FakeActionNetwork` is a handler for pytest-httpserver that behaves like the person signup
helper where our client depends on it: the token header, one person per email (a second
POST updates), identifiers in the answer, and scripted failures. `DroppingProxy` sits in
front of it as a raw socket server, because an HTTP handler cannot hang up without
answering, and that is what booth wifi does.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from werkzeug import Request, Response

PEOPLE_PATH = "/api/v2/people"


@dataclass
class Arrival:
    """One request as the server saw it."""

    at: float  # time.monotonic() when the handler started
    status: int
    body: dict[str, Any] | None


@dataclass
class FakeActionNetwork:
    """People keyed by email (folded), or by phone when they gave none, as Action Network
    deduplicates them; the account's tags, listed (`GET /tags`, 25 a page with a `next`
    link) and created (`POST /tags`). A person post's `add_tags` naming a tag that does not
    exist is ignored with a 2xx answer, as Action Network does: `dropped_tags` records it.
    """

    api_key: str
    people: dict[str, dict[str, Any]] = field(default_factory=dict)
    tags: dict[str, list[str]] = field(default_factory=dict)  # person key → tags applied
    known_tags: list[str] = field(default_factory=list)  # the tags the account has
    dropped_tags: list[str] = field(default_factory=list)
    arrivals: list[Arrival] = field(default_factory=list)  # person posts
    requests: list[tuple[str, str]] = field(default_factory=list)  # (method, path), in order
    # (status, headers, body, the path it is for: "" any): answered before behaving normally
    scripted: deque[tuple[int, dict[str, str], str, str]] = field(default_factory=deque)
    lock: threading.Lock = field(default_factory=threading.Lock)
    page_size: int = 25

    def fail_next(
        self, status: int, count: int = 1, *, headers: dict[str, str] | None = None,
        body: str = "", path: str = "",
    ) -> None:  # fmt: skip
        """Answer the next `count` requests with `status`: any, or those `path` names
        ("/people": a path ending so; "POST /tags": also by that method)."""
        for _ in range(count):
            self.scripted.append((status, dict(headers or {}), body, path))

    def serve(self, server: Any, base: str = "/api/v2") -> None:
        """Answer the people and tags endpoints under `base` on a pytest-httpserver."""
        server.expect_request(f"{base}/people", method="POST").respond_with_handler(self)
        server.expect_request(f"{base}/tags").respond_with_handler(self)

    def __call__(self, request: Request) -> Response:
        at = time.monotonic()
        with self.lock:
            self.requests.append((request.method, request.path))
            status, response = self._answer(request)
            if request.path.endswith("/people"):
                try:
                    body = json.loads(request.get_data(as_text=True))
                except ValueError:
                    body = None
                self.arrivals.append(Arrival(at, status, body))
            return response

    def _answer(self, request: Request) -> tuple[int, Response]:
        if self.scripted and _matches(self.scripted[0][3], request):
            status, headers, text, _path = self.scripted.popleft()
            return status, Response(text, status=status, headers=headers)
        if request.headers.get("OSDI-API-Token") != self.api_key:
            return 401, _json({"error": "API Key invalid or not present"}, 401)
        if request.path.endswith("/tags"):
            return self._tags(request)
        if request.mimetype != "application/json":
            return 400, _json({"error": "Content-Type must be application/json"}, 400)
        try:
            payload = json.loads(request.get_data(as_text=True))
            person = dict(payload["person"])
        except (ValueError, KeyError, TypeError):
            return 400, _json({"error": "no person"}, 400)
        emails = person.get("email_addresses") or [{}]
        phones = person.get("phone_numbers") or [{}]
        key = (emails[0].get("address") or phones[0].get("number") or "").casefold()
        if not key:
            return 400, _json({"error": "a person needs an email address or a phone"}, 400)
        existing = self.people.get(key)
        created = existing is None
        record = {"identifiers": [f"action_network:{uuid.uuid4()}"]} if created else existing
        assert record is not None
        record.update(person)
        self.people[key] = record
        applied = self.tags.setdefault(key, [])
        for tag in payload.get("add_tags", []):
            if tag not in self.known_tags:
                self.dropped_tags.append(tag)  # silently ignored, as Action Network does
            elif tag not in applied:
                applied.append(tag)
        person_id = record["identifiers"][0].removeprefix("action_network:")
        answer = {
            **record,
            "_links": {"self": {"href": f"https://actionnetwork.org{PEOPLE_PATH}/{person_id}"}},
        }
        status = 201 if created else 200
        return status, _json(answer, status)

    def _tags(self, request: Request) -> tuple[int, Response]:
        if request.method == "POST":
            name = str(json.loads(request.get_data(as_text=True) or "{}").get("name") or "")
            if not name:
                return 400, _json({"error": "a tag needs a name"}, 400)
            if name not in self.known_tags:
                self.known_tags.append(name)
            return 201, _json(
                {"name": name, "identifiers": [f"action_network:{uuid.uuid4()}"]}, 201
            )
        page = int(request.args.get("page", "1"))
        start = (page - 1) * self.page_size
        chunk = self.known_tags[start : start + self.page_size]
        total = max(1, -(-len(self.known_tags) // self.page_size))
        links: dict[str, Any] = {}
        if page < total:
            links["next"] = {
                "href": f"{request.host_url.rstrip('/')}{request.path}?page={page + 1}"
            }
        answer = {
            "total_pages": total, "page": page, "per_page": self.page_size,
            "_embedded": {"osdi:tags": [{"name": name} for name in chunk]}, "_links": links,
        }  # fmt: skip
        return 200, _json(answer, 200)


def _matches(target: str, request: Request) -> bool:
    method, _, suffix = target.rpartition(" ")
    return (not method or method == request.method) and request.path.endswith(suffix)


def _json(data: Any, status: int) -> Response:
    return Response(json.dumps(data), status=status, mimetype="application/hal+json")


class DroppingProxy:
    """A TCP proxy on loopback that hangs up on the first `drop_first` connections.

    Dropped connections have their request read and are then closed without a byte in
    answer (the client sees "remote end closed connection without response"). Stalled
    ones (`stall_first`, after the dropped ones) are held open without an answer until the
    client gives up, so the client's timeout fires. Later connections are piped to
    `upstream`.
    """

    def __init__(
        self, upstream_host: str, upstream_port: int, *, drop_first: int = 0, stall_first: int = 0
    ) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.drop_first = drop_first
        self.stall_first = stall_first
        self.connections = 0
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.port: int = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept_loop, daemon=True)

    def __enter__(self) -> DroppingProxy:
        self._accepting.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._accepting.join(timeout=2)
        self._listener.close()
        for thread in self._threads:
            thread.join(timeout=2)

    def url(self, path: str = "/api/v2") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            number = self.connections
            self.connections += 1
            thread = threading.Thread(target=self._serve, args=(client, number), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, client: socket.socket, number: int) -> None:
        with client:
            if number < self.drop_first:
                client.settimeout(2)
                with contextlib.suppress(OSError):
                    client.recv(65536)
                return
            if number < self.drop_first + self.stall_first:
                client.settimeout(0.05)
                while not self._stop.is_set():
                    try:
                        if not client.recv(65536):
                            return  # the client timed out and closed
                    except TimeoutError:
                        continue
                    except OSError:
                        return
                return
            with socket.create_connection(self.upstream, timeout=5) as upstream:
                back = threading.Thread(target=_pipe, args=(upstream, client), daemon=True)
                back.start()
                _pipe(client, upstream)
                back.join(timeout=5)


def _pipe(source: socket.socket, target: socket.socket) -> None:
    """Copy until `source` ends, then tell `target` nothing more is coming."""
    try:
        while chunk := source.recv(65536):
            target.sendall(chunk)
    except OSError:
        pass
    with contextlib.suppress(OSError):
        target.shutdown(socket.SHUT_WR)
