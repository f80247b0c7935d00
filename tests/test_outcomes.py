"""Every call ends done, not done, or outcome unknown, and the caller can tell which.

The server here is the in-process sandbox behind a fault injector, so "the write took effect"
is checked against real state, not assumed.
"""

from __future__ import annotations

import httpx
import pytest

import lox24
from lox24._exceptions import (
    ClientClosedError,
    ConnectionOutcomeUnknownError,
    RequestNotSentError,
    ResponseOutcomeUnknownError,
    TimeoutOutcomeUnknownError,
)
from lox24.sandbox import Sandbox, SandboxClock
from lox24_generated.api.sms import send_sms
from lox24_generated.models import SmsWrite

from . import faults
from .faults import Faulty

BASE_URL = "http://sandbox.lox24.test"
SMS = {"phone": "+491701234567", "sender_id": "Shop", "text": "Hello"}


@pytest.fixture(autouse=True)
def _no_backoff(monkeypatch):
    """Retries in these tests do not wait."""
    monkeypatch.setattr("lox24._retry.RetryPolicy.backoff", lambda self, attempt: 0.0)


@pytest.fixture
def sandbox():
    with Sandbox(clock=SandboxClock(start=1_700_000_000, frozen=True)) as sandbox:
        yield sandbox


@pytest.fixture
def faulty(sandbox):
    return Faulty(sandbox.transport())


@pytest.fixture
def client(sandbox, faulty):
    with lox24.Client(sandbox.token, base_url=BASE_URL, transport=faulty) as client:
        yield client


def created(sandbox, callback_data):
    """How many SMS the sandbox holds with exactly this callback_data."""
    with lox24.Client(**sandbox.client_settings()) as clean:
        return sum(sms.callback_data == callback_data for sms in clean.sms.list())


@pytest.mark.parametrize("status", [500, 502, 503, 504, 520, 521, 522, 523, 524])
def test_a_5xx_after_a_write_is_outcome_unknown_and_still_a_server_error(
    client, faulty, sandbox, status
):
    """A 5xx answering POST /sms raises an error that is both outcome-unknown and a 5xx."""
    faulty.plan("POST", faults.status_after(status))
    with pytest.raises(lox24.WriteOutcomeUnknownError) as caught:
        client.sms.send(**SMS, callback_data="order-1")
    error = caught.value
    assert isinstance(error, lox24.InternalServerError)
    assert error.status_code == status
    assert error.request_id
    assert error.cause == str(status)
    assert "callback_data" in error.reconcile_with
    assert faulty.sent["POST"] == 1
    assert created(sandbox, "order-1") == 1


@pytest.mark.parametrize(
    ("fault", "kind"),
    [
        (faults.timeout_after, TimeoutOutcomeUnknownError),
        (faults.reset_after, ConnectionOutcomeUnknownError),
        (faults.cut_body, ConnectionOutcomeUnknownError),
        (faults.broken_gzip, ConnectionOutcomeUnknownError),
        (faults.raise_after(RuntimeError("proxy bug")), ConnectionOutcomeUnknownError),
    ],
)
def test_a_write_broken_after_sending_is_outcome_unknown(client, faulty, sandbox, fault, kind):
    """A timeout, reset, cut or undecodable answer to a write: outcome unknown, sent once."""
    faulty.plan("POST", fault)
    with pytest.raises(kind) as caught:
        client.sms.send(**SMS, callback_data="order-2")
    assert isinstance(caught.value, lox24.WriteOutcomeUnknownError)
    assert isinstance(caught.value, lox24.APIConnectionError)
    assert caught.value.method == "POST"
    assert caught.value.path == "/sms"
    assert faulty.sent["POST"] == 1
    assert created(sandbox, "order-2") == 1


def test_a_timed_out_write_is_also_a_timeout_error(client, faulty):
    """Code catching APITimeoutError keeps catching a write that timed out."""
    faulty.plan("POST", faults.timeout_after)
    with pytest.raises(lox24.APITimeoutError):
        client.sms.send(**SMS)


@pytest.mark.parametrize(
    "content",
    [b"<html>gateway</html>", b"{}", b'{"uuid": 5}', b"[" * 100_000, b'{"uuid": "x"'],
)
def test_an_unreadable_2xx_to_a_write_is_outcome_unknown(client, faulty, sandbox, content):
    """A 201 whose body is HTML, empty, mistyped, nested too deep or cut: outcome unknown."""
    faulty.plan("POST", faults.body_after(201, content))
    with pytest.raises(lox24.WriteOutcomeUnknownError):
        client.sms.send(**SMS, callback_data="order-3")
    assert created(sandbox, "order-3") == 1


