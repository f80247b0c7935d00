"""The generated parsers do a fixed, small amount of work per object, counted (never timed).

Reading a page of 100 SMS used to copy, define closures, call each enum's constructor and run
import statements for every item; the model template now generates straight-line parsers.
These tests count what a parse does: no import statement runs, no enum constructor runs for a
known value, and the Python functions called per item are the parser and the class's own
``__init__`` (plus one module-level parser per union field other than a nullable enum),
whatever the number of fields.
"""

from __future__ import annotations

import builtins
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from lox24_generated import models
from lox24_generated.models import DlrCode, PhoneBatchResultJsonld, Sms, SmsStatusCode

from .test_generated_coverage import VIEW, example, named_models

HERE = __name__.rsplit(".", 1)[-1] + ".py:"
OBJECT_MODELS = [n for n in named_models() if "enum" not in VIEW["components"]["schemas"][n]]


@contextmanager
def counting_imports() -> Iterator[Counter[str]]:
    """Count every import statement run inside the block, by module name."""
    counts: Counter[str] = Counter()
    original = builtins.__import__

    def counted(name: str, *args: Any, **kwargs: Any) -> Any:
        counts[name] += 1
        return original(name, *args, **kwargs)

    builtins.__import__ = counted
    try:
        yield counts
    finally:
        builtins.__import__ = original


def python_calls(action: Callable[[], object]) -> Counter[str]:
    """The client's Python functions ``action`` calls, as ``file:function`` counts."""
    counts: Counter[str] = Counter()

    def profile(frame: Any, event: str, _: Any) -> None:
        # Only the client's code: a weakref callback of an unrelated object may run meanwhile.
        if event == "call" and ("lox24" in frame.f_code.co_filename):
            code = frame.f_code
            counts[f"{code.co_filename.rsplit('/', 1)[-1]}:{code.co_name}"] += 1

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return Counter({name: n for name, n in counts.items() if not name.startswith(HERE)})


def sms(index: int, **changes: Any) -> dict[str, Any]:
    """One SMS as the API sends it in JSON-LD."""
    body = example(VIEW["components"]["schemas"]["Sms"], full=True)
    uuid = f"00000000-0000-4000-8000-{index:012d}"
    body.update({"@id": f"/sms/{uuid}", "@type": "Sms", "uuid": uuid, "voice_lang": "DE"})
    body.update(changes)
    return body


@pytest.mark.parametrize("name", OBJECT_MODELS)
def test_parsing_runs_no_import_statement(name):
    """A model's from_dict imports nothing: the models it refers to were imported once."""
    model = getattr(models, name)
    instance = example(VIEW["components"]["schemas"][name], full=True)
    model.from_dict(instance)  # any first-use import happens here
    with counting_imports() as imports:
        model.from_dict(instance)
    assert not imports, f"{name}.from_dict ran import statements: {dict(imports)}"


def test_a_page_of_sms_costs_two_python_calls_per_item():
    """100 SMS: from_dict and __init__, each 100 times; enums, nullable ones too, in C."""
    page = [sms(index) for index in range(100)]
    calls = python_calls(lambda: [Sms.from_dict(item) for item in page])
    assert sum(calls.values()) == 200, calls
    assert calls["sms.py:from_dict"] == 100
    assert not [name for name in calls if "_parse_" in name or name.startswith("enum.py")], calls


def test_a_wrong_enum_value_is_an_error_and_null_stays_none():
    """A nullable enum reads null as None, an unknown string as UNKNOWN, a number as an error."""
    assert Sms.from_dict(sms(4, voice_lang=None)).voice_lang is None
    assert Sms.from_dict(sms(5, voice_lang="XX")).voice_lang.name == "UNKNOWN"
    with pytest.raises(ValueError, match="VoiceLang"):
        Sms.from_dict(sms(6, voice_lang=5))
    with pytest.raises(ValueError, match="DlrCode"):
        Sms.from_dict(sms(7, dlr_code="delivered"))


