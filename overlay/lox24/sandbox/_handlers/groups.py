"""Contact groups: create (with phones), read, list, update, delete, CSV export."""

from __future__ import annotations

import csv
import io
from typing import Any

from lox24.sandbox._api._replies import (
    CREATED,
    CollectionReply,
    CsvReply,
    ItemReply,
    NoContent,
    Resource,
    Row,
)
from lox24.sandbox._state._store import COLUMNS, GROUP_FIELDS, Group, Store

from ._call import Call
from .phones import with_normalised_phone

TYPE = "Group"


def group_row(group: Group) -> dict[str, Any]:
    """Every field of a group."""
    fields = group.fields
    return {
        "id": group.id,
        "name": fields["name"],
        "description": fields["description"],
        "count_items": len(group.phone_ids),
        "deleted_at": None,
        **{name: fields[name] for name, _ in COLUMNS},
    }


def present_group(row: Row) -> Resource:
    """Present a group row as a resource."""
    return Resource(TYPE, f"/groups/{row['id']}", row)


def list_groups(call: Call) -> CollectionReply:
    """Every group of the account."""
    return CollectionReply(TYPE, call.store.listings.rows("groups", group_row), present_group)


def create_group(call: Call) -> ItemReply:
    """Create a group and the phones given with it: all of them, or nothing."""
    phones = call.body.get("phones") or {}
    prepared = [with_normalised_phone(p, f"phones.{key}.phone") for key, p in phones.items()]
    group = call.store.add_group(call.body)
    for fields in prepared:
        call.store.add_phone(group, fields)
    return ItemReply(present_group(group_row(group)), CREATED)


def get_group(call: Call) -> ItemReply:
    """Read one group."""
    return ItemReply(present_group(group_row(call.group())))


def update_group(call: Call) -> ItemReply:
    """Change the fields of a group that the body gives (``phones`` is not a group field)."""
    group = call.group()
    group.fields.update({k: call.body[k] for k in GROUP_FIELDS if k in call.body})
    call.store.listings["groups"].refresh(group)
    return ItemReply(present_group(group_row(group)))


def delete_group(call: Call) -> NoContent:
    """Delete a group together with all of its phones."""
    call.store.delete_group(call.group())
    return NoContent()


def export_group_csv(call: Call) -> CsvReply:
    """Export the phones of a group as CSV, under a header naming the group's columns."""
    return CsvReply(group_csv(call.store, call.group()))


def group_csv(store: Store, group: Group) -> str:
    """``id,phone,<column names>,callback_data`` and one line per phone.

    A column without a name is called ``col_A`` ... ``col_E``.
    """
    out = io.StringIO()
    writer = csv.writer(out)
    names = [group.fields[name] or f"col_{column.upper()}" for name, column in COLUMNS]
    writer.writerow(["id", "phone", *names, "callback_data"])
    for phone in store.group_phones(group):
        fields = phone.fields
        writer.writerow(
            [phone.id, fields["phone"], *(fields[c] for _, c in COLUMNS), fields["callback_data"]]
        )
    return out.getvalue()
