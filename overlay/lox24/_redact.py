"""Keeping secrets and personal data out of logs, messages, reprs and pickles.

The token only lives in ``TokenAuth`` and in the header of a request in flight. Anything that
outlives a request (an exception, a log line) gets a copy without it, and phone numbers in
paths are masked to their last three digits.

An exception the client raises chains the httpx error that caused it (``__cause__``), and that
error holds the request it failed, headers included. ``scrub_chain`` replaces every request and
response held by an exception of the chain with a copy without credentials, and cuts each
traceback below the client's own transport: the frames of the HTTP stack underneath (httpcore,
h11, ...) hold the raw header lines in their local variables, which error reporters that
capture locals would otherwise record.
"""

from __future__ import annotations

import re
from types import TracebackType

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


def scrub_chain(error: BaseException) -> None:
    """Remove credentials from ``error`` and every exception chained to it, in place.

    Covers ``__cause__`` and ``__context__`` (and the members of exception groups), every
    ``httpx.Request`` held in an exception's attributes (``error.request`` of httpx errors)
    and the request of every ``httpx.Response`` held there; tracebacks lose the frames below
    the client's transport.
    """
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        _scrub_attributes(current)
        current.__traceback__ = _above_transport(current.__traceback__)
        pending.extend((current.__cause__, current.__context__))
        if isinstance(current, BaseExceptionGroup):
            pending.extend(current.exceptions)


def _scrub_attributes(error: BaseException) -> None:
    for name, value in list(vars(error).items()):
        if isinstance(value, httpx.Request):
            setattr(error, name, redacted_request(value))
        elif isinstance(value, httpx.Response):
            try:
                value.request = redacted_request(value.request)
            except RuntimeError:  # a response built without a request
                continue


def _above_transport(traceback: TracebackType | None) -> TracebackType | None:
    """``traceback`` ending at its last frame in the client's code (not the sandbox's).

    What lies below is the HTTP stack the transport called, whose locals hold raw headers.
    When no frame is the client's, the traceback is kept whole: it is not one of ours.
    """
    last: TracebackType | None = None
    frame = traceback
    while frame is not None:
        if _is_client_code(frame.tb_frame.f_globals.get("__name__", "")):
            last = frame
        frame = frame.tb_next
    if last is not None:
        last.tb_next = None
    return traceback


def _is_client_code(module: object) -> bool:
    return (
        isinstance(module, str)
        and (module == "lox24" or module.startswith("lox24."))
        and not module.startswith("lox24.sandbox")
    )


def origin_of(url: httpx.URL) -> tuple[str, str, int | None]:
    """``(scheme, host, port)`` with the scheme's default port filled in."""
    default = {"http": 80, "https": 443}.get(url.scheme)
    return (url.scheme, url.host.lower(), url.port or default)


def describe_origin(url: httpx.URL) -> str:
    """``scheme://host[:port]``: what a message may say about where a request went."""
    port = f":{url.port}" if url.port else ""
    return f"{url.scheme}://{url.host}{port}"