def test_parsing_leaves_the_mapping_it_reads_alone():
    """from_dict reads a copy: the decoded JSON given to it keeps every key."""
    item = sms(8)
    before = dict(item)
    Sms.from_dict(item)
    assert item == before


def test_known_enum_values_are_the_members_and_unknown_ones_are_kept():
    """Known values read as the enum's members; a value this version lacks keeps its value."""
    known = Sms.from_dict(sms(1))
    assert known.dlr_code is DlrCode(known.dlr_code.value)
    assert known.status_code is SmsStatusCode(known.status_code.value)
    unknown = Sms.from_dict(sms(2, dlr_code=99, status_code=7777, voice_lang="XX"))
    assert isinstance(unknown.dlr_code, DlrCode)
    assert unknown.dlr_code.value == 99
    assert unknown.status_code.value == 7777
    assert unknown.voice_lang is not None
    assert unknown.voice_lang.value == "XX"
    assert unknown.to_dict()["dlr_code"] == 99


def test_json_ld_keys_stay_additional_properties():
    """Keys the model does not declare are kept, in order, outside the fields."""
    parsed = Sms.from_dict(sms(3))
    assert list(parsed.additional_properties) == [key for key in sms(3) if key in {"@id", "@type"}]
    assert parsed.additional_properties["@type"] == "Sms"


def test_a_batch_reply_parses_each_phone_once():
    """A batch of phones: one Phone.from_dict per item, no fallback tried, no imports."""
    phone = example(VIEW["components"]["schemas"]["Phone"], full=True)
    reply = {
        "@type": "hydra:Collection",
        "hydra:member": [{"status": 201, "body": {**phone, "id": i}} for i in range(50)],
        "hydra:totalItems": 50,
    }
    PhoneBatchResultJsonld.from_dict(reply)
    with counting_imports() as imports:
        calls = python_calls(lambda: PhoneBatchResultJsonld.from_dict(reply))
    assert not imports
    assert calls["phone.py:from_dict"] == 50
    assert calls["batch_item_error_jsonld.py:from_dict"] == 0


def test_an_import_builds_no_model_until_a_phone_is_read_and_then_one():
    """Rows go out as prepared JSON; a created row's phone is parsed when read, once."""
    from lox24._batch import import_phones

    phone = example(VIEW["components"]["schemas"]["Phone"], full=True)

    def send(items):
        return {"hydra:member": [{"status": 201, "body": {**phone, **item}} for item in items]}

    rows = [f"+49170{i:07d}" for i in range(30)]
    results = []
    calls = python_calls(
        lambda: results.extend(import_phones(send, rows, chunk_size=10, concurrency=1))
    )
    assert calls["phone.py:from_dict"] == 0
    assert [r.outcome for r in results] == ["created"] * 30
    read = python_calls(lambda: [r.phone.phone for r in results + results])
    assert read["phone.py:from_dict"] == 30
    assert [r.phone.phone for r in results] == rows
    assert not [name for name in calls if name.startswith("phone_write.py")], calls
    assert not [name for name in calls if name.startswith("phone_batch")], calls


def test_an_answer_with_a_malformed_item_makes_its_chunk_unknown():
    """One result without a body: which phones of that chunk exist is unknown; others stand."""
    from lox24._batch import import_phones

    phone = example(VIEW["components"]["schemas"]["Phone"], full=True)
    chunks = []

    def send(items):
        chunks.append(items)
        members = [{"status": 201, "body": {**phone, **item}} for item in items]
        if len(chunks) == 2:
            del members[1]["body"]
        return {"hydra:member": members}

    rows = [f"+49170{i:07d}" for i in range(6)]
    results = list(import_phones(send, rows, chunk_size=3, concurrency=1))
    assert [r.outcome for r in results] == ["created"] * 3 + ["unknown"] * 3
    assert [r.phone.phone for r in results[:3] if r.phone] == rows[:3]
