"""The delivery tracker: final states from sms.delivery events, polling for the silent ones."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import lox24
from lox24.webhooks import (
    DeliveryState,
    DeliveryTracker,
    MemoryStore,
    Receiver,
    RedisStore,
    SQLiteStore,
)
from lox24_generated.models import DlrCode, SmsStatusCode

from .examples import delivery, example


class FakeTime:
    """A clock and a sleep that only move when the tracker sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps = 0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps += 1
        self.now += seconds


def sms(dlr_code: int, status_code: int = 100) -> SimpleNamespace:
    """What client.sms.get returns, as far as the tracker reads it."""
    return SimpleNamespace(dlr_code=DlrCode(dlr_code), status_code=SmsStatusCode(status_code))


def report(sms_uuid: str, dlr_code: int, status_code: int = 100, event_id: str | None = None):
    return lox24.parse_event(
        delivery(event_id or f"ev-{sms_uuid}-{dlr_code}", sms_uuid, dlr_code, status_code)
    )


@pytest.mark.parametrize(
    ("dlr_code", "state"),
    [(1, DeliveryState.DELIVERED), (8, DeliveryState.EXPIRED), (16, DeliveryState.REJECTED)],
)
def test_final_reports_give_final_states(dlr_code, state):
    """Delivery reports 1, 8 and 16 are delivered, expired and rejected."""
    tracker = DeliveryTracker(["s1"])
    assert tracker.observe(report("s1", dlr_code)) is state
    assert tracker.state("s1") is state
    assert tracker.pending == frozenset()


def test_intermediate_reports_keep_an_sms_pending():
    """'Handed over' (4) and 'queued' (2) are not final."""
    tracker = DeliveryTracker(["s1"])
    tracker.observe(report("s1", 4))
    tracker.observe(report("s1", 2))
    assert tracker.pending == {"s1"}


def test_a_final_state_never_changes():
    """A late or out-of-order report after the final one changes nothing."""
    finals = []
    tracker = DeliveryTracker(["s1"], on_final=lambda uuid, state: finals.append((uuid, state)))
    tracker.observe(report("s1", 1))
    tracker.observe(report("s1", 4))
    tracker.observe(report("s1", 16))
    assert tracker.state("s1") is DeliveryState.DELIVERED
    assert finals == [("s1", DeliveryState.DELIVERED)]


def test_an_sms_stopped_before_the_network_is_not_sent():
    """A status such as 6000 (cancelled) with no report is final as not sent."""
    tracker = DeliveryTracker(["s1"])
    assert tracker.observe(report("s1", 0, status_code=6000)) is DeliveryState.NOT_SENT


def test_other_events_and_untracked_sms_are_ignored():
    """Only sms.delivery reports on tracked SMS count."""
    tracker = DeliveryTracker(["s1"])
    assert tracker.observe(lox24.parse_event(example("sms.incoming"))) is None
    assert tracker.observe(report("other", 1)) is None
    assert tracker.observe(lox24.parse_event(example("sms.delivery.dryrun"))) is None
    assert tracker.states == {"s1": DeliveryState.PENDING}


def test_the_tracker_is_a_receiver_handler_as_it_is():
    """receiver.on('sms.delivery')(tracker.observe) feeds the tracker from requests."""
    tracker = DeliveryTracker(["s1", "s2"])
    receiver = Receiver(store=MemoryStore(), allowed_senders=None)
    receiver.on("sms.delivery")(tracker.observe)
    assert receiver.handle(delivery("e1", "s1", 1), "::1").status == 200
    assert receiver.handle(delivery("e2", "s2", 8), "::1").status == 200
    assert tracker.states == {"s1": DeliveryState.DELIVERED, "s2": DeliveryState.EXPIRED}
    assert tracker.unreported == frozenset()


def test_only_sms_silent_for_poll_after_are_polled():
    """SMS heard of recently are not polled; the silent ones are, once each round."""
    time_ = FakeTime()
    polled = []

    def get_sms(uuid):
        polled.append(uuid)
        return sms(1)

    tracker = DeliveryTracker(["s1", "s2"], get_sms=get_sms, poll_after=60, clock=time_.clock)
    time_.now = 59
    tracker.observe(report("s2", 4))  # s2 was heard of at 59
    time_.now = 60
    assert tracker.poll_due() == 1
    assert polled == ["s1"]
    assert tracker.states == {"s1": DeliveryState.DELIVERED, "s2": DeliveryState.PENDING}
    assert tracker.unreported == {"s1"}


def test_wait_polls_until_every_sms_is_final():
    """wait() combines reports and polling; the SMS without reports are found by polling."""
    time_ = FakeTime()
    answers = {"s2": iter([sms(4), sms(4), sms(8)]), "s3": iter([sms(0, 6000)])}
    tracker = DeliveryTracker(
        ["s1", "s2", "s3"],
        get_sms=lambda uuid: next(answers[uuid]),
        poll_after=30,
        clock=time_.clock,
        sleep=time_.sleep,
    )
    tracker.observe(report("s1", 1))
    states = tracker.wait(timeout=600, poll_interval=30)
    assert states == {
        "s1": DeliveryState.DELIVERED,
        "s2": DeliveryState.EXPIRED,
        "s3": DeliveryState.NOT_SENT,
    }
    assert tracker.polls == 4  # s2 three times, s3 once, s1 never


