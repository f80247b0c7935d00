"""``SmsState``: one state per pair of codes, on SMS and delivery events, as the README shows it."""

from __future__ import annotations

import itertools
import json
import re

import pytest

import lox24
from lox24._waiting import is_delivery_final
from lox24.types import DlrCode, Sms, SmsDeliveryEvent, SmsStatusCode
from scripts.readme_blocks import README

from . import bodies
from .webhooks.examples import example

S = lox24.SmsState
#: What each status code means for the message, written from the API's list of codes.
NOT_SENT_STATUSES = {208, 400, 2000, 3000, 5000}
CANCELLED_STATUSES = {410, 6000}
#: What each delivery report means for a message handed to the network (status 100).
BY_REPORT = {0: S.SENT, 2: S.SENT, 4: S.SENT, 1: S.DELIVERED, 8: S.EXPIRED, 16: S.REJECTED}


def expected(status: int, dlr: int) -> lox24.SmsState:
    """The state the API's code lists mean, written out case by case."""
    if status == 0:
        return S.SCHEDULED
    if status in NOT_SENT_STATUSES:
        return S.NOT_SENT
    if status in CANCELLED_STATUSES:
        return S.CANCELLED
    return BY_REPORT[dlr]


@pytest.mark.parametrize(
    ("status", "dlr"), list(itertools.product(list(SmsStatusCode), list(DlrCode)))
)
def test_every_known_pair_of_codes_has_its_state(status, dlr):
    """Each status code with each delivery report maps to the state the codes mean."""
    sms = Sms.from_dict(bodies.sms(status_code=int(status), dlr_code=int(dlr)))
    assert sms.state is expected(status, dlr)
    assert sms.state.final is (sms.state not in {S.SCHEDULED, S.SENT})


def test_codes_this_version_does_not_know_are_unknown_and_final():
    """An unknown status or an unknown report of a sent SMS is `unknown`, which ends a wait."""
    unknown_status = Sms.from_dict(bodies.sms(status_code=7777, dlr_code=0))
    unknown_report = Sms.from_dict(bodies.sms(status_code=100, dlr_code=99))
    for sms in (unknown_status, unknown_report):
        assert sms.state is S.UNKNOWN
        assert sms.state.final
        assert is_delivery_final(sms)


def test_the_delivery_webhook_carries_the_state():
    """event.data.state of an sms.delivery event follows the same table."""
    event = lox24.parse_event(json.dumps(example("sms.delivery")))
    assert isinstance(event, SmsDeliveryEvent)
    assert event.data.dlr_code == DlrCode.DELIVERY_EXPIRED
    assert event.data.state is S.EXPIRED
    dry = lox24.parse_event(json.dumps(example("sms.delivery.dryrun")))
    assert dry.data.state is S.SCHEDULED


def test_states_print_as_their_names():
    """A state prints as its lower-case name, as services log and compare it."""
    assert [str(state) for state in S] == [
        "scheduled",
        "sent",
        "delivered",
        "expired",
        "rejected",
        "not_sent",
        "cancelled",
        "unknown",
    ]


def test_the_readme_comment_shows_what_the_delivery_line_prints():
    """The README line after wait_for_delivery prints what its comment says, for a delivered SMS."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if "wait_for_delivery(" in line)
    line = lines[start + 1]
    match = re.fullmatch(r"print\((.*)\)\s+# (.*)", line)
    assert match, line
    delivered = Sms.from_dict(bodies.sms(status_code=100, dlr_code=1))
    printed = " ".join(
        str(value) for value in eval(f"({match.group(1)},)", {"delivered": delivered})
    )
    assert printed == match.group(2)
