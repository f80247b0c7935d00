"""What a user does with the whole API, through the client against the sandbox."""

from __future__ import annotations

import pytest

import lox24
from lox24_generated.api.blocked_numbers import create_blocked_number, delete_blocked_number
from lox24_generated.api.campaigns import create_campaign
from lox24_generated.api.fraud_checks import create_fraud_check, list_fraud_checks
from lox24_generated.api.incomings import list_incomings
from lox24_generated.api.requests import (
    list_campaign_requests,
    list_short_link_clicks,
    list_sms_requests,
)
from lox24_generated.api.short_links import list_campaign_short_links
from lox24_generated.api.sms import (
    cancel_sms_batch,
    get_sms,
    get_sms_clicks,
    list_sms,
    send_sms,
    send_sms_dryrun,
)
from lox24_generated.models import (
    BlockedNumberWrite,
    CampaignType,
    CampaignWrite,
    DlrCode,
    FraudCheckStatusCode,
    FraudCheckWrite,
    FraudServiceCode,
    Ordering,
    SmsDeliveryEvent,
    SmsStatusCode,
    SmsWrite,
)

from .conftest import START


def sms(phone="+491701234567", text="Hello", **fields):
    return SmsWrite(sender_id="MyShop", phone=phone, text=text, **fields)


def test_send_and_follow_delivery(client, sandbox):
    """An SMS goes queued, sent, delivered; the delivery events parse as typed webhooks."""
    sent = client.call(send_sms, body=sms(callback_data="order-42"))
    assert sent.status_code == SmsStatusCode.NEW
    assert (sent.parts_count, sent.chars_count, sent.is_unicode) == (1, 5, False)
    seen = []

    def tick(state):
        seen.append((int(state.status_code), int(state.dlr_code)))
        sandbox.clock.advance(1)

    final = client.sms.wait_for_delivery(sent.uuid, poll_interval=0, on_progress=tick)
    assert final.dlr_code == DlrCode.DELIVERY_OK
    assert seen[0] == (0, 0)
    assert (100, 4) in seen
    assert seen[-1] == (100, 1)
    events = [lox24.parse_event(e) for e in sandbox.events]
    deliveries = [e for e in events if isinstance(e, SmsDeliveryEvent) and e.data.id == sent.uuid]
    assert [e.data.dlr_code for e in deliveries] == [
        DlrCode.DELIVERY_SUBMIT_ACK,
        DlrCode.DELIVERY_OK,
    ]
    assert deliveries[-1].data.callback_data == "order-42"


def test_message_length_rules_decide_parts_and_price(client):
    """161 GSM characters take 2 parts; one emoji makes it UCS-2; the price follows the parts."""
    balance_before = client.request("GET", "/me").json()["balance_amount"]
    long = client.call(send_sms, body=sms(text="a" * 161))
    unicode = client.call(send_sms, body=sms(text="Hi 👋"))
    assert (long.parts_count, long.is_unicode) == (2, False)
    assert (unicode.parts_count, unicode.is_unicode) == (1, True)
    balance_after = client.request("GET", "/me").json()["balance_amount"]
    assert balance_after == pytest.approx(balance_before - long.price - unicode.price)


def test_list_by_status_and_date_range_in_creation_order(client, sandbox):
    """Filtering by status and a created_at range, ordered by creation, returns exactly those."""
    uuids = []
    for i in range(6):
        sandbox.clock.advance(100)
        later = {"delivery_at": START + 10_000} if i % 2 else {}
        uuids.append(client.call(send_sms, body=sms(text=f"m{i}", **later)).uuid)
    sandbox.clock.advance(10)
    sent_in_range = list(
        client.paginate(
            list_sms,
            status_code=[SmsStatusCode.SENT],
            created_atgte=START + 150,
            created_atlte=START + 550,
            field_ordercreated_at=Ordering.ASC,
        )
    )
    assert [s.uuid for s in sent_in_range] == [uuids[2], uuids[4]]


def test_cancel_scheduled_sms_by_filter(client, sandbox):
    """Batch cancel stops the unsent scheduled SMS, counts them, and leaves sent ones alone."""
    sent_now = client.call(send_sms, body=sms(text="now"))
    scheduled = [
        client.call(send_sms, body=sms(text=f"later {i}", delivery_at=START + 3600)).uuid
        for i in range(3)
    ]
    sandbox.clock.advance(10)
    result = client.call(cancel_sms_batch, is_sent=False)
    assert result.deleted_sms_count == 3
    assert {client.call(get_sms, uuid=u).status_code for u in scheduled} == {
        SmsStatusCode.CANCELLED_VIA_API
    }
    assert client.call(get_sms, uuid=sent_now.uuid).status_code == SmsStatusCode.SENT


