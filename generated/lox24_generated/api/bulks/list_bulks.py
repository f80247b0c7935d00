from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_status_collection import BulkStatusCollection
from ...models.ordering import Ordering
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    field_ordercreated_at: Ordering | Unset = UNSET,
    field_orderdelivery_at: Ordering | Unset = UNSET,
    field_orderprocessed_at: Ordering | Unset = UNSET,
    field_ordermsg_total_count: Ordering | Unset = UNSET,
    text: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    status_code: list[int] | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
    delivery_at: list[int] | Unset = UNSET,
    processed_at: list[int] | Unset = UNSET,
    msg_total_count: list[int] | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    is_dryrun: bool | Unset = UNSET,
    existsis_unicode: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    json_field_ordercreated_at: str | Unset = UNSET
    if not isinstance(field_ordercreated_at, Unset):
        json_field_ordercreated_at = field_ordercreated_at.value

    params["_order[created_at]"] = json_field_ordercreated_at

    json_field_orderdelivery_at: str | Unset = UNSET
    if not isinstance(field_orderdelivery_at, Unset):
        json_field_orderdelivery_at = field_orderdelivery_at.value

    params["_order[delivery_at]"] = json_field_orderdelivery_at

    json_field_orderprocessed_at: str | Unset = UNSET
    if not isinstance(field_orderprocessed_at, Unset):
        json_field_orderprocessed_at = field_orderprocessed_at.value

    params["_order[processed_at]"] = json_field_orderprocessed_at

    json_field_ordermsg_total_count: str | Unset = UNSET
    if not isinstance(field_ordermsg_total_count, Unset):
        json_field_ordermsg_total_count = field_ordermsg_total_count.value

    params["_order[msg_total_count]"] = json_field_ordermsg_total_count

    params["text"] = text

    params["sender_id"] = sender_id

    json_status_code: list[int] | Unset = UNSET
    if not isinstance(status_code, Unset):
        json_status_code = status_code

    params["status_code[]"] = json_status_code

    json_created_at: list[int] | Unset = UNSET
    if not isinstance(created_at, Unset):
        json_created_at = created_at

    params["created_at[]"] = json_created_at

    params["created_at[gt]"] = created_atgt

    params["created_at[gte]"] = created_atgte

    params["created_at[lt]"] = created_atlt

    params["created_at[lte]"] = created_atlte

    params["created_at[between]"] = created_atbetween

    json_delivery_at: list[int] | Unset = UNSET
    if not isinstance(delivery_at, Unset):
        json_delivery_at = delivery_at

    params["delivery_at[]"] = json_delivery_at

    json_processed_at: list[int] | Unset = UNSET
    if not isinstance(processed_at, Unset):
        json_processed_at = processed_at

    params["processed_at[]"] = json_processed_at

    json_msg_total_count: list[int] | Unset = UNSET
    if not isinstance(msg_total_count, Unset):
        json_msg_total_count = msg_total_count

    params["msg_total_count[]"] = json_msg_total_count

    json_source: list[int] | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source

    params["source[]"] = json_source

    json_key_id: list[int] | Unset = UNSET
    if not isinstance(key_id, Unset):
        json_key_id = key_id

    params["key_id[]"] = json_key_id

    params["is_unicode"] = is_unicode

    params["is_dryrun"] = is_dryrun

    params["exists[is_unicode]"] = existsis_unicode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bulks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkStatusCollection | None:
    if response.status_code == 200:
        response_200 = BulkStatusCollection.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BulkStatusCollection]:
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
    field_orderdelivery_at: Ordering | Unset = UNSET,
    field_orderprocessed_at: Ordering | Unset = UNSET,
    field_ordermsg_total_count: Ordering | Unset = UNSET,
    text: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    status_code: list[int] | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
    delivery_at: list[int] | Unset = UNSET,
    processed_at: list[int] | Unset = UNSET,
    msg_total_count: list[int] | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    is_dryrun: bool | Unset = UNSET,
    existsis_unicode: bool | Unset = UNSET,
) -> Response[BulkStatusCollection]:
    """List bulk sendings, newest first unless ordered otherwise

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        field_orderdelivery_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        field_orderprocessed_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        field_ordermsg_total_count (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        text (str | Unset):
        sender_id (str | Unset):
        status_code (list[int] | Unset):
        created_at (list[int] | Unset):
        created_atgt (int | Unset):
        created_atgte (int | Unset):
        created_atlt (int | Unset):
        created_atlte (int | Unset):
        created_atbetween (str | Unset): An inclusive range of two integers written
            `<from>..<to>`.
        delivery_at (list[int] | Unset):
        processed_at (list[int] | Unset):
        msg_total_count (list[int] | Unset):
        source (list[int] | Unset):
        key_id (list[int] | Unset):
        is_unicode (bool | Unset):
        is_dryrun (bool | Unset):
        existsis_unicode (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkStatusCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        field_orderdelivery_at=field_orderdelivery_at,
        field_orderprocessed_at=field_orderprocessed_at,
        field_ordermsg_total_count=field_ordermsg_total_count,
        text=text,
        sender_id=sender_id,
        status_code=status_code,
        created_at=created_at,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
        created_atbetween=created_atbetween,
        delivery_at=delivery_at,
        processed_at=processed_at,
        msg_total_count=msg_total_count,
        source=source,
        key_id=key_id,
        is_unicode=is_unicode,
        is_dryrun=is_dryrun,
        existsis_unicode=existsis_unicode,
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
    field_orderdelivery_at: Ordering | Unset = UNSET,
    field_orderprocessed_at: Ordering | Unset = UNSET,
    field_ordermsg_total_count: Ordering | Unset = UNSET,
    text: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    status_code: list[int] | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
    delivery_at: list[int] | Unset = UNSET,
    processed_at: list[int] | Unset = UNSET,
    msg_total_count: list[int] | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    is_dryrun: bool | Unset = UNSET,
    existsis_unicode: bool | Unset = UNSET,
) -> BulkStatusCollection | None:
    """List bulk sendings, newest first unless ordered otherwise

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        field_orderdelivery_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        field_orderprocessed_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        field_ordermsg_total_count (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        text (str | Unset):
        sender_id (str | Unset):
        status_code (list[int] | Unset):
        created_at (list[int] | Unset):
        created_atgt (int | Unset):
        created_atgte (int | Unset):
        created_atlt (int | Unset):
        created_atlte (int | Unset):
        created_atbetween (str | Unset): An inclusive range of two integers written
            `<from>..<to>`.
        delivery_at (list[int] | Unset):
        processed_at (list[int] | Unset):
        msg_total_count (list[int] | Unset):
        source (list[int] | Unset):
        key_id (list[int] | Unset):
        is_unicode (bool | Unset):
        is_dryrun (bool | Unset):
        existsis_unicode (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkStatusCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        field_orderdelivery_at=field_orderdelivery_at,
        field_orderprocessed_at=field_orderprocessed_at,
        field_ordermsg_total_count=field_ordermsg_total_count,
        text=text,
        sender_id=sender_id,
        status_code=status_code,
        created_at=created_at,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
        created_atbetween=created_atbetween,
        delivery_at=delivery_at,
        processed_at=processed_at,
        msg_total_count=msg_total_count,
        source=source,
        key_id=key_id,
        is_unicode=is_unicode,
        is_dryrun=is_dryrun,
        existsis_unicode=existsis_unicode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    field_ordercreated_at: Ordering | Unset = UNSET,
    field_orderdelivery_at: Ordering | Unset = UNSET,
    field_orderprocessed_at: Ordering | Unset = UNSET,
    field_ordermsg_total_count: Ordering | Unset = UNSET,
    text: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    status_code: list[int] | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
    delivery_at: list[int] | Unset = UNSET,
    processed_at: list[int] | Unset = UNSET,
    msg_total_count: list[int] | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    is_dryrun: bool | Unset = UNSET,
    existsis_unicode: bool | Unset = UNSET,
) -> Response[BulkStatusCollection]:
    """List bulk sendings, newest first unless ordered otherwise

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        field_orderdelivery_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        field_orderprocessed_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        field_ordermsg_total_count (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        text (str | Unset):
        sender_id (str | Unset):
        status_code (list[int] | Unset):
        created_at (list[int] | Unset):
        created_atgt (int | Unset):
        created_atgte (int | Unset):
        created_atlt (int | Unset):
        created_atlte (int | Unset):
        created_atbetween (str | Unset): An inclusive range of two integers written
            `<from>..<to>`.
        delivery_at (list[int] | Unset):
        processed_at (list[int] | Unset):
        msg_total_count (list[int] | Unset):
        source (list[int] | Unset):
        key_id (list[int] | Unset):
        is_unicode (bool | Unset):
        is_dryrun (bool | Unset):
        existsis_unicode (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkStatusCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        field_orderdelivery_at=field_orderdelivery_at,
        field_orderprocessed_at=field_orderprocessed_at,
        field_ordermsg_total_count=field_ordermsg_total_count,
        text=text,
        sender_id=sender_id,
        status_code=status_code,
        created_at=created_at,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
        created_atbetween=created_atbetween,
        delivery_at=delivery_at,
        processed_at=processed_at,
        msg_total_count=msg_total_count,
        source=source,
        key_id=key_id,
        is_unicode=is_unicode,
        is_dryrun=is_dryrun,
        existsis_unicode=existsis_unicode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    field_ordercreated_at: Ordering | Unset = UNSET,
    field_orderdelivery_at: Ordering | Unset = UNSET,
    field_orderprocessed_at: Ordering | Unset = UNSET,
    field_ordermsg_total_count: Ordering | Unset = UNSET,
    text: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    status_code: list[int] | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
    delivery_at: list[int] | Unset = UNSET,
    processed_at: list[int] | Unset = UNSET,
    msg_total_count: list[int] | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    is_dryrun: bool | Unset = UNSET,
    existsis_unicode: bool | Unset = UNSET,
) -> BulkStatusCollection | None:
    """List bulk sendings, newest first unless ordered otherwise

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        field_orderdelivery_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        field_orderprocessed_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        field_ordermsg_total_count (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        text (str | Unset):
        sender_id (str | Unset):
        status_code (list[int] | Unset):
        created_at (list[int] | Unset):
        created_atgt (int | Unset):
        created_atgte (int | Unset):
        created_atlt (int | Unset):
        created_atlte (int | Unset):
        created_atbetween (str | Unset): An inclusive range of two integers written
            `<from>..<to>`.
        delivery_at (list[int] | Unset):
        processed_at (list[int] | Unset):
        msg_total_count (list[int] | Unset):
        source (list[int] | Unset):
        key_id (list[int] | Unset):
        is_unicode (bool | Unset):
        is_dryrun (bool | Unset):
        existsis_unicode (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkStatusCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            field_ordercreated_at=field_ordercreated_at,
            field_orderdelivery_at=field_orderdelivery_at,
            field_orderprocessed_at=field_orderprocessed_at,
            field_ordermsg_total_count=field_ordermsg_total_count,
            text=text,
            sender_id=sender_id,
            status_code=status_code,
            created_at=created_at,
            created_atgt=created_atgt,
            created_atgte=created_atgte,
            created_atlt=created_atlt,
            created_atlte=created_atlte,
            created_atbetween=created_atbetween,
            delivery_at=delivery_at,
            processed_at=processed_at,
            msg_total_count=msg_total_count,
            source=source,
            key_id=key_id,
            is_unicode=is_unicode,
            is_dryrun=is_dryrun,
            existsis_unicode=existsis_unicode,
        )
    ).parsed
