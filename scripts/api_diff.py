"""What changed in the public Python API, and whether it breaks code written against it.

    python scripts/api_diff.py check          # fail on a breaking change not acknowledged
    python scripts/api_diff.py show           # list every change against the baseline
    python scripts/api_diff.py rebaseline     # at a release: record the API as the new baseline

The public API is what griffe sees, statically, in ``lox24`` (``overlay/``) and
``lox24_generated`` (``generated/``): namespaces, functions and their parameters, models and
their fields, enum members. Whether a change breaks callers is decided by griffe's
breaking-change checker; this script only adds the list of additions, so that a change report
shows both sides. Generated models are attrs classes, which griffe does not construct; a small
extension gives each one the ``__init__`` attrs writes, with keyword-only fields (their order is
not part of the API), so that a new required field counts as breaking and a new optional one
does not.

The baseline is ``spec/api-baseline.json.gz``: griffe's dump of the public API at the last
release (``show`` prints it against the tree in readable form).
``check`` compares the API in the working tree with it and fails unless every breaking change is
acknowledged in ``CHANGELOG.md``, under ``## [Unreleased]`` then ``### Breaking``, by a line that
names the changed object (or one of its parents) in backticks, for example
``- `lox24_generated.models.Sms.text` is removed: the API no longer sends it.``
``scripts/regenerate.py`` prints the same report between the tree before and after a generation.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import griffe

ROOT = Path(__file__).resolve().parent.parent
OVERLAY = ROOT / "overlay"
GENERATED = ROOT / "generated"
BASELINE = ROOT / "spec" / "api-baseline.json.gz"
CHANGELOG = ROOT / "CHANGELOG.md"
PACKAGES = ("lox24", "lox24_generated")
# What a dump keeps: structure only. Docstrings and file paths change without changing the API.
DROPPED_KEYS = frozenset({"decorators", "docstring", "endlineno", "filepath", "labels"})
#: What ``check`` found, by the digest of everything it read: checking the same bytes again in one
#: process (a test run) reuses the comparison instead of loading both APIs once more.
_COMPARED: dict[str, list[Change]] = {}


@dataclass(frozen=True)
class Change:
    """One difference between two versions of the public API."""

    path: str
    what: str
    breaking: bool
    detail: str = ""

    def line(self) -> str:
        """The change as one line of a report."""
        mark = "BREAKING" if self.breaking else "added   "
        detail = f" ({self.detail})" if self.detail else ""
        return f"{mark}  {self.path}: {self.what}{detail}"


class AttrsInit(griffe.Extension):
    """Give each ``attrs.define`` class the ``__init__`` attrs generates, fields keyword-only."""

    def on_class_members(self, *, cls: griffe.Class, **kwargs: Any) -> None:
        """Add the constructor once the class body is known."""
        if not any(_is_attrs_define(decorator) for decorator in cls.decorators):
            return
        parameters = [griffe.Parameter("self", kind=griffe.ParameterKind.positional_or_keyword)]
        for name, member in cls.members.items():
            if (
                member.is_alias
                or not member.is_attribute
                or member.annotation is None
                or "property" in member.labels
                or name.startswith("__")
            ):
                continue
            if member.value is not None and "init=False" in str(member.value):
                continue
            parameters.append(
                griffe.Parameter(
                    name,
                    annotation=member.annotation,
                    kind=griffe.ParameterKind.keyword_only,
                    default=member.value,
                )
            )
        init = griffe.Function(
            "__init__", parameters=griffe.Parameters(*parameters), lineno=cls.lineno
        )
        init.labels.add("attrs")
        cls.set_member("__init__", init)


def _is_attrs_define(decorator: griffe.Decorator) -> bool:
    value = decorator.value
    path = getattr(value, "canonical_path", str(value))
    return path in {"attrs.define", "attrs.frozen", "attr.s", "attr.attrs"}


def load_tree(overlay: Path = OVERLAY, generated: Path = GENERATED) -> dict[str, griffe.Module]:
    """Load both packages from source folders, in one collection so that aliases resolve."""
    loader = griffe.GriffeLoader(
        search_paths=[str(overlay), str(generated)],
        extensions=griffe.load_extensions(AttrsInit),
    )
    modules = {name: loader.load(name) for name in PACKAGES}
    loader.resolve_aliases(implicit=False, external=False)
    return modules  # type: ignore[return-value]


def dump(modules: dict[str, griffe.Module]) -> str:
    """The API as stable JSON: griffe's dump without docstrings, file paths and private names.

    Annotations are kept as text: griffe does not compare them, and as expressions they would
    make most of the file. Defaults stay expressions, which griffe compares.
    """
    targets = {alias.target_path for module in modules.values() for alias in _aliases(module)}
    for module in modules.values():
        _keep_public(module, targets)
        _annotations_as_text(module, set())
    payload = {name: _strip(json.loads(module.as_json())) for name, module in modules.items()}
    return json.dumps(payload, indent=0, sort_keys=True) + "\n"


def _aliases(obj: griffe.Object) -> Iterator[griffe.Alias]:
    for member in obj.members.values():
        if member.is_alias and member.is_public:
            yield member
        elif not member.is_alias and (member.is_module or member.is_class):
            yield from _aliases(member)


def _keep_public(obj: griffe.Object, targets: set[str]) -> None:
    """Remove what griffe's checker skips: private objects, imports from elsewhere.

    Modules, imports within the two packages (base classes are read through them) and the
    targets of public aliases stay, so that every name the checker follows resolves.
    """
    for name, member in list(obj.members.items()):
        if (
            member.is_public
            or member.path in targets
            or (member.is_alias and not _outside(member))
            or (not member.is_alias and member.is_module)
        ):
            if not member.is_alias and (member.is_module or member.is_class):
                _keep_public(member, targets)
        else:
            obj.del_member(name)


def _annotations_as_text(obj: griffe.Object, seen: set[str]) -> None:
    if obj.path in seen:
        return
    seen.add(obj.path)
    for member in obj.members.values():
        if member.is_alias:
            continue
        if member.is_function:
            member.returns = _text(member.returns)
            for parameter in member.parameters:
                parameter.annotation = _text(parameter.annotation)
        elif member.is_attribute:
            member.annotation = _text(member.annotation)
            member.value = _text(member.value)
        else:
            _annotations_as_text(member, seen)


def _text(expression: str | griffe.Expr | None) -> str | None:
    return None if expression is None else str(expression)


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in DROPPED_KEYS}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def load_dump(text: str) -> dict[str, griffe.Module]:
    """Rebuild the packages of a dump, in one collection so that aliases resolve."""
    collection = griffe.ModulesCollection()
    modules: dict[str, griffe.Module] = {}
    for name, data in json.loads(text).items():
        module = json.loads(json.dumps(data), object_hook=griffe.json_decoder)
        module._modules_collection = collection  # griffe sets it the same way when loading
        collection.set_member(name, module)
        modules[name] = module
        _attach_bases(module)
    return modules


def _attach_bases(obj: griffe.Object) -> None:
    """Give the names in base classes the scope they are read in, which the decoder leaves out.

    Without it, inherited members of a loaded dump would be invisible to the comparison.
    """
    for member in obj.members.values():
        if member.is_alias or not (member.is_module or member.is_class):
            continue
        if member.is_class:
            for base in member.bases:
                names = base.iterate(flat=True) if isinstance(base, griffe.Expr) else ()
                for name in names:
                    if isinstance(name, griffe.ExprName) and name.parent is None:
                        name.parent = member.parent
        _attach_bases(member)


def compare(old: dict[str, griffe.Module], new: dict[str, griffe.Module]) -> list[Change]:
    """Every breaking change (griffe's verdict) and every addition, old to new.

    Objects are named by the path users import them from (``lox24.Client.call``, not
    ``lox24._client.Client.call``). An addition inside a new object is not listed again.
    """
    changes: list[Change] = []
    for name in PACKAGES:
        before, after = _public(old[name]), _public(new[name])
        names = {
            obj.path: path
            for path, obj in reversed([*before.items(), *after.items()])
            if not isinstance(obj, griffe.Parameter)
        }
        breaking = [
            _from_breakage(breakage, names)
            for breakage in griffe.find_breaking_changes(old[name], new[name])
        ]
        added = [path for path in sorted(after) if path not in before]
        changes += breaking
        changes += [
            Change(path, f"new {_kind(after[path])}", breaking=False)
            for path in added
            if not _inside_any(path, added) and path not in {c.path for c in breaking}
        ]
    return sorted(changes, key=lambda change: (not change.breaking, change.path))


def _kind(obj: griffe.Object | griffe.Parameter) -> str:
    return "parameter" if isinstance(obj, griffe.Parameter) else obj.kind.value


def _inside_any(path: str, others: list[str]) -> bool:
    return any(path.startswith((f"{other}.", f"{other}(")) for other in others)


def _from_breakage(breakage: griffe.Breakage, names: dict[str, str]) -> Change:
    path = names.get(breakage.obj.path, breakage.obj.path)
    detail = ""
    if isinstance(breakage.old_value, griffe.Parameter) or isinstance(
        breakage.new_value, griffe.Parameter
    ):
        parameter = breakage.new_value or breakage.old_value
        path = f"{path}({parameter.name})"
    elif breakage.details:
        detail = breakage.details
    return Change(path, breakage.kind.value, breaking=True, detail=detail)


def _public(root: griffe.Object | griffe.Alias) -> dict[str, griffe.Object | griffe.Parameter]:
    """Every public path under ``root`` (aliases followed), shortest first; parameters too."""
    found: dict[str, griffe.Object | griffe.Parameter] = {}
    for path, obj in sorted(_walk(root, root.path, frozenset()), key=lambda item: len(item[0])):
        found.setdefault(path, obj)
        if obj.is_function:
            for parameter in obj.parameters:
                if parameter.name not in {"self", "cls"}:
                    found[f"{path}({parameter.name})"] = parameter
    return found


def _walk(
    obj: griffe.Object | griffe.Alias, path: str, seen: frozenset[str]
) -> Iterator[tuple[str, griffe.Object]]:
    """Each public path below ``obj``; ``seen`` holds the objects above it (against cycles)."""
    try:
        target = obj.final_target if obj.is_alias else obj
    except griffe.AliasResolutionError:
        return
    yield path, target
    if target.path in seen or not (target.is_module or target.is_class):
        return
    for name, member in target.all_members.items():
        if member.is_public and not _outside(member):
            yield from _walk(member, f"{path}.{name}", seen | {target.path})


def _outside(member: griffe.Object | griffe.Alias) -> bool:
    """Whether an alias points outside the two packages (httpx, attrs, typing...)."""
    return member.is_alias and member.target_path.split(".")[0] not in PACKAGES


def acknowledged(changelog: str) -> set[str]:
    """The object paths named in backticks under Unreleased, Breaking, in the changelog."""
    changelog = re.sub(r"<!--.*?-->", "", changelog, flags=re.S)
    unreleased = re.search(r"^## \[Unreleased\]\n(.*?)(?=^## |\Z)", changelog, re.M | re.S)
    if not unreleased:
        return set()
    breaking = re.search(r"^### Breaking\n(.*?)(?=^### |\Z)", unreleased.group(1), re.M | re.S)
    return set(re.findall(r"`([\w.]+)`", breaking.group(1))) if breaking else set()


def is_acknowledged(change: Change, names: set[str]) -> bool:
    """Whether the change's object, or one of its parents, is named."""
    path = change.path.split("(")[0]
    parts = path.split(".")
    return any(".".join(parts[:i]) in names for i in range(1, len(parts) + 1))


def report(changes: list[Change], title: str) -> None:
    """Print a change report."""
    breaking = sum(change.breaking for change in changes)
    print(f"{title}: {breaking} breaking, {len(changes) - breaking} added")
    for change in changes:
        print(f"  {change.line()}")


def read_baseline(path: Path = BASELINE) -> dict[str, griffe.Module]:
    """The API recorded in a baseline file."""
    return load_dump(gzip.decompress(path.read_bytes()).decode("utf-8"))


def write_baseline(modules: dict[str, griffe.Module], path: Path = BASELINE) -> None:
    """Record the API in a baseline file (compressed, byte for byte reproducible)."""
    path.write_bytes(gzip.compress(dump(modules).encode("utf-8"), mtime=0))


def check(
    baseline: Path = BASELINE,
    changelog: Path = CHANGELOG,
    overlay: Path = OVERLAY,
    generated: Path = GENERATED,
) -> int:
    """Compare the tree with the baseline; 1 if a breaking change is not acknowledged."""
    if not baseline.is_file():
        print(f"{baseline.name} is missing: run `python scripts/api_diff.py rebaseline`.")
        return 1
    changes = _compared(baseline, overlay, generated)
    report(changes, "public API against the last release")
    names = acknowledged(changelog.read_text(encoding="utf-8"))
    missing = [c for c in changes if c.breaking and not is_acknowledged(c, names)]
    if missing:
        print(f"\n{len(missing)} breaking change(s) not acknowledged in CHANGELOG.md:")
        for change in missing:
            print(f"  {change.path}")
        print("Name each (or a parent) in backticks under `## [Unreleased]` → `### Breaking`.")
        return 1
    print("every breaking change is acknowledged in CHANGELOG.md.")
    return 0


def _compared(baseline: Path, overlay: Path, generated: Path) -> list[Change]:
    """The changes from the baseline to the tree, compared once per content of the two."""
    key = _digest(baseline, overlay, generated)
    if key not in _COMPARED:
        _COMPARED[key] = compare(read_baseline(baseline), load_tree(overlay, generated))
    return list(_COMPARED[key])


def _digest(baseline: Path, *folders: Path) -> str:
    """A digest of the baseline's bytes and of every Python source (path and bytes) griffe can
    read under the folders."""
    digest = hashlib.sha256(baseline.read_bytes())
    for folder in folders:
        digest.update(f"\0{folder.resolve()}\0".encode())
        for source in sorted(folder.rglob("*.py*")):
            if source.suffix in {".py", ".pyi"} and source.is_file():
                digest.update(f"\0{source.relative_to(folder)}\0".encode())
                digest.update(source.read_bytes())
    return digest.hexdigest()


def main() -> int:
    """Run the command given on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["check", "show", "rebaseline"])
    args = parser.parse_args()
    if args.command == "check":
        return check()
    if args.command == "show":
        report(compare(read_baseline(), load_tree()), "public API against the last release")
        return 0
    write_baseline(load_tree())
    print(f"{BASELINE.relative_to(ROOT)} now records the public API of the working tree.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
