"""Collections are iterated lazily across pages by following hydra:next."""

from __future__ import annotations

import httpx
import pytest

import lox24
from lox24_generated.api.bulks import list_bulks
from lox24_generated.models import BulkStatus, Ordering

from . import bodies
from .conftest import jsonld


class PagedBulks:
    """Serves ``pages`` pages of 2 bulks each, linking them with hydra:next like the API."""

    def __init__(self, pages, *, relative_links=True):
        self.pages = pages
        self.relative = relative_links
        self.requests = []

    def __call__(self, request):
        self.requests.append(request)
        page = int(request.url.params.get("page", "1"))
        members = [
            bodies.bulk_status(uuid=f"{page}-{i}", status_code=10, **{"@id": f"/bulks/{page}-{i}"})
            for i in range(2)
        ]
        view = {
            "@id": f"/bulks?status_code%5B%5D=10&page={page}",
            "hydra:first": "/bulks?status_code%5B%5D=10&page=1",
        }
        if page < self.pages:
            link = f"/bulks?status_code%5B%5D=10&page={page + 1}"
            view["hydra:next"] = (
                link if self.relative else f"{request.url.scheme}://{request.url.host}{link}"
            )
        return jsonld(
            200, {"hydra:member": members, "hydra:totalItems": 2 * self.pages, "hydra:view": view}
        )


def test_items_come_from_every_page_in_order(make_client):
    """Iterating the pager yields all items of all pages, in server order."""
    app = PagedBulks(3)
    uuids = [bulk.uuid for bulk in make_client(app).bulks.list(status_code=[10])]
    assert uuids == ["1-0", "1-1", "2-0", "2-1", "3-0", "3-1"]
    assert len(app.requests) == 3


def test_pages_are_fetched_only_when_needed(make_client):
    """Taking the first item fetches one page; nothing is fetched before iteration starts."""
    app = PagedBulks(50)
    pager = make_client(app).bulks.list(status_code=[10])
    assert app.requests == []
    first = next(iter(pager))
    assert first.uuid == "1-0"
    assert len(app.requests) == 1


def test_filters_are_sent_and_next_links_followed_verbatim(make_client):
    """The first request carries the caller's filters; later ones are the server's next IRIs."""
    app = PagedBulks(2)
    list(make_client(app).bulks.list(status_code=[10], order_by={"created_at": "desc"}))
    first, second = app.requests
    assert first.url.params.get_list("status_code[]") == ["10"]
    assert first.url.params["_order[created_at]"] == "desc"
    assert second.url.params["page"] == "2"
    assert second.url.params.get_list("status_code[]") == ["10"]


def test_absolute_next_links_work_too(make_client):
    """A next link given as an absolute URL is followed as well."""
    app = PagedBulks(2, relative_links=False)
    assert len(list(make_client(app).bulks.list())) == 4
    assert app.requests[1].url.params["page"] == "2"


def test_pages_expose_totals_and_links(make_client):
    """pages() yields Page objects with items, total and the next IRI."""
    pages = list(make_client(PagedBulks(2)).bulks.list().pages())
    assert [len(p.items) for p in pages] == [2, 2]
    assert pages[0].total == 4
    assert pages[0].has_next_page()
    assert pages[0].next == pages[0].next_iri == "/bulks?status_code%5B%5D=10&page=2"
    assert not pages[1].has_next_page()
    assert pages[1].next is None
    assert lox24.iri(pages[1].items[0]) == "/bulks/2-0"


def test_a_page_is_built_from_items_or_from_a_generated_collection():
    """lox24.Page(items, total=, next_iri=) and Page.from_collection agree."""
    from lox24_generated.models import BulkStatusCollection

    item = bodies.bulk_status()
    page = lox24.Page([BulkStatus.from_dict(item)], total=9, next_iri="/bulks?page=2")
    collection = BulkStatusCollection.from_dict(
        bodies.collection(item, total=9, next_iri="/bulks?page=2")
    )
    same = lox24.Page.from_collection(collection)
    for built in (page, same):
        assert [b.uuid for b in built.items] == [item["uuid"]]
        assert (built.total, built.next_iri) == (9, "/bulks?page=2")
        assert built.has_next_page()
    assert repr(page) == "Page(items=1, total=9, next='/bulks?page=2')"
    assert not lox24.Page([]).has_next_page()
    assert lox24.Page([]).total is None


