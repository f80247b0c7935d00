"""Who gets the inbox, and where: a browser at ``/``, locked behind the token off loopback."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from lox24.sandbox import Sandbox
from lox24.sandbox._app import SandboxApp
from lox24.sandbox._inbox._access import SESSION_COOKIE, is_loopback

SECRET = "7654321:deadbeefcafebabe0123456789abcdef"
HTML = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(token=SECRET) as sandbox:
        yield sandbox


@pytest.fixture
def http(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(transport=sandbox.transport(), base_url="http://sandbox") as client:
        yield client


def inbox_of(sandbox: Sandbox) -> SandboxApp:
    assert isinstance(sandbox.app, SandboxApp)
    return sandbox.app


def test_a_browser_at_the_root_gets_the_page_and_api_clients_do_not(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    """``/`` with ``Accept: text/html`` is the inbox; without it, and on API paths, the API answers."""
    inbox_of(sandbox).inbox.access.locked = False
    page = http.get("/", headers=HTML)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "Dev Phone" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert http.get("/").headers["content-type"].startswith("application/")
    refused = http.get("/sms", headers={"Accept": "text/html", "X-LOX24-AUTH-TOKEN": SECRET})
    assert refused.status_code == 406
    assert http.get("/_sandbox/inbox/static/inbox.js").status_code == 200
    assert sandbox.requests[-1].path == "/sms"  # the inbox's own requests are not logged


def test_locked_the_inbox_asks_for_the_token_and_keeps_it_out_of_pages(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    """Locked: a login page and 401s; the right token opens a session cookie that is not the token."""
    assert inbox_of(sandbox).inbox.access.locked  # until serve() finds a loopback address
    login = http.get("/", headers=HTML)
    assert 'type="password"' in login.text
    assert http.get("/_sandbox/inbox/view/threads").status_code == 401
    assert http.get("/_sandbox/inbox/live").status_code == 401
    wrong = http.post("/_sandbox/inbox/login", json={"token": "7654321:wrong"})
    assert wrong.status_code == 401
    assert SESSION_COOKIE not in http.cookies
    right = http.post("/_sandbox/inbox/login", json={"token": SECRET})
    assert right.status_code == 204
    cookie = right.headers["set-cookie"]
    assert "httponly" in cookie.lower()
    assert "samesite=strict" in cookie.lower()
    assert SECRET not in cookie
    assert SECRET.split(":")[1] not in cookie
    page = http.get("/", headers=HTML)
    assert "Conversations" in page.text
    assert SECRET.split(":")[1] not in page.text
    assert http.get("/_sandbox/inbox/view/threads").status_code == 200
    assert http.post("/_sandbox/inbox/logout").status_code == 204
    http.cookies.clear()
    assert http.get("/_sandbox/inbox/view/threads").status_code == 401


def test_login_refuses_a_body_without_a_token(http: httpx.Client) -> None:
    """A login body that is not ``{"token": "…"}`` is a 400, never a session."""
    for body in (b"[]", b"{", b'{"token": 5}'):
        answer = http.post("/_sandbox/inbox/login", content=body)
        assert answer.status_code == 400
        assert SESSION_COOKIE not in http.cookies


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.0.0.2", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.20", False),
        ("sandbox.example", False),
    ],
)
def test_only_loopback_addresses_leave_the_inbox_open(host: str, loopback: bool) -> None:
    """The inbox is open only when every address the server listens on is this machine's."""
    assert is_loopback(host) is loopback
