"""The framework-neutral receiver: the status LOX24 gets for each kind of request, and dispatch."""

from __future__ import annotations

import json
import logging
import typing

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lox24
from lox24.webhooks import Claim, MemoryStore, Receiver, RedisStore, SQLiteStore
from lox24_generated.models import SmsDeliveryEvent, SmsIncomingEvent

from .conftest import redis_server
from .examples import example

LOX24_IP = "162.55.80.140"


def body_of(name="sms.delivery", **extra) -> bytes:
    return json.dumps(example(name, **extra)).encode()


def outcome(reply) -> dict:
    return json.loads(reply.body)


@pytest.fixture
def receiver() -> Receiver:
    return Receiver(store=MemoryStore())


def test_an_event_is_handled_once_and_its_redelivery_acknowledged(receiver):
    """The handler gets the typed event once; the redelivery is answered 200 as a duplicate."""
    seen = []
    receiver.on("sms.delivery")(seen.append)
    first = receiver.handle(body_of(), LOX24_IP)
    again = receiver.handle(body_of(attempt_number=2), LOX24_IP)
    assert (first.status, outcome(first)["outcome"]) == (200, "handled")
    assert (again.status, outcome(again)["outcome"]) == (200, "duplicate")
    assert len(seen) == 1
    assert isinstance(seen[0], SmsDeliveryEvent)


def test_the_reply_unpacks_into_status_and_body(receiver):
    """A view can write `status, body = receiver.handle(...)` and send JSON."""
    status, body = receiver.handle(body_of(), LOX24_IP)
    assert status == 200
    assert json.loads(body) == {"outcome": "ignored"}
    assert receiver.handle(body_of(), LOX24_IP).headers == {"Content-Type": "application/json"}


def test_a_failing_handler_answers_500_and_the_redelivery_is_handled(receiver):
    """A handler exception answers 500 so LOX24 redelivers, and the event is not marked seen."""
    calls = []

    @receiver.on("sms.delivery")
    def flaky(event):
        calls.append(event.attempt_number)
        if len(calls) == 1:
            raise RuntimeError("database down")

    assert receiver.handle(body_of(attempt_number=1), LOX24_IP).status == 500
    assert receiver.handle(body_of(attempt_number=2), LOX24_IP).status == 200
    assert receiver.handle(body_of(attempt_number=3), LOX24_IP).status == 200
    assert calls == [1, 2]


def test_handlers_are_chosen_by_event_name_with_a_fallback(receiver):
    """Each name goes to its handler; '*' gets the names without one."""
    got = {}
    receiver.on("sms.incoming")(lambda e: got.setdefault("incoming", e))
    receiver.on("*")(lambda e: got.setdefault("other", e))
    receiver.handle(body_of("sms.incoming"), LOX24_IP)
    receiver.handle(
        json.dumps({"id": "x1", "name": "verify.code.sent", "created_at": 1, "data": {}}).encode(),
        LOX24_IP,
    )
    assert isinstance(got["incoming"], SmsIncomingEvent)
    assert got["other"].name == "verify.code.sent"


def test_an_event_without_a_handler_is_acknowledged_and_remembered(receiver):
    """No handler: 200 'ignored', and its redelivery is a duplicate."""
    assert outcome(receiver.handle(body_of("phone.subscribe"), LOX24_IP))["outcome"] == "ignored"
    assert outcome(receiver.handle(body_of("phone.subscribe"), LOX24_IP))["outcome"] == "duplicate"


def test_several_handlers_of_one_name_run_in_order_and_fail_together(receiver):
    """Handlers of one name run in registration order; if one fails, all run on redelivery."""
    calls = []
    receiver.on("sms.delivery")(lambda event: calls.append("first"))

    @receiver.on("sms.delivery")
    def second(event):
        calls.append("second")
        if event.attempt_number == 1:
            raise RuntimeError("down")

    assert receiver.handle(body_of(attempt_number=1), LOX24_IP).status == 500
    assert receiver.handle(body_of(attempt_number=2), LOX24_IP).status == 200
    assert calls == ["first", "second", "first", "second"]


def test_an_empty_event_name_is_refused(receiver):
    """Registering for '' is a mistake, reported at once."""
    with pytest.raises(lox24.InvalidInputError):
        receiver.on("")


@pytest.mark.parametrize("payload", [b"{not json", b"[]", b'{"name": "sms.delivery", "id": 1}'])
def test_a_body_that_is_not_an_event_answers_400_naming_the_part(receiver, payload):
    """Bodies that are not events get 400 with the parse error's field; no handler runs."""
    receiver.on("*")(pytest.fail)
    reply = receiver.handle(payload, LOX24_IP)
    assert reply.status == 400
    assert outcome(reply)["outcome"] == "invalid"
    assert outcome(reply)["field"] in {"body", "id"}


