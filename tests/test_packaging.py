"""What a person installing the package meets: the license, the metadata, the extras' errors.

``nox -s build`` builds the wheel and the sdist and checks their contents (scripts/check_dist.py);
these tests check the sources that the build reads, and the messages of a missing extra.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
SANDBOX_LIBRARIES = ("starlette", "yaml", "jsonschema", "anyio", "jinja2")


def test_the_license_file_is_the_mit_license_the_metadata_names():
    """LICENSE holds the MIT license, and the metadata names both the license and the file."""
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert "Permission is hereby granted, free of charge" in text
    assert PROJECT["license"] == "MIT"
    assert "LICENSE" in PROJECT["license-files"]


def test_classifiers_and_urls():
    """The index page shows the status, the pytest plugin, the typing, and links."""
    classifiers = PROJECT["classifiers"]
    assert "Framework :: Pytest" in classifiers
    assert "Typing :: Typed" in classifiers
    assert any(c.startswith("Development Status :: ") for c in classifiers)
    assert PROJECT["urls"]
    assert all(url.startswith("https://") for url in PROJECT["urls"].values())


def test_the_build_checks_what_it_builds():
    """The build session runs twine's check and the contents check, and CI runs the session."""
    noxfile = (ROOT / "noxfile.py").read_text(encoding="utf-8")
    assert '"twine", "check"' in noxfile
    assert "scripts/check_dist.py" in noxfile
    assert '"build"' in noxfile.split("nox.options.sessions", 1)[1].splitlines()[0]


@pytest.mark.parametrize("library", SANDBOX_LIBRARIES)
def test_the_sandbox_without_its_extra_names_the_extra(library):
    """``import lox24.sandbox`` without a library of the extra says which extra to install."""
    code = (
        f"import sys\nsys.modules[{library!r}] = None\n"
        "try:\n    import lox24.sandbox\nexcept ImportError as error:\n"
        "    print(type(error).__name__, error.name)\n    print(error)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    kind, message = done.stdout.splitlines()
    assert kind == f"SandboxExtraMissingError {library}"
    assert "pip install 'lox24[sandbox]'" in message
    assert library in message


def test_the_sandbox_extra_lists_what_the_check_needs():
    """Every library the import check asks for is a requirement of the sandbox extra."""
    extra = " ".join(PROJECT["optional-dependencies"]["sandbox"]).lower()
    for library in SANDBOX_LIBRARIES:
        assert {"yaml": "pyyaml"}.get(library, library) in extra, library


def test_the_readme_says_how_to_install_before_a_release():
    """The README installs from a checkout and from a built wheel, with each extra."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    install = readme.split("## Install", 1)[1].split("\n## ", 1)[0]
    for line in ("pip install lox24", "nox -s build", "pip install '.[cli]'"):
        assert line in install, line
    for extra in PROJECT["optional-dependencies"]:
        assert f"[{extra}]" in install, extra
