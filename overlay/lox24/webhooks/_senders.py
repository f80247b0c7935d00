"""Whether a request comes from LOX24: its sender addresses, behind proxies too.

LOX24 documents no signature for webhooks; it documents the addresses it sends from. A service
behind a reverse proxy or load balancer sees the proxy's address as the peer; the original
client is then in ``X-Forwarded-For``, which is believed only when the peer is a proxy you
trust, and read from the right, skipping your own trusted proxies, so that a sender cannot
forge its way in by writing the header itself.

The check also holds when the server itself rewrites the peer from the header (uvicorn does so
by default for requests from 127.0.0.1): a peer that is one of the addresses the forwarding
headers name is taken as rewritten, and refused, because the address the request really came
from is then unknown. Serve with the server's proxy handling off (``uvicorn --no-proxy-headers``)
and name your proxies in ``trusted_proxies``.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping
from typing import Final, TypeAlias

from lox24._exceptions import InvalidInputError

Address: TypeAlias = ipaddress.IPv4Address | ipaddress.IPv6Address
Network: TypeAlias = ipaddress.IPv4Network | ipaddress.IPv6Network
#: Request headers as a mapping, or as (name, value) pairs of text or bytes (as ASGI gives them).
Headers: TypeAlias = Mapping[str, str] | Iterable[tuple[str | bytes, str | bytes]]

#: The addresses LOX24 sends webhooks from.
LOX24_WEBHOOK_SENDERS: Final = (
    ipaddress.ip_address("162.55.80.140"),
    ipaddress.ip_address("162.55.80.141"),
)
#: The local sandbox's sender (``lox24 sandbox serve`` posts from loopback), for development:
#: ``Receiver(allowed_senders=SANDBOX)``. A loopback request that carries a forwarding header
#: is refused even so, since a local reverse proxy's requests come from loopback too.
SANDBOX: Final = (ipaddress.ip_network("127.0.0.0/8"), ipaddress.ip_network("::1/128"))
FORWARDED_FOR: Final = "x-forwarded-for"
#: Headers a proxy (or a client pretending to be one) names an original client in.
FORWARDING_HEADERS: Final = (FORWARDED_FOR, "forwarded", "x-real-ip")


def parse_address(text: object) -> Address | None:
    """Read an address as a peer or a proxy header gives it, or ``None`` if it is not one.

    Accepts ``1.2.3.4``, ``1.2.3.4:5678``, ``::1``, ``[::1]:443`` and IPv4-mapped IPv6
    (``::ffff:1.2.3.4``), which is returned as the IPv4 address it carries.
    """
    if not isinstance(text, str):
        return None  # e.g. a framework's client address on a Unix socket
    text = text.strip()
    if text.startswith("["):
        text = text[1 : text.find("]")] if "]" in text else ""
    elif text.count(":") == 1:
        text = text.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def is_lox24_sender(address: object) -> bool:
    """Whether ``address`` (e.g. the request's client IP) is one LOX24 sends webhooks from."""
    return parse_address(address) in LOX24_WEBHOOK_SENDERS


class SenderCheck:
    """Decides whether a request comes from an allowed sender.

    Args:
        allowed: The addresses or networks events may come from (LOX24's by default);
            ``None`` allows every sender, which is what tests usually want.
        trusted_proxies: The addresses or networks of your own reverse proxies. Only a request
            whose peer is one of them has its ``X-Forwarded-For`` header read.

    Example:
        >>> check = SenderCheck(trusted_proxies=["10.0.0.0/8"])
        >>> check.allows("10.0.0.7", {"X-Forwarded-For": "162.55.80.140"})
        True
        >>> check.allows("192.0.2.1", {"X-Forwarded-For": "162.55.80.140"})
        False

    """

    def __init__(
        self,
        allowed: Iterable[str | Address | Network] | None = LOX24_WEBHOOK_SENDERS,
        *,
        trusted_proxies: Iterable[str | Address | Network] = (),
    ) -> None:
        self._allowed = None if allowed is None else _networks(allowed, "allowed")
        self._proxies = _networks(trusted_proxies, "trusted_proxies")
        self._peers: dict[str | None, bool] = {}  # peer -> allowed, for unforwarded requests

    def client_address(self, peer: str | None, headers: Headers | None = None) -> Address | None:
        """The original client's address: the peer, or what trusted proxies forwarded."""
        client = parse_address(peer)
        if client is None or not _within(client, self._proxies):
            return client
        hops = [hop for value in _values(headers, FORWARDED_FOR) for hop in value.split(",")]
        for hop in reversed(hops):
            client = parse_address(hop)
            if client is None or not _within(client, self._proxies):
                return client
        return client

    def allows(self, peer: str | None, headers: Headers | None = None) -> bool:
        """Whether a request from ``peer`` with these headers may deliver events.

        Refused besides senders outside the allow-list: a request whose peer is one of the
        addresses its forwarding headers name (the server rewrote the peer, see
        :meth:`rewritten`), and a loopback sender on a forwarded request.
        """
        if self._allowed is None:
            return True
        if not _has_forwarding(headers):  # the common case: the peer alone decides
            known = self._peers.get(peer)
            if known is None:
                client = parse_address(peer)
                known = client is not None and _within(client, self._allowed)
                if len(self._peers) >= _PEERS_KEPT:
                    self._peers.clear()
                self._peers[peer] = known
            return known
        if self.rewritten(peer, headers):
            return False
        client = self.client_address(peer, headers)
        if client is None or not _within(client, self._allowed):
            return False
        return not (client.is_loopback and _forwarded(headers))

    def rewritten(self, peer: str | None, headers: Headers | None = None) -> bool:
        """Whether ``peer`` looks rewritten by the server from the forwarding headers.

        A proxy names the clients before it, never itself, so a peer that appears among the
        addresses of ``X-Forwarded-For``, ``Forwarded`` or ``X-Real-IP`` was put there by the
        server (uvicorn's proxy headers, Hypercorn's proxy fix, ...) and says nothing about
        who connected.
        """
        address = parse_address(peer)
        return address is not None and address in _forwarded(headers)


def _networks(items: Iterable[str | Address | Network] | str, field: str) -> tuple[Network, ...]:
    """Read addresses and networks (``"10.0.0.0/8"``); one string counts as one item."""
    found: list[Network] = []
    for item in [items] if isinstance(items, str) else items:
        try:
            if isinstance(item, str):
                mapped = parse_address(item)
                found.append(ipaddress.ip_network(mapped or item.strip(), strict=False))
            else:
                found.append(ipaddress.ip_network(item, strict=False))
        except (TypeError, ValueError) as error:
            message = f"{item!r} is not an IP address or network"
            raise InvalidInputError(message, field=field) from error
    return tuple(found)


def _within(address: Address, networks: tuple[Network, ...]) -> bool:
    return any(address in network for network in networks)


_PEERS_KEPT: Final = 4096
_FORWARDING_NAMES: Final = frozenset(
    [*FORWARDING_HEADERS, *(name.encode() for name in FORWARDING_HEADERS)]
)


def _has_forwarding(headers: Headers | None) -> bool:
    """Whether any forwarding header is present (one pass, names as text or bytes)."""
    if not headers:
        return False
    names = headers.keys() if isinstance(headers, Mapping) else (pair[0] for pair in headers)
    return any(name.lower() in _FORWARDING_NAMES for name in names)


def _forwarded(headers: Headers | None) -> set[Address]:
    """Every address the forwarding headers name (unreadable entries are left out)."""
    found: set[Address] = set()
    for name in FORWARDING_HEADERS:
        for value in _values(headers, name):
            for hop in value.split(","):
                text = hop
                if name == "forwarded":
                    pairs = (part.partition("=") for part in hop.split(";"))
                    text = next((v for k, _, v in pairs if k.strip().lower() == "for"), "")
                address = parse_address(text.strip().strip('"'))
                if address is not None:
                    found.add(address)
    return found


def _values(headers: Headers | None, name: str) -> list[str]:
    """Every value of header ``name`` (case-insensitive), in the order they came."""
    if headers is None:
        return []
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    found: list[str] = []
    for key, value in pairs:
        key_text = key.decode("latin-1") if isinstance(key, bytes) else key
        if key_text.lower() == name:
            found.append(value.decode("latin-1") if isinstance(value, bytes) else value)
    return found
