"""What one call through a namespace costs, counted (never timed).

An answer that an in-process transport built in memory is kept as it is (checked, not copied),
the call runs no import statement, and the phone numbers of a path are only masked for a log
line that is actually written.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

import lox24
from lox24 import _http

from .test_parsing_work import counting_imports

BASE_URL = "https://api.lox24.test"
GROUP = {
    "@id": "/groups/7",
    "@type": "Group",
    "id": 7,
    "name": "Team",
    "description": None,
    "count_items": 0,
    "deleted_at": None,
    "name_a": None,
    "name_b": None,
    "name_c": None,
    "name_d": None,
    "name_e": None,
}


@pytest.fixture
def client() -> lox24.Client:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=GROUP))
    with lox24.Client("1234567:abc", base_url=BASE_URL, transport=transport) as client:
        client.groups.get(7)  # first use: lazy imports happen here
        yield client


def test_an_in_memory_answer_is_not_copied(client, monkeypatch):
    """One call, one httpx.Response: the transport's own, checked and kept."""
    built: list[Any] = []
    original = httpx.Response.__init__

    def counted(self: httpx.Response, *args: Any, **kwargs: Any) -> None:
        built.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(httpx.Response, "__init__", counted)
    group = client.groups.get(7)
    assert group.id == 7
    assert len(built) == 1


def test_a_call_runs_no_import_statement(client):
    with counting_imports() as imports:
        client.groups.get(7)
    assert not imports, dict(imports)


def test_phone_numbers_are_masked_only_for_a_written_log_line(client, monkeypatch, caplog):
    masked: list[str] = []
    original = _http.mask_phones

    def counted(text: str) -> str:
        masked.append(text)
        return original(text)

    monkeypatch.setattr(_http, "mask_phones", counted)
    client.groups.get(7)
    assert masked == []
    with caplog.at_level(logging.DEBUG, logger="lox24"):
        client.groups.get(7)
    assert masked == ["/groups/7"]


@pytest.mark.slow
def test_an_import_leaves_no_answer_for_the_garbage_collector():
    """Each batch answer is freed once read (no reference cycle waits for a collection)."""
    import gc
    import json

    def answer(request: httpx.Request) -> httpx.Response:
        items = json.loads(request.content)
        members = [
            {"status": 201, "body": {**GROUP_PHONE, "id": i, "phone": item["phone"]}}
            for i, item in enumerate(items)
        ]
        return httpx.Response(201, json={"hydra:member": members})

    client = lox24.Client("1234567:abc", base_url=BASE_URL, transport=httpx.MockTransport(answer))
    rows = [f"+49170{i:07d}" for i in range(30)]
    gc.collect()
    gc.disable()
    try:
        results = list(client.phones.import_many(1, rows, chunk_size=10, concurrency=2))
        alive = [
            obj
            for obj in gc.get_objects()
            if isinstance(obj, httpx.Response) and obj.request.url.path.endswith("/batch")
        ]
    finally:
        gc.enable()
        client.close()
    assert [r.outcome for r in results] == ["created"] * 30
    assert alive == []


GROUP_PHONE = {
    "@id": "/phones/1",
    "@type": "Phone",
    "a": None,
    "b": None,
    "c": None,
    "d": None,
    "e": None,
    "callback_data": None,
    "subscribed_at": None,
    "unsubscribed_at": None,
    "unsubscribe_reason": None,
}
