"""Simulations of what recipients do with short links: clicks, subscriptions, unsubscriptions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from lox24.sandbox._api._errors import ApiError
from lox24.sandbox._state._click_agents import IPHONE_SAFARI
from lox24.sandbox._state._clicks import record_click
from lox24.sandbox._state._link_forms import subscribe, unsubscribe

from ._simulate_base import SimulationBase

#: The address a simulated click comes from unless told otherwise (a documentation address).
DEFAULT_IP = "203.0.113.7"
NOT_FOUND = 404


class LinkSimulation(SimulationBase):
    """Clicks on short links and the use of (un)subscription forms.

    Short links exist once a sent text's ``[slink <code>]`` placeholders were expanded; their
    codes are in ``GET /short_links``. Every method raises ``LookupError`` for an unknown short
    link or campaign and ``ValueError`` for a value it cannot use.
    """

    def click(
        self,
        short_code: str,
        *,
        ip: str = DEFAULT_IP,
        user_agent: str | None = IPHONE_SAFARI,
        referer: str | None = None,
        country: str = "DE",
    ) -> dict[str, Any]:
        """Open the short link ``short_code`` now.

        Args:
            short_code: The link's code (``https://l24.pw/<short_code>``).
            ip: The visitor's IPv4 address.
            user_agent: The visitor's user agent (an iPhone's Safari unless given); browser,
                OS and device kind are read from it.
            referer: The page the visitor came from.
            country: The visitor's country (ISO 3166-1 alpha-2).

        Returns:
            The recorded click, as ``GET /short_link_requests/{id}`` answers it in plain JSON.

        """
        core = self._core
        with core.lock, _python_errors():
            return record_click(
                core.store,
                short_code,
                ip=ip,
                user_agent=user_agent,
                referer=referer,
                country=country,
                now=core.clock.now(),
            )

    def subscribe(
        self, campaign_code: str, phone: str, *, at: float | None = None
    ) -> dict[str, Any]:
        """Fill in the form of subscription campaign ``campaign_code`` for ``phone``.

        The number joins the campaign's group (if it is not there yet), its entry gets
        ``subscribed_at``, and a ``phone.subscribe`` event is emitted.

        Args:
            campaign_code: The subscription campaign's code.
            phone: The number, in any form the group phones accept (stored in E.164 form).
            at: When it happens (sandbox time; now unless given).

        Returns:
            The data of the ``phone.subscribe`` event.

        """
        core = self._core
        with core.lock, _python_errors():
            when = core.clock.now() if at is None else at
            return subscribe(core.store, campaign_code, phone, at=when)

    def unsubscribe(
        self,
        campaign_code: str,
        phone: str,
        reason_id: int,
        *,
        text: str = "",
        at: float | None = None,
    ) -> dict[str, Any]:
        """Fill in the form of unsubscription campaign ``campaign_code`` for ``phone``.

        The number is blocked (type 2), its entries in the campaign's group get
        ``unsubscribed_at`` and ``unsubscribe_reason``, and a ``phone.unsubscribe`` event is
        emitted.

        Args:
            campaign_code: The unsubscription campaign's code.
            phone: The number, in any form the group phones accept.
            reason_id: The reason chosen, 1 to 6 (see ``UnsubscribeReason`` in the spec).
            text: What the recipient wrote in the form.
            at: When it happens (sandbox time; now unless given).

        Returns:
            The data of the ``phone.unsubscribe`` event.

        """
        core = self._core
        with core.lock, _python_errors():
            when = core.clock.now() if at is None else at
            return unsubscribe(core.store, campaign_code, phone, reason_id, text=text, at=when)


@contextmanager
def _python_errors() -> Iterator[None]:
    """Turn a refusal into ``LookupError`` (nothing found) or ``ValueError`` (anything else)."""
    try:
        yield
    except ApiError as refused:
        if refused.status == NOT_FOUND:
            raise LookupError(refused.detail) from None
        raise ValueError(refused.detail) from None
