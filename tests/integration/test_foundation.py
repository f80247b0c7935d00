"""The client against the sandbox: groups, phones, batch import and bulks, sync and async."""

from __future__ import annotations

import pytest

import lox24
from lox24.sandbox import SANDBOX_BASE_URL
from lox24_generated.api.account import get_account
from lox24_generated.api.bulks import (
    cancel_bulk,
    create_bulk,
    create_bulk_dryrun,
    get_bulk,
    list_bulks,
)
from lox24_generated.api.groups import (
    create_group,
    delete_group,
    export_group_csv,
    get_group,
    list_groups,
    update_group,
)
from lox24_generated.api.phones import (
    create_group_phone,
    get_phone,
    list_group_phones,
    update_phone,
)
from lox24_generated.models import BulkStatusCode, BulkWrite, GroupWrite, Ordering, PhoneWrite


def numbers(count, start=0):
    return (f"+49151{i:08d}" for i in range(start, start + count))


def test_group_lifecycle_with_phones_and_csv(client):
    """Create, rename, fill, export and delete a group; its phones go with it."""
    group = client.call(create_group, body=GroupWrite(name="Customers", name_a="first name"))
    assert lox24.iri(group) == f"/groups/{group.id}"
    renamed = client.call(update_group, id=group.id, body=GroupWrite(name="VIP"))
    assert renamed.name == "VIP"
    phone = client.call(
        create_group_phone, id=group.id, body=PhoneWrite(phone="0151 2345 678", a="Anna")
    )
    assert phone.phone == "+491512345678"
    updated = client.call(
        update_phone, id=int(phone.id), body=PhoneWrite(phone="+491512345678", a="Anne")
    )
    assert updated.a == "Anne"
    csv = client.call(export_group_csv, id=group.id)
    assert csv.splitlines()[0] == "id,phone,first name,col_B,col_C,col_D,col_E,callback_data"
    assert f"{phone.id},+491512345678,Anne" in csv
    assert client.call(get_account).groups.additional_properties == {
        str(group.id): f"/groups/{group.id}"
    }
    client.call(delete_group, id=group.id)
    with pytest.raises(lox24.NotFoundError):
        client.call(get_phone, id=int(phone.id))


def test_phone_without_number_is_refused_naming_it_and_nothing_is_written(client):
    """A phone without `phone` raises UnprocessableEntityError naming the field; the group stays empty."""
    group = client.call(create_group, body=GroupWrite(name="G"))
    with pytest.raises(lox24.UnprocessableEntityError) as caught:
        client.request("POST", f"/groups/{group.id}/phones", json={"a": "no number"})
    assert caught.value.status_code == 422
    assert [v.field for v in caught.value.violations] == ["phone"]
    assert "phone" in str(caught.value)
    assert client.call(get_group, id=group.id).count_items == 0


def test_unknown_group_is_not_found(client):
    """Adding a phone to a group that does not exist raises NotFoundError with a request id."""
    with pytest.raises(lox24.NotFoundError) as caught:
        client.call(create_group_phone, id=999, body=PhoneWrite(phone="+491511111111"))
    assert len(caught.value.request_id) == 32


def test_bad_token_is_an_authentication_error(sandbox):
    """A wrong token raises AuthenticationError, whose message does not contain the token."""
    wrong = "1234567:ffffffffffffffffffffffffffffffff"
    client = lox24.Client(wrong, base_url=SANDBOX_BASE_URL, transport=sandbox.transport())
    with client, pytest.raises(lox24.AuthenticationError) as caught:
        client.call(get_account)
    assert wrong not in str(caught.value)


def test_repeated_bad_tokens_block_the_address(sandbox):
    """The fourth bad request within a minute gets 429, which the client raises as RateLimitError."""
    wrong = "1234567:ffffffffffffffffffffffffffffffff"
    with lox24.Client(wrong, base_url=SANDBOX_BASE_URL, transport=sandbox.transport()) as client:
        for _ in range(3):
            with pytest.raises(lox24.AuthenticationError):
                client.call(get_account)
        with pytest.raises(lox24.RateLimitError):
            client.call(get_account)


def test_malformed_json_is_a_bad_request(client):
    """A body that is not JSON raises BadRequestError, and no group is created."""
    with pytest.raises(lox24.BadRequestError) as caught:
        client.request("POST", "/groups", content=b'{"name": "unterminated')
    assert caught.value.status_code == 400
    assert list(client.paginate(list_groups)) == []


