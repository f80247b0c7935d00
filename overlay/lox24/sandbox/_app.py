"""Assemble the Starlette app of one sandbox."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.types import Receive, Scope, Send

from ._api._errors import ApiError
from ._controls._routes import control_routes, openapi
from ._http._core import SandboxCore
from ._http._dispatch import ApiApp
from ._http._fault_middleware import FaultMiddleware
from ._http._middleware import CONTROL_PREFIX, OPENAPI_PATH, ProblemMiddleware, RequestIdMiddleware
from ._http._render import error_response, wants_jsonld
from ._inbox._routes import PREFIX as INBOX_PREFIX
from ._inbox._routes import InboxApp

_CONTROLS = f"{CONTROL_PREFIX}/"
_INBOX = f"{INBOX_PREFIX}/"


async def _http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own 404 and 405 (on the sandbox's endpoints), as JSON errors."""
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    headers = dict(exc.headers or {}) if isinstance(exc, HTTPException) else {}
    error = ApiError(status, str(getattr(exc, "detail", "Internal error")), headers=headers)
    return error_response(error, jsonld=wants_jsonld(request.headers.get("accept")))


class SandboxApp(Starlette):
    """The Starlette app of one sandbox, with a short way for the API's requests.

    Starlette's router would send every path that is neither ``/openapi.json`` nor under
    ``/_sandbox/`` to the API anyway; such a request goes straight to the API's middleware
    (faults, request id and log, 500 problem) instead, past Starlette's error middleware and
    router, which have nothing to do for it. The inbox (``_inbox``) answers a browser asking
    for ``/`` and everything under ``/_sandbox/inbox/``, outside the API's middleware.
    """

    def __init__(self, core: SandboxCore) -> None:
        routes = [
            Route(OPENAPI_PATH, openapi, methods=["GET"]),
            Mount(CONTROL_PREFIX, routes=control_routes(core)),
            Mount("", app=ApiApp(core)),
        ]
        super().__init__(
            routes=routes,
            middleware=[
                Middleware(FaultMiddleware, faults=core.faults),
                Middleware(RequestIdMiddleware, core=core),
                Middleware(ProblemMiddleware),
            ],
            exception_handlers={HTTPException: _http_error},
        )
        #: The web inbox at ``/`` (locked behind the token until ``serve`` opens it on loopback).
        self.inbox = InboxApp(core)
        self._api = FaultMiddleware(
            RequestIdMiddleware(ProblemMiddleware(ApiApp(core)), core=core), faults=core.faults
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one ASGI connection: an API request directly, anything else through Starlette."""
        if scope["type"] == "http" and _reaches_inbox(scope):
            await self.inbox(scope, receive, send)
            return
        if scope["type"] == "http" and _reaches_api(scope["path"]):
            scope["app"] = self
            await self._api(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def _reaches_api(path: str) -> bool:
    """Whether Starlette's router hands ``path`` to the API (``Mount("")``), whatever the method."""
    return path.startswith("/") and path != OPENAPI_PATH and not path.startswith(_CONTROLS)


def _reaches_inbox(scope: Scope) -> bool:
    """Whether the inbox answers: a browser's page request for ``/``, or an inbox path."""
    path = scope["path"]
    if path.startswith(_INBOX):
        return True
    if path != "/" or scope["method"] not in {"GET", "HEAD"}:
        return False
    accept = next((v for k, v in scope["headers"] if k == b"accept"), b"")
    return b"text/html" in accept


def build_app(core: SandboxCore) -> Starlette:
    """Build the ASGI app: the sandbox endpoints first, then the API on every other path.

    Around them, outermost first: injected faults, request ids and the request log, and the
    500 problem for an error nothing else handled.
    """
    return SandboxApp(core)
