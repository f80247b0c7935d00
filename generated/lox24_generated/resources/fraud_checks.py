"""``client.fraud_checks``: Risk checks of phone numbers, e-mail addresses, IP addresses and postal addresses.

Generated from spec/lox24.yaml by scripts/codegen_resources.py; do not edit."""

from __future__ import annotations

from collections.abc import (
    Callable,
    Mapping,
    Sequence,
)
from functools import cached_property
from typing import Any, Literal, overload

from lox24._pagination import AsyncPager, Page, SyncPager
from lox24._runtime import AsyncRuntime, Endpoint, RawResponse, SyncRuntime
from lox24._runtime import body as _body
from lox24._runtime import path_segment as _segment
from lox24._runtime import query as _query
from lox24._runtime import with_overload_signature as _overload_signature

from ..models.fraud_check import FraudCheck
from ..models.fraud_check_address_write import FraudCheckAddressWrite
from ..models.fraud_check_write import FraudCheckWrite
from ..models.fraud_service_code import FraudServiceCode
from ..models.ordering import Ordering

_LIST: Endpoint[FraudCheck] = Endpoint(
    "GET", "fraud_checks.list", parse=FraudCheck.from_dict, kind="collection"
)
_CREATE: Endpoint[FraudCheck] = Endpoint(
    "POST", "fraud_checks.create", parse=FraudCheck.from_dict
)
_GET: Endpoint[FraudCheck] = Endpoint(
    "GET", "fraud_checks.get", parse=FraudCheck.from_dict
)
_DELETE: Endpoint[None] = Endpoint("DELETE", "fraud_checks.delete", kind="empty")


