from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_collection import CampaignCollection
from ...models.ordering import Ordering
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    field_ordercreated_at: Ordering | Unset = UNSET,
    name: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    type_: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    json_field_ordercreated_at: str | Unset = UNSET
    if not isinstance(field_ordercreated_at, Unset):
        json_field_ordercreated_at = field_ordercreated_at.value

    params["_order[created_at]"] = json_field_ordercreated_at

    params["name"] = name

    params["url"] = url_query

    json_created_at: list[int] | Unset = UNSET
    if not isinstance(created_at, Unset):
        json_created_at = created_at

    params["created_at[]"] = json_created_at

    json_type_: list[int] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type[]"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/short_link_campaigns",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignCollection | None:
    if response.status_code == 200:
        response_200 = CampaignCollection.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CampaignCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    field_ordercreated_at: Ordering | Unset = UNSET,
    name: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    type_: list[int] | Unset = UNSET,
) -> Response[CampaignCollection]:
    """List short-link campaigns, newest first unless ordered otherwise

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        name (str | Unset):
        url_query (str | Unset):
        created_at (list[int] | Unset):
        type_ (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        name=name,
        url_query=url_query,
        created_at=created_at,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    field_ordercreated_at: Ordering | Unset = UNSET,
    name: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    type_: list[int] | Unset = UNSET,
) -> CampaignCollection | None:
    """List short-link campaigns, newest first unless ordered otherwise

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        name (str | Unset):
        url_query (str | Unset):
        created_at (list[int] | Unset):
        type_ (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        name=name,
        url_query=url_query,
        created_at=created_at,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    field_ordercreated_at: Ordering | Unset = UNSET,
    name: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    type_: list[int] | Unset = UNSET,
) -> Response[CampaignCollection]:
    """List short-link campaigns, newest first unless ordered otherwise

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        name (str | Unset):
        url_query (str | Unset):
        created_at (list[int] | Unset):
        type_ (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        name=name,
        url_query=url_query,
        created_at=created_at,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    field_ordercreated_at: Ordering | Unset = UNSET,
    name: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    type_: list[int] | Unset = UNSET,
) -> CampaignCollection | None:
    """List short-link campaigns, newest first unless ordered otherwise

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        name (str | Unset):
        url_query (str | Unset):
        created_at (list[int] | Unset):
        type_ (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            field_ordercreated_at=field_ordercreated_at,
            name=name,
            url_query=url_query,
            created_at=created_at,
            type_=type_,
        )
    ).parsed
