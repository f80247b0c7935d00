"""The phones of a group: one at a time, in batches, and through ``/phones/{id}``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lox24.sandbox._api._errors import ApiError, Violation
from lox24.sandbox._api._problems import UNPROCESSABLE, check
from lox24.sandbox._api._replies import (
    CREATED,
    BatchReply,
    CollectionReply,
    ItemReply,
    NoContent,
    Resource,
    Row,
)
from lox24.sandbox._state._linking import phone_subscription
from lox24.sandbox._state._phonenumbers import normalise_phone
from lox24.sandbox._state._store import PHONE_FIELDS, Phone, Store

from ._call import Call

TYPE = "Phone"
#: How many batch items are created between two pauses that let other requests through.
BATCH_CHUNK = 1000
NOT_FOUND = 404
_INVALID_NUMBER = "This value is not a valid phone number."


def phone_row(store: Store, phone: Phone) -> dict[str, Any]:
    """Every field of a phone, with its id still an integer (it sorts as a number).

    The subscription fields come from the form campaigns the number used, if any.
    """
    return {"id": phone.id, **phone.fields, **phone_subscription(store, phone.id)}


def present_phone(row: Row) -> Resource:
    """Present a phone row as a resource; in bodies its id is a string."""
    return Resource(TYPE, f"/phones/{row['id']}", {**row, "id": str(row["id"])})


def with_normalised_phone(fields: Mapping[str, Any], path: str) -> dict[str, Any]:
    """``fields`` with its ``phone`` in E.164 form.

    Args:
        fields: A phone body, already valid against ``PhoneWrite``.
        path: The property path of the number, for the error.

    Raises:
        ApiError: 422 naming ``path`` when the number cannot be brought into E.164 form.

    """
    number = normalise_phone(str(fields["phone"]))
    if number is None:
        raise ApiError.invalid(UNPROCESSABLE, [Violation(path, _INVALID_NUMBER)])
    return {**fields, "phone": number}


def list_group_phones(call: Call) -> CollectionReply:
    """List the phones of a group."""
    group, store = call.group(), call.store
    rows = store.listings.rows(
        "phones", lambda phone: phone_row(store, phone), part=("group_id", group.id)
    )
    return CollectionReply(TYPE, rows, present_phone)


def create_group_phone(call: Call) -> ItemReply:
    """Add one phone to a group."""
    group = call.group()
    fields = with_normalised_phone(call.body, "phone")
    phone = call.store.add_phone(group, fields)
    return ItemReply(present_phone(phone_row(call.store, phone)), CREATED)


def create_group_phones_batch(call: Call) -> BatchReply:
    """Add many phones: each item is validated alone; valid ones are created, the rest refused.

    Between chunks of :data:`BATCH_CHUNK` items other requests may run; if one of them deletes
    the group, the items left are refused with 404.
    """
    group = call.group()
    validator = call.item_validator()
    results: list[Resource | ApiError] = []
    for index, item in enumerate(call.body):
        if index and index % BATCH_CHUNK == 0:
            call.pause()
            if call.store.groups.get(group.id) is not group:
                results.extend(ApiError(NOT_FOUND, "Not Found") for _ in call.body[index:])
                break
        problem = check(validator, item)
        if problem is not None:
            results.append(problem)
            continue
        try:
            fields = with_normalised_phone(item, "phone")
        except ApiError as refused:
            results.append(refused)
            continue
        results.append(present_phone(phone_row(call.store, call.store.add_phone(group, fields))))
    return BatchReply(TYPE, f"/groups/{group.id}/phones/batch", results)


def get_phone(call: Call) -> ItemReply:
    """Read one phone."""
    return ItemReply(present_phone(phone_row(call.store, call.phone())))


def update_phone(call: Call) -> ItemReply:
    """Change the fields of a phone that the body gives."""
    phone = call.phone()
    fields = with_normalised_phone(call.body, "phone")
    phone.fields.update({k: fields[k] for k in PHONE_FIELDS if k in fields})
    call.store.listings["phones"].refresh(phone)
    return ItemReply(present_phone(phone_row(call.store, phone)))


def delete_phone(call: Call) -> NoContent:
    """Remove a phone from its group."""
    call.store.delete_phone(call.phone())
    return NoContent()
