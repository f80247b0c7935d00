"""``client.groups``: Contact groups (mailing lists) with up to five custom columns.

Generated from spec/lox24.yaml by scripts/codegen_resources.py; do not edit."""

from __future__ import annotations

from collections.abc import (
    Mapping,
)
from functools import cached_property
from typing import Any, overload

from lox24._pagination import AsyncPager, Page, SyncPager
from lox24._runtime import AsyncRuntime, Endpoint, RawResponse, SyncRuntime
from lox24._runtime import body as _body
from lox24._runtime import path_segment as _segment
from lox24._runtime import query as _query
from lox24._runtime import with_overload_signature as _overload_signature

from ..models.group import Group
from ..models.group_write import GroupWrite

_LIST: Endpoint[Group] = Endpoint(
    "GET", "groups.list", parse=Group.from_dict, kind="collection"
)
_CREATE: Endpoint[Group] = Endpoint("POST", "groups.create", parse=Group.from_dict)
_GET: Endpoint[Group] = Endpoint("GET", "groups.get", parse=Group.from_dict)
_UPDATE: Endpoint[Group] = Endpoint("PUT", "groups.update", parse=Group.from_dict)
_DELETE: Endpoint[None] = Endpoint("DELETE", "groups.delete", kind="empty")
_EXPORT_CSV: Endpoint[str] = Endpoint("GET", "groups.export_csv", kind="text")


