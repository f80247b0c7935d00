"""Response bodies for the in-process benchmarks, taken from the sandbox so that they have the
shape the spec gives them, and the transports that serve them.

Every server here answers from bytes prepared in advance, so that what is measured is the
client (or the hand-written baseline) and not the server.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx

TOKEN = "1234567:00000000000000000000000000000000"
BASE_URL = "http://127.0.0.1"
JSONLD = {"Content-Type": "application/ld+json"}


@dataclass(frozen=True)
class Samples:
    """One group, one SMS and one phone as the sandbox renders them (JSON-LD)."""

    group: bytes
    sms: dict[str, Any]
    phone: dict[str, Any]


def take_samples() -> Samples:
    """Create a group, a phone and an SMS in a fresh sandbox and keep what it answered."""
    from lox24.sandbox import Sandbox  # noqa: PLC0415 - the memory figures run without it

    with Sandbox(block_bad_auth=False) as sandbox:
        http = httpx.Client(
            transport=sandbox.transport(),
            base_url=BASE_URL,
            headers={"X-LOX24-AUTH-TOKEN": sandbox.token, "Accept": "application/ld+json"},
        )
        group_id = http.post("/groups", json={"name": "Bench"}).json()["id"]
        batch = http.post(f"/groups/{group_id}/phones/batch", json=[{"phone": "+4915100000001"}])
        sms = http.post(
            "/sms", json={"phone": "+4915100000001", "sender_id": "Bench", "text": "Hello!"}
        ).json()
        group = http.get(f"/groups/{group_id}").content
        return Samples(group=group, sms=sms, phone=batch.json()["hydra:member"][0]["body"])


def sms_page(samples: Samples, page: int, size: int, pages: int) -> bytes:
    """Page ``page`` (from 1) of ``pages``, ``size`` SMS each, with the Hydra links."""
    members = []
    for index in range((page - 1) * size, page * size):
        uuid = f"00000000-0000-4000-8000-{index:012d}"
        members.append(
            {**samples.sms, "@id": f"/sms/{uuid}", "uuid": uuid, "phone": f"+49151{index:08d}"}
        )
    view: dict[str, Any] = {
        "@id": f"/sms?page={page}",
        "@type": "hydra:PartialCollectionView",
        "hydra:first": "/sms?page=1",
        "hydra:last": f"/sms?page={pages}",
    }
    if page < pages:
        view["hydra:next"] = f"/sms?page={page + 1}"
    return json.dumps(
        {
            "@context": "/contexts/Sms",
            "@id": "/sms",
            "@type": "hydra:Collection",
            "hydra:member": members,
            "hydra:totalItems": size * pages,
            "hydra:view": view,
        }
    ).encode()


def group_transport(samples: Samples) -> httpx.MockTransport:
    """Answers every request with the same group."""
    content = samples.group

    def handler(_: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers=JSONLD)

    return httpx.MockTransport(handler)


def pages_transport(samples: Samples, size: int = 100, pages: int = 100) -> httpx.MockTransport:
    """Serves ``GET /sms?page=n`` from pages prepared in advance."""
    bodies = [sms_page(samples, page, size, pages) for page in range(1, pages + 1)]

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        return httpx.Response(200, content=bodies[page - 1], headers=JSONLD)

    return httpx.MockTransport(handler)


def forgetful_batch_transport(phone: dict[str, Any]) -> httpx.MockTransport:
    """Answers a phone batch as the API does, keeping nothing: memory measured is the client's."""

    def handler(request: httpx.Request) -> httpx.Response:
        items = json.loads(request.content)
        members = [
            {
                "status": 201,
                "body": {**phone, "@id": f"/phones/{i}", "id": str(i), "phone": item["phone"]},
            }
            for i, item in enumerate(items)
        ]
        body = json.dumps(
            {
                "@context": "/contexts/Phone",
                "@type": "hydra:Collection",
                "hydra:member": members,
                "hydra:totalItems": len(members),
            }
        )
        return httpx.Response(201, content=body.encode(), headers=JSONLD)

    return httpx.MockTransport(handler)


def numbers(count: int) -> Iterator[str]:
    """Distinct phone numbers, generated one by one (never a list in memory)."""
    return (f"+49151{i:08d}" for i in range(count))
