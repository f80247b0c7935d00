"""A small fault injector for client tests: wraps a transport and spoils chosen requests.

The sandbox has its own, richer fault mode; this one stays inside the test suite so that the
client's handling of each kind of failure is tested with exactly one fault at a time.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable

import httpx

Fault = Callable[[httpx.Request, httpx.BaseTransport], httpx.Response]


def _forwarded(request: httpx.Request, inner: httpx.BaseTransport) -> httpx.Response:
    response = inner.handle_request(request)
    response.read()
    return response


def drop_before(request: httpx.Request, inner: httpx.BaseTransport) -> httpx.Response:
    """The connection cannot be made: nothing reaches the server."""
    raise httpx.ConnectError("connection refused", request=request)


def timeout_after(request: httpx.Request, inner: httpx.BaseTransport) -> httpx.Response:
    """The server processes the request; its answer never arrives in time."""
    _forwarded(request, inner)
    raise httpx.ReadTimeout("timed out", request=request)


def reset_after(request: httpx.Request, inner: httpx.BaseTransport) -> httpx.Response:
    """The server processes the request; the connection breaks before the answer."""
    _forwarded(request, inner)
    raise httpx.RemoteProtocolError("peer closed connection", request=request)


def status_after(status: int, *, html: bool = False) -> Fault:
    """The server processes the request; a gateway answers ``status`` instead."""

    def fault(request: httpx.Request, inner: httpx.BaseTransport) -> httpx.Response:
        answer = _forwarded(request, inner)
        body = "<html><body>Bad gateway</body></html>" if html else '{"detail": "upstream"}'
        request_id = answer.headers.get("X-LOX24-REQUEST-ID", "")
        return httpx.Response(status, text=body, headers={"X-LOX24-REQUEST-ID": request_id})

    return fault


def status_before(status: int, **headers: str) -> Fault:
    """A gateway answers ``status`` without passing the request on."""

    def fault(request: httpx.Request, inner: httpx.BaseTransport) -> httpx.Response:
        return httpx.Response(status, text='{"detail": "busy"}', headers=headers)

    return fault


def cut_body(request: httpx.Request, inner: httpx.BaseTransport) -> httpx.Response:
    """The answer arrives with only half of its declared body."""
    answer = _forwarded(request, inner)
    headers = dict(answer.headers)
    return httpx.Response(
        answer.status_code,
        headers=headers,
        stream=httpx.ByteStream(answer.content[: len(answer.content) // 2]),
    )


def broken_gzip(request: httpx.Request, inner: httpx.BaseTransport) -> httpx.Response:
    """The answer claims gzip but its bytes are not."""
    answer = _forwarded(request, inner)
    headers = {**dict(answer.headers), "Content-Encoding": "gzip"}
    spoiled = gzip.compress(answer.content)[:-12] + b"garbage!"
    headers["Content-Length"] = str(len(spoiled))
    return httpx.Response(answer.status_code, headers=headers, stream=httpx.ByteStream(spoiled))


def body_after(status: int, content: bytes) -> Fault:
    """The server processes the request; the answer has ``status`` and the given body."""

    def fault(request: httpx.Request, inner: httpx.BaseTransport) -> httpx.Response:
        answer = _forwarded(request, inner)
        headers = {"Content-Type": "application/ld+json"}
        headers["X-LOX24-REQUEST-ID"] = answer.headers.get("X-LOX24-REQUEST-ID", "")
        return httpx.Response(status, content=content, headers=headers)

    return fault


def raise_after(error: Exception) -> Fault:
    """The server processes the request; then something that is not an httpx error breaks."""

    def fault(request: httpx.Request, inner: httpx.BaseTransport) -> httpx.Response:
        _forwarded(request, inner)
        raise error

    return fault


class Faulty(httpx.BaseTransport):
    """Spoils the next requests that match; every other request passes untouched.

    ``plan(method, fault, times=1)`` queues a fault for the next ``times`` requests with that
    method; ``sent`` counts the requests per method that reached this transport.
    """

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.faults: dict[str, list[Fault]] = {}
        self.sent: dict[str, int] = {}

    def plan(self, method: str, fault: Fault, times: int = 1) -> Faulty:
        """Queue ``fault`` for the next ``times`` requests with ``method``."""
        self.faults.setdefault(method, []).extend([fault] * times)
        return self

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Apply the next planned fault for this method, or pass the request on."""
        self.sent[request.method] = self.sent.get(request.method, 0) + 1
        queue = self.faults.get(request.method)
        if queue:
            return queue.pop(0)(request, self.inner)
        return self.inner.handle_request(request)

    def close(self) -> None:
        """Close the wrapped transport."""
        self.inner.close()
