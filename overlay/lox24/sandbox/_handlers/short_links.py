"""Short links and the listing of the short links of a campaign."""

from __future__ import annotations

from ._call import Handler

#: The operations this module serves, by ``operationId``.
HANDLERS: dict[str, Handler] = {}
