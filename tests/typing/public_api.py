"""Pins the types of the public API. Checked by mypy (``nox -s typecheck``); never executed."""

from __future__ import annotations

from typing import assert_type

import lox24
from lox24_generated.api.bulks import get_bulk_status, list_bulks
from lox24_generated.api.groups import get_group
from lox24_generated.api.sms import send_sms
from lox24_generated.models import BulkStatus, Group, Sms, SmsWrite


def sync_usage(client: lox24.Client) -> None:
    """call() returns the operation's model; paginate() yields the collection's items."""
    assert_type(client.call(get_group, id=1), Group)
    assert_type(
        client.call(send_sms, body=SmsWrite(sender_id="S", phone="+491701234567", text="x")), Sms
    )
    assert_type(client.paginate(list_bulks), lox24.SyncPager[BulkStatus])
    for bulk in client.paginate(list_bulks, status_code=[10]):
        assert_type(bulk, BulkStatus)
    assert_type(client.wait_for_bulk("uuid"), BulkStatus)
    for result in client.import_phones(1, ["+491701234567"]):
        assert_type(result, lox24.PhoneImportResult)


async def async_usage(client: lox24.AsyncClient) -> None:
    """The async client has the same types, awaited."""
    assert_type(await client.call(get_bulk_status, id="uuid"), BulkStatus)
    async for bulk in client.paginate(list_bulks):
        assert_type(bulk, BulkStatus)
    assert_type(await client.wait_for_delivery("uuid"), Sms)


def webhook_usage(body: bytes) -> None:
    """parse_event returns the union of event models."""
    assert_type(lox24.parse_event(body), lox24.Event)
