"""``client.campaigns``: Short-link campaigns, including subscription and unsubscription forms.

Generated from spec/lox24.yaml by scripts/codegen_resources.py; do not edit."""

from __future__ import annotations

from collections.abc import (
    Mapping,
    Sequence,
)
from datetime import datetime
from functools import cached_property
from typing import Any, Literal, overload

from lox24._pagination import AsyncPager, Page, SyncPager
from lox24._runtime import AsyncRuntime, Endpoint, RawResponse, SyncRuntime
from lox24._runtime import body as _body
from lox24._runtime import path_segment as _segment
from lox24._runtime import query as _query
from lox24._runtime import with_overload_signature as _overload_signature

from ..models.campaign import Campaign
from ..models.campaign_type import CampaignType
from ..models.campaign_write import CampaignWrite
from ..models.ordering import Ordering
from ..models.short_link import ShortLink
from ..models.short_link_request import ShortLinkRequest
from ..models.subscribe_campaign_write import SubscribeCampaignWrite

_LIST: Endpoint[Campaign] = Endpoint(
    "GET", "campaigns.list", parse=Campaign.from_dict, kind="collection"
)
_CREATE: Endpoint[Campaign] = Endpoint(
    "POST", "campaigns.create", parse=Campaign.from_dict
)
_CREATE_SUBSCRIBE: Endpoint[Campaign] = Endpoint(
    "POST", "campaigns.create_subscribe", parse=Campaign.from_dict
)
_CREATE_UNSUBSCRIBE: Endpoint[Campaign] = Endpoint(
    "POST", "campaigns.create_unsubscribe", parse=Campaign.from_dict
)
_GET: Endpoint[Campaign] = Endpoint("GET", "campaigns.get", parse=Campaign.from_dict)
_UPDATE: Endpoint[Campaign] = Endpoint(
    "PUT", "campaigns.update", parse=Campaign.from_dict
)
_DELETE: Endpoint[None] = Endpoint("DELETE", "campaigns.delete", kind="empty")
_REQUESTS: Endpoint[ShortLinkRequest] = Endpoint(
    "GET", "campaigns.requests", parse=ShortLinkRequest.from_dict, kind="collection"
)
_SHORT_LINKS: Endpoint[ShortLink] = Endpoint(
    "GET", "campaigns.short_links", parse=ShortLink.from_dict, kind="collection"
)


