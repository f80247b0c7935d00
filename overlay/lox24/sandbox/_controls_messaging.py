"""``/_sandbox/simulate/...`` routes for incoming SMS and replies."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.routing import BaseRoute

if TYPE_CHECKING:
    from ._core import SandboxCore


def messaging_routes(core: SandboxCore) -> list[BaseRoute]:
    """Routes under ``/_sandbox`` that simulate messages arriving."""
    del core
    return []
