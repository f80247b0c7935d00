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
    """After max_read_retries the last failure of a read is raised."""
    app = Flaky(50, 503)
    with pytest.raises(lox24.InternalServerError):
        make_client(app, max_read_retries=3).call(get_group, id=1)
    assert app.calls == 4


def test_reads_have_a_larger_default_budget_than_writes(make_client):
    """By default a read is tried 9 times (8 retries); max_retries=0 turns reads' retries off."""
    app = Flaky(50, 503)
    with pytest.raises(lox24.InternalServerError):
        make_client(app, max_retries=2).call(get_group, id=1)
    assert app.calls == 9
    off = Flaky(50, 503)
    with pytest.raises(lox24.InternalServerError):
        make_client(off, max_retries=0).call(get_group, id=1)
    assert off.calls == 1


@pytest.mark.parametrize(
    ("status", "content_type", "content"),
    [
        (200, "text/html; charset=utf-8", b"<html><body>Bad gateway</body></html>"),
        (200, "application/ld+json", b'{"@id": "/groups/1", "na'),
        (200, "application/ld+json", b""),
        (429, "application/problem+json", b'{"detail": "slow down"}'),
        (507, "application/problem+json", b'{"detail": "full"}'),
        (408, "text/plain", b"timeout"),
    ],
)
def test_reads_are_retried_after_what_proxies_answer(make_client, status, content_type, content):
    """A proxy's 200 HTML page, a JSON body cut without notice, a bare 429, a 507, a 408."""
    spoiled = httpx.Response(status, content=content, headers={"Content-Type": content_type})
    calls = []

    def handler(request):
        calls.append(request)
        return spoiled if len(calls) <= 3 else jsonld(200, GROUP)

    assert make_client(handler, max_retries=2).call(get_group, id=1).name == "Friends"
    assert len(calls) == 4


class ProxyPage:
    """Answers every request with a proxy's HTML page and status 200; counts the requests."""

    def __init__(self):
        self.calls = 0

    def __call__(self, request):
        self.calls += 1
        return httpx.Response(200, text="<html>proxy</html>", headers={"Content-Type": "text/html"})


def test_an_unreadable_success_is_reported_when_the_budget_is_spent(make_client):
    """A read that keeps getting an HTML 200 ends in ResponseValidationError, not a loop."""
    handler = ProxyPage()
    with pytest.raises(lox24.ResponseValidationError):
        make_client(handler, max_read_retries=2).call(get_group, id=1)
    assert handler.calls == 3


def test_a_write_is_not_repeated_after_an_unreadable_success(make_client):
    """A POST answered by a proxy's HTML 200 may have arrived: outcome unknown, sent once."""
    handler = ProxyPage()
    with pytest.raises(lox24.WriteOutcomeUnknownError):
        make_client(handler, max_retries=2).call(create_bulk, body=BULK)
    assert handler.calls == 1


def test_csv_answers_are_not_taken_for_proxy_pages():
    """A 200 that is not JSON and not HTML (a CSV export) is passed on at once."""
    policy = RetryPolicy()
    request = httpx.Request("GET", "https://x/groups/1/export")
    response = httpx.Response(200, text="phone\n+49170", headers={"Content-Type": "text/csv"})
    response.request = request
    assert policy.delay_after_response("GET", response, 0) is None


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


def test_429_without_retry_after_is_raised_at_once_for_a_write(make_client):
    """LOX24's 429 may be a ten-minute IP block; a write without Retry-After is not retried."""
    app = Flaky(1, 429)
    with pytest.raises(lox24.RateLimitError, match="429 on POST /bulks"):
        retrying_client(make_client, app).call(create_bulk, body=BULK)
    assert app.calls == 1


def test_429_without_retry_after_is_retried_with_backoff_for_a_read(make_client):
    """A read answered 429 without Retry-After backs off and tries again."""
    app = Flaky(2, 429)
    assert retrying_client(make_client, app).call(get_group, id=1).name == "Friends"
    assert app.calls == 3


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
