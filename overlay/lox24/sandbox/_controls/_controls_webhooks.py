"""``/_sandbox/webhooks`` and ``/_sandbox/simulate/redeliver``: webhook delivery over HTTP.

* ``GET /_sandbox/webhooks``: the subscriptions, oldest first.
* ``POST /_sandbox/webhooks`` with ``{"url": "http://…"}`` and optionally
  ``"events": ["sms.delivery", …]``: subscribe (201 with the subscription; 400 if refused).
* ``DELETE /_sandbox/webhooks/{id}``: unsubscribe (204; 404 if unknown).
* ``GET /_sandbox/webhooks/attempts``: every delivery attempt made, in order.
* ``GET /_sandbox/webhooks/pending``: the attempts waiting for the clock, earliest first.
* ``POST /_sandbox/webhooks/deliver``: make every attempt due now (200 with those made).
* ``POST /_sandbox/simulate/redeliver`` with ``{"event_id": "…"}``: deliver an event again
  (201 with ``{"queued": <deliveries>}``; 404 for an unknown event).
* ``POST /_sandbox/simulate/delivery-report`` with ``{"sms_uuid": "…", "outcome": "expired"}``
  (``delivered``, ``expired`` or ``rejected``): the network reports on an SMS now (201 with the
  ``sms.delivery`` event; 404 for an unknown SMS, 400 for another outcome).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from lox24.sandbox._api._errors import ApiError
from lox24.sandbox._http._limits import decode_json
from lox24.sandbox._http._render import error_response, json_response
from lox24.sandbox._webhooks._dispatcher import SandboxWebhooks
from lox24.sandbox._webhooks._registry import webhooks_of

from ._simulate_webhooks import WebhookSimulation

if TYPE_CHECKING:
    from lox24.sandbox._http._core import SandboxCore

_OK, _CREATED, _NO_CONTENT, _BAD_REQUEST, _NOT_FOUND = 200, 201, 204, 400, 404
#: Control bodies are flat objects (a list of events at most); anything deeper is refused.
_BODY_DEPTH = 4
Endpoint = Callable[[Request], Awaitable[Response]]


def webhook_routes(core: SandboxCore) -> list[BaseRoute]:
    """Routes under ``/_sandbox`` that configure, drive and show webhook delivery."""
    endpoints = _Endpoints(webhooks_of(core), WebhookSimulation(core))
    return [
        Route("/webhooks", _refusals(endpoints.subscriptions), methods=["GET"]),
        Route("/webhooks", _refusals(endpoints.subscribe), methods=["POST"]),
        Route("/webhooks/attempts", _refusals(endpoints.attempts), methods=["GET"]),
        Route("/webhooks/pending", _refusals(endpoints.pending), methods=["GET"]),
        Route("/webhooks/deliver", _refusals(endpoints.deliver), methods=["POST"]),
        Route("/webhooks/{id:int}", _refusals(endpoints.unsubscribe), methods=["DELETE"]),
        Route("/simulate/redeliver", _refusals(endpoints.redeliver), methods=["POST"]),
        Route("/simulate/delivery-report", _refusals(endpoints.report), methods=["POST"]),
    ]


class _Endpoints:
    """The endpoints, bound to one sandbox's delivery.

    Anything that may post runs in a worker thread: posts block, and off the event loop they
    cannot stall a receiver that calls the sandbox while it handles an event.
    """

    def __init__(self, webhooks: SandboxWebhooks, simulation: WebhookSimulation) -> None:
        self._webhooks = webhooks
        self._simulation = simulation

    async def subscriptions(self, _: Request) -> Response:
        return _json([s.as_json() for s in self._webhooks.subscriptions])

    async def subscribe(self, request: Request) -> Response:
        body = _object(await request.body(), required={"url"}, allowed={"url", "events"})
        try:
            subscription = await run_in_threadpool(
                self._webhooks.subscribe, body["url"], events=body.get("events")
            )
        except (TypeError, ValueError) as refused:
            raise ApiError(_BAD_REQUEST, str(refused)) from None
        return _json(subscription.as_json(), status=_CREATED)

    async def unsubscribe(self, request: Request) -> Response:
        try:
            self._webhooks.unsubscribe(int(request.path_params["id"]))
        except LookupError as missing:
            raise ApiError(_NOT_FOUND, str(missing)) from None
        return Response(status_code=_NO_CONTENT)

    async def attempts(self, _: Request) -> Response:
        made = await run_in_threadpool(lambda: self._webhooks.attempts)
        return _json([a.as_json() for a in made])

    async def pending(self, _: Request) -> Response:
        waiting = await run_in_threadpool(lambda: self._webhooks.pending)
        return _json([p.as_json() for p in waiting])

    async def deliver(self, _: Request) -> Response:
        made = await run_in_threadpool(self._webhooks.deliver_due)
        return _json([a.as_json() for a in made])

    async def redeliver(self, request: Request) -> Response:
        body = _object(await request.body(), required={"event_id"}, allowed={"event_id"})
        try:
            queued = await run_in_threadpool(self._webhooks.redeliver, str(body["event_id"]))
        except LookupError as missing:
            raise ApiError(_NOT_FOUND, str(missing)) from None
        return _json({"queued": queued}, status=_CREATED)

    async def report(self, request: Request) -> Response:
        keys = {"sms_uuid", "outcome"}
        body = _object(await request.body(), required=keys, allowed=keys)
        try:
            event = self._simulation.delivery_report(str(body["sms_uuid"]), str(body["outcome"]))
        except KeyError as missing:  # SmsNotFoundError
            raise ApiError(_NOT_FOUND, str(missing)) from None
        except ValueError as invalid:
            raise ApiError(_BAD_REQUEST, str(invalid)) from None
        return _json(event, status=_CREATED)


def _refusals(endpoint: Endpoint) -> Endpoint:
    """Answer an ``ApiError`` raised by ``endpoint`` as the sandbox's JSON error."""

    async def guarded(request: Request) -> Response:
        try:
            return await endpoint(request)
        except ApiError as refused:
            return error_response(refused, jsonld=False)

    return guarded


def _json(payload: Any, *, status: int = _OK) -> Response:
    return json_response(payload, status=status, jsonld=False)


def _object(raw: bytes, *, required: set[str], allowed: set[str]) -> dict[str, Any]:
    # Safe reading (valid Unicode, bounded depth): a subscription must render back.
    body = decode_json(raw or b"null", max_depth=_BODY_DEPTH)
    if not isinstance(body, dict):
        raise ApiError(_BAD_REQUEST, f"Send a JSON object with {', '.join(sorted(allowed))}.")
    missing, unknown = sorted(required - body.keys()), sorted(body.keys() - allowed)
    if missing or unknown:
        detail = f"missing: {', '.join(missing) or '-'}; unknown: {', '.join(unknown) or '-'}"
        raise ApiError(_BAD_REQUEST, detail)
    return body
