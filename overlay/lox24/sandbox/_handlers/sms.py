"""Sending, simulating, listing, reading and deleting SMS, and the batch cancel and delete.

Every operation here first catches up with the clock (``_catch_up.catch_up``), so that the
``sms.delivery`` events of what happened since the last request are in the log, in order, and
the SMS of bulks due by now exist.

Listings hand the collection engine the SMS indexes (``IndexedRows``), not rows: only the rows
of the page asked for (or of the candidates a non-indexed filter must look at) are built.

The batch operations select SMS with the same filters as ``list_sms``, through the collection
engine; a batch request without any filter selects every SMS of the account (the filters only
narrow the selection, as in the listing).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from lox24.sandbox._api._errors import ApiError
from lox24.sandbox._api._replies import (
    CREATED,
    CollectionReply,
    ItemReply,
    NoContent,
    Resource,
    Row,
)
from lox24.sandbox._state import _sms_compose as compose
from lox24.sandbox._state._catch_up import catch_up
from lox24.sandbox._state._collection import select_all
from lox24.sandbox._state._indexed import IndexedRows, Key
from lox24.sandbox._state._messaging import Sms
from lox24.sandbox._state._sms_lifecycle import DLR_NONE, NEW, cancel, delivery_data, sms_row

from ._call import Call, Handler

TYPE = "Sms"
NOT_FOUND = 404
DRYRUN_EVENT = "sms.delivery.dryrun"


@dataclasses.dataclass(frozen=True, slots=True)
class PlainResource(Resource):
    """A resource the spec declares in plain JSON only: no JSON-LD keys, whatever is accepted."""

    def represent(self, *, jsonld: bool) -> dict[str, Any]:
        """Return the plain fields."""
        del jsonld
        return dict(self.data)


def present_sms(row: Row) -> Resource:
    """Present an SMS row as a resource."""
    return Resource(TYPE, f"/sms/{row['uuid']}", row)


def send_sms(call: Call) -> ItemReply:
    """Accept, charge and keep an SMS; it is sent and delivered as the sandbox clock moves on."""
    catch_up(call.store, call.now, call.pause)
    sms = compose.send(call.store, call.body, client_ip=call.reported_ip, now=call.now)
    return ItemReply(present_sms(sms_row(sms, call.now)), CREATED)


def send_sms_dryrun(call: Call) -> ItemReply:
    """Answer the SMS a body would send, keeping and charging nothing; emit its dry-run report."""
    catch_up(call.store, call.now, call.pause)
    sms = compose.dry_run(call.store, call.body, client_ip=call.reported_ip, now=call.now)
    call.store.events.emit(DRYRUN_EVENT, delivery_data(sms, NEW, DLR_NONE), call.now)
    return ItemReply(present_sms(sms_row(sms, call.now)), CREATED)


def list_sms(call: Call) -> CollectionReply:
    """Every SMS, in its state at the time of the request."""
    return CollectionReply(TYPE, _rows(call), present_sms)


def get_sms(call: Call) -> ItemReply:
    """Read one SMS with its current status and delivery report."""
    return ItemReply(present_sms(sms_row(_find(call), call.now)))


def delete_sms(call: Call) -> NoContent:
    """Delete one SMS."""
    call.store.messaging.remove_sms(_find(call).uuid)
    return NoContent()


def cancel_sms_batch(call: Call) -> ItemReply:
    """Stop every selected SMS not handed to the network yet (status 0); count them."""
    messaging = call.store.messaging
    rows = select_all(call.operation, call.query, _rows(call))
    selected = [messaging.sms[row["uuid"]] for row in rows]
    stopped = sum(cancel(call.store, sms, call.now) for sms in selected)
    return _batch_result(call, stopped)


def delete_sms_batch(call: Call) -> ItemReply:
    """Delete every selected SMS; count them."""
    selected = select_all(call.operation, call.query, _rows(call))
    for row in selected:
        call.store.messaging.remove_sms(row["uuid"])
    return _batch_result(call, len(selected))


def _rows(call: Call) -> IndexedRows:
    """Every SMS, as indexes the collection engine renders rows from on demand."""
    store = call.store
    catch_up(store, call.now, call.pause)
    messaging, now, work = store.messaging, call.now, store.work

    def render(key: Key) -> Row:
        work.rows_rendered += 1
        return sms_row(messaging.sms[key[2]], now)

    return IndexedRows(messaging.sms_order, messaging.sms_lookup, render, messaging.sms_selections)


def _find(call: Call) -> Sms:
    catch_up(call.store, call.now, call.pause)
    sms = call.store.messaging.sms.get(str(call.path["uuid"]))
    if sms is None:
        raise ApiError(NOT_FOUND, "Not Found")
    return sms


def _batch_result(call: Call, count: int) -> ItemReply:
    path = call.operation.template
    return ItemReply(PlainResource("SmsBatchResult", path, {"deleted_sms_count": count}))


#: The operations this module serves, by ``operationId``.
HANDLERS: dict[str, Handler] = {
    "list_sms": list_sms,
    "send_sms": send_sms,
    "send_sms_dryrun": send_sms_dryrun,
    "get_sms": get_sms,
    "delete_sms": delete_sms,
    "cancel_sms_batch": cancel_sms_batch,
    "delete_sms_batch": delete_sms_batch,
}
