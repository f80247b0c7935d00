"""The JSON-LD (Hydra) envelope of a collection page: members, view links and search template."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode

from lox24.sandbox._api._operations import PAGE, Operation
from lox24.sandbox._state._collection import PageSlice


def collection(
    *,
    type_name: str,
    path: str,
    pairs: Sequence[tuple[str, str]],
    page: PageSlice,
    members: list[dict[str, Any]],
    operation: Operation,
) -> dict[str, Any]:
    """Build a ``hydra:Collection`` holding one page of members.

    Args:
        type_name: The JSON-LD type of the members (``Group``, ``Phone``, ``Bulk``).
        path: The collection's path, which is also its ``@id``.
        pairs: The request's query pairs; view links keep them and set ``page``.
        page: The page being answered.
        members: The members of that page, already in JSON-LD.
        operation: The list operation; its filter parameters make up ``hydra:search``.

    """
    body: dict[str, Any] = {
        "@context": f"/contexts/{type_name}",
        "@id": path,
        "@type": "hydra:Collection",
        "hydra:member": members,
        "hydra:totalItems": page.total,
        "hydra:view": view(path, pairs, page),
    }
    search_template = search(path, operation)
    if search_template is not None:
        body["hydra:search"] = search_template
    return body


def view(path: str, pairs: Sequence[tuple[str, str]], page: PageSlice) -> dict[str, Any]:
    """Build the ``hydra:PartialCollectionView`` of ``page``: links to first, last, neighbours."""
    # Encoded once: every link is the kept pairs and its own page number.
    kept = urlencode([(k, v) for k, v in pairs if k != PAGE])
    start = f"{path}?{kept}&{PAGE}=" if kept else f"{path}?{PAGE}="

    def link(number: int) -> str:
        return f"{start}{number}"

    result = {
        "@id": link(page.page),
        "@type": "hydra:PartialCollectionView",
        "hydra:first": link(1),
        "hydra:last": link(page.last_page),
    }
    if page.page > 1:
        result["hydra:previous"] = link(min(page.page - 1, page.last_page))
    if page.page < page.last_page:
        result["hydra:next"] = link(page.page + 1)
    return result


def search(path: str, operation: Operation) -> dict[str, Any] | None:
    """Build the ``hydra:IriTemplate`` of the filter and order parameters (None if none)."""
    params = [p for p in operation.query_params if p.filter is not None or p.order is not None]
    if not params:
        return None
    return {
        "@type": "hydra:IriTemplate",
        "hydra:template": f"{path}{{?{','.join(p.name for p in params)}}}",
        "hydra:variableRepresentation": "BasicRepresentation",
        "hydra:mapping": [
            {
                "@type": "IriTemplateMapping",
                "variable": p.name,
                "property": p.filter.property if p.filter is not None else p.order,
                "required": p.required,
            }
            for p in params
        ],
    }
