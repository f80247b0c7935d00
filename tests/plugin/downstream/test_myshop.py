"""MyShop's welcome SMS, tested against the lox24 sandbox with the plugin's fixtures only."""

from __future__ import annotations

import pytest
from myshop import send_welcome_sms

import lox24


def test_the_welcome_sms_greets_the_customer_by_name(lox24_client, lox24_sandbox):
    """One SMS goes to the customer, from MyShop, with their name and our reference."""
    uuid = send_welcome_sms(lox24_client, name="Anna", phone="+491701234567")

    sent = lox24_sandbox.sent_sms()
    assert [s["uuid"] for s in sent] == [uuid]
    assert sent[0]["phone"] == "+491701234567"
    assert sent[0]["sender_id"] == "MyShop"
    assert sent[0]["text"].startswith("Welcome to MyShop, Anna!")
    assert sent[0]["callback_data"] == "welcome:+491701234567"


def test_the_welcome_sms_is_delivered(lox24_client, lox24_sandbox):
    """A minute later the network has reported it delivered, as a webhook would tell us."""
    uuid = send_welcome_sms(lox24_client, name="Ben", phone="+491701234568")

    lox24_sandbox.advance(60)

    reports = [e.data for e in lox24_sandbox.webhook_events("sms.delivery")]
    assert [(r.id, r.dlr_code) for r in reports] == [(uuid, 4), (uuid, 1)]


def test_a_reply_reaches_the_inbox(lox24_client, lox24_sandbox):
    """When the customer answers, the answer is in the account's incoming messages."""
    uuid = send_welcome_sms(lox24_client, name="Clara", phone="+491701234569")

    lox24_sandbox.simulate.reply(uuid, "STOP")

    assert [(m.text, m.msg_uuid) for m in lox24_client.incomings.list()] == [("STOP", uuid)]


def test_a_number_that_cannot_receive_sms_is_refused(lox24_client, lox24_sandbox):
    """An invalid number raises the API's 422, and nothing is sent."""
    with pytest.raises(lox24.UnprocessableEntityError):
        send_welcome_sms(lox24_client, name="Dora", phone="12")

    assert lox24_sandbox.sent_sms() == []
