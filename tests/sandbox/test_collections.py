"""The collection engine: paging with Hydra links, every kind of filter and ordering."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest

from lox24.sandbox import PAGE_SIZE, SandboxClock

from .conftest import T0


def uuids(api: httpx.Client, query: str) -> list[str]:
    response = api.get(f"/bulks?{query}")
    assert response.status_code == 200, response.text
    return [b["uuid"] for b in response.json()]


@pytest.fixture
def four(api: httpx.Client, clock: SandboxClock) -> list[str]:
    """Four bulks created 10 s apart; at T0 + 100 they are in different states.

    b0: "Summer Sale" from Shop, auto encoding, processed (1 message).
    b1: "winter sale" from ShopTwo, unicode, scheduled for T0 + 1000 (status 0).
    b2: "news" from Other, GSM, a dry run (status 10).
    b3: "Flash" from Other, auto encoding, 2 phones, cancelled at T0 + 31 while new (status 15).
    """
    api.post("/groups", json={"name": "G"})
    bodies = [
        {"text": "Summer Sale", "sender_id": "Shop", "phones": ["+491701234567"], "source": 1},
        {"text": "winter sale", "sender_id": "ShopTwo", "msg_groups": [1], "is_unicode": True,
         "delivery_at": T0 + 1000, "source": 2},
        {"text": "news", "sender_id": "Other", "phones": ["+491701234567"], "is_unicode": False},
        {"text": "Flash", "sender_id": "Other", "phones": ["+491701234567", "+491701234568"]},
    ]  # fmt: skip
    ids = []
    for index, body in enumerate(bodies):
        path = "/bulks/dryrun" if index == 2 else "/bulks"
        ids.append(api.post(path, json=body).json()["uuid"])
        clock.advance(10 if index < 3 else 1)
    assert api.put(f"/bulks/{ids[3]}/cancel").json()["status_code"] == 15
    clock.set(T0 + 100)
    return ids


def test_default_order_is_newest_first(api: httpx.Client, four: list[str]) -> None:
    """Without _order, /bulks is ordered by x-default-order created_at desc."""
    assert uuids(api, "") == four[::-1]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status_code=10", [0, 2]),
        ("status_code[]=0&status_code[]=15", [1, 3]),
        ("status_code[0]=0&status_code[1]=15", [1, 3]),
        ("text=SALE", [0, 1]),
        ("sender_id=shop", [0, 1]),
        ("is_unicode=true", [1]),
        ("is_unicode=0", [2]),
        ("is_dryrun=1", [2]),
        ("is_dryrun=false", [0, 1, 3]),
        ("exists[is_unicode]=false", [0, 3]),
        ("exists[is_unicode]=1", [1, 2]),
        ("source=2", [1]),
        ("source[]=1&source[]=2", [0, 1]),
        ("key_id=8207", [0, 1, 2, 3]),
        ("msg_total_count=1", [0]),
        (f"delivery_at={T0 + 1000}", [1]),
        (f"created_at={T0 + 10}", [1]),
        (f"created_at[]={T0}&created_at[]={T0 + 30}", [0, 3]),
        (f"created_at[gt]={T0 + 10}", [2, 3]),
        (f"created_at[gte]={T0 + 10}", [1, 2, 3]),
        (f"created_at[lt]={T0 + 10}", [0]),
        (f"created_at[lte]={T0 + 10}", [0, 1]),
        (f"created_at[between]={T0 + 10}..{T0 + 20}", [1, 2]),
        (f"created_at[between]={T0 + 20}..{T0 + 10}", []),
        (f"processed_at={T0 + 31}", [3]),
        ("msg_total_count[]=1&msg_total_count[]=7", [0]),
        ("text=sale&is_unicode=true", [1]),
        (f"sender_id=Other&created_at[gte]={T0 + 25}", [3]),
    ],
)
def test_filters(api: httpx.Client, four: list[str], query: str, expected: list[int]) -> None:
    """exact, in (both list syntaxes), partial, boolean, exists and range filters select bulks."""
    assert uuids(api, f"{query}&_order[created_at]=asc") == [four[i] for i in expected]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("_order[created_at]=asc", [0, 1, 2, 3]),
        ("_order[delivery_at]=desc", [1, 0, 2, 3]),
        ("_order[delivery_at]=asc&_order[created_at]=desc", [3, 2, 0, 1]),
        ("_order[created_at]=desc&_order[delivery_at]=asc", [3, 2, 1, 0]),
        ("_order[processed_at]=asc", [1, 0, 2, 3]),
        ("_order[processed_at]=desc", [3, 2, 0, 1]),
        ("_order[msg_total_count]=desc", [0, 1, 2, 3]),
        ("text=sale&_order[created_at]=desc", [1, 0]),
    ],
)
def test_ordering(api: httpx.Client, four: list[str], query: str, expected: list[int]) -> None:
    """_order[...] params apply in query order, nulls first ascending, ties in creation order."""
    assert uuids(api, query) == [four[i] for i in expected]


def test_paging_follows_next_links_across_pages(
    api: httpx.Client, ld: httpx.Client, clock: SandboxClock
) -> None:
    """75 matching bulks make 3 pages of 30/30/15; the view links keep the filters and set page."""
    for i in range(80):
        text = "promo" if i < 75 else "other"
        api.post(
            "/bulks", json={"sender_id": "Shop", "text": f"{text} {i}", "phones": ["+491701234567"]}
        )
        clock.advance(1)
    url: str | None = "/bulks?text=promo&_order[created_at]=asc"
    pages = []
    while url is not None:
        page = ld.get(url).json()
        pages.append(page)
        url = page["hydra:view"].get("hydra:next")
    assert [len(p["hydra:member"]) for p in pages] == [PAGE_SIZE, PAGE_SIZE, 15]
    assert {p["hydra:totalItems"] for p in pages} == {75}
    texts = [m["uuid"] for p in pages for m in p["hydra:member"]]
    assert len(set(texts)) == 75
    view = pages[1]["hydra:view"]
    assert view["@type"] == "hydra:PartialCollectionView"
    assert dict(parse_qsl(urlsplit(view["@id"]).query)) == {
        "text": "promo",
        "_order[created_at]": "asc",
        "page": "2",
    }
    assert dict(parse_qsl(urlsplit(view["hydra:previous"]).query))["page"] == "1"
    assert dict(parse_qsl(urlsplit(view["hydra:first"]).query))["page"] == "1"
    assert dict(parse_qsl(urlsplit(view["hydra:last"]).query))["page"] == "3"
    assert "hydra:previous" not in pages[0]["hydra:view"]
    assert "hydra:next" not in pages[2]["hydra:view"]
    assert len(api.get("/bulks", params={"text": "promo", "page": 3}).json()) == 15
    assert api.get("/bulks", params={"page": 9}).json() == []


def test_group_phones_are_paged_although_page_is_not_declared(
    api: httpx.Client, ld: httpx.Client
) -> None:
    """/groups/{id}/phones honours page and links its pages like every collection."""
    api.post("/groups", json={"name": "G"})
    api.post("/groups/1/phones/batch", json=[{"phone": f"+4917{i:08d}"} for i in range(65)])
    first = ld.get("/groups/1/phones").json()
    assert first["hydra:totalItems"] == 65
    assert [m["id"] for m in first["hydra:member"]][:3] == ["1", "2", "3"]
    assert urlsplit(first["hydra:view"]["hydra:next"]).query == "page=2"
    assert urlsplit(first["hydra:view"]["hydra:last"]).query == "page=3"
    third = api.get("/groups/1/phones", params={"page": 3}).json()
    assert [p["id"] for p in third] == [str(i) for i in range(61, 66)]
    assert api.get("/groups/1/phones", params={"page": "x"}).status_code == 400


def test_hydra_search_is_built_from_the_declared_parameters(ld: httpx.Client) -> None:
    """hydra:search lists every x-filter and x-order parameter of the operation, not page."""
    search = ld.get("/bulks").json()["hydra:search"]
    assert search["@type"] == "hydra:IriTemplate"
    assert search["hydra:variableRepresentation"] == "BasicRepresentation"
    variables = {m["variable"]: m["property"] for m in search["hydra:mapping"]}
    assert variables["exists[is_unicode]"] == "is_unicode"
    assert variables["created_at[between]"] == "created_at"
    assert variables["_order[msg_total_count]"] == "msg_total_count"
    assert "page" not in variables
    assert len(variables) == 28
    assert search["hydra:template"].startswith("/bulks{?")
