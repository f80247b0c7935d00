"""The inbox's browser tests: ``lox24 sandbox serve`` on loopback, driven by headless Chromium.

Chromium is Debian's ``chromium`` with its ``chromium-driver`` (``.ci/run`` installs both); a
machine without them fails these tests with a message saying so rather than skipping them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from lox24.sandbox import SANDBOX_TOKEN
from tests.sandbox.webhook_receivers import Plan, loopback_receiver

CHROMIUM = os.environ.get("LOX24_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("LOX24_CHROMEDRIVER", "/usr/bin/chromedriver")
#: Seconds a page has to show what the test waits for.
PATIENCE = 5.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(check: Callable[[], Any], what: str, timeout: float = PATIENCE) -> Any:
    """Poll ``check`` until it returns something truthy; fail naming ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        found = check()
        if found:
            return found
        if time.monotonic() > deadline:
            pytest.fail(f"waited {timeout} s for {what}")
        time.sleep(0.05)


@dataclass
class Served:
    """A served sandbox: its URL, an API client with its token, and a webhook receiver."""

    url: str
    api: httpx.Client
    hook_url: str
    hooks: Plan

    def control(self, method: str, path: str, body: Any = None) -> Any:
        answer = self.api.request(method, f"/_sandbox/{path}", json=body)
        assert answer.status_code < 300, answer.text
        return answer.json() if answer.content else None

    def send_sms(self, phone: str, text: str, **fields: Any) -> dict[str, Any]:
        body = {"sender_id": "Shop", "phone": phone, "text": text, **fields}
        answer = self.api.post("/sms", json=body)
        assert answer.status_code == 201, answer.text
        return dict(answer.json())


@pytest.fixture(scope="package")
def served() -> Iterator[Served]:
    """``lox24 sandbox serve`` on a free loopback port, with a webhook receiver subscribed."""
    with loopback_receiver() as (hook_url, hooks):
        port = free_port()
        command = [sys.executable, "-m", "lox24", "sandbox", "serve", "--port", str(port)]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            url = f"http://127.0.0.1:{port}"
            headers = {"X-LOX24-AUTH-TOKEN": SANDBOX_TOKEN, "Accept": "application/json"}
            with httpx.Client(base_url=url, headers=headers, timeout=10) as api:

                def listening() -> bool:
                    assert process.poll() is None, process.stderr and process.stderr.read()
                    with socket.socket() as probe:
                        return probe.connect_ex(("127.0.0.1", port)) == 0

                wait_for(listening, "the sandbox to listen", timeout=20)
                yield Served(url, api, hook_url, hooks)
        finally:
            if process.stderr:
                process.stderr.close()
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.fixture
def sandbox(served: Served) -> Served:
    """The served sandbox, started afresh: no data, no faults, the receiver subscribed alone."""
    served.control("POST", "reset")
    served.control("DELETE", "faults")
    for subscription in served.control("GET", "webhooks"):
        served.control("DELETE", f"webhooks/{subscription['id']}")
    served.control("POST", "webhooks", {"url": served.hook_url})
    served.control("POST", "clock", {"frozen": False})
    served.hooks.posts.clear()
    return served


def _chromium() -> Any:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not shutil.which(p)]
    if missing:
        pytest.fail(
            f"the inbox's browser tests need Debian's chromium and chromium-driver ({missing} "
            "missing): apt-get install chromium chromium-driver (.ci/run does)"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(flag)
    options.add_argument("--window-size=1280,800")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))


@pytest.fixture(scope="package")
def chromium() -> Iterator[Any]:
    """One headless Chromium for every browser test."""
    driver = _chromium()
    try:
        yield driver
    finally:
        with contextlib.suppress(Exception):
            driver.quit()


@pytest.fixture
def browser(chromium: Any, sandbox: Served) -> Iterator[Any]:
    """Chromium on the inbox of the fresh sandbox; the test fails if the console shows an error."""
    chromium.get("about:blank")
    chromium.get_log("browser")  # forget what earlier pages logged
    chromium.get(f"{sandbox.url}/")
    wait_for(
        lambda: chromium.execute_script(
            "return document.getElementById('live-state').dataset.state === 'live'"
        ),
        "the event stream to open",
    )
    yield chromium
    errors = [e for e in chromium.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test of the served sandbox or in Chromium is end to end: marked slow."""
    for item in items:
        if {"served", "chromium"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
