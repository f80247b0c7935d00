from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fraud_check import FraudCheck
from ...models.fraud_check_write import FraudCheckWrite
from ...types import Response


def _get_kwargs(
    *,
    body: FraudCheckWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fraud-checks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FraudCheck | None:
    if response.status_code == 201:
        response_201 = FraudCheck.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FraudCheck]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FraudCheckWrite,
) -> Response[FraudCheck]:
    """Start a fraud check of a phone number, e-mail address, IP address and/or postal address

     The check is charged and runs in the background: it starts as new (status 0), is processed
    (5) and ends as done (10) or with an error (20, 21, 1000). The outcome is pushed with the
    `fraud-check.done` webhook, or can be read with `get_fraud_check` (polling very often may get
    the caller blocked). IPv6 addresses are accepted as well as IPv4.

    Args:
        body (FraudCheckWrite): What to check. Any combination of phone, e-mail, IP address and
            postal address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FraudCheck]
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
    body: FraudCheckWrite,
) -> FraudCheck | None:
    """Start a fraud check of a phone number, e-mail address, IP address and/or postal address

     The check is charged and runs in the background: it starts as new (status 0), is processed
    (5) and ends as done (10) or with an error (20, 21, 1000). The outcome is pushed with the
    `fraud-check.done` webhook, or can be read with `get_fraud_check` (polling very often may get
    the caller blocked). IPv6 addresses are accepted as well as IPv4.

    Args:
        body (FraudCheckWrite): What to check. Any combination of phone, e-mail, IP address and
            postal address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FraudCheck
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FraudCheckWrite,
) -> Response[FraudCheck]:
    """Start a fraud check of a phone number, e-mail address, IP address and/or postal address

     The check is charged and runs in the background: it starts as new (status 0), is processed
    (5) and ends as done (10) or with an error (20, 21, 1000). The outcome is pushed with the
    `fraud-check.done` webhook, or can be read with `get_fraud_check` (polling very often may get
    the caller blocked). IPv6 addresses are accepted as well as IPv4.

    Args:
        body (FraudCheckWrite): What to check. Any combination of phone, e-mail, IP address and
            postal address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FraudCheck]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FraudCheckWrite,
) -> FraudCheck | None:
    """Start a fraud check of a phone number, e-mail address, IP address and/or postal address

     The check is charged and runs in the background: it starts as new (status 0), is processed
    (5) and ends as done (10) or with an error (20, 21, 1000). The outcome is pushed with the
    `fraud-check.done` webhook, or can be read with `get_fraud_check` (polling very often may get
    the caller blocked). IPv6 addresses are accepted as well as IPv4.

    Args:
        body (FraudCheckWrite): What to check. Any combination of phone, e-mail, IP address and
            postal address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FraudCheck
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
