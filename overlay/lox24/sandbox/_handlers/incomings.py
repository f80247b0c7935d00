"""Incoming SMS: messages to the account's inbound number and replies to sent SMS.

Messages arrive only through the simulations (``Sandbox.simulate`` or
``/_sandbox/simulate/...``); the API reads and deletes them.
"""

from __future__ import annotations

from lox24.sandbox._api._errors import ApiError
from lox24.sandbox._api._replies import CollectionReply, ItemReply, NoContent, Resource, Row
from lox24.sandbox._state._messaging import Incoming

from ._call import Call, Handler

TYPE = "Incoming"
NOT_FOUND = 404


def present_incoming(row: Row) -> Resource:
    """Present an incoming-message row as a resource."""
    return Resource(TYPE, f"/incomings/{row['uuid']}", row)


def list_incomings(call: Call) -> CollectionReply:
    """Every received message."""
    rows = call.store.listings.rows("incomings", Incoming.as_row)
    return CollectionReply(TYPE, rows, present_incoming)


def get_incoming(call: Call) -> ItemReply:
    """Read one received message."""
    incoming = call.store.messaging.incomings.get(str(call.path["uuid"]))
    if incoming is None:
        raise ApiError(NOT_FOUND, "Not Found")
    return ItemReply(present_incoming(incoming.as_row()))


def delete_incoming(call: Call) -> NoContent:
    """Delete one received message; one that does not exist (any more) is not found."""
    if call.store.messaging.remove_incoming(str(call.path["uuid"])) is None:
        raise ApiError(NOT_FOUND, "Not Found")
    return NoContent()


#: The operations this module serves, by ``operationId``.
HANDLERS: dict[str, Handler] = {
    "list_incomings": list_incomings,
    "get_incoming": get_incoming,
    "delete_incoming": delete_incoming,
}
