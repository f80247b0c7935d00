"""Check the API token and block addresses that keep sending wrong credentials."""

from __future__ import annotations

import hmac
import math
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field

TOKEN_HEADER = "x-lox24-auth-token"  # noqa: S105 - a header name, not a secret
#: The legacy header carrying the customer number next to a bare key. Release note 2.9 spells it
#: ``X-LOX24-AUTH-CLIENT-ID``; both names are accepted.
CLIENT_ID_HEADERS = ("x-lox24-client-id", "x-lox24-auth-client-id")
#: More than this many bad requests from one address within ``WINDOW`` seconds block it...
MAX_FAILURES = 3
WINDOW = 60.0
#: ...for this many seconds.
BLOCK_SECONDS = 600.0
#: What a blocked address is told (with the seconds left in ``Retry-After``).
BLOCKED_DETAIL = (
    "Too many requests with wrong credentials from this address: it is blocked for {seconds} s "
    "(Retry-After). POST /_sandbox/reset lifts every block; serve with --no-ip-block (or "
    "Sandbox(block_bad_auth=False)) to never block."
)


def ip_block_note() -> str:
    """One line for a served sandbox's banner: when an address is blocked and how to undo it."""
    return (
        f"More than {MAX_FAILURES} wrong tokens within {WINDOW:.0f} s block the address for "
        f"{BLOCK_SECONDS:.0f} s (429 with Retry-After); POST /_sandbox/reset lifts it, "
        "--no-ip-block turns it off."
    )


def presented_token(headers: Mapping[str, str]) -> str | None:
    """Return the token a request presents (``<client id>:<key>`` with the legacy headers)."""
    token = headers.get(TOKEN_HEADER)
    if token is None:
        return None
    client_id = next((headers[h] for h in CLIENT_ID_HEADERS if h in headers), None)
    return f"{client_id}:{token}" if client_id is not None else token


@dataclass
class AuthGuard:
    """The token check and the IP block, on the sandbox clock.

    Attributes:
        token: The only token the sandbox accepts.
        block_enabled: Whether repeated bad credentials block an address.

    """

    token: str
    block_enabled: bool = True
    _failures: dict[str, deque[float]] = field(default_factory=dict)
    _blocked_until: dict[str, float] = field(default_factory=dict)

    def is_blocked(self, address: str, now: float) -> bool:
        """Whether every request from ``address`` is refused (429) at ``now``."""
        return self.blocked_for(address, now) is not None

    def blocked_for(self, address: str, now: float) -> int | None:
        """The whole seconds left of the block of ``address`` at ``now``; None if not blocked."""
        until = self._blocked_until.get(address)
        if until is None:
            return None
        if now < until:
            return max(1, math.ceil(until - now))
        del self._blocked_until[address]
        return None

    def accepts(self, headers: Mapping[str, str]) -> bool:
        """Whether the request's credentials are the sandbox token."""
        token = presented_token(headers)
        return token is not None and hmac.compare_digest(token.encode(), self.token.encode())

    def record_failure(self, address: str, now: float) -> None:
        """Count a request with bad credentials; block the address past the limit."""
        if not self.block_enabled:
            return
        recent = self._failures.setdefault(address, deque())
        recent.append(now)
        while recent and recent[0] <= now - WINDOW:
            recent.popleft()
        if len(recent) > MAX_FAILURES:
            self._blocked_until[address] = now + BLOCK_SECONDS
            del self._failures[address]

    def reset(self) -> None:
        """Forget every failure and lift every block."""
        self._failures.clear()
        self._blocked_until.clear()
