"""The in-process httpx transports of the sandbox, sync and async.

``httpx.ASGITransport`` is async only. :class:`SyncASGITransport` hands each request to it on an
event loop that runs in a daemon thread of its own, so a plain ``httpx.Client`` can talk to the
sandbox without a server and without a network, even from code that is itself inside an event
loop. :class:`AsyncASGITransport` is ``httpx.ASGITransport`` for ``httpx.AsyncClient``.

Both mark their requests as in-process, and turn the transport-level faults the app signals
(``_fault_middleware.TransportFault``) into the ``httpx`` errors a client on a network would
get: ``ConnectError``, ``RemoteProtocolError``, ``ReadTimeout``, or a body that breaks off.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Coroutine, Iterator
from typing import Any, TypeVar

import httpx
from starlette.types import ASGIApp, Receive, Scope, Send

from ._fault_middleware import IN_PROCESS, Captured, TransportFault
from ._faults import FaultKind

T = TypeVar("T")


class EventLoopThread:
    """An asyncio event loop in a daemon thread, started on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run ``coroutine`` on the loop and wait for its result."""
        future = asyncio.run_coroutine_threadsafe(coroutine, self._ensure_loop())
        return future.result()

    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(
                    target=loop.run_forever, name="lox24-sandbox-loop", daemon=True
                )
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop

    def close(self) -> None:
        """Stop the loop and its thread; a later :meth:`run` starts them again."""
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        loop.close()


class SyncASGITransport(httpx.BaseTransport):
    """Send the requests of a sync ``httpx.Client`` to an ASGI app, in-process.

    Args:
        app: The ASGI app.
        runner: The event loop thread the app runs on (owned by the caller, who closes it).
        client: The ``(host, port)`` the app sees as the client's address.

    """

    def __init__(
        self, app: ASGIApp, *, runner: EventLoopThread, client: tuple[str, int] = ("127.0.0.1", 123)
    ) -> None:
        self._asgi = httpx.ASGITransport(app=InProcessApp(app), client=client)
        self._runner = runner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Run the request through the app and return the complete response."""
        body = request.read()
        try:
            return self._runner.run(self._send(request.method, request.url, request.headers, body))
        except TransportFault as fault:
            return fault_response(fault, request)

    async def _send(
        self, method: str, url: httpx.URL, headers: httpx.Headers, body: bytes
    ) -> httpx.Response:
        inner = httpx.Request(method, url, headers=headers, content=body)
        response = await self._asgi.handle_async_request(inner)
        # The raw bytes: decoding by Content-Encoding is the client's business.
        content = b"".join([chunk async for chunk in response.aiter_raw()])
        return httpx.Response(response.status_code, headers=response.headers, content=content)


class AsyncASGITransport(httpx.AsyncBaseTransport):
    """Send the requests of an ``httpx.AsyncClient`` to an ASGI app, in-process.

    Args:
        app: The ASGI app.
        client: The ``(host, port)`` the app sees as the client's address.

    """

    def __init__(self, app: ASGIApp, *, client: tuple[str, int] = ("127.0.0.1", 123)) -> None:
        self._asgi = httpx.ASGITransport(app=InProcessApp(app), client=client)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Run the request through the app and return its response."""
        try:
            return await self._asgi.handle_async_request(request)
        except TransportFault as fault:
            return fault_response(fault, request)


class InProcessApp:
    """Wrap an ASGI app so that its requests are marked as coming from an in-process transport."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        marked = {**scope, "extensions": {**scope.get("extensions", {}), IN_PROCESS: True}}
        await self._app(marked, receive, send)


def fault_response(fault: TransportFault, request: httpx.Request) -> httpx.Response:
    """What a network client would get for a transport-level fault: an error, or a response.

    Raises:
        httpx.ConnectError: The request was dropped before it was processed.
        httpx.RemoteProtocolError: It was processed and the connection closed before the answer.
        httpx.ReadTimeout: The answer is later than the request's read timeout.

    """
    answer = fault.response or Captured()
    if fault.kind is FaultKind.DROP_BEFORE:
        msg = "All connection attempts failed (injected fault)"
        raise httpx.ConnectError(msg, request=request)
    if fault.kind is FaultKind.DROP_AFTER:
        msg = "Server disconnected without sending a response (injected fault)."
        raise httpx.RemoteProtocolError(msg, request=request)
    if fault.kind is FaultKind.DELAY:
        read_timeout = request.extensions.get("timeout", {}).get("read")
        if read_timeout is not None and fault.delay > read_timeout:
            msg = f"The answer is {fault.delay} s late (injected fault)"
            raise httpx.ReadTimeout(msg, request=request)
        return httpx.Response(answer.status, headers=answer.headers, content=answer.body)
    return httpx.Response(
        answer.status,
        headers=answer.headers,
        stream=CutStream(answer.body[: len(answer.body) // 2], request),
        request=request,
    )


class CutStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that breaks off: the bytes given, then ``httpx.RemoteProtocolError``."""

    def __init__(self, head: bytes, request: httpx.Request) -> None:
        self._head = head
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        """Yield the head of the body, then fail."""
        if self._head:
            yield self._head
        raise self._error()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        """Yield the head of the body, then fail."""
        if self._head:
            yield self._head
        raise self._error()

    def _error(self) -> httpx.RemoteProtocolError:
        msg = "peer closed connection without sending complete message body (injected fault)"
        return httpx.RemoteProtocolError(msg, request=self._request)
