"""Reading the body of an error response, whatever it holds (JSON problem, HTML, garbage)."""

from __future__ import annotations

import json
from typing import Any

import httpx

#: Error bodies longer than this are cut in ``APIStatusError.text`` (a proxy page can be huge).
MAX_ERROR_TEXT = 64 * 1024


def text_of(response: httpx.Response) -> str:
    """The body as text; undecodable bytes are replaced, never raised."""
    content = response.content[:MAX_ERROR_TEXT]
    try:
        return content.decode(response.encoding or "utf-8", errors="replace")
    except LookupError:  # an unknown charset in Content-Type
        return content.decode("utf-8", errors="replace")


def json_or_none(text: str) -> Any:
    """The JSON value of ``text``, or ``None`` when it is not JSON (or nested too deeply)."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def problem_detail(body: Any) -> str | None:
    """The server's description of the problem in a problem+json or Hydra error body."""
    if not isinstance(body, dict):
        return None
    for key in ("detail", "hydra:description", "title", "hydra:title", "message"):
        value = body.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def violations_of(body: Any) -> list[tuple[str, str]]:
    """The ``(propertyPath, message)`` pairs of a validation error body."""
    items = body.get("violations") if isinstance(body, dict) else None
    if not isinstance(items, list):
        return []
    return [
        (str(item.get("propertyPath", "")), str(item.get("message", "")))
        for item in items
        if isinstance(item, dict)
    ]
