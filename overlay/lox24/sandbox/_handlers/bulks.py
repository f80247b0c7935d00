"""Bulk sendings: create (or simulate), list, read, follow, cancel, delete.

A bulk is planned and charged when it is created and creates one SMS per recipient as it is
processed (``_bulk_fanout``); every operation first catches up with the clock, so that its SMS
due by now exist. A dry run plans, creates and charges nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
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
from lox24.sandbox._state import _bulk_fanout as fanout
from lox24.sandbox._state import _sms_compose as compose
from lox24.sandbox._state._catch_up import catch_up
from lox24.sandbox._state._lifecycle import bulk_row, bulk_state, cancel, status_view
from lox24.sandbox._state._store import KEY_ID, Bulk

from ._call import Call

TYPE = "Bulk"
DEFAULT_SERVICE = "direct"
NOT_FOUND = 404
_COPIED = ("sender_id", "text", "phones", "msg_groups", "delivery_at", "is_unicode", "source")


def present_bulk(row: Row) -> Resource:
    """Present a bulk with every field."""
    return Resource(TYPE, f"/bulks/{row['uuid']}", row)


def present_status(row: Row) -> Resource:
    """Present a bulk with its state fields only (``BulkStatus``)."""
    return Resource(TYPE, f"/bulks/{row['uuid']}", status_view(dict(row)))


def create_bulk(call: Call) -> ItemReply:
    """Queue a bulk; it is processed as the sandbox clock moves on."""
    return ItemReply(present_bulk(bulk_row(_create(call, dryrun=False), call.now)), CREATED)


def create_bulk_dryrun(call: Call) -> ItemReply:
    """Store a simulated bulk: processed at once, nothing sent, nothing charged."""
    return ItemReply(present_bulk(bulk_row(_create(call, dryrun=True), call.now)), CREATED)


def _check_recipients(body: Mapping[str, Any]) -> None:
    """Refuse a bulk giving both ``phones`` and ``msg_groups`` (the API takes exactly one)."""
    if body.get("phones") is not None and body.get("msg_groups") is not None:
        detail = "Give the recipients either in phones or in msg_groups, not in both."
        raise ApiError.invalid(UNPROCESSABLE, [Violation("msg_groups", detail)])


def _create(call: Call, *, dryrun: bool) -> Bulk:
    body, store = call.body, call.store
    _check_recipients(body)
    compose.check_text(body)
    catch_up(store, call.now, call.pause)
    group_ids = list(dict.fromkeys(body.get("msg_groups") or []))
    missing = [g for g in group_ids if g not in store.groups]
    if missing:
        problem = Violation("msg_groups", f"The group {missing[0]} does not exist.")
        raise ApiError.invalid(UNPROCESSABLE, [problem])
    plan = None if dryrun else fanout.plan(store, body, group_ids)
    if plan is None:
        recipients = len(body.get("phones") or []) + sum(
            len(store.groups[g].phone_ids) for g in group_ids
        )
    else:
        recipients = len(plan)
        fanout.charge(store, plan, call.now)
    fields: dict[str, Any] = {name: body.get(name) for name in _COPIED}
    fields.update(
        is_text_deleted=bool(body.get("is_text_deleted")),
        service_code=body.get("service_code") or DEFAULT_SERVICE,
        voice_lang=body.get("voice_lang"),
        ip=call.reported_ip,
        key_id=KEY_ID,
    )
    bulk = Bulk(str(uuid.uuid4()), int(call.now), fields, recipients, dryrun, plan=plan)
    bulk.seq = next(store.bulk_numbers)
    store.add_bulk(bulk)
    fanout.schedule(store, bulk)
    return bulk


def _find(call: Call) -> Bulk:
    catch_up(call.store, call.now, call.pause)
    bulk = call.store.bulks.get(str(call.path["id"]))
    if bulk is None:
        raise ApiError(NOT_FOUND, "Not Found")
    return bulk


def list_bulks(call: Call) -> CollectionReply:
    """Every bulk, in its state at the time of the request."""
    catch_up(call.store, call.now, call.pause)
    now = call.now
    # A bulk's row depends on the time: selections are remembered for one instant.
    rows = call.store.listings.rows("bulks", lambda bulk: bulk_row(bulk, now), scope=now)
    return CollectionReply(TYPE, rows, present_status)


def get_bulk(call: Call) -> ItemReply:
    """One bulk with its text and recipients."""
    return ItemReply(present_bulk(bulk_row(_find(call), call.now)))


def get_bulk_status(call: Call) -> ItemReply:
    """Read the state of one bulk."""
    return ItemReply(present_status(bulk_row(_find(call), call.now)))


def cancel_bulk(call: Call) -> ItemReply:
    """Stop a bulk that is new or processing, and its SMS not sent yet; else 422."""
    bulk = _find(call)
    if not cancel(bulk, call.now):
        status = bulk_state(bulk, call.now).status_code
        detail = f"The bulk has status {status}; only a bulk with status 0 or 5 can be cancelled."
        raise ApiError(UNPROCESSABLE, detail)
    fanout.stop(call.store, bulk, call.now)
    call.store.listings["bulks"].refresh(bulk)
    return ItemReply(present_status(bulk_row(bulk, call.now)))


def delete_bulk(call: Call) -> NoContent:
    """Delete a bulk; the messages it has not created yet are never created (and refunded)."""
    bulk = _find(call)
    call.store.remove_bulk(bulk)
    fanout.drop(call.store, bulk, call.now)
    return NoContent()