class GroupsResourceWithRawResponse:
    """``client.groups``, answering whole responses: Contact groups (mailing lists) with up to five custom columns."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(self, *, page: int | None = None) -> RawResponse[Page[Group]]:
        """List the contact groups.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.page_raw(_LIST, "/groups", _query((("page", page),)))

    def count(self) -> RawResponse[int]:
        """How many Group items ``list`` iterates.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Returns:
            The whole response, with the count in ``parsed``.
        """
        return self._runtime.count_raw(_LIST, "/groups", None)

    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = None,
        name_a: str | None = None,
        name_b: str | None = None,
        name_c: str | None = None,
        name_d: str | None = None,
        name_e: str | None = None,
        phones: Mapping[str, Any] | None = None,
    ) -> RawResponse[Group]: ...
    @overload
    def create(self, *, body: GroupWrite | Mapping[str, Any]) -> RawResponse[Group]: ...
    @_overload_signature
    def create(
        self,
        *,
        body: GroupWrite | Mapping[str, Any] | None = None,
        name: str | None = None,
        description: str | None = None,
        name_a: str | None = None,
        name_b: str | None = None,
        name_c: str | None = None,
        name_d: str | None = None,
        name_e: str | None = None,
        phones: Mapping[str, Any] | None = None,
    ) -> RawResponse[Group]:
        """Create a group, optionally with its first phones.

        Args:
            body: The whole body as a GroupWrite (or a mapping), instead of the fields.
            name: See the API reference.
            description: See the API reference.
            name_a: The name of one of the five custom columns of a group's phones.
            name_b: The name of one of the five custom columns of a group's phones.
            name_c: The name of one of the five custom columns of a group's phones.
            name_d: The name of one of the five custom columns of a group's phones.
            name_e: The name of one of the five custom columns of a group's phones.
            phones: Phones to create together with the group, keyed by any label of yours.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _CREATE,
            "/groups",
            None,
            _body(
                body,
                (
                    ("name", name),
                    ("description", description),
                    ("name_a", name_a),
                    ("name_b", name_b),
                    ("name_c", name_c),
                    ("name_d", name_d),
                    ("name_e", name_e),
                    ("phones", phones),
                ),
                required=("name",),
                times=(),
                name="groups.create",
            ),
        )

    def get(self, id: int) -> RawResponse[Group]:
        """Read one group.

        Args:
            id: ``id``. The group's numeric id.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(_GET, f"/groups/{_segment(id, 'id')}", None, None)

    @overload
    def update(
        self,
        id: int,
        *,
        name: str,
        description: str | None = None,
        name_a: str | None = None,
        name_b: str | None = None,
        name_c: str | None = None,
        name_d: str | None = None,
        name_e: str | None = None,
        phones: Mapping[str, Any] | None = None,
    ) -> RawResponse[Group]: ...
    @overload
    def update(
        self, id: int, *, body: GroupWrite | Mapping[str, Any]
    ) -> RawResponse[Group]: ...
    @_overload_signature
    def update(
        self,
        id: int,
        *,
        body: GroupWrite | Mapping[str, Any] | None = None,
        name: str | None = None,
        description: str | None = None,
        name_a: str | None = None,
        name_b: str | None = None,
        name_c: str | None = None,
        name_d: str | None = None,
        name_e: str | None = None,
        phones: Mapping[str, Any] | None = None,
    ) -> RawResponse[Group]:
        """Rename a group or change its description and column names.

        Args:
            id: ``id``. The group's numeric id.
            body: The whole body as a GroupWrite (or a mapping), instead of the fields.
            name: See the API reference.
            description: See the API reference.
            name_a: The name of one of the five custom columns of a group's phones.
            name_b: The name of one of the five custom columns of a group's phones.
            name_c: The name of one of the five custom columns of a group's phones.
            name_d: The name of one of the five custom columns of a group's phones.
            name_e: The name of one of the five custom columns of a group's phones.
            phones: Phones to create together with the group, keyed by any label of yours.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _UPDATE,
            f"/groups/{_segment(id, 'id')}",
            None,
            _body(
                body,
                (
                    ("name", name),
                    ("description", description),
                    ("name_a", name_a),
                    ("name_b", name_b),
                    ("name_c", name_c),
                    ("name_d", name_d),
                    ("name_e", name_e),
                    ("phones", phones),
                ),
                required=("name",),
                times=(),
                name="groups.update",
            ),
        )

    def delete(self, id: int) -> RawResponse[None]:
        """Delete a group together with all of its phones.

        Args:
            id: ``id``. The group's numeric id.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _DELETE, f"/groups/{_segment(id, 'id')}", None, None
        )

    def export_csv(self, id: int) -> RawResponse[str]:
        """Export the phones of a group as CSV.

        One header line, then one line per phone. The header is `id`, `phone`, the five column
        names of the group (a column without a name is called `col_A` … `col_E`) and
        `callback_data`. (The official document attaches the group schema to this response; the
        body is CSV text.)

        Args:
            id: ``id``. The group's numeric id.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _EXPORT_CSV, f"/groups/{_segment(id, 'id')}/file/csv", None, None
        )


class GroupsResource:
    """``client.groups``: Contact groups (mailing lists) with up to five custom columns."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> GroupsResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return GroupsResourceWithRawResponse(self._runtime)

    def list(self, *, page: int | None = None) -> SyncPager[Group]:
        """List the contact groups.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(_LIST, "/groups", _query((("page", page),)))

    def count(self) -> int:
        """How many Group items ``list`` iterates.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Returns:
            The number of items, whatever the page size.
        """
        return self._runtime.count(_LIST, "/groups", None)

    @overload
    def create(
        self,
        *,
        name: str,
        description: str | None = None,
        name_a: str | None = None,
        name_b: str | None = None,
        name_c: str | None = None,
        name_d: str | None = None,
        name_e: str | None = None,
        phones: Mapping[str, Any] | None = None,
    ) -> Group: ...
    @overload
    def create(self, *, body: GroupWrite | Mapping[str, Any]) -> Group: ...
    @_overload_signature
    def create(
        self,
        *,
        body: GroupWrite | Mapping[str, Any] | None = None,
        name: str | None = None,
        description: str | None = None,
        name_a: str | None = None,
        name_b: str | None = None,
        name_c: str | None = None,
        name_d: str | None = None,
        name_e: str | None = None,
        phones: Mapping[str, Any] | None = None,
    ) -> Group:
        """Create a group, optionally with its first phones.

        Args:
            body: The whole body as a GroupWrite (or a mapping), instead of the fields.
            name: See the API reference.
            description: See the API reference.
            name_a: The name of one of the five custom columns of a group's phones.
            name_b: The name of one of the five custom columns of a group's phones.
            name_c: The name of one of the five custom columns of a group's phones.
            name_d: The name of one of the five custom columns of a group's phones.
            name_e: The name of one of the five custom columns of a group's phones.
            phones: Phones to create together with the group, keyed by any label of yours.
        """
        return self._runtime.call(
            _CREATE,
            "/groups",
            None,
            _body(
                body,
                (
                    ("name", name),
                    ("description", description),
                    ("name_a", name_a),
                    ("name_b", name_b),
                    ("name_c", name_c),
                    ("name_d", name_d),
                    ("name_e", name_e),
                    ("phones", phones),
                ),
                required=("name",),
                times=(),
                name="groups.create",
            ),
        )

    def get(self, id: int) -> Group:
        """Read one group.

        Args:
            id: ``id``. The group's numeric id.
        """
        return self._runtime.call(_GET, f"/groups/{_segment(id, 'id')}", None, None)

    @overload
    def update(
        self,
        id: int,
        *,
        name: str,
        description: str | None = None,
        name_a: str | None = None,
        name_b: str | None = None,
        name_c: str | None = None,
        name_d: str | None = None,
        name_e: str | None = None,
        phones: Mapping[str, Any] | None = None,
    ) -> Group: ...
    @overload
    def update(self, id: int, *, body: GroupWrite | Mapping[str, Any]) -> Group: ...
    @_overload_signature
    def update(
        self,
        id: int,
        *,
        body: GroupWrite | Mapping[str, Any] | None = None,
        name: str | None = None,
        description: str | None = None,
        name_a: str | None = None,
        name_b: str | None = None,
        name_c: str | None = None,
        name_d: str | None = None,
        name_e: str | None = None,
        phones: Mapping[str, Any] | None = None,
    ) -> Group:
        """Rename a group or change its description and column names.

        Args:
            id: ``id``. The group's numeric id.
            body: The whole body as a GroupWrite (or a mapping), instead of the fields.
            name: See the API reference.
            description: See the API reference.
            name_a: The name of one of the five custom columns of a group's phones.
            name_b: The name of one of the five custom columns of a group's phones.
            name_c: The name of one of the five custom columns of a group's phones.
            name_d: The name of one of the five custom columns of a group's phones.
            name_e: The name of one of the five custom columns of a group's phones.
            phones: Phones to create together with the group, keyed by any label of yours.
        """
        return self._runtime.call(
            _UPDATE,
            f"/groups/{_segment(id, 'id')}",
            None,
            _body(
                body,
                (
                    ("name", name),
                    ("description", description),
                    ("name_a", name_a),
                    ("name_b", name_b),
                    ("name_c", name_c),
                    ("name_d", name_d),
                    ("name_e", name_e),
                    ("phones", phones),
                ),
                required=("name",),
                times=(),
                name="groups.update",
            ),
        )

    def delete(self, id: int) -> None:
        """Delete a group together with all of its phones.

        Args:
            id: ``id``. The group's numeric id.
        """
        return self._runtime.call(_DELETE, f"/groups/{_segment(id, 'id')}", None, None)

    def export_csv(self, id: int) -> str:
        """Export the phones of a group as CSV.

        One header line, then one line per phone. The header is `id`, `phone`, the five column
        names of the group (a column without a name is called `col_A` … `col_E`) and
        `callback_data`. (The official document attaches the group schema to this response; the
        body is CSV text.)

        Args:
            id: ``id``. The group's numeric id.
        """
        return self._runtime.call(
            _EXPORT_CSV, f"/groups/{_segment(id, 'id')}/file/csv", None, None
        )


class AsyncGroupsResourceWithRawResponse:
    """``client.groups`` of an AsyncClient, answering whole responses: Contact groups (mailing lists) with up to five custom columns."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(self, *, page: int | None = None) -> RawResponse[Page[Group]]:
        """List the contact groups.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.page_raw(_LIST, "/groups", _query((("page", page),)))

    async def count(self) -> RawResponse[int]:
        """How many Group items ``list`` iterates.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Returns:
            The whole response, with the count in ``parsed``.
        """
        return await self._runtime.count_raw(_LIST, "/groups", None)

    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = None,
        name_a: str | None = None,
        name_b: str | None = None,
        name_c: str | None = None,
        name_d: str | None = None,
        name_e: str | None = None,
        phones: Mapping[str, Any] | None = None,
    ) -> RawResponse[Group]: ...
    @overload
    async def create(
        self, *, body: GroupWrite | Mapping[str, Any]
    ) -> RawResponse[Group]: ...
    @_overload_signature
    async def create(
        self,
        *,
        body: GroupWrite | Mapping[str, Any] | None = None,
        name: str | None = None,
        description: str | None = None,
        name_a: str | None = None,
        name_b: str | None = None,
        name_c: str | None = None,
        name_d: str | None = None,
        name_e: str | None = None,
        phones: Mapping[str, Any] | None = None,
    ) -> RawResponse[Group]:
        """Create a group, optionally with its first phones.

        Args:
            body: The whole body as a GroupWrite (or a mapping), instead of the fields.
            name: See the API reference.
            description: See the API reference.
            name_a: The name of one of the five custom columns of a group's phones.
            name_b: The name of one of the five custom columns of a group's phones.
            name_c: The name of one of the five custom columns of a group's phones.
            name_d: The name of one of the five custom columns of a group's phones.
            name_e: The name of one of the five custom columns of a group's phones.
            phones: Phones to create together with the group, keyed by any label of yours.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _CREATE,
            "/groups",
            None,
            _body(
                body,
                (
                    ("name", name),
                    ("description", description),
                    ("name_a", name_a),
                    ("name_b", name_b),
                    ("name_c", name_c),
                    ("name_d", name_d),
                    ("name_e", name_e),
                    ("phones", phones),
                ),
                required=("name",),
                times=(),
                name="groups.create",
            ),
        )

    async def get(self, id: int) -> RawResponse[Group]:
        """Read one group.

        Args:
            id: ``id``. The group's numeric id.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _GET, f"/groups/{_segment(id, 'id')}", None, None
        )

    @overload
    async def update(
        self,
        id: int,
        *,
        name: str,
        description: str | None = None,
        name_a: str | None = None,
        name_b: str | None = None,
        name_c: str | None = None,
        name_d: str | None = None,
        name_e: str | None = None,
        phones: Mapping[str, Any] | None = None,
    ) -> RawResponse[Group]: ...
    @overload
    async def update(
        self, id: int, *, body: GroupWrite | Mapping[str, Any]
    ) -> RawResponse[Group]: ...
    @_overload_signature
    async def update(
        self,
        id: int,
        *,
        body: GroupWrite | Mapping[str, Any] | None = None,
        name: str | None = None,
        description: str | None = None,
        name_a: str | None = None,
        name_b: str | None = None,
        name_c: str | None = None,
        name_d: str | None = None,
        name_e: str | None = None,
        phones: Mapping[str, Any] | None = None,
    ) -> RawResponse[Group]:
        """Rename a group or change its description and column names.

        Args:
            id: ``id``. The group's numeric id.
            body: The whole body as a GroupWrite (or a mapping), instead of the fields.
            name: See the API reference.
            description: See the API reference.
            name_a: The name of one of the five custom columns of a group's phones.
            name_b: The name of one of the five custom columns of a group's phones.
            name_c: The name of one of the five custom columns of a group's phones.
            name_d: The name of one of the five custom columns of a group's phones.
            name_e: The name of one of the five custom columns of a group's phones.
            phones: Phones to create together with the group, keyed by any label of yours.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _UPDATE,
            f"/groups/{_segment(id, 'id')}",
            None,
            _body(
                body,
                (
                    ("name", name),
                    ("description", description),
                    ("name_a", name_a),
                    ("name_b", name_b),
                    ("name_c", name_c),
                    ("name_d", name_d),
                    ("name_e", name_e),
                    ("phones", phones),
                ),
                required=("name",),
                times=(),
                name="groups.update",
            ),
        )

    async def delete(self, id: int) -> RawResponse[None]:
        """Delete a group together with all of its phones.

        Args:
            id: ``id``. The group's numeric id.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _DELETE, f"/groups/{_segment(id, 'id')}", None, None
        )

    async def export_csv(self, id: int) -> RawResponse[str]:
        """Export the phones of a group as CSV.

        One header line, then one line per phone. The header is `id`, `phone`, the five column
        names of the group (a column without a name is called `col_A` … `col_E`) and
        `callback_data`. (The official document attaches the group schema to this response; the
        body is CSV text.)

        Args:
            id: ``id``. The group's numeric id.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _EXPORT_CSV, f"/groups/{_segment(id, 'id')}/file/csv", None, None
        )