def test_the_low_level_call_classifies_an_unreadable_2xx_too(client, faulty):
    """client.call: a 201 without its resource's fields is outcome-unknown and a misfit."""
    faulty.plan("POST", faults.body_after(201, b"<html></html>"))
    with pytest.raises(ResponseOutcomeUnknownError) as caught:
        client.call(send_sms, body=SmsWrite(**SMS))
    assert isinstance(caught.value, lox24.ResponseValidationError)
    assert caught.value.status_code == 201
    assert caught.value.request_id


def test_a_write_that_never_left_is_not_sent_and_not_unknown(sandbox, faulty):
    """A refused connection raises RequestNotSentError: nothing exists, sending again is safe."""
    faulty.plan("POST", faults.drop_before)
    client = lox24.Client(sandbox.token, base_url=BASE_URL, transport=faulty, max_retries=0)
    with client, pytest.raises(RequestNotSentError) as caught:
        client.sms.send(**SMS, callback_data="order-4")
    assert not isinstance(caught.value, lox24.WriteOutcomeUnknownError)
    assert created(sandbox, "order-4") == 0


def test_a_write_that_never_left_is_retried(client, faulty, sandbox):
    """A refused connection is retried for a write too, and the SMS exists once."""
    faulty.plan("POST", faults.drop_before)
    client.sms.send(**SMS, callback_data="order-5")
    assert faulty.sent["POST"] == 2
    assert created(sandbox, "order-5") == 1


def test_a_429_to_a_write_is_a_refusal_not_an_unknown(client, faulty, sandbox):
    """429 without Retry-After is raised as RateLimitError; nothing was created."""
    faulty.plan("POST", faults.status_before(429))
    with pytest.raises(lox24.RateLimitError) as caught:
        client.sms.send(**SMS, callback_data="order-6")
    assert not isinstance(caught.value, lox24.WriteOutcomeUnknownError)
    assert created(sandbox, "order-6") == 0


READ_FAULTS = [
    faults.timeout_after,
    faults.reset_after,
    faults.cut_body,
    faults.broken_gzip,
    faults.status_after(500),
    faults.status_after(502, html=True),
    faults.status_after(503),
    faults.status_after(504),
    faults.status_after(520),
    faults.status_after(521),
    faults.status_after(522),
    faults.status_after(523),
    faults.status_after(524),
]


@pytest.mark.parametrize("fault", READ_FAULTS)
def test_reads_are_retried_through_every_transient_failure(client, faulty, fault):
    """Two transient failures of a GET, body reading included, then the answer."""
    faulty.plan("GET", fault, times=2)
    assert client.account.get().id == 1234567
    assert faulty.sent["GET"] == 3


def test_a_read_that_keeps_failing_ends_in_a_typed_error(client, faulty):
    """After the last retry a read cut off every time raises APIConnectionError."""
    faulty.plan("GET", faults.cut_body, times=9)
    with pytest.raises(lox24.APIConnectionError) as caught:
        client.account.get()
    assert not isinstance(caught.value, lox24.WriteOutcomeUnknownError)
    assert faulty.sent["GET"] == 9  # the first attempt and the default 8 read retries


def test_a_deeply_nested_error_body_is_still_a_typed_error(client, faulty):
    """A 500 whose JSON nests 100,000 deep is an InternalServerError, not a RecursionError."""
    faulty.plan("GET", faults.body_after(500, b"[" * 100_000), times=9)
    with pytest.raises(lox24.InternalServerError) as caught:
        client.account.get()
    assert caught.value.body is None


def test_a_deeply_nested_2xx_to_a_read_is_a_validation_error(client, faulty):
    """A 200 whose JSON nests too deeply raises ResponseValidationError."""
    faulty.plan("GET", faults.body_after(200, b"[" * 100_000), times=9)
    with pytest.raises(lox24.ResponseValidationError):
        client.account.get()


def test_a_url_that_cannot_be_built_is_invalid_input(client, faulty):
    """A path with a NUL character raises InvalidInputError; nothing is sent."""
    with pytest.raises(lox24.InvalidInputError):
        client.request("GET", "/sms/a\x00b")
    assert faulty.sent == {}


