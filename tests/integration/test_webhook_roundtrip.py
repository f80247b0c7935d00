"""The sandbox delivers its events to a service built on lox24.webhooks, in-process."""

from __future__ import annotations

import zlib
from collections import Counter

import lox24
from lox24.sandbox import Sandbox
from lox24.webhooks import DeliveryState, DeliveryTracker, MemoryStore, Receiver, final_state

HOOK = "https://service.test/lox24/webhooks"
OUTCOMES = {"0000": DeliveryState.REJECTED, "9999": DeliveryState.EXPIRED}


def test_a_service_ends_with_one_report_per_sms_and_the_right_final_states(
    sandbox: Sandbox, client: lox24.Client
) -> None:
    """Refused first posts are retried, a redelivery is dropped, and each SMS ends as its number says."""
    receiver = Receiver(store=MemoryStore())  # LOX24's sender addresses only: the sandbox's
    tracker = DeliveryTracker()
    finals: Counter[str] = Counter()
    failed_once: set[str] = set()

    @receiver.on("sms.delivery")
    def report(event: lox24.webhooks.Event) -> None:
        key = f"{event.data.id}/{event.data.dlr_code}"
        if zlib.crc32(key.encode()) % 3 == 0 and key not in failed_once:
            failed_once.add(key)
            raise RuntimeError("fails on purpose, once")
        tracker.observe(event)  # a retried dlr 4 may come after the final report
        if final_state(event.data.dlr_code, event.data.status_code) is not None:
            finals[event.data.id] += 1

    sandbox.webhooks.subscribe(HOOK, app=receiver.asgi_app())
    phones = {}
    for n in range(30):
        phone = f"+4917012{n:02d}" + ("0000", "9999", "1234")[n % 3]
        sms = client.sms.send(phone=phone, sender_id="Shop", text="Hi")
        phones[sms.uuid] = phone
        tracker.track(sms.uuid)
    sandbox.clock.advance(1_000)
    sandbox.webhooks.deliver_due()
    first_report = next(e for e in sandbox.events if e["name"] == "sms.delivery")
    sandbox.simulate.redeliver(first_report["id"])
    made = sandbox.webhooks.deliver_due()

    assert [a.status for a in made] == [200]  # the redelivery is acknowledged, not handled again
    assert failed_once
    assert {a.status for a in sandbox.webhooks.attempts} == {200, 500}
    assert finals == Counter(dict.fromkeys(phones, 1))
    assert tracker.states == {
        uuid: OUTCOMES.get(phone[-4:], DeliveryState.DELIVERED) for uuid, phone in phones.items()
    }


def test_every_sms_of_a_bulk_to_a_group_is_reported_to_the_service(
    sandbox: Sandbox, client: lox24.Client
) -> None:
    """A bulk to a group of 300 phones: one final report per SMS reaches the receiver, as its number says."""
    receiver = Receiver(store=MemoryStore())
    tracker = DeliveryTracker()
    receiver.on("sms.delivery")(tracker.observe)
    sandbox.webhooks.subscribe(HOOK, app=receiver.asgi_app(), events=["sms.delivery"])
    group = client.groups.create(name="Everyone")
    endings = ("0000", "9999", "1234")
    rows = [{"phone": f"+4917133{n:03d}{endings[n % 3]}"} for n in range(300)]
    client.phones.create_batch(group.id, rows)
    bulk = client.bulks.create(sender_id="Shop", text="Hi", msg_groups=[group.id])

    sandbox.clock.advance(10_000)
    sent = {sms.uuid: sms.phone for sms in client.sms.list(bulk=bulk.uuid)}
    tracker.track(*sent)
    made = sandbox.webhooks.deliver_due()

    assert len(sent) == 300
    assert len(made) == 600
    assert all(a.delivered for a in made)
    assert tracker.states == {
        uuid: OUTCOMES.get(phone[-4:], DeliveryState.DELIVERED) for uuid, phone in sent.items()
    }
