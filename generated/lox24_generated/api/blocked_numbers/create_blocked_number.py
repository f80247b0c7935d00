from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.blocked_number import BlockedNumber
from ...models.blocked_number_write import BlockedNumberWrite
from ...types import Response


def _get_kwargs(
    *,
    body: BlockedNumberWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/blocked_numbers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BlockedNumber | None:
    if response.status_code == 201:
        response_201 = BlockedNumber.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BlockedNumber]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BlockedNumberWrite,
) -> Response[BlockedNumber]:
    """Block a number so that no message of this account reaches it

     This is the only operation whose body may also be sent as JSON-LD; both media types carry
    the same fields. Blocking a number that is already blocked is answered with 409.

    Args:
        body (BlockedNumberWrite): A number to block.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockedNumber]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BlockedNumberWrite,
) -> BlockedNumber | None:
    """Block a number so that no message of this account reaches it

     This is the only operation whose body may also be sent as JSON-LD; both media types carry
    the same fields. Blocking a number that is already blocked is answered with 409.

    Args:
        body (BlockedNumberWrite): A number to block.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockedNumber
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BlockedNumberWrite,
) -> Response[BlockedNumber]:
    """Block a number so that no message of this account reaches it

     This is the only operation whose body may also be sent as JSON-LD; both media types carry
    the same fields. Blocking a number that is already blocked is answered with 409.

    Args:
        body (BlockedNumberWrite): A number to block.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockedNumber]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BlockedNumberWrite,
) -> BlockedNumber | None:
    """Block a number so that no message of this account reaches it

     This is the only operation whose body may also be sent as JSON-LD; both media types carry
    the same fields. Blocking a number that is already blocked is answered with 409.

    Args:
        body (BlockedNumberWrite): A number to block.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockedNumber
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
