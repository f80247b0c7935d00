"""Clicks on short links: per SMS, per bulk, per campaign, per short link and in total."""

from __future__ import annotations

from ._call import Handler

#: The operations this module serves, by ``operationId``.
HANDLERS: dict[str, Handler] = {}
