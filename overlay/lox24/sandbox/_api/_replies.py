"""What an operation handler answers, before it is rendered in the negotiated representation."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ._errors import ApiError

Row = Mapping[str, Any]
CREATED = 201


@dataclass(frozen=True, slots=True)
class Resource:
    """One resource: its JSON-LD type, its IRI and its plain fields."""

    type: str
    iri: str
    data: Mapping[str, Any]

    def represent(self, *, jsonld: bool) -> dict[str, Any]:
        """Return the plain fields, with ``@context``, ``@id`` and ``@type`` first in JSON-LD."""
        if not jsonld:
            return dict(self.data)
        return {"@context": f"/contexts/{self.type}", "@id": self.iri, "@type": self.type} | dict(
            self.data
        )


@dataclass(frozen=True, slots=True)
class ItemReply:
    """A single resource, answered with ``status``."""

    resource: Resource
    status: int = 200


@dataclass(frozen=True, slots=True)
class CollectionReply:
    """Every item of a collection, oldest first; the collection engine picks the page.

    ``rows`` are what filters and ordering look at; ``present`` turns a row of the page into
    the resource that is answered.
    """

    type: str
    rows: Sequence[Row]
    present: Callable[[Row], Resource]


@dataclass(frozen=True, slots=True)
class BatchReply:
    """One result per input item of a batch, in input order: a resource (201) or an error."""

    type: str
    iri: str
    results: Sequence[Resource | ApiError]


@dataclass(frozen=True, slots=True)
class CsvReply:
    """A CSV document."""

    text: str


@dataclass(frozen=True, slots=True)
class NoContent:
    """An empty 204 answer."""


Reply = ItemReply | CollectionReply | BatchReply | CsvReply | NoContent
