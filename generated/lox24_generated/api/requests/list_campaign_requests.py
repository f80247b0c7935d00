from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ordering import Ordering
from ...models.short_link_request_collection import ShortLinkRequestCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
    *,
    page: int | Unset = 1,
    field_orderdate: Ordering | Unset = UNSET,
    ip: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    referer: str | Unset = UNSET,
    date: list[int] | Unset = UNSET,
    type_: list[int] | Unset = UNSET,
    browser: str | Unset = UNSET,
    os: str | Unset = UNSET,
    os_version: str | Unset = UNSET,
    software_type: str | Unset = UNSET,
    hardware_type: str | Unset = UNSET,
    datebetween: str | Unset = UNSET,
    dategt: int | Unset = UNSET,
    dategte: int | Unset = UNSET,
    datelt: int | Unset = UNSET,
    datelte: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    json_field_orderdate: str | Unset = UNSET
    if not isinstance(field_orderdate, Unset):
        json_field_orderdate = field_orderdate.value

    params["_order[date]"] = json_field_orderdate

    params["ip"] = ip

    params["url"] = url_query

    params["user_agent"] = user_agent

    json_country: list[str] | Unset = UNSET
    if not isinstance(country, Unset):
        json_country = country

    params["country[]"] = json_country

    params["referer"] = referer

    json_date: list[int] | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date

    params["date[]"] = json_date

    json_type_: list[int] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type[]"] = json_type_

    params["browser"] = browser

    params["os"] = os

    params["os_version"] = os_version

    params["software_type"] = software_type

    params["hardware_type"] = hardware_type

    params["date[between]"] = datebetween

    params["date[gt]"] = dategt

    params["date[gte]"] = dategte

    params["date[lt]"] = datelt

    params["date[lte]"] = datelte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/short_link_campaigns/{code}/requests".format(
            code=quote(str(code), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ShortLinkRequestCollection | None:
    if response.status_code == 200:
        response_200 = ShortLinkRequestCollection.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ShortLinkRequestCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    field_orderdate: Ordering | Unset = UNSET,
    ip: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    referer: str | Unset = UNSET,
    date: list[int] | Unset = UNSET,
    type_: list[int] | Unset = UNSET,
    browser: str | Unset = UNSET,
    os: str | Unset = UNSET,
    os_version: str | Unset = UNSET,
    software_type: str | Unset = UNSET,
    hardware_type: str | Unset = UNSET,
    datebetween: str | Unset = UNSET,
    dategt: int | Unset = UNSET,
    dategte: int | Unset = UNSET,
    datelt: int | Unset = UNSET,
    datelte: int | Unset = UNSET,
) -> Response[ShortLinkRequestCollection]:
    """List the clicks on the short links of one campaign

    Args:
        code (str):
        page (int | Unset):  Default: 1.
        field_orderdate (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        ip (str | Unset):
        url_query (str | Unset):
        user_agent (str | Unset):
        country (list[str] | Unset):
        referer (str | Unset):
        date (list[int] | Unset):
        type_ (list[int] | Unset):
        browser (str | Unset):
        os (str | Unset):
        os_version (str | Unset):
        software_type (str | Unset):
        hardware_type (str | Unset):
        datebetween (str | Unset): An inclusive range of two integers written `<from>..<to>`.
        dategt (int | Unset):
        dategte (int | Unset):
        datelt (int | Unset):
        datelte (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShortLinkRequestCollection]
    """

    kwargs = _get_kwargs(
        code=code,
        page=page,
        field_orderdate=field_orderdate,
        ip=ip,
        url_query=url_query,
        user_agent=user_agent,
        country=country,
        referer=referer,
        date=date,
        type_=type_,
        browser=browser,
        os=os,
        os_version=os_version,
        software_type=software_type,
        hardware_type=hardware_type,
        datebetween=datebetween,
        dategt=dategt,
        dategte=dategte,
        datelt=datelt,
        datelte=datelte,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    field_orderdate: Ordering | Unset = UNSET,
    ip: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    referer: str | Unset = UNSET,
    date: list[int] | Unset = UNSET,
    type_: list[int] | Unset = UNSET,
    browser: str | Unset = UNSET,
    os: str | Unset = UNSET,
    os_version: str | Unset = UNSET,
    software_type: str | Unset = UNSET,
    hardware_type: str | Unset = UNSET,
    datebetween: str | Unset = UNSET,
    dategt: int | Unset = UNSET,
    dategte: int | Unset = UNSET,
    datelt: int | Unset = UNSET,
    datelte: int | Unset = UNSET,
) -> ShortLinkRequestCollection | None:
    """List the clicks on the short links of one campaign

    Args:
        code (str):
        page (int | Unset):  Default: 1.
        field_orderdate (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        ip (str | Unset):
        url_query (str | Unset):
        user_agent (str | Unset):
        country (list[str] | Unset):
        referer (str | Unset):
        date (list[int] | Unset):
        type_ (list[int] | Unset):
        browser (str | Unset):
        os (str | Unset):
        os_version (str | Unset):
        software_type (str | Unset):
        hardware_type (str | Unset):
        datebetween (str | Unset): An inclusive range of two integers written `<from>..<to>`.
        dategt (int | Unset):
        dategte (int | Unset):
        datelt (int | Unset):
        datelte (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShortLinkRequestCollection
    """

    return sync_detailed(
        code=code,
        client=client,
        page=page,
        field_orderdate=field_orderdate,
        ip=ip,
        url_query=url_query,
        user_agent=user_agent,
        country=country,
        referer=referer,
        date=date,
        type_=type_,
        browser=browser,
        os=os,
        os_version=os_version,
        software_type=software_type,
        hardware_type=hardware_type,
        datebetween=datebetween,
        dategt=dategt,
        dategte=dategte,
        datelt=datelt,
        datelte=datelte,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    field_orderdate: Ordering | Unset = UNSET,
    ip: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    referer: str | Unset = UNSET,
    date: list[int] | Unset = UNSET,
    type_: list[int] | Unset = UNSET,
    browser: str | Unset = UNSET,
    os: str | Unset = UNSET,
    os_version: str | Unset = UNSET,
    software_type: str | Unset = UNSET,
    hardware_type: str | Unset = UNSET,
    datebetween: str | Unset = UNSET,
    dategt: int | Unset = UNSET,
    dategte: int | Unset = UNSET,
    datelt: int | Unset = UNSET,
    datelte: int | Unset = UNSET,
) -> Response[ShortLinkRequestCollection]:
    """List the clicks on the short links of one campaign

    Args:
        code (str):
        page (int | Unset):  Default: 1.
        field_orderdate (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        ip (str | Unset):
        url_query (str | Unset):
        user_agent (str | Unset):
        country (list[str] | Unset):
        referer (str | Unset):
        date (list[int] | Unset):
        type_ (list[int] | Unset):
        browser (str | Unset):
        os (str | Unset):
        os_version (str | Unset):
        software_type (str | Unset):
        hardware_type (str | Unset):
        datebetween (str | Unset): An inclusive range of two integers written `<from>..<to>`.
        dategt (int | Unset):
        dategte (int | Unset):
        datelt (int | Unset):
        datelte (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ShortLinkRequestCollection]
    """

    kwargs = _get_kwargs(
        code=code,
        page=page,
        field_orderdate=field_orderdate,
        ip=ip,
        url_query=url_query,
        user_agent=user_agent,
        country=country,
        referer=referer,
        date=date,
        type_=type_,
        browser=browser,
        os=os,
        os_version=os_version,
        software_type=software_type,
        hardware_type=hardware_type,
        datebetween=datebetween,
        dategt=dategt,
        dategte=dategte,
        datelt=datelt,
        datelte=datelte,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    field_orderdate: Ordering | Unset = UNSET,
    ip: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    referer: str | Unset = UNSET,
    date: list[int] | Unset = UNSET,
    type_: list[int] | Unset = UNSET,
    browser: str | Unset = UNSET,
    os: str | Unset = UNSET,
    os_version: str | Unset = UNSET,
    software_type: str | Unset = UNSET,
    hardware_type: str | Unset = UNSET,
    datebetween: str | Unset = UNSET,
    dategt: int | Unset = UNSET,
    dategte: int | Unset = UNSET,
    datelt: int | Unset = UNSET,
    datelte: int | Unset = UNSET,
) -> ShortLinkRequestCollection | None:
    """List the clicks on the short links of one campaign

    Args:
        code (str):
        page (int | Unset):  Default: 1.
        field_orderdate (Ordering | Unset): Sort direction.

            - `asc`: Ascending: smallest or oldest first.
            - `desc`: Descending: largest or newest first.
        ip (str | Unset):
        url_query (str | Unset):
        user_agent (str | Unset):
        country (list[str] | Unset):
        referer (str | Unset):
        date (list[int] | Unset):
        type_ (list[int] | Unset):
        browser (str | Unset):
        os (str | Unset):
        os_version (str | Unset):
        software_type (str | Unset):
        hardware_type (str | Unset):
        datebetween (str | Unset): An inclusive range of two integers written `<from>..<to>`.
        dategt (int | Unset):
        dategte (int | Unset):
        datelt (int | Unset):
        datelte (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShortLinkRequestCollection
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            page=page,
            field_orderdate=field_orderdate,
            ip=ip,
            url_query=url_query,
            user_agent=user_agent,
            country=country,
            referer=referer,
            date=date,
            type_=type_,
            browser=browser,
            os=os,
            os_version=os_version,
            software_type=software_type,
            hardware_type=hardware_type,
            datebetween=datebetween,
            dategt=dategt,
            dategte=dategte,
            datelt=datelt,
            datelte=datelte,
        )
    ).parsed
