from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.phone_batch_result_jsonld import PhoneBatchResultJsonld
from ...models.phone_write import PhoneWrite
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: list[PhoneWrite],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/groups/{id}/phones/batch".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PhoneBatchResultJsonld | None:
    if response.status_code == 201:
        response_201 = PhoneBatchResultJsonld.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PhoneBatchResultJsonld]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[PhoneWrite],
) -> Response[PhoneBatchResultJsonld]:
    """Add many phones to a group in one request

     The body is an array of phones. The request as a whole succeeds with 201 even when some
    items are invalid: the response has one result per input item, in input order, each with
    the HTTP status of that item (201 when the phone was created, 422 when it was refused)
    and either the created phone or a problem description.

    In JSON-LD the results are the members of a Hydra collection. (The official document
    declares `hydra:member` as a single result there; it is an array of results.)

    Args:
        id (int):
        body (list[PhoneWrite]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PhoneBatchResultJsonld]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[PhoneWrite],
) -> PhoneBatchResultJsonld | None:
    """Add many phones to a group in one request

     The body is an array of phones. The request as a whole succeeds with 201 even when some
    items are invalid: the response has one result per input item, in input order, each with
    the HTTP status of that item (201 when the phone was created, 422 when it was refused)
    and either the created phone or a problem description.

    In JSON-LD the results are the members of a Hydra collection. (The official document
    declares `hydra:member` as a single result there; it is an array of results.)

    Args:
        id (int):
        body (list[PhoneWrite]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PhoneBatchResultJsonld
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[PhoneWrite],
) -> Response[PhoneBatchResultJsonld]:
    """Add many phones to a group in one request

     The body is an array of phones. The request as a whole succeeds with 201 even when some
    items are invalid: the response has one result per input item, in input order, each with
    the HTTP status of that item (201 when the phone was created, 422 when it was refused)
    and either the created phone or a problem description.

    In JSON-LD the results are the members of a Hydra collection. (The official document
    declares `hydra:member` as a single result there; it is an array of results.)

    Args:
        id (int):
        body (list[PhoneWrite]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PhoneBatchResultJsonld]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[PhoneWrite],
) -> PhoneBatchResultJsonld | None:
    """Add many phones to a group in one request

     The body is an array of phones. The request as a whole succeeds with 201 even when some
    items are invalid: the response has one result per input item, in input order, each with
    the HTTP status of that item (201 when the phone was created, 422 when it was refused)
    and either the created phone or a problem description.

    In JSON-LD the results are the members of a Hydra collection. (The official document
    declares `hydra:member` as a single result there; it is an array of results.)

    Args:
        id (int):
        body (list[PhoneWrite]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PhoneBatchResultJsonld
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
