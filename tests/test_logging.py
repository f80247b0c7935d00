"""The ``lox24`` logger tells what the client decided and why, without secrets or phone numbers."""

from __future__ import annotations

import logging

import pytest

from .conftest import SECRET_TOKEN, jsonld

REQUEST_ID = "0123456789abcdef0123456789abcdef"


@pytest.fixture(autouse=True)
def _no_backoff(monkeypatch):
    """Retries in these tests do not wait."""
    monkeypatch.setattr("lox24._retry.RetryPolicy.backoff", lambda self, attempt: 0.0)


def answers(*statuses):
    """A handler answering the given statuses in turn (the last one repeats)."""
    queue = list(statuses)

    def handler(request):
        status = queue.pop(0) if len(queue) > 1 else queue[0]
        return jsonld(status, {"detail": "x"}, **{"X-LOX24-REQUEST-ID": REQUEST_ID})

    return handler


def lox24_records(caplog):
    return [r for r in caplog.records if r.name == "lox24"]


def test_each_retry_decision_is_logged_at_debug(make_client, caplog):
    """A retried GET logs method, path, status and request id, then the final give-up."""
    caplog.set_level(logging.DEBUG, logger="lox24")
    client = make_client(answers(503, 404), max_retries=2)
    with pytest.raises(Exception):  # noqa: B017, PT011 - the error itself is tested elsewhere
        client.request("GET", "/groups/7")
    messages = [r.getMessage() for r in lox24_records(caplog) if r.levelno == logging.DEBUG]
    retry = next(m for m in messages if m.startswith("retrying"))
    assert "GET /groups/7" in retry
    assert "503" in retry
    assert REQUEST_ID in retry
    assert any(m.startswith("not retrying GET /groups/7") and "404" in m for m in messages)


def test_an_outcome_unknown_write_is_logged_at_warning(make_client, caplog):
    """A 502 to POST /sms logs a WARNING with method, path, status, request id and advice."""
    caplog.set_level(logging.DEBUG, logger="lox24")
    client = make_client(answers(502), max_retries=2)
    with pytest.raises(Exception):  # noqa: B017, PT011
        client.sms.send(phone="+491701234567", sender_id="Shop", text="Hi")
    warnings = [r.getMessage() for r in lox24_records(caplog) if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "outcome unknown: POST /sms" in warnings[0]
    assert "status 502" in warnings[0]
    assert REQUEST_ID in warnings[0]
    assert "callback_data" in warnings[0]


def test_a_timed_out_write_is_logged_at_warning(make_client, caplog):
    """A write that timed out after sending logs its cause."""
    import httpx

    def handler(request):
        raise httpx.ReadTimeout("slow", request=request)

    caplog.set_level(logging.DEBUG, logger="lox24")
    with pytest.raises(Exception):  # noqa: B017, PT011
        make_client(handler).request("DELETE", "/groups/3")
    warnings = [r.getMessage() for r in lox24_records(caplog) if r.levelno == logging.WARNING]
    assert warnings == [
        "outcome unknown: DELETE /groups/3 [status -, request id -] after ReadTimeout; "
        "reconcile: read the resource back after the in-flight window (61 s, the client's "
        "in_flight_window): a 404 means it is gone"
    ]


def test_phone_numbers_are_masked_and_the_token_never_logged(make_client, caplog):
    """A path holding a phone number is logged with its last three digits only."""
    caplog.set_level(logging.DEBUG, logger="lox24")
    client = make_client(answers(503, 503, 503), max_retries=2)
    with pytest.raises(Exception):  # noqa: B017, PT011
        client.request("GET", "/blocked_numbers/+491701234567")
    text = "\n".join(r.getMessage() for r in lox24_records(caplog))
    assert "***567" in text
    assert "491701234567" not in text
    assert "1701234" not in text
    assert SECRET_TOKEN not in text
    assert SECRET_TOKEN.split(":")[1] not in text


def test_nothing_is_logged_above_debug_for_a_plain_success(make_client, caplog):
    """A successful call logs its response at DEBUG only."""
    caplog.set_level(logging.DEBUG, logger="lox24")
    make_client(answers(200)).request("GET", "/groups")
    records = lox24_records(caplog)
    assert records
    assert all(r.levelno == logging.DEBUG for r in records)