def test_paginate_still_follows_a_generated_operation(make_client):
    """The low-level client.paginate(operation, ...) sends the generator's names and follows next."""
    app = PagedBulks(2)
    pager = make_client(app).paginate(
        list_bulks, status_code=[10], field_ordercreated_at=Ordering.DESC
    )
    assert [bulk.uuid for bulk in pager] == ["1-0", "1-1", "2-0", "2-1"]
    first, second = app.requests
    assert first.url.params.get_list("status_code[]") == ["10"]
    assert first.url.params["_order[created_at]"] == "desc"
    assert second.url.params["page"] == "2"
    assert [p.total for p in make_client(PagedBulks(2)).paginate(list_bulks).pages()] == [4, 4]


def test_a_failing_later_page_raises_a_typed_error(make_client):
    """An error on page 2 surfaces as the typed exception after page 1's items."""
    app = PagedBulks(3)

    def handler(request):
        if request.url.params.get("page") == "2":
            return jsonld(503, {"detail": "maintenance"})
        return app(request)

    seen = []
    with pytest.raises(lox24.InternalServerError, match="maintenance"):
        seen.extend(bulk.uuid for bulk in make_client(handler).bulks.list())
    assert seen == ["1-0", "1-1"]


async def test_async_pagination_follows_the_same_links(make_async_client):
    """async for walks every page lazily too."""
    app = PagedBulks(3)
    async with make_async_client(app) as client:
        uuids = [bulk.uuid async for bulk in client.bulks.list(status_code=[10])]
        totals = [page.total async for page in client.bulks.list().pages()]
    assert uuids == ["1-0", "1-1", "2-0", "2-1", "3-0", "3-1"]
    assert totals == [6, 6, 6]
    assert len(app.requests) == 6
    assert app.requests[0].url.params.get_list("status_code[]") == ["10"]


def test_unknown_codes_in_a_page_do_not_break_it(make_client):
    """A page whose member carries a status code this version does not know parses whole."""
    members = [
        bodies.sms(uuid="a", status_code=100, dlr_code=1, service_code="direct"),
        bodies.sms(uuid="b", status_code=7000, dlr_code=64, service_code="carrier-pigeon"),
    ]
    client = make_client(lambda _: jsonld(200, bodies.collection(*members)))
    first, second = list(client.sms.list())
    assert first.status_code == 100
    assert (second.status_code, second.dlr_code, second.service_code) == (
        7000,
        64,
        "carrier-pigeon",
    )
    assert second.status_code.name == "UNKNOWN_7000"
    assert second.to_dict()["dlr_code"] == 64


class LoopingBulks(PagedBulks):
    """Like PagedBulks, but page ``at`` links to ``to`` (itself, or back) instead of onwards."""

    def __init__(self, pages, *, at, to, total=None):
        super().__init__(pages)
        self.at, self.to, self.total = at, to, total

    def __call__(self, request):
        response = super().__call__(request)
        body = response.json()
        if int(request.url.params.get("page", "1")) == self.at:
            body["hydra:view"]["hydra:next"] = f"/bulks?status_code%5B%5D=10&page={self.to}"
        if self.total is not None:
            body["hydra:totalItems"] = self.total
        return jsonld(200, body)


@pytest.mark.parametrize(("at", "to"), [(2, 2), (3, 2), (1, 1)])
def test_a_looping_next_link_fails_fast(make_client, at, to):
    """A self-link or a 2-cycle raises PaginationError after one round, not 20,000 requests."""
    app = LoopingBulks(5, at=at, to=to, total=10**9)
    with pytest.raises(lox24.PaginationError, match="loops") as caught:
        list(make_client(app).bulks.list(status_code=[10]))
    assert len(app.requests) == at  # no page is fetched twice
    assert caught.value.link.endswith(f"page={to}")
    assert isinstance(caught.value, lox24.ResponseValidationError)


def test_a_page_beyond_the_total_is_refused(make_client):
    """hydra:totalItems 4 in pages of 2 allows 2 pages: a link to a third raises."""
    app = PagedBulks(50)

    def handler(request):
        body = app(request).json()
        body["hydra:totalItems"] = 4
        return jsonld(200, body)

    seen = []
    with pytest.raises(lox24.PaginationError, match="hydra:totalItems 4") as caught:
        seen.extend(bulk.uuid for bulk in make_client(handler).bulks.list())
    assert seen == ["1-0", "1-1", "2-0", "2-1"]
    assert len(app.requests) == 2
    assert caught.value.pages == 2


