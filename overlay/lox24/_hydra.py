"""JSON-LD and Hydra: item IRIs and the parts of a collection page.

The client asks for JSON-LD. Generated models keep the JSON-LD keys (``@id``, ``@type``,
``@context``) in their ``additional_properties``; collections carry ``hydra:member``,
``hydra:totalItems`` and a ``hydra:view`` with the links to other pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, TypeVar

ItemT_co = TypeVar("ItemT_co", covariant=True)


class HydraCollection(Protocol[ItemT_co]):
    """What every generated collection model has: its members."""

    @property
    def hydramember(self) -> Sequence[ItemT_co]:
        """The items of this page."""
        ...


def iri(item: object) -> str | None:
    """Return the IRI (``@id``) of a resource read from the API, e.g. ``"/groups/42"``.

    Returns ``None`` for objects that carry no IRI (such as models you built yourself, or
    resources read as plain JSON).
    """
    extra = getattr(item, "additional_properties", None)
    value = extra.get("@id") if isinstance(extra, dict) else None
    return value if isinstance(value, str) else None


def total_items(collection: object) -> int | None:
    """The ``hydra:totalItems`` of a collection page, when the server sent it."""
    value = getattr(collection, "hydratotal_items", None)
    return value if isinstance(value, int) else None


def next_page(collection: object) -> str | None:
    """The IRI of the next page (``hydra:view`` / ``hydra:next``), or ``None`` on the last page."""
    view: Any = getattr(collection, "hydraview", None)
    link = getattr(view, "hydranext", None)
    return link if isinstance(link, str) and link else None
