"""How the client is configured and what every request carries."""

from __future__ import annotations

import logging

import httpx
import pytest

import lox24
from lox24_generated.api.groups import get_group

from . import bodies
from .conftest import BASE_URL, SECRET_TOKEN, jsonld

GROUP = bodies.group(
    id=7, name="VIP", **{"@context": "/contexts/Group", "@id": "/groups/7", "@type": "Group"}
)
ACCOUNT = bodies.account(**{"@context": "/contexts/Account", "@id": "/me", "@type": "Account"})


class Recorder:
    """Answers /me with the account, any other request with a group, and keeps the requests."""

    def __init__(self):
        self.requests = []

    def __call__(self, request):
        self.requests.append(request)
        body = ACCOUNT if request.url.path == "/me" else GROUP
        return jsonld(200, body, **{"X-LOX24-REQUEST-ID": "a" * 32})


def test_every_request_carries_token_accept_and_user_agent(make_client):
    """The token goes in X-LOX24-AUTH-TOKEN; Accept asks for JSON-LD; the UA names the library."""
    app = Recorder()
    make_client(app).groups.get(7)
    (request,) = app.requests
    assert request.headers["X-LOX24-AUTH-TOKEN"] == SECRET_TOKEN
    assert request.headers["Accept"] == "application/ld+json"
    assert request.headers["User-Agent"].startswith("lox24-python/")
    assert request.url == httpx.URL(f"{BASE_URL}/groups/7")


def test_parsed_item_exposes_fields_and_iri(make_client):
    """A JSON-LD item parses into the generated model; lox24.iri gives its @id."""
    group = make_client(Recorder()).groups.get(7)
    assert (group.id, group.name) == (7, "VIP")
    assert lox24.iri(group) == "/groups/7"


def test_raw_response_exposes_the_request_id(make_client):
    """The whole response (status, headers, request id, parsed model) is one step away."""
    response = make_client(Recorder()).groups.with_raw_response.get(7)
    assert response.status_code == 200
    assert response.headers["X-LOX24-REQUEST-ID"] == "a" * 32
    assert response.request_id == "a" * 32
    assert response.parsed.name == "VIP"


def test_call_and_call_detailed_still_run_a_generated_operation(make_client):
    """The low-level escape hatch sends the same request and parses the same model."""
    app = Recorder()
    client = make_client(app)
    assert client.call(get_group, id=7).name == "VIP"
    response = client.call_detailed(get_group, id=7)
    assert response.status_code == 200
    assert response.headers["X-LOX24-REQUEST-ID"] == "a" * 32
    assert response.parsed.name == "VIP"
    assert [r.url for r in app.requests] == [httpx.URL(f"{BASE_URL}/groups/7")] * 2


def test_token_and_base_url_come_from_the_environment(monkeypatch):
    """Without arguments the client reads LOX24_TOKEN and LOX24_BASE_URL."""
    monkeypatch.setenv("LOX24_TOKEN", SECRET_TOKEN)
    monkeypatch.setenv("LOX24_BASE_URL", "http://localhost:8024/")
    app = Recorder()
    client = lox24.Client(transport=httpx.MockTransport(app))
    assert client.account.get().id == ACCOUNT["id"]
    assert client.base_url == "http://localhost:8024"
    assert app.requests[0].url == httpx.URL("http://localhost:8024/me")
    assert app.requests[0].headers["X-LOX24-AUTH-TOKEN"] == SECRET_TOKEN


def test_missing_token_is_a_configuration_error():
    """No argument and no LOX24_TOKEN: a clear ConfigurationError, which is also a ValueError."""
    with pytest.raises(lox24.ConfigurationError, match="LOX24_TOKEN"):
        lox24.Client()
    with pytest.raises(ValueError, match="LOX24_TOKEN"):
        lox24.AsyncClient()


@pytest.mark.parametrize("bad", [" 1:key", "1:key\n", "1:k\rey"])
def test_unsendable_token_is_refused_without_echoing_it(bad):
    """A token with whitespace or control characters is refused and not repeated in the message."""
    with pytest.raises(lox24.ConfigurationError) as caught:
        lox24.Client(bad)
    assert bad.strip() not in str(caught.value)


@pytest.mark.parametrize(("option", "value"), [("base_url", "ftp://x"), ("max_retries", -1)])
def test_impossible_settings_are_refused(option, value):
    """A base URL without http(s) or a negative retry count is a ConfigurationError."""
    with pytest.raises(lox24.ConfigurationError, match=option):
        lox24.Client(SECRET_TOKEN, **{option: value})


def test_default_timeouts_are_explicit(make_client):
    """Requests time out by default: 5 s to connect, 30 s otherwise."""
    client = make_client(Recorder())
    assert client._http.timeout == httpx.Timeout(30.0, connect=5.0)
    assert lox24.Client(SECRET_TOKEN, timeout=3)._http.timeout == httpx.Timeout(3)


def test_token_is_not_in_reprs(make_client):
    """Neither the client nor its auth object shows the token."""
    client = make_client(Recorder())
    assert SECRET_TOKEN not in repr(client)
    assert SECRET_TOKEN not in repr(client._http.auth)
    assert SECRET_TOKEN not in repr(vars(client))


def test_token_is_not_logged(make_client, caplog):
    """Debug logging of requests, retries and errors never contains the token."""
    caplog.set_level(logging.DEBUG)
    make_client(Recorder()).groups.get(7)
    with pytest.raises(lox24.AuthenticationError):
        make_client(lambda _: jsonld(401, {"detail": "bad"})).groups.get(7)
    assert caplog.records
    assert SECRET_TOKEN not in caplog.text


async def test_async_client_sends_the_same_request(make_async_client):
    """The async client sends the same headers and parses the same model."""
    app = Recorder()
    async with make_async_client(app) as client:
        group = await client.groups.get(7)
    assert group.name == "VIP"
    assert app.requests[0].url == httpx.URL(f"{BASE_URL}/groups/7")
    assert app.requests[0].headers["X-LOX24-AUTH-TOKEN"] == SECRET_TOKEN
    assert app.requests[0].headers["Accept"] == "application/ld+json"


def test_unknown_enum_values_are_kept(make_client):
    """A status code this version does not know parses, keeping the raw value."""
    from lox24_generated.models import BulkStatusCode

    body = bodies.bulk_status(status_code=77, service_code="carrier-pigeon")
    status = make_client(lambda _: jsonld(200, body)).bulks.status(body["uuid"])
    assert status.status_code == 77
    assert status.status_code.name == "UNKNOWN_77"
    assert isinstance(status.status_code, BulkStatusCode)
    assert status.service_code == "carrier-pigeon"
    assert status.to_dict()["status_code"] == 77