def test_mixed_batch_reports_each_item(client):
    """A batch with good and bad phones answers per item; the good ones are stored, in order."""
    group = client.call(create_group, body=GroupWrite(name="G"))
    phones = [
        "+491511111111",
        {"a": "no number"},
        "not a number",
        PhoneWrite(phone="0049 151 2222 2222"),
    ]
    results = list(client.phones.import_many(group.id, phones))
    assert [r.index for r in results] == [0, 1, 2, 3]
    assert [r.ok for r in results] == [True, False, False, True]
    assert isinstance(results[1].error, lox24.InvalidInputError)
    assert results[2].status == 422
    assert "phone" in str(results[2].error)
    assert results[3].phone.phone == "+4915122222222"
    assert [p.phone for p in client.paginate(list_group_phones, id=group.id)] == [
        "+491511111111",
        "+4915122222222",
    ]


@pytest.mark.slow
def test_hundred_thousand_phones_streamed_with_none_lost(client):
    """100,000 phones from a generator give 100,000 results in order and 100,000 stored phones."""
    group = client.call(create_group, body=GroupWrite(name="Big"))
    count = 0
    for expected_index, result in enumerate(
        client.phones.import_many(group.id, numbers(100_000), chunk_size=1000)
    ):
        assert result.index == expected_index
        assert result.ok, result.error
        count += 1
    assert count == 100_000
    assert client.call(get_group, id=group.id).count_items == 100_000


def test_collections_page_lazily_with_filters_and_order(client, sandbox):
    """35 bulks page over two pages; filters and ordering reach the sandbox and are honoured."""
    group = client.call(create_group, body=GroupWrite(name="G"))
    client.call(create_group_phone, id=group.id, body=PhoneWrite(phone="+491511111111"))
    for i in range(35):
        sandbox.clock.advance(10)
        client.call(
            create_bulk_dryrun if i % 5 == 0 else create_bulk,
            body=BulkWrite(sender_id="Shop", text=f"n{i}", msg_groups=[group.id]),
        )
    pages = list(client.paginate(list_bulks).iter_pages())
    assert [len(p.items) for p in pages] == [30, 5]
    assert pages[0].total == 35
    newest_first = [b.created_at for p in pages for b in p.items]
    assert newest_first == sorted(newest_first, reverse=True)
    dry = list(client.paginate(list_bulks, is_dryrun=True, field_ordercreated_at=Ordering.ASC))
    assert len(dry) == 7
    assert [b.created_at for b in dry] == sorted(b.created_at for b in dry)
    recent = list(client.paginate(list_bulks, created_atgte=1_700_000_000 + 300))
    assert len(recent) == 6


def test_bulk_runs_to_the_end_on_the_sandbox_clock(client, sandbox):
    """A bulk to a group of 5,000 goes queued, processing, processed as the clock moves."""
    sandbox.set_balance(1000)  # the bulk's 5,000 SMS cost 280 EUR
    group = client.call(create_group, body=GroupWrite(name="G"))
    list(client.phones.import_many(group.id, numbers(5000)))
    bulk = client.call(
        create_bulk, body=BulkWrite(sender_id="Shop", text="Sale", msg_groups=[group.id])
    )
    assert bulk.status_code == BulkStatusCode.NEW
    seen = []

    def advance(status):
        seen.append((int(status.status_code), status.msg_total_count))
        sandbox.clock.advance(1)

    final = client.bulks.wait(bulk.uuid, poll_interval=0, on_progress=advance)
    assert final.status_code == BulkStatusCode.PROCESSED
    assert final.msg_total_count == 5000
    codes = [code for code, _ in seen]
    assert codes[0] == 0
    assert 5 in codes
    assert codes[-1] == 10
    counts = [count for _, count in seen]
    assert counts == sorted(counts)


def test_cancel_only_while_running(client, sandbox):
    """A queued bulk can be cancelled; a finished one cannot (422)."""
    bulk = client.call(
        create_bulk, body=BulkWrite(sender_id="Shop", text="Sale", phones=["+491511111111"])
    )
    assert client.call(cancel_bulk, id=bulk.uuid).status_code == BulkStatusCode.CANCELLED
    done = client.call(
        create_bulk_dryrun, body=BulkWrite(sender_id="Shop", text="Sale", phones=["+491511111111"])
    )
    with pytest.raises(lox24.UnprocessableEntityError):
        client.call(cancel_bulk, id=done.uuid)
    assert client.call(get_bulk, id=bulk.uuid).status_code == BulkStatusCode.CANCELLED


async def test_async_client_imports_and_pages(aclient):
    """The async client imports a batch and pages the group's phones."""
    group = await aclient.call(create_group, body=GroupWrite(name="Async"))
    results = [
        r
        async for r in aclient.phones.import_many(
            group.id, numbers(2500), chunk_size=500, concurrency=3
        )
    ]
    assert [r.index for r in results] == list(range(2500))
    assert all(r.ok for r in results)
    phones = [p async for p in aclient.paginate(list_group_phones, id=group.id)]
    assert len(phones) == 2500
    with pytest.raises(lox24.NotFoundError):
        await aclient.call(get_group, id=group.id + 1)
