"""Fault injection: every kind, through both in-process transports and over uvicorn."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from lox24.sandbox import SANDBOX_BASE_URL, FaultKind, InjectedFault, Sandbox, SandboxFaults

from .conftest import make_client
from .server import serve

#: Every status a STATUS fault offers, with and without the request being processed.
STATUSES = (429, 500, 502, 503, 504, 520)
#: What each transport-level kind raises and whether the group exists afterwards.
TRANSPORT_FAULTS: list[tuple[str, dict[str, Any], type[Exception], bool]] = [
    ("drop_before", {}, httpx.ConnectError, False),
    ("drop_after", {}, httpx.RemoteProtocolError, True),
    ("delay", {"delay": 30}, httpx.ReadTimeout, True),
    ("cut_body", {}, httpx.RemoteProtocolError, True),
    ("bad_encoding", {}, httpx.DecodingError, True),
]


def group_names(api: httpx.Client) -> list[str]:
    """The names of the sandbox's groups."""
    return [g["name"] for g in api.get("/groups").json()]


@pytest.fixture
def timed(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """A sync client with a 5 s timeout."""
    with make_client(sandbox) as client:
        client.timeout = httpx.Timeout(5.0)
        yield client


@pytest.mark.parametrize(("kind", "options", "error", "created"), TRANSPORT_FAULTS)
def test_transport_faults_in_process_sync(
    sandbox: Sandbox,
    timed: httpx.Client,
    kind: str,
    options: dict[str, Any],
    error: type[Exception],
    *,
    created: bool,
) -> None:
    """Each transport-level kind raises its httpx error; the write exists exactly when processed."""
    sandbox.faults.add(kind, path="/groups", method="POST", **options)
    with pytest.raises(error):
        timed.post("/groups", json={"name": kind})
    sandbox.faults.clear()
    assert group_names(timed) == ([kind] if created else [])


@pytest.mark.anyio
@pytest.mark.parametrize(("kind", "options", "error", "created"), TRANSPORT_FAULTS)
async def test_transport_faults_in_process_async(
    sandbox: Sandbox,
    kind: str,
    options: dict[str, Any],
    error: type[Exception],
    *,
    created: bool,
) -> None:
    """The async transport raises the same httpx errors with the same effect on the state."""
    sandbox.faults.add(kind, path="/groups", method="POST", **options)
    headers = {"X-LOX24-AUTH-TOKEN": sandbox.token, "Accept": "application/json"}
    async with httpx.AsyncClient(
        transport=sandbox.async_transport(), base_url=SANDBOX_BASE_URL, headers=headers, timeout=5
    ) as client:
        with pytest.raises(error):
            await client.post("/groups", json={"name": kind})
        sandbox.faults.clear()
        names = [g["name"] for g in (await client.get("/groups")).json()]
    assert names == ([kind] if created else [])


def test_short_delay_in_process_answers(sandbox: Sandbox, timed: httpx.Client) -> None:
    """A delay shorter than the read timeout gives the normal answer (in-process, no wait)."""
    sandbox.faults.add("delay", delay=1)
    assert timed.post("/groups", json={"name": "late"}).status_code == 201


def test_cut_body_shows_status_and_headers_before_failing(
    sandbox: Sandbox, timed: httpx.Client
) -> None:
    """A streamed read sees the 201 and its headers, then half the body, then the error."""
    sandbox.faults.add("cut_body")
    with timed.stream("POST", "/groups", json={"name": "cut"}) as response:
        assert response.status_code == 201
        declared = int(response.headers["Content-Length"])
        received: list[bytes] = []
        with pytest.raises(httpx.RemoteProtocolError):
            received.extend(response.iter_raw())
    assert 0 < len(b"".join(received)) < declared


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("processed", [False, True])
def test_status_faults(
    sandbox: Sandbox, timed: httpx.Client, status: int, *, processed: bool
) -> None:
    """A status fault answers that status with a JSON problem; the write exists iff processed."""
    sandbox.faults.add("status", status=status, processed=processed, method="POST")
    response = timed.post("/groups", json={"name": "g"})
    assert (response.status_code, response.json()["status"]) == (status, status)
    assert "Retry-After" not in response.headers
    assert group_names(timed) == (["g"] if processed else [])


def test_429_with_retry_after(sandbox: Sandbox, timed: httpx.Client) -> None:
    """retry_after= adds a Retry-After header in seconds."""
    sandbox.faults.add("status", status=429, retry_after=7)
    response = timed.get("/me")
    assert (response.status_code, response.headers["Retry-After"]) == (429, "7")


def test_html_proxy_page(sandbox: Sandbox, timed: httpx.Client) -> None:
    """An html fault answers a proxy's HTML page, 502 by default or the status given."""
    sandbox.faults.add("html", times=1)
    sandbox.faults.add("html", status=504, times=1)
    first, second = timed.get("/me"), timed.get("/me")
    assert (first.status_code, second.status_code) == (502, 504)
    assert first.headers["Content-Type"].startswith("text/html")
    assert first.text.startswith("<!DOCTYPE html>")
    assert timed.get("/me").status_code == 200


def test_rules_hit_only_their_route_and_method(sandbox: Sandbox, timed: httpx.Client) -> None:
    """A rule for POST /groups leaves GET /groups, POST /sms and the controls alone."""
    sandbox.faults.add("status", status=503, path="/groups", method="POST")
    sandbox.faults.add("status", status=500, path="/groups/*/phones/batch")
    assert timed.get("/groups").status_code == 200
    assert timed.post("/groups", json={"name": "x"}).status_code == 503
    assert timed.post("/groups/1/phones/batch", json=[]).status_code == 500
    assert timed.get("/groups/1/phones").status_code == 404
    assert timed.get("/_sandbox/requests").status_code == 200


def test_same_seed_same_faults(sandbox: Sandbox, timed: httpx.Client) -> None:
    """The same seed and requests give the same faults; rate 0.3 hits some requests, not all."""

    def run(seed: int) -> list[int]:
        sandbox.faults.reseed(seed)
        return [timed.get("/me").status_code for _ in range(200)]

    sandbox.faults.add("status", status=503, rate=0.3)
    first, again, other = run(1), run(1), run(2)
    assert first == again
    assert first != other
    assert 20 < first.count(503) < 100


def test_rates_zero_and_one_and_times(sandbox: Sandbox, timed: httpx.Client) -> None:
    """Rate 0 never fires; rate 1 with times=2 fires on exactly the next two requests."""
    sandbox.faults.add("status", status=500, rate=0.0)
    sandbox.faults.add("status", status=503, times=2)
    assert [timed.get("/me").status_code for _ in range(4)] == [503, 503, 200, 200]
    assert [(f.kind, f.method, f.path) for f in sandbox.faults.injected] == [
        (FaultKind.STATUS, "GET", "/me"),
        (FaultKind.STATUS, "GET", "/me"),
    ]


def test_injected_faults_say_whether_the_request_was_processed(
    sandbox: Sandbox, timed: httpx.Client
) -> None:
    """The log of injected faults names the rule and whether a write may exist."""
    before = sandbox.faults.add("drop_before", times=1)
    after = sandbox.faults.add("drop_after", times=1)
    for _ in range(2):
        with pytest.raises(httpx.TransportError):
            timed.post("/groups", json={"name": "x"})
    assert sandbox.faults.injected == [
        InjectedFault(before.id, FaultKind.DROP_BEFORE, "POST", "/groups", processed=False),
        InjectedFault(after.id, FaultKind.DROP_AFTER, "POST", "/groups", processed=True),
    ]


def test_faulted_requests_are_not_in_the_api_log_unless_processed(
    sandbox: Sandbox, timed: httpx.Client
) -> None:
    """A request kept from the API is not recorded; a processed one is, with the API's status."""
    sandbox.faults.add("status", status=503, times=1)
    sandbox.faults.add("drop_after", times=1)
    timed.get("/me")
    with pytest.raises(httpx.RemoteProtocolError):
        timed.get("/me")
    assert [(r.path, r.status) for r in sandbox.requests] == [("/me", 200)]


@pytest.mark.parametrize(
    ("kind", "options", "message"),
    [
        ("status", {}, "needs status"),
        ("status", {"status": 418}, "needs status"),
        ("html", {"status": 200}, "4xx or 5xx"),
        ("drop_after", {"processed": False}, "decides itself"),
        ("delay", {}, "delay"),
        ("drop_before", {"delay": 3}, "delay"),
        ("html", {"retry_after": 3}, "retry_after"),
        ("drop_before", {"rate": 1.5}, "rate"),
        ("drop_before", {"times": -1}, "times"),
        ("cut_body", {"status": 500}, "takes no status"),
    ],
)
def test_rule_options_are_checked(kind: str, options: dict[str, Any], message: str) -> None:
    """Options out of range or not fitting the kind raise ValueError; unknown kinds too."""
    with pytest.raises(ValueError, match=message):
        SandboxFaults().add(kind, **options)
    with pytest.raises(ValueError, match="not a valid FaultKind"):
        SandboxFaults().add("explode")


def test_faults_survive_reset_and_can_be_removed(sandbox: Sandbox, timed: httpx.Client) -> None:
    """reset() keeps the rules; remove() and clear() take them away."""
    rule = sandbox.faults.add("status", status=500)
    sandbox.reset()
    assert sandbox.faults.rules == [rule]
    sandbox.faults.remove(rule)
    assert timed.get("/me").status_code == 200
    sandbox.faults.add("status", status=500)
    sandbox.faults.clear()
    assert (sandbox.faults.rules, timed.get("/me").status_code) == ([], 200)


def test_fault_controls_over_http(sandbox: Sandbox, timed: httpx.Client) -> None:
    """/_sandbox/faults adds, lists, reseeds and removes rules, and refuses bad ones with 400."""
    body = {"kind": "status", "path": "/me", "method": ["GET"], "status": 429, "retry_after": 1}
    created = timed.post("/_sandbox/faults", json=body)
    assert created.status_code == 201
    rule = created.json()
    assert (rule["kind"], rule["methods"], rule["rate"]) == ("status", ["GET"], 1.0)
    assert timed.get("/me").status_code == 429
    state = timed.get("/_sandbox/faults").json()
    assert [r["id"] for r in state["rules"]] == [rule["id"]]
    assert state["injected"] == [
        {
            "rule_id": rule["id"],
            "kind": "status",
            "method": "GET",
            "path": "/me",
            "processed": False,
        }
    ]
    assert timed.post("/_sandbox/faults/seed", json={"seed": 9}).json()["seed"] == 9
    assert timed.delete(f"/_sandbox/faults/{rule['id']}").status_code == 204
    assert timed.get("/me").status_code == 200
    for bad in ({"kind": "status"}, {"kind": "nope"}, {"path": "/me"}, {"kind": "html", "x": 1}):
        assert timed.post("/_sandbox/faults", json=bad).status_code == 400
    assert timed.post("/_sandbox/faults/seed", json={"seed": "x"}).status_code == 400
    timed.post("/_sandbox/faults", json={"kind": "drop_before"})
    assert timed.delete("/_sandbox/faults").status_code == 204
    assert timed.get("/_sandbox/faults").json()["rules"] == []


class TestOverHttp:
    """The same faults over real loopback HTTP, served by uvicorn."""

    @pytest.fixture
    def http(self, sandbox: Sandbox) -> Iterator[httpx.Client]:
        """A client of the sandbox served by uvicorn."""
        headers = {"X-LOX24-AUTH-TOKEN": sandbox.token, "Accept": "application/json"}
        with (
            serve(sandbox.app) as base_url,
            httpx.Client(base_url=base_url, headers=headers, timeout=5) as client,
        ):
            yield client

    @pytest.mark.parametrize(
        ("kind", "error", "created"),
        [
            ("drop_before", httpx.RemoteProtocolError, False),
            ("drop_after", httpx.RemoteProtocolError, True),
            ("cut_body", httpx.RemoteProtocolError, True),
            ("bad_encoding", httpx.DecodingError, True),
        ],
    )
    def test_connection_faults(
        self,
        sandbox: Sandbox,
        http: httpx.Client,
        kind: str,
        error: type[Exception],
        *,
        created: bool,
    ) -> None:
        """The server closes the connection (or breaks the body); the next request works."""
        sandbox.faults.add(kind, path="/groups", method="POST", times=1)
        with pytest.raises(error):
            http.post("/groups", json={"name": kind})
        assert group_names(http) == ([kind] if created else [])

    def test_status_and_html(self, sandbox: Sandbox, http: httpx.Client) -> None:
        """Status faults and HTML pages look the same over HTTP."""
        sandbox.faults.add("status", status=429, retry_after=2, times=1)
        sandbox.faults.add("status", status=520, times=1)
        sandbox.faults.add("html", times=1)
        first = http.get("/me")
        assert (first.status_code, first.headers["Retry-After"]) == (429, "2")
        assert [http.get("/me").status_code for _ in range(3)] == [520, 502, 200]

    def test_delay_past_the_timeout(self, sandbox: Sandbox, http: httpx.Client) -> None:
        """The server holds the request; the client times out; the write still happens."""
        sandbox.faults.add("delay", delay=0.5, path="/groups", method="POST", times=1)
        with pytest.raises(httpx.ReadTimeout):
            http.post("/groups", json={"name": "held"}, timeout=0.05)
        polls = 0
        while group_names(http) != ["held"]:
            polls += 1
            assert polls < 1000
            time.sleep(0.01)
        assert group_names(http) == ["held"]
