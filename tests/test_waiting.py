"""Waiting for a bulk polls its status until it is final, within a timeout."""

from __future__ import annotations

import pytest

import lox24
from lox24._waiting import apoll, is_finished, poll
from lox24_generated.models import BulkStatus, BulkStatusCode


def statuses(*codes):
    return iter(
        BulkStatus(uuid="b", status_code=BulkStatusCode(code), msg_total_count=i)
        for i, code in enumerate(codes)
    )


def test_polls_until_a_final_status_and_reports_progress():
    """Each poll is reported; the first final status is returned."""
    seen, slept = [], []
    answers = statuses(0, 5, 5, 10, 10)
    final = poll(
        lambda: next(answers),
        is_finished,
        timeout=60,
        poll_interval=2,
        on_progress=seen.append,
        sleep=slept.append,
    )
    assert final.status_code == BulkStatusCode.PROCESSED
    assert [s.status_code for s in seen] == [0, 5, 5, 10]
    assert slept == [2, 2, 2]


@pytest.mark.parametrize("final", [15, 20, 201, 99])
def test_every_state_but_new_and_processing_is_final(final):
    """Cancelled, failed, no recipients and unknown future codes all end the wait."""
    answers = statuses(0, final)
    assert (
        poll(
            lambda: next(answers), is_finished, timeout=60, poll_interval=1, sleep=lambda _: None
        ).status_code
        == final
    )


def test_gives_up_after_the_timeout():
    """A bulk that stays in processing raises WaitTimeoutError once the timeout has passed."""
    now = [0.0]

    def sleep(seconds):
        now[0] += seconds

    with pytest.raises(lox24.WaitTimeoutError, match="BulkStatus b in status 5"):
        poll(
            lambda: BulkStatus(uuid="b", status_code=BulkStatusCode.PROCESSING),
            is_finished,
            timeout=10,
            poll_interval=3,
            sleep=sleep,
            monotonic=lambda: now[0],
        )
    assert now[0] == 10


async def test_async_wait_behaves_alike():
    """The async helper polls the same way."""
    answers = statuses(0, 5, 10)

    async def read():
        return next(answers)

    async def sleep(_):
        return None

    assert (
        await apoll(read, is_finished, timeout=60, poll_interval=1, sleep=sleep)
    ).status_code == 10


@pytest.mark.parametrize(
    ("status", "dlr", "final"),
    [
        (0, 0, False),
        (100, 4, False),
        (100, 2, False),
        (100, 1, True),
        (100, 8, True),
        (100, 16, True),
        (6000, 0, True),
        (208, 0, True),
    ],
)
def test_sms_delivery_is_final_only_with_a_final_report_or_a_failure(status, dlr, final):
    """Queued and submitted SMS are in flight; delivered, expired, rejected or stopped ones are final."""
    from lox24_generated.models import DlrCode, Sms, SmsStatusCode

    assert (
        lox24.is_delivery_final(Sms(status_code=SmsStatusCode(status), dlr_code=DlrCode(dlr)))
        is final
    )


@pytest.mark.parametrize(
    ("status", "final"),
    [(0, False), (5, False), (10, True), (20, True), (21, True), (1000, True), (77, True)],
)
def test_fraud_check_is_final_once_out_of_new_and_processing(status, final):
    """A fraud check is finished in every state but new and processing, unknown ones included."""
    from lox24_generated.models import FraudCheck, FraudCheckStatusCode, FraudServiceCode

    check = FraudCheck(
        service_code=FraudServiceCode.DIRECT, status_code=FraudCheckStatusCode(status)
    )
    assert lox24.is_fraud_check_finished(check) is final
