"""The spec-change workflow: a changed spec is regenerated and its API changes classified.

The real generator runs on copies of the project's spec in a temporary folder: once on the spec as
it is, once on a copy changed in breaking ways (a field removed, an operation renamed, a required
parameter added, an enum member removed) and compatible ways (an optional field and an enum
member added).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

pytest.importorskip("griffe", reason="griffe comes with the codegen dependency group")
pytest.importorskip("openapi_python_client", reason="the generator is in the codegen group")

from scripts import api_diff, regenerate
from tests.helpers import built_once_per_run, load_spec

OLD_OPERATION = "lox24_generated.api.account.get_account"
NEW_OPERATION = "lox24_generated.api.account.read_account"
REMOVED_FIELD = "lox24_generated.models.Account.is_text_deleted"
REQUIRED_PARAMETER = "lox24_generated.api.groups.list_groups.sync(region)"
OPTIONAL_FIELD = "lox24_generated.models.GroupWrite.color"
REMOVED_MEMBER = "lox24_generated.models.Currency.CHF"
ADDED_MEMBER = "lox24_generated.models.Currency.USD"
#: libyaml's safe dumper where PyYAML has it (the same document, much faster).
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def change_spec(spec: dict) -> None:
    """Four breaking changes and two compatible changes to the API description."""
    schemas = spec["components"]["schemas"]
    schemas["Currency"]["enum"] = ["EUR", "USD"]
    del schemas["Account"]["properties"]["is_text_deleted"]
    spec["paths"]["/me"]["get"]["operationId"] = "read_account"
    spec["paths"]["/groups"]["get"]["parameters"].append(
        {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    schemas["GroupWrite"]["properties"]["color"] = {"type": "string"}


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The package generated from the spec as it is, and from the changed copy (once per run:
    xdist workers share the folders, which the tests only read)."""
    tmp = built_once_per_run(tmp_path_factory, "api-diff", generate_both)
    return tmp / "old", tmp / "new"


def generate_both(tmp: Path) -> None:
    """Generate the spec as it is into ``tmp/old`` and the changed copy into ``tmp/new``."""
    spec = load_spec()
    original, changed = tmp / "original.yaml", tmp / "changed.yaml"
    original.write_text(yaml.dump(spec, Dumper=DUMPER, sort_keys=False), encoding="utf-8")
    change_spec(spec)
    changed.write_text(yaml.dump(spec, Dumper=DUMPER, sort_keys=False), encoding="utf-8")
    regenerate.generate_into(tmp / "old", original)
    regenerate.generate_into(tmp / "new", changed)


@pytest.fixture(scope="module")
def old_api(trees: tuple[Path, Path]) -> dict[str, Any]:
    """The API of the generation from the spec as it is, loaded once (comparing only reads it)."""
    return api_diff.load_tree(generated=trees[0])


