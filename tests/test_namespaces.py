"""The resource namespaces: every operation of the spec is a typed method, generated, not hand-written.

The expected Python names are derived here from the spec by the documented rule, independently
of the generator, so a generator bug that drops or renames a parameter fails these tests.
"""

from __future__ import annotations

import inspect
import json
import keyword
import re
import typing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx
import pytest

import lox24
from lox24.sandbox import Sandbox, SandboxClock
from lox24_generated.models import SmsWrite

from . import bodies
from .conftest import BASE_URL, SECRET_TOKEN, jsonld
from .helpers import load_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = load_spec()
START = 1_700_000_000
VERBS = ("get", "post", "put", "delete", "patch")


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref", "")
    if ref.startswith("#/components/parameters/"):
        return SPEC["components"]["parameters"][ref.rsplit("/", 1)[1]]
    if ref.startswith("#/components/schemas/"):
        return SPEC["components"]["schemas"][ref.rsplit("/", 1)[1]]
    return node


def _operations() -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    found = []
    for path, item in SPEC["paths"].items():
        for verb in VERBS:
            if verb in item:
                found.append((path, verb, item, item[verb]))
    return found


def _python_name(wire: str) -> str:
    """The documented rule: x[] -> x, x[op] -> x_op, exists[x] -> x_exists, dots -> _, and a
    Python keyword takes a trailing underscore (``from_``)."""
    if wire.startswith("exists["):
        name = wire[len("exists[") : -1] + "_exists"
    elif wire.endswith("[]"):
        name = wire[:-2]
    elif match := re.fullmatch(r"(\w+)\[(\w+)\]", wire):
        name = f"{match.group(1)}_{match.group(2)}"
    else:
        name = wire
    name = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()
    name = re.sub(r"\W", "_", name)
    return f"{name}_" if keyword.iskeyword(name) else name


def _expected(item: dict[str, Any], operation: dict[str, Any]) -> tuple[int, set[str]]:
    """How many positional (path/array body) arguments, and the keyword names."""
    parameters = [_resolve(p) for p in item.get("parameters", []) + operation.get("parameters", [])]
    positional = sum(p["in"] == "path" for p in parameters)
    query = [p["name"] for p in parameters if p["in"] == "query"]
    names = {_python_name(q) for q in query if not q.startswith("_order[")}
    if any(q.startswith("_order[") for q in query):
        names.add("order_by")
    body = operation.get("requestBody")
    if body:
        schema = body["content"]["application/json"]["schema"]
        if schema.get("type") == "array":
            positional += 1
        else:
            target = _resolve(schema)
            # body= is the second overload; the signature shown is the call with fields.
            names |= {_python_name(k) for k in target["properties"] if not k.startswith("@")}
    return positional, names


def _resource(client: object, method: str) -> tuple[object, str]:
    namespace, name = method.split(".")
    return getattr(client, namespace), name


def test_the_spec_names_a_method_for_each_of_its_56_operations():
    methods = [op["x-lox24-method"] for _, _, _, op in _operations()]
    assert len(methods) == 56
    assert len(set(methods)) == 56


@pytest.mark.parametrize(
    ("path", "verb", "item", "operation"),
    _operations(),
    ids=[op["operationId"] for _, _, _, op in _operations()],
)
def test_every_operation_is_a_method_with_one_parameter_per_spec_parameter(
    path, verb, item, operation
):
    positional, keywords = _expected(item, operation)
    sync = lox24.Client(SECRET_TOKEN, base_url=BASE_URL)
    asynchronous = lox24.AsyncClient(SECRET_TOKEN, base_url=BASE_URL)
    for client in (sync, asynchronous):
        resource, name = _resource(client, operation["x-lox24-method"])
        for target in (resource, resource.with_raw_response):  # type: ignore[attr-defined]
            signature = inspect.signature(getattr(target, name))
            kinds = [p.kind for p in signature.parameters.values()]
            got_positional = kinds.count(inspect.Parameter.POSITIONAL_OR_KEYWORD)
            got_keywords = {
                p.name
                for p in signature.parameters.values()
                if p.kind is inspect.Parameter.KEYWORD_ONLY
            }
            assert got_positional == positional, (path, verb, signature)
            # Scalar twins x of a list filter x[] are sent as x[]: same Python name.
            assert got_keywords == keywords, (path, verb, got_keywords ^ keywords)
            assert getattr(target, name).__doc__


