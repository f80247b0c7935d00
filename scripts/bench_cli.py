"""Cold start of the ``lox24`` command against ``python -c 'import httpx'``.

Each round starts fresh processes, as a person typing the command does: the installed ``lox24``
script (``python -m lox24`` where the script is missing) with ``--help`` or a subcommand's
``--help``, and an interpreter that only imports httpx. Bytecode is compiled first, as a wheel
install has it, so that compiling sources counts in neither number.
"""

from __future__ import annotations

import compileall
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

from bench_stats import Figure, interleaved

#: The commands measured: what a person runs first, and a subcommand's help.
COMMANDS = (("--help",), ("sms", "list", "--help"))


def command() -> list[str]:
    """How the ``lox24`` command is started: the installed script beside this interpreter."""
    script = Path(sys.executable).with_name("lox24")
    return [str(script)] if script.exists() else [sys.executable, "-m", "lox24"]


def compile_packages() -> None:
    """Write the bytecode of the project's packages, as installing a wheel does."""
    for name in ("lox24", "lox24_generated"):
        spec = importlib.util.find_spec(name)
        for folder in (spec.submodule_search_locations or []) if spec else []:
            compileall.compile_dir(folder, quiet=1)


def _seconds(args: list[str]) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["COLUMNS"] = "100"
    started = time.perf_counter()
    done = subprocess.run(args, capture_output=True, check=False, env=env)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"bench: {' '.join(args)} failed:\n{done.stderr.decode()}")
    return elapsed * 1e3


def cold_start(rounds: int) -> list[Figure]:
    """``lox24 --help`` and ``lox24 sms list --help`` against ``import httpx``, in ms."""
    compile_packages()
    baseline = [sys.executable, "-c", "import httpx"]
    figures = []
    for args in COMMANDS:
        run = [*command(), *args]
        figures.append(
            interleaved(
                f"cold start: lox24 {' '.join(args)} vs import httpx",
                "ms",
                "<= 1.5",
                lambda run=run: _seconds(run),
                lambda: _seconds(baseline),
                rounds,
            )
        )
    return figures
