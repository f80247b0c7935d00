"""Retries repeat reads and provably unsent writes, and never a write that may have arrived."""

from __future__ import annotations

import httpx
import pytest

import lox24
from lox24._retry import RetryPolicy, parse_retry_after
from lox24._retry_transport import RetryTransport
from lox24_generated.api.bulks import create_bulk
from lox24_generated.api.groups import get_group
from lox24_generated.models import BulkWrite

from . import bodies
from .conftest import jsonld

GROUP = bodies.group(id=1, name="Friends", **{"@id": "/groups/1"})


class Flaky:
    """Fails the first ``failures`` requests with ``failure``, then answers ``final``."""

    def __init__(self, failures, failure, final=None):
        self.failures = failures
        self.failure = failure
        self.final = final or jsonld(200, GROUP)
        self.calls = 0

    def __call__(self, request):
        self.calls += 1
        if self.calls <= self.failures:
            if isinstance(self.failure, int):
                return jsonld(self.failure, {"detail": "try again"})
            raise self.failure("boom", request=request)
        return self.final


@pytest.fixture(autouse=True)
def _no_sleeping(monkeypatch):
    """Retries in these tests do not wait."""
    monkeypatch.setattr("lox24._retry_transport.default_sleep", lambda _: None)


def retrying_client(make_client, handler, retries=2):
    return make_client(handler, max_retries=retries)


@pytest.mark.parametrize(
    "failure",
    [httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ConnectError, 502, 503, 504, 500],
)
def test_reads_are_retried_after_transient_failures(make_client, failure):
    """A GET that fails transiently twice succeeds on the third attempt."""
    app = Flaky(2, failure)
    group = retrying_client(make_client, app).call(get_group, id=1)
    assert group.name == "Friends"
    assert app.calls == 3


def test_retries_stop_at_the_limit(make_client):
    """After max_retries the last failure is raised."""
    app = Flaky(5, 503)
    with pytest.raises(lox24.InternalServerError):
        retrying_client(make_client, app, retries=2).call(get_group, id=1)
    assert app.calls == 3


BULK = BulkWrite(sender_id="Shop", text="Sale", phones=["+491701234567"])


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadTimeout,
        httpx.RemoteProtocolError,
        httpx.ReadError,
        httpx.WriteTimeout,
        500,
        502,
        503,
    ],
)
def test_creating_writes_are_never_repeated_once_they_may_have_arrived(make_client, failure):
    """POST /bulks is sent once when its outcome is unknown or the server errored."""
    app = Flaky(1, failure, final=jsonld(201, {"uuid": "x"}))
    client = retrying_client(make_client, app)
    with pytest.raises((lox24.WriteOutcomeUnknownError, lox24.InternalServerError)):
        client.call(create_bulk, body=BULK)
    assert app.calls == 1


def test_unknown_outcome_says_so(make_client):
    """A read timeout on a POST raises WriteOutcomeUnknownError telling the caller to check first."""
    app = Flaky(1, httpx.ReadTimeout)
    with pytest.raises(lox24.WriteOutcomeUnknownError, match="may have reached the server"):
        retrying_client(make_client, app).call(create_bulk, body=BULK)


@pytest.mark.parametrize("failure", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
def test_writes_are_retried_when_they_provably_never_left(make_client, failure):
    """A POST whose connection could not even be made is safe to send again."""
    created = jsonld(201, bodies.bulk(uuid="5b2f0b1e-0000-4000-8000-000000000000", status_code=0))
    app = Flaky(1, failure, final=created)
    bulk = retrying_client(make_client, app).call(create_bulk, body=BULK)
    assert bulk.uuid == "5b2f0b1e-0000-4000-8000-000000000000"
    assert app.calls == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_not_retried(make_client, status):
    """Retrying a 401 would only get the IP blocked; no 4xx but 429 is retried."""
    app = Flaky(1, status)
    with pytest.raises(lox24.APIStatusError):
        retrying_client(make_client, app).call(get_group, id=1)
    assert app.calls == 1


def test_429_without_retry_after_is_raised_at_once(make_client):
    """LOX24's 429 is a ten-minute IP block; without Retry-After it is not retried."""
    app = Flaky(1, 429)
    with pytest.raises(lox24.RateLimitError, match="429 on GET /groups/1"):
        retrying_client(make_client, app).call(get_group, id=1)
    assert app.calls == 1


def test_429_with_short_retry_after_is_waited_for():
    """A 429 with a short Retry-After is retried after exactly that delay."""
    slept = []
    answers = iter([httpx.Response(429, headers={"Retry-After": "3"}), jsonld(200, GROUP)])
    transport = RetryTransport(
        httpx.MockTransport(lambda _: next(answers)), RetryPolicy(), sleep=slept.append
    )
    response = transport.handle_request(httpx.Request("GET", "https://x/groups/1"))
    assert response.status_code == 200
    assert slept == [3.0]


def test_429_with_long_retry_after_is_not_waited_for():
    """A Retry-After longer than the cap is not slept through."""
    transport = RetryTransport(
        httpx.MockTransport(lambda _: httpx.Response(429, headers={"Retry-After": "600"})),
        RetryPolicy(),
        sleep=lambda _: pytest.fail("must not sleep"),
    )
    assert transport.handle_request(httpx.Request("GET", "https://x/")).status_code == 429


def test_backoff_grows_and_is_capped():
    """Backoff ceilings double per attempt and never exceed max_delay."""
    policy = RetryPolicy(initial_delay=0.5, max_delay=4.0)
    for attempt, ceiling in enumerate([0.5, 1.0, 2.0, 4.0, 4.0]):
        delays = [policy.backoff(attempt) for _ in range(200)]
        assert max(delays) <= ceiling
        assert max(delays) > ceiling / 2


def test_retry_after_accepts_seconds_and_dates():
    """Retry-After is read as seconds or as an HTTP date; garbage is ignored."""
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


async def test_async_reads_are_retried_and_writes_are_not(make_async_client, monkeypatch):
    """The async client follows the same policy as the sync one."""

    async def no_sleep(_):
        return None

    monkeypatch.setattr("lox24._retry_transport.default_async_sleep", no_sleep)
    read = Flaky(1, httpx.ReadTimeout)
    async with make_async_client(read, max_retries=2) as client:
        assert (await client.call(get_group, id=1)).name == "Friends"
    assert read.calls == 2
    write = Flaky(1, httpx.ReadTimeout)
    async with make_async_client(write, max_retries=2) as client:
        with pytest.raises(lox24.WriteOutcomeUnknownError):
            await client.call(create_bulk, body=BULK)
    assert write.calls == 1
