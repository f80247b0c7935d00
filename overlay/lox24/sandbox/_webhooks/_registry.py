"""One :class:`SandboxWebhooks` per sandbox, created on first use and found from its core."""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING

from ._dispatcher import SandboxWebhooks

if TYPE_CHECKING:
    from lox24.sandbox._http._core import SandboxCore

_lock = threading.Lock()
_by_core: weakref.WeakKeyDictionary[SandboxCore, SandboxWebhooks] = weakref.WeakKeyDictionary()


def webhooks_of(core: SandboxCore) -> SandboxWebhooks:
    """Return the webhook delivery of the sandbox ``core`` belongs to."""
    with _lock:
        found = _by_core.get(core)
        if found is None:
            found = _by_core[core] = SandboxWebhooks(core.clock, core)
        return found


def close_webhooks(core: SandboxCore) -> None:
    """Stop the delivery of ``core``'s sandbox, if it was ever used."""
    with _lock:
        found = _by_core.pop(core, None)
    if found is not None:
        found.close()
