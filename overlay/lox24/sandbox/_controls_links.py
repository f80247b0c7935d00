"""``/_sandbox/simulate/...`` routes for clicks and (un)subscriptions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.routing import BaseRoute

if TYPE_CHECKING:
    from ._core import SandboxCore


def link_routes(core: SandboxCore) -> list[BaseRoute]:
    """Routes under ``/_sandbox`` that simulate recipients using short links."""
    del core
    return []
