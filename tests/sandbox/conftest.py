"""Fixtures for the sandbox tests: a sandbox on a frozen clock and httpx clients talking to it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from lox24.sandbox import SANDBOX_BASE_URL, Sandbox, SandboxClock

#: The instant every test's clock starts at.
T0 = 1_700_000_000
JSONLD = "application/ld+json"
PLAIN = "application/json"


@pytest.fixture
def clock() -> SandboxClock:
    """A frozen clock: time only moves when a test moves it."""
    return SandboxClock(start=T0, frozen=True)


@pytest.fixture
def sandbox(clock: SandboxClock) -> Iterator[Sandbox]:
    """A fresh sandbox on the frozen clock."""
    with Sandbox(clock=clock) as box:
        yield box


def make_client(box: Sandbox, *, accept: str = PLAIN, ip: str = "127.0.0.1") -> httpx.Client:
    """A sync client with the sandbox token, asking for ``accept``, coming from ``ip``."""
    return httpx.Client(
        base_url=SANDBOX_BASE_URL,
        transport=box.transport(client=(ip, 40000)),
        headers={"X-LOX24-AUTH-TOKEN": box.token, "Accept": accept},
    )


@pytest.fixture
def api(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """A client of the sandbox that asks for plain JSON."""
    with make_client(sandbox) as client:
        yield client


@pytest.fixture
def ld(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """A client of the sandbox that asks for JSON-LD."""
    with make_client(sandbox, accept=JSONLD) as client:
        yield client


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio (the only backend installed)."""
    return "asyncio"
