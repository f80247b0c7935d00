"""Fraud checks of a phone, e-mail address, IP address and postal address.

A check must name at least one value to check (422 naming ``phone`` otherwise), and an e-mail
address must be written like one (422 naming ``email``: the answer echoes it with the ``email``
format). It is charged when created, by service (see ``_fraud.PRICES``): 402 and nothing stored
when the balance does not cover it. It then progresses on the sandbox clock (see ``_fraud``);
every handler here first emits the ``fraud-check.done`` events that are due.
"""

from __future__ import annotations

import math
from typing import Any

from lox24.sandbox._api._errors import ApiError, Violation
from lox24.sandbox._api._problems import UNPROCESSABLE
from lox24.sandbox._api._replies import (
    CREATED,
    CollectionReply,
    ItemReply,
    NoContent,
    Resource,
    Row,
)
from lox24.sandbox._state._fraud import PARTS, PRICES, FraudCheck, announce_fraud_checks, fraud_row
from lox24.sandbox._state._fraud_results import is_email_address
from lox24.sandbox._state._indexed import IndexedRows, Key

from ._call import NOT_FOUND, Call, Handler

TYPE = "FraudCheck"
PAYMENT_REQUIRED = 402


def present_fraud_check(row: Row) -> Resource:
    """Present a fraud-check row, without the flat keys only filters look at."""
    fields = {key: value for key, value in row.items() if "." not in key}
    return Resource(TYPE, f"/fraud-checks/{row['id']}", fields)


def list_fraud_checks(call: Call) -> CollectionReply:
    """Every fraud check, in its state at the time of the request (rows built as needed)."""
    announce_fraud_checks(call.store, call.now)
    fraud, work, now = call.store.fraud, call.store.work, call.now

    def render(key: Key) -> Row:
        work.fraud_rows_rendered += 1
        return fraud_row(fraud.checks[key[2]], now)

    # A check's row changes only when the clock passes a whole second: selections are
    # remembered per second.
    rows = IndexedRows(
        fraud.order, {}, render, fraud.selections, order_field="id", scope=math.floor(now)
    )
    return CollectionReply(TYPE, rows, present_fraud_check)


def create_fraud_check(call: Call) -> ItemReply:
    """Charge and start a check of the values given; it is new (status 0) at first."""
    announce_fraud_checks(call.store, call.now)
    body = call.body
    inputs = {part: body.get(part) for part in PARTS}
    _check_inputs(inputs)
    service = str(body["service_code"])
    price = PRICES[service]
    if not call.store.debit(price, call.now):
        detail = f"The balance ({call.store.balance}) does not cover the check ({price})."
        raise ApiError(PAYMENT_REQUIRED, detail)
    check = FraudCheck(
        id=call.store.fraud.new_id(call.now),
        service_code=service,
        created_at=int(call.now),
        price=price,
        callback_data=body.get("callback_data"),
        inputs=inputs,
    )
    call.store.fraud.add(check)
    return ItemReply(present_fraud_check(fraud_row(check, call.now)), CREATED)


def _check_inputs(inputs: dict[str, Any]) -> None:
    """Refuse (422) a check of nothing, or of an e-mail address that is not written like one."""
    if all(value is None for value in inputs.values()):
        wanted = ", ".join(PARTS)
        problem = Violation("phone", f"At least one of these is required: {wanted}.")
        raise ApiError.invalid(UNPROCESSABLE, [problem])
    email = inputs["email"]
    if email is not None and not is_email_address(email):
        problem = Violation("email", "This value is not a valid email address.")
        raise ApiError.invalid(UNPROCESSABLE, [problem])


def get_fraud_check(call: Call) -> ItemReply:
    """Read one check, with its results once it is done."""
    announce_fraud_checks(call.store, call.now)
    return ItemReply(present_fraud_check(fraud_row(_find(call), call.now)))


def delete_fraud_check(call: Call) -> NoContent:
    """Delete a check (a check that ended has announced itself first)."""
    announce_fraud_checks(call.store, call.now)
    call.store.fraud.remove(_find(call))
    return NoContent()


def _find(call: Call) -> FraudCheck:
    check = call.store.fraud.checks.get(str(call.path["id"]))
    if check is None:
        raise ApiError(NOT_FOUND, "Not Found")
    return check


#: The operations this module serves, by ``operationId``.
HANDLERS: dict[str, Handler] = {
    "list_fraud_checks": list_fraud_checks,
    "create_fraud_check": create_fraud_check,
    "get_fraud_check": get_fraud_check,
    "delete_fraud_check": delete_fraud_check,
}
