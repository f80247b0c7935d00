"""Webhook bodies parse into typed events; redeliveries and bad bodies are recognisable."""

from __future__ import annotations

import json
import typing

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lox24
from lox24.webhooks import MAX_BODY_BYTES, event_classes
from lox24_generated.models import DlrCode, SmsDeliveryEvent, WebhookEvent

from .examples import DATA, DELIVERED_EXAMPLE, ENVELOPE, example


def event(name, **extra):
    return example(name, **extra)


def test_every_documented_event_has_a_model():
    """The ten documented event names map to generated models, read from the models."""
    assert set(event_classes()) == set(DATA)


def test_the_event_type_alias_covers_every_model():
    """lox24.Event lists every event model (plus the generic envelope)."""
    assert set(typing.get_args(lox24.Event)) == {*event_classes().values(), WebhookEvent}


def _same_where_given(given, produced):
    """Every key of ``given`` is in ``produced`` with an equal value (absent fields may read as null)."""
    if isinstance(given, dict):
        return isinstance(produced, dict) and all(
            k in produced and _same_where_given(v, produced[k]) for k, v in given.items()
        )
    if isinstance(given, list):
        return (
            isinstance(produced, list)
            and len(given) == len(produced)
            and all(_same_where_given(a, b) for a, b in zip(given, produced, strict=True))
        )
    return given == produced


@pytest.mark.parametrize("name", sorted(DATA))
def test_each_documented_example_parses_and_round_trips(name):
    """Each example body parses into its own class and serialises back to what was sent."""
    body = event(name)
    try:
        parsed = lox24.parse_event(json.dumps(body).encode())
    except lox24.InvalidWebhookError as error:
        raise AssertionError(f"the {name} example is refused: {error}") from error
    assert type(parsed) is event_classes()[name]
    assert parsed.name == name
    assert _same_where_given(body, parsed.to_dict())


def test_the_complete_delivery_example_parses():
    """The inventory's complete sms.delivery body parses with every field typed."""
    parsed = lox24.parse_event(json.dumps(DELIVERED_EXAMPLE).encode())
    assert isinstance(parsed, SmsDeliveryEvent)
    assert parsed.id == DELIVERED_EXAMPLE["id"]
    assert parsed.data.dlr_code is DlrCode.DELIVERY_OK
    assert parsed.data.key_id == 8207
    assert parsed.attempt_total == 4


def test_delivery_event_fields_are_typed():
    """An sms.delivery event exposes the DLR code as the open enum and the callback data."""
    parsed = lox24.parse_event(event("sms.delivery"))
    assert isinstance(parsed, SmsDeliveryEvent)
    assert parsed.data.dlr_code == DlrCode.DELIVERY_EXPIRED
    assert parsed.data.callback_data == "order-12345"


def test_unknown_event_names_are_kept_not_refused():
    """An event this version does not know parses as a generic WebhookEvent with raw data."""
    parsed = lox24.parse_event({**ENVELOPE, "name": "verify.code.sent", "data": {"code": "1234"}})
    assert type(parsed) is WebhookEvent
    assert parsed.to_dict()["data"] == {"code": "1234"}


def test_unknown_codes_inside_known_events_are_kept():
    """A DLR code this version does not know does not break parsing."""
    body = event("sms.delivery")
    body["data"] = {**body["data"], "dlr_code": 32}
    parsed = lox24.parse_event(body)
    assert isinstance(parsed, SmsDeliveryEvent)
    assert parsed.data.dlr_code == 32


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        (b"{not json", "body"),
        (b"[1, 2]", "body"),
        (json.dumps({**ENVELOPE, "data": {}}).encode(), "name"),
        (json.dumps({**ENVELOPE, "name": "sms.incoming"}).encode(), "data"),
    ],
)
def test_bad_bodies_raise_a_typed_error_naming_the_part(payload, field):
    """Non-JSON, non-object, nameless or data-less bodies raise InvalidWebhookError (a ValueError)."""
    with pytest.raises(lox24.InvalidWebhookError) as caught:
        lox24.parse_event(payload)
    assert caught.value.field == field
    assert isinstance(caught.value, ValueError)


def test_redeliveries_are_recognised():
    """The deduplicator says first_time once per event id, and forgets the oldest beyond capacity."""
    seen = lox24.EventDeduplicator(capacity=2)
    assert seen.first_time("a")
    assert not seen.first_time("a")
    assert seen.first_time("b")
    assert seen.first_time("c")  # "a" is forgotten now
    assert seen.first_time("a")


def test_sender_addresses_are_checked():
    """Only LOX24's documented sender addresses pass the sender check."""
    assert lox24.is_lox24_sender("162.55.80.140")
    assert lox24.is_lox24_sender("162.55.80.141")
    assert not lox24.is_lox24_sender("10.0.0.1")
    assert not lox24.is_lox24_sender("not an ip")


# Totality: whatever arrives, a typed event or InvalidWebhookError, never another exception.

EVENT_TYPES = (*event_classes().values(), WebhookEvent)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
NAMES = st.sampled_from([*sorted(DATA), "verify.code.sent"]) | st.text(max_size=20)
FUZZ = settings(max_examples=400, derandomize=True, database=None, deadline=None)


