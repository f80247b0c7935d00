"""The token only goes where it was configured to go, in the clear only to local hosts, and no
error, log line, repr or pickle carries it."""

from __future__ import annotations

import logging
import pickle
import traceback

import httpcore
import httpx
import pytest

import lox24
from lox24._auth import TokenAuth
from lox24._config import check_base_url, resolve_settings
from lox24._exceptions import (
    ClientClosedError,
    ForeignOriginError,
    RequestNotSentError,
    ResponseOutcomeUnknownError,
)
from lox24._http import environment_proxy
from lox24_generated.api.sms import send_sms
from lox24_generated.models import SmsWrite

from .conftest import BASE_URL, SECRET_TOKEN, jsonld

KEY_PART = SECRET_TOKEN.split(":", 1)[1]
GROUP = {
    "@id": "/groups/1",
    "id": 1,
    "name": "A",
    "description": None,
    "count_items": 0,
    "deleted_at": None,
    "name_a": None,
    "name_b": None,
    "name_c": None,
    "name_d": None,
    "name_e": None,
}


def page_linking_to(link):
    """A handler serving one page of groups whose hydra:next is ``link``; it records requests."""
    seen = []

    def handler(request):
        seen.append(request)
        view = {"@id": "/groups?page=1", "hydra:next": link}
        return jsonld(200, {"hydra:member": [GROUP], "hydra:totalItems": 2, "hydra:view": view})

    return handler, seen


@pytest.mark.parametrize(
    "link",
    [
        "https://evil.example/groups?page=2",
        "http://api.lox24.test/groups?page=2",
        "https://api.lox24.test:8443/groups?page=2",
        "https://api.lox24.test.evil.example/groups?page=2",
    ],
)
def test_a_next_link_to_another_origin_is_refused(make_client, link):
    """Another host, scheme or port in hydra:next raises ForeignOriginError; nothing is sent."""
    handler, seen = page_linking_to(link)
    pager = make_client(handler).groups.list()
    items = iter(pager)
    assert next(items).name == "A"
    with pytest.raises(ForeignOriginError, match=r"only sent to https://api\.lox24\.test"):
        next(items)
    assert len(seen) == 1


def test_a_raw_request_to_another_origin_is_refused(make_client):
    """client.request with an absolute URL elsewhere raises before anything is sent."""
    handler, seen = page_linking_to(None)
    with pytest.raises(ForeignOriginError):
        make_client(handler).request("GET", "https://evil.example/steal")
    assert seen == []


def test_the_token_is_sent_to_the_configured_origin(make_client):
    """Same scheme, host and port (default port spelled out or not) get the token."""
    handler, seen = page_linking_to(None)
    make_client(handler).request("GET", "https://api.lox24.test:443/groups")
    assert seen[0].headers["X-LOX24-AUTH-TOKEN"] == SECRET_TOKEN


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8024",
        "http://127.9.9.9",
        "http://localhost:8024",
        "http://api.localhost",
        "http://[::1]:8024",
        "http://sandbox.lox24.test",
        "https://api.lox24.eu",
    ],
)
def test_local_and_https_base_urls_are_accepted(url):
    """https:// anywhere, http:// for loopback, localhost and the reserved .test domain."""
    assert check_base_url(url) == url


@pytest.mark.parametrize(
    "url", ["http://api.lox24.eu", "http://10.0.0.5:8024", "http://example.com/api"]
)
def test_plain_http_to_a_remote_host_is_refused(url, monkeypatch):
    """http:// to anything else is a ConfigurationError, from the argument or the environment."""
    with pytest.raises(lox24.ConfigurationError, match="clear text"):
        lox24.Client(SECRET_TOKEN, base_url=url)
    monkeypatch.setenv("LOX24_BASE_URL", url)
    with pytest.raises(lox24.ConfigurationError, match="clear text"):
        lox24.Client(SECRET_TOKEN)


