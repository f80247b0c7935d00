"""Who may open the inbox: anyone when the sandbox listens on loopback only, else a login.

Locked, the inbox asks for the sandbox token once; a right token opens a session whose random
id lives in an ``HttpOnly`` cookie that ends with the browser session. The token itself is never
put in a URL, a page, a cookie or a log.
"""

from __future__ import annotations

import ipaddress
import secrets
import threading

from starlette.requests import HTTPConnection

#: The cookie holding the session id of a browser that gave the token.
SESSION_COOKIE = "lox24_inbox_session"


def is_loopback(host: str) -> bool:
    """Whether ``host`` (as given to the server to bind) is reachable from this machine only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class InboxAccess:
    """The inbox's door: open, or locked behind the token (locked until told otherwise)."""

    def __init__(self, token: str) -> None:
        self._token = token
        self._lock = threading.Lock()
        self._sessions: set[str] = set()
        self.locked = True

    def admits(self, connection: HTTPConnection) -> bool:
        """Whether this request may see the inbox."""
        if not self.locked:
            return True
        session = connection.cookies.get(SESSION_COOKIE)
        with self._lock:
            return session is not None and session in self._sessions

    def login(self, token: str) -> str | None:
        """A new session id for the right token; None for a wrong one."""
        if not secrets.compare_digest(token.encode(), self._token.encode()):
            return None
        session = secrets.token_urlsafe(32)
        with self._lock:
            self._sessions.add(session)
        return session

    def logout(self, connection: HTTPConnection) -> None:
        """End the session of this request, if it has one."""
        session = connection.cookies.get(SESSION_COOKIE)
        with self._lock:
            self._sessions.discard(session or "")

    def __repr__(self) -> str:
        return f"InboxAccess(locked={self.locked}, sessions={len(self._sessions)})"
