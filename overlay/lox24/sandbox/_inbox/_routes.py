"""The inbox's ASGI app: the page at ``/``, its fragments, its event stream and static files.

* ``GET /`` (asked for by a browser, ``Accept: text/html``): the page, or the login when locked;
* ``GET /_sandbox/inbox/view/{name}``: one HTML fragment of a view (see :data:`VIEWS`);
* ``GET /_sandbox/inbox/live``: the server-sent events (see ``_live``);
* ``POST /_sandbox/inbox/login`` with ``{"token": "…"}``, ``POST /_sandbox/inbox/logout``;
* ``GET /_sandbox/inbox/static/…``: the script and the style sheet.

Every answer but the login page and the static files asks for a session when the inbox is locked.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio.to_thread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import Message, Receive, Scope, Send

from lox24.sandbox._api._errors import ApiError
from lox24.sandbox._http._limits import decode_json
from lox24.sandbox._state._linking import LINK_DOMAIN

from ._access import SESSION_COOKIE, InboxAccess
from ._labels import SMS_STATES
from ._live import live_stream
from ._reader import InboxReader, Search

if TYPE_CHECKING:
    from lox24.sandbox._http._core import SandboxCore

HERE = Path(__file__).parent
PREFIX = "/_sandbox/inbox"
#: Seconds of reading past which a view tells the page to refresh it less often.
SLOW_VIEW = 0.25
_UNAUTHORIZED, _NOT_FOUND, _BAD_REQUEST, _NO_CONTENT = 401, 404, 400, 204
#: What every inbox answer says about itself: nothing from elsewhere, no framing, no caching.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def _when(value: float | None) -> str:
    """A sandbox time as the inbox shows it (UTC, to the second)."""
    if not value:
        return "-"
    return datetime.fromtimestamp(value, UTC).strftime("%Y-%m-%d %H:%M:%S")


def _pretty(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=False)


_SHORT_LINK = re.compile(rf"https://{re.escape(LINK_DOMAIN)}/([A-Za-z0-9]+)")


def _short_codes(text: str | None) -> list[str]:
    """The short codes of the sandbox's short links in an SMS text, each once."""
    return list(dict.fromkeys(_SHORT_LINK.findall(text or "")))


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.filters["when"] = _when
    templates.env.filters["pretty"] = _pretty
    templates.env.filters["shortcodes"] = _short_codes
    return templates


def _number(request: Request, name: str, default: int = 1) -> int:
    raw = request.query_params.get(name, "")
    return max(1, int(raw)) if raw.isdigit() else default


class InboxApp:
    """The inbox of one sandbox, as an ASGI app (the sandbox app hands it its requests)."""

    def __init__(self, core: SandboxCore) -> None:
        self.access = InboxAccess(core.token)
        self._core = core
        self._reader = InboxReader(core)
        self._templates = _templates()
        self._views: dict[str, Callable[[Request], dict[str, Any] | None]] = {
            "conversations": self._conversations,
            "threads": self._threads,
            "thread": self._thread,
            "bulks": lambda r: self._reader.bulks(_number(r, "page")),
            "bulk": lambda r: self._reader.bulk(r.query_params.get("uuid", ""), _number(r, "page")),
            "webhooks": lambda r: self._reader.webhooks(_number(r, "page")),
            "clock": lambda _: self._reader.clock(),
            "faults": lambda _: self._reader.faults(),
        }
        static = StaticFiles(directory=HERE / "static")
        self._app = Starlette(
            routes=[
                Route("/", self._page, methods=["GET", "HEAD"]),
                Route(f"{PREFIX}/view/{{name}}", self._guarded(self._view), methods=["GET"]),
                Route(f"{PREFIX}/live", self._guarded(self._live), methods=["GET"]),
                Route(f"{PREFIX}/login", self._login, methods=["POST"]),
                Route(f"{PREFIX}/logout", self._logout, methods=["POST"]),
                Mount(f"{PREFIX}/static", app=static),
            ]
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one request of the inbox, with :data:`SECURITY_HEADERS` on every answer."""

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers += [
                    (k.lower().encode(), v.encode())
                    for k, v in SECURITY_HEADERS.items()
                    if k.lower().encode() not in names
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self._app(scope, receive, secured)

    def _guarded(
        self, endpoint: Callable[[Request], Awaitable[Response]]
    ) -> Callable[[Request], Awaitable[Response]]:
        async def guarded(request: Request) -> Response:
            if not self.access.admits(request):
                return Response("Log in with the sandbox token.", status_code=_UNAUTHORIZED)
            return await endpoint(request)

        return guarded

    async def _page(self, request: Request) -> Response:
        if not self.access.admits(request):
            return self._templates.TemplateResponse(request, "login.html", {})
        context = {"states": SMS_STATES, "locked": self.access.locked}
        return self._templates.TemplateResponse(request, "page.html", context)

    async def _view(self, request: Request) -> Response:
        name = request.path_params["name"]
        view = self._views.get(name)
        if view is None:
            return Response("No such view.", status_code=_NOT_FOUND)
        started = time.perf_counter()
        context = await anyio.to_thread.run_sync(view, request)
        if context is None:
            return Response("Not found.", status_code=_NOT_FOUND)
        response = self._templates.TemplateResponse(request, f"{name}.html", context)
        if time.perf_counter() - started > SLOW_VIEW:
            # A costly view (a text search over many SMS): the page refreshes it less often.
            response.headers["X-Inbox-Slow"] = "1"
        return response

    async def _live(self, request: Request) -> Response:
        return live_stream(self._core, request)

    def _search(self, request: Request) -> Search:
        query = request.query_params
        state = query.get("state", "")
        return Search(
            number=query.get("number", "").strip(),
            text=query.get("text", "").strip(),
            bulk=query.get("bulk", "").strip(),
            state=state if state in SMS_STATES else "",
            callback_data=query.get("callback_data", "").strip(),
        )

    def _conversations(self, request: Request) -> dict[str, Any]:
        return {"phone": request.query_params.get("phone", ""), "states": SMS_STATES}

    def _threads(self, request: Request) -> dict[str, Any]:
        search = self._search(request)
        page = _number(request, "page")
        if search.active:
            return {"search": search, **self._reader.search(search, page)}
        return {"search": search, **self._reader.thread_list(page)}

    def _thread(self, request: Request) -> dict[str, Any]:
        phone = request.query_params.get("phone", "")
        return self._reader.thread(phone, _number(request, "pages"))

    async def _login(self, request: Request) -> Response:
        try:
            body = decode_json(await request.body() or b"null", max_depth=2)
        except ApiError:
            body = None
        token = body.get("token") if isinstance(body, dict) else None
        if not isinstance(token, str):
            return Response('Send {"token": "…"}.', status_code=_BAD_REQUEST)
        session = self.access.login(token)
        if session is None:
            return Response("Wrong token.", status_code=_UNAUTHORIZED)
        response = Response(status_code=_NO_CONTENT)
        response.set_cookie(SESSION_COOKIE, session, path="/", httponly=True, samesite="strict")
        return response

    async def _logout(self, request: Request) -> Response:
        self.access.logout(request)
        response = Response(status_code=_NO_CONTENT)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response
