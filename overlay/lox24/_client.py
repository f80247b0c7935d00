"""``Client``: the object users hold (``AsyncClient`` in ``_async_client`` is its twin).

It owns one httpx client (built in ``lox24._http``) and one generated client that sends
through it. Operations are the generated modules under ``lox24_generated.api``; the client
calls any of them with ``call``, iterates collections with ``paginate``, and adds the helpers
that need more than one request (batch import, waiting for bulks, fraud checks, delivery).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
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
from ._batch import PhoneImportResult, PhoneInput, import_phones
from ._config import resolve_settings
from ._constants import (
    DEFAULT_BATCH_CONCURRENCY,
    DEFAULT_BATCH_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
)
from ._http import build_sync_client, translate_transport_errors
from ._hydra import HydraCollection
from ._operations import ResponseLike, SyncOperation, call_sync
from ._pagination import SyncPager
from ._waiting import is_delivery_final, is_finished, is_fraud_check_finished, poll

T = TypeVar("T")
ItemT = TypeVar("ItemT")


class Client:
    """A synchronous LOX24 client.

    Args:
        token: The API token (``<customer number>:<key>``); defaults to ``LOX24_TOKEN``.
        base_url: The API address; defaults to ``LOX24_BASE_URL``, then https://api.lox24.eu.
        timeout: Seconds, or an ``httpx.Timeout``; defaults to 30 s (5 s to connect).
        max_retries: Retries of requests that are safe to repeat (see the README).
        headers: Extra headers for every request.
        transport: An httpx transport to send through, for example
            ``lox24.sandbox.Sandbox().transport()`` to talk to the in-process sandbox.

    Raises:
        ConfigurationError: No token, or an impossible setting.

    Example:
        >>> from lox24_generated.api.groups import create_group
        >>> from lox24_generated.models import GroupWrite
        >>> with Client() as client:  # doctest: +SKIP
        ...     group = client.call(create_group, body=GroupWrite(name="Customers"))

    """

    def __init__(
        self,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        settings = resolve_settings(base_url=base_url, timeout=timeout, max_retries=max_retries)
        self.base_url = settings.base_url
        self._http = build_sync_client(
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
        self._generated.set_httpx_client(self._http)

    def call(self, operation: SyncOperation[T], /, *args: Any, **kwargs: Any) -> T:
        """Run a generated operation and return its parsed result.

        Args:
            operation: A module from ``lox24_generated.api``, e.g. ``groups.get_group``.
            *args: Passed on to the operation.
            **kwargs: The operation's parameters (path, query, ``body``).

        Raises:
            APIStatusError: The server answered with a non-2xx status (a subclass per status).
            APIConnectionError: No response arrived.
            ResponseValidationError: The response does not match the spec.

        """
        return cast(T, self.call_detailed(operation, *args, **kwargs).parsed)

    def call_detailed(
        self, operation: SyncOperation[T], /, *args: Any, **kwargs: Any
    ) -> ResponseLike[T]:
        """Like ``call``, but return the whole response (status, headers, raw body, parsed)."""
        return call_sync(operation, *args, client=self._generated, **kwargs)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
    ) -> httpx.Response:
        """Send a raw request with the client's token, headers, retries and error mapping.

        For what no generated operation covers; the response is not parsed.

        Raises:
            APIStatusError: The server answered with a non-2xx status.
            APIConnectionError: No response arrived.

        """
        with translate_transport_errors():
            return self._http.request(method, path, params=params, json=json, content=content)

    def paginate(
        self, operation: SyncOperation[HydraCollection[ItemT]], /, **kwargs: Any
    ) -> SyncPager[ItemT]:
        """Iterate every item of a collection lazily, page after page.

        Example:
            >>> for bulk in client.paginate(list_bulks, status_code=[10]):  # doctest: +SKIP
            ...     print(bulk.uuid)

        """
        return SyncPager(lambda: self.call(operation, **kwargs), self._http)

    def import_phones(
        self,
        group_id: int,
        phones: Iterable[PhoneInput],
        *,
        chunk_size: int = DEFAULT_BATCH_SIZE,
        concurrency: int = DEFAULT_BATCH_CONCURRENCY,
    ) -> Iterator[PhoneImportResult]:
        """Add any number of phones to a group; yield one result per phone, in input order.

        ``phones`` is consumed lazily: a generator of millions of items works in flat memory.
        Items may be ``PhoneWrite`` models, mappings of their fields, or plain numbers.
        """

        def send(batch: list[PhoneWrite]) -> Any:
            return self.call(create_group_phones_batch, id=group_id, body=batch)

        return import_phones(send, phones, chunk_size=chunk_size, concurrency=concurrency)

    def wait_for_bulk(
        self,
        bulk_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[BulkStatus], object] | None = None,
    ) -> BulkStatus:
        """Poll a bulk's status until it is finished; return the final status.

        Raises:
            WaitTimeoutError: It was not finished within ``timeout`` seconds.

        """
        read = functools.partial(self.call, get_bulk_status, id=bulk_id)
        return poll(
            read, is_finished, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )

    def wait_for_fraud_check(
        self,
        check_id: str,
        *,
        timeout: float = 300.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[FraudCheck], object] | None = None,
    ) -> FraudCheck:
        """Poll a fraud check until it has its result; return it.

        Raises:
            WaitTimeoutError: It had no result within ``timeout`` seconds.

        """
        read = functools.partial(self.call, get_fraud_check, id=check_id)
        return poll(
            read,
            is_fraud_check_finished,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )

    def wait_for_delivery(
        self,
        sms_uuid: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
        on_progress: Callable[[Sms], object] | None = None,
    ) -> Sms:
        """Poll an SMS until its final delivery report (delivered, expired, rejected) or failure.

        Raises:
            WaitTimeoutError: No final report within ``timeout`` seconds.

        """
        read = functools.partial(self.call, get_sms, uuid=sms_uuid)
        return poll(
            read,
            is_delivery_final,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )

    def close(self) -> None:
        """Close the connections; the client cannot be used afterwards."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Client(base_url={self.base_url!r})"
