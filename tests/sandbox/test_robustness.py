"""Bad input never makes the sandbox answer 5xx, commit a write it cannot answer, or break it."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest

from lox24.sandbox import SANDBOX_BASE_URL, Sandbox, SandboxClock, SandboxLimits
from lox24.sandbox._http._fairlock import FairLock

from .conftest import T0, make_client
from .server import serve

SMS = {"phone": "+491701234567", "sender_id": "Shop", "text": "Hello"}
JSON_HEADERS = {"Content-Type": "application/json"}


def raw_post(api: httpx.Client, path: str, body: bytes) -> httpx.Response:
    """POST ``body`` as it is, declared as JSON."""
    return api.post(path, content=body, headers=JSON_HEADERS)


def test_lone_surrogate_in_callback_data_is_refused_before_the_sms_is_stored(
    api: httpx.Client,
) -> None:
    """A lone surrogate escape answers 400 naming the field; no SMS exists; listing still works."""
    body = b'{"phone":"+491701234567","sender_id":"Shop","text":"Hi","callback_data":"\\ud800"}'
    balance = api.get("/me").json()["balance_amount"]
    response = raw_post(api, "/sms", body)
    assert response.status_code == 400
    assert response.json()["violations"][0]["propertyPath"] == "callback_data"
    listing = api.get("/sms")
    assert (listing.status_code, listing.json()) == (200, [])
    assert api.get("/me").json()["balance_amount"] == balance


def test_lone_surrogate_in_a_group_name_or_key_is_refused(api: httpx.Client) -> None:
    """Surrogates in a value, in a key, or as raw bytes answer 400; no group is created."""
    assert (
        raw_post(api, "/groups", b'{"name":"a\\udfff"}').json()["violations"][0]["propertyPath"]
        == "name"
    )
    in_key = raw_post(api, "/groups", b'{"name":"a","\\ud800":1}')
    assert (in_key.status_code, in_key.json()["violations"][0]["propertyPath"]) == (400, "\\ud800")
    assert raw_post(api, "/groups", b'{"name":"\xed\xa0\x80"}').status_code == 400
    assert raw_post(api, "/groups", b'{"name":"\\ud83d\\ude00"}').status_code == 201
    assert [g["name"] for g in api.get("/groups").json()] == ["\N{GRINNING FACE}"]


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/_sandbox/simulate/incoming", b'{"sender":"+491701234567","text":"\\ud800"}'),
        ("/_sandbox/simulate/click", b'{"short_code":"abc","user_agent":"\\udc00"}'),
        ("/_sandbox/webhooks", b'{"url":"http://hook.test/\\ud800"}'),
        ("/_sandbox/simulate/incoming", b'{"sender":' + b"[" * 100 + b"]" * 100 + b"}"),
    ],
)
def test_controls_refuse_bodies_they_could_not_render_back(
    api: httpx.Client, path: str, body: bytes
) -> None:
    """Simulations and webhook subscriptions refuse lone surrogates and deep nesting with 400."""
    assert api.post(path, content=body).status_code == 400
    assert api.get("/_sandbox/events").json() == []
    assert api.get("/_sandbox/webhooks").status_code == 200


def test_deeply_nested_json_is_a_400(api: httpx.Client) -> None:
    """JSON nested 1,000 deep, or just past the limit, answers 400, not 500."""
    deep = b'{"name":' + b"[" * 1000 + b"]" * 1000 + b"}"
    assert raw_post(api, "/groups", deep).status_code == 400
    just_past = b'{"name":' + b"[" * 32 + b"]" * 32 + b"}"
    response = raw_post(api, "/groups", just_past)
    assert response.status_code == 400
    assert "deeper than 32" in response.json()["detail"]


def test_depth_limit_is_configurable(clock: SandboxClock) -> None:
    """SandboxLimits(max_json_depth=2) refuses a body of depth 3 that the default accepts."""
    body = b'{"service_code":"direct","address":{"iso2":["DE"]}}'
    with Sandbox(clock=clock, limits=SandboxLimits(max_json_depth=2)) as box, make_client(box) as c:
        assert "deeper than 2" in raw_post(c, "/fraud-checks", body).json()["detail"]


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/sms?page=" + "1" * 5000, 400),
        ("/groups/" + "1" * 5000, 404),
        ("/sms?created_at[gte]=" + "9" * 5000, 400),
        ("/sms?page=1e400", 400),
    ],
)
def test_huge_numbers_in_query_or_path_are_4xx(api: httpx.Client, path: str, status: int) -> None:
    """Integers past Python's 4,300-digit limit or floats past its range answer 4xx."""
    assert api.get(path).status_code == status


