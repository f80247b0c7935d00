"""A locked inbox in Chromium: the login field takes the token, which no URL, page or cookie shows."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from .conftest import free_port, wait_for

SECRET = "7654321:deadbeefcafebabe0123456789abcdef"
#: The sandbox app served by uvicorn directly, not through ``serve``: its inbox stays locked.
SERVER = (
    "import sys, uvicorn; from lox24.sandbox import Sandbox; "
    "uvicorn.run(Sandbox(token=sys.argv[1]).app, host='127.0.0.1', port=int(sys.argv[2]), "
    "log_level='warning')"
)


@pytest.fixture
def locked_url() -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-c", SERVER, SECRET, str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:

        def listening() -> bool:
            assert process.poll() is None
            with socket.socket() as probe:
                return probe.connect_ex(("127.0.0.1", port)) == 0

        wait_for(listening, "the locked sandbox to listen", timeout=20)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_login_field_opens_the_inbox_for_the_browser_session(
    chromium: Any, locked_url: str
) -> None:
    """A wrong token is refused; the right one opens the inbox; the token shows up nowhere."""
    chromium.get("about:blank")
    chromium.get_log("browser")
    chromium.get(f"{locked_url}/")
    field = chromium.find_element(By.ID, "token")
    field.send_keys("7654321:wrong", Keys.ENTER)
    wait_for(lambda: chromium.find_element(By.ID, "login-error").is_displayed(), "the refusal")
    chromium.find_element(By.ID, "token").send_keys(SECRET, Keys.ENTER)
    wait_for(
        lambda: chromium.execute_script(
            "const s = document.getElementById('live-state'); return s && s.dataset.state === 'live'"
        ),
        "the inbox after the login",
    )
    key = SECRET.split(":")[1]
    assert key not in chromium.current_url
    assert key not in chromium.page_source
    assert chromium.execute_script("return document.cookie") == ""  # HttpOnly: not for scripts
    assert [c["httpOnly"] for c in chromium.get_cookies()] == [True]
    assert key not in str(chromium.get_cookies())
    chromium.find_element(By.CSS_SELECTOR, 'button[data-action="logout"]').click()
    wait_for(lambda: chromium.find_elements(By.ID, "token"), "the login again")
    errors = [
        e for e in chromium.get_log("browser")
        if e["level"] == "SEVERE" and "401" not in e["message"]
    ]  # fmt: skip
    assert errors == []
