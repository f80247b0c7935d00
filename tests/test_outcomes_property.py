"""Whatever the server answers, the client raises only Lox24Error subclasses, and a write's
error says whether its outcome is unknown."""

from __future__ import annotations

import gzip
import json
import zlib

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import lox24

from .conftest import BASE_URL, SECRET_TOKEN

SMS = {
    "@id": "/sms/42b44138-b7c8-4c1d-b95a-f6092e8f9678",
    "uuid": "42b44138-b7c8-4c1d-b95a-f6092e8f9678",
    "bulk_id": None,
    "sender_id": "Shop",
    "phone": "+491701234567",
    "iso2": "DE",
    "text": "hi",
    "is_text_deleted": False,
    "is_unicode": False,
    "chars_count": 2,
    "parts_count": 1,
    "price": 0.056,
    "service_code": "direct",
    "voice_lang": None,
    "status_code": 0,
    "dlr_code": 0,
    "is_sent": False,
    "created_at": 1700000000,
    "delivery_at": 0,
    "gateway_sent_at": 0,
    "source": None,
    "callback_data": None,
    "key_id": 8207,
    "ip": "127.0.0.1",
    "clicks": None,
    "requests": None,
}
ACCOUNT = {
    "@id": "/me",
    "id": 1234567,
    "balance_amount": 99.9,
    "balance_changed_at": 1700000000,
    "currency": "EUR",
    "services": ["direct"],
    "groups": {},
    "is_text_deleted": False,
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def answers(draw):
    """A response: any status, a body that is right, nearly right, or garbage, any encoding."""
    status = draw(
        st.sampled_from([200, 201, 204, 400, 404, 422, 429, 500, 502, 520]) | st.integers(100, 599)
    )
    good = draw(st.sampled_from([SMS, ACCOUNT]))
    body = draw(
        st.one_of(
            st.just(json.dumps(good).encode()),
            st.builds(
                lambda key: json.dumps({k: v for k, v in good.items() if k != key}).encode(),
                st.sampled_from(sorted(good)),
            ),
            json_values.map(lambda value: json.dumps(value).encode()),
            st.binary(max_size=64),
            st.just(b"[" * 5000),
            st.just(b"<html><body>502 Bad Gateway</body></html>"),
        )
    )
    encoding = draw(st.sampled_from([None, "gzip", "deflate", "br", "identity", "x-unknown"]))
    spoil = draw(st.booleans())
    if encoding == "gzip":
        body = gzip.compress(body)
    elif encoding == "deflate":
        body = zlib.compress(body)
    if spoil and body:
        body = body[: len(body) // 2]
    headers = {
        "Content-Type": draw(
            st.sampled_from(["application/ld+json", "text/html", "application/json; charset=bogus"])
        )
    }
    if encoding:
        headers["Content-Encoding"] = encoding
    return status, headers, body


def client_answering(status, headers, body):
    def handler(request):
        return httpx.Response(status, headers=headers, content=body)

    return lox24.Client(
        SECRET_TOKEN, base_url=BASE_URL, transport=httpx.MockTransport(handler), max_retries=0
    )


SETTINGS = settings(
    derandomize=True,
    database=None,
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def error_of(call):
    """The Lox24Error ``call`` raised, or ``None``; any other exception propagates."""
    try:
        call()
    except lox24.Lox24Error as error:
        return error
    return None


@SETTINGS
@given(answers())
@pytest.mark.slow
def test_a_read_ends_in_its_result_or_a_lox24_error(answer):
    """GET /me: the account or a Lox24Error, never an outcome-unknown error."""
    error = error_of(client_answering(*answer).account.get)
    assert not isinstance(error, lox24.WriteOutcomeUnknownError)


@SETTINGS
@given(answers())
@pytest.mark.slow
def test_a_write_ends_done_not_done_or_unknown(answer):
    """POST /sms: the SMS, a refusal, or WriteOutcomeUnknownError for a 5xx or bad 2xx."""
    status = answer[0]
    client = client_answering(*answer)
    error = error_of(lambda: client.sms.send(phone="+491701234567", sender_id="Shop", text="hi"))
    if error is None:
        assert 200 <= status < 300
    elif isinstance(error, lox24.WriteOutcomeUnknownError):
        assert not 400 <= status < 500
    else:
        assert isinstance(error, lox24.APIStatusError), repr(error)
        assert 400 <= status < 500
