"""Shared fixtures: a token that must never leak, and clients over mock transports."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import lox24

#: A token shaped like a real one; tests assert it never shows up where it must not.
SECRET_TOKEN = "7654321:deadbeefcafebabe0123456789abcdef"
BASE_URL = "https://api.lox24.test"

Handler = Callable[[httpx.Request], httpx.Response]


def jsonld(status: int, body: Any, **headers: str) -> httpx.Response:
    """A JSON-LD response as the API sends it."""
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/ld+json; charset=utf-8", **headers},
    )


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees a token or base URL from the machine it runs on."""
    monkeypatch.delenv("LOX24_TOKEN", raising=False)
    monkeypatch.delenv("LOX24_BASE_URL", raising=False)


@pytest.fixture
def make_client() -> Callable[..., lox24.Client]:
    """Build a sync client whose requests go to a handler function."""

    def build(handler: Handler, **options: Any) -> lox24.Client:
        options.setdefault("max_retries", 0)
        return lox24.Client(
            SECRET_TOKEN, base_url=BASE_URL, transport=httpx.MockTransport(handler), **options
        )

    return build


@pytest.fixture
def make_async_client() -> Callable[..., lox24.AsyncClient]:
    """Build an async client whose requests go to a handler function."""

    def build(handler: Handler, **options: Any) -> lox24.AsyncClient:
        options.setdefault("max_retries", 0)
        return lox24.AsyncClient(
            SECRET_TOKEN, base_url=BASE_URL, transport=httpx.MockTransport(handler), **options
        )

    return build
