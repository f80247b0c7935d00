"""Example webhook bodies: the values of the inventory's examples, one per documented event."""

from __future__ import annotations

import copy
import json
from typing import Any

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


def example(name: str, **extra: Any) -> dict[str, Any]:
    """The full body LOX24 posts for event ``name`` (a fresh copy), with ``extra`` fields."""
    return copy.deepcopy({**ENVELOPE, "name": name, "data": DATA[name], **extra})


def delivery(event_id: str, sms_uuid: str, dlr_code: int, status_code: int = 100) -> bytes:
    """An sms.delivery body for one SMS and delivery report."""
    body = example("sms.delivery", id=event_id)
    body["data"].update(id=sms_uuid, dlr_code=dlr_code, status_code=status_code)
    return json.dumps(body).encode()


#: The inventory's complete sms.delivery example (the DATA entry is its "expired" variant).
DELIVERED_EXAMPLE: dict[str, Any] = {
    "api_version": "2022-05-25",
    "attempt_number": 1,
    "attempt_total": 4,
    "created_at": 1653378603,
    "data": {
        "callback_data": "some data from user's request here",
        "dlr_code": 1,
        "id": "d6c12ac4-cc7d-11ec-b6da-525400bbb7dc",
        "key_id": 8207,
        "status_code": 100,
    },
    "id": "a3cd6e19-8af2-498d-ad07-c7840f1b4ac8",
    "name": "sms.delivery",
    "notification_task_id": "3378de83-de66-4de8-9d29-2b10d41bb641",
}
