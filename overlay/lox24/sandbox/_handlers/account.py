"""``GET /me``: the account."""

from __future__ import annotations

from lox24.sandbox._api._replies import ItemReply, Resource

from ._call import Call

CURRENCY = "EUR"
SERVICES = ("economy", "pro", "direct", "text2speech", "text2speech_ssml")


def get_account(call: Call) -> ItemReply:
    """Read the account's balance, currency, services and groups."""
    store = call.store
    data = {
        "id": store.customer_id,
        "balance_amount": store.balance,
        "balance_changed_at": store.balance_changed_at,
        "currency": CURRENCY,
        "services": list(SERVICES),
        "groups": {str(group_id): f"/groups/{group_id}" for group_id in store.groups},
        "is_text_deleted": False,
    }
    return ItemReply(Resource("Client", "/me", data))
