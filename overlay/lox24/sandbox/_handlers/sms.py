"""Sending, simulating, listing, reading and deleting SMS, and the batch cancel and delete."""

from __future__ import annotations

from ._call import Handler

#: The operations this module serves, by ``operationId``.
HANDLERS: dict[str, Handler] = {}
