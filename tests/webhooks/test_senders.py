"""The sender check: LOX24's addresses, IPv4-mapped IPv6, and X-Forwarded-For behind proxies."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lox24
from lox24.webhooks import SenderCheck, parse_address

LOX24 = "162.55.80.140"


@pytest.mark.parametrize(
    "address",
    ["162.55.80.140", "162.55.80.141", "::ffff:162.55.80.140", "[::ffff:162.55.80.141]:443"],
)
def test_lox24_addresses_pass_in_every_spelling(address):
    """LOX24's addresses pass, also as IPv4-mapped IPv6 (what a dual-stack server sees)."""
    assert lox24.is_lox24_sender(address)


@pytest.mark.parametrize(
    "address", ["10.0.0.1", "162.55.80.142", "::1", "not an ip", "", "::ffff:10.0.0.1"]
)
def test_other_addresses_fail(address):
    """Other addresses, and text that is no address, fail the check."""
    assert not lox24.is_lox24_sender(address)


def test_a_non_string_address_fails_instead_of_raising():
    """The check is total: a non-string address is simply not LOX24."""
    assert not lox24.is_lox24_sender(None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.2.3.4", "1.2.3.4"),
        (" 1.2.3.4:5678 ", "1.2.3.4"),
        ("[2001:db8::1]:80", "2001:db8::1"),
        ("2001:db8::1", "2001:db8::1"),
        ("::ffff:1.2.3.4", "1.2.3.4"),
        ("[2001:db8::1", None),
        ("unknown", None),
    ],
)
def test_addresses_are_read_as_peers_and_proxies_write_them(text, expected):
    """Ports, brackets and mapped forms are understood; anything else is no address."""
    found = parse_address(text)
    assert (str(found) if found is not None else None) == expected


def test_without_trusted_proxies_the_forwarded_header_is_ignored():
    """A sender cannot forge its way in by writing X-Forwarded-For itself."""
    check = SenderCheck()
    assert not check.allows("203.0.113.9", {"X-Forwarded-For": LOX24})
    assert check.allows(LOX24, {"X-Forwarded-For": "203.0.113.9"})


def test_behind_a_trusted_proxy_the_forwarded_sender_is_checked():
    """Behind a trusted proxy, the address the proxy forwarded is the one checked."""
    check = SenderCheck(trusted_proxies=["10.0.0.0/8"])
    assert check.allows("10.1.2.3", {"X-Forwarded-For": LOX24})
    assert not check.allows("10.1.2.3", {"X-Forwarded-For": "203.0.113.9"})
    assert not check.allows("10.1.2.3", {})  # the proxy itself is not LOX24


def test_the_forwarded_chain_is_read_from_the_right_past_trusted_hops():
    """Only the hops added by trusted proxies are skipped; a forged left part is not believed."""
    check = SenderCheck(trusted_proxies=["10.0.0.0/8", "::ffff:192.0.2.1"])
    assert check.client_address(
        "10.0.0.1", {"x-forwarded-for": f"{LOX24}, 10.0.0.2"}
    ) == parse_address(LOX24)
    # The client wrote LOX24's address itself; the first untrusted hop from the right is it.
    forged = {"X-Forwarded-For": f"{LOX24}, 203.0.113.9, 10.0.0.2"}
    assert not check.allows("10.0.0.1", forged)
    assert check.allows("192.0.2.1", {"X-Forwarded-For": LOX24})


def test_repeated_forwarded_headers_are_one_chain():
    """Several X-Forwarded-For headers (as ASGI byte pairs) read as one list, in order."""
    check = SenderCheck(trusted_proxies=["10.0.0.0/8"])
    headers = [(b"x-forwarded-for", LOX24.encode()), (b"X-Forwarded-For", b"10.0.0.9")]
    assert check.allows("10.0.0.1", headers)


