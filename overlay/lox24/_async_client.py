"""``AsyncClient``: the asynchronous twin of ``lox24.Client``, with the same arguments.

Every method is awaited; pagination and the batch import are async iterators.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from types import TracebackType
from typing import Any, Self, TypeVar, cast

import httpx

from lox24_generated import Client as GeneratedClient
from lox24_generated.api.bulks import get_bulk_status
from lox24_generated.api.fraud_checks import get_fraud_check
from lox24_generated.api.phones import create_group_phones_batch
from lox24_generated.api.sms import get_sms
from lox24_generated.models import BulkStatus, FraudCheck, PhoneWrite, Sms

from ._auth import TokenAuth, resolve_token
from ._batch import PhoneImportResult, PhoneInput, aimport_phones
from ._config import resolve_settings
from ._constants import (
    DEFAULT_BATCH_CONCURRENCY,
    DEFAULT_BATCH_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
)
from ._http import build_async_client, translate_transport_errors
from ._hydra import HydraCollection
from ._operations import AsyncOperation, ResponseLike, call_async
from ._pagination import AsyncPager
from ._waiting import apoll, is_delivery_final, is_finished, is_fraud_check_finished

T = TypeVar("T")
ItemT = TypeVar("ItemT")


class AsyncClient:
    """An asynchronous LOX24 client; the same arguments and methods as ``Client``, awaited."""

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        settings = resolve_settings(base_url=base_url, timeout=timeout, max_retries=max_retries)
        self.base_url = settings.base_url
        self._http = build_async_client(
            base_url=settings.base_url,
            auth=TokenAuth(resolve_token(token)),
            timeout=settings.timeout,
            policy=settings.policy,
            headers=headers,
            transport=transport,
        )
        self._generated = GeneratedClient(
            base_url=settings.base_url, raise_on_unexpected_status=True
        )
        self._generated.set_async_httpx_client(self._http)

    async def call(self, operation: AsyncOperation[T], /, *args: Any, **kwargs: Any) -> T:
        """Run a generated operation and return its parsed result (see ``Client.call``)."""
        return cast(T, (await self.call_detailed(operation, *args, **kwargs)).parsed)

    async def call_detailed(
        self, operation: AsyncOperation[T], /, *args: Any, **kwargs: Any
    ) -> ResponseLike[T]:
        """Like ``call``, but return the whole response."""
        return await call_async(operation, *args, client=self._generated, **kwargs)

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
    ) -> httpx.Response:
        """Send a raw request (see ``Client.request``)."""
        with translate_transport_errors():
            return await self._http.request(method, path, params=params, json=json, content=content)

    def paginate(
        self, operation: AsyncOperation[HydraCollection[ItemT]], /, **kwargs: Any
    ) -> AsyncPager[ItemT]:
        """Iterate every item of a collection lazily: ``async for item in client.paginate(...)``."""
        return AsyncPager(lambda: self.call(operation, **kwargs), self._http)

    def import_phones(
        self,
        group_id: int,
        phones: Iterable[PhoneInput],
        *,
        chunk_size: int = DEFAULT_BATCH_SIZE,
        concurrency: int = DEFAULT_BATCH_CONCURRENCY,
    ) -> AsyncIterator[PhoneImportResult]:
        """Add any number of phones to a group (see ``Client.import_phones``)."""

        async def send(batch: list[PhoneWrite]) -> Any:
            return await self.call(create_group_phones_batch, id=group_id, body=batch)

        return aimport_phones(send, phones, chunk_size=chunk_size, concurrency=concurrency)

    async def wait_for_bulk(
        self,
        bulk_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[BulkStatus], object] | None = None,
    ) -> BulkStatus:
        """Poll a bulk's status until it is finished (see ``Client.wait_for_bulk``)."""
        read = functools.partial(self.call, get_bulk_status, id=bulk_id)
        return await apoll(
            read, is_finished, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    async def wait_for_fraud_check(
        self,
        check_id: str,
        *,
        timeout: float = 300.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[FraudCheck], object] | None = None,
    ) -> FraudCheck:
        """Poll a fraud check until it has its result (see ``Client.wait_for_fraud_check``)."""
        read = functools.partial(self.call, get_fraud_check, id=check_id)
        return await apoll(
            read,
            is_fraud_check_finished,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )

    async def wait_for_delivery(
        self,
        sms_uuid: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
        on_progress: Callable[[Sms], object] | None = None,
    ) -> Sms:
        """Poll an SMS until its final delivery report (see ``Client.wait_for_delivery``)."""
        read = functools.partial(self.call, get_sms, uuid=sms_uuid)
        return await apoll(
            read,
            is_delivery_final,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )

    async def aclose(self) -> None:
        """Close the connections; the client cannot be used afterwards."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncClient(base_url={self.base_url!r})"
