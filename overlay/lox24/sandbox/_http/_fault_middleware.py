"""Apply the fault rules (``_faults``) to API requests, in-process and over a real server.

The middleware is the outermost layer of the sandbox's app, so a request a fault keeps from the
API is neither answered nor recorded by it. Faults that only change the answer (a status, an
HTML page, a broken encoding) are plain ASGI responses and look the same everywhere. Faults at
the transport level (a dropped connection, a timeout, a body cut off) cannot be said in ASGI:

* in-process, the sandbox's transports mark the scope (:data:`IN_PROCESS`); the middleware
  raises :class:`TransportFault` and the transport turns it into the ``httpx`` error a network
  client would get (see ``_transport``);
* over a server, it closes the connection (uvicorn's transport is aborted) or really waits.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._faults import FaultKind, FaultRule, SandboxFaults
from ._middleware import is_api_path

#: The scope extension the in-process transports set.
IN_PROCESS = "lox24.sandbox.in_process"
#: What a gzip-encoded body starts with; a broken one must not.
_NOT_GZIP = b"this body is not gzip"
_HTML = (
    "<!DOCTYPE html>\n<html><head><title>{status} Bad Gateway</title></head>\n"
    "<body><h1>{status} Bad Gateway</h1><p>The upstream server did not answer.</p>"
    "<hr><address>proxy</address></body></html>\n"
)


@dataclass(slots=True)
class Captured:
    """A complete ASGI response, held back."""

    status: int = 500
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    body: bytes = b""


class TransportFault(Exception):
    """Raised to an in-process transport: make the client see a transport-level failure.

    Attributes:
        kind: The fault (``DROP_BEFORE``, ``DROP_AFTER``, ``DELAY`` or ``CUT_BODY``).
        response: The answer the API gave, when it processed the request.
        delay: For ``DELAY``, how many seconds late the answer is.

    """

    def __init__(self, kind: FaultKind, response: Captured | None, delay: float = 0.0) -> None:
        super().__init__(str(kind))
        self.kind = kind
        self.response = response
        self.delay = delay


class FaultMiddleware:
    """ASGI middleware: hit API requests with the faults their rules draw."""

    def __init__(self, app: ASGIApp, faults: SandboxFaults) -> None:
        self._app = app
        self._faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_api_path(scope["path"]):
            await self._app(scope, receive, send)
            return
        rule = self._faults.pick(scope["method"], scope["path"])
        if rule is None:
            await self._app(scope, receive, send)
            return
        in_process = bool(scope.get("extensions", {}).get(IN_PROCESS))
        if rule.kind is FaultKind.DELAY and not in_process:
            # The body is taken in first: the client may be gone when the delay is over.
            replay = await _buffered(receive)
            await asyncio.sleep(rule.delay or 0.0)
            await self._app(scope, replay, send)
            return
        captured = await self._capture(scope, receive) if rule.processed else None
        if rule.kind in {FaultKind.STATUS, FaultKind.HTML}:
            await _send(send, _status_answer(rule))
        elif rule.kind is FaultKind.BAD_ENCODING and captured is not None:
            await _send(send, _badly_encoded(captured))
        elif in_process:
            raise TransportFault(rule.kind, captured, rule.delay or 0.0)
        else:
            await _fail_connection(rule.kind, captured, receive, send)

    async def _capture(self, scope: Scope, receive: Receive) -> Captured:
        captured = Captured()

        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                captured.status = int(message["status"])
                captured.headers = list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                captured.body += message.get("body", b"")

        await self._app(scope, receive, keep)
        return captured


async def _buffered(receive: Receive) -> Receive:
    """Read the whole request body now; return a ``receive`` that hands it out again."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            break
    pending = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]

    async def replay() -> Message:
        return pending.pop() if pending else await receive()

    return replay


def _status_answer(rule: FaultRule) -> Captured:
    status = rule.status or 500
    if rule.kind is FaultKind.HTML:
        body = _HTML.format(status=status).encode()
        return Captured(status, [(b"content-type", b"text/html; charset=utf-8")], body)
    problem = {"type": f"/errors/{status}", "title": "Injected fault", "status": status}
    headers = [(b"content-type", b"application/json; charset=utf-8")]
    if rule.retry_after is not None:
        headers.append((b"retry-after", str(rule.retry_after).encode()))
    return Captured(status, headers, json.dumps(problem).encode())


def _badly_encoded(captured: Captured) -> Captured:
    body = captured.body or _NOT_GZIP
    headers = [(k, v) for k, v in captured.headers if k.lower() != b"content-encoding"]
    return Captured(captured.status, [*headers, (b"content-encoding", b"gzip")], body)


async def _send(send: Send, answer: Captured, *, cut: bool = False) -> None:
    headers = [(k, v) for k, v in answer.headers if k.lower() != b"content-length"]
    headers.append((b"content-length", str(len(answer.body)).encode()))
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    body = answer.body[: len(answer.body) // 2] if cut else answer.body
    await send({"type": "http.response.body", "body": body, "more_body": cut})


async def _fail_connection(
    kind: FaultKind, captured: Captured | None, receive: Receive, send: Send
) -> None:
    """Over a server: answer half a body (``CUT_BODY``), then close the connection."""
    if kind is FaultKind.CUT_BODY and captured is not None:
        await _send(send, captured, cut=True)
    connection: Any = getattr(getattr(receive, "__self__", None), "transport", None)
    if connection is None or not hasattr(connection, "abort"):
        msg = f"{kind} fault: the server does not let the sandbox close the connection"
        raise RuntimeError(msg)
    connection.abort()
    # Let the server notice the closed connection before the app returns, so that it does not
    # try to answer on it.
    for _ in range(2):
        await asyncio.sleep(0)
