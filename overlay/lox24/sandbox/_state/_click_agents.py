"""Read a browser, operating system and device kind out of a user agent, very simply.

Good enough to fill the descriptive fields of a simulated click; not a real user-agent parser.
The first matching rule wins, so the more specific names come first (Edge and Samsung Internet
say "Chrome" too, Chrome says "Safari").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A phone browser: Safari on an iPhone.
IPHONE_SAFARI = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
)

_BROWSERS = (
    ("Edge", re.compile(r"Edg(?:e|A|iOS)?/([\d.]+)")),
    ("Samsung Internet", re.compile(r"SamsungBrowser/([\d.]+)")),
    ("Opera", re.compile(r"OPR/([\d.]+)")),
    ("Firefox", re.compile(r"(?:Firefox|FxiOS)/([\d.]+)")),
    ("Chrome", re.compile(r"(?:Chrome|CriOS)/([\d.]+)")),
    ("Safari", re.compile(r"Version/([\d.]+).*Safari/")),
)
_SYSTEMS = (
    ("iOS", re.compile(r"(?:iPhone|CPU) OS (\d+(?:_\d+)*)")),
    ("Android", re.compile(r"Android (\d+(?:\.\d+)*)")),
    ("Windows", re.compile(r"Windows NT (\d+(?:\.\d+)*)")),
    ("macOS", re.compile(r"Mac OS X (\d+(?:[_.]\d+)*)")),
    ("Linux", re.compile(r"Linux()")),
)
_BOT = re.compile(r"bot|crawl|spider|curl|wget|python", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Agent:
    """What a user agent tells about the visitor (``None`` where it tells nothing)."""

    browser: str | None
    browser_version: str | None
    os: str | None
    os_version: str | None
    software_type: str | None
    hardware_type: str | None


def parse_user_agent(user_agent: str | None) -> Agent:
    """Describe the visitor behind ``user_agent``.

    Example:
        >>> parse_user_agent(IPHONE_SAFARI).browser, parse_user_agent(IPHONE_SAFARI).os_version
        ('Safari', '17.5')

    """
    if not user_agent:
        return Agent(None, None, None, None, None, None)
    browser, browser_version = _first(_BROWSERS, user_agent)
    os, os_version = _first(_SYSTEMS, user_agent)
    software = "bot" if _BOT.search(user_agent) else "browser"
    return Agent(browser, browser_version, os, os_version, software, _hardware(user_agent))


def _first(rules: tuple[tuple[str, re.Pattern[str]], ...], text: str) -> tuple[str | None, ...]:
    for name, pattern in rules:
        found = pattern.search(text)
        if found is not None:
            return name, found.group(1).replace("_", ".") or None
    return None, None


def _hardware(user_agent: str) -> str:
    if "iPad" in user_agent or "Tablet" in user_agent:
        return "tablet"
    if "Mobile" in user_agent or "iPhone" in user_agent or "Android" in user_agent:
        return "mobile"
    return "desktop"
