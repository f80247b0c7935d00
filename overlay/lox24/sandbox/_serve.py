"""Serving a sandbox over HTTP, with its webhooks delivered as the clock runs."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ._app import SandboxApp
from ._inbox._access import is_loopback

if TYPE_CHECKING:
    from ._sandbox import Sandbox


def serve(
    sandbox: Sandbox,
    *,
    host: str = "127.0.0.1",
    port: int = 8024,
    webhook_urls: Iterable[str] = (),
    log_level: str = "warning",
) -> None:
    """Serve ``sandbox`` with uvicorn until interrupted, posting its webhooks meanwhile.

    Each URL of ``webhook_urls`` is subscribed to every event, and a background worker makes
    the delivery attempts as the sandbox clock reaches them (more subscriptions can be added at
    ``POST /_sandbox/webhooks``). The inbox at ``/`` is open when ``host`` is a loopback
    address; bound to any other address, it asks for the sandbox token.

    Args:
        sandbox: The sandbox to serve.
        host: The address to bind.
        port: The port to bind.
        webhook_urls: URLs that receive every event.
        log_level: uvicorn's log level.

    Raises:
        ValueError: A URL is not an HTTP(S) URL, or there are more than five.

    """
    import gc  # noqa: PLC0415 - only serving freezes what is alive at the start

    import uvicorn  # noqa: PLC0415 - only serving needs the server

    if isinstance(sandbox.app, SandboxApp):
        sandbox.app.inbox.access.locked = not is_loopback(host)
    for url in webhook_urls:
        sandbox.webhooks.subscribe(url)
    sandbox.webhooks.start()
    gc.freeze()  # the spec, its validators and the app live as long as the server
    try:
        # Open inbox pages hold an event stream: give them a second to go at shutdown.
        uvicorn.run(
            sandbox.app,
            host=host,
            port=port,
            log_level=log_level,
            timeout_graceful_shutdown=1,
        )
    finally:
        sandbox.webhooks.stop()
