"""Reconciliation waits out the in-flight window before it decides whether an SMS exists."""

from __future__ import annotations

import httpx
import pytest

import lox24
from lox24._reconcile import areconcile_sms, in_flight_window, reconcile_sms
from lox24.sandbox import Sandbox, SandboxClock

from .faults import Faulty

BASE_URL = "http://sandbox.lox24.test"
SMS = {"phone": "+491701234567", "sender_id": "Shop", "text": "Hello"}
WINDOW = 30.0


class HeldByProxy:
    """A fault: the request is held ``delay`` sandbox seconds (or forever), the client times out.

    ``release_due`` forwards the held requests whose time has come, as a slow proxy would.
    """

    def __init__(self, sandbox, delay):
        self.sandbox = sandbox
        self.delay = delay
        self.held = []

    def __call__(self, request, inner):
        if self.delay is not None:
            copy = httpx.Request(
                request.method, request.url, headers=request.headers, content=request.read()
            )
            self.held.append((self.sandbox.clock.now() + self.delay, copy, inner))
        raise httpx.ReadTimeout("held by a proxy", request=request)

    def release_due(self):
        now = self.sandbox.clock.now()
        for item in [h for h in self.held if h[0] <= now]:
            self.held.remove(item)
            item[2].handle_request(item[1]).read()


@pytest.fixture
def sandbox():
    with Sandbox(clock=SandboxClock(start=1_700_000_000, frozen=True)) as sandbox:
        yield sandbox


def setup(sandbox, delay):
    """A client whose first POST is held ``delay`` seconds; a sleep that lets time pass."""
    faulty = Faulty(sandbox.transport())
    proxy = HeldByProxy(sandbox, delay)
    faulty.plan("POST", proxy)
    client = lox24.Client(sandbox.token, base_url=BASE_URL, transport=faulty, max_retries=0)
    slept = []

    def sleep(seconds):
        slept.append(seconds)
        sandbox.clock.advance(seconds)
        proxy.release_due()

    return client, sleep, slept


def reconcile(client, sandbox, sleep, callback_data):
    return reconcile_sms(
        callback_data,
        list_by_callback_data=lambda value: client.sms.list(callback_data=value),
        sleep=sleep,
        clock=sandbox.clock.now,
        window=WINDOW,
    )


def test_a_request_still_in_flight_is_found_after_the_window(sandbox):
    """Held 3 s: an immediate look says absent, reconciliation waits and finds the SMS."""
    client, sleep, slept = setup(sandbox, delay=3.0)
    with pytest.raises(lox24.WriteOutcomeUnknownError):
        client.sms.send(**SMS, callback_data="order-7")
    assert list(client.sms.list(callback_data="order-7")) == []  # the unsafe check
    result = reconcile(client, sandbox, sleep, "order-7")
    assert result.created
    assert result.item.callback_data == "order-7"
    assert sum(slept) >= WINDOW


def test_a_request_that_never_arrives_is_not_created(sandbox):
    """Dropped for good: after the window nothing exists, so sending again is safe."""
    client, sleep, _ = setup(sandbox, delay=None)
    with pytest.raises(lox24.WriteOutcomeUnknownError):
        client.sms.send(**SMS, callback_data="order-8")
    result = reconcile(client, sandbox, sleep, "order-8")
    assert not result.created
    assert result.item is None
    client.sms.send(**SMS, callback_data="order-8")
    assert len(list(client.sms.list(callback_data="order-8"))) == 1


def test_only_exact_callback_data_matches(sandbox):
    """The API filters by substring; "order-1" does not match an SMS sent as "order-10"."""
    client, sleep, _ = setup(sandbox, delay=None)
    with pytest.raises(lox24.WriteOutcomeUnknownError):
        client.sms.send(**SMS, callback_data="order-10")  # dropped by the proxy for good
    client.sms.send(**SMS, callback_data="order-10")
    assert not reconcile(client, sandbox, sleep, "order-1").created
    assert reconcile(client, sandbox, sleep, "order-10").created


def test_time_already_waited_is_not_waited_again(sandbox):
    """With ``since`` the window counts from when the outcome became unknown."""
    client, sleep, slept = setup(sandbox, delay=None)
    since = sandbox.clock.now()
    sandbox.clock.advance(WINDOW - 5)
    reconcile_sms(
        "order-9",
        list_by_callback_data=lambda value: client.sms.list(callback_data=value),
        sleep=sleep,
        clock=sandbox.clock.now,
        window=WINDOW,
        since=since,
    )
    assert slept == [5.0]


@pytest.mark.parametrize("value", ["", None])
def test_an_empty_reference_is_refused(value):
    """Without callback_data nothing can be matched: InvalidInputError naming the field."""
    with pytest.raises(lox24.InvalidInputError) as caught:
        reconcile_sms(
            value, list_by_callback_data=list, sleep=lambda _: None, clock=lambda: 0.0, window=1
        )
    assert caught.value.field == "callback_data"


