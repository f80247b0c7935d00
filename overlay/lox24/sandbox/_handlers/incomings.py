"""Incoming SMS: messages to the account's inbound numbers and replies to sent SMS."""

from __future__ import annotations

from ._call import Handler

#: The operations this module serves, by ``operationId``.
HANDLERS: dict[str, Handler] = {}
