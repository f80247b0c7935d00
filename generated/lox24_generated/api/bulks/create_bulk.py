from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk import Bulk
from ...models.bulk_write import BulkWrite
from ...types import Response


def _get_kwargs(
    *,
    body: BulkWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Bulk | None:
    if response.status_code == 201:
        response_201 = Bulk.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Bulk]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkWrite,
) -> Response[Bulk]:
    """Send one text to many phones and/or whole groups

     The bulk is queued (status 0) and then processed in the background (status 5) until it
    ends as processed (10), cancelled (15), failed (20) or without recipients (201). Follow it
    with `get_bulk_status`. The messages are paid from the balance when the bulk is created
    (402 when the balance does not cover them).

    Args:
        body (BulkWrite): A new bulk. It needs recipients in either `phones` or `msg_groups`, not
            both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bulk]
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
    body: BulkWrite,
) -> Bulk | None:
    """Send one text to many phones and/or whole groups

     The bulk is queued (status 0) and then processed in the background (status 5) until it
    ends as processed (10), cancelled (15), failed (20) or without recipients (201). Follow it
    with `get_bulk_status`. The messages are paid from the balance when the bulk is created
    (402 when the balance does not cover them).

    Args:
        body (BulkWrite): A new bulk. It needs recipients in either `phones` or `msg_groups`, not
            both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bulk
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkWrite,
) -> Response[Bulk]:
    """Send one text to many phones and/or whole groups

     The bulk is queued (status 0) and then processed in the background (status 5) until it
    ends as processed (10), cancelled (15), failed (20) or without recipients (201). Follow it
    with `get_bulk_status`. The messages are paid from the balance when the bulk is created
    (402 when the balance does not cover them).

    Args:
        body (BulkWrite): A new bulk. It needs recipients in either `phones` or `msg_groups`, not
            both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bulk]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkWrite,
) -> Bulk | None:
    """Send one text to many phones and/or whole groups

     The bulk is queued (status 0) and then processed in the background (status 5) until it
    ends as processed (10), cancelled (15), failed (20) or without recipients (201). Follow it
    with `get_bulk_status`. The messages are paid from the balance when the bulk is created
    (402 when the balance does not cover them).

    Args:
        body (BulkWrite): A new bulk. It needs recipients in either `phones` or `msg_groups`, not
            both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bulk
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
