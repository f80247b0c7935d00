"""The compiled fast path agrees with jsonschema on every schema of the spec."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lox24.sandbox._api._fastcheck import ASSERTIONS, compile_schema
from lox24.sandbox._api._schemas import inline_refs
from lox24.sandbox._api._spec import load_spec
from lox24.sandbox._http._core import shared_book

SAMPLES: list[Any] = [
    None, True, False, 0, 1, 1.0, -1, 2.5, 5, 201, "", "x", "direct", "DE", "EUR", "asc",
    "+491701234567", "a" * 2000, "1575158400..1575676800",
    "da0fa78c-4699-11ea-a637-96000028b339", [], [1], [1.0], [True], ["+491701234567"], ["x"], {},
    {"phone": "+491701234567"}, {"phone": 5}, {"phone": None}, {"a": "x"},
    {"name": "x"}, {"name": ""}, {"name": "x", "phones": {"k": {"phone": "1"}}},
    {"name": "x", "phones": {"k": {}}}, {"name": "x", "phones": None}, {"name": "x", "phones": []},
    {"sender_id": "Shop", "text": "t", "phones": ["+491701234567"]},
    {"sender_id": "Shop", "text": "t", "msg_groups": [1, 2]},
    {"sender_id": "Shop", "text": "t"},
    {"sender_id": "Shop", "text": "t", "phones": None, "service_code": "pigeon"},
    {"sender_id": "Shop", "text": "t", "phones": None, "service_code": None, "voice_lang": "EN"},
    {"status_code": 5, "uuid": "x"}, {"id": 1, "groups": {"1": "/groups/1"}},
    {"hydra:member": []}, {"@context": {"@vocab": "x", "hydra": "http://www.w3.org/ns/hydra/core#"}},
]  # fmt: skip


def schema_names() -> list[str]:
    return sorted(load_spec()["components"]["schemas"])


def compiled(name: str) -> tuple[Any, Any]:
    schema = inline_refs(load_spec(), {"$ref": f"#/components/schemas/{name}"})
    return compile_schema(schema), jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("name", schema_names())
def test_fast_path_matches_jsonschema_on_samples(name: str) -> None:
    """For each component schema the compiled predicate gives jsonschema's verdict."""
    fast, slow = compiled(name)
    if fast is None:
        pytest.skip(f"{name} is not compiled")
    assert [fast(v) for v in SAMPLES] == [slow.is_valid(v) for v in SAMPLES]


def test_every_asserting_keyword_of_jsonschema_is_known() -> None:
    """The fast path treats as assertions every keyword jsonschema validates (format aside)."""
    assert set(jsonschema.Draft202012Validator.VALIDATORS) - {"format"} <= ASSERTIONS


def test_most_schemas_are_compiled() -> None:
    """The write schemas the sandbox validates most often have a fast path."""
    for name in ("PhoneWrite", "GroupWrite", "BulkWrite", "Error"):
        assert compiled(name)[0] is not None, name


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 300)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from(["", "+491701234567", "Shop", "direct", "x" * 40]),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.sampled_from(["phone", "name", "a", "phones", "text", "sender_id",
                                       "msg_groups", "service_code"]), children, max_size=4),
    max_leaves=8,
)  # fmt: skip


@settings(max_examples=300, derandomize=True, database=None)
@given(value=JSON)
@pytest.mark.slow
def test_fast_path_never_disagrees_on_generated_values(value: Any) -> None:
    """On generated JSON the fast path of the write schemas agrees with jsonschema."""
    book = shared_book()
    for name in ("PhoneWrite", "GroupWrite", "BulkWrite"):
        fast, slow = compiled(name)
        assert fast(value) == slow.is_valid(value), name
        assert book.validator(f"/components/schemas/{name}").is_valid(value) == slow.is_valid(value)
