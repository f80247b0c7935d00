"""The sandbox's own endpoints, outside the LOX24 API: ``/_sandbox/...`` and ``/openapi.json``.

None of them needs a token.

* ``POST /_sandbox/reset``: forget all data, recorded requests and IP blocks (204).
* ``GET /_sandbox/clock``: ``{"now": <unix time>, "frozen": <bool>}``.
* ``POST /_sandbox/clock``: ``{"advance": <seconds>}`` or ``{"set": <unix time>}``, optionally
  with ``"frozen": true|false``; answers like ``GET``.
* ``GET /_sandbox/requests``: the recorded API requests, oldest first.
* ``GET /_sandbox/events``: the webhook events the account would have received, oldest first.
* ``/_sandbox/webhooks...``: where and how the events are posted (see ``_controls_webhooks``).
* ``GET|POST /_sandbox/balance``: the account's balance (see ``_controls_account``).
* ``/_sandbox/faults...``: make API requests fail on purpose (see ``_controls_faults``).
* ``POST /_sandbox/simulate/...``: what recipients do (see ``_controls_messaging`` and
  ``_controls_links``).
* ``GET /openapi.json``: the spec the sandbox validates against, as JSON.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from lox24.sandbox._api._errors import ApiError
from lox24.sandbox._api._spec import load_spec
from lox24.sandbox._http._core import SandboxCore
from lox24.sandbox._http._limits import decode_json
from lox24.sandbox._http._render import error_response, json_response
from lox24.sandbox._state._clock import check_instant

from ._controls_account import account_routes
from ._controls_faults import fault_routes
from ._controls_links import link_routes
from ._controls_messaging import messaging_routes
from ._controls_webhooks import webhook_routes

_BAD_REQUEST = 400
_NUMBER = (int, float)
_CLOCK_DEPTH = 2


@functools.cache
def _openapi_json() -> bytes:
    return json.dumps(load_spec(), ensure_ascii=False).encode()


async def openapi(_: Request) -> Response:
    """Serve the spec as JSON."""
    return Response(_openapi_json(), media_type="application/json; charset=utf-8")


def control_routes(core: SandboxCore) -> list[BaseRoute]:
    """Build the routes of ``/_sandbox`` for one sandbox."""

    async def reset(_: Request) -> Response:
        core.reset()
        return Response(status_code=204)

    async def read_clock(_: Request) -> Response:
        return _clock_state(core)

    async def move_clock(request: Request) -> Response:
        try:
            _apply_clock_change(core, await request.body())
        except ApiError as refused:
            return error_response(refused, jsonld=False)
        return _clock_state(core)

    async def requests(_: Request) -> Response:
        records = [r.as_json() for r in core.records]
        return json_response(records, status=200, jsonld=False)

    async def events(_: Request) -> Response:
        return json_response(core.events(), status=200, jsonld=False)

    return [
        Route("/reset", reset, methods=["POST"]),
        Route("/clock", read_clock, methods=["GET"]),
        Route("/clock", move_clock, methods=["POST"]),
        Route("/requests", requests, methods=["GET"]),
        Route("/events", events, methods=["GET"]),
        *messaging_routes(core),
        *account_routes(core),
        *link_routes(core),
        *fault_routes(core),
        *webhook_routes(core),
    ]


def _clock_state(core: SandboxCore) -> Response:
    state = {"now": core.clock.now(), "frozen": core.clock.frozen}
    return json_response(state, status=200, jsonld=False)


def _apply_clock_change(core: SandboxCore, raw: bytes) -> None:
    change = _clock_change(raw)
    clock = core.clock
    try:
        check_instant(float(change.get("set", clock.now())) + float(change.get("advance", 0)))
    except (ValueError, OverflowError) as refused:
        raise ApiError(_BAD_REQUEST, str(refused)) from None
    if change.get("frozen") is True:
        clock.freeze()
    if "set" in change:
        clock.set(change["set"])
    if "advance" in change:
        clock.advance(change["advance"])
    if change.get("frozen") is False:
        clock.unfreeze()


def _clock_change(raw: bytes) -> dict[str, Any]:
    change = decode_json(raw or b"{}", max_depth=_CLOCK_DEPTH)
    if not isinstance(change, dict):
        raise ApiError(_BAD_REQUEST, 'Send {"advance": <seconds>} or {"set": <unix time>}.')
    for key in ("advance", "set"):
        value = change.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, _NUMBER):
            raise ApiError(_BAD_REQUEST, f"{key}: This value should be a number.")
    if not isinstance(change.get("frozen", False), bool):
        raise ApiError(_BAD_REQUEST, "frozen: This value should be of type boolean.")
    return change
