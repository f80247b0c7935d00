"""``/_sandbox/simulate/...`` routes for clicks and (un)subscriptions.

* ``POST /_sandbox/simulate/click`` with ``{"short_code": "…"}`` and optionally ``ip``,
  ``user_agent``, ``referer`` and ``country``: a recipient opens a short link. Answers 201 with
  the click (as ``GET /short_link_requests/{id}``), 404 for an unknown short link.
* ``POST /_sandbox/simulate/subscribe`` with ``{"campaign_code": "…", "phone": "…"}`` and
  optionally ``at``: a recipient fills in a subscription form.
* ``POST /_sandbox/simulate/unsubscribe`` with ``{"campaign_code": "…", "phone": "…",
  "reason_id": 1-6}`` and optionally ``text`` and ``at``: a recipient unsubscribes.

The form routes answer 201 with the data of the event they emit and 404 for an unknown
campaign; all of them answer in plain JSON, with 400 for a body that is not such an object
(unknown keys or values of the wrong type included) and 422 for a campaign of the wrong kind.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from lox24.sandbox._api._errors import ApiError
from lox24.sandbox._http._limits import decode_json
from lox24.sandbox._http._render import error_response, json_response
from lox24.sandbox._state._click_agents import IPHONE_SAFARI
from lox24.sandbox._state._clicks import record_click
from lox24.sandbox._state._link_forms import subscribe, unsubscribe

from ._simulate_links import DEFAULT_IP

if TYPE_CHECKING:
    from lox24.sandbox._http._core import SandboxCore
    from lox24.sandbox._state._store import Store

_CREATED, _BAD_REQUEST = 201, 400
#: Control bodies are flat objects; anything deeper is refused.
_BODY_DEPTH = 4
_TEXT, _OPTIONAL_TEXT, _OPTIONAL_NUMBER = (str,), (str, type(None)), (int, float, type(None))
#: Each body key of a route: its accepted types and its default (``...`` when required).
_Keys = Mapping[str, tuple[tuple[type, ...], Any]]
_CLICK: _Keys = {
    "short_code": (_TEXT, ...),
    "ip": (_TEXT, DEFAULT_IP),
    "user_agent": (_OPTIONAL_TEXT, IPHONE_SAFARI),
    "referer": (_OPTIONAL_TEXT, None),
    "country": (_TEXT, "DE"),
}
_SUBSCRIBE: _Keys = {
    "campaign_code": (_TEXT, ...),
    "phone": (_TEXT, ...),
    "at": (_OPTIONAL_NUMBER, None),
}
_UNSUBSCRIBE: _Keys = {**_SUBSCRIBE, "reason_id": ((int,), ...), "text": (_TEXT, "")}
_Act = Callable[["Store", dict[str, Any], float], dict[str, Any]]


def link_routes(core: SandboxCore) -> list[BaseRoute]:
    """Routes under ``/_sandbox`` that simulate recipients using short links."""

    def route(path: str, keys: _Keys, act: _Act) -> Route:
        async def endpoint(request: Request) -> Response:
            try:
                body = _body(await request.body(), keys)
                with core.lock:
                    result = act(core.store, body, core.clock.now())
            except ApiError as refused:
                return error_response(refused, jsonld=False)
            return json_response(result, status=_CREATED, jsonld=False)

        return Route(path, endpoint, methods=["POST"])

    return [
        route("/simulate/click", _CLICK, _click),
        route("/simulate/subscribe", _SUBSCRIBE, _subscribe),
        route("/simulate/unsubscribe", _UNSUBSCRIBE, _unsubscribe),
    ]


def _click(store: Store, body: dict[str, Any], now: float) -> dict[str, Any]:
    return record_click(store, body.pop("short_code"), **body, now=now)


def _subscribe(store: Store, body: dict[str, Any], now: float) -> dict[str, Any]:
    at = now if body["at"] is None else body["at"]
    return subscribe(store, body["campaign_code"], body["phone"], at=at)


def _unsubscribe(store: Store, body: dict[str, Any], now: float) -> dict[str, Any]:
    at = now if body["at"] is None else body["at"]
    return unsubscribe(
        store, body["campaign_code"], body["phone"], body["reason_id"], text=body["text"], at=at
    )


def _body(raw: bytes, keys: _Keys) -> dict[str, Any]:
    """The body as a dict with every key of ``keys`` (defaults filled in); 400 otherwise."""
    body = decode_json(raw or b"null", max_depth=_BODY_DEPTH)
    if not isinstance(body, dict):
        raise ApiError(_BAD_REQUEST, f"Send a JSON object with {', '.join(keys)}.")
    unknown = sorted(body.keys() - keys.keys())
    if unknown:
        raise ApiError(_BAD_REQUEST, f"{unknown[0]}: This key is not known.")
    for name, (types, default) in keys.items():
        if name not in body and default is ...:
            raise ApiError(_BAD_REQUEST, f"{name}: This value should not be blank.")
        value = body.setdefault(name, default)
        if isinstance(value, bool) or not isinstance(value, types):
            names = "|".join("null" if t is type(None) else t.__name__ for t in types)
            raise ApiError(_BAD_REQUEST, f"{name}: This value should be of type {names}.")
    return body
