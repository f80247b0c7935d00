"""The receiver as an ASGI application, for uvicorn, or mounted in Starlette or FastAPI.

It answers ``POST`` at whatever path it is served or mounted on, reads the body up to the
receiver's limit (413 beyond it, without reading the rest), and takes the sender from the
connection's peer address and the headers. Lifespan events are acknowledged, so the app can be
served on its own; at shutdown the store's connections of the event loop are closed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any, Final, TypeAlias

from ._reply import Reply, reply

if TYPE_CHECKING:
    from ._receiver import Receiver

#: The path the examples, the sandbox's test harness and the docs serve the receiver at.
WEBHOOK_PATH: Final = "/lox24/webhooks"

Scope: TypeAlias = MutableMapping[str, Any]
Message: TypeAlias = MutableMapping[str, Any]
Receive: TypeAlias = Callable[[], Awaitable[Message]]
Send: TypeAlias = Callable[[Message], Awaitable[None]]


class WebhookApp:
    """An ASGI app that passes every ``POST`` to a :class:`Receiver`.

    Example:
        ``Route("/lox24/webhooks", receiver.asgi_app(), methods=["POST"])`` in Starlette's
        routes (FastAPI: ``app.router.routes.append(...)`` of the same route, or
        ``app.mount``, which serves the path with a trailing slash), or
        ``uvicorn service:app`` with ``app = receiver.asgi_app()``.

    """

    def __init__(self, receiver: Receiver) -> None:
        self.receiver = receiver

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one ASGI connection."""
        if scope["type"] == "lifespan":
            await _lifespan(receive, send, self.receiver.aclose)
            return
        if scope["type"] != "http":
            return
        if scope.get("method") != "POST":
            await _send(send, reply(405, outcome="refused", detail="only POST"), allow=True)
            return
        try:
            body = await _read(receive, limit=self.receiver.max_body_bytes)
        except _Disconnected:
            return  # nobody is left to answer
        if body is None:
            await _send(send, reply(413, outcome="refused", detail="the body is too large"))
            return
        client = scope.get("client")
        peer = str(client[0]) if client else ""
        answer = await self.receiver.handle_async(body, peer, scope.get("headers") or [])
        await _send(send, answer)


class _Disconnected(Exception):
    """The client went away before the whole body arrived."""


async def _read(receive: Receive, *, limit: int) -> bytes | None:
    """The whole body, or ``None`` as soon as it grows past ``limit``."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _Disconnected
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _send(send: Send, answer: Reply, *, allow: bool = False) -> None:
    headers = [(b"content-type", b"application/json")]
    headers.append((b"content-length", str(len(answer.body)).encode()))
    if allow:
        headers.append((b"allow", b"POST"))
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    await send({"type": "http.response.body", "body": answer.body})


async def _lifespan(receive: Receive, send: Send, shutdown: Callable[[], Awaitable[None]]) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await shutdown()
            await send({"type": "lifespan.shutdown.complete"})
            return