def test_the_window_covers_the_client_timeouts():
    """The window is at least the write and read timeouts together."""
    assert in_flight_window(httpx.Timeout(30.0, connect=5.0)) >= 60.0
    assert in_flight_window(httpx.Timeout(None)) >= 60.0


async def test_the_async_twin_waits_and_finds(sandbox):
    """areconcile_sms awaits the sleep until the window is over, then lists once."""
    listed = []
    slept = []

    async def sleep(seconds):
        slept.append(seconds)
        sandbox.clock.advance(seconds)

    async def list_by(value):
        listed.append(sandbox.clock.now())
        return [type("S", (), {"callback_data": value})()]

    start = sandbox.clock.now()
    result = await areconcile_sms(
        "x", list_by_callback_data=list_by, sleep=sleep, clock=sandbox.clock.now, window=WINDOW
    )
    assert result.created
    assert listed == [start + WINDOW]


def test_the_in_flight_window_is_a_client_setting_named_in_the_error(sandbox, caplog):
    """in_flight_window=90: the error and its warning say 90 s, sms.reconcile waits 90 s."""
    faulty = Faulty(sandbox.transport())
    proxy = HeldByProxy(sandbox, 80.0)  # longer than the default 61 s window
    faulty.plan("POST", proxy)
    slept = []

    def sleep(seconds):
        slept.append(seconds)
        sandbox.clock.advance(seconds)
        proxy.release_due()

    client = lox24.Client(
        sandbox.token,
        base_url=BASE_URL,
        transport=faulty,
        max_retries=0,
        in_flight_window=90,
        clock=sandbox.clock.now,
        sleep=sleep,
    )
    assert client.in_flight_window == 90.0
    with pytest.raises(lox24.WriteOutcomeUnknownError) as caught:
        client.sms.send(**SMS, callback_data="order-90")
    assert caught.value.in_flight_window == 90.0
    assert "in-flight window (90 s" in str(caught.value)
    assert any("in-flight window (90 s" in record.getMessage() for record in caplog.records)
    found = client.sms.reconcile("order-90")
    assert found.created  # held 80 s: within the 90 s window, so it is found, not resent
    assert sum(slept) == pytest.approx(90.0)


async def test_the_async_client_takes_the_same_window(sandbox):
    """AsyncClient(in_flight_window=...) is checked and kept like the sync one."""
    async with lox24.AsyncClient(
        sandbox.token, base_url=BASE_URL, transport=sandbox.async_transport(), in_flight_window=5
    ) as client:
        assert client.in_flight_window == 5.0
    default = lox24.Client(sandbox.token, base_url=BASE_URL, transport=sandbox.transport())
    assert default.in_flight_window == 61.0  # the write and read timeouts plus 1 s


@pytest.mark.parametrize("value", [0, -1, float("inf"), float("nan"), "60", True])
def test_an_impossible_window_is_refused(sandbox, value):
    """A window that is not a positive finite number is a ConfigurationError naming it."""
    with pytest.raises(lox24.ConfigurationError, match="in_flight_window"):
        lox24.Client(sandbox.token, base_url=BASE_URL, in_flight_window=value)


def test_reconcile_walks_its_listing_through_faults(sandbox):
    """sms.reconcile lists through 429s without Retry-After and proxy pages, and finds the SMS."""
    client = lox24.Client(**sandbox.client_settings(), in_flight_window=1)
    client.sms.send(**SMS, callback_data="order-31")
    sandbox.faults.add("status", path="/sms", method="GET", status=429, times=2)
    sandbox.faults.add("html", path="/sms", method="GET", times=2)
    found = client.sms.reconcile("order-31")
    assert found.created
    assert found.item.callback_data == "order-31"
    assert len(sandbox.faults.injected) == 4


def test_reconcile_stops_at_a_looping_listing(sandbox):
    """A listing whose hydra:next points back raises PaginationError instead of looping."""
    faulty = Faulty(sandbox.transport())
    client = lox24.Client(
        sandbox.token,
        base_url=BASE_URL,
        transport=faulty,
        in_flight_window=1,
        clock=sandbox.clock.now,
        sleep=sandbox.clock.advance,
    )
    for _ in range(31):
        client.sms.send(**SMS, callback_data="order-32")

    def self_link(request, inner):
        answer = inner.handle_request(request)
        body = httpx.Response(200, content=answer.read()).json()
        body["hydra:view"]["hydra:next"] = body["hydra:view"]["@id"]
        return httpx.Response(200, json=body, headers={"Content-Type": "application/ld+json"})

    faulty.plan("GET", self_link, times=5)
    with pytest.raises(lox24.PaginationError):
        client.sms.reconcile("order-32")
    assert faulty.sent["GET"] == 1
