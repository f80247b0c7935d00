"""The outside tools of the HTTP figures: ``wrk`` from the machine's packages and Stoplight Prism
from the npm registry, installed into a temporary folder (never into the repository).

Each function answers the tool's path, or ``None`` and the reason it could not be had, so that
the bench skips the figures that need it instead of failing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

PRISM_PACKAGE = "@stoplight/prism-cli@5"
INSTALL_TIMEOUT = 600


def _apt_install(*packages: str) -> str:
    """Install Debian packages when running as root with apt-get; '' or why not."""
    if shutil.which("apt-get") is None:
        return "apt-get is not available"
    if os.geteuid() != 0:
        return "installing packages needs root"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    command = ["apt-get", "install", "-y", "-qq", *packages]
    for attempt in range(2):
        if attempt:  # the package lists may be missing or old: refresh them once
            subprocess.run(
                ["apt-get", "update", "-qq"],
                env=env,
                capture_output=True,
                check=False,
                timeout=INSTALL_TIMEOUT,
            )
        result = subprocess.run(
            command, env=env, capture_output=True, text=True, check=False, timeout=INSTALL_TIMEOUT
        )
        if result.returncode == 0:
            return ""
    return f"apt-get install {' '.join(packages)} failed: {result.stderr.strip()[-200:]}"


def find_wrk() -> tuple[str | None, str]:
    """The ``wrk`` load generator, installed from the machine's packages when missing."""
    if path := shutil.which("wrk"):
        return path, ""
    reason = _apt_install("wrk")
    return shutil.which("wrk"), reason or "wrk is not on PATH after installing it"


def install_prism(folder: Path) -> tuple[Path | None, str]:
    """Prism 5 installed with npm into ``folder``; its executable, or why not."""
    if shutil.which("npm") is None:
        reason = _apt_install("npm")
        if shutil.which("npm") is None:
            return None, reason or "npm is not on PATH after installing it"
    command = [
        "npm",
        "install",
        "--prefix",
        str(folder),
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        PRISM_PACKAGE,
    ]
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, check=False, timeout=INSTALL_TIMEOUT
        )
    except subprocess.TimeoutExpired:
        return None, f"npm install {PRISM_PACKAGE} did not finish in {INSTALL_TIMEOUT} s"
    prism = folder / "node_modules" / ".bin" / "prism"
    if result.returncode != 0 or not prism.exists():
        return None, f"npm install {PRISM_PACKAGE} failed: {result.stderr.strip()[-200:]}"
    return prism, ""
