"""Pins the types of the public API. Checked by mypy (``nox -s typecheck``); never executed.

``assert_type`` pins what a call returns. A line that must NOT type-check carries
``# type: ignore[<code>]``: mypy --strict warns about an unused ignore, so the pin fails as soon
as the error it expects disappears (a misspelt keyword or a wrong type accepted again).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal, assert_type

import lox24
from lox24.types import (
    Account,
    Bulk,
    BulkStatus,
    FraudCheck,
    Group,
    Phone,
    Sms,
    SmsStatusCode,
    SmsWrite,
)
from lox24_generated.api.bulks import get_bulk_status, list_bulks
from lox24_generated.api.groups import get_group
from lox24_generated.api.sms import send_sms


def namespace_usage(client: lox24.Client) -> None:
    """Each namespace method returns its model; fields the API always sends are never Unset."""
    sms = client.sms.send(phone="+491701234567", sender_id="MyShop", text="Hi")
    assert_type(sms, Sms)
    assert_type(sms.uuid, str)
    assert_type(sms.status_code, SmsStatusCode)
    assert_type(sms.bulk_id, str | None)
    scheduled = datetime(2026, 12, 24, 9, tzinfo=UTC)
    assert_type(
        client.sms.send(
            phone="+491701234567", sender_id="MyShop", text="Hi", delivery_at=scheduled
        ),
        Sms,
    )
    assert_type(client.sms.send(body=SmsWrite(sender_id="S", phone="+49170", text="x")), Sms)
    assert_type(client.groups.list(), lox24.SyncPager[Group])
    for group in client.groups.list():
        assert_type(group, Group)
        assert_type(group.id, int)
        assert_type(group.name, str)
        assert_type(group.description, str | None)
    for page in client.groups.list().pages():
        assert_type(page, lox24.Page[Group])
        assert_type(page.total, int | None)
    for listed in client.sms.list(status_code=[0, 100], created_at_gte=scheduled):
        assert_type(listed, Sms)
    assert_type(client.groups.get(7), Group)
    assert_type(client.account.get(), Account)
    assert_type(client.phones.get(7), Phone)
    assert_type(client.bulks.create(sender_id="S", text="x", msg_groups=[7]), Bulk)
    assert_type(client.bulks.wait("uuid"), BulkStatus)
    assert_type(client.bulks.wait("uuid").processed_at, int | None)
    assert_type(client.fraud_checks.wait("id"), FraudCheck)
    assert_type(client.sms.wait_for_delivery("uuid"), Sms)
    assert_type(client.sms.with_raw_response.get("uuid"), lox24.RawResponse[Sms])
    assert_type(client.sms.with_raw_response.get("uuid").request_id, str | None)
    assert_type(client.groups.delete(7), None)
    for result in client.phones.import_many(1, ["+491701234567"]):
        assert_type(result, lox24.PhoneImportResult)


def namespace_misuse(client: lox24.Client) -> None:
    """A misspelt keyword or an argument of the wrong type is an error under mypy --strict."""
    client.sms.send(phone="+49170", sender_id="A", text="Hi", callbak_data="x")  # type: ignore[call-overload]
    client.sms.send(phone=491701234567, sender_id="MyShop", text="Hi")  # type: ignore[call-overload]
    client.sms.send(phone="+491701234567", sender_id="MyShop")  # type: ignore[call-overload]
    client.sms.list(statuscode=[100])  # type: ignore[call-arg]
    client.sms.list(created_at_gte="yesterday")  # type: ignore[arg-type]
    client.sms.list(order_by={"created_at": "down"})  # type: ignore[dict-item]
    client.groups.get("seven")  # type: ignore[arg-type]
    client.bulks.wait("uuid", timeout="soon")  # type: ignore[arg-type]


def low_level_usage(client: lox24.Client) -> None:
    """call() returns the operation's model; paginate() yields the collection's items."""
    assert_type(client.call(get_group, id=1), Group)
    assert_type(
        client.call(send_sms, body=SmsWrite(sender_id="S", phone="+491701234567", text="x")), Sms
    )
    assert_type(client.paginate(list_bulks), lox24.SyncPager[BulkStatus])
    for bulk in client.paginate(list_bulks, status_code=[10]):
        assert_type(bulk, BulkStatus)


async def async_usage(client: lox24.AsyncClient) -> None:
    """The async client has the same types, awaited."""
    sms = await client.sms.send(phone="+491701234567", sender_id="MyShop", text="Hi")
    assert_type(sms, Sms)
    assert_type(sms.uuid, str)
    assert_type(client.groups.list(), lox24.AsyncPager[Group])
    async for group in client.groups.list():
        assert_type(group, Group)
    async for page in client.groups.list().pages():
        assert_type(page, lox24.Page[Group])
    assert_type(await client.bulks.wait("uuid"), BulkStatus)
    assert_type(await client.sms.wait_for_delivery("uuid"), Sms)
    assert_type(await client.sms.with_raw_response.get("uuid"), lox24.RawResponse[Sms])
    async for result in client.phones.import_many(1, ["+491701234567"]):
        assert_type(result, lox24.PhoneImportResult)
    await client.sms.send(phone="+49170", sender_id="A", text="Hi", callbak_data="x")  # type: ignore[call-overload]
    assert_type(await client.call(get_bulk_status, id="uuid"), BulkStatus)
    async for bulk in client.paginate(list_bulks):
        assert_type(bulk, BulkStatus)


def webhook_usage(body: bytes) -> None:
    """parse_event returns the union of event models."""
    assert_type(lox24.parse_event(body), lox24.Event)


def one_import_root() -> None:
    """lox24.types names the generated classes themselves; a name it lacks is refused."""
    import lox24.types
    from lox24_generated import models

    assert_type(lox24.types.Sms, type[models.Sms])
    assert_type(lox24.types.DlrCode.DELIVERY_OK, Literal[models.DlrCode.DELIVERY_OK])
    _ = lox24.types.NoSuchModel  # type: ignore[attr-defined]


async def counting(client: lox24.Client, aclient: lox24.AsyncClient) -> None:
    """count() is an int from one request, sync and async; raw twins wrap it."""
    assert_type(client.sms.count(status_code=[0, 100]), int)
    assert_type(client.phones.count(7), int)
    assert_type(client.groups.with_raw_response.count(), lox24.RawResponse[int])
    assert_type(await aclient.bulks.count(), int)
    client.sms.count(order_by={"created_at": "asc"})  # type: ignore[call-arg]