def test_a_malformed_forwarded_hop_is_refused():
    """A hop that is not an address makes the sender unknown, hence refused."""
    check = SenderCheck(trusted_proxies=["10.0.0.0/8"])
    assert not check.allows("10.0.0.1", {"X-Forwarded-For": f"{LOX24}, garbage"})


def test_allowed_senders_can_be_switched_off_or_replaced():
    """allowed=None lets everyone in (tests); a custom allow-list takes networks."""
    assert SenderCheck(None).allows("203.0.113.9")
    assert SenderCheck(None).allows("not even an address")
    check = SenderCheck(["127.0.0.0/8"])
    assert check.allows("127.0.0.1")
    assert not check.allows(LOX24)


def test_a_missing_peer_address_is_no_sender():
    """A framework without a client address (Unix socket) gives None: refused, not a crash."""
    assert SenderCheck().client_address(None) is None
    assert not SenderCheck().allows(None)
    assert SenderCheck(None).allows(None)


def test_a_wrong_network_is_refused_with_the_package_error():
    """A typo in the allow-list or the proxies raises InvalidInputError naming the argument."""
    with pytest.raises(lox24.InvalidInputError) as caught:
        SenderCheck(trusted_proxies=["10.0.0.0/33"])
    assert caught.value.field == "trusted_proxies"
    with pytest.raises(lox24.InvalidInputError):
        SenderCheck(["not-a-network"])


def test_one_string_is_one_network():
    """trusted_proxies="10.0.0.0/8" means that network, not its characters."""
    assert SenderCheck(trusted_proxies="10.0.0.0/8").allows("10.0.0.1", {"X-Forwarded-For": LOX24})


@settings(max_examples=300, derandomize=True, database=None)
@given(st.text(max_size=60), st.lists(st.text(max_size=40), max_size=3))
def test_any_peer_and_forwarded_header_give_a_yes_or_no(peer, hops):
    """The check is total: any peer text and any X-Forwarded-For answer True or False."""
    check = SenderCheck(trusted_proxies=["0.0.0.0/0", "::/0"])
    headers = [("X-Forwarded-For", hop) for hop in hops]
    assert check.allows(peer, headers) in {True, False}


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Forwarded-For": LOX24},
        {"X-Forwarded-For": f"{LOX24}, 203.0.113.9"},
        {"X-Forwarded-For": f"::ffff:{LOX24}"},
        {"Forwarded": f'for="{LOX24}:443";proto=https'},
        {"X-Real-IP": LOX24},
    ],
)
def test_a_peer_the_server_rewrote_from_a_forwarding_header_is_refused(headers):
    """A peer named by the request's own forwarding headers was rewritten by the server: refused."""
    check = SenderCheck()
    assert check.rewritten(LOX24, headers)
    assert not check.allows(LOX24, headers)
    assert check.allows(LOX24, {})  # the same peer, with nothing forwarded, is LOX24


def test_a_rewritten_peer_is_refused_behind_trusted_proxies_too():
    """A forged chain that a server rewrote into a trusted proxy's address is not believed."""
    check = SenderCheck(trusted_proxies=["10.0.0.0/8"])
    forged = {"X-Forwarded-For": f"{LOX24}, 10.0.0.2"}
    assert check.rewritten("10.0.0.2", forged)
    assert not check.allows("10.0.0.2", forged)
    assert check.allows("10.0.0.1", forged)  # the proxy's own connection: its chain is read


def test_the_sandbox_senders_are_loopback_and_only_unforwarded():
    """SANDBOX admits loopback peers, never a forwarded request or another address."""
    check = SenderCheck(lox24.webhooks.SANDBOX)
    assert check.allows("127.0.0.1")
    assert check.allows("::1")
    assert check.allows("::ffff:127.0.0.1")
    assert not check.allows(LOX24)
    assert not check.allows("10.0.0.1")
    assert not check.allows("127.0.0.1", {"X-Forwarded-For": "203.0.113.9"})
    assert not check.allows("127.0.0.1", {"Forwarded": "for=203.0.113.9"})
