"""Posting one webhook body: over HTTP with httpx, or to an ASGI app in-process."""

from __future__ import annotations

import time

import httpx
from starlette.types import ASGIApp

from lox24.sandbox._http._transport import EventLoopThread

#: The address an in-process receiver sees the post coming from: one of LOX24's sender IPs.
SENDER_ADDRESS = ("162.55.80.140", 443)
#: Seconds a post may take before it counts as unanswered.
POST_TIMEOUT = 10.0
HEADERS = {"Content-Type": "application/json", "User-Agent": "lox24-sandbox-webhooks"}

#: How much of an answer's body an attempt keeps, in characters.
ANSWER_KEPT = 2000

#: What a post came to: the status answered (or None), why none came (or None), the start of
#: the answer's body (or None) and the seconds the post took.
Outcome = tuple[int | None, str | None, str | None, float]


class Poster:
    """Sends webhook bodies and reports the status code or why none came.

    Args:
        timeout: Seconds a post may take.

    """

    def __init__(self, *, timeout: float = POST_TIMEOUT) -> None:
        self._http = httpx.Client(timeout=timeout, trust_env=False, follow_redirects=False)
        self._timeout = timeout
        self._runner = EventLoopThread()

    def post(self, url: str, body: bytes, *, app: ASGIApp | None = None) -> Outcome:
        """Post ``body`` to ``url`` (in-process when ``app`` is given).

        Returns:
            The status code answered, ``None``, the start of the answer's body and the seconds
            taken; or ``None``, what went wrong, ``None`` and the seconds taken.

        """
        started = time.perf_counter()
        try:
            if app is not None:
                status, text = self._runner.run(self._post_in_process(app, url, body))
            else:
                response = self._http.post(url, content=body, headers=HEADERS)
                status, text = response.status_code, response.text[:ANSWER_KEPT]
        except httpx.HTTPError as failed:
            error = f"{type(failed).__name__}: {failed}"
            return None, error, None, time.perf_counter() - started
        return status, None, text, time.perf_counter() - started

    async def _post_in_process(self, app: ASGIApp, url: str, body: bytes) -> tuple[int, str]:
        transport = httpx.ASGITransport(app=app, client=SENDER_ADDRESS, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, timeout=self._timeout) as client:
            response = await client.post(url, content=body, headers=HEADERS)
        return response.status_code, response.text[:ANSWER_KEPT]

    def close(self) -> None:
        """Close the HTTP connections and stop the in-process event loop."""
        self._http.close()
        self._runner.close()
