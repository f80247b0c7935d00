"""The streamed phone import gives every input item exactly one truthful result, whatever fails."""

from __future__ import annotations

from collections import Counter

import httpx
import pytest

import lox24
from lox24._batch import aimport_phones, import_phones
from lox24._outcome import status_error
from lox24.sandbox import Sandbox, SandboxClock
from lox24_generated.models import PhoneWrite

from . import faults
from .faults import Faulty

BASE_URL = "http://sandbox.lox24.test"


def phone_json(number, ident):
    fields = dict.fromkeys(("a", "b", "c", "d", "e", "callback_data", "subscribed_at"))
    fields.update(unsubscribed_at=None, unsubscribe_reason=None)
    return {"@id": f"/phones/{ident}", "id": str(ident), "phone": number, **fields}


def created_answer(items):
    """The batch answer (decoded JSON) of a server that created every item."""
    members = [
        {"status": 201, "body": phone_json(item["phone"], i)} for i, item in enumerate(items)
    ]
    return {"hydra:member": members}


def numbers(count):
    return [f"+4917000{i:05d}" for i in range(count)]


@pytest.fixture(autouse=True)
def _no_backoff(monkeypatch):
    """Retries in these tests do not wait."""
    monkeypatch.setattr("lox24._retry.RetryPolicy.backoff", lambda self, attempt: 0.0)


def test_each_chunk_outcome_matches_the_sandbox():
    """Created exists, refused and not-sent do not, unknown is said; one result per item."""
    with Sandbox(clock=SandboxClock(start=1_700_000_000, frozen=True)) as sandbox:
        faulty = Faulty(sandbox.transport())
        client = lox24.Client(sandbox.token, base_url=BASE_URL, transport=faulty, max_retries=0)
        group = client.groups.create(name="Import")
        faulty.plan("POST", lambda request, inner: inner.handle_request(request))  # chunk 0
        faulty.plan("POST", faults.status_after(502))  # chunk 1: created, answer lost
        faulty.plan("POST", faults.drop_before)  # chunk 2: never sent
        faulty.plan("POST", faults.status_before(429))  # chunk 3: refused as a whole
        faulty.plan("POST", faults.timeout_after)  # chunk 4: created, answer lost
        rows = [*numbers(59), "12"]  # the last one is refused by the server, item by item
        results = list(
            client.phones.import_many(group.id, rows, chunk_size=10, concurrency=1, resolve=False)
        )
        existing = {phone.phone for phone in client.phones.list(group.id)}
    assert [r.index for r in results] == list(range(60))
    by_chunk = [{r.outcome for r in results[i : i + 10]} for i in range(0, 60, 10)]
    assert by_chunk == [
        {"created"},
        {"unknown"},
        {"not_sent"},
        {"refused"},
        {"unknown"},
        {"created", "refused"},
    ]
    for result in results:
        number = rows[result.index]
        if result.outcome == "created":
            assert number in existing
        elif result.outcome in {"refused", "not_sent"}:
            assert number not in existing
    assert results[-1].field == "phone"
    assert results[-1].status == 422


def test_an_unexpected_exception_in_one_chunk_does_not_end_the_stream():
    """A send that raises something odd marks its items unknown; later chunks still go."""
    calls = []

    def send(items):
        calls.append(len(items))
        if len(calls) == 2:
            raise RuntimeError("the pool broke")
        return created_answer(items)

    results = list(import_phones(send, numbers(50), chunk_size=10, concurrency=2))
    assert [r.index for r in results] == list(range(50))
    assert [r.outcome for r in results[10:20]] == ["unknown"] * 10
    assert isinstance(results[10].error, lox24.WriteOutcomeUnknownError)
    assert all(r.outcome == "created" for r in results[:10] + results[20:])
    assert calls == [10] * 5


async def test_the_async_import_survives_an_unexpected_exception_too():
    """The async twin gives one result per item when a chunk raises something odd."""
    calls = []

    async def send(items):
        calls.append(len(items))
        if len(calls) == 1:
            raise KeyError("odd")
        return created_answer(items)

    results = [r async for r in aimport_phones(send, numbers(25), chunk_size=10, concurrency=3)]
    assert [r.index for r in results] == list(range(25))
    assert [r.outcome for r in results] == ["unknown"] * 10 + ["created"] * 15


