from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ordering import Ordering
from ...models.sms_clicks_collection import SmsClicksCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    field_ordercreated_at: Ordering | Unset = UNSET,
    requests_count: list[int] | Unset = UNSET,
    requests_countgt: int | Unset = UNSET,
    requests_countgte: int | Unset = UNSET,
    requests_countlt: int | Unset = UNSET,
    requests_countlte: int | Unset = UNSET,
    requests_countbetween: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    json_field_ordercreated_at: str | Unset = UNSET
    if not isinstance(field_ordercreated_at, Unset):
        json_field_ordercreated_at = field_ordercreated_at.value

    params["_order[created_at]"] = json_field_ordercreated_at

    json_requests_count: list[int] | Unset = UNSET
    if not isinstance(requests_count, Unset):
        json_requests_count = requests_count

    params["requests_count[]"] = json_requests_count

    params["requests_count[gt]"] = requests_countgt

    params["requests_count[gte]"] = requests_countgte

    params["requests_count[lt]"] = requests_countlt

    params["requests_count[lte]"] = requests_countlte

    params["requests_count[between]"] = requests_countbetween

    json_created_at: list[int] | Unset = UNSET
    if not isinstance(created_at, Unset):
        json_created_at = created_at

    params["created_at[]"] = json_created_at

    params["created_at[gt]"] = created_atgt

    params["created_at[gte]"] = created_atgte

    params["created_at[lt]"] = created_atlt

    params["created_at[lte]"] = created_atlte

    params["created_at[between]"] = created_atbetween

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/clicks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SmsClicksCollection | None:
    if response.status_code == 200:
        response_200 = SmsClicksCollection.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SmsClicksCollection]:
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
    requests_count: list[int] | Unset = UNSET,
    requests_countgt: int | Unset = UNSET,
    requests_countgte: int | Unset = UNSET,
    requests_countlt: int | Unset = UNSET,
    requests_countlte: int | Unset = UNSET,
    requests_countbetween: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
) -> Response[SmsClicksCollection]:
    """List SMS with the number of clicks on their short links

     Only messages with a link of an advanced campaign (type 2) are counted per message.

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        requests_count (list[int] | Unset):
        requests_countgt (int | Unset):
        requests_countgte (int | Unset):
        requests_countlt (int | Unset):
        requests_countlte (int | Unset):
        requests_countbetween (str | Unset): An inclusive range of two integers written
            `<from>..<to>`.
        created_at (list[int] | Unset):
        created_atgt (int | Unset):
        created_atgte (int | Unset):
        created_atlt (int | Unset):
        created_atlte (int | Unset):
        created_atbetween (str | Unset): An inclusive range of two integers written
            `<from>..<to>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmsClicksCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        requests_count=requests_count,
        requests_countgt=requests_countgt,
        requests_countgte=requests_countgte,
        requests_countlt=requests_countlt,
        requests_countlte=requests_countlte,
        requests_countbetween=requests_countbetween,
        created_at=created_at,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
        created_atbetween=created_atbetween,
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
    requests_count: list[int] | Unset = UNSET,
    requests_countgt: int | Unset = UNSET,
    requests_countgte: int | Unset = UNSET,
    requests_countlt: int | Unset = UNSET,
    requests_countlte: int | Unset = UNSET,
    requests_countbetween: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
) -> SmsClicksCollection | None:
    """List SMS with the number of clicks on their short links

     Only messages with a link of an advanced campaign (type 2) are counted per message.

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        requests_count (list[int] | Unset):
        requests_countgt (int | Unset):
        requests_countgte (int | Unset):
        requests_countlt (int | Unset):
        requests_countlte (int | Unset):
        requests_countbetween (str | Unset): An inclusive range of two integers written
            `<from>..<to>`.
        created_at (list[int] | Unset):
        created_atgt (int | Unset):
        created_atgte (int | Unset):
        created_atlt (int | Unset):
        created_atlte (int | Unset):
        created_atbetween (str | Unset): An inclusive range of two integers written
            `<from>..<to>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmsClicksCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        requests_count=requests_count,
        requests_countgt=requests_countgt,
        requests_countgte=requests_countgte,
        requests_countlt=requests_countlt,
        requests_countlte=requests_countlte,
        requests_countbetween=requests_countbetween,
        created_at=created_at,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
        created_atbetween=created_atbetween,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    field_ordercreated_at: Ordering | Unset = UNSET,
    requests_count: list[int] | Unset = UNSET,
    requests_countgt: int | Unset = UNSET,
    requests_countgte: int | Unset = UNSET,
    requests_countlt: int | Unset = UNSET,
    requests_countlte: int | Unset = UNSET,
    requests_countbetween: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
) -> Response[SmsClicksCollection]:
    """List SMS with the number of clicks on their short links

     Only messages with a link of an advanced campaign (type 2) are counted per message.

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        requests_count (list[int] | Unset):
        requests_countgt (int | Unset):
        requests_countgte (int | Unset):
        requests_countlt (int | Unset):
        requests_countlte (int | Unset):
        requests_countbetween (str | Unset): An inclusive range of two integers written
            `<from>..<to>`.
        created_at (list[int] | Unset):
        created_atgt (int | Unset):
        created_atgte (int | Unset):
        created_atlt (int | Unset):
        created_atlte (int | Unset):
        created_atbetween (str | Unset): An inclusive range of two integers written
            `<from>..<to>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmsClicksCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        requests_count=requests_count,
        requests_countgt=requests_countgt,
        requests_countgte=requests_countgte,
        requests_countlt=requests_countlt,
        requests_countlte=requests_countlte,
        requests_countbetween=requests_countbetween,
        created_at=created_at,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
        created_atbetween=created_atbetween,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    field_ordercreated_at: Ordering | Unset = UNSET,
    requests_count: list[int] | Unset = UNSET,
    requests_countgt: int | Unset = UNSET,
    requests_countgte: int | Unset = UNSET,
    requests_countlt: int | Unset = UNSET,
    requests_countlte: int | Unset = UNSET,
    requests_countbetween: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
) -> SmsClicksCollection | None:
    """List SMS with the number of clicks on their short links

     Only messages with a link of an advanced campaign (type 2) are counted per message.

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        requests_count (list[int] | Unset):
        requests_countgt (int | Unset):
        requests_countgte (int | Unset):
        requests_countlt (int | Unset):
        requests_countlte (int | Unset):
        requests_countbetween (str | Unset): An inclusive range of two integers written
            `<from>..<to>`.
        created_at (list[int] | Unset):
        created_atgt (int | Unset):
        created_atgte (int | Unset):
        created_atlt (int | Unset):
        created_atlte (int | Unset):
        created_atbetween (str | Unset): An inclusive range of two integers written
            `<from>..<to>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmsClicksCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            field_ordercreated_at=field_ordercreated_at,
            requests_count=requests_count,
            requests_countgt=requests_countgt,
            requests_countgte=requests_countgte,
            requests_countlt=requests_countlt,
            requests_countlte=requests_countlte,
            requests_countbetween=requests_countbetween,
            created_at=created_at,
            created_atgt=created_atgt,
            created_atgte=created_atgte,
            created_atlt=created_atlt,
            created_atlte=created_atlte,
            created_atbetween=created_atbetween,
        )
    ).parsed
