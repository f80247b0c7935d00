"""Blocked numbers: numbers that never receive messages from the account.

Entries have integer ids from 1. A number blocked through the API has type 1; numbers whose
owners unsubscribe through a campaign are blocked with type 2 (``_messaging.block_number``).
"""

from __future__ import annotations

from lox24.sandbox._api._errors import ApiError, Violation
from lox24.sandbox._api._replies import (
    CREATED,
    CollectionReply,
    ItemReply,
    NoContent,
    Resource,
    Row,
)
from lox24.sandbox._state._messaging import BLOCKED_BY_CUSTOMER, BlockedNumber, block_number

from ._call import Call, Handler

TYPE = "BlockedNumber"
NOT_FOUND = 404
CONFLICT = 409


def present_blocked(row: Row) -> Resource:
    """Present a blocked-number row as a resource."""
    return Resource(TYPE, f"/blocked_numbers/{row['id']}", row)


def list_blocked_numbers(call: Call) -> CollectionReply:
    """Every blocked number."""
    rows = call.store.listings.rows("blocked_numbers", BlockedNumber.as_row)
    return CollectionReply(TYPE, rows, present_blocked)


def create_blocked_number(call: Call) -> ItemReply:
    """Block a number; one that is blocked already is refused with 409 naming ``number``."""
    number = str(call.body["number"])
    if call.store.messaging.blocked_entry(number) is not None:
        problem = Violation("number", "This number is already blocked.")
        raise ApiError.invalid(CONFLICT, [problem])
    entry = block_number(call.store, number, BLOCKED_BY_CUSTOMER, call.now)
    return ItemReply(present_blocked(entry.as_row()), CREATED)


def get_blocked_number(call: Call) -> ItemReply:
    """Read one blocked number."""
    return ItemReply(present_blocked(_find(call).as_row()))


def delete_blocked_number(call: Call) -> NoContent:
    """Unblock a number."""
    call.store.messaging.remove_blocked(_find(call))
    return NoContent()


def _find(call: Call) -> BlockedNumber:
    entry = call.store.messaging.blocked.get(call.path["id"])
    if entry is None:
        raise ApiError(NOT_FOUND, "Not Found")
    return entry


#: The operations this module serves, by ``operationId``.
HANDLERS: dict[str, Handler] = {
    "list_blocked_numbers": list_blocked_numbers,
    "create_blocked_number": create_blocked_number,
    "get_blocked_number": get_blocked_number,
    "delete_blocked_number": delete_blocked_number,
}