def test_huge_numbers_in_a_body_are_a_400(api: httpx.Client) -> None:
    """A body number too large for a float, or an integer of 5,000 digits, answers 400."""
    for number in (b"1e400", b"-1e400", b"9" * 5000):
        body = b'{"phone":"+491701234567","sender_id":"S","text":"x","delivery_at":' + number + b"}"
        assert raw_post(api, "/sms", body).status_code == 400
    assert api.get("/sms").json() == []


def test_ssml_break_of_400_digits_is_a_422_naming_the_text(api: httpx.Client) -> None:
    """A pause too long for a float counts as over the limit: 422 on text, no SMS, no charge."""
    text = '<speak>Hi<break time="' + "9" * 400 + 's"/></speak>'
    body = {**SMS, "text": text, "service_code": "text2speech_ssml"}
    response = api.post("/sms", json=body)
    assert response.status_code == 422
    assert response.json()["violations"][0]["propertyPath"] == "text"
    assert api.get("/sms").json() == []


@pytest.mark.parametrize(
    "body",
    [
        b'{"advance": NaN}',
        b'{"advance": Infinity}',
        b'{"set": -Infinity}',
        b'{"advance": 1e400}',
        b'{"set": 1e300}',
        b'{"advance": 1e20}',
        b'{"set": -5}',
        b'{"advance": ' + b"9" * 400 + b"}",
    ],
)
def test_clock_control_refuses_non_finite_or_impossible_times(
    api: httpx.Client, body: bytes
) -> None:
    """The clock control answers 400 and leaves the clock as it was; later calls still work."""
    assert api.post("/_sandbox/clock", content=body).status_code == 400
    assert api.get("/_sandbox/clock").json() == {"now": T0, "frozen": True}
    assert api.get("/me").status_code == 200


def test_clock_refuses_non_finite_values_in_python(clock: SandboxClock) -> None:
    """SandboxClock.advance/set and the constructor raise ValueError for NaN and infinities."""
    for bad in (float("nan"), float("inf"), float("-inf")):
        with pytest.raises(ValueError, match="finite"):
            clock.advance(bad)
        with pytest.raises(ValueError, match="finite"):
            clock.set(bad)
        with pytest.raises(ValueError, match="finite"):
            SandboxClock(start=bad)
    assert clock.now() == T0


def test_request_log_keeps_only_the_newest_requests(clock: SandboxClock) -> None:
    """With request_log_size=3, five requests leave the last three in the log, oldest dropped."""
    with Sandbox(clock=clock, limits=SandboxLimits(request_log_size=3)) as box:
        with make_client(box) as client:
            for page in range(1, 6):
                client.get("/groups", params={"page": page})
            over_http = client.get("/_sandbox/requests").json()
        assert [r.query for r in box.requests] == ["page=3", "page=4", "page=5"]
        assert [r["query"] for r in over_http] == ["page=3", "page=4", "page=5"]


def test_request_log_default_is_bounded(sandbox: Sandbox) -> None:
    """The default limits keep a bounded log."""
    assert SandboxLimits().request_log_size == 10_000


def test_limits_must_be_positive_integers() -> None:
    """Zero, negative, fractional or boolean limits are refused when the limits are made."""
    for bad in (0, -1, 1.5, True):
        with pytest.raises(ValueError, match="positive integer"):
            SandboxLimits(request_log_size=bad)  # type: ignore[arg-type]


def test_body_larger_than_the_limit_is_a_413(clock: SandboxClock) -> None:
    """A body over max_body_bytes answers 413, declared or streamed; nothing is created."""
    limits = SandboxLimits(max_body_bytes=100)
    with Sandbox(clock=clock, limits=limits) as box, make_client(box) as client:
        name = "x" * 200
        assert client.post("/groups", json={"name": name}).status_code == 413
        streamed = client.post(
            "/groups", content=iter([b'{"name":"', name.encode(), b'"}']), headers=JSON_HEADERS
        )
        assert streamed.status_code == 413
        assert client.post("/groups", json={"name": "small"}).status_code == 201
        assert len(client.get("/groups").json()) == 1


