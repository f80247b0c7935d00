"""MyShop's messaging: the welcome SMS a new customer gets."""

from __future__ import annotations

import lox24

SENDER = "MyShop"


def send_welcome_sms(client: lox24.Client, *, name: str, phone: str) -> str:
    """Send the welcome SMS to a new customer; return its UUID.

    Raises:
        lox24.UnprocessableEntityError: The number cannot receive SMS.

    """
    sms = client.sms.send(
        phone=phone,
        sender_id=SENDER,
        text=f"Welcome to MyShop, {name}! Reply STOP to opt out.",
        callback_data=f"welcome:{phone}",
    )
    return sms.uuid
