"""Give every response its ``X-LOX24-REQUEST-ID``, record every API request, never crash.

:class:`ProblemMiddleware` turns an error nothing else handled into a 500 problem body, so that
the app never raises into its server: the connection stays open for the client's next request.
"""

from __future__ import annotations

import json
import logging
import os

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._core import RecordedRequest, SandboxCore

logger = logging.getLogger("lox24.sandbox")
REQUEST_ID_HEADER = "X-LOX24-REQUEST-ID"
_REQUEST_ID_KEY = REQUEST_ID_HEADER.lower().encode("latin-1")
_SERVER_ERROR = 500
_PROBLEM = {
    "type": "/errors/500",
    "title": "Internal Server Error",
    "detail": "Internal error",
    "status": _SERVER_ERROR,
}
#: Paths that are not part of the LOX24 API: they are answered but not recorded.
CONTROL_PREFIX = "/_sandbox"
OPENAPI_PATH = "/openapi.json"


def new_request_id() -> str:
    """Make a fresh 32-character alphanumeric request id (128 random bits, in hex)."""
    return os.urandom(16).hex()


def is_api_path(path: str) -> bool:
    """Whether ``path`` belongs to the emulated API (not to the sandbox's own endpoints)."""
    if path in {OPENAPI_PATH, CONTROL_PREFIX}:
        return False
    return not path.startswith(f"{CONTROL_PREFIX}/")


class RequestIdMiddleware:
    """ASGI middleware: a unique request id on every HTTP response, and the API request log."""

    def __init__(self, app: ASGIApp, core: SandboxCore) -> None:
        self._app = app
        self._core = core

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        request_id = new_request_id()
        arrived = self._core.clock.now()
        status = 500
        header = (_REQUEST_ID_KEY, request_id.encode("latin-1"))

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                message["headers"] = [*message.get("headers", ()), header]
            await send(message)

        try:
            await self._app(scope, receive, send_with_id)
        finally:
            if is_api_path(scope["path"]):
                self._core.record(
                    RecordedRequest(
                        method=scope["method"],
                        path=scope["path"],
                        query=scope.get("query_string", b"").decode("latin-1"),
                        status=status,
                        request_id=request_id,
                        time=arrived,
                    )
                )


class ProblemMiddleware:
    """ASGI middleware: an unhandled error answers a 500 problem instead of reaching the server.

    When the response had already started, the error is only logged and the response ended.
    """

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        started = ended = False

        async def tracking_send(message: Message) -> None:
            nonlocal started, ended
            if message["type"] == "http.response.start":
                started = True
            elif message["type"] == "http.response.body" and not message.get("more_body"):
                ended = True
            await send(message)

        try:
            await self._app(scope, receive, tracking_send)
        except Exception:
            logger.exception("the sandbox failed on %s %s", scope.get("method"), scope.get("path"))
            if not started:
                await _send_problem(send)
            elif not ended:
                await send({"type": "http.response.body", "body": b"", "more_body": False})


async def _send_problem(send: Send) -> None:
    body = json.dumps(_PROBLEM).encode()
    headers = [
        (b"content-type", b"application/json; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
    ]
    await send({"type": "http.response.start", "status": _SERVER_ERROR, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})