class CampaignsResourceWithRawResponse:
    """``client.campaigns``, answering whole responses: Short-link campaigns, including subscription and unsubscription forms."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    def list(
        self,
        *,
        page: int | None = None,
        name: str | None = None,
        url: str | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
        order_by: Mapping[Literal["created_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> RawResponse[Page[Campaign]]:
        """List short-link campaigns, newest first unless ordered otherwise.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            name: ``name``. Campaigns whose name contains this (case does not matter).
            url: ``url``. Campaigns whose destination URL contains this (case does not matter).
            created_at: ``created_at[]``. Created at any of these Unix times.
            type: ``type[]``. Campaigns of any of these types.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.page_raw(
            _LIST,
            "/short_link_campaigns",
            _query(
                (
                    ("page", page),
                    ("name", name),
                    ("url", url),
                    ("created_at[]", created_at),
                    ("type[]", type),
                ),
                order_by,
            ),
        )

    def count(
        self,
        *,
        name: str | None = None,
        url: str | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
    ) -> RawResponse[int]:
        """How many Campaign items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            name: ``name``. Campaigns whose name contains this (case does not matter).
            url: ``url``. Campaigns whose destination URL contains this (case does not matter).
            created_at: ``created_at[]``. Created at any of these Unix times.
            type: ``type[]``. Campaigns of any of these types.

        Returns:
            The whole response, with the count in ``parsed``.
        """
        return self._runtime.count_raw(
            _LIST,
            "/short_link_campaigns",
            _query(
                (
                    ("name", name),
                    ("url", url),
                    ("created_at[]", created_at),
                    ("type[]", type),
                )
            ),
        )

    @overload
    def create(
        self,
        *,
        type: CampaignType | int,
        name: str,
        url: str,
        group_id: int | None = None,
    ) -> RawResponse[Campaign]: ...
    @overload
    def create(
        self, *, body: CampaignWrite | Mapping[str, Any]
    ) -> RawResponse[Campaign]: ...
    @_overload_signature
    def create(
        self,
        *,
        body: CampaignWrite | Mapping[str, Any] | None = None,
        type: CampaignType | int | None = None,
        name: str | None = None,
        url: str | None = None,
        group_id: int | None = None,
    ) -> RawResponse[Campaign]:
        """Create a short-link campaign that redirects to a URL of yours.

        Put `[slink <code>]` into an SMS or bulk text (the code is the campaign's `id`) and
        LOX24 replaces it with a short link on the `l24.pw` domain. See `CampaignType` for the
        difference between simple and advanced campaigns.

        Args:
            body: The whole body as a CampaignWrite (or a mapping), instead of the fields.
            type: How a campaign hands out links.
                - `1`: Simple: one short link shared by every message, free of charge, clicks
                counted for the campaign as a whole. - `2`: Advanced: a short link of its own for
                every message (charged per link), so that clicks are counted per recipient.
            name: See the API reference.
            url: Where the short links lead.
            group_id: See the API reference.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _CREATE,
            "/short_link_campaigns",
            None,
            _body(
                body,
                (
                    ("type", type),
                    ("name", name),
                    ("url", url),
                    ("group_id", group_id),
                ),
                required=(
                    "type",
                    "name",
                    "url",
                ),
                times=(),
                name="campaigns.create",
            ),
        )

    @overload
    def create_subscribe(
        self, *, name: str, group_id: int
    ) -> RawResponse[Campaign]: ...
    @overload
    def create_subscribe(
        self, *, body: SubscribeCampaignWrite | Mapping[str, Any]
    ) -> RawResponse[Campaign]: ...
    @_overload_signature
    def create_subscribe(
        self,
        *,
        body: SubscribeCampaignWrite | Mapping[str, Any] | None = None,
        name: str | None = None,
        group_id: int | None = None,
    ) -> RawResponse[Campaign]:
        """Create a campaign whose link opens a form to subscribe to a group.

        Recipients who fill in the form are added to the group `group_id`, and the
        `phone.subscribe` webhook reports each of them. (The official code samples call
        `/short_link_campaigns/subscription`; the path is `/short_link_campaigns/subscribe`.)

        Args:
            body: The whole body as a SubscribeCampaignWrite (or a mapping), instead of the
                fields.
            name: See the API reference.
            group_id: The group that subscribers join (or, for an unsubscription campaign, the
                group concerned).

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _CREATE_SUBSCRIBE,
            "/short_link_campaigns/subscribe",
            None,
            _body(
                body,
                (
                    ("name", name),
                    ("group_id", group_id),
                ),
                required=(
                    "name",
                    "group_id",
                ),
                times=(),
                name="campaigns.create_subscribe",
            ),
        )

    @overload
    def create_unsubscribe(
        self, *, name: str, group_id: int
    ) -> RawResponse[Campaign]: ...
    @overload
    def create_unsubscribe(
        self, *, body: SubscribeCampaignWrite | Mapping[str, Any]
    ) -> RawResponse[Campaign]: ...
    @_overload_signature
    def create_unsubscribe(
        self,
        *,
        body: SubscribeCampaignWrite | Mapping[str, Any] | None = None,
        name: str | None = None,
        group_id: int | None = None,
    ) -> RawResponse[Campaign]:
        """Create a campaign whose link opens a form to unsubscribe.

        Recipients who fill in the form are blocked for this account (they appear among the
        blocked numbers with type 2), and the `phone.unsubscribe` webhook reports each of them
        with the reason they gave. The group is described as optional for this kind of campaign,
        but the body schema still requires the `group_id` key (it may be null). (The official
        code samples call `/short_link_campaigns/unsubscription`; the path is
        `/short_link_campaigns/unsubscribe`.)

        Args:
            body: The whole body as a SubscribeCampaignWrite (or a mapping), instead of the
                fields.
            name: See the API reference.
            group_id: The group that subscribers join (or, for an unsubscription campaign, the
                group concerned).

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _CREATE_UNSUBSCRIBE,
            "/short_link_campaigns/unsubscribe",
            None,
            _body(
                body,
                (
                    ("name", name),
                    ("group_id", group_id),
                ),
                required=(
                    "name",
                    "group_id",
                ),
                times=(),
                name="campaigns.create_unsubscribe",
            ),
        )

    def get(self, code: str) -> RawResponse[Campaign]:
        """Read one short-link campaign.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _GET, f"/short_link_campaigns/{_segment(code, 'code')}", None, None
        )

    @overload
    def update(
        self,
        code: str,
        *,
        type: CampaignType | int,
        name: str,
        url: str,
        group_id: int | None = None,
    ) -> RawResponse[Campaign]: ...
    @overload
    def update(
        self, code: str, *, body: CampaignWrite | Mapping[str, Any]
    ) -> RawResponse[Campaign]: ...
    @_overload_signature
    def update(
        self,
        code: str,
        *,
        body: CampaignWrite | Mapping[str, Any] | None = None,
        type: CampaignType | int | None = None,
        name: str | None = None,
        url: str | None = None,
        group_id: int | None = None,
    ) -> RawResponse[Campaign]:
        """Change a campaign's type, name, destination URL or group.

        The official document declares neither 400 nor 422 for this operation.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.
            body: The whole body as a CampaignWrite (or a mapping), instead of the fields.
            type: How a campaign hands out links.
                - `1`: Simple: one short link shared by every message, free of charge, clicks
                counted for the campaign as a whole. - `2`: Advanced: a short link of its own for
                every message (charged per link), so that clicks are counted per recipient.
            name: See the API reference.
            url: Where the short links lead.
            group_id: See the API reference.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _UPDATE,
            f"/short_link_campaigns/{_segment(code, 'code')}",
            None,
            _body(
                body,
                (
                    ("type", type),
                    ("name", name),
                    ("url", url),
                    ("group_id", group_id),
                ),
                required=(
                    "type",
                    "name",
                    "url",
                ),
                times=(),
                name="campaigns.update",
            ),
        )

    def delete(self, code: str) -> RawResponse[None]:
        """Delete a short-link campaign.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.call_raw(
            _DELETE, f"/short_link_campaigns/{_segment(code, 'code')}", None, None
        )

    def requests(
        self,
        code: str,
        *,
        page: int | None = None,
        ip: str | None = None,
        url: str | None = None,
        user_agent: str | None = None,
        country: str | Sequence[str] | None = None,
        referer: str | None = None,
        date: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
        browser: str | None = None,
        os: str | None = None,
        os_version: str | None = None,
        software_type: str | None = None,
        hardware_type: str | None = None,
        date_between: str | tuple[int, int] | None = None,
        date_gt: int | datetime | None = None,
        date_gte: int | datetime | None = None,
        date_lt: int | datetime | None = None,
        date_lte: int | datetime | None = None,
        order_by: Mapping[Literal["date"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> RawResponse[Page[ShortLinkRequest]]:
        """List the clicks on the short links of one campaign.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.
            page: ``page``. The page of the collection to return, starting at 1.
            ip: ``ip``. Clicks from an IP address that contains this.
            url: ``url``. Clicks that were redirected to a URL that contains this.
            user_agent: ``user_agent``. Clicks whose user agent contains this.
            country: ``country[]``. Clicks from any of these countries.
            referer: ``referer``. Clicks whose referer contains this.
            date: ``date[]``. Clicks at any of these Unix times.
            type: ``type[]``. Clicks of any of these types.
            browser: ``browser``. Clicks from a browser whose name contains this.
            os: ``os``. Clicks from an operating system whose name contains this.
            os_version: ``os_version``. Clicks from an operating system whose version contains
                this.
            software_type: ``software_type``. Clicks from software whose kind contains this.
            hardware_type: ``hardware_type``. Clicks from hardware whose kind contains this.
            date_between: ``date[between]``. Clicks within `<from>..<to>` (Unix times, both
                included).
            date_gt: ``date[gt]``. Clicks after this Unix time.
            date_gte: ``date[gte]``. Clicks at or after this Unix time.
            date_lt: ``date[lt]``. Clicks before this Unix time.
            date_lte: ``date[lte]``. Clicks at or before this Unix time.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.page_raw(
            _REQUESTS,
            f"/short_link_campaigns/{_segment(code, 'code')}/requests",
            _query(
                (
                    ("page", page),
                    ("ip", ip),
                    ("url", url),
                    ("user_agent", user_agent),
                    ("country[]", country),
                    ("referer", referer),
                    ("date[]", date),
                    ("type[]", type),
                    ("browser", browser),
                    ("os", os),
                    ("os_version", os_version),
                    ("software_type", software_type),
                    ("hardware_type", hardware_type),
                    ("date[between]", date_between),
                    ("date[gt]", date_gt),
                    ("date[gte]", date_gte),
                    ("date[lt]", date_lt),
                    ("date[lte]", date_lte),
                ),
                order_by,
            ),
        )

    def short_links(self, code: str) -> RawResponse[Page[ShortLink]]:
        """List the short links a campaign has handed out.

        A simple campaign has one short link for all messages, an advanced one a link per
        message. The official document declares no paging parameter here, and names the
        operation as if it returned one item; it returns a collection.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return self._runtime.page_raw(
            _SHORT_LINKS,
            f"/short_link_campaigns/{_segment(code, 'code')}/short_links",
            None,
        )


class CampaignsResource:
    """``client.campaigns``: Short-link campaigns, including subscription and unsubscription forms."""

    def __init__(self, runtime: SyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> CampaignsResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return CampaignsResourceWithRawResponse(self._runtime)

    def list(
        self,
        *,
        page: int | None = None,
        name: str | None = None,
        url: str | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
        order_by: Mapping[Literal["created_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> SyncPager[Campaign]:
        """List short-link campaigns, newest first unless ordered otherwise.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            name: ``name``. Campaigns whose name contains this (case does not matter).
            url: ``url``. Campaigns whose destination URL contains this (case does not matter).
            created_at: ``created_at[]``. Created at any of these Unix times.
            type: ``type[]``. Campaigns of any of these types.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST,
            "/short_link_campaigns",
            _query(
                (
                    ("page", page),
                    ("name", name),
                    ("url", url),
                    ("created_at[]", created_at),
                    ("type[]", type),
                ),
                order_by,
            ),
        )

    def count(
        self,
        *,
        name: str | None = None,
        url: str | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
    ) -> int:
        """How many Campaign items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            name: ``name``. Campaigns whose name contains this (case does not matter).
            url: ``url``. Campaigns whose destination URL contains this (case does not matter).
            created_at: ``created_at[]``. Created at any of these Unix times.
            type: ``type[]``. Campaigns of any of these types.

        Returns:
            The number of items, whatever the page size.
        """
        return self._runtime.count(
            _LIST,
            "/short_link_campaigns",
            _query(
                (
                    ("name", name),
                    ("url", url),
                    ("created_at[]", created_at),
                    ("type[]", type),
                )
            ),
        )

    @overload
    def create(
        self,
        *,
        type: CampaignType | int,
        name: str,
        url: str,
        group_id: int | None = None,
    ) -> Campaign: ...
    @overload
    def create(self, *, body: CampaignWrite | Mapping[str, Any]) -> Campaign: ...
    @_overload_signature
    def create(
        self,
        *,
        body: CampaignWrite | Mapping[str, Any] | None = None,
        type: CampaignType | int | None = None,
        name: str | None = None,
        url: str | None = None,
        group_id: int | None = None,
    ) -> Campaign:
        """Create a short-link campaign that redirects to a URL of yours.

        Put `[slink <code>]` into an SMS or bulk text (the code is the campaign's `id`) and
        LOX24 replaces it with a short link on the `l24.pw` domain. See `CampaignType` for the
        difference between simple and advanced campaigns.

        Args:
            body: The whole body as a CampaignWrite (or a mapping), instead of the fields.
            type: How a campaign hands out links.
                - `1`: Simple: one short link shared by every message, free of charge, clicks
                counted for the campaign as a whole. - `2`: Advanced: a short link of its own for
                every message (charged per link), so that clicks are counted per recipient.
            name: See the API reference.
            url: Where the short links lead.
            group_id: See the API reference.
        """
        return self._runtime.call(
            _CREATE,
            "/short_link_campaigns",
            None,
            _body(
                body,
                (
                    ("type", type),
                    ("name", name),
                    ("url", url),
                    ("group_id", group_id),
                ),
                required=(
                    "type",
                    "name",
                    "url",
                ),
                times=(),
                name="campaigns.create",
            ),
        )

    @overload
    def create_subscribe(self, *, name: str, group_id: int) -> Campaign: ...
    @overload
    def create_subscribe(
        self, *, body: SubscribeCampaignWrite | Mapping[str, Any]
    ) -> Campaign: ...
    @_overload_signature
    def create_subscribe(
        self,
        *,
        body: SubscribeCampaignWrite | Mapping[str, Any] | None = None,
        name: str | None = None,
        group_id: int | None = None,
    ) -> Campaign:
        """Create a campaign whose link opens a form to subscribe to a group.

        Recipients who fill in the form are added to the group `group_id`, and the
        `phone.subscribe` webhook reports each of them. (The official code samples call
        `/short_link_campaigns/subscription`; the path is `/short_link_campaigns/subscribe`.)

        Args:
            body: The whole body as a SubscribeCampaignWrite (or a mapping), instead of the
                fields.
            name: See the API reference.
            group_id: The group that subscribers join (or, for an unsubscription campaign, the
                group concerned).
        """
        return self._runtime.call(
            _CREATE_SUBSCRIBE,
            "/short_link_campaigns/subscribe",
            None,
            _body(
                body,
                (
                    ("name", name),
                    ("group_id", group_id),
                ),
                required=(
                    "name",
                    "group_id",
                ),
                times=(),
                name="campaigns.create_subscribe",
            ),
        )

    @overload
    def create_unsubscribe(self, *, name: str, group_id: int) -> Campaign: ...
    @overload
    def create_unsubscribe(
        self, *, body: SubscribeCampaignWrite | Mapping[str, Any]
    ) -> Campaign: ...
    @_overload_signature
    def create_unsubscribe(
        self,
        *,
        body: SubscribeCampaignWrite | Mapping[str, Any] | None = None,
        name: str | None = None,
        group_id: int | None = None,
    ) -> Campaign:
        """Create a campaign whose link opens a form to unsubscribe.

        Recipients who fill in the form are blocked for this account (they appear among the
        blocked numbers with type 2), and the `phone.unsubscribe` webhook reports each of them
        with the reason they gave. The group is described as optional for this kind of campaign,
        but the body schema still requires the `group_id` key (it may be null). (The official
        code samples call `/short_link_campaigns/unsubscription`; the path is
        `/short_link_campaigns/unsubscribe`.)

        Args:
            body: The whole body as a SubscribeCampaignWrite (or a mapping), instead of the
                fields.
            name: See the API reference.
            group_id: The group that subscribers join (or, for an unsubscription campaign, the
                group concerned).
        """
        return self._runtime.call(
            _CREATE_UNSUBSCRIBE,
            "/short_link_campaigns/unsubscribe",
            None,
            _body(
                body,
                (
                    ("name", name),
                    ("group_id", group_id),
                ),
                required=(
                    "name",
                    "group_id",
                ),
                times=(),
                name="campaigns.create_unsubscribe",
            ),
        )

    def get(self, code: str) -> Campaign:
        """Read one short-link campaign.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.
        """
        return self._runtime.call(
            _GET, f"/short_link_campaigns/{_segment(code, 'code')}", None, None
        )

    @overload
    def update(
        self,
        code: str,
        *,
        type: CampaignType | int,
        name: str,
        url: str,
        group_id: int | None = None,
    ) -> Campaign: ...
    @overload
    def update(
        self, code: str, *, body: CampaignWrite | Mapping[str, Any]
    ) -> Campaign: ...
    @_overload_signature
    def update(
        self,
        code: str,
        *,
        body: CampaignWrite | Mapping[str, Any] | None = None,
        type: CampaignType | int | None = None,
        name: str | None = None,
        url: str | None = None,
        group_id: int | None = None,
    ) -> Campaign:
        """Change a campaign's type, name, destination URL or group.

        The official document declares neither 400 nor 422 for this operation.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.
            body: The whole body as a CampaignWrite (or a mapping), instead of the fields.
            type: How a campaign hands out links.
                - `1`: Simple: one short link shared by every message, free of charge, clicks
                counted for the campaign as a whole. - `2`: Advanced: a short link of its own for
                every message (charged per link), so that clicks are counted per recipient.
            name: See the API reference.
            url: Where the short links lead.
            group_id: See the API reference.
        """
        return self._runtime.call(
            _UPDATE,
            f"/short_link_campaigns/{_segment(code, 'code')}",
            None,
            _body(
                body,
                (
                    ("type", type),
                    ("name", name),
                    ("url", url),
                    ("group_id", group_id),
                ),
                required=(
                    "type",
                    "name",
                    "url",
                ),
                times=(),
                name="campaigns.update",
            ),
        )

    def delete(self, code: str) -> None:
        """Delete a short-link campaign.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.
        """
        return self._runtime.call(
            _DELETE, f"/short_link_campaigns/{_segment(code, 'code')}", None, None
        )

    def requests(
        self,
        code: str,
        *,
        page: int | None = None,
        ip: str | None = None,
        url: str | None = None,
        user_agent: str | None = None,
        country: str | Sequence[str] | None = None,
        referer: str | None = None,
        date: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
        browser: str | None = None,
        os: str | None = None,
        os_version: str | None = None,
        software_type: str | None = None,
        hardware_type: str | None = None,
        date_between: str | tuple[int, int] | None = None,
        date_gt: int | datetime | None = None,
        date_gte: int | datetime | None = None,
        date_lt: int | datetime | None = None,
        date_lte: int | datetime | None = None,
        order_by: Mapping[Literal["date"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> SyncPager[ShortLinkRequest]:
        """List the clicks on the short links of one campaign.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.
            page: ``page``. The page of the collection to return, starting at 1.
            ip: ``ip``. Clicks from an IP address that contains this.
            url: ``url``. Clicks that were redirected to a URL that contains this.
            user_agent: ``user_agent``. Clicks whose user agent contains this.
            country: ``country[]``. Clicks from any of these countries.
            referer: ``referer``. Clicks whose referer contains this.
            date: ``date[]``. Clicks at any of these Unix times.
            type: ``type[]``. Clicks of any of these types.
            browser: ``browser``. Clicks from a browser whose name contains this.
            os: ``os``. Clicks from an operating system whose name contains this.
            os_version: ``os_version``. Clicks from an operating system whose version contains
                this.
            software_type: ``software_type``. Clicks from software whose kind contains this.
            hardware_type: ``hardware_type``. Clicks from hardware whose kind contains this.
            date_between: ``date[between]``. Clicks within `<from>..<to>` (Unix times, both
                included).
            date_gt: ``date[gt]``. Clicks after this Unix time.
            date_gte: ``date[gte]``. Clicks at or after this Unix time.
            date_lt: ``date[lt]``. Clicks before this Unix time.
            date_lte: ``date[lte]``. Clicks at or before this Unix time.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _REQUESTS,
            f"/short_link_campaigns/{_segment(code, 'code')}/requests",
            _query(
                (
                    ("page", page),
                    ("ip", ip),
                    ("url", url),
                    ("user_agent", user_agent),
                    ("country[]", country),
                    ("referer", referer),
                    ("date[]", date),
                    ("type[]", type),
                    ("browser", browser),
                    ("os", os),
                    ("os_version", os_version),
                    ("software_type", software_type),
                    ("hardware_type", hardware_type),
                    ("date[between]", date_between),
                    ("date[gt]", date_gt),
                    ("date[gte]", date_gte),
                    ("date[lt]", date_lt),
                    ("date[lte]", date_lte),
                ),
                order_by,
            ),
        )

    def short_links(self, code: str) -> SyncPager[ShortLink]:
        """List the short links a campaign has handed out.

        A simple campaign has one short link for all messages, an advanced one a link per
        message. The official document declares no paging parameter here, and names the
        operation as if it returned one item; it returns a collection.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _SHORT_LINKS,
            f"/short_link_campaigns/{_segment(code, 'code')}/short_links",
            None,
        )


class AsyncCampaignsResourceWithRawResponse:
    """``client.campaigns`` of an AsyncClient, answering whole responses: Short-link campaigns, including subscription and unsubscription forms."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    async def list(
        self,
        *,
        page: int | None = None,
        name: str | None = None,
        url: str | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
        order_by: Mapping[Literal["created_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> RawResponse[Page[Campaign]]:
        """List short-link campaigns, newest first unless ordered otherwise.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            name: ``name``. Campaigns whose name contains this (case does not matter).
            url: ``url``. Campaigns whose destination URL contains this (case does not matter).
            created_at: ``created_at[]``. Created at any of these Unix times.
            type: ``type[]``. Campaigns of any of these types.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.page_raw(
            _LIST,
            "/short_link_campaigns",
            _query(
                (
                    ("page", page),
                    ("name", name),
                    ("url", url),
                    ("created_at[]", created_at),
                    ("type[]", type),
                ),
                order_by,
            ),
        )

    async def count(
        self,
        *,
        name: str | None = None,
        url: str | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
    ) -> RawResponse[int]:
        """How many Campaign items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            name: ``name``. Campaigns whose name contains this (case does not matter).
            url: ``url``. Campaigns whose destination URL contains this (case does not matter).
            created_at: ``created_at[]``. Created at any of these Unix times.
            type: ``type[]``. Campaigns of any of these types.

        Returns:
            The whole response, with the count in ``parsed``.
        """
        return await self._runtime.count_raw(
            _LIST,
            "/short_link_campaigns",
            _query(
                (
                    ("name", name),
                    ("url", url),
                    ("created_at[]", created_at),
                    ("type[]", type),
                )
            ),
        )

    @overload
    async def create(
        self,
        *,
        type: CampaignType | int,
        name: str,
        url: str,
        group_id: int | None = None,
    ) -> RawResponse[Campaign]: ...
    @overload
    async def create(
        self, *, body: CampaignWrite | Mapping[str, Any]
    ) -> RawResponse[Campaign]: ...
    @_overload_signature
    async def create(
        self,
        *,
        body: CampaignWrite | Mapping[str, Any] | None = None,
        type: CampaignType | int | None = None,
        name: str | None = None,
        url: str | None = None,
        group_id: int | None = None,
    ) -> RawResponse[Campaign]:
        """Create a short-link campaign that redirects to a URL of yours.

        Put `[slink <code>]` into an SMS or bulk text (the code is the campaign's `id`) and
        LOX24 replaces it with a short link on the `l24.pw` domain. See `CampaignType` for the
        difference between simple and advanced campaigns.

        Args:
            body: The whole body as a CampaignWrite (or a mapping), instead of the fields.
            type: How a campaign hands out links.
                - `1`: Simple: one short link shared by every message, free of charge, clicks
                counted for the campaign as a whole. - `2`: Advanced: a short link of its own for
                every message (charged per link), so that clicks are counted per recipient.
            name: See the API reference.
            url: Where the short links lead.
            group_id: See the API reference.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _CREATE,
            "/short_link_campaigns",
            None,
            _body(
                body,
                (
                    ("type", type),
                    ("name", name),
                    ("url", url),
                    ("group_id", group_id),
                ),
                required=(
                    "type",
                    "name",
                    "url",
                ),
                times=(),
                name="campaigns.create",
            ),
        )

    @overload
    async def create_subscribe(
        self, *, name: str, group_id: int
    ) -> RawResponse[Campaign]: ...
    @overload
    async def create_subscribe(
        self, *, body: SubscribeCampaignWrite | Mapping[str, Any]
    ) -> RawResponse[Campaign]: ...
    @_overload_signature
    async def create_subscribe(
        self,
        *,
        body: SubscribeCampaignWrite | Mapping[str, Any] | None = None,
        name: str | None = None,
        group_id: int | None = None,
    ) -> RawResponse[Campaign]:
        """Create a campaign whose link opens a form to subscribe to a group.

        Recipients who fill in the form are added to the group `group_id`, and the
        `phone.subscribe` webhook reports each of them. (The official code samples call
        `/short_link_campaigns/subscription`; the path is `/short_link_campaigns/subscribe`.)

        Args:
            body: The whole body as a SubscribeCampaignWrite (or a mapping), instead of the
                fields.
            name: See the API reference.
            group_id: The group that subscribers join (or, for an unsubscription campaign, the
                group concerned).

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _CREATE_SUBSCRIBE,
            "/short_link_campaigns/subscribe",
            None,
            _body(
                body,
                (
                    ("name", name),
                    ("group_id", group_id),
                ),
                required=(
                    "name",
                    "group_id",
                ),
                times=(),
                name="campaigns.create_subscribe",
            ),
        )

    @overload
    async def create_unsubscribe(
        self, *, name: str, group_id: int
    ) -> RawResponse[Campaign]: ...
    @overload
    async def create_unsubscribe(
        self, *, body: SubscribeCampaignWrite | Mapping[str, Any]
    ) -> RawResponse[Campaign]: ...
    @_overload_signature
    async def create_unsubscribe(
        self,
        *,
        body: SubscribeCampaignWrite | Mapping[str, Any] | None = None,
        name: str | None = None,
        group_id: int | None = None,
    ) -> RawResponse[Campaign]:
        """Create a campaign whose link opens a form to unsubscribe.

        Recipients who fill in the form are blocked for this account (they appear among the
        blocked numbers with type 2), and the `phone.unsubscribe` webhook reports each of them
        with the reason they gave. The group is described as optional for this kind of campaign,
        but the body schema still requires the `group_id` key (it may be null). (The official
        code samples call `/short_link_campaigns/unsubscription`; the path is
        `/short_link_campaigns/unsubscribe`.)

        Args:
            body: The whole body as a SubscribeCampaignWrite (or a mapping), instead of the
                fields.
            name: See the API reference.
            group_id: The group that subscribers join (or, for an unsubscription campaign, the
                group concerned).

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _CREATE_UNSUBSCRIBE,
            "/short_link_campaigns/unsubscribe",
            None,
            _body(
                body,
                (
                    ("name", name),
                    ("group_id", group_id),
                ),
                required=(
                    "name",
                    "group_id",
                ),
                times=(),
                name="campaigns.create_unsubscribe",
            ),
        )

    async def get(self, code: str) -> RawResponse[Campaign]:
        """Read one short-link campaign.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _GET, f"/short_link_campaigns/{_segment(code, 'code')}", None, None
        )

    @overload
    async def update(
        self,
        code: str,
        *,
        type: CampaignType | int,
        name: str,
        url: str,
        group_id: int | None = None,
    ) -> RawResponse[Campaign]: ...
    @overload
    async def update(
        self, code: str, *, body: CampaignWrite | Mapping[str, Any]
    ) -> RawResponse[Campaign]: ...
    @_overload_signature
    async def update(
        self,
        code: str,
        *,
        body: CampaignWrite | Mapping[str, Any] | None = None,
        type: CampaignType | int | None = None,
        name: str | None = None,
        url: str | None = None,
        group_id: int | None = None,
    ) -> RawResponse[Campaign]:
        """Change a campaign's type, name, destination URL or group.

        The official document declares neither 400 nor 422 for this operation.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.
            body: The whole body as a CampaignWrite (or a mapping), instead of the fields.
            type: How a campaign hands out links.
                - `1`: Simple: one short link shared by every message, free of charge, clicks
                counted for the campaign as a whole. - `2`: Advanced: a short link of its own for
                every message (charged per link), so that clicks are counted per recipient.
            name: See the API reference.
            url: Where the short links lead.
            group_id: See the API reference.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _UPDATE,
            f"/short_link_campaigns/{_segment(code, 'code')}",
            None,
            _body(
                body,
                (
                    ("type", type),
                    ("name", name),
                    ("url", url),
                    ("group_id", group_id),
                ),
                required=(
                    "type",
                    "name",
                    "url",
                ),
                times=(),
                name="campaigns.update",
            ),
        )

    async def delete(self, code: str) -> RawResponse[None]:
        """Delete a short-link campaign.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.call_raw(
            _DELETE, f"/short_link_campaigns/{_segment(code, 'code')}", None, None
        )

    async def requests(
        self,
        code: str,
        *,
        page: int | None = None,
        ip: str | None = None,
        url: str | None = None,
        user_agent: str | None = None,
        country: str | Sequence[str] | None = None,
        referer: str | None = None,
        date: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
        browser: str | None = None,
        os: str | None = None,
        os_version: str | None = None,
        software_type: str | None = None,
        hardware_type: str | None = None,
        date_between: str | tuple[int, int] | None = None,
        date_gt: int | datetime | None = None,
        date_gte: int | datetime | None = None,
        date_lt: int | datetime | None = None,
        date_lte: int | datetime | None = None,
        order_by: Mapping[Literal["date"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> RawResponse[Page[ShortLinkRequest]]:
        """List the clicks on the short links of one campaign.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.
            page: ``page``. The page of the collection to return, starting at 1.
            ip: ``ip``. Clicks from an IP address that contains this.
            url: ``url``. Clicks that were redirected to a URL that contains this.
            user_agent: ``user_agent``. Clicks whose user agent contains this.
            country: ``country[]``. Clicks from any of these countries.
            referer: ``referer``. Clicks whose referer contains this.
            date: ``date[]``. Clicks at any of these Unix times.
            type: ``type[]``. Clicks of any of these types.
            browser: ``browser``. Clicks from a browser whose name contains this.
            os: ``os``. Clicks from an operating system whose name contains this.
            os_version: ``os_version``. Clicks from an operating system whose version contains
                this.
            software_type: ``software_type``. Clicks from software whose kind contains this.
            hardware_type: ``hardware_type``. Clicks from hardware whose kind contains this.
            date_between: ``date[between]``. Clicks within `<from>..<to>` (Unix times, both
                included).
            date_gt: ``date[gt]``. Clicks after this Unix time.
            date_gte: ``date[gte]``. Clicks at or after this Unix time.
            date_lt: ``date[lt]``. Clicks before this Unix time.
            date_lte: ``date[lte]``. Clicks at or before this Unix time.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.page_raw(
            _REQUESTS,
            f"/short_link_campaigns/{_segment(code, 'code')}/requests",
            _query(
                (
                    ("page", page),
                    ("ip", ip),
                    ("url", url),
                    ("user_agent", user_agent),
                    ("country[]", country),
                    ("referer", referer),
                    ("date[]", date),
                    ("type[]", type),
                    ("browser", browser),
                    ("os", os),
                    ("os_version", os_version),
                    ("software_type", software_type),
                    ("hardware_type", hardware_type),
                    ("date[between]", date_between),
                    ("date[gt]", date_gt),
                    ("date[gte]", date_gte),
                    ("date[lt]", date_lt),
                    ("date[lte]", date_lte),
                ),
                order_by,
            ),
        )

    async def short_links(self, code: str) -> RawResponse[Page[ShortLink]]:
        """List the short links a campaign has handed out.

        A simple campaign has one short link for all messages, an advanced one a link per
        message. The official document declares no paging parameter here, and names the
        operation as if it returned one item; it returns a collection.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.

        Returns:
            The whole response, with the parsed result in ``parsed``.
        """
        return await self._runtime.page_raw(
            _SHORT_LINKS,
            f"/short_link_campaigns/{_segment(code, 'code')}/short_links",
            None,
        )


class AsyncCampaignsResource:
    """``client.campaigns`` of an AsyncClient: Short-link campaigns, including subscription and unsubscription forms."""

    def __init__(self, runtime: AsyncRuntime) -> None:
        self._runtime = runtime

    @cached_property
    def with_raw_response(self) -> AsyncCampaignsResourceWithRawResponse:
        """The same methods, returning the whole response (status, headers, request id)."""
        return AsyncCampaignsResourceWithRawResponse(self._runtime)

    def list(
        self,
        *,
        page: int | None = None,
        name: str | None = None,
        url: str | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
        order_by: Mapping[Literal["created_at"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> AsyncPager[Campaign]:
        """List short-link campaigns, newest first unless ordered otherwise.

        Args:
            page: ``page``. The page of the collection to return, starting at 1.
            name: ``name``. Campaigns whose name contains this (case does not matter).
            url: ``url``. Campaigns whose destination URL contains this (case does not matter).
            created_at: ``created_at[]``. Created at any of these Unix times.
            type: ``type[]``. Campaigns of any of these types.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _LIST,
            "/short_link_campaigns",
            _query(
                (
                    ("page", page),
                    ("name", name),
                    ("url", url),
                    ("created_at[]", created_at),
                    ("type[]", type),
                ),
                order_by,
            ),
        )

    async def count(
        self,
        *,
        name: str | None = None,
        url: str | None = None,
        created_at: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
    ) -> int:
        """How many Campaign items ``list`` selects with these filters.

        One request for the first page, whose ``hydra:totalItems`` is the answer; its items
        are not parsed.

        Args:
            name: ``name``. Campaigns whose name contains this (case does not matter).
            url: ``url``. Campaigns whose destination URL contains this (case does not matter).
            created_at: ``created_at[]``. Created at any of these Unix times.
            type: ``type[]``. Campaigns of any of these types.

        Returns:
            The number of items, whatever the page size.
        """
        return await self._runtime.count(
            _LIST,
            "/short_link_campaigns",
            _query(
                (
                    ("name", name),
                    ("url", url),
                    ("created_at[]", created_at),
                    ("type[]", type),
                )
            ),
        )

    @overload
    async def create(
        self,
        *,
        type: CampaignType | int,
        name: str,
        url: str,
        group_id: int | None = None,
    ) -> Campaign: ...
    @overload
    async def create(self, *, body: CampaignWrite | Mapping[str, Any]) -> Campaign: ...
    @_overload_signature
    async def create(
        self,
        *,
        body: CampaignWrite | Mapping[str, Any] | None = None,
        type: CampaignType | int | None = None,
        name: str | None = None,
        url: str | None = None,
        group_id: int | None = None,
    ) -> Campaign:
        """Create a short-link campaign that redirects to a URL of yours.

        Put `[slink <code>]` into an SMS or bulk text (the code is the campaign's `id`) and
        LOX24 replaces it with a short link on the `l24.pw` domain. See `CampaignType` for the
        difference between simple and advanced campaigns.

        Args:
            body: The whole body as a CampaignWrite (or a mapping), instead of the fields.
            type: How a campaign hands out links.
                - `1`: Simple: one short link shared by every message, free of charge, clicks
                counted for the campaign as a whole. - `2`: Advanced: a short link of its own for
                every message (charged per link), so that clicks are counted per recipient.
            name: See the API reference.
            url: Where the short links lead.
            group_id: See the API reference.
        """
        return await self._runtime.call(
            _CREATE,
            "/short_link_campaigns",
            None,
            _body(
                body,
                (
                    ("type", type),
                    ("name", name),
                    ("url", url),
                    ("group_id", group_id),
                ),
                required=(
                    "type",
                    "name",
                    "url",
                ),
                times=(),
                name="campaigns.create",
            ),
        )

    @overload
    async def create_subscribe(self, *, name: str, group_id: int) -> Campaign: ...
    @overload
    async def create_subscribe(
        self, *, body: SubscribeCampaignWrite | Mapping[str, Any]
    ) -> Campaign: ...
    @_overload_signature
    async def create_subscribe(
        self,
        *,
        body: SubscribeCampaignWrite | Mapping[str, Any] | None = None,
        name: str | None = None,
        group_id: int | None = None,
    ) -> Campaign:
        """Create a campaign whose link opens a form to subscribe to a group.

        Recipients who fill in the form are added to the group `group_id`, and the
        `phone.subscribe` webhook reports each of them. (The official code samples call
        `/short_link_campaigns/subscription`; the path is `/short_link_campaigns/subscribe`.)

        Args:
            body: The whole body as a SubscribeCampaignWrite (or a mapping), instead of the
                fields.
            name: See the API reference.
            group_id: The group that subscribers join (or, for an unsubscription campaign, the
                group concerned).
        """
        return await self._runtime.call(
            _CREATE_SUBSCRIBE,
            "/short_link_campaigns/subscribe",
            None,
            _body(
                body,
                (
                    ("name", name),
                    ("group_id", group_id),
                ),
                required=(
                    "name",
                    "group_id",
                ),
                times=(),
                name="campaigns.create_subscribe",
            ),
        )

    @overload
    async def create_unsubscribe(self, *, name: str, group_id: int) -> Campaign: ...
    @overload
    async def create_unsubscribe(
        self, *, body: SubscribeCampaignWrite | Mapping[str, Any]
    ) -> Campaign: ...
    @_overload_signature
    async def create_unsubscribe(
        self,
        *,
        body: SubscribeCampaignWrite | Mapping[str, Any] | None = None,
        name: str | None = None,
        group_id: int | None = None,
    ) -> Campaign:
        """Create a campaign whose link opens a form to unsubscribe.

        Recipients who fill in the form are blocked for this account (they appear among the
        blocked numbers with type 2), and the `phone.unsubscribe` webhook reports each of them
        with the reason they gave. The group is described as optional for this kind of campaign,
        but the body schema still requires the `group_id` key (it may be null). (The official
        code samples call `/short_link_campaigns/unsubscription`; the path is
        `/short_link_campaigns/unsubscribe`.)

        Args:
            body: The whole body as a SubscribeCampaignWrite (or a mapping), instead of the
                fields.
            name: See the API reference.
            group_id: The group that subscribers join (or, for an unsubscription campaign, the
                group concerned).
        """
        return await self._runtime.call(
            _CREATE_UNSUBSCRIBE,
            "/short_link_campaigns/unsubscribe",
            None,
            _body(
                body,
                (
                    ("name", name),
                    ("group_id", group_id),
                ),
                required=(
                    "name",
                    "group_id",
                ),
                times=(),
                name="campaigns.create_unsubscribe",
            ),
        )

    async def get(self, code: str) -> Campaign:
        """Read one short-link campaign.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.
        """
        return await self._runtime.call(
            _GET, f"/short_link_campaigns/{_segment(code, 'code')}", None, None
        )

    @overload
    async def update(
        self,
        code: str,
        *,
        type: CampaignType | int,
        name: str,
        url: str,
        group_id: int | None = None,
    ) -> Campaign: ...
    @overload
    async def update(
        self, code: str, *, body: CampaignWrite | Mapping[str, Any]
    ) -> Campaign: ...
    @_overload_signature
    async def update(
        self,
        code: str,
        *,
        body: CampaignWrite | Mapping[str, Any] | None = None,
        type: CampaignType | int | None = None,
        name: str | None = None,
        url: str | None = None,
        group_id: int | None = None,
    ) -> Campaign:
        """Change a campaign's type, name, destination URL or group.

        The official document declares neither 400 nor 422 for this operation.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.
            body: The whole body as a CampaignWrite (or a mapping), instead of the fields.
            type: How a campaign hands out links.
                - `1`: Simple: one short link shared by every message, free of charge, clicks
                counted for the campaign as a whole. - `2`: Advanced: a short link of its own for
                every message (charged per link), so that clicks are counted per recipient.
            name: See the API reference.
            url: Where the short links lead.
            group_id: See the API reference.
        """
        return await self._runtime.call(
            _UPDATE,
            f"/short_link_campaigns/{_segment(code, 'code')}",
            None,
            _body(
                body,
                (
                    ("type", type),
                    ("name", name),
                    ("url", url),
                    ("group_id", group_id),
                ),
                required=(
                    "type",
                    "name",
                    "url",
                ),
                times=(),
                name="campaigns.update",
            ),
        )

    async def delete(self, code: str) -> None:
        """Delete a short-link campaign.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.
        """
        return await self._runtime.call(
            _DELETE, f"/short_link_campaigns/{_segment(code, 'code')}", None, None
        )

    def requests(
        self,
        code: str,
        *,
        page: int | None = None,
        ip: str | None = None,
        url: str | None = None,
        user_agent: str | None = None,
        country: str | Sequence[str] | None = None,
        referer: str | None = None,
        date: int | datetime | Sequence[int | datetime] | None = None,
        type: int | Sequence[int] | None = None,
        browser: str | None = None,
        os: str | None = None,
        os_version: str | None = None,
        software_type: str | None = None,
        hardware_type: str | None = None,
        date_between: str | tuple[int, int] | None = None,
        date_gt: int | datetime | None = None,
        date_gte: int | datetime | None = None,
        date_lt: int | datetime | None = None,
        date_lte: int | datetime | None = None,
        order_by: Mapping[Literal["date"], Literal["asc", "desc"] | Ordering]
        | None = None,
    ) -> AsyncPager[ShortLinkRequest]:
        """List the clicks on the short links of one campaign.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.
            page: ``page``. The page of the collection to return, starting at 1.
            ip: ``ip``. Clicks from an IP address that contains this.
            url: ``url``. Clicks that were redirected to a URL that contains this.
            user_agent: ``user_agent``. Clicks whose user agent contains this.
            country: ``country[]``. Clicks from any of these countries.
            referer: ``referer``. Clicks whose referer contains this.
            date: ``date[]``. Clicks at any of these Unix times.
            type: ``type[]``. Clicks of any of these types.
            browser: ``browser``. Clicks from a browser whose name contains this.
            os: ``os``. Clicks from an operating system whose name contains this.
            os_version: ``os_version``. Clicks from an operating system whose version contains
                this.
            software_type: ``software_type``. Clicks from software whose kind contains this.
            hardware_type: ``hardware_type``. Clicks from hardware whose kind contains this.
            date_between: ``date[between]``. Clicks within `<from>..<to>` (Unix times, both
                included).
            date_gt: ``date[gt]``. Clicks after this Unix time.
            date_gte: ``date[gte]``. Clicks at or after this Unix time.
            date_lt: ``date[lt]``. Clicks before this Unix time.
            date_lte: ``date[lte]``. Clicks at or before this Unix time.
            order_by: Sort by these fields, in this order: ``{field: 'asc' | 'desc'}``.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _REQUESTS,
            f"/short_link_campaigns/{_segment(code, 'code')}/requests",
            _query(
                (
                    ("page", page),
                    ("ip", ip),
                    ("url", url),
                    ("user_agent", user_agent),
                    ("country[]", country),
                    ("referer", referer),
                    ("date[]", date),
                    ("type[]", type),
                    ("browser", browser),
                    ("os", os),
                    ("os_version", os_version),
                    ("software_type", software_type),
                    ("hardware_type", hardware_type),
                    ("date[between]", date_between),
                    ("date[gt]", date_gt),
                    ("date[gte]", date_gte),
                    ("date[lt]", date_lt),
                    ("date[lte]", date_lte),
                ),
                order_by,
            ),
        )

    def short_links(self, code: str) -> AsyncPager[ShortLink]:
        """List the short links a campaign has handed out.

        A simple campaign has one short link for all messages, an advanced one a link per
        message. The official document declares no paging parameter here, and names the
        operation as if it returned one item; it returns a collection.

        Args:
            code: ``code``. The campaign's code (its `id`), for example `eGxoGRMq`.

        Returns:
            A lazy pager: iterate it for items, or ``.pages()`` for pages.
        """
        return self._runtime.paginate(
            _SHORT_LINKS,
            f"/short_link_campaigns/{_segment(code, 'code')}/short_links",
            None,
        )
