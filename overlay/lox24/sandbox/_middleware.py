"""Give every response its ``X-LOX24-REQUEST-ID`` and record every API request."""

from __future__ import annotations

import uuid

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._core import RecordedRequest, SandboxCore

REQUEST_ID_HEADER = "X-LOX24-REQUEST-ID"
#: Paths that are not part of the LOX24 API: they are answered but not recorded.
CONTROL_PREFIX = "/_sandbox"
OPENAPI_PATH = "/openapi.json"


def new_request_id() -> str:
    """Make a fresh 32-character alphanumeric request id."""
    return uuid.uuid4().hex


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

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
                MutableHeaders(scope=message).append(REQUEST_ID_HEADER, request_id)
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