def test_plain_http_can_be_allowed_explicitly():
    """allow_insecure_http=True accepts http:// to a remote host."""
    settings = resolve_settings(
        base_url="http://api.lox24.eu", timeout=5, max_retries=0, allow_insecure_http=True
    )
    assert settings.base_url == "http://api.lox24.eu"


@pytest.mark.parametrize(
    "url", ["https://user:hunter2@api.lox24.eu", f"https://{SECRET_TOKEN}@api.lox24.eu"]
)
def test_credentials_in_the_base_url_are_refused_without_echoing_them(url):
    """A base URL with user info is refused; the message does not repeat the secret."""
    with pytest.raises(lox24.ConfigurationError) as caught:
        lox24.Client(SECRET_TOKEN, base_url=url)
    assert "hunter2" not in str(caught.value)
    assert KEY_PART not in str(caught.value)


@pytest.mark.parametrize(
    "url", ["ftp://api.lox24.eu", "api.lox24.eu", "https://", "https://a/?x=1"]
)
def test_malformed_base_urls_are_refused(url):
    """Not an absolute http(s) URL without query: ConfigurationError."""
    with pytest.raises(lox24.ConfigurationError):
        check_base_url(url)


def test_https_proxy_from_the_environment_is_honoured(monkeypatch):
    """HTTPS_PROXY is used for an https base URL, and NO_PROXY exempts a host."""
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.internal:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert environment_proxy("https://api.lox24.eu") == "http://proxy.internal:3128"
    client = lox24.Client(SECRET_TOKEN)
    pool = client._http._transport._inner._pool
    assert isinstance(pool, httpcore.HTTPProxy)
    client.close()
    monkeypatch.setenv("NO_PROXY", "api.lox24.eu")
    assert environment_proxy("https://api.lox24.eu") is None


