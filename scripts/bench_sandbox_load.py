"""The served sandbox under load against Prism: a mixed workload and POST /sms, with latencies.

``wrk`` (16 connections, one thread, ``--latency``) drives each server in turn, round after
round. The mixed workload is 20% POST /sms, 35% GET /sms/{uuid}, 15% pages of GET /sms, 10%
GET /groups, 10% GET /me and 10% searches ``GET /sms?phone=<six digits>``, against a sandbox
holding the given number of SMS; each figure's note gives the median p50 and p99 of both.
A bulk to a group of 100,000 phones against 10,000, until processed, runs in this process.
"""

from __future__ import annotations

import re
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from bench_servers import SEND, Server, prism_server, sandbox_server
from bench_stats import Figure, interleaved, skipped
from bench_tools import find_wrk, install_prism

from lox24.sandbox import Sandbox, SandboxClock

_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}

MIXED = """
local get = {{["X-LOX24-AUTH-TOKEN"] = "{token}"}}
local send = {{["X-LOX24-AUTH-TOKEN"] = "{token}", ["Content-Type"] = "application/json"}}
local post = '{body}'
request = function()
  local r = math.random(100)
  if r <= 20 then
    return wrk.format("POST", "/sms", send, post)
  elseif r <= 55 then
    return wrk.format("GET", "/sms/{sms}", get)
  elseif r <= 70 then
    return wrk.format("GET", "/sms?page=" .. math.random(3), get)
  elseif r <= 80 then
    return wrk.format("GET", "/groups", get)
  elseif r <= 90 then
    return wrk.format("GET", "/me", get)
  end
  local digits = string.format("%06d", math.random(0, {stored}))
  return wrk.format("GET", "/sms?phone=" .. digits, get)
end
"""

POST = """
wrk.headers["X-LOX24-AUTH-TOKEN"] = "{token}"
wrk.method = "POST"
wrk.path = "/sms"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{body}'
"""


@dataclass(frozen=True)
class Run:
    """What wrk reports of one run: requests per second and latency percentiles in ms."""

    rate: float
    p50: float
    p99: float
    errors: int


def _latency(output: str, percent: str) -> float:
    found = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
    if found is None:
        raise SystemExit(f"bench: wrk printed no {percent}% latency:\n{output}")
    return float(found.group(1)) * _UNITS[found.group(2)]


def run_wrk(binary: str, server: Server, script: str, seconds: int) -> Run:
    """One wrk run of ``script`` (a Lua template) against ``server``."""
    import json  # noqa: PLC0415 - only for the request body

    text = script.format(token=server.token, body=json.dumps(SEND), sms=server.sms, stored=99_999)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as lua:
        lua.write(text)
    command = [binary, "-t1", "-c16", f"-d{seconds}s", "--latency", "-s", lua.name, server.url]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    Path(lua.name).unlink()
    rate = re.search(r"Requests/sec:\s+([\d.]+)", result.stdout)
    if result.returncode != 0 or rate is None:
        raise SystemExit(f"bench: wrk failed:\n{result.stdout}\n{result.stderr}")
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", result.stdout)
    return Run(
        float(rate.group(1)),
        _latency(result.stdout, "50"),
        _latency(result.stdout, "99"),
        int(errors.group(1)) if errors else 0,
    )


def _note(sandbox: list[Run], prism: list[Run]) -> str:
    def med(runs: list[Run], field: str) -> float:
        return statistics.median(getattr(r, field) for r in runs)

    return (
        f"p50/p99 ms sandbox {med(sandbox, 'p50'):.2f}/{med(sandbox, 'p99'):.1f}, "
        f"Prism {med(prism, 'p50'):.2f}/{med(prism, 'p99'):.1f}; non-2xx sandbox "
        f"{sum(r.errors for r in sandbox):,}, Prism {sum(r.errors for r in prism):,}"
    )


def under_load(rounds: int, seconds: int, stored: int) -> list[Figure]:
    """Mixed workload req/s and p99, and POST /sms p99, of the sandbox against Prism."""
    names = [
        f"sandbox mixed workload ({stored:,} SMS, 10% phone=) req/s vs Prism",
        f"sandbox mixed workload ({stored:,} SMS, 10% phone=) p99 vs Prism",
        "sandbox POST /sms p99 vs Prism",
    ]
    targets = [">= 3x", "<= 1", "<= 1"]
    binary, reason = find_wrk()
    if binary is None:
        return [skipped(n, t, reason) for n, t in zip(names, targets, strict=True)]
    with tempfile.TemporaryDirectory(prefix="lox24-prism-") as folder:
        prism, reason = install_prism(Path(folder))
        if prism is None:
            return [skipped(n, t, reason) for n, t in zip(names, targets, strict=True)]
        with sandbox_server(stored) as sandbox, prism_server(prism, sandbox.token) as mock:
            runs: dict[tuple[str, str], list[Run]] = {}

            def measure(server: Server, side: str, script: str, field: str) -> float:
                run = run_wrk(binary, server, script, seconds)
                runs.setdefault((side, script), []).append(run)
                return float(getattr(run, field))

            mixed = interleaved(
                names[0],
                "req/s",
                targets[0],
                lambda: measure(sandbox, "sandbox", MIXED, "rate"),
                lambda: measure(mock, "prism", MIXED, "rate"),
                rounds,
                warm_up=False,
            )
            mixed_p99 = Figure(names[1], "ms", targets[1])
            mixed_p99.project = [r.p99 for r in runs[("sandbox", MIXED)]]
            mixed_p99.baseline = [r.p99 for r in runs[("prism", MIXED)]]
            mixed.note = mixed_p99.note = _note(runs[("sandbox", MIXED)], runs[("prism", MIXED)])
            post = interleaved(
                names[2],
                "ms",
                targets[2],
                lambda: measure(sandbox, "sandbox", POST, "p99"),
                lambda: measure(mock, "prism", POST, "p99"),
                rounds,
                warm_up=False,
            )
            post.note = _note(runs[("sandbox", POST)], runs[("prism", POST)])
            return [mixed, mixed_p99, post]


def _bulk_seconds(size: int) -> float:
    """Seconds from creating a bulk to a group of ``size`` phones until its SMS are delivered."""
    clock = SandboxClock(start=1_700_000_000, frozen=True)
    with (
        Sandbox(clock=clock, balance=1e12, block_bad_auth=False) as box,
        httpx.Client(
            base_url="http://sandbox.test",
            transport=box.transport(),
            headers={"X-LOX24-AUTH-TOKEN": box.token},
            timeout=600,
        ) as api,
    ):
        group = api.post("/groups", json={"name": "All"}).json()["id"]
        for start in range(0, size, 1000):
            chunk = [{"phone": f"+49152{i:08d}"} for i in range(start, min(size, start + 1000))]
            api.post(f"/groups/{group}/phones/batch", json=chunk).raise_for_status()
        started = time.perf_counter()
        body = {"sender_id": "Bench", "text": "Hello from the bench", "msg_groups": [group]}
        api.post("/bulks", json=body).raise_for_status()
        clock.advance(3600)
        api.get("/sms").raise_for_status()
        return time.perf_counter() - started


def bulk_growth(rounds: int, large: int, small: int) -> Figure:
    """A bulk to ``large`` phones until processed, against one to ``small`` (the work ratio)."""
    return interleaved(
        f"sandbox bulk to a group, {large:,} vs {small:,} phones, until processed",
        "s",
        f"<= {large / small * 1.1:.0f}",
        lambda: _bulk_seconds(large),
        lambda: _bulk_seconds(small),
        rounds,
        warm_up=False,
    )
