"""Measure the inbox in headless Chromium: first paint with many SMS stored, and live latency.

    python scripts/inbox_measure.py [--stored 100000] [--rounds 5] [--updates 20]

A sandbox holding ``--stored`` SMS (one bulk to as many distinct phones, delivered on the
sandbox clock) is served on loopback (``bench_servers.sandbox_server``). Chromium logs in with
its token, then loads ``/`` ``--rounds`` times and reports, from the page's performance timing,
the first contentful paint and the moment the first view (the conversations list) is filled.
Then, ``--updates`` times, it sends an SMS through the API and reports how long until the page
shows it without a reload (the wall clock of the script against the page's ``Date.now()``).
Nothing is asserted: the figures are for the record (README, release notes).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import uuid
from typing import Any

import httpx
from bench_servers import sandbox_server
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


def chromium() -> Any:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--window-size=1280,800",
    ):
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))


def wait(driver: Any, script: str, timeout: float = 60.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = driver.execute_script(script)
        if found:
            return found
        time.sleep(0.01)
    raise SystemExit(f"inbox_measure: timed out on {script}")


def login(driver: Any, url: str, token: str) -> None:
    driver.get(f"{url}/")
    driver.execute_async_script(
        "const done = arguments[1];"
        "fetch('/_sandbox/inbox/login', {method: 'POST', headers: {'Content-Type': 'application/json'},"
        " body: JSON.stringify({token: arguments[0]})}).then(r => done(r.status));",
        token,
    )


def first_paint(driver: Any, url: str, rounds: int) -> tuple[list[float], list[float]]:
    paints, views = [], []
    for _ in range(rounds):
        driver.get("about:blank")
        driver.get(f"{url}/")
        wait(driver, "return performance.getEntriesByName('inbox-first-view').length > 0")
        paint = driver.execute_script(
            "return performance.getEntriesByName('first-contentful-paint')[0].startTime"
        )
        view = driver.execute_script(
            "return performance.getEntriesByName('inbox-first-view')[0].startTime"
        )
        assert driver.execute_script("return document.querySelectorAll('#threads li').length") > 0
        paints.append(paint)
        views.append(view)
    return paints, views


def live_latency(driver: Any, url: str, token: str, updates: int) -> list[float]:
    api = httpx.Client(base_url=url, headers={"X-LOX24-AUTH-TOKEN": token}, timeout=30)
    wait(driver, "return document.getElementById('live-state').dataset.state === 'live'")
    latencies = []
    for i in range(updates):
        marker = f"live-{uuid.uuid4().hex[:12]}"
        driver.execute_script(
            "window.__seen = 0; const marker = arguments[0];"
            "new MutationObserver((_, observer) => {"
            " if (document.getElementById('threads').textContent.includes(marker)) {"
            "  window.__seen = Date.now(); observer.disconnect(); } })"
            ".observe(document.getElementById('threads'), {childList: true, subtree: true});",
            marker,
        )
        sent = time.time() * 1000
        body = {"sender_id": "Live", "phone": f"+4916{i:09d}", "text": marker}
        api.post("/sms", json=body).raise_for_status()
        seen = wait(driver, "return window.__seen", timeout=10)
        latencies.append(seen - sent)
        time.sleep(0.3)
    return latencies


def describe(name: str, values: list[float]) -> str:
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
    return f"{name}: median {statistics.median(values):.0f} ms, p90 {p90:.0f} ms, max {max(values):.0f} ms (n={len(values)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stored", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--updates", type=int, default=20)
    args = parser.parse_args()
    started = time.monotonic()
    with sandbox_server(args.stored) as server:
        print(f"sandbox with {args.stored:,} SMS ready in {time.monotonic() - started:.0f} s")
        driver = chromium()
        try:
            login(driver, server.url, server.token)
            paints, views = first_paint(driver, server.url, args.rounds)
            print(describe("first contentful paint", paints))
            print(describe("first view filled (conversations list)", views))
            driver.get(f"{server.url}/")
            print(
                describe(
                    "live update (API call to DOM)",
                    live_latency(driver, server.url, server.token, args.updates),
                )
            )
            print("load average while measuring: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
        finally:
            driver.quit()


if __name__ == "__main__":
    main()
