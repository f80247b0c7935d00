from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fraud_check_collection import FraudCheckCollection
from ...models.ordering import Ordering
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    field_ordercreated_at: Ordering | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    callback_data: str | Unset = UNSET,
    request_phone_phone: str | Unset = UNSET,
    request_email_email: str | Unset = UNSET,
    request_ip_ip: str | Unset = UNSET,
    status_code: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    json_field_ordercreated_at: str | Unset = UNSET
    if not isinstance(field_ordercreated_at, Unset):
        json_field_ordercreated_at = field_ordercreated_at.value

    params["_order[created_at]"] = json_field_ordercreated_at

    json_id: list[str] | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = id

    params["id[]"] = json_id

    params["callback_data"] = callback_data

    params["request_phone.phone"] = request_phone_phone

    params["request_email.email"] = request_email_email

    params["request_ip.ip"] = request_ip_ip

    json_status_code: list[int] | Unset = UNSET
    if not isinstance(status_code, Unset):
        json_status_code = status_code

    params["status_code[]"] = json_status_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fraud-checks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FraudCheckCollection | None:
    if response.status_code == 200:
        response_200 = FraudCheckCollection.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FraudCheckCollection]:
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
    id: list[str] | Unset = UNSET,
    callback_data: str | Unset = UNSET,
    request_phone_phone: str | Unset = UNSET,
    request_email_email: str | Unset = UNSET,
    request_ip_ip: str | Unset = UNSET,
    status_code: list[int] | Unset = UNSET,
) -> Response[FraudCheckCollection]:
    """List fraud checks

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        id (list[str] | Unset):
        callback_data (str | Unset):
        request_phone_phone (str | Unset):
        request_email_email (str | Unset):
        request_ip_ip (str | Unset):
        status_code (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FraudCheckCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        id=id,
        callback_data=callback_data,
        request_phone_phone=request_phone_phone,
        request_email_email=request_email_email,
        request_ip_ip=request_ip_ip,
        status_code=status_code,
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
    id: list[str] | Unset = UNSET,
    callback_data: str | Unset = UNSET,
    request_phone_phone: str | Unset = UNSET,
    request_email_email: str | Unset = UNSET,
    request_ip_ip: str | Unset = UNSET,
    status_code: list[int] | Unset = UNSET,
) -> FraudCheckCollection | None:
    """List fraud checks

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        id (list[str] | Unset):
        callback_data (str | Unset):
        request_phone_phone (str | Unset):
        request_email_email (str | Unset):
        request_ip_ip (str | Unset):
        status_code (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FraudCheckCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        id=id,
        callback_data=callback_data,
        request_phone_phone=request_phone_phone,
        request_email_email=request_email_email,
        request_ip_ip=request_ip_ip,
        status_code=status_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    field_ordercreated_at: Ordering | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    callback_data: str | Unset = UNSET,
    request_phone_phone: str | Unset = UNSET,
    request_email_email: str | Unset = UNSET,
    request_ip_ip: str | Unset = UNSET,
    status_code: list[int] | Unset = UNSET,
) -> Response[FraudCheckCollection]:
    """List fraud checks

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        id (list[str] | Unset):
        callback_data (str | Unset):
        request_phone_phone (str | Unset):
        request_email_email (str | Unset):
        request_ip_ip (str | Unset):
        status_code (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FraudCheckCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        id=id,
        callback_data=callback_data,
        request_phone_phone=request_phone_phone,
        request_email_email=request_email_email,
        request_ip_ip=request_ip_ip,
        status_code=status_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    field_ordercreated_at: Ordering | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    callback_data: str | Unset = UNSET,
    request_phone_phone: str | Unset = UNSET,
    request_email_email: str | Unset = UNSET,
    request_ip_ip: str | Unset = UNSET,
    status_code: list[int] | Unset = UNSET,
) -> FraudCheckCollection | None:
    """List fraud checks

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        id (list[str] | Unset):
        callback_data (str | Unset):
        request_phone_phone (str | Unset):
        request_email_email (str | Unset):
        request_ip_ip (str | Unset):
        status_code (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FraudCheckCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            field_ordercreated_at=field_ordercreated_at,
            id=id,
            callback_data=callback_data,
            request_phone_phone=request_phone_phone,
            request_email_email=request_email_email,
            request_ip_ip=request_ip_ip,
            status_code=status_code,
        )
    ).parsed
