"""Webhook bodies parse into typed events; redeliveries and bad bodies are recognisable."""

from __future__ import annotations

import json
import typing

import pytest

import lox24
from lox24._webhooks import event_classes
from lox24_generated.models import DlrCode, SmsDeliveryEvent, WebhookEvent

ENVELOPE = {
    "api_version": "2022-05-25",
    "attempt_number": 1,
    "attempt_total": 4,
    "created_at": 1653378603,
    "id": "a3cd6e19-8af2-498d-ad07-c7840f1b4ac8",
    "notification_task_id": "3378de83-de66-4de8-9d29-2b10d41bb641",
}
DATA = {
    "sms.delivery": {
        "callback_data": "order-12345",
        "dlr_code": 8,
        "id": "d6c12ac4-cc7d-11ec-b6da-525400bbb7dc",
        "key_id": 8207,
        "status_code": 100,
    },
    "sms.delivery.dryrun": {
        "callback_data": None,
        "dlr_code": 0,
        "id": "11111111-2222-3333-4444-555555555555",
        "key_id": 8207,
        "status_code": 0,
    },
    "sms.incoming": {
        "from": "+490987654321",
        "id": "e7d23bd5-dd8e-22fd-c7eb-636511ccc8ed",
        "msg_uuid": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
        "received_at": 1653378703,
        "text": "Hello, this is a reply message",
        "to": "+1234567890",
    },
    "bulk.email.parsing.success": {
        "bulk": {
            "created_at": 1653378803,
            "id": "f8a34ce6-ee9f-33ae-d8fc-747622ddd9fe",
            "status": 10,
        },
        "email": {
            "body": "Message content here",
            "from": "sender@example.com",
            "id": "email-123",
            "subject": "SMS Bulk Request",
            "to": "bulk@your-domain.com",
        },
    },
    "bulk.email.parsing.fail": {
        "email": {
            "id": "email-124",
            "from": "a@example.com",
            "to": "b@example.com",
            "subject": "s",
            "body": "b",
        },
        "field": "to",
        "description": "Invalid phone number format",
    },
    "sms.email.parsing.success": {
        "email": {
            "id": "email-125",
            "from": "a@example.com",
            "to": "b@example.com",
            "subject": "s",
            "body": "b",
        },
        "sms": [
            {"uuid": "d6c12ac4-cc7d-11ec-b6da-525400bbb7dc", "to": "+491701234567", "text": "b"}
        ],
    },
    "sms.email.parsing.fail": {
        "email": {
            "id": "email-126",
            "from": "a@example.com",
            "to": "b@example.com",
            "subject": "s",
            "body": "b",
        },
        "field": "recipient",
        "description": "Invalid phone number format",
    },
    "fraud-check.done": {
        "check_id": "fraud-check-123",
        "confidence_score": 0.95,
        "result": "clean",
    },
    "phone.subscribe": {
        "additional_data": [],
        "campaign_code": "1dkGdCC2xnBc",
        "group_id": 123,
        "phone": "+99559122567",
        "short_link_code": "baaIoP",
        "timestamp": 1757926648,
        "user_id": 21911,
    },
    "phone.unsubscribe": {
        "additional_data": {
            "additional_text": "no thanks",
            "reason": {"id": 4, "label": "content not understandable"},
        },
        "campaign_code": "3KCKb5nMD",
        "phone": "+4911113333444",
        "short_link_code": "baaIou",
        "timestamp": 1757849748,
        "unsubscribe_request_id": 59,
        "user_id": 2,
    },
}


def event(name, **extra):
    return {**ENVELOPE, "name": name, "data": DATA[name], **extra}


def test_every_documented_event_has_a_model():
    """The ten documented event names map to generated models, read from the models."""
    assert set(event_classes()) == set(DATA)


def test_the_event_type_alias_covers_every_model():
    """lox24.Event lists every event model (plus the generic envelope)."""
    assert set(typing.get_args(lox24.Event)) == {*event_classes().values(), WebhookEvent}


@pytest.mark.parametrize("name", sorted(DATA))
def test_each_documented_example_parses_and_round_trips(name):
    """Each documented example body parses into its own class and serialises back unchanged."""
    body = event(name)
    parsed = lox24.parse_event(json.dumps(body).encode())
    assert type(parsed) is event_classes()[name]
    assert parsed.name == name
    assert parsed.to_dict() == body


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
