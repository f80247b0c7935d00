"""The batch import streams any input in chunks and yields exactly one result per item."""

from __future__ import annotations

import json
import threading

import pytest

import lox24
from lox24_generated.models import PhoneWrite

from .conftest import jsonld


class BatchServer:
    """Answers batch imports like the API: one result per item, refusing numbers ending in 9."""

    def __init__(self, fail_chunk=None, drop_one=False):
        self.sizes = []
        self.fail_chunk = fail_chunk
        self.drop_one = drop_one
        self.lock = threading.Lock()

    def __call__(self, request):
        items = json.loads(request.content)
        with self.lock:
            self.sizes.append(len(items))
            number = len(self.sizes)
        if number == self.fail_chunk:
            return jsonld(500, {"detail": "database down"})
        members = []
        for item in items:
            if item["phone"].endswith("9"):
                members.append(
                    {
                        "status": 422,
                        "body": {
                            "hydra:title": "Invalid",
                            "hydra:description": "phone: not a number",
                        },
                    }
                )
            else:
                members.append(
                    {"status": 201, "body": {"@id": "/phones/1", "id": "1", "phone": item["phone"]}}
                )
        if self.drop_one:
            members.pop()
        return jsonld(201, {"hydra:member": members, "hydra:totalItems": len(members)})


def numbers(count):
    return (f"+4917000{i:05d}" for i in range(count))


def test_one_result_per_item_in_input_order(make_client):
    """2,500 phones in chunks of 100: 2,500 results, indexes 0..2499 in order, refusals reported."""
    server = BatchServer()
    results = list(
        make_client(server).phones.import_many(1, numbers(2500), chunk_size=100, concurrency=4)
    )
    assert [r.index for r in results] == list(range(2500))
    assert sum(server.sizes) == 2500
    assert max(server.sizes) == 100
    refused = [r for r in results if not r.ok]
    assert len(refused) == 250  # numbers ending in 9
    assert all(r.status == 422 and isinstance(r.error, lox24.BatchItemError) for r in refused)
    assert "phone: not a number" in str(refused[0].error)
    assert results[0].phone.phone == "+491700000000"


def test_input_is_consumed_lazily(make_client):
    """The helper reads at most (concurrency + 1) chunks ahead of the results it has yielded."""
    pulled = 0

    def source():
        nonlocal pulled
        for number in numbers(10_000):
            pulled += 1
            yield number

    results = make_client(BatchServer()).phones.import_many(
        1, source(), chunk_size=50, concurrency=3
    )
    for _ in range(10):
        next(results)
    assert pulled <= 50 * (3 + 1)
    results.close()


def test_items_that_cannot_be_sent_are_reported_not_dropped(make_client):
    """A mapping without phone or a non-phone object gets a local InvalidInputError; the rest go out."""
    server = BatchServer()
    phones = [
        "+491700000001",
        {"a": "no number"},
        42,
        PhoneWrite(phone="+491700000002"),
        {"phone": "+491700000003", "a": "x"},
    ]
    results = list(make_client(server).phones.import_many(1, phones, chunk_size=10))
    assert [r.ok for r in results] == [True, False, False, True, True]
    assert isinstance(results[1].error, lox24.InvalidInputError)
    assert results[1].error.field == "phone"
    assert results[1].status is None
    assert server.sizes == [3]


def test_a_failed_chunk_reports_every_item_and_is_not_resent(make_client):
    """When one chunk's request fails, each of its items carries the error; it is sent only once."""
    server = BatchServer(fail_chunk=2)
    results = list(
        make_client(server, max_retries=3).phones.import_many(
            1, numbers(30), chunk_size=10, concurrency=1, resolve=False
        )
    )
    assert len(results) == 30
    failed = [r.index for r in results if isinstance(r.error, lox24.InternalServerError)]
    assert failed == list(range(10, 20))
    assert server.sizes == [10, 10, 10]


def test_a_short_answer_is_not_silently_accepted(make_client):
    """If the server returns fewer results than items, the whole chunk is marked, nothing vanishes."""
    results = list(
        make_client(BatchServer(drop_one=True)).phones.import_many(
            1, numbers(5), chunk_size=5, resolve=False
        )
    )
    assert len(results) == 5
    assert all(isinstance(r.error, lox24.ResponseValidationError) for r in results)


@pytest.mark.parametrize(("option", "value"), [("chunk_size", 0), ("concurrency", 0)])
def test_impossible_sizes_are_refused(make_client, option, value):
    """chunk_size and concurrency must be positive; the error names the option."""
    with pytest.raises(lox24.InvalidInputError) as caught:
        list(make_client(BatchServer()).phones.import_many(1, numbers(3), **{option: value}))
    assert caught.value.field == option


async def test_async_import_yields_the_same_results(make_async_client):
    """The async helper yields one result per item in order, with bounded concurrency."""
    server = BatchServer()
    async with make_async_client(server) as client:
        results = [
            r
            async for r in client.phones.import_many(1, numbers(1000), chunk_size=64, concurrency=5)
        ]
    assert [r.index for r in results] == list(range(1000))
    assert sum(r.ok for r in results) == 900
