"""Problems the sandbox answers with, and their plain and JSON-LD bodies (the spec's ``Error``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken rule of a request, about one field (``property_path``)."""

    property_path: str
    message: str

    def describe(self) -> str:
        """``"<field>: <message>"``, or just the message when it is about the whole value."""
        return f"{self.property_path}: {self.message}" if self.property_path else self.message

    def as_json(self) -> dict[str, Any]:
        """Return the violation as it appears in an error body."""
        return {"propertyPath": self.property_path, "message": self.message, "code": None}


class ApiError(Exception):
    """A request the sandbox refuses, with the status and the text of the answer.

    Args:
        status: The HTTP status code.
        detail: What went wrong; by convention it names the field or parameter concerned.
        violations: The broken rules, for 400 and 422 answers about fields.
        headers: Extra response headers (``Allow`` for 405).

    """

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        violations: Iterable[Violation] = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.violations = tuple(violations)
        self.headers = dict(headers or {})

    @classmethod
    def invalid(cls, status: int, violations: Iterable[Violation]) -> ApiError:
        """Make an error whose detail lists every violation, one per line."""
        found = tuple(violations)
        return cls(status, "\n".join(v.describe() for v in found), violations=found)

    def with_status(self, status: int) -> ApiError:
        """The same problem answered with another status."""
        return ApiError(status, self.detail, violations=self.violations, headers=self.headers)

    @property
    def title(self) -> str:
        """A short summary: the reason phrase of the status."""
        try:
            return HTTPStatus(self.status).phrase
        except ValueError:
            return "An error occurred"

    @property
    def type_uri(self) -> str:
        """A URI reference naming the kind of problem."""
        return f"/errors/{self.status}"


def error_body(error: ApiError, *, jsonld: bool) -> dict[str, Any]:
    """Build the body of an error response, in the representation the client asked for."""
    body: dict[str, Any] = {}
    if jsonld:
        if error.violations:
            body["@context"] = "/contexts/ConstraintViolationList"
            body["@type"] = "ConstraintViolationList"
        else:
            body["@context"] = "/contexts/Error"
            body["@type"] = "hydra:Error"
        body["hydra:title"] = error.title
        body["hydra:description"] = error.detail
    body.update(type=error.type_uri, title=error.title, detail=error.detail, status=error.status)
    if error.violations:
        body["violations"] = [v.as_json() for v in error.violations]
    return body


def batch_error_body(error: ApiError, *, jsonld: bool) -> dict[str, Any]:
    """Why one item of a batch was refused (the spec's ``BatchItemError`` or its JSON-LD form)."""
    if jsonld:
        return {
            "@context": "/contexts/Error",
            "@type": "hydra:Error",
            "hydra:title": error.title,
            "hydra:description": error.detail,
        }
    return {"type": error.type_uri, "title": error.title, "detail": error.detail}
