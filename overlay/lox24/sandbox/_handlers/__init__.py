"""The handler of every operation of the spec, by ``operationId``.

Handlers see a validated :class:`Call` and answer a reply; they never parse, validate, filter,
order or page (the dispatcher and the collection engine do that generically).
"""

from __future__ import annotations

from collections.abc import Mapping

from . import (
    account,
    blocked_numbers,
    bulks,
    campaigns,
    clicks,
    fraud_checks,
    groups,
    incomings,
    phones,
    short_links,
    sms,
)
from ._call import Call, Handler

HANDLERS: Mapping[str, Handler] = {
    "get_account": account.get_account,
    "list_groups": groups.list_groups,
    "create_group": groups.create_group,
    "get_group": groups.get_group,
    "update_group": groups.update_group,
    "delete_group": groups.delete_group,
    "export_group_csv": groups.export_group_csv,
    "list_group_phones": phones.list_group_phones,
    "create_group_phone": phones.create_group_phone,
    "create_group_phones_batch": phones.create_group_phones_batch,
    "get_phone": phones.get_phone,
    "update_phone": phones.update_phone,
    "delete_phone": phones.delete_phone,
    "list_bulks": bulks.list_bulks,
    "create_bulk": bulks.create_bulk,
    "create_bulk_dryrun": bulks.create_bulk_dryrun,
    "get_bulk": bulks.get_bulk,
    "get_bulk_status": bulks.get_bulk_status,
    "cancel_bulk": bulks.cancel_bulk,
    "delete_bulk": bulks.delete_bulk,
    **sms.HANDLERS,
    **blocked_numbers.HANDLERS,
    **incomings.HANDLERS,
    **fraud_checks.HANDLERS,
    **campaigns.HANDLERS,
    **short_links.HANDLERS,
    **clicks.HANDLERS,
}

__all__ = ["HANDLERS", "Call", "Handler"]