def test_unsendable_items_are_named_and_do_not_fail_their_chunk():
    """A lone surrogate or a non-string field stays local with its field; the rest is created."""
    sent = []

    def send(items):
        sent.append([item["phone"] for item in items])
        return created_answer(items)

    rows = [
        "+491700000001",
        {"phone": "+491700000002", "a": "\ud800"},
        {"phone": "+491700000003", "b": 5},
        PhoneWrite(phone="+491700000004", c="\udfff"),
        "",
        "+491700000006",
    ]
    results = list(import_phones(send, rows, chunk_size=10, concurrency=1))
    assert [r.outcome for r in results] == [
        "created",
        "not_sent",
        "not_sent",
        "not_sent",
        "not_sent",
        "created",
    ]
    assert [r.field for r in results[1:5]] == ["a", "b", "c", "phone"]
    assert sent == [["+491700000001", "+491700000006"]]


def test_a_chunk_refused_for_one_item_is_sent_again_without_it():
    """A 400 naming item [1] refuses that item with its field; the others are sent once more."""
    sent = []

    def send(items):
        sent.append([item["phone"] for item in items])
        if len(sent) == 1:
            request = httpx.Request("POST", f"{BASE_URL}/groups/1/phones/batch")
            body = {"violations": [{"propertyPath": "[1].phone", "message": "bad type"}]}
            raise status_error(httpx.Response(400, json=body, request=request))
        return created_answer(items)

    rows = numbers(3)
    results = list(import_phones(send, rows, chunk_size=10, concurrency=1))
    assert [r.outcome for r in results] == ["created", "refused", "created"]
    assert results[1].field == "phone"
    assert results[1].status == 400
    assert sent == [rows, [rows[0], rows[2]]]


def test_a_chunk_refused_as_a_whole_is_not_resent():
    """A 422 about the request itself (no item named) refuses every item, sent once."""
    sent = []

    def send(items):
        sent.append(len(items))
        request = httpx.Request("POST", f"{BASE_URL}/groups/1/phones/batch")
        body = {"violations": [{"propertyPath": "", "message": "too many"}]}
        raise status_error(httpx.Response(422, json=body, request=request))

    results = list(import_phones(send, numbers(4), chunk_size=10, concurrency=1))
    assert [r.outcome for r in results] == ["refused"] * 4
    assert sent == [4]


def test_a_short_answer_is_outcome_unknown_not_failed():
    """A 201 with too few results: the phones may exist, so the items are unknown."""

    def send(items):
        return created_answer(items[:-1])

    results = list(import_phones(send, numbers(5), chunk_size=5, concurrency=1))
    assert [r.outcome for r in results] == ["unknown"] * 5
    assert isinstance(results[0].error, lox24.WriteOutcomeUnknownError)


def _sandbox_client(sandbox):
    faulty = Faulty(sandbox.transport())
    client = lox24.Client(sandbox.token, base_url=BASE_URL, transport=faulty, max_retries=0)
    return client, faulty


def _passed(request, inner):
    return inner.handle_request(request)


def test_items_of_unknown_outcome_are_looked_up_and_end_true():
    """After the window, lost answers are found (present) and unprocessed ones are not_created."""
    with Sandbox(clock=SandboxClock(start=1_700_000_000, frozen=True)) as sandbox:
        client, faulty = _sandbox_client(sandbox)
        group = client.groups.create(name="Import")
        faulty.plan("POST", _passed)  # chunk 0
        faulty.plan("POST", faults.status_after(502))  # chunk 1: created, answer lost
        faulty.plan("POST", faults.status_before(502))  # chunk 2: never processed
        faulty.plan("POST", faults.timeout_after)  # chunk 3: created, answer lost
        rows = numbers(40)
        results = list(
            client.phones.import_many(group.id, rows, chunk_size=10, concurrency=1, window=0)
        )
        held = Counter(phone.phone for phone in client.phones.list(group.id))
    assert sorted(r.index for r in results) == list(range(40))
    assert [r.index for r in results[:10]] == list(range(10))  # answered ones first, in order
    outcome = {r.index: r.outcome for r in results}
    assert [outcome[i] for i in range(40)] == (
        ["created"] * 10 + ["present"] * 10 + ["not_created"] * 10 + ["present"] * 10
    )
    for result in results:
        assert held[rows[result.index]] == (0 if result.outcome == "not_created" else 1)
        if result.outcome == "present":
            assert result.phone.phone == rows[result.index]
            assert result.ok
    not_created = [r for r in results if r.outcome == "not_created"]
    assert all(isinstance(r.error, lox24.WriteOutcomeUnknownError) for r in not_created)


