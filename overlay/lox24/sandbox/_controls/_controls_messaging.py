"""``/_sandbox/simulate/...`` routes for incoming SMS and replies.

* ``POST /_sandbox/simulate/incoming`` with ``{"sender": "+49…", "text": "…"}`` and optionally
  ``"to": "+49…"`` (default: the account's inbound number): an SMS arrives.
* ``POST /_sandbox/simulate/reply`` with ``{"sms_uuid": "…", "text": "…"}``: the recipient of a
  sent SMS answers it.

Both answer 201 with the stored message in plain JSON (as ``GET /incomings/{uuid}``), 400 for a
body that is not such an object (unknown keys included), and ``reply`` 404 for an unknown SMS.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from lox24.sandbox._api._errors import ApiError
from lox24.sandbox._http._limits import decode_json
from lox24.sandbox._http._render import error_response, json_response
from lox24.sandbox._state._messages_inbox import SmsNotFoundError

from ._simulate_messaging import MessagingSimulation

if TYPE_CHECKING:
    from lox24.sandbox._http._core import SandboxCore

_CREATED, _BAD_REQUEST, _NOT_FOUND = 201, 400, 404
#: Control bodies are flat objects; anything deeper is refused.
_BODY_DEPTH = 4
_INCOMING_KEYS = (frozenset({"sender", "text"}), frozenset({"sender", "text", "to"}))
_REPLY_KEYS = (frozenset({"sms_uuid", "text"}), frozenset({"sms_uuid", "text"}))


def messaging_routes(core: SandboxCore) -> list[BaseRoute]:
    """Routes under ``/_sandbox`` that simulate messages arriving."""
    simulation = MessagingSimulation(core)

    async def incoming(request: Request) -> Response:
        return await _simulate(request, _INCOMING_KEYS, lambda b: simulation.incoming_sms(**b))

    async def reply(request: Request) -> Response:
        return await _simulate(
            request, _REPLY_KEYS, lambda b: simulation.reply(b["sms_uuid"], b["text"])
        )

    return [
        Route("/simulate/incoming", incoming, methods=["POST"]),
        Route("/simulate/reply", reply, methods=["POST"]),
    ]


async def _simulate(
    request: Request,
    keys: tuple[frozenset[str], frozenset[str]],
    act: Callable[[dict[str, Any]], dict[str, Any]],
) -> Response:
    """Read the body, run the simulation, answer 201 with its result or the refusal."""
    try:
        body = _body(await request.body(), required=keys[0], allowed=keys[1])
        try:
            result = act(body)
        except SmsNotFoundError as missing:
            raise ApiError(_NOT_FOUND, str(missing)) from None
        except ValueError as invalid:
            raise ApiError(_BAD_REQUEST, str(invalid)) from None
    except ApiError as refused:
        return error_response(refused, jsonld=False)
    return json_response(result, status=_CREATED, jsonld=False)


def _body(raw: bytes, *, required: frozenset[str], allowed: frozenset[str]) -> dict[str, Any]:
    body = decode_json(raw or b"null", max_depth=_BODY_DEPTH)
    if not isinstance(body, dict):
        raise ApiError(_BAD_REQUEST, f"Send a JSON object with {', '.join(sorted(allowed))}.")
    missing = sorted(required - body.keys())
    unknown = sorted(body.keys() - allowed)
    if missing or unknown:
        detail = f"missing: {', '.join(missing) or '-'}; unknown: {', '.join(unknown) or '-'}"
        raise ApiError(_BAD_REQUEST, detail)
    return body
