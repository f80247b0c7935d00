"""Fraud checks of a phone, e-mail address, IP address and postal address."""

from __future__ import annotations

from ._call import Handler

#: The operations this module serves, by ``operationId``.
HANDLERS: dict[str, Handler] = {}
