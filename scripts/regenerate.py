"""Regenerate ``generated/`` from ``spec/lox24.yaml``, or check that it is up to date.

    python scripts/regenerate.py          # rewrite generated/
    python scripts/regenerate.py --check  # fail (exit 1) on any difference, write nothing
    python scripts/regenerate.py --no-api-report  # rewrite without the API change report

The generation runs in a temporary folder: the spec is turned into the generator view
(``scripts/codegen_view.py``), openapi-python-client compiles it with ``--fail-on-warning`` and the
project's config and templates (``spec/codegen/``), every generated module is imported in a fresh
interpreter (the generator writes modules that fail to import without warning about it), and a
record of the inputs is written next to the package. Only then is the result compared with, or
moved into, ``generated/``. Before ``generated/`` is replaced, the change in the public Python API
(``scripts/api_diff.py``) is printed, each change marked breaking or not.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import api_diff
from codegen_resources import write_resources
from codegen_view import build_view

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "lox24.yaml"
CODEGEN = ROOT / "spec" / "codegen"
TARGET = ROOT / "generated"
PACKAGE = "lox24_generated"
IGNORED = {".ruff_cache", "__pycache__"}


def main() -> int:
    """Run the generation and either check or replace ``generated/``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 on drift")
    parser.add_argument("--no-api-report", action="store_true", help="skip the API change report")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lox24-gen-") as tmp:
        fresh = Path(tmp) / "generated"
        generate_into(fresh)
        if args.check:
            return report_drift(fresh, TARGET)
        if TARGET.exists() and not args.no_api_report:
            print_api_changes(TARGET, fresh)
        if TARGET.exists():
            shutil.rmtree(TARGET)
        shutil.copytree(fresh, TARGET, ignore=shutil.ignore_patterns(*IGNORED))
    print(f"generated/ rewritten from {SPEC.relative_to(ROOT)}")
    return 0


def generate_into(out: Path, spec_path: Path = SPEC) -> None:
    """Compile the spec (the project's, unless another is given) into ``out``, a new folder."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    view, report = build_view(spec)
    out.mkdir(parents=True)
    view_path = out / "codegen-view.json"
    view_path.write_text(json.dumps(view, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    command = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(view_path),
        "--meta", "none",
        "--output-path", str(out / PACKAGE),
        "--config", str(CODEGEN / "config.yaml"),
        "--custom-template-path", str(CODEGEN / "templates"),
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0 or "Warning" in result.stdout + result.stderr:
        sys.exit(f"openapi-python-client failed or warned:\n{result.stdout}\n{result.stderr}")
    for cache in out.rglob(".ruff_cache"):
        shutil.rmtree(cache)
    # With --meta none the generator writes no PEP 561 marker; the package is fully typed.
    (out / PACKAGE / "py.typed").write_text("")
    write_resources(view, out / PACKAGE)
    written = ["resources", "public_types.py"]  # what write_resources adds to the package
    for hook in (["ruff", "check", *written, "--isolated", "--fix-only", "--select", "F401,I", "--quiet"],
                 ["ruff", "format", *written, "--isolated", "--quiet"]):  # fmt: skip
        subprocess.run(hook, cwd=out / PACKAGE, env=env, check=True)
    write_spec_version(out / PACKAGE, spec)
    import_every_module(out)
    record = {
        "generator": f"openapi-python-client {metadata.version('openapi-python-client')}",
        "ruff": subprocess.run(["ruff", "--version"], env=env, capture_output=True, text=True, check=True).stdout.strip(),
        "inputs": {str(p.relative_to(ROOT)): _sha256(spec_path if p == SPEC else p) for p in _inputs()},
        "spec_version": spec["info"]["version"],
        "view": {
            "folded_schemas": report.folded_schemas,
            "removed_schemas": list(report.removed_schemas),
            "dropped_parameters": {k: list(v) for k, v in sorted(report.dropped_parameters.items())},
            "nullable_read_fields": {k: list(v) for k, v in sorted(report.nullable_read_fields.items())},
        },
    }  # fmt: skip
    (out / "GENERATION.json").write_text(json.dumps(record, indent=2, sort_keys=True) + "\n")


def write_spec_version(package: Path, spec: dict[str, Any]) -> None:
    """Record in the package the version of the API description it was generated from."""
    (package / "_spec.py").write_text(
        '"""The version of the LOX24 API description this package was generated from."""\n\n'
        f"SPEC_VERSION = {json.dumps(str(spec['info']['version']))}\n"
    )


def print_api_changes(old: Path, new: Path) -> None:
    """Print what changes in the public Python API when ``old`` is replaced by ``new``."""
    changes = api_diff.compare(api_diff.load_tree(generated=old), api_diff.load_tree(generated=new))
    api_diff.report(changes, "public API changes of this generation")
    if any(change.breaking for change in changes):
        print("Name each breaking change under `## [Unreleased]`, `### Breaking` in CHANGELOG.md.")


def import_every_module(out: Path) -> None:
    """Import each generated module in a fresh interpreter; exit if any fails."""
    probe = (
        "import importlib, pkgutil, sys\n"
        f"import {PACKAGE} as p\n"
        "names = [m.name for m in pkgutil.walk_packages(p.__path__, p.__name__ + '.')]\n"
        "for name in names: importlib.import_module(name)\n"
        "print(len(names))\n"
    )
    # The resource namespaces run on the overlay's runtime (``lox24._runtime``).
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(out), str(ROOT / "overlay")])}
    result = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        sys.exit(f"a generated module does not import:\n{result.stderr}")


def report_drift(fresh: Path, committed: Path) -> int:
    """Print a unified diff of every difference between the two trees; 1 if any."""
    differences = list(_differences(filecmp.dircmp(fresh, committed, ignore=list(IGNORED))))
    for relative in differences:
        new, old = fresh / relative, committed / relative
        new_lines = new.read_text().splitlines(keepends=True) if new.is_file() else []
        old_lines = old.read_text().splitlines(keepends=True) if old.is_file() else []
        sys.stdout.writelines(
            difflib.unified_diff(old_lines, new_lines, f"generated/{relative}", f"fresh/{relative}")
        )
    if differences:
        print(f"\ngenerated/ is out of date in {len(differences)} file(s): run `nox -s generate`.")
        return 1
    print("generated/ matches a fresh generation of the spec.")
    return 0


def _differences(cmp: filecmp.dircmp[str], prefix: Path = Path()) -> list[Path]:
    found = [
        prefix / name for name in cmp.left_only + cmp.right_only + cmp.diff_files + cmp.funny_files
    ]
    for name, sub in sorted(cmp.subdirs.items()):
        found += _differences(sub, prefix / name)
    return found


def _inputs() -> list[Path]:
    return [
        SPEC,
        Path(__file__),
        ROOT / "scripts" / "codegen_view.py",
        ROOT / "scripts" / "codegen_resources.py",
        *sorted(p for p in CODEGEN.rglob("*") if p.is_file()),
    ]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


if __name__ == "__main__":
    raise SystemExit(main())
