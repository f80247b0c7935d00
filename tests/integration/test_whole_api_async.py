"""The asynchronous client against the sandbox, for every resource family beyond the foundation."""

from __future__ import annotations

import pytest

import lox24
from lox24_generated.api.blocked_numbers import create_blocked_number, list_blocked_numbers
from lox24_generated.api.campaigns import create_campaign, get_campaign
from lox24_generated.api.fraud_checks import create_fraud_check
from lox24_generated.api.incomings import get_incoming, list_incomings
from lox24_generated.api.requests import list_campaign_requests
from lox24_generated.api.short_links import get_short_link, list_short_links
from lox24_generated.api.sms import delete_sms_batch, get_sms, get_sms_clicks, list_sms, send_sms
from lox24_generated.models import (
    BlockedNumberWrite,
    CampaignType,
    CampaignWrite,
    DlrCode,
    FraudCheckStatusCode,
    FraudCheckWrite,
    FraudServiceCode,
    SmsWrite,
)


def sms(phone="+491701234567", text="Hello", **fields):
    return SmsWrite(sender_id="MyShop", phone=phone, text=text, **fields)


async def test_sms_delivery_and_batch_delete(aclient, sandbox):
    """Send, follow to an expired report, list, then delete everything by filter."""
    expired = await aclient.call(send_sms, body=sms(phone="+491709999"))
    final = await aclient.sms.wait_for_delivery(
        expired.uuid, poll_interval=0, on_progress=lambda _: sandbox.clock.advance(10)
    )
    assert final.dlr_code == DlrCode.DELIVERY_EXPIRED
    await aclient.call(send_sms, body=sms(text="second"))
    assert len([s async for s in aclient.paginate(list_sms)]) == 2
    assert (await aclient.call(delete_sms_batch)).deleted_sms_count == 2
    with pytest.raises(lox24.NotFoundError):
        await aclient.call(get_sms, uuid=expired.uuid)


async def test_blocked_numbers_and_refusal(aclient):
    """A blocked number is listed and refused as a recipient."""
    await aclient.call(create_blocked_number, body=BlockedNumberWrite(number="+491705555555"))
    assert [b.number async for b in aclient.paginate(list_blocked_numbers)] == ["+491705555555"]
    with pytest.raises(lox24.UnprocessableEntityError):
        await aclient.call(send_sms, body=sms(phone="+491705555555"))


async def test_incoming_messages(aclient, sandbox):
    """A simulated incoming SMS is listed and readable."""
    stored = sandbox.simulate.incoming_sms(sender="+491709999999", text="Hi")
    listed = [m async for m in aclient.paginate(list_incomings)]
    assert [m.uuid for m in listed] == [stored["uuid"]]
    assert (await aclient.call(get_incoming, uuid=stored["uuid"])).text == "Hi"


async def test_fraud_check_completes(aclient, sandbox):
    """A fraud check reaches its result while the clock moves."""
    check = await aclient.call(
        create_fraud_check,
        body=FraudCheckWrite(service_code=FraudServiceCode.ECONOMY, ip="203.0.113.9"),
    )
    done = await aclient.fraud_checks.wait(
        check.id, poll_interval=0, on_progress=lambda _: sandbox.clock.advance(1)
    )
    assert done.status_code == FraudCheckStatusCode.DONE


async def test_simple_campaign_shares_one_link(aclient, sandbox):
    """A simple campaign gives every SMS the same link; clicks on it count for the campaign."""
    campaign = await aclient.call(
        create_campaign,
        body=CampaignWrite(type_=CampaignType.SIMPLE, name="News", url="https://example.com/news"),
    )
    assert (await aclient.call(get_campaign, code=campaign.id)).name == "News"
    first = await aclient.call(send_sms, body=sms(text=f"[slink {campaign.id}]"))
    second = await aclient.call(
        send_sms, body=sms(phone="+491707777777", text=f"[slink {campaign.id}]")
    )
    assert first.text == second.text
    links = [link async for link in aclient.paginate(list_short_links)]
    assert len(links) == 1
    assert (
        await aclient.call(get_short_link, short_code=links[0].short_code)
    ).url == "https://example.com/news"
    sandbox.simulate.click(links[0].short_code)
    assert len([r async for r in aclient.paginate(list_campaign_requests, code=campaign.id)]) == 1
    assert (
        await aclient.call(get_sms_clicks, uuid=first.uuid)
    ).requests_count == 0  # shared links count for no SMS