def test_no_proxy_in_the_environment_means_a_direct_connection(monkeypatch):
    """Without proxy variables the client connects directly."""
    for name in (
        "HTTPS_PROXY",
        "https_proxy",
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    assert environment_proxy("https://api.lox24.eu") is None
    client = lox24.Client(SECRET_TOKEN)
    assert isinstance(client._http._transport._inner._pool, httpcore.ConnectionPool)
    client.close()


def test_token_auth_refuses_to_be_pickled():
    """The object that holds the token cannot be pickled by accident."""
    with pytest.raises(TypeError):
        pickle.dumps(TokenAuth(SECRET_TOKEN))
    assert SECRET_TOKEN not in repr(TokenAuth(SECRET_TOKEN))


# ----- every exception, scanned --------------------------------------------------------------


def _raise(client, call):
    try:
        call(client)
    except lox24.Lox24Error as error:
        return error
    pytest.fail("expected a Lox24Error")


def _scenarios():
    """(name, handler, call) triples that each end in a different exception."""

    def status(code, **headers):
        return lambda request: jsonld(
            code,
            {"detail": "nope", "violations": [{"propertyPath": "phone", "message": "bad"}]},
            **{"X-LOX24-REQUEST-ID": "R" * 32, **headers},
        )

    def raising(kind):
        def handler(request):
            raise kind("boom", request=request)

        return handler

    send = lambda c: c.sms.send(phone="+491701234567", sender_id="Shop", text="Hi")  # noqa: E731
    read = lambda c: c.groups.get(1)  # noqa: E731
    return [
        ("not found", status(404), read),
        ("unprocessable", status(422), send),
        ("rate limited", status(429), read),
        ("server error on read", status(500), read),
        ("server error on write", status(502), send),
        ("timeout on read", raising(httpx.ReadTimeout), read),
        ("timeout on write", raising(httpx.ReadTimeout), send),
        ("reset on write", raising(httpx.RemoteProtocolError), send),
        ("not sent", raising(httpx.ConnectError), send),
        ("misfit on read", lambda r: jsonld(200, {"x": 1}), read),
        ("misfit on write", lambda r: jsonld(201, {"x": 1}), send),
        ("foreign origin", status(200), lambda c: c.request("GET", "https://evil.example/")),
        ("bad input", status(200), lambda c: c.request("GET", "/a\x00")),
        (
            "misfit via call",
            lambda r: jsonld(201, {"x": 1}),
            lambda c: c.call(
                send_sms, body=SmsWrite(phone="+491701234567", sender_id="S", text="t")
            ),
        ),
    ]


@pytest.mark.parametrize(
    ("name", "handler", "call"), _scenarios(), ids=[s[0] for s in _scenarios()]
)
def test_no_exception_log_line_or_pickle_carries_the_token(
    make_client, caplog, name, handler, call
):
    """str, repr, traceback and pickle of the error, and every DEBUG log line: no token."""
    caplog.set_level(logging.DEBUG)
    client = make_client(handler)
    error = _raise(client, call)
    blob = pickle.dumps(error)
    texts = [
        str(error),
        repr(error),
        "".join(traceback.format_exception(error)),
        blob.decode("latin-1"),
        caplog.text,
        repr(client),
        repr(getattr(error, "request", None)),
    ]
    for text in texts:
        assert SECRET_TOKEN not in text
        assert KEY_PART not in text
    copy = pickle.loads(blob)
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert getattr(copy, "status_code", None) == getattr(error, "status_code", None)
    assert getattr(copy, "request_id", None) == getattr(error, "request_id", None)


def test_every_exception_class_unpickles(make_client):
    """NotFoundError, BatchItemError and the rest come back from a pickle with their fields."""
    not_found = _raise(
        make_client(lambda r: jsonld(404, {"detail": "gone"})), lambda c: c.groups.get(1)
    )
    item = lox24.BatchItemError(422, "phone: not a number", field="phone")
    errors = [
        not_found,
        item,
        lox24.InvalidInputError("bad", field="phone"),
        lox24.ConfigurationError("no token"),
        lox24.WaitTimeoutError("late"),
        ClientClosedError("closed"),
        ForeignOriginError("elsewhere"),
        RequestNotSentError("not sent", request=httpx.Request("POST", f"{BASE_URL}/sms")),
    ]
    for error in errors:
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        assert vars(copy).keys() == vars(error).keys()
    assert pickle.loads(pickle.dumps(not_found)).detail == "gone"
    assert pickle.loads(pickle.dumps(item)).field == "phone"


def test_a_kept_request_has_no_token_but_keeps_method_and_url(make_client):
    """exc.request is a copy without the token header."""

    def handler(request):
        raise httpx.ReadTimeout("slow", request=request)

    error = _raise(make_client(handler), lambda c: c.groups.get(1))
    assert error.request.method == "GET"
    assert error.request.url == f"{BASE_URL}/groups/1"
    assert error.request.headers["X-LOX24-AUTH-TOKEN"] == "<hidden>"
    assert isinstance(error, lox24.APITimeoutError)
    assert not isinstance(error, ResponseOutcomeUnknownError)


# ----- the exception chain ------------------------------------------------------------------------


class LoopbackServer:
    """A TCP server on 127.0.0.1 (port 0) that reads each request and then misbehaves.

    ``close``: closes the connection without an answer (the client sees RemoteProtocolError);
    ``silent``: keeps it open and never answers (the client's read times out);
    ``status``: answers with a 503 or a 404 problem.
    """

    def __init__(self, mode):
        import socket
        import threading

        self.mode = mode
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.held = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = connection.recv(65536)
                if not chunk:
                    break
                data += chunk
            if self.mode == "silent":
                self.held.append(connection)
                continue
            if self.mode.isdigit():
                body = b'{"detail": "busy"}'
                connection.sendall(
                    f"HTTP/1.1 {self.mode} X\r\nContent-Type: application/problem+json\r\n"
                    f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                    + body
                )
            connection.close()

    def close(self):
        import socket

        self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() of the serving thread
        self.listener.close()
        for connection in self.held:
            connection.close()
        self.thread.join(timeout=5)


def chained(error):
    """The error and every exception reachable through __cause__ and __context__."""
    found, pending = [], [error]
    while pending:
        current = pending.pop()
        if current is None or any(current is seen for seen in found):
            continue
        found.append(current)
        pending.extend((current.__cause__, current.__context__))
    return found


def held_requests(error):
    """Every httpx request an exception of the chain holds, directly or through a response."""
    for current in chained(error):
        for value in vars(current).values():
            if isinstance(value, httpx.Request):
                yield value
            elif isinstance(value, httpx.Response):
                yield value.request


def failure_over_loopback(mode, call):
    """The error a real HTTP exchange with a misbehaving loopback server raises."""
    server = LoopbackServer(mode)
    try:
        client = lox24.Client(
            SECRET_TOKEN,
            base_url=f"http://127.0.0.1:{server.port}",
            timeout=httpx.Timeout(0.5),
            max_retries=0,
        )
        with client, pytest.raises(lox24.Lox24Error) as caught:
            call(client)
        return caught.value
    finally:
        server.close()


def send(client):
    client.sms.send(phone="+491701234567", sender_id="Shop", text="Hi")


CHAIN_CASES = [
    ("close", lambda client: client.account.get()),
    ("close", send),
    ("silent", lambda client: client.account.get()),
    ("silent", send),
    ("503", send),
    ("404", lambda client: client.groups.get(1)),
]


@pytest.mark.parametrize(("mode", "call"), CHAIN_CASES)
def test_no_exception_in_the_chain_holds_the_token(mode, call):
    """__cause__/__context__ and their requests and responses carry no token, over real HTTP."""
    error = failure_over_loopback(mode, call)
    requests = list(held_requests(error))
    assert requests or mode.isdigit()  # the httpx error's request is kept, as a copy
    for request in requests:
        assert KEY_PART not in str(request.headers.raw)
        assert request.headers.get("X-LOX24-AUTH-TOKEN") in {None, "<hidden>"}
        assert request.url.path.startswith("/")
    for current in chained(error):
        assert KEY_PART not in repr(current)
        assert KEY_PART not in str(current)


@pytest.mark.parametrize(("mode", "call"), CHAIN_CASES)
def test_no_traceback_with_locals_shows_the_token(mode, call):
    """traceback.TracebackException(capture_locals=True) over the whole chain shows no token."""
    error = failure_over_loopback(mode, call)
    rendered = "".join(
        traceback.TracebackException.from_exception(error, capture_locals=True).format()
    )
    assert "Traceback" in rendered
    assert KEY_PART not in rendered
    assert SECRET_TOKEN not in rendered


class WritesHeadersThenBreaks(httpx.BaseTransport):
    """Fails the way an HTTP stack fails while writing the header lines, which it holds in a
    local variable (as httpcore's h11 ``Request`` event does)."""

    def handle_request(self, request):
        header_lines = list(request.headers.raw)
        raise httpx.WriteError(f"broken pipe after {len(header_lines)} header lines")


def test_frames_below_the_transport_are_cut_from_the_chain():
    """Locals of the HTTP stack below hold the header lines; the client's chain drops them."""
    plain = httpx.Client(transport=WritesHeadersThenBreaks(), headers={"X": SECRET_TOKEN})
    with plain, pytest.raises(httpx.WriteError) as unscrubbed:
        plain.get("http://127.0.0.1:9/")
    leaky = traceback.TracebackException.from_exception(unscrubbed.value, capture_locals=True)
    assert KEY_PART in "".join(leaky.format())  # what the check below would catch
    client = lox24.Client(
        SECRET_TOKEN, base_url=BASE_URL, transport=WritesHeadersThenBreaks(), max_retries=0
    )
    for call in (client.account.get, lambda: send(client)):
        with pytest.raises(lox24.APIConnectionError) as caught:
            call()
        rendered = "".join(
            traceback.TracebackException.from_exception(caught.value, capture_locals=True).format()
        )
        assert "WriteError" in rendered
        assert KEY_PART not in rendered
