"""Check the built docs site: the reference shows every operation of the spec under its method.

    python scripts/docs_check.py SITE_DIR

For each ``x-lox24-method: <namespace>.<method>`` of spec/lox24.yaml, the namespace's reference
page must hold the rendered method (mkdocstrings gives it the id of its full Python path). Run by
``nox -s docs`` after the strict build.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "lox24.yaml"


def spec_methods() -> list[str]:
    """Every ``x-lox24-method`` of the spec, in its order."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return [
        operation["x-lox24-method"]
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "x-lox24-method" in operation
    ]


def anchor(qualified: str) -> str:
    """``sms.send`` -> the id mkdocstrings gives ``SmsResource.send`` on the reference page."""
    namespace, method = qualified.split(".")
    cls = "".join(part.capitalize() for part in namespace.split("_")) + "Resource"
    return f'id="lox24_generated.resources.{namespace}.{cls}.{method}"'


def missing_methods(site: Path) -> list[str]:
    """The spec's methods that the built reference does not show."""
    missing = []
    for qualified in spec_methods():
        page = site / "reference" / "namespaces" / qualified.split(".")[0] / "index.html"
        html = page.read_text(encoding="utf-8") if page.is_file() else ""
        if anchor(qualified) not in html:
            missing.append(qualified)
    return missing


def main() -> int:
    site = Path(sys.argv[1])
    methods = spec_methods()
    missing = missing_methods(site)
    for qualified in missing:
        print(f"not in the reference: client.{qualified}")
    print(f"reference: {len(methods) - len(missing)}/{len(methods)} operations under their methods")
    return 1 if missing or not methods else 0


if __name__ == "__main__":
    raise SystemExit(main())
