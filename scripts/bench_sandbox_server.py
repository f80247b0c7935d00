"""Serve a sandbox on loopback for the HTTP figures, holding a given number of SMS.

    python scripts/bench_sandbox_server.py PORT SMS

The SMS are stored the way a user would: phones imported into a group and one bulk to the group,
delivered as its hour passes on the sandbox clock. When ready, one JSON line on stdout names an
SMS and a group to read, then it is served as ``lox24 sandbox serve`` serves it until the process
is ended.
"""

from __future__ import annotations

import json
import sys

import httpx

from lox24.sandbox import Sandbox
from lox24.sandbox._serve import serve

BALANCE = 1e12  # never 402 during a load test
CHUNK = 1000


def seed(http: httpx.Client, sandbox: Sandbox, count: int) -> None:
    """Store ``count`` SMS through a group and a bulk."""
    group_id = http.post("/groups", json={"name": "Recipients"}).json()["id"]
    for start in range(0, count, CHUNK):
        chunk = [{"phone": f"+49152{i:08d}"} for i in range(start, min(start + CHUNK, count))]
        http.post(f"/groups/{group_id}/phones/batch", json=chunk).raise_for_status()
    http.post(
        "/bulks",
        json={"sender_id": "Bench", "text": "Hello from the bench", "msg_groups": [group_id]},
    ).raise_for_status()
    sandbox.clock.advance(3600)
    http.get("/sms").raise_for_status()


def main() -> None:
    """Seed, announce, serve."""
    port, count = int(sys.argv[1]), int(sys.argv[2])
    sandbox = Sandbox(block_bad_auth=False, balance=BALANCE)
    http = httpx.Client(
        transport=sandbox.transport(),
        base_url="http://127.0.0.1",
        headers={"X-LOX24-AUTH-TOKEN": sandbox.token},
        timeout=600,
    )
    if count:
        seed(http, sandbox, count)
    group = http.post("/groups", json={"name": "Bench"}).json()
    sms = http.post(
        "/sms", json={"phone": "+4915100000001", "sender_id": "Bench", "text": "Hello!"}
    ).json()
    stored = http.get("/sms").json()
    total = stored.get("hydra:totalItems") if isinstance(stored, dict) else len(stored)
    print(
        json.dumps(
            {"token": sandbox.token, "group": group["id"], "sms": sms["uuid"], "stored": total}
        ),
        flush=True,
    )
    serve(sandbox, host="127.0.0.1", port=port, log_level="error")


if __name__ == "__main__":
    main()
