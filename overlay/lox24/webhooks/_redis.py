"""Deduplication in Redis: for services whose workers run on several machines.

A claim is ``SET key busy:<token> NX PX <lease>``, atomic in Redis; completing overwrites the
value with ``done:<token>`` and the retention as expiry, so Redis forgets handled events by
itself. Releasing deletes the key only while it still holds the releasing worker's token (a
compare-and-delete script). Needs the ``redis`` package: ``pip install 'lox24[redis]'``.
From an event loop (``aclaim``, ...), a store made by :meth:`RedisStore.from_url` talks to Redis
through redis' asyncio client, one per loop, so no call needs a worker thread; the commands that
the events of one turn of the loop send go in one pipeline, one round trip.
"""

from __future__ import annotations

import asyncio
import importlib
import math
from collections.abc import Callable
from typing import Any, Final, Protocol

from lox24._exceptions import InvalidInputError

from ._store import DEFAULT_LEASE, DEFAULT_RETENTION, Claim
from ._tracking import RedisTracking
from ._turns import Queued, TurnBatches, settle

#: Adds one command to a pipeline.
Command = Callable[[Any], object]

_RELEASE: Final = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class RedisClient(Protocol):
    """The part of ``redis.Redis`` the store uses (any client with these methods will do)."""

    def set(self, name: str, value: str, *, px: int | None = None, nx: bool = False) -> Any:
        """SET with an expiry in milliseconds, only if absent when ``nx``."""
        ...

    def get(self, name: str) -> Any:
        """GET, as bytes or text."""
        ...

    def eval(self, script: str, numkeys: int, *keys_and_args: str) -> Any:
        """Run a Lua script."""
        ...