def parse_totally(payload):
    """Parse ``payload``; fail the test on any outcome but an event or InvalidWebhookError."""
    try:
        parsed = lox24.parse_event(payload)
    except lox24.InvalidWebhookError as error:
        field = error.field
        assert isinstance(field, str)
        return None
    assert isinstance(parsed, EVENT_TYPES)
    assert parsed.id is None or isinstance(parsed.id, str)
    return parsed


@FUZZ
@given(st.binary(max_size=600))
def test_any_bytes_parse_or_raise_the_documented_error(payload):
    """Arbitrary bytes give a typed event or InvalidWebhookError, nothing else."""
    parse_totally(payload)


@FUZZ
@given(
    NAMES, JSON_VALUES, JSON_VALUES, st.dictionaries(st.text(max_size=12), JSON_VALUES, max_size=3)
)
@pytest.mark.slow
def test_any_json_envelope_parses_or_raises_the_documented_error(name, event_id, data, extra):
    """Any JSON object with any name, id and data gives a typed event or the parse error."""
    body = {**ENVELOPE, **extra, "name": name, "id": event_id, "data": data}
    parse_totally(json.dumps(body).encode())


@FUZZ
@given(st.sampled_from(sorted(DATA)), st.data())
@pytest.mark.slow
def test_examples_with_any_field_replaced_parse_or_raise(name, data):
    """A documented example with one field (envelope or data) set to any JSON value parses or
    raises the parse error; when it parses, the field still has a value of its declared type."""
    body = event(name)
    target = data.draw(st.sampled_from([body, body["data"]]), label="object")
    key = data.draw(st.sampled_from(sorted(target) or ["x"]), label="key")
    target[key] = data.draw(JSON_VALUES, label="value")
    parsed = parse_totally(json.dumps(body))
    if parsed is not None and key in ("attempt_number", "attempt_total") and target is body:
        assert isinstance(getattr(parsed, key), int | None)


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "body"),  # RecursionError inside json
        (b'{"name": "x", "data": ' + b"[" * 40 + b"]" * 40 + b"}", "body"),  # deeper than the limit
        (b'{"name": "sms.delivery", "id": 5, "data": {}}', "id"),
        (b'{"name": "sms.delivery", "id": ["a"], "data": {}}', "id"),
        (b'{"name": "sms.delivery", "id": "' + b"a" * 101 + b'", "data": {}}', "id"),
        (b'{"name": "sms.delivery", "id": "a b", "data": {}}', "id"),
        (b'{"name": 7, "data": {}}', "name"),
        (b'{"name": "sms.delivery", "id": "e", "created_at": 1, "data": []}', "data"),
        (b'{"name": "sms.delivery", "id": "e", "created_at": 1, "data": "text"}', "data"),
        (b'{"name": "x", "data": {}, "t": "\\ud800"}', "body"),  # a lone surrogate
        (b'{"name": "x", "data": NaN}', "body"),
        (b'{"name": "x", "data": 1e999}', "body"),
        (b'{"name": "x", "data": ' + b"9" * 5000 + b"}", "body"),  # beyond int digit limit
        (b'{"name": "x", "data": "\xff"}', "body"),  # not UTF-8
        (b"\xef\xbb\xbf[]", "body"),
        (b"", "body"),
    ],
)
def test_bodies_that_broke_the_parser_raise_the_documented_error(payload, field):
    """Deep nesting, non-string ids, odd data, surrogates, NaN, huge numbers, bad UTF-8 and
    empty bodies raise InvalidWebhookError naming the part, never another exception."""
    with pytest.raises(lox24.InvalidWebhookError) as caught:
        lox24.parse_event(payload)
    assert caught.value.field == field


def test_values_of_the_wrong_type_are_refused_with_their_path():
    """A key_id given as text is refused, naming data.key_id, instead of passing untyped."""
    body = event("sms.delivery")
    body["data"]["key_id"] = "8207"
    with pytest.raises(lox24.InvalidWebhookError) as caught:
        lox24.parse_event(json.dumps(body))
    assert caught.value.field == "data.key_id"


def test_booleans_are_not_integers():
    """attempt_number true is refused: JSON booleans are not numbers."""
    with pytest.raises(lox24.InvalidWebhookError) as caught:
        lox24.parse_event(event("sms.delivery", attempt_number=True))
    assert caught.value.field == "attempt_number"


def test_oversized_bodies_are_refused_before_decoding():
    """A body over the size limit is refused as a whole."""
    body = json.dumps(event("sms.delivery", padding="x" * MAX_BODY_BYTES)).encode()
    with pytest.raises(lox24.InvalidWebhookError, match="larger"):
        lox24.parse_event(body)


def test_a_deduplicator_refuses_a_non_string_id():
    """EventDeduplicator raises the package's own error for an id that is not a string."""
    with pytest.raises(lox24.InvalidInputError):
        lox24.EventDeduplicator().first_time(5)


def test_a_missing_envelope_field_is_named():
    """An event without created_at is refused naming created_at, not its data."""
    body = event("sms.delivery")
    del body["created_at"]
    with pytest.raises(lox24.InvalidWebhookError) as caught:
        lox24.parse_event(body)
    assert caught.value.field == "created_at"


def test_a_missing_required_data_field_is_named():
    """phone.subscribe data without its required phone is refused naming data.phone."""
    body = event("phone.subscribe")
    del body["data"]["phone"]
    with pytest.raises(lox24.InvalidWebhookError) as caught:
        lox24.parse_event(body)
    assert caught.value.field == "data.phone"