class AsyncGroupsResource:
    """``client.groups`` of an AsyncClient: Contact groups (mailing lists) with up to five custom columns."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncGroupsResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return AsyncGroupsResourceWithRawResponse(self._runtime)

    def list(self, *, page: int | None = None) -> AsyncPager[Group]:
        """List the contact groups.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(_LIST, "/groups", _query((("page", page),)))

    async def count(self) -> int:
        """How many Group items ``list`` iterates.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Returns:
            The number of items, whatever the page size.
        """
        return await self._runtime.count(_LIST, "/groups", None)

    @overload
    async def create(
        self,
        *,
        name: str,
        description: str | None = None,
        name_a: str | None = None,
        name_b: str | None = None,
        name_c: str | None = None,
        name_d: str | None = None,
        name_e: str | None = None,
        phones: Mapping[str, Any] | None = None,
    ) -> Group: ...
    @overload
    async def create(self, *, body: GroupWrite | Mapping[str, Any]) -> Group: ...
    @_overload_signature
    async def create(
        self,
        *,
        body: GroupWrite | Mapping[str, Any] | None = None,
        name: str | None = None,
        description: str | None = None,
        name_a: str | None = None,
        name_b: str | None = None,
        name_c: str | None = None,
        name_d: str | None = None,
        name_e: str | None = None,
        phones: Mapping[str, Any] | None = None,
    ) -> Group:
        """Create a group, optionally with its first phones.

        Args:
            body: The whole body as a GroupWrite (or a mapping), instead of the fields.
            name: See the API reference.
            description: See the API reference.
            name_a: The name of one of the five custom columns of a group's phones.
            name_b: The name of one of the five custom columns of a group's phones.
            name_c: The name of one of the five custom columns of a group's phones.
            name_d: The name of one of the five custom columns of a group's phones.
            name_e: The name of one of the five custom columns of a group's phones.
            phones: Phones to create together with the group, keyed by any label of yours.
        """
        return await self._runtime.call(
            _CREATE,
            "/groups",
            None,
            _body(
                body,
                (
                    ("name", name),
                    ("description", description),
                    ("name_a", name_a),
                    ("name_b", name_b),
                    ("name_c", name_c),
                    ("name_d", name_d),
                    ("name_e", name_e),
                    ("phones", phones),
                ),
                required=("name",),
                times=(),
                name="groups.create",
            ),
        )

    async def get(self, id: int) -> Group:
        """Read one group.

        Args:
            id: ``id``. The group's numeric id.
        """
        return await self._runtime.call(
            _GET, f"/groups/{_segment(id, 'id')}", None, None
        )

    @overload
    async def update(
        self,
        id: int,
        *,
        name: str,
        description: str | None = None,
        name_a: str | None = None,
        name_b: str | None = None,
        name_c: str | None = None,
        name_d: str | None = None,
        name_e: str | None = None,
        phones: Mapping[str, Any] | None = None,
    ) -> Group: ...
    @overload
    async def update(
        self, id: int, *, body: GroupWrite | Mapping[str, Any]
    ) -> Group: ...
    @_overload_signature
    async def update(
        self,
        id: int,
        *,
        body: GroupWrite | Mapping[str, Any] | None = None,
        name: str | None = None,
        description: str | None = None,
        name_a: str | None = None,
        name_b: str | None = None,
        name_c: str | None = None,
        name_d: str | None = None,
        name_e: str | None = None,
        phones: Mapping[str, Any] | None = None,
    ) -> Group:
        """Rename a group or change its description and column names.

        Args:
            id: ``id``. The group's numeric id.
            body: The whole body as a GroupWrite (or a mapping), instead of the fields.
            name: See the API reference.
            description: See the API reference.
            name_a: The name of one of the five custom columns of a group's phones.
            name_b: The name of one of the five custom columns of a group's phones.
            name_c: The name of one of the five custom columns of a group's phones.
            name_d: The name of one of the five custom columns of a group's phones.
            name_e: The name of one of the five custom columns of a group's phones.
            phones: Phones to create together with the group, keyed by any label of yours.
        """
        return await self._runtime.call(
            _UPDATE,
            f"/groups/{_segment(id, 'id')}",
            None,
            _body(
                body,
                (
                    ("name", name),
                    ("description", description),
                    ("name_a", name_a),
                    ("name_b", name_b),
                    ("name_c", name_c),
                    ("name_d", name_d),
                    ("name_e", name_e),
                    ("phones", phones),
                ),
                required=("name",),
                times=(),
                name="groups.update",
            ),
        )

    async def delete(self, id: int) -> None:
        """Delete a group together with all of its phones.

        Args:
            id: ``id``. The group's numeric id.
        """
        return await self._runtime.call(
            _DELETE, f"/groups/{_segment(id, 'id')}", None, None
        )

    async def export_csv(self, id: int) -> str:
        """Export the phones of a group as CSV.

        One header line, then one line per phone. The header is `id`, `phone`, the five column
        names of the group (a column without a name is called `col_A` … `col_E`) and
        `callback_data`. (The official document attaches the group schema to this response; the
        body is CSV text.)

        Args:
            id: ``id``. The group's numeric id.
        """
        return await self._runtime.call(
            _EXPORT_CSV, f"/groups/{_segment(id, 'id')}/file/csv", None, None
        )
