"""The parts of an ASGI HTTP request the API reads, taken from the scope once.

Reading the scope directly spares every request a Starlette ``Request`` and its header and
query objects: the API asks for a handful of headers and one parse of the query string.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl

from starlette.requests import ClientDisconnect
from starlette.types import Receive, Scope

from lox24.sandbox._api._errors import ApiError

from ._limits import PAYLOAD_TOO_LARGE

#: The address a request without a client address is taken to come from.
LOOPBACK = "127.0.0.1"


@dataclass(frozen=True, slots=True)
class Incoming:
    """One API request's line and headers.

    Attributes:
        method: The HTTP method.
        path: The request path.
        query_string: The raw query string (without ``?``), as sent.
        headers: The headers by lower-case name; a header sent twice keeps its first value.
        client_ip: The address the request came from.

    """

    method: str
    path: str
    query_string: bytes
    headers: dict[str, str]
    client_ip: str

    @classmethod
    def from_scope(cls, scope: Scope) -> Incoming:
        """Read the request line and headers of an HTTP scope."""
        headers: dict[str, str] = {}
        for raw_name, raw_value in scope["headers"]:
            name = raw_name.decode("latin-1").lower()
            if name not in headers:
                headers[name] = raw_value.decode("latin-1")
        client = scope.get("client")
        return cls(
            method=scope["method"],
            path=scope["path"],
            query_string=scope.get("query_string", b""),
            headers=headers,
            client_ip=client[0] if client else LOOPBACK,
        )

    def query_pairs(self) -> list[tuple[str, str]]:
        """The query parameters in order, blank values kept (as Starlette reads them)."""
        if not self.query_string:
            return []
        return parse_qsl(self.query_string.decode("latin-1"), keep_blank_values=True)


async def read_body(receive: Receive, declared_length: str | None, limit: int) -> bytes:
    """Read a request body, refusing with 413 as soon as it is larger than ``limit`` bytes.

    Raises:
        ApiError: 413 when ``Content-Length`` or the bytes received exceed the limit.
        ClientDisconnect: The client went away before the body was complete.

    """
    declared = declared_length or ""
    if declared.isdigit() and (len(declared) > len(str(limit)) or int(declared) > limit):
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        kind = message["type"]
        if kind == "http.disconnect":
            raise ClientDisconnect
        if kind != "http.request":
            continue
        chunk = message.get("body", b"")
        if chunk:
            size += len(chunk)
            if size > limit:
                raise _too_large(limit)
            chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _too_large(limit: int) -> ApiError:
    return ApiError(PAYLOAD_TOO_LARGE, f"The request body is larger than {limit} bytes.")
