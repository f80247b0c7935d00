"""A synchronous httpx transport that runs an ASGI app in-process.

``httpx.ASGITransport`` is async only. :class:`SyncASGITransport` hands each request to it on an
event loop that runs in a daemon thread of its own, so a plain ``httpx.Client`` can talk to the
sandbox without a server and without a network, even from code that is itself inside an event
loop.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

import httpx
from starlette.types import ASGIApp

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
        self._asgi = httpx.ASGITransport(app=app, client=client)
        self._runner = runner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Run the request through the app and return the complete response."""
        body = request.read()
        return self._runner.run(self._send(request.method, request.url, request.headers, body))

    async def _send(
        self, method: str, url: httpx.URL, headers: httpx.Headers, body: bytes
    ) -> httpx.Response:
        inner = httpx.Request(method, url, headers=headers, content=body)
        response = await self._asgi.handle_async_request(inner)
        content = await response.aread()
        return httpx.Response(response.status_code, headers=response.headers, content=content)
