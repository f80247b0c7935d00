"""Waiting for a bulk polls its status until it is final, within a timeout."""

from __future__ import annotations

import pytest

import lox24
from lox24._waiting import await_bulk, wait_for_bulk
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
    final = wait_for_bulk(
        lambda: next(answers),
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
        wait_for_bulk(
            lambda: next(answers), timeout=60, poll_interval=1, sleep=lambda _: None
        ).status_code
        == final
    )


def test_gives_up_after_the_timeout():
    """A bulk that stays in processing raises WaitTimeoutError once the timeout has passed."""
    now = [0.0]

    def sleep(seconds):
        now[0] += seconds

    with pytest.raises(lox24.WaitTimeoutError, match="still in status 5"):
        wait_for_bulk(
            lambda: BulkStatus(uuid="b", status_code=BulkStatusCode.PROCESSING),
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

    assert (await await_bulk(read, timeout=60, poll_interval=1, sleep=sleep)).status_code == 10
