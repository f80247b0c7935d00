"""What the receiver answers: a status and a small JSON body saying what became of the event."""

from __future__ import annotations

import json
from typing import NamedTuple


class Reply(NamedTuple):
    """What to answer LOX24: a status and a small JSON body (``status, body = reply``)."""

    status: int
    body: bytes

    @property
    def headers(self) -> dict[str, str]:
        """The response headers to send with the body."""
        return {"Content-Type": "application/json"}


def reply(code: int, /, **fields: str | None) -> Reply:
    """A reply whose body is ``fields`` as a JSON object."""
    return Reply(code, json.dumps(fields, ensure_ascii=True).encode())