def test_a_sender_outside_the_allow_list_answers_403(receiver):
    """By default only LOX24's addresses may deliver; others get 403 and nothing runs."""
    seen = []
    receiver.on("*")(seen.append)
    assert receiver.handle(body_of(), "203.0.113.9").status == 403
    assert seen == []
    assert receiver.handle(body_of(), "::ffff:162.55.80.141").status == 200
    assert len(seen) == 1


def test_behind_a_trusted_proxy_the_forwarded_address_counts():
    """With the proxy trusted, X-Forwarded-For decides; without it, the proxy is the sender."""
    behind = Receiver(store=MemoryStore(), trusted_proxies=["10.0.0.0/8"])
    headers = {"X-Forwarded-For": LOX24_IP}
    assert behind.handle(body_of(), "10.0.0.5", headers).status == 200
    assert Receiver(store=MemoryStore()).handle(body_of(), "10.0.0.5", headers).status == 403


def test_the_sender_check_switches_off_for_tests():
    """allowed_senders=None accepts every sender."""
    assert (
        Receiver(store=MemoryStore(), allowed_senders=None).handle(body_of(), "::1").status == 200
    )


def test_an_oversized_body_answers_413():
    """Bodies beyond max_body_bytes are refused before parsing."""
    small = Receiver(store=MemoryStore(), max_body_bytes=100)
    assert small.handle(body_of(), LOX24_IP).status == 413


def test_an_event_being_handled_elsewhere_answers_503(receiver):
    """While another worker holds the claim, a redelivery is answered 503, to come again."""
    receiver.store.claim(example("sms.delivery")["id"], "other-worker")
    receiver.on("*")(pytest.fail)
    reply = receiver.handle(body_of(), LOX24_IP)
    assert (reply.status, outcome(reply)["outcome"]) == (503, "busy")


class BrokenStore:
    def claim(self, key, token):
        raise OSError("disk full")

    def complete(self, key, token):
        raise AssertionError("not reached")

    def release(self, key, token):
        raise AssertionError("not reached")


def test_a_failing_store_answers_503_and_runs_no_handler():
    """When the store cannot be asked, the handler does not run and LOX24 retries."""
    receiver = Receiver(store=BrokenStore())
    receiver.on("*")(pytest.fail)
    assert receiver.handle(body_of(), LOX24_IP).status == 503


def test_an_event_without_an_id_is_refused(receiver):
    """Without an id an event cannot be deduplicated: 400 naming the id."""
    body = example("sms.delivery")
    del body["id"]
    reply = receiver.handle(json.dumps(body).encode(), LOX24_IP)
    assert (reply.status, outcome(reply)["field"]) == (400, "id")


def test_an_async_handler_in_the_sync_path_is_a_500_not_a_silent_success(receiver):
    """A coroutine handler cannot run in handle(); it fails loudly and stays unhandled."""

    @receiver.on("sms.delivery")
    async def handler(event):
        raise AssertionError("never awaited")

    assert receiver.handle(body_of(), LOX24_IP).status == 500
    assert receiver.store.claim(example("sms.delivery")["id"], "t") is Claim.NEW


async def test_handle_async_awaits_coroutine_handlers_and_runs_plain_ones(receiver):
    """handle_async runs async and plain handlers, with the same statuses."""
    seen = []

    @receiver.on("sms.delivery")
    async def delivered(event):
        seen.append(("async", event.id))

    receiver.on("sms.incoming")(lambda event: seen.append(("plain", event.id)))
    assert (await receiver.handle_async(body_of(), LOX24_IP)).status == 200
    assert (await receiver.handle_async(body_of(), LOX24_IP)).status == 200
    assert (await receiver.handle_async(body_of("sms.incoming", id="i-1"), LOX24_IP)).status == 200
    assert seen == [("async", example("sms.delivery")["id"]), ("plain", "i-1")]


async def test_handle_async_answers_500_when_an_async_handler_fails(receiver):
    """An async handler's exception is a 500 and leaves the event unhandled."""

    @receiver.on("sms.delivery")
    async def failing(event):
        raise RuntimeError("down")

    assert (await receiver.handle_async(body_of(), LOX24_IP)).status == 500
    assert receiver.store.claim(example("sms.delivery")["id"], "t") is Claim.NEW


def test_the_default_store_is_an_sqlite_file_in_the_working_directory(tmp_path, monkeypatch):
    """Receiver() keeps handled ids in lox24-webhooks.sqlite3, shared by its processes."""
    monkeypatch.chdir(tmp_path)
    receiver = Receiver()
    assert isinstance(receiver.store, SQLiteStore)
    receiver.handle(body_of(), LOX24_IP)
    second = Receiver()  # another worker process would open the same file
    assert outcome(second.handle(body_of(), LOX24_IP))["outcome"] == "duplicate"
    assert (tmp_path / "lox24-webhooks.sqlite3").exists()
    receiver.store.close()
    second.store.close()


