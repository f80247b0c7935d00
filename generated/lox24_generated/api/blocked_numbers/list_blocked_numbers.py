from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.blocked_number_collection import BlockedNumberCollection
from ...models.blocked_number_type import BlockedNumberType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    number: str | Unset = UNSET,
    type_: BlockedNumberType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["number"] = number

    json_type_: int | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/blocked_numbers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BlockedNumberCollection | None:
    if response.status_code == 200:
        response_200 = BlockedNumberCollection.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BlockedNumberCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    number: str | Unset = UNSET,
    type_: BlockedNumberType | Unset = UNSET,
) -> Response[BlockedNumberCollection]:
    """List the numbers that never receive messages from this account

     The official document declares no paging parameter for this collection; the Hydra view
    still carries the links to further pages if there are any.

    Args:
        number (str | Unset):
        type_ (BlockedNumberType | Unset): Why a number is blocked.

            - `1`: The account blocked it.
            - `2`: The recipient unsubscribed through an unsubscription campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockedNumberCollection]
    """

    kwargs = _get_kwargs(
        number=number,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    number: str | Unset = UNSET,
    type_: BlockedNumberType | Unset = UNSET,
) -> BlockedNumberCollection | None:
    """List the numbers that never receive messages from this account

     The official document declares no paging parameter for this collection; the Hydra view
    still carries the links to further pages if there are any.

    Args:
        number (str | Unset):
        type_ (BlockedNumberType | Unset): Why a number is blocked.

            - `1`: The account blocked it.
            - `2`: The recipient unsubscribed through an unsubscription campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockedNumberCollection
    """

    return sync_detailed(
        client=client,
        number=number,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    number: str | Unset = UNSET,
    type_: BlockedNumberType | Unset = UNSET,
) -> Response[BlockedNumberCollection]:
    """List the numbers that never receive messages from this account

     The official document declares no paging parameter for this collection; the Hydra view
    still carries the links to further pages if there are any.

    Args:
        number (str | Unset):
        type_ (BlockedNumberType | Unset): Why a number is blocked.

            - `1`: The account blocked it.
            - `2`: The recipient unsubscribed through an unsubscription campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockedNumberCollection]
    """

    kwargs = _get_kwargs(
        number=number,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    number: str | Unset = UNSET,
    type_: BlockedNumberType | Unset = UNSET,
) -> BlockedNumberCollection | None:
    """List the numbers that never receive messages from this account

     The official document declares no paging parameter for this collection; the Hydra view
    still carries the links to further pages if there are any.

    Args:
        number (str | Unset):
        type_ (BlockedNumberType | Unset): Why a number is blocked.

            - `1`: The account blocked it.
            - `2`: The recipient unsubscribed through an unsubscription campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockedNumberCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            number=number,
            type_=type_,
        )
    ).parsed