def test_skip_existing_sends_nothing_the_group_holds_and_resolves_as_created():
    """A rerun adds nothing twice: numbers already in the group (any spelling) are present."""
    with Sandbox(clock=SandboxClock(start=1_700_000_000, frozen=True)) as sandbox:
        client, faulty = _sandbox_client(sandbox)
        group = client.groups.create(name="Import")
        list(client.phones.import_many(group.id, numbers(15), chunk_size=10))
        rows = [*numbers(30), "0170 0000-003"]  # a national spelling of row 3's number
        faulty.plan("GET", _passed)  # the look-up before sending
        faulty.plan("POST", faults.status_after(502))  # first chunk sent: answer lost
        posted = faulty.sent["POST"]
        results = list(
            client.phones.import_many(
                group.id, rows, chunk_size=10, concurrency=1, skip_existing=True, window=0
            )
        )
        held = Counter(phone.phone for phone in client.phones.list(group.id))
    outcome = {r.index: r.outcome for r in results}
    assert [outcome[i] for i in range(31)] == ["present"] * 15 + ["created"] * 15 + ["present"]
    assert faulty.sent["POST"] - posted == 2  # rows 15-19 and 20-29; the rest were present
    assert set(held.values()) == {1}
    assert len(held) == 30


def test_a_failed_look_up_leaves_items_unknown_and_says_so():
    """When the group cannot be read, unknown items stay unknown with a typed look-up error."""
    with Sandbox(clock=SandboxClock(start=1_700_000_000, frozen=True)) as sandbox:
        client, faulty = _sandbox_client(sandbox)
        group = client.groups.create(name="Import")
        faulty.plan("POST", faults.status_after(502))
        faulty.plan("GET", faults.status_before(503), times=3)
        results = list(client.phones.import_many(group.id, numbers(5), window=0))
    assert [r.outcome for r in results] == ["unknown"] * 5
    assert all(isinstance(r.error, lox24.LookupOutcomeUnknownError) for r in results)
    assert isinstance(results[0].error.lookup_error, lox24.APIStatusError)
    assert results[0].error.status_code == 502


def test_skip_existing_fails_before_sending_when_the_group_cannot_be_read():
    """No snapshot, no import: the error is raised and nothing is posted."""
    with Sandbox(clock=SandboxClock(start=1_700_000_000, frozen=True)) as sandbox:
        client, faulty = _sandbox_client(sandbox)
        group = client.groups.create(name="Import")
        faulty.plan("GET", faults.status_before(503), times=3)
        with pytest.raises(lox24.APIStatusError):
            list(client.phones.import_many(group.id, numbers(5), skip_existing=True))
    assert "POST" not in {k for k, v in faulty.sent.items() if v > 1}
    assert faulty.sent.get("POST") == 1  # the group's creation only


async def test_the_async_import_resolves_the_same_way():
    """The async twin puts unknown items aside and looks them up the same way."""
    with Sandbox(clock=SandboxClock(start=1_700_000_000, frozen=True)) as sandbox:
        async with lox24.AsyncClient(
            sandbox.token, base_url=BASE_URL, transport=sandbox.async_transport(), max_retries=0
        ) as client:
            group = await client.groups.create(name="Import")
            await client.phones.create(group.id, phone=numbers(1)[0])
            rows = numbers(20)
            results = [
                r
                async for r in client.phones.import_many(
                    group.id, rows, chunk_size=10, skip_existing=True, window=0
                )
            ]
    assert [r.outcome for r in results] == ["present"] + ["created"] * 19


def test_a_refusal_message_names_its_field_once():
    """A server detail that starts with the field is not prefixed with it again."""
    error = lox24.BatchItemError(422, "phone: This value is not valid.", field="phone")
    assert str(error) == "item refused with 422: phone: This value is not valid."
    other = lox24.BatchItemError(422, "This value is not valid.", field="phone")
    assert str(other) == "item refused with 422 (phone): This value is not valid."


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("+49 170 1234567", 491701234567),
        ("0049 (0)170/123-4567", 491701234567),
        ("0170 1234567", 491701234567),
        ("491701234567", 491701234567),
        ("12", None),
        ("call me", None),
        ("+0170", None),
    ],
)
def test_numbers_are_matched_in_their_e164_form(written, key):
    """Every spelling of one number has one key; what cannot be E.164 has none."""
    from lox24._import_lookup import phone_key

    assert phone_key(written) == key


def test_a_number_without_e164_form_is_found_only_as_written():
    """The look-up matches keys, and the raw text for numbers that have no key."""
    from lox24._import_lookup import find

    export = "id,phone,a,b,c,d,e,callback_data\n1,+491701234567,Anna,,,,,\n2,12,,,,,,\n"
    found = find(export, {491701234567, "12", "13"})
    assert set(found) == {491701234567, "12"}
    assert (found[491701234567].id, found[491701234567].a) == ("1", "Anna")
