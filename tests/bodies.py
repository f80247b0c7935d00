"""Complete response bodies, as the API sends them, for tests over mock transports.

Read models require every field the spec marks ``required`` (a body lacking one is a
``ResponseValidationError``), so a mock answer must be whole. Each builder returns a body with
every field the API sends for it (``tests/test_bodies.py`` checks them against ``spec/lox24.yaml``);
keyword arguments replace or add keys, JSON-LD ones included: ``group(id=7, **{"@id": "/groups/7"})``.
"""

from __future__ import annotations

from typing import Any

#: A fixed point in time (2023-11-14 22:13:20 UTC) for every time field.
NOW = 1_700_000_000
UUID = "5b2f0b1e-0000-4000-8000-000000000000"


def group(**fields: Any) -> dict[str, Any]:
    """A ``Group``."""
    body = {
        "id": 7,
        "name": "VIP",
        "description": None,
        "count_items": 0,
        "deleted_at": None,
        "name_a": None,
        "name_b": None,
        "name_c": None,
        "name_d": None,
        "name_e": None,
    }
    return {**body, **fields}


def account(**fields: Any) -> dict[str, Any]:
    """An ``Account``."""
    body = {
        "id": 7654321,
        "balance_amount": 100.0,
        "balance_changed_at": NOW,
        "currency": "EUR",
        "services": ["direct"],
        "groups": {"7": "/groups/7"},
        "is_text_deleted": False,
    }
    return {**body, **fields}


def phone(**fields: Any) -> dict[str, Any]:
    """A ``Phone`` of a group."""
    body = {
        "id": "3f1c5a9e-0000-4000-8000-000000000001",
        "phone": "+491701234567",
        "a": None,
        "b": None,
        "c": None,
        "d": None,
        "e": None,
        "callback_data": None,
        "subscribed_at": NOW,
        "unsubscribed_at": None,
        "unsubscribe_reason": None,
    }
    return {**body, **fields}


def sms(**fields: Any) -> dict[str, Any]:
    """An ``Sms``, queued and without a delivery report."""
    body = {
        "uuid": "0b9f0a8e-0000-4000-8000-000000000001",
        "bulk_id": None,
        "sender_id": "MyShop",
        "phone": "+491701234567",
        "iso2": "DE",
        "text": "Hi",
        "is_text_deleted": False,
        "is_unicode": False,
        "chars_count": 2,
        "parts_count": 1,
        "price": 0.056,
        "service_code": "direct",
        "voice_lang": None,
        "status_code": 0,
        "dlr_code": 0,
        "is_sent": False,
        "created_at": NOW,
        "delivery_at": 0,
        "gateway_sent_at": 0,
        "source": None,
        "callback_data": None,
        "key_id": 1,
        "ip": "127.0.0.1",
        "clicks": None,
        "requests": None,
    }
    return {**body, **fields}


def bulk_status(**fields: Any) -> dict[str, Any]:
    """A ``BulkStatus``, new."""
    body = {
        "uuid": UUID,
        "created_at": NOW,
        "delivery_at": 0,
        "processed_at": None,
        "status_code": 0,
        "msg_total_count": 1,
        "msg_total_cost": 0,
        "ip": "127.0.0.1",
        "is_unicode": None,
        "is_dryrun": False,
        "is_text_deleted": False,
        "service_code": "direct",
        "key_id": 1,
        "source": None,
        "voice_lang": None,
    }
    return {**body, **fields}


def bulk(**fields: Any) -> dict[str, Any]:
    """A ``Bulk``: its status with its text and recipients."""
    body = {
        **bulk_status(),
        "sender_id": "Shop",
        "text": "Sale",
        "phones": ["+491701234567"],
        "msg_groups": None,
    }
    return {**body, **fields}


def fraud_check(**fields: Any) -> dict[str, Any]:
    """A ``FraudCheck`` of a phone number, new (so without ``risk_score``, which comes with the result)."""
    body = {
        "id": "9c4d2e7a-0000-4000-8000-000000000002",
        "service_code": "direct",
        "status_code": 0,
        "price": 0.05,
        "callback_data": None,
        "request_phone": {"phone": "+491701234567"},
        "request_email": None,
        "request_ip": None,
        "request_address": None,
        "created_at": NOW,
        "updated_at": NOW,
    }
    return {**body, **fields}


def collection(
    *members: dict[str, Any], total: int | None = None, next_iri: str | None = None
) -> dict[str, Any]:
    """One page of a Hydra collection of ``members``."""
    body: dict[str, Any] = {"hydra:member": list(members)}
    body["hydra:totalItems"] = len(members) if total is None else total
    if next_iri is not None:
        body["hydra:view"] = {"hydra:next": next_iri}
    return body


#: Each builder with the schema of ``spec/lox24.yaml`` its body must satisfy.
SCHEMAS = {
    "Group": group,
    "Account": account,
    "Phone": phone,
    "Sms": sms,
    "BulkStatus": bulk_status,
    "Bulk": bulk,
    "FraudCheck": fraud_check,
}
