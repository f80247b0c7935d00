"""Check the built wheel and sdist: each holds what an installation needs, and nothing else.

    python scripts/check_dist.py DIST_FOLDER

The wheel must hold every file of ``overlay/lox24`` and ``generated/lox24_generated`` (Python or
not: ``py.typed``, the sandbox inbox's templates and static files), the spec inside the sandbox,
and the license in its metadata, with no bytecode and no tests; the sdist must hold the sources,
the spec, the README, the changelog and the license, so that a wheel can be built from it. The
metadata must name the license, its file, the project's URLs and the classifiers an index shows.
Prints what it checked; exits 1 with the list of problems otherwise.
"""

from __future__ import annotations

import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Each source folder, and where its files sit in the wheel.
PACKAGES = {
    ROOT / "overlay" / "lox24": "lox24",
    ROOT / "generated" / "lox24_generated": "lox24_generated",
}
#: Files that must be in the wheel whatever the source tree holds.
WHEEL_FILES = ("lox24/py.typed", "lox24/sandbox/lox24.yaml", "lox24/cli/__init__.py")
SDIST_FILES = ("pyproject.toml", "README.md", "CHANGELOG.md", "LICENSE", "spec/lox24.yaml")
CLASSIFIERS = ("Framework :: Pytest", "Typing :: Typed", "Development Status :: ")
#: Files that must never ship.
NEVER = ("__pycache__/", ".pyc", "tests/", ".nox/")


def source_files() -> dict[str, Path]:
    """Every file of the packages' sources, by its path in the wheel (bytecode left out)."""
    files = {}
    for folder, name in PACKAGES.items():
        for path in folder.rglob("*"):
            relative = path.relative_to(folder)
            if path.is_file() and "__pycache__" not in relative.parts and path.suffix != ".pyc":
                files[f"{name}/{relative.as_posix()}"] = path
    return files


def check_wheel(wheel: Path) -> list[str]:
    """What is wrong with the wheel: missing or unwanted files, incomplete metadata."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(metadata_name).decode("utf-8")
    dist_info = metadata_name.rsplit("/", 1)[0]
    problems = [f"wheel lacks {n}" for n in sorted({*source_files(), *WHEEL_FILES} - names)]
    if f"{dist_info}/licenses/LICENSE" not in names:
        problems.append(f"wheel lacks {dist_info}/licenses/LICENSE")
    problems += [f"wheel holds {n}" for n in sorted(names) if any(bad in n for bad in NEVER)]
    return problems + check_metadata(metadata)


def check_sdist(sdist: Path) -> list[str]:
    """What is wrong with the sdist: the sources, the spec, the README, the license."""
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    wanted = {*SDIST_FILES, *(_sdist_path(p) for p in source_files().values())}
    problems = [f"sdist lacks {n}" for n in sorted(wanted - names)]
    return problems + [f"sdist holds {n}" for n in sorted(names) if any(b in n for b in NEVER)]


def check_metadata(text: str) -> list[str]:
    """What the core metadata lacks: license, license file, URLs, classifiers."""
    metadata = Parser().parsestr(text)
    problems = []
    if metadata.get("License-Expression") != "MIT":
        problems.append("metadata: License-Expression is not MIT")
    if "LICENSE" not in (metadata.get_all("License-File") or []):
        problems.append("metadata: no License-File LICENSE")
    if not metadata.get_all("Project-URL"):
        problems.append("metadata: no Project-URL")
    classifiers = metadata.get_all("Classifier") or []
    for wanted in CLASSIFIERS:
        if not any(c.startswith(wanted) for c in classifiers):
            problems.append(f"metadata: no classifier {wanted!r}")
    return problems


def _sdist_path(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def main() -> None:
    """Check the one wheel and the one sdist in the folder given."""
    dist = Path(sys.argv[1])
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        raise SystemExit(f"expected one wheel and one sdist in {dist}, found {wheels + sdists}")
    problems = check_wheel(wheels[0]) + check_sdist(sdists[0])
    if problems:
        print("\n".join(problems), file=sys.stderr)
        raise SystemExit(1)
    print(
        f"{wheels[0].name} and {sdists[0].name}: {len(source_files())} package files, "
        "license, spec, metadata: all there"
    )


if __name__ == "__main__":
    main()
