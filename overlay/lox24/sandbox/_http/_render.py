"""Content negotiation and the HTTP responses the sandbox sends."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence

from starlette.responses import Response

from lox24.sandbox._api._errors import ApiError, batch_error_body, error_body
from lox24.sandbox._api._operations import Operation
from lox24.sandbox._api._replies import CREATED, BatchReply, Resource
from lox24.sandbox._api._types import JsonValue
from lox24.sandbox._state._collection import PageSlice

from . import _hydra

PLAIN = "application/json"
JSONLD = "application/ld+json"
PLAIN_TYPE = f"{PLAIN}; charset=utf-8"
JSONLD_TYPE = f"{JSONLD}; charset=utf-8"
CSV_TYPE = "text/csv; charset=utf-8"
_JSONLD_RANGES = frozenset({JSONLD, "*/*", "application/*"})


#: Compact, not ASCII-escaped, refusing NaN and infinities; made once, not per answer.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


@functools.lru_cache(maxsize=256)
def wants_jsonld(accept: str | None) -> bool:
    """Whether to answer in JSON-LD: unless ``application/json`` is preferred, yes.

    ``application/json`` gives the plain representation; ``application/ld+json``, ``*/*``, no
    ``Accept`` at all or anything else gives JSON-LD. Quality values are honoured.
    """
    plain = linked = 0.0
    for media_range in (accept or "").split(","):
        media, _, params = media_range.partition(";")
        media = media.strip().lower()
        quality = _quality(params)
        if media == PLAIN:
            plain = max(plain, quality)
        elif media in _JSONLD_RANGES:
            linked = max(linked, quality)
    return not (plain > 0 and plain > linked)


def _quality(params: str) -> float:
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.strip().lower() == "q":
            try:
                return float(value)
            except ValueError:
                return 1.0
    return 1.0


def json_response(
    payload: JsonValue, *, status: int, jsonld: bool, headers: Mapping[str, str] | None = None
) -> Response:
    """Make a JSON or JSON-LD response with ``payload`` as its body."""
    body = _ENCODER.encode(payload)
    media_type = JSONLD_TYPE if jsonld else PLAIN_TYPE
    return Response(body.encode(), status_code=status, headers=headers, media_type=media_type)


def error_response(error: ApiError, *, jsonld: bool) -> Response:
    """Make the response for a refused request."""
    payload = error_body(error, jsonld=jsonld)
    return json_response(payload, status=error.status, jsonld=jsonld, headers=error.headers)


def csv_response(text: str) -> Response:
    """Make a CSV download."""
    return Response(text.encode(), media_type=CSV_TYPE)


def collection_payload(
    *,
    type_name: str,
    members: Sequence[Resource],
    page: PageSlice,
    operation: Operation,
    path: str,
    pairs: Sequence[tuple[str, str]],
    jsonld: bool,
) -> JsonValue:
    """One page of a collection: a bare array, or a Hydra collection in JSON-LD."""
    items = [m.represent(jsonld=jsonld) for m in members]
    if not jsonld:
        return items
    return _hydra.collection(
        type_name=type_name, path=path, pairs=pairs, page=page, members=items, operation=operation
    )


def batch_payload(reply: BatchReply, *, jsonld: bool) -> JsonValue:
    """One result per batch item: ``{"status", "body"}``, wrapped in a collection in JSON-LD."""
    results = [
        {"status": CREATED, "body": r.represent(jsonld=jsonld)}
        if isinstance(r, Resource)
        else {"status": r.status, "body": batch_error_body(r, jsonld=jsonld)}
        for r in reply.results
    ]
    if not jsonld:
        return results
    return {
        "@context": f"/contexts/{reply.type}",
        "@id": reply.iri,
        "@type": "hydra:Collection",
        "hydra:member": results,
        "hydra:totalItems": len(results),
    }
