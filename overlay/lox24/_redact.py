"""Keeping secrets and personal data out of logs, messages, reprs and pickles.

The token only lives in ``TokenAuth`` and in the header of a request in flight. Anything that
outlives a request (an exception, a log line) gets a copy without it, and phone numbers in
paths are masked to their last three digits.
"""

from __future__ import annotations

import re

import httpx

from ._constants import AUTH_HEADER

#: Six or more digits in a row, with an optional leading ``+`` (or its ``%2B`` encoding).
_PHONE = re.compile(r"(?<![0-9A-Za-z])(\+|%2[Bb])?\d{3,}(\d{3})(?![0-9A-Za-z])")
#: Headers that are never kept on a request copy.
SECRET_HEADERS = frozenset({AUTH_HEADER.lower(), "authorization", "proxy-authorization", "cookie"})


def mask_phones(text: str) -> str:
    """Replace every run of six or more digits (a phone number) by stars and its last three.

    Example:
        >>> mask_phones("/blocked_numbers/+491701234567")
        '/blocked_numbers/***567'

    """
    return _PHONE.sub(lambda match: f"***{match.group(2)}", text)


def redacted_request(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` for keeping: no credentials in headers or URL, no body."""
    headers = [
        (name, "<hidden>" if name.lower() in SECRET_HEADERS else value)
        for name, value in request.headers.multi_items()
    ]
    url = request.url.copy_with(userinfo=b"") if request.url.userinfo else request.url
    return httpx.Request(request.method, url, headers=headers)


def origin_of(url: httpx.URL) -> tuple[str, str, int | None]:
    """``(scheme, host, port)`` with the scheme's default port filled in."""
    default = {"http": 80, "https": 443}.get(url.scheme)
    return (url.scheme, url.host.lower(), url.port or default)


def describe_origin(url: httpx.URL) -> str:
    """``scheme://host[:port]``: what a message may say about where a request went."""
    port = f":{url.port}" if url.port else ""
    return f"{url.scheme}://{url.host}{port}"