class FraudChecksResourceWithRawResponse:
    """``client.fraud_checks``, answering whole responses: Risk checks of phone numbers, e-mail addresses, IP addresses and postal addresses."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        page: int | None = None,
        id: str | Sequence[str] | None = None,
        callback_data: str | None = None,
        request_phone_phone: str | None = None,
        request_email_email: str | None = None,
        request_ip_ip: str | None = None,
        status_code: int | Sequence[int] | None = None,
        order_by: Mapping[Literal["created_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> RawResponse[Page[FraudCheck]]:
        """List fraud checks.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            id: ``id[]``. The checks with any of these ids.
            callback_data: ``callback_data``. Checks whose callback data contains this.
            request_phone_phone: ``request_phone.phone``. Checks of a phone number that contains
                this.
            request_email_email: ``request_email.email``. Checks of an e-mail address that
                contains this.
            request_ip_ip: ``request_ip.ip``. Checks of an IP address that contains this.
            status_code: ``status_code[]``. Checks in any of these states.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.page_raw(
            _LIST,
            "/fraud-checks",
            _query(
                (
                    ("page", page),
                    ("id[]", id),
                    ("callback_data", callback_data),
                    ("request_phone.phone", request_phone_phone),
                    ("request_email.email", request_email_email),
                    ("request_ip.ip", request_ip_ip),
                    ("status_code[]", status_code),
                ),
                order_by,
            ),
        )

    def count(
        self,
        *,
        id: str | Sequence[str] | None = None,
        callback_data: str | None = None,
        request_phone_phone: str | None = None,
        request_email_email: str | None = None,
        request_ip_ip: str | None = None,
        status_code: int | Sequence[int] | None = None,
    ) -> RawResponse[int]:
        """How many FraudCheck items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            id: ``id[]``. The checks with any of these ids.
            callback_data: ``callback_data``. Checks whose callback data contains this.
            request_phone_phone: ``request_phone.phone``. Checks of a phone number that contains
                this.
            request_email_email: ``request_email.email``. Checks of an e-mail address that
                contains this.
            request_ip_ip: ``request_ip.ip``. Checks of an IP address that contains this.
            status_code: ``status_code[]``. Checks in any of these states.

        Returns:
            The whole response, with the count in ``parsed``.
        """
        return self._runtime.count_raw(
            _LIST,
            "/fraud-checks",
            _query(
                (
                    ("id[]", id),
                    ("callback_data", callback_data),
                    ("request_phone.phone", request_phone_phone),
                    ("request_email.email", request_email_email),
                    ("request_ip.ip", request_ip_ip),
                    ("status_code[]", status_code),
                )
            ),
        )

    @overload
    def create(
        self,
        *,
        service_code: FraudServiceCode | str,
        phone: str | None = None,
        email: str | None = None,
        ip: str | None = None,
        address: FraudCheckAddressWrite | Mapping[str, Any] | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[FraudCheck]: ...
    @overload
    def create(
        self, *, body: FraudCheckWrite | Mapping[str, Any]
    ) -> RawResponse[FraudCheck]: ...
    @_overload_signature
    def create(
        self,
        *,
        body: FraudCheckWrite | Mapping[str, Any] | None = None,
        service_code: FraudServiceCode | str | None = None,
        phone: str | None = None,
        email: str | None = None,
        ip: str | None = None,
        address: FraudCheckAddressWrite | Mapping[str, Any] | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[FraudCheck]:
        """Start a fraud check of a phone number, e-mail address, IP address and/or postal address.

        The check is charged and runs in the background: it starts as new (status 0), is
        processed (5) and ends as done (10) or with an error (20, 21, 1000). The outcome is
        pushed with the `fraud-check.done` webhook, or can be read with `get_fraud_check`
        (polling very often may get the caller blocked). IPv6 addresses are accepted as well as
        IPv4.

        Args:
            body: The whole body as a FraudCheckWrite (or a mapping), instead of the fields.
            service_code: How thorough a fraud check is.
                - `economy`: The risk score only. - `pro`: The risk score with details. - `direct`:
                Every detail, processed first.
            phone: See the API reference.
            email: See the API reference.
            ip: An IPv4 or IPv6 address.
            address: See the API reference.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _CREATE,
            "/fraud-checks",
            None,
            _body(
                body,
                (
                    ("service_code", service_code),
                    ("phone", phone),
                    ("email", email),
                    ("ip", ip),
                    ("address", address),
                    ("callback_data", callback_data),
                ),
                required=("service_code",),
                times=(),
                name="fraud_checks.create",
            ),
        )

    def get(self, id: str) -> RawResponse[FraudCheck]:
        """Read one fraud check with its results.

        Args:
            id: ``id``. The fraud check's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _GET, f"/fraud-checks/{_segment(id, 'id')}", None, None
        )

    def delete(self, id: str) -> RawResponse[None]:
        """Delete a fraud check.

        Args:
            id: ``id``. The fraud check's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _DELETE, f"/fraud-checks/{_segment(id, 'id')}", None, None
        )


class FraudChecksResource:
    """``client.fraud_checks``: Risk checks of phone numbers, e-mail addresses, IP addresses and postal addresses."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> FraudChecksResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return FraudChecksResourceWithRawResponse(self._runtime)

    def list(
        self,
        *,
        page: int | None = None,
        id: str | Sequence[str] | None = None,
        callback_data: str | None = None,
        request_phone_phone: str | None = None,
        request_email_email: str | None = None,
        request_ip_ip: str | None = None,
        status_code: int | Sequence[int] | None = None,
        order_by: Mapping[Literal["created_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> SyncPager[FraudCheck]:
        """List fraud checks.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            id: ``id[]``. The checks with any of these ids.
            callback_data: ``callback_data``. Checks whose callback data contains this.
            request_phone_phone: ``request_phone.phone``. Checks of a phone number that contains
                this.
            request_email_email: ``request_email.email``. Checks of an e-mail address that
                contains this.
            request_ip_ip: ``request_ip.ip``. Checks of an IP address that contains this.
            status_code: ``status_code[]``. Checks in any of these states.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST,
            "/fraud-checks",
            _query(
                (
                    ("page", page),
                    ("id[]", id),
                    ("callback_data", callback_data),
                    ("request_phone.phone", request_phone_phone),
                    ("request_email.email", request_email_email),
                    ("request_ip.ip", request_ip_ip),
                    ("status_code[]", status_code),
                ),
                order_by,
            ),
        )

    def count(
        self,
        *,
        id: str | Sequence[str] | None = None,
        callback_data: str | None = None,
        request_phone_phone: str | None = None,
        request_email_email: str | None = None,
        request_ip_ip: str | None = None,
        status_code: int | Sequence[int] | None = None,
    ) -> int:
        """How many FraudCheck items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            id: ``id[]``. The checks with any of these ids.
            callback_data: ``callback_data``. Checks whose callback data contains this.
            request_phone_phone: ``request_phone.phone``. Checks of a phone number that contains
                this.
            request_email_email: ``request_email.email``. Checks of an e-mail address that
                contains this.
            request_ip_ip: ``request_ip.ip``. Checks of an IP address that contains this.
            status_code: ``status_code[]``. Checks in any of these states.

        Returns:
            The number of items, whatever the page size.
        """
        return self._runtime.count(
            _LIST,
            "/fraud-checks",
            _query(
                (
                    ("id[]", id),
                    ("callback_data", callback_data),
                    ("request_phone.phone", request_phone_phone),
                    ("request_email.email", request_email_email),
                    ("request_ip.ip", request_ip_ip),
                    ("status_code[]", status_code),
                )
            ),
        )

    @overload
    def create(
        self,
        *,
        service_code: FraudServiceCode | str,
        phone: str | None = None,
        email: str | None = None,
        ip: str | None = None,
        address: FraudCheckAddressWrite | Mapping[str, Any] | None = None,
        callback_data: str | None = None,
    ) -> FraudCheck: ...
    @overload
    def create(self, *, body: FraudCheckWrite | Mapping[str, Any]) -> FraudCheck: ...
    @_overload_signature
    def create(
        self,
        *,
        body: FraudCheckWrite | Mapping[str, Any] | None = None,
        service_code: FraudServiceCode | str | None = None,
        phone: str | None = None,
        email: str | None = None,
        ip: str | None = None,
        address: FraudCheckAddressWrite | Mapping[str, Any] | None = None,
        callback_data: str | None = None,
    ) -> FraudCheck:
        """Start a fraud check of a phone number, e-mail address, IP address and/or postal address.

        The check is charged and runs in the background: it starts as new (status 0), is
        processed (5) and ends as done (10) or with an error (20, 21, 1000). The outcome is
        pushed with the `fraud-check.done` webhook, or can be read with `get_fraud_check`
        (polling very often may get the caller blocked). IPv6 addresses are accepted as well as
        IPv4.

        Args:
            body: The whole body as a FraudCheckWrite (or a mapping), instead of the fields.
            service_code: How thorough a fraud check is.
                - `economy`: The risk score only. - `pro`: The risk score with details. - `direct`:
                Every detail, processed first.
            phone: See the API reference.
            email: See the API reference.
            ip: An IPv4 or IPv6 address.
            address: See the API reference.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.
        """
        return self._runtime.call(
            _CREATE,
            "/fraud-checks",
            None,
            _body(
                body,
                (
                    ("service_code", service_code),
                    ("phone", phone),
                    ("email", email),
                    ("ip", ip),
                    ("address", address),
                    ("callback_data", callback_data),
                ),
                required=("service_code",),
                times=(),
                name="fraud_checks.create",
            ),
        )

    def get(self, id: str) -> FraudCheck:
        """Read one fraud check with its results.

        Args:
            id: ``id``. The fraud check's UUID.
        """
        return self._runtime.call(
            _GET, f"/fraud-checks/{_segment(id, 'id')}", None, None
        )

    def wait(
        self,
        id: str,
        *,
        timeout: float = 300.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[FraudCheck], object] | None = None,
    ) -> FraudCheck:
        """Poll ``get`` until the FraudCheck reaches a final state; return it.

        The client's clock and sleep are used, so a sandbox with a frozen clock is waited
        for in sandbox time.

        Args:
            id: ``id`` of the FraudCheck.
            timeout: Give up after this many seconds.
            poll_interval: Seconds between two reads.
            on_progress: Called with every state read.

        Raises:
            WaitTimeoutError: Not final within ``timeout`` seconds.

        """
        return self._runtime.wait(
            lambda: self.get(id),
            "fraud_check_finished",
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )

    def delete(self, id: str) -> None:
        """Delete a fraud check.

        Args:
            id: ``id``. The fraud check's UUID.
        """
        return self._runtime.call(
            _DELETE, f"/fraud-checks/{_segment(id, 'id')}", None, None
        )


class AsyncFraudChecksResourceWithRawResponse:
    """``client.fraud_checks`` of an AsyncClient, answering whole responses: Risk checks of phone numbers, e-mail addresses, IP addresses and postal addresses."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        page: int | None = None,
        id: str | Sequence[str] | None = None,
        callback_data: str | None = None,
        request_phone_phone: str | None = None,
        request_email_email: str | None = None,
        request_ip_ip: str | None = None,
        status_code: int | Sequence[int] | None = None,
        order_by: Mapping[Literal["created_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> RawResponse[Page[FraudCheck]]:
        """List fraud checks.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            id: ``id[]``. The checks with any of these ids.
            callback_data: ``callback_data``. Checks whose callback data contains this.
            request_phone_phone: ``request_phone.phone``. Checks of a phone number that contains
                this.
            request_email_email: ``request_email.email``. Checks of an e-mail address that
                contains this.
            request_ip_ip: ``request_ip.ip``. Checks of an IP address that contains this.
            status_code: ``status_code[]``. Checks in any of these states.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.page_raw(
            _LIST,
            "/fraud-checks",
            _query(
                (
                    ("page", page),
                    ("id[]", id),
                    ("callback_data", callback_data),
                    ("request_phone.phone", request_phone_phone),
                    ("request_email.email", request_email_email),
                    ("request_ip.ip", request_ip_ip),
                    ("status_code[]", status_code),
                ),
                order_by,
            ),
        )

    async def count(
        self,
        *,
        id: str | Sequence[str] | None = None,
        callback_data: str | None = None,
        request_phone_phone: str | None = None,
        request_email_email: str | None = None,
        request_ip_ip: str | None = None,
        status_code: int | Sequence[int] | None = None,
    ) -> RawResponse[int]:
        """How many FraudCheck items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            id: ``id[]``. The checks with any of these ids.
            callback_data: ``callback_data``. Checks whose callback data contains this.
            request_phone_phone: ``request_phone.phone``. Checks of a phone number that contains
                this.
            request_email_email: ``request_email.email``. Checks of an e-mail address that
                contains this.
            request_ip_ip: ``request_ip.ip``. Checks of an IP address that contains this.
            status_code: ``status_code[]``. Checks in any of these states.

        Returns:
            The whole response, with the count in ``parsed``.
        """
        return await self._runtime.count_raw(
            _LIST,
            "/fraud-checks",
            _query(
                (
                    ("id[]", id),
                    ("callback_data", callback_data),
                    ("request_phone.phone", request_phone_phone),
                    ("request_email.email", request_email_email),
                    ("request_ip.ip", request_ip_ip),
                    ("status_code[]", status_code),
                )
            ),
        )

    @overload
    async def create(
        self,
        *,
        service_code: FraudServiceCode | str,
        phone: str | None = None,
        email: str | None = None,
        ip: str | None = None,
        address: FraudCheckAddressWrite | Mapping[str, Any] | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[FraudCheck]: ...
    @overload
    async def create(
        self, *, body: FraudCheckWrite | Mapping[str, Any]
    ) -> RawResponse[FraudCheck]: ...
    @_overload_signature
    async def create(
        self,
        *,
        body: FraudCheckWrite | Mapping[str, Any] | None = None,
        service_code: FraudServiceCode | str | None = None,
        phone: str | None = None,
        email: str | None = None,
        ip: str | None = None,
        address: FraudCheckAddressWrite | Mapping[str, Any] | None = None,
        callback_data: str | None = None,
    ) -> RawResponse[FraudCheck]:
        """Start a fraud check of a phone number, e-mail address, IP address and/or postal address.

        The check is charged and runs in the background: it starts as new (status 0), is
        processed (5) and ends as done (10) or with an error (20, 21, 1000). The outcome is
        pushed with the `fraud-check.done` webhook, or can be read with `get_fraud_check`
        (polling very often may get the caller blocked). IPv6 addresses are accepted as well as
        IPv4.

        Args:
            body: The whole body as a FraudCheckWrite (or a mapping), instead of the fields.
            service_code: How thorough a fraud check is.
                - `economy`: The risk score only. - `pro`: The risk score with details. - `direct`:
                Every detail, processed first.
            phone: See the API reference.
            email: See the API reference.
            ip: An IPv4 or IPv6 address.
            address: See the API reference.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _CREATE,
            "/fraud-checks",
            None,
            _body(
                body,
                (
                    ("service_code", service_code),
                    ("phone", phone),
                    ("email", email),
                    ("ip", ip),
                    ("address", address),
                    ("callback_data", callback_data),
                ),
                required=("service_code",),
                times=(),
                name="fraud_checks.create",
            ),
        )

    async def get(self, id: str) -> RawResponse[FraudCheck]:
        """Read one fraud check with its results.

        Args:
            id: ``id``. The fraud check's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _GET, f"/fraud-checks/{_segment(id, 'id')}", None, None
        )

    async def delete(self, id: str) -> RawResponse[None]:
        """Delete a fraud check.

        Args:
            id: ``id``. The fraud check's UUID.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _DELETE, f"/fraud-checks/{_segment(id, 'id')}", None, None
        )


class AsyncFraudChecksResource:
    """``client.fraud_checks`` of an AsyncClient: Risk checks of phone numbers, e-mail addresses, IP addresses and postal addresses."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncFraudChecksResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return AsyncFraudChecksResourceWithRawResponse(self._runtime)

    def list(
        self,
        *,
        page: int | None = None,
        id: str | Sequence[str] | None = None,
        callback_data: str | None = None,
        request_phone_phone: str | None = None,
        request_email_email: str | None = None,
        request_ip_ip: str | None = None,
        status_code: int | Sequence[int] | None = None,
        order_by: Mapping[Literal["created_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> AsyncPager[FraudCheck]:
        """List fraud checks.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            id: ``id[]``. The checks with any of these ids.
            callback_data: ``callback_data``. Checks whose callback data contains this.
            request_phone_phone: ``request_phone.phone``. Checks of a phone number that contains
                this.
            request_email_email: ``request_email.email``. Checks of an e-mail address that
                contains this.
            request_ip_ip: ``request_ip.ip``. Checks of an IP address that contains this.
            status_code: ``status_code[]``. Checks in any of these states.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST,
            "/fraud-checks",
            _query(
                (
                    ("page", page),
                    ("id[]", id),
                    ("callback_data", callback_data),
                    ("request_phone.phone", request_phone_phone),
                    ("request_email.email", request_email_email),
                    ("request_ip.ip", request_ip_ip),
                    ("status_code[]", status_code),
                ),
                order_by,
            ),
        )

    async def count(
        self,
        *,
        id: str | Sequence[str] | None = None,
        callback_data: str | None = None,
        request_phone_phone: str | None = None,
        request_email_email: str | None = None,
        request_ip_ip: str | None = None,
        status_code: int | Sequence[int] | None = None,
    ) -> int:
        """How many FraudCheck items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            id: ``id[]``. The checks with any of these ids.
            callback_data: ``callback_data``. Checks whose callback data contains this.
            request_phone_phone: ``request_phone.phone``. Checks of a phone number that contains
                this.
            request_email_email: ``request_email.email``. Checks of an e-mail address that
                contains this.
            request_ip_ip: ``request_ip.ip``. Checks of an IP address that contains this.
            status_code: ``status_code[]``. Checks in any of these states.

        Returns:
            The number of items, whatever the page size.
        """
        return await self._runtime.count(
            _LIST,
            "/fraud-checks",
            _query(
                (
                    ("id[]", id),
                    ("callback_data", callback_data),
                    ("request_phone.phone", request_phone_phone),
                    ("request_email.email", request_email_email),
                    ("request_ip.ip", request_ip_ip),
                    ("status_code[]", status_code),
                )
            ),
        )

    @overload
    async def create(
        self,
        *,
        service_code: FraudServiceCode | str,
        phone: str | None = None,
        email: str | None = None,
        ip: str | None = None,
        address: FraudCheckAddressWrite | Mapping[str, Any] | None = None,
        callback_data: str | None = None,
    ) -> FraudCheck: ...
    @overload
    async def create(
        self, *, body: FraudCheckWrite | Mapping[str, Any]
    ) -> FraudCheck: ...
    @_overload_signature
    async def create(
        self,
        *,
        body: FraudCheckWrite | Mapping[str, Any] | None = None,
        service_code: FraudServiceCode | str | None = None,
        phone: str | None = None,
        email: str | None = None,
        ip: str | None = None,
        address: FraudCheckAddressWrite | Mapping[str, Any] | None = None,
        callback_data: str | None = None,
    ) -> FraudCheck:
        """Start a fraud check of a phone number, e-mail address, IP address and/or postal address.

        The check is charged and runs in the background: it starts as new (status 0), is
        processed (5) and ends as done (10) or with an error (20, 21, 1000). The outcome is
        pushed with the `fraud-check.done` webhook, or can be read with `get_fraud_check`
        (polling very often may get the caller blocked). IPv6 addresses are accepted as well as
        IPv4.

        Args:
            body: The whole body as a FraudCheckWrite (or a mapping), instead of the fields.
            service_code: How thorough a fraud check is.
                - `economy`: The risk score only. - `pro`: The risk score with details. - `direct`:
                Every detail, processed first.
            phone: See the API reference.
            email: See the API reference.
            ip: An IPv4 or IPv6 address.
            address: See the API reference.
            callback_data: Your own reference (up to 36 characters), echoed back in delivery
                reports.
        """
        return await self._runtime.call(
            _CREATE,
            "/fraud-checks",
            None,
            _body(
                body,
                (
                    ("service_code", service_code),
                    ("phone", phone),
                    ("email", email),
                    ("ip", ip),
                    ("address", address),
                    ("callback_data", callback_data),
                ),
                required=("service_code",),
                times=(),
                name="fraud_checks.create",
            ),
        )

    async def get(self, id: str) -> FraudCheck:
        """Read one fraud check with its results.

        Args:
            id: ``id``. The fraud check's UUID.
        """
        return await self._runtime.call(
            _GET, f"/fraud-checks/{_segment(id, 'id')}", None, None
        )

    async def wait(
        self,
        id: str,
        *,
        timeout: float = 300.0,
        poll_interval: float = 2.0,
        on_progress: Callable[[FraudCheck], object] | None = None,
    ) -> FraudCheck:
        """Poll ``get`` until the FraudCheck reaches a final state; return it.

        The client's clock and sleep are used, so a sandbox with a frozen clock is waited
        for in sandbox time.

        Args:
            id: ``id`` of the FraudCheck.
            timeout: Give up after this many seconds.
            poll_interval: Seconds between two reads.
            on_progress: Called with every state read.

        Raises:
            WaitTimeoutError: Not final within ``timeout`` seconds.

        """
        return await self._runtime.wait(
            lambda: self.get(id),
            "fraud_check_finished",
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )

    async def delete(self, id: str) -> None:
        """Delete a fraud check.

        Args:
            id: ``id``. The fraud check's UUID.
        """
        return await self._runtime.call(
            _DELETE, f"/fraud-checks/{_segment(id, 'id')}", None, None
        )
