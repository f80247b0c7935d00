"""Every collection operation of the spec can be walked lazily through the client's pagination."""

from __future__ import annotations

import importlib

import pytest

import lox24
from lox24.sandbox import PAGE_SIZE, SANDBOX_BASE_URL, Sandbox, SandboxClock
from lox24_generated.api.blocked_numbers import create_blocked_number
from lox24_generated.api.bulks import create_bulk_dryrun
from lox24_generated.api.campaigns import create_campaign
from lox24_generated.api.fraud_checks import create_fraud_check
from lox24_generated.api.groups import create_group
from lox24_generated.api.sms import send_sms
from lox24_generated.models import (
    BlockedNumberWrite,
    BulkWrite,
    CampaignType,
    CampaignWrite,
    FraudCheckWrite,
    FraudServiceCode,
    GroupWrite,
    SmsWrite,
)

from ..helpers import load_spec
from .conftest import START

MORE_THAN_A_PAGE = PAGE_SIZE + 1


def collection_operations():
    """(tag, operationId) of every operation whose JSON-LD answer is a Hydra collection."""
    spec = load_spec()
    found = []
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            content = operation["responses"].get("200", {}).get("content", {})
            schema = content.get("application/ld+json", {}).get("schema", {})
            if schema.get("$ref", "").endswith("Collection"):
                found.append((operation["tags"][0].replace("-", "_"), operation["operationId"]))
    return found


@pytest.fixture(scope="module")
def world():
    """A sandbox holding more than one page of everything, and the ids to reach it."""
    with Sandbox(clock=SandboxClock(start=START, frozen=True)) as sandbox:
        client = lox24.Client(
            sandbox.token, base_url=SANDBOX_BASE_URL, transport=sandbox.transport()
        )
        groups = [
            client.call(create_group, body=GroupWrite(name=f"g{i}"))
            for i in range(MORE_THAN_A_PAGE)
        ]
        list(
            client.phones.import_many(
                groups[0].id, (f"+49151{i:08d}" for i in range(MORE_THAN_A_PAGE))
            )
        )
        bulk = client.call(
            create_bulk_dryrun,
            body=BulkWrite(sender_id="Shop", text="x", msg_groups=[groups[0].id]),
        )
        for _ in range(PAGE_SIZE):
            client.call(
                create_bulk_dryrun,
                body=BulkWrite(sender_id="Shop", text="x", phones=["+491511111111"]),
            )
        campaign = client.call(
            create_campaign,
            body=CampaignWrite(type_=CampaignType.ADVANCED, name="c", url="https://example.com"),
        )
        for i in range(PAGE_SIZE):
            client.call(
                create_campaign,
                body=CampaignWrite(
                    type_=CampaignType.SIMPLE, name=f"s{i}", url="https://x.example"
                ),
            )
        sent = [
            client.call(
                send_sms,
                body=SmsWrite(
                    sender_id="Shop", phone=f"+4917012{i:05d}", text=f"[slink {campaign.id}]"
                ),
            )
            for i in range(MORE_THAN_A_PAGE)
        ]
        codes = [s.text.rsplit("/", 1)[1] for s in sent]
        for code in codes:
            sandbox.simulate.click(code)
        for _ in range(PAGE_SIZE):
            sandbox.simulate.click(codes[0])
        for i in range(MORE_THAN_A_PAGE):
            sandbox.simulate.incoming_sms(sender=f"+4917099{i:05d}", text=f"in {i}")
            client.call(create_blocked_number, body=BlockedNumberWrite(number=f"+4917088{i:05d}"))
            client.call(
                create_fraud_check,
                body=FraudCheckWrite(service_code=FraudServiceCode.ECONOMY, phone="+491701234567"),
            )
        arguments = {
            "list_group_phones": {"id": groups[0].id},
            "list_bulk_requests": {"id": bulk.uuid},
            "list_campaign_requests": {"code": campaign.id},
            "list_campaign_short_links": {"code": campaign.id},
            "list_short_link_clicks": {"short_code": codes[0]},
            "list_sms_requests": {"uuid": sent[0].uuid},
        }
        # Bulks create no SMS in the sandbox, so nobody can click in a bulk: that list is empty.
        clicks = 2 * PAGE_SIZE + 1  # one per link, and a page more on the first link
        expected = {
            "list_bulk_requests": 0,
            "list_short_link_requests": clicks,
            "list_campaign_requests": clicks,
        }
        yield client, arguments, expected
        client.close()


@pytest.mark.parametrize(("tag", "operation_id"), collection_operations())
def test_collection_iterates_across_pages(world, tag, operation_id):
    """paginate() yields every item of the collection, fetching more than one page when needed."""
    client, arguments, expected = world
    operation = importlib.import_module(f"lox24_generated.api.{tag}.{operation_id}")
    pages = list(client.paginate(operation, **arguments.get(operation_id, {})).iter_pages())
    items = [item for page in pages for item in page.items]
    want = expected.get(operation_id, MORE_THAN_A_PAGE)
    assert len(items) == want
    if want > PAGE_SIZE:
        assert len(pages) >= 2
        assert pages[0].total == want


def test_every_collection_is_covered():
    """The spec has collections for every resource family (a new one lands in the test above)."""
    assert len(collection_operations()) >= 15