def test_a_failed_page_is_retried_alone_not_the_walk(make_client):
    """Page 2 fails twice (HTML 200, then 503): it alone is fetched again, page 1 once."""
    app = PagedBulks(3)
    spoiled = iter(
        [
            httpx.Response(200, text="<html>proxy</html>", headers={"Content-Type": "text/html"}),
            jsonld(503, {"detail": "busy"}),
        ]
    )

    def handler(request):
        if request.url.params.get("page") == "2":
            answer = next(spoiled, None)
            if answer is not None:
                app.requests.append(request)
                return answer
        return app(request)

    uuids = [bulk.uuid for bulk in make_client(handler, max_retries=2).bulks.list()]
    assert uuids == ["1-0", "1-1", "2-0", "2-1", "3-0", "3-1"]
    pages = [request.url.params.get("page", "1") for request in app.requests]
    assert pages == ["1", "2", "2", "2", "3"]


def test_a_page_that_does_not_parse_is_fetched_again(make_client):
    """A 200 JSON body that is not a collection (a gateway's own JSON) is read again."""
    app = PagedBulks(2)
    odd = iter([jsonld(200, {"status": "ok"})])

    def handler(request):
        if request.url.params.get("page") == "2":
            answer = next(odd, None)
            if answer is not None:
                return answer
        return app(request)

    assert len(list(make_client(handler).bulks.list())) == 4


def test_a_walk_resumes_from_its_cursor(make_client):
    """A job that dies on page 3 resumes from pager.cursor: nothing lost, nothing read twice."""
    app = PagedBulks(4)
    fail = {"on": "3"}

    def handler(request):
        if request.url.params.get("page") == fail["on"]:
            return jsonld(404, {"detail": "gone for now"})
        return app(request)

    client = make_client(handler)
    pager = client.bulks.list(status_code=[10])
    assert pager.cursor is None
    assert not pager.finished
    seen = []
    with pytest.raises(lox24.NotFoundError):
        seen.extend(bulk.uuid for bulk in pager)
    cursor = pager.cursor
    assert cursor == "/bulks?status_code%5B%5D=10&page=3"
    fail["on"] = None
    resumed = client.bulks.list(status_code=[10]).resume(cursor)
    seen.extend(bulk.uuid for bulk in resumed)
    assert seen == [f"{page}-{i}" for page in range(1, 5) for i in range(2)]
    assert resumed.finished
    assert resumed.cursor is None


def test_the_cursor_names_the_page_in_progress(make_client):
    """While page 2's items are yielded the cursor is page 2's IRI; None for the first page."""
    pager = make_client(PagedBulks(2)).bulks.list()
    cursors = [(bulk.uuid, pager.cursor) for bulk in pager]
    link = "/bulks?status_code%5B%5D=10&page=2"
    assert cursors == [("1-0", None), ("1-1", None), ("2-0", link), ("2-1", link)]
    assert pager.finished


@pytest.mark.parametrize("cursor", ["", 3, "/groups?page=2", "not a path"])
def test_a_cursor_of_another_listing_is_refused(make_client, cursor):
    """resume() takes only a page IRI of the same collection, and names the field."""
    with pytest.raises(lox24.InvalidInputError) as caught:
        make_client(PagedBulks(2)).bulks.list().resume(cursor)
    assert caught.value.field == "cursor"


async def test_async_pagers_resume_and_refuse_loops_too(make_async_client):
    """AsyncPager: the same cursor, resume and loop check."""
    async with make_async_client(PagedBulks(3)) as client:
        pager = client.bulks.list().resume("/bulks?status_code%5B%5D=10&page=2")
        uuids = [bulk.uuid async for bulk in pager]
    assert uuids == ["2-0", "2-1", "3-0", "3-1"]
    assert pager.finished
    app = LoopingBulks(5, at=2, to=1)
    async with make_async_client(app) as client:
        with pytest.raises(lox24.PaginationError):
            _ = [bulk async for bulk in client.bulks.list()]
    assert len(app.requests) == 2
