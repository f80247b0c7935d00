from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_violations_item import ErrorViolationsItem

_UNRESOLVED = True


def _resolve_models() -> None:
    """Import the models this one refers to, once, on first use (at import time, one of them
    may be importing this module)."""
    global _UNRESOLVED, ErrorViolationsItem
    from ..models.error_violations_item import ErrorViolationsItem  # noqa: PLC0415

    _UNRESOLVED = False


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """A problem report. The API documents no error body, so every field is optional and others
    may appear. `violations` lists the fields a 422 refers to.

    """

    detail: str | Unset = UNSET
    """ What went wrong in this request. """
    hydradescription: str | Unset = UNSET
    hydratitle: str | Unset = UNSET
    status: int | Unset = UNSET
    """ The HTTP status code. """
    title: str | Unset = UNSET
    """ A short summary of the problem. """
    type_: str | Unset = UNSET
    """ A URI or short name for the kind of problem. """
    violations: list[ErrorViolationsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=False
    )

    def __repr__(self) -> str:
        fields = (
            ("detail", self.detail),
            ("hydradescription", self.hydradescription),
            ("hydratitle", self.hydratitle),
            ("status", self.status),
            ("title", self.title),
            ("type_", self.type_),
            ("violations", self.violations),
        )
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"Error({shown})"

    def to_dict(self) -> dict[str, Any]:
        if _UNRESOLVED:
            _resolve_models()
        detail = self.detail

        hydradescription = self.hydradescription

        hydratitle = self.hydratitle

        status = self.status

        title = self.title

        type_ = self.type_

        violations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.violations, Unset):
            violations = []
            for violations_item_data in self.violations:
                violations_item = violations_item_data.to_dict()
                violations.append(violations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail
        if hydradescription is not UNSET:
            field_dict["hydra:description"] = hydradescription
        if hydratitle is not UNSET:
            field_dict["hydra:title"] = hydratitle
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if violations is not UNSET:
            field_dict["violations"] = violations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _UNRESOLVED:
            _resolve_models()
        _src = dict(src_dict)
        _pop = _src.pop
        _raw_violations = _pop("violations", UNSET)
        violations = (
            UNSET
            if _raw_violations is UNSET
            else [ErrorViolationsItem.from_dict(_item) for _item in _raw_violations]
        )

        error = cls(
            _pop("detail", UNSET),
            _pop("hydra:description", UNSET),
            _pop("hydra:title", UNSET),
            _pop("status", UNSET),
            _pop("title", UNSET),
            _pop("type", UNSET),
            violations,
        )

        error.additional_properties = _src
        return error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
