"""Figures measured in fresh interpreters: peak memory of an import, and the cost of importing.

A subprocess starts clean, so that what one figure allocated or imported does not count in
another's number.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from bench_samples import Samples, forgetful_batch_transport, numbers
from bench_stats import Figure, interleaved

SCRIPTS = Path(__file__).resolve().parent

# Imports the phones given on the command line against a server that keeps nothing, then prints
# the process's peak resident memory in MiB. Only lox24 and httpx are imported. VmHWM is the
# peak of this program alone; ru_maxrss would also count the parent the process was forked from.
IMPORT_RSS = """
import json, re, resource, sys
sys.path.insert(0, {scripts!r})
import lox24
from bench_samples import BASE_URL, TOKEN, forgetful_batch_transport, numbers
count, phone = int(sys.argv[1]), json.loads(sys.argv[2])
client = lox24.Client(TOKEN, base_url=BASE_URL, transport=forgetful_batch_transport(phone))
results = client.phones.import_many(1, numbers(count), chunk_size=1000, concurrency=4)
assert sum(1 for _ in results) == count
try:
    with open("/proc/self/status") as status:
        peak_kib = int(re.search(r"VmHWM:\\s+(\\d+) kB", status.read()).group(1))
except OSError:
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(peak_kib / 1024)
"""

IMPORT_TIME = """
import time
started = time.perf_counter()
import {module}
print(time.perf_counter() - started)
"""


def _run(code: str, *args: str) -> float:
    """Run ``code`` in a fresh interpreter; the number on its last line.

    Bytecode caches are written and used as in any installation: compiling the generated
    package from source would dominate both the import time and the peak memory.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False, env=env
    )
    if result.returncode != 0:
        raise SystemExit(f"bench: a measuring subprocess failed:\n{result.stderr}")
    return float(result.stdout.strip().splitlines()[-1])


def import_peak_memory(samples: Samples, rounds: int, big: int, small: int) -> Figure:
    """Peak RSS of a streamed import of ``big`` phones against ``small`` phones."""
    code = IMPORT_RSS.format(scripts=str(SCRIPTS))
    phone = json.dumps(samples.phone)
    _run(code, "1000", phone)  # compiles and caches every module the import touches
    return interleaved(
        f"peak RSS of import, {big:,} vs {small:,} phones",
        "MiB",
        "<= 1.1",
        lambda: _run(code, str(big), phone),
        lambda: _run(code, str(small), phone),
        rounds,
        warm_up=False,
    )


def import_time(rounds: int) -> Figure:
    """``import lox24`` with its client against ``import httpx``, each fresh, in ms.

    ``import lox24`` alone loads nothing; the client loads on the first use of ``lox24.Client``,
    so the figure reads that name too: it is what a script that talks to the API pays.
    """
    return interleaved(
        "import lox24 + lox24.Client vs import httpx",
        "ms",
        "<= 2",
        lambda: _run(IMPORT_TIME.format(module="lox24; lox24.Client")) * 1e3,
        lambda: _run(IMPORT_TIME.format(module="httpx")) * 1e3,
        rounds,
    )


def import_traced_memory(samples: Samples, rounds: int, big: int, small: int) -> Figure:
    """Peak Python allocations (tracemalloc) of an import as the input grows 8-fold."""
    import tracemalloc  # noqa: PLC0415 - only this figure traces

    from bench_samples import BASE_URL, TOKEN  # noqa: PLC0415

    import lox24  # noqa: PLC0415

    client = lox24.Client(
        TOKEN, base_url=BASE_URL, transport=forgetful_batch_transport(samples.phone)
    )

    def peak(count: int) -> float:
        tracemalloc.start()
        try:
            results = client.phones.import_many(1, numbers(count), chunk_size=1000, concurrency=4)
            assert sum(1 for _ in results) == count
            return tracemalloc.get_traced_memory()[1] / 2**20
        finally:
            tracemalloc.stop()

    return interleaved(
        f"traced memory of import, {big:,} vs {small:,} phones",
        "MiB",
        "-",
        lambda: peak(big),
        lambda: peak(small),
        rounds,
        warm_up=False,
    )


def import_into_sandbox(rounds: int, count: int) -> Figure:
    """``count`` phones into the in-process sandbox: the client against raw httpx batches."""
    import httpx  # noqa: PLC0415

    import lox24  # noqa: PLC0415
    from lox24.sandbox import Sandbox  # noqa: PLC0415

    sandbox = Sandbox(block_bad_auth=False)
    raw = httpx.Client(
        base_url="http://127.0.0.1",
        transport=sandbox.transport(),
        headers={"X-LOX24-AUTH-TOKEN": sandbox.token},
    )
    client = lox24.Client(sandbox.token, base_url="http://127.0.0.1", transport=sandbox.transport())
    chunks = [[{"phone": n} for n in numbers(count)][i : i + 1000] for i in range(0, count, 1000)]

    def project() -> float:
        group = client.groups.create(name="client")
        started = time.perf_counter()
        results = client.phones.import_many(
            group.id, numbers(count), chunk_size=1000, concurrency=4
        )
        assert sum(result.ok for result in results) == count
        return time.perf_counter() - started

    def baseline() -> float:
        group_id = raw.post("/groups", json={"name": "raw"}).json()["id"]
        started = time.perf_counter()
        for chunk in chunks:
            raw.post(f"/groups/{group_id}/phones/batch", json=chunk).raise_for_status()
        return time.perf_counter() - started

    try:
        return interleaved(
            f"import {count:,} phones into the sandbox vs raw httpx",
            "s",
            "-",
            project,
            baseline,
            rounds,
            warm_up=False,
        )
    finally:
        sandbox.close()