def test_a_body_that_cannot_be_encoded_is_invalid_input(client, faulty):
    """A JSON body that json cannot encode raises InvalidInputError; nothing is sent."""
    with pytest.raises(lox24.InvalidInputError):
        client.request("POST", "/sms", json={"text": object()})
    assert faulty.sent == {}


def test_a_closed_client_raises_a_typed_error(sandbox):
    """Using a client after close() raises ClientClosedError (also a RuntimeError)."""
    client = lox24.Client(**sandbox.client_settings())
    client.close()
    with pytest.raises(ClientClosedError):
        client.account.get()
    with pytest.raises(RuntimeError):
        client.sms.send(**SMS)


def test_an_unexpected_failure_of_a_read_is_a_connection_error(client, faulty):
    """A transport raising something that is not an httpx error still gives a Lox24Error."""
    faulty.plan("GET", faults.raise_after(ValueError("odd")))
    with pytest.raises(lox24.APIConnectionError):
        client.account.get()


# ----- async -----------------------------------------------------------------------------------


class AsyncFlaky(httpx.AsyncBaseTransport):
    """Answers from a list of responses (or exceptions) in turn, counting the requests."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.calls = 0

    async def handle_async_request(self, request):
        self.calls += 1
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def _cut(status, body):
    return httpx.Response(
        status,
        headers={"Content-Length": str(len(body)), "Content-Type": "application/ld+json"},
        stream=httpx.ByteStream(body[: len(body) // 2]),
    )


@pytest.fixture
def account_body(sandbox):
    with lox24.Client(**sandbox.client_settings()) as clean:
        return clean.request("GET", "/me").content


async def test_async_reads_retry_a_cut_body(account_body):
    """The async client reads the body inside the retry loop too."""
    transport = AsyncFlaky(
        _cut(200, account_body),
        httpx.Response(200, content=account_body, headers={"Content-Type": "application/ld+json"}),
    )
    async with lox24.AsyncClient("1:k", base_url=BASE_URL, transport=transport) as client:
        account = await client.account.get()
    assert account.id == 1234567
    assert transport.calls == 2


async def test_async_write_with_a_5xx_is_outcome_unknown():
    """A 502 to an async POST raises the outcome-unknown server error, sent once."""
    transport = AsyncFlaky(httpx.Response(502, text="bad gateway"))
    async with lox24.AsyncClient("1:k", base_url=BASE_URL, transport=transport) as client:
        with pytest.raises(lox24.WriteOutcomeUnknownError) as caught:
            await client.sms.send(**SMS)
    assert isinstance(caught.value, lox24.InternalServerError)
    assert transport.calls == 1


async def test_async_closed_client_raises_a_typed_error():
    """An AsyncClient used after aclose() raises ClientClosedError."""
    client = lox24.AsyncClient("1:k", base_url=BASE_URL, transport=AsyncFlaky())
    await client.aclose()
    with pytest.raises(ClientClosedError):
        await client.account.get()


def test_a_refusal_with_a_broken_body_is_still_a_refusal(client, faulty, sandbox):
    """A 422 whose body breaks off is a refusal (nothing created), not an unknown outcome."""

    def broken_refusal(request, inner):
        headers = {"Content-Encoding": "gzip", "Content-Length": "100"}
        return httpx.Response(422, headers=headers, stream=httpx.ByteStream(b"\x1f\x8b"))

    faulty.plan("POST", broken_refusal)
    with pytest.raises(lox24.UnprocessableEntityError) as caught:
        client.sms.send(**SMS, callback_data="order-11")
    assert not isinstance(caught.value, lox24.WriteOutcomeUnknownError)
    assert created(sandbox, "order-11") == 0


def test_a_redirect_answering_a_write_is_outcome_unknown(client, faulty):
    """A final 3xx to a POST is neither success nor refusal: outcome unknown, not followed."""
    faulty.plan("POST", faults.status_before(307, Location="https://elsewhere.example/sms"))
    with pytest.raises(lox24.WriteOutcomeUnknownError) as caught:
        client.sms.send(**SMS)
    assert isinstance(caught.value, lox24.APIStatusError)
    assert caught.value.status_code == 307
    assert faulty.sent["POST"] == 1
