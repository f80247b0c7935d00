"""Each webhook attempt keeps what the endpoint answered and how long it took, for the inbox."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from lox24.sandbox import Sandbox, SandboxClock

HOOK = "http://service.test/hooks/lox24"


async def answering_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """An endpoint that reads the post and answers 202 with a short text."""
    while (await receive()).get("more_body"):
        pass
    await send({"type": "http.response.start", "status": 202, "headers": []})
    await send({"type": "http.response.body", "body": b"queued as job 42 " + b"x" * 3000})


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(clock=SandboxClock(start=1_700_000_000, frozen=True)) as sandbox:
        yield sandbox


def test_an_attempt_keeps_the_start_of_the_answer_and_its_duration(sandbox: Sandbox) -> None:
    """The answer body (its first 2,000 characters) and the seconds taken are on the attempt."""
    sandbox.webhooks.subscribe(HOOK, app=answering_app)
    headers = {"X-LOX24-AUTH-TOKEN": sandbox.token}
    with httpx.Client(transport=sandbox.transport(), base_url="http://s", headers=headers) as api:
        body = {"sender_id": "Shop", "phone": "+491701234567", "text": "Hi"}
        assert api.post("/sms", json=body).status_code == 201
    sandbox.clock.advance(1)
    made = sandbox.webhooks.deliver_due()
    assert [a.status for a in made] == [202]
    assert made[0].answer is not None
    assert made[0].answer.startswith("queued as job 42 ")
    assert len(made[0].answer) == 2000
    assert made[0].duration is not None
    assert 0 <= made[0].duration < 10
    assert made[0].as_json()["answer"] == made[0].answer


def test_an_unanswered_attempt_has_no_answer_but_a_duration(sandbox: Sandbox) -> None:
    """A post nobody answers keeps the error, no answer body, and the time it took to fail."""
    sandbox.webhooks.subscribe("http://127.0.0.1:9/hooks")  # the discard port: refused
    sandbox.simulate.incoming_sms(sender="+491701234567", text="hello")
    made = sandbox.webhooks.deliver_due()
    assert [(a.status, a.answer) for a in made] == [(None, None)]
    assert made[0].error
    assert made[0].duration is not None
