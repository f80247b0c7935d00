from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.incoming_collection import IncomingCollection
from ...models.ordering import Ordering
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    field_orderreceived_at: Ordering | Unset = UNSET,
    text: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    msg_uuid: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    json_field_orderreceived_at: str | Unset = UNSET
    if not isinstance(field_orderreceived_at, Unset):
        json_field_orderreceived_at = field_orderreceived_at.value

    params["_order[received_at]"] = json_field_orderreceived_at

    params["text"] = text

    params["from"] = from_

    params["to"] = to

    json_msg_uuid: list[str] | Unset = UNSET
    if not isinstance(msg_uuid, Unset):
        json_msg_uuid = msg_uuid

    params["msg_uuid[]"] = json_msg_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/incomings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IncomingCollection | None:
    if response.status_code == 200:
        response_200 = IncomingCollection.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IncomingCollection]:
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
    field_orderreceived_at: Ordering | Unset = UNSET,
    text: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    msg_uuid: list[str] | Unset = UNSET,
) -> Response[IncomingCollection]:
    """List received SMS, newest first unless ordered otherwise

     The inbox holds messages sent to the account's own inbound number and replies to economy SMS
    sent to Germany; a reply names the SMS it answers in `msg_uuid`.

    Args:
        page (int | Unset):  Default: 1.
        field_orderreceived_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        text (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        msg_uuid (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IncomingCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_orderreceived_at=field_orderreceived_at,
        text=text,
        from_=from_,
        to=to,
        msg_uuid=msg_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    field_orderreceived_at: Ordering | Unset = UNSET,
    text: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    msg_uuid: list[str] | Unset = UNSET,
) -> IncomingCollection | None:
    """List received SMS, newest first unless ordered otherwise

     The inbox holds messages sent to the account's own inbound number and replies to economy SMS
    sent to Germany; a reply names the SMS it answers in `msg_uuid`.

    Args:
        page (int | Unset):  Default: 1.
        field_orderreceived_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        text (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        msg_uuid (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IncomingCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        field_orderreceived_at=field_orderreceived_at,
        text=text,
        from_=from_,
        to=to,
        msg_uuid=msg_uuid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    field_orderreceived_at: Ordering | Unset = UNSET,
    text: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    msg_uuid: list[str] | Unset = UNSET,
) -> Response[IncomingCollection]:
    """List received SMS, newest first unless ordered otherwise

     The inbox holds messages sent to the account's own inbound number and replies to economy SMS
    sent to Germany; a reply names the SMS it answers in `msg_uuid`.

    Args:
        page (int | Unset):  Default: 1.
        field_orderreceived_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        text (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        msg_uuid (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IncomingCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_orderreceived_at=field_orderreceived_at,
        text=text,
        from_=from_,
        to=to,
        msg_uuid=msg_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    field_orderreceived_at: Ordering | Unset = UNSET,
    text: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    msg_uuid: list[str] | Unset = UNSET,
) -> IncomingCollection | None:
    """List received SMS, newest first unless ordered otherwise

     The inbox holds messages sent to the account's own inbound number and replies to economy SMS
    sent to Germany; a reply names the SMS it answers in `msg_uuid`.

    Args:
        page (int | Unset):  Default: 1.
        field_orderreceived_at (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        text (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        msg_uuid (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IncomingCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            field_orderreceived_at=field_orderreceived_at,
            text=text,
            from_=from_,
            to=to,
            msg_uuid=msg_uuid,
        )
    ).parsed
