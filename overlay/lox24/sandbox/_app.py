"""Assemble the Starlette app of one sandbox."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route

from ._api._errors import ApiError
from ._controls._routes import control_routes, openapi
from ._http._core import SandboxCore
from ._http._dispatch import ApiApp
from ._http._fault_middleware import FaultMiddleware
from ._http._middleware import CONTROL_PREFIX, OPENAPI_PATH, ProblemMiddleware, RequestIdMiddleware
from ._http._render import error_response, wants_jsonld


async def _http_error(request: Request, exc: Exception) -> Response:
    """Starlette's own 404 and 405 (on the sandbox's endpoints), as JSON errors."""
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    headers = dict(exc.headers or {}) if isinstance(exc, HTTPException) else {}
    error = ApiError(status, str(getattr(exc, "detail", "Internal error")), headers=headers)
    return error_response(error, jsonld=wants_jsonld(request.headers.get("accept")))


def build_app(core: SandboxCore) -> Starlette:
    """Build the ASGI app: the sandbox endpoints first, then the API on every other path.

    Around them, outermost first: injected faults, request ids and the request log, and the
    500 problem for an error nothing else handled.
    """
    routes = [
        Route(OPENAPI_PATH, openapi, methods=["GET"]),
        Mount(CONTROL_PREFIX, routes=control_routes(core)),
        Mount("", app=ApiApp(core)),
    ]
    return Starlette(
        routes=routes,
        middleware=[
            Middleware(FaultMiddleware, faults=core.faults),
            Middleware(RequestIdMiddleware, core=core),
            Middleware(ProblemMiddleware),
        ],
        exception_handlers={HTTPException: _http_error},
    )
