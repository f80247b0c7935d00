"""Blocked numbers: numbers that never receive messages from the account."""

from __future__ import annotations

from ._call import Handler

#: The operations this module serves, by ``operationId``.
HANDLERS: dict[str, Handler] = {}