class RedisStore:
    """A :class:`DedupStore` in Redis, shared by workers on any number of machines.

    Args:
        client: A ``redis.Redis`` (or compatible) client; see :meth:`from_url`.
        prefix: Prepended to every key, to keep this store's keys apart in a shared database.
        lease: Seconds a claim may stay in progress before another delivery may take it.
        retention: Seconds a handled event is remembered.

    """

    def __init__(
        self,
        client: RedisClient,
        *,
        prefix: str = "lox24:webhook:",
        lease: float = DEFAULT_LEASE,
        retention: float = DEFAULT_RETENTION,
    ) -> None:
        self._client = client
        self._owned = False
        self._url: str | None = None  # set by from_url: the asyncio clients connect there
        self._async: tuple[asyncio.AbstractEventLoop, Any] | None = None
        self._turns: TurnBatches[Command] = TurnBatches(self._flush)
        self._sending: set[asyncio.Task[None]] = set()
        #: Pipelines sent from event loops (each one round trip to Redis).
        self.round_trips = 0
        self._prefix = prefix
        self._lease_ms = _milliseconds(lease, "lease")
        self._retention_ms = _milliseconds(retention, "retention")

    @classmethod
    def from_url(cls, url: str, **options: Any) -> RedisStore:
        """A store on a new client for ``url`` (``redis://host:6379/0``); ``options`` as above."""
        try:
            redis = importlib.import_module("redis")  # optional: imported only when used
        except ImportError as error:
            message = "RedisStore needs the redis package: pip install 'lox24[redis]'"
            raise InvalidInputError(message, field="url") from error
        store = cls(redis.Redis.from_url(url), **options)
        store._owned = True  # the store made this client, so it closes it
        store._url = url
        return store

    def claim(self, key: str, token: str) -> Claim:
        """Claim ``key`` for ``token``: NEW, or DONE/BUSY if another worker got there first."""
        name = self._prefix + key
        if self._client.set(name, f"busy:{token}", px=self._lease_ms, nx=True):
            return Claim.NEW
        return _claim_of(self._client.get(name))

    def complete(self, key: str, token: str) -> None:
        """Remember ``key`` as handled for the retention period."""
        self._client.set(self._prefix + key, f"done:{token}", px=self._retention_ms)

    def release(self, key: str, token: str) -> None:
        """Drop the claim on ``key`` if ``token`` holds it."""
        self._client.eval(_RELEASE, 1, self._prefix + key, f"busy:{token}")

    def tracking(self) -> RedisTracking:
        """Where a :class:`DeliveryTracker` keeps SMS states, shared by every machine.

        A hash per SMS under this store's prefix, and a set of the tracked uuids.
        """
        return RedisTracking(self._client, self._prefix)

    async def aclaim(self, key: str, token: str) -> Claim:
        """:meth:`claim` from an event loop (in a worker thread for a client you passed)."""
        if self._url is None:
            return await asyncio.to_thread(self.claim, key, token)
        name, value = self._prefix + key, f"busy:{token}"
        if await self._piped(lambda pipe: pipe.set(name, value, px=self._lease_ms, nx=True)):
            return Claim.NEW
        return _claim_of(await self._piped(lambda pipe: pipe.get(name)))

    async def acomplete(self, key: str, token: str) -> None:
        """:meth:`complete` from an event loop."""
        if self._url is None:
            await asyncio.to_thread(self.complete, key, token)
            return
        name, value = self._prefix + key, f"done:{token}"
        await self._piped(lambda pipe: pipe.set(name, value, px=self._retention_ms))

    async def arelease(self, key: str, token: str) -> None:
        """:meth:`release` from an event loop."""
        if self._url is None:
            await asyncio.to_thread(self.release, key, token)
            return
        name, value = self._prefix + key, f"busy:{token}"
        await self._piped(lambda pipe: pipe.eval(_RELEASE, 1, name, value))

    async def _piped(self, add: Command) -> Any:
        """Send a command in one pipeline with those the loop's other events queue this turn."""
        return await self._turns.submit(add)

    def _flush(self, loop: asyncio.AbstractEventLoop, batch: list[Queued[Command]]) -> None:
        task = loop.create_task(self._send(batch))
        self._sending.add(task)
        task.add_done_callback(self._sending.discard)

    async def _send(self, batch: list[Queued[Command]]) -> None:
        try:
            pipe = self._async_client().pipeline(transaction=False)
            for add, _ in batch:
                add(pipe)
            self.round_trips += 1
            results = await pipe.execute(raise_on_error=False)
        except Exception as error:  # the connection failed: every command of it did
            settle([(future, None, error) for _, future in batch])
            return
        settle(
            [
                (future, None, r) if isinstance(r, Exception) else (future, r, None)
                for (_, future), r in zip(batch, results, strict=True)
            ]
        )

    async def aclose(self) -> None:
        """Close the asyncio client of the running loop, if the store made one."""
        found, self._async = self._async, None
        if found is not None and found[0] is asyncio.get_running_loop():
            await found[1].aclose()

    def _async_client(self) -> Any:
        """The asyncio client of the running loop (made on first use)."""
        loop = asyncio.get_running_loop()
        if self._async is None or self._async[0] is not loop:
            redis = importlib.import_module("redis.asyncio")
            self._async = (loop, redis.Redis.from_url(self._url))
        return self._async[1]

    def close(self) -> None:
        """Close the client if :meth:`from_url` made it (a client you passed stays yours)."""
        close = getattr(self._client, "close", None)
        if self._owned and callable(close):
            close()

    def __repr__(self) -> str:
        return f"RedisStore(prefix={self._prefix!r})"


def _claim_of(value: object) -> Claim:
    """DONE or BUSY, from the value of a key that could not be claimed."""
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    # A key that vanished in between was just released or lapsed: try again later.
    return Claim.DONE if isinstance(value, str) and value.startswith("done:") else Claim.BUSY


def _milliseconds(seconds: float, name: str) -> int:
    if not (math.isfinite(seconds) and seconds > 0):
        raise InvalidInputError(f"{name} must be a positive number", field=name)
    return max(1, round(seconds * 1000))