def test_unhandled_error_answers_a_500_problem_instead_of_raising(
    sandbox: Sandbox, api: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error in a control route reaches the client as a 500 problem with a request id."""

    def broken() -> list[dict[str, Any]]:
        raise RuntimeError

    monkeypatch.setattr(sandbox._core, "events", broken)
    response = api.get("/_sandbox/events")
    assert response.status_code == 500
    assert response.json()["status"] == 500
    assert len(response.headers["X-LOX24-REQUEST-ID"]) == 32
    assert api.get("/me").status_code == 200


def test_unhandled_error_keeps_the_http_connection_open(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over uvicorn, a 500 from an unhandled error leaves the keep-alive connection usable."""

    def broken() -> list[dict[str, Any]]:
        raise RuntimeError

    monkeypatch.setattr(sandbox._core, "events", broken)
    opened: list[object] = []
    with serve(sandbox.app) as base_url, httpx.Client(base_url=base_url) as client:
        for _ in range(3):
            response = client.get("/_sandbox/events", extensions={"trace": _track(opened)})
            assert response.status_code == 500
    assert len(opened) == 1


def _track(opened: list[object]) -> Any:
    def trace(event: str, info: dict[str, Any]) -> None:
        if event == "connection.connect_tcp.complete":
            opened.append(info["return_value"])

    return trace


def test_fair_lock_lets_a_waiting_thread_in_when_paused() -> None:
    """A holder that pauses lets the thread waiting now run first, then goes on."""
    lock = FairLock()
    order: list[str] = []
    lock.acquire()
    waiter = threading.Thread(target=lambda: _take(lock, order))
    waiter.start()
    while lock.waiting == 0:
        threading.Event().wait(0.001)
    order.append("before pause")
    lock.pause()
    order.append("after pause")
    lock.release()
    waiter.join()
    assert order == ["before pause", "waiter", "after pause"]


def test_fair_lock_is_reentrant_and_checks_its_owner() -> None:
    """The holder may take the lock again; release or pause by another thread is an error."""
    lock = FairLock()
    with lock, lock:
        lock.pause()
    with pytest.raises(RuntimeError):
        lock.release()
    with pytest.raises(RuntimeError):
        lock.pause()


def test_fair_lock_unlocked_lets_others_in_and_restores_the_depth() -> None:
    """Inside unlocked() another thread takes the lock; after it the holder has it twice again."""
    lock = FairLock()
    order: list[str] = []
    lock.acquire()
    lock.acquire()
    with lock.unlocked():
        waiter = threading.Thread(target=lambda: _take(lock, order))
        waiter.start()
        waiter.join()
    order.append("holder")
    lock.release()
    lock.release()
    with pytest.raises(RuntimeError):
        lock.release()
    with pytest.raises(RuntimeError), lock.unlocked():
        pass
    assert order == ["waiter", "holder"]


def _take(lock: FairLock, order: list[str]) -> None:
    with lock:
        order.append("waiter")


@pytest.mark.anyio
@pytest.mark.slow
async def test_large_batch_lets_other_requests_through(sandbox: Sandbox) -> None:
    """A request sent while a 20,000-phone batch runs is answered before the batch ends."""
    headers = {"X-LOX24-AUTH-TOKEN": sandbox.token, "Accept": "application/json"}
    transport = sandbox.async_transport()
    finished: list[str] = []
    async with httpx.AsyncClient(
        transport=transport, base_url=SANDBOX_BASE_URL, headers=headers
    ) as client:
        group = (await client.post("/groups", json={"name": "big"})).json()["id"]
        items = [{"phone": f"+4917{i:08d}"} for i in range(20_000)]

        async def batch() -> None:
            response = await client.post(f"/groups/{group}/phones/batch", json=items)
            assert response.status_code == 201
            finished.append("batch")

        async def account() -> None:
            while not sandbox._core.store.phones and not finished:
                await asyncio.sleep(0)
            assert (await client.get("/me")).status_code == 200
            finished.append("me")

        await asyncio.gather(batch(), account())
    assert finished == ["me", "batch"]
    assert len(sandbox._core.store.phones) == 20_000


def test_group_deleted_during_a_batch_refuses_the_items_left(
    sandbox: Sandbox, api: httpx.Client
) -> None:
    """If another request deletes the group at a pause, the remaining items answer 404."""
    group = api.post("/groups", json={"name": "g"}).json()["id"]
    core = sandbox._core
    original = core.lock.pause

    def pause_and_delete() -> None:
        core.store.delete_group(core.store.groups[group])
        original()

    core.lock.pause = pause_and_delete  # type: ignore[method-assign]
    items = [{"phone": f"+4917{i:08d}"} for i in range(1500)]
    results = api.post(f"/groups/{group}/phones/batch", json=items).json()
    assert [r["status"] for r in results] == [201] * 1000 + [404] * 500