def test_namespace_code_is_generated_and_the_overlay_holds_none():
    generated = ROOT / "generated" / "lox24_generated" / "resources"
    assert (generated / "sms.py").read_text().count("Generated from spec/lox24.yaml") == 1
    for module in (ROOT / "overlay" / "lox24").rglob("*.py"):
        if "sandbox" in module.parts:
            continue  # the sandbox implements the API; it is not client code
        text = module.read_text()
        assert not re.search(r"^\s*(from|import) lox24_generated\.(api|resources)\.", text, re.M)
        assert "Endpoint(" not in text or module.name == "_runtime.py", module.name
        for name in ("dry_run", "cancel_many", "export_csv", "create_batch", "wait_for_delivery"):
            assert f"def {name}(" not in text, (module.name, name)
    record = json.loads((ROOT / "generated" / "GENERATION.json").read_text())
    assert "scripts/codegen_resources.py" in record["inputs"]


# ----- behaviour over the wire -------------------------------------------------------------------


class Recorder:
    """A mock server that records each request and answers a canned body."""

    def __init__(self, status: int, body: Any) -> None:
        self.status = status
        self.body = body
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return jsonld(self.status, self.body, **{"X-LOX24-REQUEST-ID": "a" * 32})


def _sms_body(**overrides: Any) -> dict[str, Any]:
    return bodies.sms(
        uuid="0b9f0a8e-0000-4000-8000-000000000001", phone="+491701234567", **overrides
    )


