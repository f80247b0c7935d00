from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign import Campaign
from ...models.campaign_write import CampaignWrite
from ...types import Response


def _get_kwargs(
    *,
    body: CampaignWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/short_link_campaigns",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Campaign | None:
    if response.status_code == 201:
        response_201 = Campaign.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Campaign]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignWrite,
) -> Response[Campaign]:
    """Create a short-link campaign that redirects to a URL of yours

     Put `[slink <code>]` into an SMS or bulk text (the code is the campaign's `id`) and LOX24
    replaces it with a short link on the `l24.pw` domain. See `CampaignType` for the difference
    between simple and advanced campaigns.

    Args:
        body (CampaignWrite): The fields of a short-link campaign that can be set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Campaign]
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
    body: CampaignWrite,
) -> Campaign | None:
    """Create a short-link campaign that redirects to a URL of yours

     Put `[slink <code>]` into an SMS or bulk text (the code is the campaign's `id`) and LOX24
    replaces it with a short link on the `l24.pw` domain. See `CampaignType` for the difference
    between simple and advanced campaigns.

    Args:
        body (CampaignWrite): The fields of a short-link campaign that can be set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Campaign
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignWrite,
) -> Response[Campaign]:
    """Create a short-link campaign that redirects to a URL of yours

     Put `[slink <code>]` into an SMS or bulk text (the code is the campaign's `id`) and LOX24
    replaces it with a short link on the `l24.pw` domain. See `CampaignType` for the difference
    between simple and advanced campaigns.

    Args:
        body (CampaignWrite): The fields of a short-link campaign that can be set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Campaign]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignWrite,
) -> Campaign | None:
    """Create a short-link campaign that redirects to a URL of yours

     Put `[slink <code>]` into an SMS or bulk text (the code is the campaign's `id`) and LOX24
    replaces it with a short link on the `l24.pw` domain. See `CampaignType` for the difference
    between simple and advanced campaigns.

    Args:
        body (CampaignWrite): The fields of a short-link campaign that can be set.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Campaign
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
