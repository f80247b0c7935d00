"""Arbitrary requests never get a 5xx from the sandbox, and a refused one changes nothing."""

from __future__ import annotations

import json
import string
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from lox24.sandbox import SANDBOX_BASE_URL, Sandbox, SandboxClock, SandboxLimits
from lox24.sandbox._api._spec import load_spec

from .conftest import T0

#: What the fingerprint reads: every collection a write could change, and the balance.
FINGERPRINT_PATHS = (
    "/me",
    "/groups",
    "/sms",
    "/bulks",
    "/blocked_numbers",
    "/campaigns",
    "/fraud-checks",
    "/incomings",
)
METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
CONTENT_TYPES = (
    "application/json",
    "application/ld+json",
    "application/json; charset=utf-8",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "",
)
ACCEPTS = ("application/json", "application/ld+json", "*/*", "text/html", "text/csv", "", "a/b;q=x")
_SAFE = string.ascii_letters + string.digits + "-._~!$&'()*+,;=:@%[]?"
_HEADER_TEXT = st.text(alphabet=string.printable.strip() + " ", max_size=40)


def _templates() -> list[str]:
    return sorted(load_spec()["paths"])


def _fill(template: str, values: list[str]) -> str:
    parts = []
    for segment in template.split("/"):
        parts.append(values.pop() if segment.startswith("{") and values else segment)
    return "/".join(parts)


SEGMENT = st.one_of(
    st.integers(min_value=-5, max_value=10).map(str),
    st.just("9" * 5000),
    st.text(alphabet=_SAFE, max_size=12),
)
PATHS = st.one_of(
    st.builds(_fill, st.sampled_from(_templates()), st.lists(SEGMENT, min_size=3, max_size=3)),
    st.text(alphabet=_SAFE + "/", max_size=30).map(lambda p: "/" + p),
    st.sampled_from(["/_sandbox/requests", "/_sandbox/events", "/_sandbox/clock", "/openapi.json"]),
)
QUERY = st.lists(
    st.tuples(
        st.sampled_from(["page", "phone[]", "phone[0]", "created_at[gte]", "order[created_at]"])
        | st.text(alphabet=_SAFE, max_size=10),
        st.text(max_size=12) | st.just("1" * 5000) | st.just("1e400"),
    ),
    max_size=3,
)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(["\ud800", "a\udfff", "+491701234567", "Shop"]),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = st.fixed_dictionaries(
    {},
    optional={
        "phone": st.sampled_from(["+491701234567", "0170 1234567", "x"]) | JSON_VALUES,
        "sender_id": st.just("Shop") | JSON_VALUES,
        "text": st.just("Hello") | JSON_VALUES,
        "name": st.just("group") | JSON_VALUES,
        "callback_data": JSON_VALUES,
        "service_code": st.sampled_from(["direct", "economy", "text2speech_ssml"]) | JSON_VALUES,
    },
)
BODIES = st.one_of(
    st.none(),
    st.binary(max_size=60),
    st.builds(lambda v: json.dumps(v).encode(), FIELDS | JSON_VALUES),
    st.integers(min_value=30, max_value=2000).map(lambda n: b"[" * n + b"]" * n),
    st.sampled_from([b'{"a": NaN}', b'{"a": 1e400}', b'{"a": "\xed\xa0\x80"}', b"\xff\xfe"]),
)
HEADERS = st.fixed_dictionaries(
    {
        "Content-Type": st.sampled_from(CONTENT_TYPES) | _HEADER_TEXT,
        "Accept": st.sampled_from(ACCEPTS) | _HEADER_TEXT,
    },
    optional={"X-Anything": _HEADER_TEXT, "Content-Encoding": st.sampled_from(["gzip", "br"])},
)


@pytest.fixture(scope="module")
def box() -> Iterator[Sandbox]:
    """One sandbox for every example: state carries over, as it would for a real client."""
    clock = SandboxClock(start=T0, frozen=True)
    with Sandbox(clock=clock, block_bad_auth=False, limits=SandboxLimits(max_body_bytes=4096)) as s:
        yield s


def fingerprint(client: httpx.Client) -> list[Any]:
    """Everything a write could change, read through the API."""
    return [client.get(path).json() for path in FINGERPRINT_PATHS]


@settings(
    max_examples=300,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    case=st.fixed_dictionaries(
        {
            "method": st.sampled_from(METHODS),
            "path": PATHS,
            "query": QUERY,
            "body": BODIES,
            "headers": HEADERS,
            "token": st.sampled_from(["valid", "valid", "valid", "wrong", "absent"]),
        }
    )
)
@pytest.mark.slow
def test_arbitrary_requests_get_no_5xx_and_refusals_change_nothing(
    box: Sandbox, case: dict[str, Any]
) -> None:
    """Any method, path, query, headers and body: never 5xx; a 4xx leaves the state as it was."""
    method, path, query, body = case["method"], case["path"], case["query"], case["body"]
    headers, token = case["headers"], case["token"]
    reader = {"X-LOX24-AUTH-TOKEN": box.token, "Accept": "application/json"}
    with httpx.Client(base_url=SANDBOX_BASE_URL, transport=box.transport(), headers=reader) as c:
        sent = {k: v for k, v in headers.items() if v}
        if token == "valid":
            sent["X-LOX24-AUTH-TOKEN"] = box.token
        elif token == "wrong":
            sent["X-LOX24-AUTH-TOKEN"] = "1234567:wrong"
        try:
            request = httpx.Request(
                method, SANDBOX_BASE_URL + path, params=query, headers=sent, content=body
            )
        except (httpx.InvalidURL, UnicodeError, ValueError):
            assume(False)
        if token == "absent":
            request.headers.pop("X-LOX24-AUTH-TOKEN", None)
        before = fingerprint(c)
        response = c.send(request)
        assert response.status_code < 500, response.text
        if response.status_code >= 400:
            assert fingerprint(c) == before
