"""Clients talking to an in-process sandbox on a frozen clock."""

from __future__ import annotations

import pytest

import lox24
from lox24.sandbox import SANDBOX_BASE_URL, Sandbox, SandboxClock

START = 1_700_000_000


@pytest.fixture
def sandbox():
    """A fresh sandbox whose clock only moves when a test moves it."""
    with Sandbox(clock=SandboxClock(start=START, frozen=True)) as box:
        yield box


@pytest.fixture
def client(sandbox):
    """A synchronous client of the sandbox."""
    with lox24.Client(sandbox.token, base_url=SANDBOX_BASE_URL, transport=sandbox.transport()) as c:
        yield c


@pytest.fixture
async def aclient(sandbox):
    """An asynchronous client of the sandbox."""
    async with lox24.AsyncClient(
        sandbox.token, base_url=SANDBOX_BASE_URL, transport=sandbox.async_transport()
    ) as c:
        yield c
