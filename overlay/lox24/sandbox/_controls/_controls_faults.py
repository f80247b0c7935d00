"""Fault injection over HTTP: ``/_sandbox/faults`` (see ``_faults`` for what each option means).

* ``GET /_sandbox/faults``: ``{"seed": <int>, "rules": [...], "injected": [...]}``.
* ``POST /_sandbox/faults``: add a rule, e.g. ``{"kind": "status", "path": "/sms",
  "method": "POST", "rate": 0.2, "status": 503, "retry_after": 2}``; answers 201 with the rule
  (and its ``id``). ``method`` is a string or a list; every option but ``kind`` is optional.
* ``DELETE /_sandbox/faults``: remove every rule and forget the injected faults (204).
* ``DELETE /_sandbox/faults/{id}``: remove one rule (204).
* ``POST /_sandbox/faults/seed``: ``{"seed": <int>}`` restarts every rule's random sequence;
  answers like ``GET``.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from lox24.sandbox._api._errors import ApiError
from lox24.sandbox._http._core import SandboxCore
from lox24.sandbox._http._faults import FaultRule, SandboxFaults
from lox24.sandbox._http._limits import decode_json
from lox24.sandbox._http._render import error_response, json_response

_BAD_REQUEST = 400
_CREATED = 201
_NO_CONTENT = 204
_DEPTH = 3
_OPTIONS = frozenset(
    {"kind", "path", "method", "rate", "times", "processed", "status", "retry_after", "delay"}
)


def fault_routes(core: SandboxCore) -> list[BaseRoute]:
    """Build the ``/_sandbox/faults`` routes of one sandbox."""
    faults = core.faults

    async def state(_: Request) -> Response:
        return _state(faults)

    async def add(request: Request) -> Response:
        try:
            rule = _add_rule(faults, await request.body())
        except ApiError as refused:
            return error_response(refused, jsonld=False)
        return json_response(rule.as_json(), status=_CREATED, jsonld=False)

    async def clear(_: Request) -> Response:
        faults.clear()
        return Response(status_code=_NO_CONTENT)

    async def remove(request: Request) -> Response:
        faults.remove(request.path_params["rule_id"])
        return Response(status_code=_NO_CONTENT)

    async def reseed(request: Request) -> Response:
        try:
            seed = _object(await request.body()).get("seed")
            if isinstance(seed, bool) or not isinstance(seed, int):
                raise ApiError(_BAD_REQUEST, "seed: This value should be of type integer.")
        except ApiError as refused:
            return error_response(refused, jsonld=False)
        faults.reseed(seed)
        return _state(faults)

    return [
        Route("/faults", state, methods=["GET"]),
        Route("/faults", add, methods=["POST"]),
        Route("/faults", clear, methods=["DELETE"]),
        Route("/faults/seed", reseed, methods=["POST"]),
        Route("/faults/{rule_id:int}", remove, methods=["DELETE"]),
    ]


def _add_rule(faults: SandboxFaults, raw: bytes) -> FaultRule:
    options = _object(raw)
    unknown = sorted(set(options) - _OPTIONS)
    if unknown or "kind" not in options:
        detail = f"Give kind and any of {sorted(_OPTIONS - {'kind'})}; unknown: {unknown}"
        raise ApiError(_BAD_REQUEST, detail)
    kind = options.pop("kind")
    try:
        return faults.add(kind, **options)
    except (ValueError, TypeError) as refused:
        raise ApiError(_BAD_REQUEST, str(refused)) from None


def _state(faults: SandboxFaults) -> Response:
    body = {
        "seed": faults.seed,
        "rules": [r.as_json() for r in faults.rules],
        "injected": [f.as_json() for f in faults.injected],
    }
    return json_response(body, status=200, jsonld=False)


def _object(raw: bytes) -> dict[str, Any]:
    value = decode_json(raw or b"{}", max_depth=_DEPTH)
    if not isinstance(value, dict):
        raise ApiError(_BAD_REQUEST, "Send a JSON object.")
    return value
