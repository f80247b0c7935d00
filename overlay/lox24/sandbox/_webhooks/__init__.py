"""Webhook delivery: the sandbox posts its events to subscribed URLs, as LOX24 does.

* ``_records``: what is kept (subscriptions, attempts made, attempts waiting);
* ``_feed``: the one seam to the event log (each event handed out once, resets noticed);
* ``_queue``: deliveries ordered by due sandbox time, and the retry intervals;
* ``_poster``: one post, over HTTP or to an ASGI app in-process;
* ``_dispatcher``: :class:`SandboxWebhooks`, which ties them together (``Sandbox.webhooks``);
* ``_worker``: the background thread a served sandbox delivers with;
* ``_registry``: the one delivery of each sandbox, found from its core.

Its ``/_sandbox/webhooks`` routes live with the other controls (``_controls/_controls_webhooks``).
It may import ``_http``, ``_state`` and ``_api``, never ``_controls`` or the public face.
"""

from __future__ import annotations

from ._dispatcher import MAX_SUBSCRIPTIONS, SandboxWebhooks
from ._queue import RETRY_DELAYS
from ._records import EVENT_NAMES, DeliveryAttempt, PendingDelivery, WebhookSubscription
from ._registry import close_webhooks, webhooks_of

__all__ = [
    "EVENT_NAMES",
    "MAX_SUBSCRIPTIONS",
    "RETRY_DELAYS",
    "DeliveryAttempt",
    "PendingDelivery",
    "SandboxWebhooks",
    "WebhookSubscription",
    "close_webhooks",
    "webhooks_of",
]
