from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sms import Sms
from ...models.sms_write import SmsWrite
from ...types import Response


def _get_kwargs(
    *,
    body: SmsWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Sms | None:
    if response.status_code == 201:
        response_201 = Sms.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Sms]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsWrite,
) -> Response[Sms]:
    """Send one SMS or voice message, now or at a scheduled time

     The message is charged when it is accepted. Its delivery reports arrive with the
    `sms.delivery` webhook (carrying your `callback_data`) or can be read with `get_sms`.

    Args:
        body (SmsWrite): A message to send. A GSM 7-bit text fits 160 characters in one SMS and
            153 per part when
            longer (a few characters such as `€`, `[`, `]`, `{`, `}`, `|`, `^`, `~` and `\\` count
            twice); a Unicode text fits 70, or 67 per part; at most 1530 GSM or 670 Unicode characters
            are sent. Put `[slink <campaign code>]` in the text to insert a short link. Voice messages
            (`text2speech_ssml`) take SSML inside `<speak>`, with `<break time="…"/>` and
            `<say-as interpret-as="characters">` as the supported elements.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Sms]
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
    body: SmsWrite,
) -> Sms | None:
    """Send one SMS or voice message, now or at a scheduled time

     The message is charged when it is accepted. Its delivery reports arrive with the
    `sms.delivery` webhook (carrying your `callback_data`) or can be read with `get_sms`.

    Args:
        body (SmsWrite): A message to send. A GSM 7-bit text fits 160 characters in one SMS and
            153 per part when
            longer (a few characters such as `€`, `[`, `]`, `{`, `}`, `|`, `^`, `~` and `\\` count
            twice); a Unicode text fits 70, or 67 per part; at most 1530 GSM or 670 Unicode characters
            are sent. Put `[slink <campaign code>]` in the text to insert a short link. Voice messages
            (`text2speech_ssml`) take SSML inside `<speak>`, with `<break time="…"/>` and
            `<say-as interpret-as="characters">` as the supported elements.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Sms
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SmsWrite,
) -> Response[Sms]:
    """Send one SMS or voice message, now or at a scheduled time

     The message is charged when it is accepted. Its delivery reports arrive with the
    `sms.delivery` webhook (carrying your `callback_data`) or can be read with `get_sms`.

    Args:
        body (SmsWrite): A message to send. A GSM 7-bit text fits 160 characters in one SMS and
            153 per part when
            longer (a few characters such as `€`, `[`, `]`, `{`, `}`, `|`, `^`, `~` and `\\` count
            twice); a Unicode text fits 70, or 67 per part; at most 1530 GSM or 670 Unicode characters
            are sent. Put `[slink <campaign code>]` in the text to insert a short link. Voice messages
            (`text2speech_ssml`) take SSML inside `<speak>`, with `<break time="…"/>` and
            `<say-as interpret-as="characters">` as the supported elements.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Sms]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SmsWrite,
) -> Sms | None:
    """Send one SMS or voice message, now or at a scheduled time

     The message is charged when it is accepted. Its delivery reports arrive with the
    `sms.delivery` webhook (carrying your `callback_data`) or can be read with `get_sms`.

    Args:
        body (SmsWrite): A message to send. A GSM 7-bit text fits 160 characters in one SMS and
            153 per part when
            longer (a few characters such as `€`, `[`, `]`, `{`, `}`, `|`, `^`, `~` and `\\` count
            twice); a Unicode text fits 70, or 67 per part; at most 1530 GSM or 670 Unicode characters
            are sent. Put `[slink <campaign code>]` in the text to insert a short link. Voice messages
            (`text2speech_ssml`) take SSML inside `<speak>`, with `<break time="…"/>` and
            `<say-as interpret-as="characters">` as the supported elements.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Sms
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
