"""Authentication and the IP block after repeated wrong credentials."""

from __future__ import annotations

import httpx
import pytest

from lox24.sandbox import SANDBOX_BASE_URL, SANDBOX_TOKEN, Sandbox, SandboxClock

from .conftest import make_client

WRONG = "1234567:00000000000000000000000000000000"


def call(box: Sandbox, headers: dict[str, str], ip: str = "10.0.0.1") -> httpx.Response:
    with httpx.Client(base_url=SANDBOX_BASE_URL, transport=box.transport(client=(ip, 1))) as c:
        return c.get("/me", headers=headers)


def test_default_token_has_the_documented_shape() -> None:
    """SANDBOX_TOKEN is '<customer number>:<32 hex characters>'."""
    customer, key = SANDBOX_TOKEN.split(":")
    assert customer.isdigit()
    assert len(key) == 32
    assert all(ch in "0123456789abcdef" for ch in key)


def test_the_sandbox_token_is_accepted(sandbox: Sandbox) -> None:
    """A request with X-LOX24-AUTH-TOKEN equal to the sandbox token is served."""
    response = call(sandbox, {"X-LOX24-AUTH-TOKEN": sandbox.token})
    assert response.status_code == 200
    assert response.json()["id"] == int(sandbox.token.split(":")[0])


def test_legacy_client_id_header_is_accepted(sandbox: Sandbox) -> None:
    """X-LOX24-CLIENT-ID plus the bare key in X-LOX24-AUTH-TOKEN authenticates too."""
    customer, key = sandbox.token.split(":")
    response = call(sandbox, {"X-LOX24-CLIENT-ID": customer, "X-LOX24-AUTH-TOKEN": key})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "headers",
    [{}, {"X-LOX24-AUTH-TOKEN": WRONG}, {"X-LOX24-AUTH-TOKEN": SANDBOX_TOKEN.split(":")[1]}],
    ids=["missing", "wrong", "key-without-customer"],
)
def test_missing_or_wrong_credentials_get_401(sandbox: Sandbox, headers: dict[str, str]) -> None:
    """A request without the right token is refused with 401 and an error body."""
    response = call(sandbox, headers)
    assert response.status_code == 401
    assert response.json()["status"] == 401


def test_custom_token_replaces_the_default(clock: SandboxClock) -> None:
    """Sandbox(token=...) accepts only that token; /me shows its customer number."""
    with Sandbox(token="42:abc", clock=clock) as box:
        assert call(box, {"X-LOX24-AUTH-TOKEN": "42:abc"}).json()["id"] == 42
        assert call(box, {"X-LOX24-AUTH-TOKEN": SANDBOX_TOKEN}).status_code == 401


def test_token_without_customer_number_is_rejected_at_construction() -> None:
    """A token not shaped '<customer>:<key>' is a configuration error."""
    with pytest.raises(ValueError, match="customer number"):
        Sandbox(token="no-colon")


def test_ip_block_starts_on_fourth_bad_request_and_lifts_after_600_s(
    sandbox: Sandbox, clock: SandboxClock
) -> None:
    """Three bad requests get 401, the 4th within 60 s gets 429, the IP stays blocked 600 s."""
    bad = {"X-LOX24-AUTH-TOKEN": WRONG}
    good = {"X-LOX24-AUTH-TOKEN": sandbox.token}
    assert [call(sandbox, bad).status_code for _ in range(3)] == [401, 401, 401]
    clock.advance(59)
    assert call(sandbox, bad).status_code == 429
    assert call(sandbox, good).status_code == 429
    assert call(sandbox, good, ip="10.0.0.2").status_code == 200
    clock.advance(599)
    assert call(sandbox, good).status_code == 429
    clock.advance(1)
    assert call(sandbox, good).status_code == 200


def test_bad_requests_spread_over_more_than_a_minute_do_not_block(
    sandbox: Sandbox, clock: SandboxClock
) -> None:
    """Only bad requests within the last 60 s count towards the block."""
    bad = {"X-LOX24-AUTH-TOKEN": WRONG}
    for _ in range(6):
        assert call(sandbox, bad).status_code == 401
        clock.advance(30)
    assert call(sandbox, {"X-LOX24-AUTH-TOKEN": sandbox.token}).status_code == 200


def test_block_can_be_switched_off(clock: SandboxClock) -> None:
    """With block_bad_auth=False wrong credentials always get 401, never 429."""
    with Sandbox(clock=clock, block_bad_auth=False) as box:
        statuses = {call(box, {"X-LOX24-AUTH-TOKEN": WRONG}).status_code for _ in range(10)}
        assert statuses == {401}
        assert call(box, {"X-LOX24-AUTH-TOKEN": box.token}).status_code == 200


def test_reset_lifts_an_ip_block(sandbox: Sandbox) -> None:
    """Sandbox.reset() forgets failed logins and blocks."""
    for _ in range(4):
        call(sandbox, {"X-LOX24-AUTH-TOKEN": WRONG})
    assert call(sandbox, {"X-LOX24-AUTH-TOKEN": sandbox.token}).status_code == 429
    sandbox.reset()
    assert call(sandbox, {"X-LOX24-AUTH-TOKEN": sandbox.token}).status_code == 200


def test_sandbox_endpoints_need_no_token(sandbox: Sandbox) -> None:
    """/openapi.json and /_sandbox/* answer without credentials."""
    with make_client(sandbox) as client:
        client.headers.pop("X-LOX24-AUTH-TOKEN")
        assert client.get("/openapi.json").status_code == 200
        assert client.get("/_sandbox/clock").status_code == 200
        assert client.get("/me").status_code == 401