def test_read_incoming_messages_and_replies(client, sandbox):
    """Incoming SMS and replies to a sent one are listed newest first, replies linked to the SMS."""
    sent = client.call(send_sms, body=sms())
    sandbox.clock.advance(30)
    sandbox.simulate.incoming_sms(sender="+491709999999", text="Hello shop")
    sandbox.clock.advance(30)
    sandbox.simulate.reply(sent.uuid, "STOP")
    messages = list(client.paginate(list_incomings))
    assert [m.text for m in messages] == ["STOP", "Hello shop"]
    assert messages[0].msg_uuid == sent.uuid
    assert [m.text for m in client.paginate(list_incomings, msg_uuid=[sent.uuid])] == ["STOP"]


def test_blocked_numbers_cannot_be_sent_to(client):
    """A blocked number is refused with 422 naming phone; blocking it twice is a conflict."""
    blocked = client.call(create_blocked_number, body=BlockedNumberWrite(number="+491705555555"))
    with pytest.raises(lox24.UnprocessableEntityError) as caught:
        client.call(send_sms, body=sms(phone="+491705555555"))
    assert [v.field for v in caught.value.violations] == ["phone"]
    with pytest.raises(lox24.ConflictError):
        client.call(create_blocked_number, body=BlockedNumberWrite(number="+491705555555"))
    client.call(delete_blocked_number, id=blocked.id)
    assert client.call(send_sms, body=sms(phone="+491705555555")).phone == "+491705555555"


def test_insufficient_balance_is_payment_required_and_nothing_is_sent(client, sandbox):
    """When the balance cannot pay, sending raises PaymentRequiredError and stores nothing."""
    sent = 0
    while True:
        try:
            client.call(send_sms, body=sms(text="x" * 1530))
        except lox24.PaymentRequiredError:
            break
        sent += 1
    assert sent > 0
    assert len(list(client.paginate(list_sms))) == sent


def test_dry_run_stores_nothing(client):
    """A dry run answers the placeholder SMS and is not listed afterwards."""
    simulated = client.call(send_sms_dryrun, body=sms())
    assert simulated.uuid == "11111111-2222-3333-4444-555555555555"
    assert list(client.paginate(list_sms)) == []
    with pytest.raises(lox24.NotFoundError):
        client.call(get_sms, uuid=simulated.uuid)


def test_fraud_check_runs_to_completion(client, sandbox):
    """A fraud check starts new and finishes with a result while the clock moves."""
    check = client.call(
        create_fraud_check,
        body=FraudCheckWrite(
            service_code=FraudServiceCode.DIRECT, phone="+491701234567", email="anna@example.com"
        ),
    )
    assert check.status_code == FraudCheckStatusCode.NEW
    done = client.fraud_checks.wait(
        check.id, poll_interval=0, on_progress=lambda _: sandbox.clock.advance(1)
    )
    assert done.status_code == FraudCheckStatusCode.DONE
    assert 0 <= done.risk_score <= 100
    assert [c.id for c in client.paginate(list_fraud_checks, status_code=[10])] == [check.id]
    assert any(e["name"] == "fraud-check.done" for e in sandbox.events)


def test_campaign_short_links_and_clicks(client, sandbox):
    """An advanced campaign gives each SMS its own link; a click is counted for that SMS."""
    campaign = client.call(
        create_campaign,
        body=CampaignWrite(
            type_=CampaignType.ADVANCED, name="Sale", url="https://shop.example/sale"
        ),
    )
    first = client.call(send_sms, body=sms(text=f"Sale! [slink {campaign.id}]"))
    second = client.call(
        send_sms, body=sms(phone="+491707777777", text=f"Sale! [slink {campaign.id}]")
    )
    assert "https://l24.pw/" in first.text
    assert first.text != second.text
    links = list(client.paginate(list_campaign_short_links, code=campaign.id))
    assert len(links) == 2
    code = first.text.rsplit("/", 1)[1]
    sandbox.simulate.click(code)
    assert len(list(client.paginate(list_short_link_clicks, short_code=code))) == 1
    assert len(list(client.paginate(list_campaign_requests, code=campaign.id))) == 1
    assert len(list(client.paginate(list_sms_requests, uuid=first.uuid))) == 1
    assert client.call(get_sms_clicks, uuid=first.uuid).requests_count == 1


def test_unknown_campaign_in_a_text_is_refused(client):
    """A placeholder naming no campaign is refused with 422 naming text, and nothing is sent."""
    with pytest.raises(lox24.UnprocessableEntityError) as caught:
        client.call(send_sms, body=sms(text="[slink NOPE1234]"))
    assert "text" in str(caught.value)
    assert list(client.paginate(list_sms)) == []
