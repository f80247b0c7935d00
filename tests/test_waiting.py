"""Waiting for a bulk, a fraud check or a delivery polls until the state is final, within a timeout."""

from __future__ import annotations

import pytest

import lox24
from lox24._waiting import apoll, is_finished, poll
from lox24_generated.models import BulkStatus, BulkStatusCode

from . import bodies
from .conftest import jsonld


def statuses(*codes):
    return iter(
        BulkStatus.from_dict(bodies.bulk_status(uuid="b", status_code=code, msg_total_count=i))
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
            lambda: BulkStatus.from_dict(bodies.bulk_status(uuid="b", status_code=5)),
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
    from lox24_generated.models import Sms

    assert (
        lox24.is_delivery_final(Sms.from_dict(bodies.sms(status_code=status, dlr_code=dlr)))
        is final
    )


@pytest.mark.parametrize(
    ("status", "final"),
    [(0, False), (5, False), (10, True), (20, True), (21, True), (1000, True), (77, True)],
)
def test_fraud_check_is_final_once_out_of_new_and_processing(status, final):
    """A fraud check is finished in every state but new and processing, unknown ones included."""
    from lox24_generated.models import FraudCheck

    check = FraudCheck.from_dict(bodies.fraud_check(status_code=status))
    assert lox24.is_fraud_check_finished(check) is final


class Progressing:
    """Answers each read with the next of ``bodies``; the last one is repeated."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.paths = []

    def __call__(self, request):
        self.paths.append(request.url.path)
        return jsonld(200, self.answers.pop(0) if len(self.answers) > 1 else self.answers[0])


class FakeTime:
    """A clock that only moves when slept on, as the client's ``clock``/``sleep`` pair."""

    def __init__(self):
        self.now = 0.0
        self.naps = []

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.naps.append(seconds)
        self.now += seconds


def test_bulks_wait_polls_the_status_on_the_clients_clock(make_client):
    """client.bulks.wait reads /bulks/{id}/status until final, sleeping through the client's pair."""
    app = Progressing(*(bodies.bulk_status(status_code=code) for code in (0, 5, 5, 10)))
    time = FakeTime()
    client = make_client(app, clock=time.clock, sleep=time.sleep)
    seen = []
    final = client.bulks.wait(bodies.UUID, poll_interval=3, on_progress=seen.append)
    assert final.status_code == BulkStatusCode.PROCESSED
    assert [s.status_code for s in seen] == [0, 5, 5, 10]
    assert app.paths == [f"/bulks/{bodies.UUID}/status"] * 4
    assert time.naps == [3, 3, 3]


def test_bulks_wait_gives_up_in_client_time(make_client):
    """A bulk that never finishes raises WaitTimeoutError after the timeout of the client's clock."""
    app = Progressing(bodies.bulk_status(status_code=5))
    time = FakeTime()
    client = make_client(app, clock=time.clock, sleep=time.sleep)
    with pytest.raises(lox24.WaitTimeoutError, match="in status 5"):
        client.bulks.wait(bodies.UUID, timeout=10, poll_interval=4)
    assert time.naps == [4, 4, 2]
    assert len(app.paths) == 4


def test_fraud_checks_wait_and_sms_wait_for_delivery_stop_at_the_final_state(make_client):
    """fraud_checks.wait reads the check, sms.wait_for_delivery the SMS, until each is final."""
    check = bodies.fraud_check()
    sms = bodies.sms()
    app = Progressing(check, {**check, "status_code": 5}, {**check, "status_code": 10})
    time = FakeTime()
    client = make_client(app, clock=time.clock, sleep=time.sleep)
    assert client.fraud_checks.wait(check["id"], poll_interval=1).status_code == 10
    assert app.paths == [f"/fraud-checks/{check['id']}"] * 3
    app = Progressing(
        sms, {**sms, "status_code": 100, "dlr_code": 4}, {**sms, "status_code": 100, "dlr_code": 1}
    )
    client = make_client(app, clock=time.clock, sleep=time.sleep)
    assert client.sms.wait_for_delivery(sms["uuid"], poll_interval=1).dlr_code == 1
    assert app.paths == [f"/sms/{sms['uuid']}"] * 3
    assert time.naps == [1, 1, 1, 1]


async def test_async_bulks_wait_uses_the_clients_async_sleep(make_async_client):
    """The async client's wait awaits its own sleep and reads its own clock."""
    app = Progressing(*(bodies.bulk_status(status_code=code) for code in (0, 10)))
    time = FakeTime()

    async def sleep(seconds):
        time.sleep(seconds)

    async with make_async_client(app, clock=time.clock, sleep=sleep) as client:
        final = await client.bulks.wait(bodies.UUID, poll_interval=5)
    assert final.status_code == 10
    assert time.naps == [5]