@pytest.fixture(scope="module")
def baseline(trees: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A baseline written from that generation (from its own load: a dump trims what it reads)."""
    path = tmp_path_factory.mktemp("baseline") / "baseline.json.gz"
    api_diff.write_baseline(api_diff.load_tree(generated=trees[0]), path)
    return path


@pytest.fixture(scope="module")
def changes(trees: tuple[Path, Path], old_api: dict[str, Any]) -> dict[str, api_diff.Change]:
    """The classified changes between the two generations, by object path."""
    found = api_diff.compare(old_api, api_diff.load_tree(generated=trees[1]))
    return {change.path: change for change in found}


@pytest.mark.slow
def test_removed_field_is_breaking(changes: dict[str, api_diff.Change]) -> None:
    """A field removed from a schema removes the model attribute: breaking."""
    assert changes[REMOVED_FIELD].breaking
    assert changes[REMOVED_FIELD].what == "Public object was removed"


@pytest.mark.slow
def test_renamed_operation_is_breaking(changes: dict[str, api_diff.Change]) -> None:
    """A renamed operationId removes the old operation module (breaking) and adds the new one."""
    assert changes[OLD_OPERATION].breaking
    assert changes[OLD_OPERATION].what == "Public object was removed"
    assert not changes[NEW_OPERATION].breaking


@pytest.mark.slow
def test_required_parameter_is_breaking(changes: dict[str, api_diff.Change]) -> None:
    """A new required query parameter breaks every call of the operation's functions."""
    assert changes[REQUIRED_PARAMETER].breaking
    assert changes[REQUIRED_PARAMETER].what == "Parameter was added as required"


@pytest.mark.slow
def test_optional_field_is_not_breaking(changes: dict[str, api_diff.Change]) -> None:
    """A new optional field is listed as an addition, and nothing of its model breaks."""
    assert not changes[OPTIONAL_FIELD].breaking
    assert not changes["lox24_generated.models.GroupWrite.__init__(color)"].breaking
    assert not [
        path
        for path, change in changes.items()
        if change.breaking and path.startswith("lox24_generated.models.GroupWrite")
    ]


@pytest.mark.slow
def test_enum_members_removed_break_and_added_do_not(changes: dict[str, api_diff.Change]) -> None:
    """A value dropped from an enum removes its member (breaking); a new value is an addition."""
    assert changes[REMOVED_MEMBER].breaking
    assert not changes[ADDED_MEMBER].breaking


@pytest.mark.slow
def test_nothing_else_is_reported_breaking(changes: dict[str, api_diff.Change]) -> None:
    """The breaking changes are the four made, and only in the objects they touch."""
    touched = (
        "lox24_generated.models.Account.",
        REMOVED_MEMBER,
        OLD_OPERATION,
        "lox24_generated.api.groups.list_groups.",
    )
    breaking = [path for path, change in changes.items() if change.breaking]
    assert breaking
    assert all(path.startswith(touched) for path in breaking), breaking


@pytest.mark.slow
def test_the_package_records_the_spec_version(trees: tuple[Path, Path]) -> None:
    """The generated package and its record carry the spec's info.version."""
    old, _ = trees
    version = load_spec()["info"]["version"]
    namespace: dict[str, object] = {}
    exec((old / "lox24_generated" / "_spec.py").read_text(), namespace)
    assert namespace["SPEC_VERSION"] == version
    assert json.loads((old / "GENERATION.json").read_text())["spec_version"] == version


@pytest.mark.slow
def test_a_baseline_keeps_everything_the_checker_reads(
    old_api: dict[str, Any], baseline: Path
) -> None:
    """An API written to a baseline and read back differs from the source in nothing, both ways
    (what is public, what is inherited, what is required)."""
    source, written = old_api, api_diff.read_baseline(baseline)
    assert api_diff.compare(written, source) == []
    assert api_diff.compare(source, written) == []


@pytest.mark.slow
def test_check_fails_until_each_breaking_change_is_acknowledged(
    trees: tuple[Path, Path], baseline: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """CI fails on an unacknowledged breaking change and passes once the changelog names each."""
    changelog = tmp_path / "CHANGELOG.md"
    check = lambda: api_diff.check(baseline, changelog, api_diff.OVERLAY, trees[1])  # noqa: E731
    changelog.write_text("# Changelog\n\n## [Unreleased]\n\n### Added\n- `color` on groups.\n")
    assert check() == 1
    capsys.readouterr()
    partly = (
        changelog.read_text()
        + "\n### Breaking\n- `lox24_generated.models.Account` loses a field.\n"
    )
    changelog.write_text(partly)
    assert check() == 1
    missing = capsys.readouterr().out.split("not acknowledged")[1]
    assert OLD_OPERATION in missing
    assert REMOVED_FIELD not in missing
    changelog.write_text(
        partly + f"- `{OLD_OPERATION}` is `read_account` now.\n"
        "- `lox24_generated.api.groups.list_groups` needs `region`.\n"
        "- `lox24_generated.models.Currency.CHF` is gone.\n"
    )
    assert check() == 0


def test_only_the_unreleased_breaking_section_acknowledges() -> None:
    """Names under a released version or another heading acknowledge nothing."""
    changelog = (
        "# Changelog\n\n## [Unreleased]\n\n### Added\n- `a.added`\n\n### Breaking\n"
        "<!-- e.g. `a.example` -->\n- `a.gone` and `a.b.renamed`\n\n### Fixed\n- `a.fixed`\n\n"
        "## [0.1.0] - 2026-11-01\n\n### Breaking\n- `a.old`\n"
    )
    assert api_diff.acknowledged(changelog) == {"a.gone", "a.b.renamed"}
    named = api_diff.acknowledged(changelog)
    assert api_diff.is_acknowledged(api_diff.Change("a.b.renamed.sync(x)", "", True), named)
    assert not api_diff.is_acknowledged(api_diff.Change("a.old", "", True), named)


def test_check_compares_again_when_a_source_or_the_baseline_changes(tmp_path: Path) -> None:
    """The digest that keys check's reuse changes with any byte, name or file of its inputs."""
    baseline, overlay, generated = tmp_path / "b.json.gz", tmp_path / "o", tmp_path / "g"
    (overlay / "lox24").mkdir(parents=True)
    (generated / "lox24_generated").mkdir(parents=True)
    baseline.write_bytes(b"baseline")
    (overlay / "lox24" / "__init__.py").write_text("x = 1\n")
    digest = lambda: api_diff._digest(baseline, overlay, generated)  # noqa: E731
    seen = {digest()}
    assert digest() in seen
    (overlay / "lox24" / "__init__.py").write_text("x = 2\n")
    seen.add(digest())
    (generated / "lox24_generated" / "models.pyi").write_text("")
    seen.add(digest())
    (overlay / "lox24" / "__init__.py").rename(overlay / "lox24" / "core.py")
    seen.add(digest())
    baseline.write_bytes(b"baseline 2")
    seen.add(digest())
    (generated / "lox24_generated" / "notes.txt").write_text("not read by griffe")
    assert digest() in seen
    assert len(seen) == 5