def test_optional_means_omitted_and_aware_datetimes_become_unix_times(make_client):
    server = Recorder(201, _sms_body())
    client = make_client(server)
    at = datetime(2026, 12, 24, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    sms = client.sms.send(phone="+491701234567", sender_id="MyShop", text="Hi", delivery_at=at)
    assert sms.uuid.startswith("0b9f0a8e")
    sent = json.loads(server.requests[0].content)
    assert sent == {
        "phone": "+491701234567",
        "sender_id": "MyShop",
        "text": "Hi",
        "delivery_at": int(at.timestamp()),
    }


def test_a_naive_datetime_is_refused_naming_the_field(make_client):
    server = Recorder(201, _sms_body())
    client = make_client(server)
    with pytest.raises(lox24.InvalidInputError, match="delivery_at") as caught:
        client.sms.send(phone="+49", sender_id="A", text="t", delivery_at=datetime(2026, 1, 1))
    assert caught.value.field == "delivery_at"
    with pytest.raises(lox24.InvalidInputError, match="created_at"):
        list(client.sms.list(created_at_gte=datetime(2026, 1, 1)))
    assert server.requests == []


def test_a_body_model_or_fields_but_not_both(make_client):
    server = Recorder(201, _sms_body())
    client = make_client(server)
    model = SmsWrite(phone="+491701234567", sender_id="MyShop", text="Hi")
    client.sms.send(body=model)
    assert json.loads(server.requests[0].content)["text"] == "Hi"
    with pytest.raises(lox24.InvalidInputError, match="not both"):
        client.sms.send(body=model, text="again")  # type: ignore[call-overload]
    assert len(server.requests) == 1


def test_filters_lists_ranges_and_order_reach_the_wire(make_client):
    page = {"hydra:member": [_sms_body()], "hydra:totalItems": 1}
    server = Recorder(200, page)
    client = make_client(server)
    since = datetime(2026, 11, 30, tzinfo=UTC)
    items = list(
        client.sms.list(
            status_code=[0, 100],
            created_at_gte=since,
            callback_data="order-42",
            order_by={"created_at": "desc", "gateway_sent_at": "asc"},
        )
    )
    assert [s.uuid for s in items] == [page["hydra:member"][0]["uuid"]]
    query = server.requests[0].url.params
    assert query.get_list("status_code[]") == ["0", "100"]
    assert query["created_at[gte]"] == str(int(since.timestamp()))
    assert query.get_list("callback_data[]") == ["order-42"]
    ordered = [k for k, _ in server.requests[0].url.params.multi_items() if k.startswith("_order")]
    assert ordered == ["_order[created_at]", "_order[gateway_sent_at]"]
    assert query["_order[created_at]"] == "desc"


def test_a_bad_order_direction_is_refused(make_client):
    client = make_client(Recorder(200, {"hydra:member": []}))
    with pytest.raises(lox24.InvalidInputError, match="order_by"):
        list(client.sms.list(order_by={"created_at": "down"}))  # type: ignore[dict-item]


def test_raw_response_carries_status_headers_request_id_and_parsed(make_client):
    client = make_client(Recorder(200, _sms_body()))
    raw = client.sms.with_raw_response.get("0b9f0a8e-0000-4000-8000-000000000001")
    assert raw.status_code == 200
    assert raw.request_id == "a" * 32
    assert raw.parsed.phone == "+491701234567"
    assert json.loads(raw.content)["uuid"] == raw.parsed.uuid


def test_reprs_show_names_and_values_only(make_client):
    client = make_client(Recorder(200, {**_sms_body(), "@id": "/sms/x", "@type": "Sms"}))
    sms = client.sms.get("x")
    text = repr(sms)
    assert text.startswith("Sms(")
    assert "uuid='0b9f0a8e" in text
    for hidden in ("Unset", "0x", "@id"):
        assert hidden not in text
    assert lox24.iri(sms) == "/sms/x"
    assert "Unset" not in repr(SmsWrite(phone="+49", sender_id="A", text="t"))


def test_a_missing_optional_field_reads_as_none_and_a_missing_required_one_is_an_error(
    make_client,
):
    body = _sms_body()
    del body["bulk_id"]
    assert make_client(Recorder(200, body)).sms.get("x").bulk_id is None
    del body["uuid"]
    with pytest.raises(lox24.ResponseValidationError, match="uuid"):
        make_client(Recorder(200, body)).sms.get("x")


# ----- against the sandbox ------------------------------------------------------------------------


@pytest.fixture
def sandbox():
    with Sandbox(clock=SandboxClock(start=START, frozen=True)) as box:
        yield box


def test_scheduled_sms_and_date_range_filter_on_the_sandbox(sandbox):
    client = lox24.Client(**sandbox.client_settings())
    at = datetime.fromtimestamp(START + 3600, tz=UTC)
    later = client.sms.send(phone="+491701234567", sender_id="MyShop", text="later", delivery_at=at)
    assert later.delivery_at == START + 3600
    sandbox.clock.advance(60)
    now = client.sms.send(phone="+491701234568", sender_id="MyShop", text="now")
    since = datetime.fromtimestamp(START + 30, tz=UTC)
    assert [s.uuid for s in client.sms.list(created_at_gte=since)] == [now.uuid]
    newest_first = [s.uuid for s in client.sms.list(order_by={"created_at": "desc"})]
    assert newest_first == [now.uuid, later.uuid]
    oldest_first = [s.uuid for s in client.sms.list(order_by={"created_at": "asc"})]
    assert oldest_first == [later.uuid, now.uuid]


def test_bulk_wait_advances_the_frozen_sandbox_clock_instead_of_sleeping(sandbox, monkeypatch):
    def no_real_sleep(seconds: float) -> None:
        raise AssertionError(f"slept {seconds}s of real time")

    monkeypatch.setattr("time.sleep", no_real_sleep)
    client = lox24.Client(**sandbox.client_settings())
    group = client.groups.create(name="Customers")
    client.phones.create(group.id, phone="+491701234567")
    bulk = client.bulks.create(sender_id="MyShop", text="Hello", msg_groups=[group.id])
    seen: list[int] = []
    final = client.bulks.wait(bulk.uuid, on_progress=lambda s: seen.append(s.status_code))
    assert lox24.is_finished(final)
    assert sandbox.clock.now() > START  # sandbox time passed, real time did not
    assert len(seen) >= 2


def test_wait_gives_up_after_its_timeout_in_sandbox_time(sandbox):
    client = lox24.Client(**sandbox.client_settings())
    sms = client.sms.send(
        phone="+491701234567",
        sender_id="MyShop",
        text="far away",
        delivery_at=START + 10 * 86400,
    )
    with pytest.raises(lox24.WaitTimeoutError):
        client.sms.wait_for_delivery(sms.uuid, timeout=60, poll_interval=5)
    assert sandbox.clock.now() == pytest.approx(START + 60)


def test_pager_pages_report_total_and_next(sandbox):
    client = lox24.Client(**sandbox.client_settings())
    group = client.groups.create(name="Many")
    results = list(client.phones.import_many(group.id, (f"+4917012{i:05d}" for i in range(60))))
    assert all(r.ok for r in results)
    pages = list(client.phones.list(group.id).pages())
    assert sum(len(p.items) for p in pages) == 60
    assert pages[0].total == 60
    assert pages[0].next is not None
    assert pages[-1].next is None


async def test_the_async_namespaces_do_the_same(sandbox):
    async with lox24.AsyncClient(**sandbox.async_client_settings()) as client:
        group = await client.groups.create(name="Async")
        await client.phones.create(group.id, phone="+491701234567")
        bulk = await client.bulks.create(sender_id="MyShop", text="Hi", msg_groups=[group.id])
        final = await client.bulks.wait(bulk.uuid)
        assert lox24.is_finished(final)
        names = [g.name async for g in client.groups.list()]
        assert names == ["Async"]
        raw = await client.groups.with_raw_response.get(group.id)
        assert raw.parsed.id == group.id
        assert raw.request_id


def test_version_and_spec_version():
    assert re.fullmatch(r"\d+\.\d+\.\d+", lox24.__version__)
    assert lox24.__spec_version__ == str(SPEC["info"]["version"])


# ----- counting --------------------------------------------------------------------------------

COUNTED = sorted(op["x-lox24-method"] for _, _, _, op in _operations() if "x-lox24-count" in op)


def test_the_listings_users_count_have_a_count_method():
    """sms, groups, phones, bulks and incomings (at least) count, sync, async and raw."""
    assert {"sms.list", "groups.list", "phones.list", "bulks.list", "incomings.list"} <= set(
        COUNTED
    )
    for client in (
        lox24.Client(SECRET_TOKEN, base_url=BASE_URL),
        lox24.AsyncClient(SECRET_TOKEN, base_url=BASE_URL),
    ):
        for method in COUNTED:
            resource, _ = _resource(client, method)
            for target in (resource, resource.with_raw_response):  # type: ignore[attr-defined]
                count = target.count
                assert inspect.iscoroutinefunction(count) is isinstance(client, lox24.AsyncClient)
                assert "order_by" not in inspect.signature(count).parameters
                assert "page" not in inspect.signature(count).parameters


def test_count_is_total_items_of_one_request_with_the_filters(make_client):
    """One GET with the filters and no page; the answer is hydra:totalItems, items unparsed."""
    server = Recorder(200, {"hydra:member": [{"not": "an sms"}], "hydra:totalItems": 1234})
    client = make_client(server)
    since = datetime(2026, 11, 30, tzinfo=UTC)
    assert client.sms.count(status_code=[0, 100], created_at_gte=since) == 1234
    assert len(server.requests) == 1
    request = server.requests[0]
    assert (request.method, request.url.path) == ("GET", "/sms")
    assert request.url.params.get_list("status_code[]") == ["0", "100"]
    assert request.url.params["created_at[gte]"] == str(int(since.timestamp()))
    assert "page" not in request.url.params
    raw = client.sms.with_raw_response.count(status_code=100)
    assert (raw.parsed, raw.status_code, raw.request_id) == (1234, 200, "a" * 32)
    assert client.phones.count(7) == 1234
    assert server.requests[-1].url.path == "/groups/7/phones"


def test_count_without_a_total_is_a_typed_error(make_client):
    """A page without a usable hydra:totalItems is a ResponseValidationError naming the method."""
    for page in ({"hydra:member": []}, {"hydra:member": [], "hydra:totalItems": "12"}):
        client = make_client(Recorder(200, page))
        with pytest.raises(lox24.ResponseValidationError, match=r"groups\.list"):
            client.groups.count()


def test_count_agrees_with_the_listing_on_the_sandbox(sandbox):
    """On the sandbox, count equals the number of items the same filters list, sync and async."""
    client = lox24.Client(**sandbox.client_settings())
    for i in range(130):
        client.sms.send(
            phone=f"+4917012{i:05d}",
            sender_id="MyShop",
            text="x",
            delivery_at=START + 3600 * (i % 2),
        )
    sandbox.clock.advance(60)  # the immediate half leaves; the other half waits an hour
    assert client.sms.count() == 130 == len(list(client.sms.list()))
    assert client.sms.count(status_code=0) == len(list(client.sms.list(status_code=0))) == 65
    group = client.groups.create(name="Counted")
    list(client.phones.import_many(group.id, (f"+4916012{i:05d}" for i in range(7))))
    assert client.phones.count(group.id) == 7
    assert client.groups.count() == 1


async def test_async_count_on_the_sandbox(sandbox):
    """The async count is one awaited request with the same answer."""
    async with lox24.AsyncClient(**sandbox.async_client_settings()) as client:
        await client.groups.create(name="A")
        await client.groups.create(name="B")
        assert await client.groups.count() == 2
        raw = await client.groups.with_raw_response.count()
        assert raw.parsed == 2


# ----- signatures as help() and the docs show them ------------------------------------------------


def _body_operations() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for _, _, _, operation in _operations():
        schema = (operation.get("requestBody") or {}).get("content", {}).get("application/json")
        target = _resolve(schema["schema"]) if schema else {}
        if target.get("properties"):
            found.append((operation["x-lox24-method"], target))
    return found


@pytest.mark.parametrize(("method", "schema"), _body_operations(), ids=lambda v: str(v)[:40])
def test_help_shows_the_required_body_fields_as_required(method, schema):
    """inspect.signature (so help()) requires what the spec requires; body= is the other overload."""
    required = {_python_name(name) for name in schema.get("required", [])}
    for client in (
        lox24.Client(SECRET_TOKEN, base_url=BASE_URL),
        lox24.AsyncClient(SECRET_TOKEN, base_url=BASE_URL),
    ):
        resource, name = _resource(client, method)
        for target in (resource, resource.with_raw_response):  # type: ignore[attr-defined]
            function = getattr(target, name)
            parameters = inspect.signature(function).parameters
            shown = {
                n
                for n, p in parameters.items()
                if p.kind is inspect.Parameter.KEYWORD_ONLY and p.default is inspect.Parameter.empty
            }
            assert shown == required, (method, shown ^ required)
            assert "body" not in parameters
            overloads = typing.get_overloads(function.__func__)
            whole = list(inspect.signature(overloads[1]).parameters)
            assert whole[0] == "self"
            assert whole[-1] == "body"
            assert not set(whole) & required


def test_the_docs_read_the_real_signatures_from_the_source():
    """griffe (behind mkdocstrings) sees sms.send's two overloads with their required arguments."""
    import griffe

    module = griffe.load(
        "lox24_generated.resources.sms",
        search_paths=[str(ROOT / "generated"), str(ROOT / "overlay")],
    )
    fields, whole = module["SmsResource.send"].overloads
    required = [p.name for p in fields.parameters if p.default is None and p.name != "self"]
    assert required == ["sender_id", "phone", "text"]
    assert [p.name for p in whole.parameters] == ["self", "body"]
