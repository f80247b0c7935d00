"""The sandbox control of the account: ``/_sandbox/balance``.

* ``GET /_sandbox/balance``: ``{"balance": <amount>, "changed_at": <unix time>}``.
* ``POST /_sandbox/balance``: ``{"balance": <amount>}`` sets the balance now (a number of at
  least 0, in the account's currency); answers like ``GET``. A reset restores the balance the
  sandbox was made with (``Sandbox(balance=...)``, ``lox24 sandbox serve --balance``).
"""

from __future__ import annotations

import json
import math

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from lox24.sandbox._api._errors import ApiError
from lox24.sandbox._http._core import SandboxCore
from lox24.sandbox._http._render import error_response, json_response

_BAD_REQUEST = 400


def account_routes(core: SandboxCore) -> list[BaseRoute]:
    """Build the ``/_sandbox/balance`` routes of one sandbox."""

    async def read_balance(_: Request) -> Response:
        return _balance_state(core)

    async def set_balance(request: Request) -> Response:
        try:
            amount = _amount(await request.body())
        except ApiError as refused:
            return error_response(refused, jsonld=False)
        core.set_balance(amount)
        return _balance_state(core)

    return [
        Route("/balance", read_balance, methods=["GET"]),
        Route("/balance", set_balance, methods=["POST"]),
    ]


def _balance_state(core: SandboxCore) -> Response:
    with core.lock:
        state = {"balance": core.store.balance, "changed_at": core.store.balance_changed_at}
    return json_response(state, status=200, jsonld=False)


def _amount(raw: bytes) -> float:
    try:
        change = json.loads(raw or b"{}")
    except ValueError:
        raise ApiError(_BAD_REQUEST, "Syntax error: the body is not valid JSON.") from None
    amount = change.get("balance") if isinstance(change, dict) else None
    if isinstance(amount, bool) or not isinstance(amount, int | float):
        raise ApiError(_BAD_REQUEST, 'Send {"balance": <amount>}.')
    if not math.isfinite(amount) or amount < 0:
        raise ApiError(_BAD_REQUEST, "balance: This value should be 0 or more.")
    return float(amount)
