"""Refuse an ``Accept`` header that names none of the API's formats (406).

The API's formats are JSON and JSON-LD, plus the media types of an operation's success response
in the spec (``text/csv`` for the group export). Like any API-Platform service it answers 406
when ``Accept`` names only other types (``text/html``, ``application/xml``); wildcards
(``*/*``, ``application/*``), no ``Accept`` at all, or an empty one accept anything. An
operation with a single representation (the CSV export, the plain-JSON batch operations) gives
it to any ``Accept`` naming one of the formats, as clients send one ``Accept`` for every call.
Which of JSON and JSON-LD is answered is ``_render.wants_jsonld``'s business.
"""

from __future__ import annotations

import functools

from lox24.sandbox._api._errors import ApiError
from lox24.sandbox._api._operations import Operation
from lox24.sandbox._api._spec import load_spec, resolve

NOT_ACCEPTABLE = 406
_API_TYPES = frozenset({"application/json", "application/ld+json"})


def check_acceptable(accept: str | None, operation: Operation) -> None:
    """Refuse with 406 when ``accept`` admits none of the operation's media types.

    Raises:
        ApiError: 406 naming the types the operation answers with.

    """
    if accept is None or _acceptable(accept, operation.method, operation.template):
        return
    supported = ", ".join(sorted(produced_types(operation.method, operation.template)))
    raise ApiError(NOT_ACCEPTABLE, f'Requested format "{accept}" is not supported: {supported}.')


@functools.lru_cache(maxsize=256)
def _acceptable(accept: str, method: str, template: str) -> bool:
    """Whether ``accept`` admits a type of the operation (clients send few distinct ones)."""
    if not accept.strip():
        return True
    produced = produced_types(method, template)
    for media_range in accept.split(","):
        media, _, params = media_range.partition(";")
        media = media.strip().lower()
        if not media or _quality(params) <= 0:
            continue
        if _satisfies(media, produced):
            return True
    return False


@functools.cache
def produced_types(method: str, template: str) -> frozenset[str]:
    """The API's formats (JSON, JSON-LD) and the media types of the operation's successes."""
    document = load_spec()
    operation = document["paths"][template][method.lower()]
    found: set[str] = set()
    for code, response in operation.get("responses", {}).items():
        if str(code).startswith("2"):
            found.update((resolve(document, response).get("content") or {}).keys())
    return frozenset(found) | _API_TYPES


def _satisfies(media: str, produced: frozenset[str]) -> bool:
    if media in {"*/*", "*"} or media in produced:
        return True
    kind, _, sub = media.partition("/")
    return sub == "*" and any(p.startswith(f"{kind}/") for p in produced)


def _quality(params: str) -> float:
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.strip().lower() == "q":
            try:
                return float(value)
            except ValueError:
                return 1.0
    return 1.0