def test_client_errors_while_polling_leave_the_sms_pending():
    """A failed read (a Lox24Error) is retried in a later round."""
    time_ = FakeTime()
    answers = iter([lox24.APIConnectionError("reset"), sms(16)])

    def get_sms(uuid):
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    tracker = DeliveryTracker(
        ["s1"], get_sms=get_sms, poll_after=10, clock=time_.clock, sleep=time_.sleep
    )
    assert tracker.wait(timeout=100, poll_interval=10) == {"s1": DeliveryState.REJECTED}
    assert tracker.polls == 2


def test_wait_gives_up_with_the_package_timeout_error():
    """An SMS that never becomes final ends the wait with WaitTimeoutError."""
    time_ = FakeTime()
    tracker = DeliveryTracker(
        ["s1"], get_sms=lambda uuid: sms(4), poll_after=10, clock=time_.clock, sleep=time_.sleep
    )
    with pytest.raises(lox24.WaitTimeoutError, match="1 SMS"):
        tracker.wait(timeout=100, poll_interval=10)
    assert tracker.pending == {"s1"}
    assert time_.sleeps == 10


def test_without_a_polling_function_only_reports_count():
    """A tracker without get_sms never polls."""
    tracker = DeliveryTracker(["s1"], poll_after=0)
    assert tracker.poll_due() == 0
    assert tracker.polls == 0


def test_tracking_more_sms_later_keeps_known_states():
    """track() adds SMS and leaves those already followed alone."""
    tracker = DeliveryTracker(["s1"])
    tracker.observe(report("s1", 1))
    tracker.track("s1", "s2")
    assert tracker.states == {"s1": DeliveryState.DELIVERED, "s2": DeliveryState.PENDING}


@pytest.fixture(params=["memory", "sqlite", "redis"])
def two_stores(request, tmp_path):
    """Two handles on one store, as two worker processes have them."""
    if request.param == "memory":
        one = MemoryStore()
        yield one, one
    elif request.param == "sqlite":
        path = tmp_path / "shared.sqlite3"
        with SQLiteStore(path) as first, SQLiteStore(path) as second:
            yield first, second
    else:
        request.getfixturevalue("redis_client")  # an emptied database
        url = request.getfixturevalue("redis_url")
        first, second = RedisStore.from_url(url), RedisStore.from_url(url)
        yield first, second
        first.close()
        second.close()


def test_trackers_on_one_store_share_states_and_make_each_sms_final_once(two_stores):
    """Reports taken in by either worker are seen by both; on_final runs once per SMS in all."""
    finals: list[tuple[str, DeliveryState]] = []
    time = FakeTime()
    options = {"on_final": lambda u, s: finals.append((u, s)), "clock": time.clock}
    first = DeliveryTracker(["a", "b", "c"], store=two_stores[0], **options)
    second = DeliveryTracker(store=two_stores[1], **options)
    assert second.pending == {"a", "b", "c"}
    assert first.observe(report("a", 1)) is DeliveryState.DELIVERED
    assert second.observe(report("a", 16)) is DeliveryState.DELIVERED  # final stays final
    assert second.observe(report("b", 8)) is DeliveryState.EXPIRED
    assert first.observe(report("b", 8, event_id="again")) is DeliveryState.EXPIRED
    assert second.observe(report("zz", 1)) is None  # not tracked
    assert (
        first.states
        == second.states
        == {
            "a": DeliveryState.DELIVERED,
            "b": DeliveryState.EXPIRED,
            "c": DeliveryState.PENDING,
        }
    )
    assert sorted(finals) == [("a", DeliveryState.DELIVERED), ("b", DeliveryState.EXPIRED)]
    assert first.unreported == second.unreported == {"c"}
    assert second.state("c") is DeliveryState.PENDING
    with pytest.raises(KeyError):
        first.state("zz")


def test_a_shared_store_polls_only_the_silent_sms(two_stores):
    """Polling on a shared store asks only for pending SMS that stayed silent long enough."""
    time = FakeTime()
    asked: list[str] = []

    def get_sms(uuid: str):
        asked.append(uuid)
        return sms(1)

    tracker = DeliveryTracker(
        ["a", "b"], store=two_stores[0], get_sms=get_sms, poll_after=60, clock=time.clock
    )
    other = DeliveryTracker(store=two_stores[1], clock=time.clock)
    time.now = 30
    other.observe(report("a", 4))  # heard of at 30, still pending
    time.now = 70
    assert tracker.poll_due() == 1
    assert asked == ["b"]
    assert other.state("b") is DeliveryState.DELIVERED


class BrokenTracking:
    """A tracking store that has gone away."""

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise OSError("the store went away")

        return fail


def test_a_report_the_store_cannot_record_is_not_acknowledged():
    """observe raises when the store fails, so the receiver answers 500, never 200."""
    tracker = DeliveryTracker(store=MemoryStore())
    tracker.track("s1")
    tracker._store = BrokenTracking()
    receiver = Receiver(store=MemoryStore(), allowed_senders=None)
    receiver.on("sms.delivery")(tracker.observe)
    reply = receiver.handle(delivery("e1", "s1", 1), "127.0.0.1")
    assert reply.status == 500


def test_a_store_without_tracking_is_refused_naming_the_field():
    """Something that cannot keep states is a clear InvalidInputError on 'store'."""
    with pytest.raises(lox24.InvalidInputError) as raised:
        DeliveryTracker(store=object())
    assert raised.value.field == "store"
