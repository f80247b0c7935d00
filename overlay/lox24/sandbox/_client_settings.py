"""What a client needs to talk to an in-process sandbox, as keyword arguments.

``lox24.Client(**sandbox.client_settings())`` binds a client to the sandbox: its token, a base
URL, the in-process transport, and the sandbox clock for the client's waiting helpers. Against
a frozen clock, the helpers' sleeping moves sandbox time forward instead of waiting, so a test
that waits for a bulk or a delivery report finishes at once. The sandbox does not import the
client: these are plain values.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypedDict

import httpx

from ._state._clock import SandboxClock


class ClientSettings(TypedDict):
    """Keyword arguments of ``lox24.Client`` for a sandbox."""

    token: str
    base_url: str
    transport: httpx.BaseTransport
    clock: Callable[[], float]
    sleep: Callable[[float], None]


class AsyncClientSettings(TypedDict):
    """Keyword arguments of ``lox24.AsyncClient`` for a sandbox."""

    token: str
    base_url: str
    transport: httpx.AsyncBaseTransport
    clock: Callable[[], float]
    sleep: Callable[[float], Awaitable[None]]


def sleeper(clock: SandboxClock) -> Callable[[float], None]:
    """Sleep on the sandbox clock: advance it when frozen, wait for real when it runs."""

    def sleep(seconds: float) -> None:
        if clock.frozen:
            clock.advance(max(seconds, 0.0))
        else:
            time.sleep(max(seconds, 0.0))

    return sleep


def async_sleeper(clock: SandboxClock) -> Callable[[float], Awaitable[None]]:
    """The asynchronous twin of :func:`sleeper`."""

    async def sleep(seconds: float) -> None:
        if clock.frozen:
            clock.advance(max(seconds, 0.0))
            await asyncio.sleep(0)
        else:
            await asyncio.sleep(max(seconds, 0.0))

    return sleep