def test_failures_are_logged_without_the_event_content(receiver, caplog):
    """The failure log names the event and id, never its data (phone numbers, texts)."""
    receiver.on("sms.incoming")(lambda event: 1 / 0)
    with caplog.at_level(logging.WARNING, logger="lox24.webhooks"):
        receiver.handle(body_of("sms.incoming"), LOX24_IP)
    text = caplog.text
    assert "sms.incoming" in text
    assert "ZeroDivisionError" in text
    data = example("sms.incoming")["data"]
    assert data["from"] not in text
    assert data["text"] not in text


@settings(max_examples=200, derandomize=True, database=None, deadline=None)
@given(
    st.binary(max_size=300)
    | st.builds(lambda b: b'{"name": "sms.delivery", ' + b, st.binary(max_size=200))
)
def test_any_body_gets_an_answer_never_an_exception(payload):
    """Whatever the body, handle() answers 400 or 200, and nothing escapes."""
    receiver = Receiver(store=MemoryStore())
    assert receiver.handle(payload, LOX24_IP).status in {200, 400}


async def test_the_async_path_logs_the_handler_traceback(receiver, caplog):
    """A failure in handle_async is logged with its own traceback, not an empty one."""

    @receiver.on("sms.delivery")
    async def failing(event):
        raise LookupError("no such order")

    with caplog.at_level(logging.ERROR, logger="lox24.webhooks"):
        await receiver.handle_async(body_of(), LOX24_IP)
    assert "LookupError: no such order" in caplog.text


class StoreThatFailsOnRecord(MemoryStore):
    def complete(self, key, token):
        raise OSError("the store went away")


def test_a_store_that_fails_to_record_a_handled_event_answers_503():
    """An event the store could not record is not acknowledged: 503, so LOX24 comes again."""
    receiver = Receiver(store=StoreThatFailsOnRecord())
    seen = []
    receiver.on("*")(seen.append)
    reply = receiver.handle(body_of(), LOX24_IP)
    assert (reply.status, outcome(reply)["outcome"]) == (503, "unavailable")
    assert len(seen) == 1


async def test_the_async_path_answers_503_when_the_store_fails_to_record():
    """handle_async also refuses to answer 200 for an event it could not record."""
    receiver = Receiver(store=StoreThatFailsOnRecord())
    receiver.on("*")(lambda event: None)
    assert (await receiver.handle_async(body_of(), LOX24_IP)).status == 503


def test_a_forged_forwarded_peer_is_refused_and_logged_as_rewritten(receiver, caplog):
    """A peer rewritten by the server from X-Forwarded-For is refused, saying how to serve."""
    receiver.on("*")(pytest.fail)
    with caplog.at_level(logging.WARNING, logger="lox24.webhooks"):
        reply = receiver.handle(body_of(), LOX24_IP, {"X-Forwarded-For": LOX24_IP})
    assert reply.status == 403
    assert "--no-proxy-headers" in caplog.text


@pytest.mark.parametrize("name", ["sms.deliverry", "SMS.DELIVERY", "sms", 7, None])
def test_an_unknown_event_name_is_refused_at_registration_naming_it(receiver, name):
    """A misspelt or non-string name raises UnknownEventNameError naming the value and field."""
    with pytest.raises(lox24.webhooks.UnknownEventNameError, match=repr(name)) as raised:
        receiver.on(name)
    assert raised.value.field == "name"
    assert isinstance(raised.value, lox24.Lox24Error)
    assert isinstance(raised.value, ValueError)


def test_the_event_name_literal_lists_exactly_the_events_the_models_define():
    """EventName is the set of event names read from the generated models, no more, no fewer."""
    assert set(typing.get_args(lox24.webhooks.EventName)) == set(lox24.webhooks.event_classes())


@pytest.mark.parametrize("name", sorted(lox24.webhooks.event_classes()))
def test_every_documented_event_name_can_be_registered(receiver, name):
    """Registration accepts each documented name."""
    receiver.on(name)(lambda event: None)


@pytest.mark.parametrize("path", ["sync", "async"])
async def test_redis_dying_while_a_handler_runs_is_never_answered_200(tmp_path, path):
    """A real Redis stopped during the handler: the event is not acknowledged (5xx)."""
    with redis_server(tmp_path) as (url, server):
        store = RedisStore.from_url(url, lease=60)
        receiver = Receiver(store=store, allowed_senders=None)
        ran = []

        @receiver.on("sms.delivery")
        def handler(event) -> None:
            ran.append(event.id)
            server.terminate()
            server.wait(timeout=30)

        if path == "sync":
            reply = receiver.handle(body_of(), LOX24_IP)
        else:
            reply = await receiver.handle_async(body_of(), LOX24_IP)
        await store.aclose()
        store.close()
    assert len(ran) == 1
    assert reply.status == 503
    assert outcome(reply)["outcome"] == "unavailable"
