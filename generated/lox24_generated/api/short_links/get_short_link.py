from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.short_link import ShortLink
from ...types import Response


def _get_kwargs(
    short_code: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/short_links/{short_code}".format(
            short_code=quote(str(short_code), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ShortLink | None:
    if response.status_code == 200:
        response_200 = ShortLink.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ShortLink]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    short_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ShortLink]:
    """Read one short link

    Args:
        short_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShortLink]
    """

    kwargs = _get_kwargs(
        short_code=short_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    short_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> ShortLink | None:
    """Read one short link

    Args:
        short_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShortLink
    """

    return sync_detailed(
        short_code=short_code,
        client=client,
    ).parsed


async def asyncio_detailed(
    short_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ShortLink]:
    """Read one short link

    Args:
        short_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShortLink]
    """

    kwargs = _get_kwargs(
        short_code=short_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    short_code: str,
    *,
    client: AuthenticatedClient | Client,
) -> ShortLink | None:
    """Read one short link

    Args:
        short_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShortLink
    """

    return (
        await asyncio_detailed(
            short_code=short_code,
            client=client,
        )
    ).parsed
